/** Every sentence the bot says about itself, in one place so the wording is reviewed together. */
import type { DueFact } from './age.js';
import type { Refusal } from './matcher.js';
import type { About } from './schema.js';
import { formatDate } from './text.js';

export const MAX_QUESTION_LENGTH = 500;
export const MAX_ARGUMENT_LENGTH = 200;

/** Where a reply is shown; each spells commands its own way. */
export type Face = 'console' | 'discord' | 'slack';
/** The command a reference belongs to: the answers' `/demining` or the moderators' `/demining-admin`. */
export type CommandRoot = 'demining' | 'demining-admin';

// Private-use characters mark the commands the bot names in its text, so that each renderer can
// spell them for its face and set them as code, while any text around them is escaped as usual.
const REF_OPEN: Readonly<Record<CommandRoot, string>> = { demining: '\uE000', 'demining-admin': '\uE001' };
const REF_CLOSE = '\uE002';
const REF = /([\uE000\uE001])([^\uE000-\uE002]*)\uE002|[\uE000-\uE002]/gu;

/** A command named in a message, written as typed in the console: "search <words>". */
export function commandRef(line: string, root: CommandRoot = 'demining'): string {
  return `${REF_OPEN[root]}${line}${REF_CLOSE}`;
}

/** A command as a face spells it: "search <words>" and "admin retire <fact>" in the console, "/demining search <words>" elsewhere. */
export function spellCommand(line: string, root: CommandRoot, face: Face): string {
  if (face === 'console') return root === 'demining' ? line : `admin ${line}`;
  return `/${root} ${line}`;
}

/** `text` with `plain` applied between command references and `command` to each reference. */
export function mapCommandRefs(text: string, plain: (text: string) => string, command: (line: string, root: CommandRoot) => string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(REF)) {
    out += plain(text.slice(last, m.index));
    if (m[2] !== undefined) out += command(m[2], m[1] === REF_OPEN['demining-admin'] ? 'demining-admin' : 'demining');
    last = m.index + m[0].length;
  }
  return out + plain(text.slice(last));
}

/** Plain text with each command spelled for `face` between backticks: the console and fallbacks. */
export function spellCommands(text: string, face: Face): string {
  return mapCommandRefs(text, (t) => t, (line, root) => `\`${spellCommand(line, root, face)}\``);
}

/** "as of 11 July 2024, due since 11 July 2025", or "as of 11 July 2024, review by 1 March 2026" when the fact sets a date. */
const dueDates = (d: DueFact): string =>
  `${d.asOf === undefined ? 'no figure' : `as of ${formatDate(d.asOf)}`}, ${d.reviewBy === undefined ? `due since ${formatDate(d.dueSince)}` : `review by ${formatDate(d.reviewBy)}`}`;

/** "on <subject>", or where the figures come from when the fact base does not say what it is about. */
const subjectOf = (about: About | undefined): string => (about === undefined ? 'from its fact base' : `on ${about.subject}`);

export const messages = {
  dontKnow: "I don't know: the fact base has nothing that answers that.",
  dontKnowBody:
    'I only give figures that a published source states, with its exact words. ' +
    `Try ${commandRef('search <words>')} or ${commandRef('help')}, or pick one of the facts below.`,
  ambiguous: 'Which of these do you mean?',
  ambiguousBody: 'Your question matches more than one fact about equally well.',
  refusal: (why: Refusal): string => REFUSALS[why],
  notAFigure: (label: string) => `The ${label} cannot be given as a figure.`,
  faceValueShare: (percent: string, label: string) => `about ${percent}% ${label}, if both figures are taken as stated; both are lower bounds`,
  notAFigureBody: (parts: string) =>
    `Its parts are lower bounds (${parts}), and a ratio of lower bounds is not bounded either way: ` +
    'the true share could be well above or below their quotient. Here are the stated figures instead.',
  emptyQuestion: `Ask me a question in plain words, or type ${commandRef('help')} to see what I can do.`,
  tooLong: (length: number, max: number) =>
    `That is ${length.toLocaleString('en-US')} characters long; please keep it under ${max} characters.`,
  unknownFact: (topic: string) => `I have no fact on "${topic}".`,
  langOption: 'Language of the reply (default: the language you write in)',
  unknownLanguage: (typed: string, known: readonly string[]) => `I do not speak "${typed}": choose one of ${known.map((l) => `lang:${l}`).join(', ')}.`,
  unknownTerm: (term: string) => `"${term}" is not in the glossary.`,
  unknownTermBody: 'The glossary holds the terms and acronyms used in the fact base.',
  termInFact: (term: string, expansion: string) => `A fact's statement spells ${term} out as "${expansion}" (the fact below).`,
  unknownTermFacts: (name: string) => `The fact base has figures and statements about ${name}:`,
  partOnly: (part: string) => `The fact base has no figure for the other part of the question: "${part}".`,
  noResults: (words: string) => `Nothing in the fact base matches "${words}".`,
  searchTitle: (words: string, n: number) => `${n} fact${n === 1 ? '' : 's'} matching "${words}"`,
  factCount: (n: number) => `${n} fact${n === 1 ? '' : 's'}`,
  sourcesTitle: (n: number) => `${n} source${n === 1 ? '' : 's'} on file`,
  // The bot's own description: what it is about comes from the fact base (sources.json `about`).
  helpTitle: (about: About | undefined) => `demining-bot: sourced figures ${subjectOf(about)}`,
  helpIntro: (about: About | undefined) =>
    `Ask in plain words${about === undefined ? '' : ` ("${about.example}")`}, or use a command. Every figure comes with ` +
    'who said it, where it was published and the exact words.',
  /** The one-line description of the app on Discord and Slack (Discord: at most 100 characters). */
  appDescription: (about: About | undefined) => `Sourced figures ${subjectOf(about)}`,
  /** The opening of the Slack app's long description. */
  appInvitation: (about: About | undefined) =>
    about?.invitation ?? (about === undefined ? 'Ask a question in plain words' : `Ask about ${about.subject} in plain words`),
  helpExamples: 'Examples',
  helpConsoleHint: 'Type any question, or `exit` to leave.',
  helpChatHint: 'You can also mention the bot with a question, or send it a direct message.',
  usage: (usage: string, root: CommandRoot = 'demining') => `Usage: ${commandRef(usage, root)}`,
  missingArgument: (name: string, command: string, root: CommandRoot = 'demining') => `${commandRef(command, root)} needs a ${name}.`,
  adminHelpTitle: 'Moderator commands',
  unknownAdminCommand: (name: string) => `There is no moderator command "${name}"`,
  adminNamedOptions: 'Options after the first can be named, e.g. reason: ... or phrase: ...',
  adminRecorded: 'Every change records who, when and why.',
  noGaps: 'No unanswered questions recorded.',
  gapsTitle: (questions: number, asked: number) =>
    `${questions} unanswered question${questions === 1 ? '' : 's'} (asked ${asked} time${asked === 1 ? '' : 's'}), most asked first`,
  reviewAddCommand: 'The terminal has no form: complete this command (a field left <like this> is required) and run it:',
  gapsMore: (more: number) => `... and ${more} more.`,
  gapsTeach: (alias: string) => `Teach the bot one with: ${alias}`,
  apology: 'Sorry, something went wrong while answering. It has been logged; please try again.',
  /** The apology to a moderator's command: a change is all or nothing, so nothing was changed. */
  adminApology: 'Sorry, something went wrong; nothing was changed. It has been logged.',
  slowDown: 'You are sending questions faster than I can answer them well; please wait a few seconds and try again.',
  /** A moderator's command from someone who is not one; how to become one depends on the platform. */
  moderatorsOnly: (face: Face) => (face === 'slack'
    ? 'Only moderators can change the fact base. Ask a workspace admin to add you to the bot\'s moderators. Nothing was changed.'
    : 'Only moderators can change the fact base: you need Manage Server or a moderator role. Nothing was changed.'),
  adminUnavailable: 'Moderator commands need the fact store; they are not available here.',
  formExpired: 'This form has expired; run the command again.',
  /** Feedback on answers: the buttons, the thanks, and the optional question after 👎. */
  feedbackUp: '👍',
  feedbackDown: '👎',
  feedbackThanks: 'Thanks for your feedback.',
  feedbackWhy: 'Thanks. What was wrong? (optional)',
  feedbackNoted: (reason: string) => `Thanks, noted: ${reason}.`,
  feedbackExpired: 'That answer is too old to rate; ask again and rate the new answer.',
  feedbackUnavailable: 'Feedback is not recorded here.',
  feedbackReasons: { 'wrong-figure': 'wrong figure', 'out-of-date': 'out of date', 'not-answered': 'did not answer my question', other: 'other' } as const,
  feedbackConsoleHint: 'Was this right? Type "good" or "wrong".',
  feedbackConsoleReasons: 'Type "wrong" and one of: wrong figure, out of date, did not answer my question, other; or just carry on.',
  quoteNotChecked: 'quote not checked against the source text',
  /** Before a quote in a reply in another language than the source's: the words are the source's own. */
  sourceWords: "The source's own words",
  converted: 'Converted',
  derived: 'Derived',
  yearInferred: 'year inferred',
  smallTalk: "Hello! I answer questions with sourced figures from my fact base.",
  smallTalkBody: `Ask a question in plain words, or type ${commandRef('help')} to see what I can do.`,
  /** The note on a figure due for review (see src/core/age.ts). */
  mayBeOutOfDate: 'may be out of date',
  /** A figure's date as every face shows it: "11 July 2024", or "11 July 2024 — may be out of date". */
  asOf: (date: string, note?: string) => (note === undefined ? date : `${date} — ${note}`),
  /** `status`: how many facts are due for review, and the longest overdue. */
  dueSummary: (due: readonly DueFact[]) =>
    due[0] === undefined ? 'No facts due for review.' : `${due.length} fact${due.length === 1 ? '' : 's'} due for review (oldest: ${due[0].id}, ${dueDates(due[0])}).`,
  /** `npm run facts -- due`: the heading of the list. */
  dueListTitle: (n: number, months: number) =>
    n === 0 ? 'No facts due for review.' : `${n} fact${n === 1 ? '' : 's'} due for review, the longest overdue first (a figure is due ${months} month${months === 1 ? '' : 's'} after its as-of date, or on its fact's reviewBy date):`,
  /** One fact due for review: "cambodia-area-remaining: as of 11 July 2024, due since 11 July 2025 (Land still to clear)". */
  dueLine: (d: DueFact) => `${d.id}: ${dueDates(d)} (${d.topic})`,
  /** A figure's period in the lines beside an answer: "1 January 2023 to 31 December 2023", "as of 11 July 2024". */
  fromTo: (from: string, to: string) => `${from} to ${to}`,
  asOfDate: (date: string) => `as of ${date}`,
  newest: 'This is the newest figure on file.',
  earlier: 'Earlier',
  narrower: 'Narrower figure',
  sourcesDisagree: 'Sources give different figures for about the same date; both are shown.',
  changeBetween: (from: string, fromWhen: string, to: string, toWhen: string, by: string, percent: string, way: 'down' | 'up' | 'same') =>
    way === 'same' ? `From ${from} (${fromWhen}) to ${to} (${toWhen}): no change.` : `From ${from} (${fromWhen}) to ${to} (${toWhen}): ${way} ${by} (${percent}%), worked out from those two figures.`,
  seriesTitle: (n: number) => `${n} figures of this measure on file, newest first.`,
  rankingTitle: (n: number, shown: number) =>
    `${n} figures of this measure for the same date, largest first${shown < n ? ` (the first ${shown} shown)` : ''}. Ranked: the places or organisations with a figure on file; what they leave of the whole is too little for any other to have more than the first.`,
  datesItHas: (dates: readonly string[]) => `The fact base has this figure for: ${dates.join('; ')}.`,
  aboutTitle: (name: string, n: number) => `What the fact base holds about ${name} (${n} fact${n === 1 ? '' : 's'})`,
  spokenTitle: (name: string, n: number) => `What ${name} said, as the fact base quotes it (${n} fact${n === 1 ? '' : 's'})`,
  aboutMore: (n: number) => `${n} more: try ${commandRef('search <words>')} for the rest.`,
  /** The renderers' labels: a figure's date, its scope, its sources, and the suggestions under a reply. */
  asOfLabel: 'As of',
  /** A figure's date in running text: "as of 11 July 2024". */
  asOfNote: (date: string) => `as of ${date}`,
  scopeLabel: 'Scope',
  sourceLabel: (n: number) => (n === 1 ? 'Source' : 'Sources'),
  didYouMean: 'Did you mean',
  /** A figure's scope (compose.ts): who did the work with whom, and since when. */
  scopeWith: (by: string, others: string) => `${by} with ${others}`,
  scopeSince: (since: string) => `since ${since}`,
  shareOfTwo: (percent: string, part: string, whole: string) => `about ${percent}%: ${part}, of ${whole} (worked out from the two figures below)`,
  faceValueShareOfTwo: (percent: string, part: string, whole: string) =>
    `about ${percent}%: ${part}, of ${whole}, if both figures are taken as stated (worked out from the two figures below, which are not exact)`,
  sumOfTwo: (a: string, b: string) => `together (${a}, plus ${b})`,
  /** The statement of a derived figure: `working` is "12 a + 3 b = 15". */
  derivedStatement: (working: string) => `Derived by the bot, not stated by the source: ${working}.`,
} as const;

const REFUSALS: Readonly<Record<Refusal, string>> = {
  'needs-figure': 'The fact base has no figure that answers that.',
  measure: 'The fact base has no figure of that kind.',
  place: 'The fact base has no figure for that place.',
  hazard: 'The fact base has no figure for that kind of thing.',
  organisation: 'The fact base has no figure for that organisation.',
  year: 'The fact base has no figure for that year or period.',
  period: 'The fact base has no figure for that period.',
  person: 'The fact base has nothing from that person on that.',
  'not-national': "The fact base has no figure for that whole place; the nearest is one organisation's work.",
  'unknown-name': 'The fact base has nothing about that: I do not know that name.',
  future: 'The fact base has no target date or forecast.',
  'not-a-total': 'The fact base has no figure that answers that.',
  'not-about-figures': "I don't know: the fact base has nothing that answers that.",
  ranking: 'The fact base cannot rank that for certain. It ranks figures of one measure at one date, for several places of one level or several organisations, and names the largest only when none without a figure on file could have more. It never names the smallest: one without a figure could have fewer.',
  forecast: 'The fact base holds figures and targets, not forecasts: it cannot say whether something will happen.',
};
