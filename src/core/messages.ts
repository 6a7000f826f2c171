/** Every sentence the bot says about itself, in one place so the wording is reviewed together. */
import type { Refusal } from './matcher.js';

export const MAX_QUESTION_LENGTH = 500;
export const MAX_ARGUMENT_LENGTH = 200;

export const messages = {
  dontKnow: "I don't know: the fact base has nothing that answers that.",
  dontKnowBody:
    'I only give figures that a published source states, with its exact words. ' +
    'Try `search <words>` or `help`, or pick one of the facts below.',
  ambiguous: 'Which of these do you mean?',
  ambiguousBody: 'Your question matches more than one fact about equally well.',
  refusal: (why: Refusal): string => REFUSALS[why],
  notAFigure: (label: string) => `The ${label} cannot be given as a figure.`,
  notAFigureBody: (parts: string) =>
    `Its parts are lower bounds (${parts}), and a ratio of lower bounds is not bounded either way: ` +
    'the true share could be well above or below their quotient. Here are the stated figures instead.',
  emptyQuestion: 'Ask me a question about demining in Cambodia, e.g. `ask how much land is still mined?`',
  tooLong: (length: number, max: number) =>
    `That is ${length.toLocaleString('en-US')} characters long; please keep it under ${max} characters.`,
  unknownFact: (topic: string) => `I have no fact on "${topic}".`,
  unknownTerm: (term: string) => `"${term}" is not in the glossary.`,
  unknownTermBody: 'The glossary holds the terms and acronyms used in the fact base.',
  noResults: (words: string) => `Nothing in the fact base matches "${words}".`,
  searchTitle: (words: string, n: number) => `${n} fact${n === 1 ? '' : 's'} matching "${words}"`,
  sourcesTitle: (n: number) => `${n} source${n === 1 ? '' : 's'} on file`,
  helpTitle: 'demining-bot: sourced figures on demining in Cambodia',
  helpIntro:
    'Ask in plain words ("how much land is still mined?"), or use a command. Every figure comes with ' +
    'who said it, where it was published and the exact words.',
  usage: (usage: string) => `Usage: ${usage}`,
  missingArgument: (name: string, command: string) => `\`${command}\` needs a ${name}.`,
  apology: 'Sorry, something went wrong while answering. It has been logged; please try again.',
  quoteNotChecked: 'quote not checked against the source text',
  converted: 'Converted',
  derived: 'Derived',
  yearInferred: 'year inferred',
} as const;

const REFUSALS: Readonly<Record<Refusal, string>> = {
  'needs-figure': 'The fact base has no figure that answers that.',
  measure: 'The fact base has no figure of that kind.',
  place: 'The fact base has no figure for that place: its figures are for Cambodia.',
  hazard: 'The fact base has no figure for that kind of mine or ordnance.',
  organisation: 'The fact base has no figure for that organisation.',
  year: 'The fact base has no figure for that year or period.',
  period: 'The fact base has no figure for that period: its figures are totals as of one date.',
  future: 'The fact base has no target date or forecast.',
  'stock-or-flow': 'The fact base has no figure that answers that.',
  'not-national': 'The fact base has no nationwide figure for that; the nearest is for one organisation\'s work.',
  'not-a-total': 'The fact base has no figure that answers that.',
  'not-about-figures': 'The fact base has nothing that answers that.',
};
