/** Reads a question's shape and the constraints it states, through the fact base's lexicon. */
import { AREA_UNITS, AREA_WORDS, MARKERS, monthOf, NEGATIONS, REPORT_VERBS } from './english.js';
import type { EntityKind } from './schema.js';
import { lexTokens, NUMBER_WORD_LIST, type Lexicon } from './vocabulary.js';

export { prepare, stem, words } from './vocabulary.js';

/** The kinds of quantity a figure can be, as a question asks for them. */
export type QuantityKind = 'area' | 'count' | 'money' | 'percent' | 'year';

/** A date or period a question names: "in 2023", "by June 2021", "as of March 2024". */
export interface NamedDate {
  /** First and last day it covers, YYYY-MM-DD. */
  start: string;
  end: string;
  /** The word before it: "in", "by", "as of", "" ... */
  prep: string;
  /** A decade ("the 1990s"). */
  decade: boolean;
}

/** What a question pins down; each is checked against a candidate fact before it may answer. */
export interface QuestionFrame {
  /** Asks for a quantity ("how many", "how much", a unit, "total"). */
  quantity: boolean;
  kind: QuantityKind | undefined;
  /** For "how many X": the tokens of X. */
  counted: string[];
  /** Area unit asked for, when other than the fact's own. */
  unit: 'km2' | 'ha' | 'acre' | 'm2' | 'sqmi' | undefined;
  /** The entities the question names, by kind. */
  entities: Array<{ token: string; kind: EntityKind }>;
  dates: NamedDate[];
  /** "since 1992"; "since the 90s" is any year from 1990 to 1999; each with whether the question rules it out ("not the total since 1992"). */
  sinceYears: Array<{ from: number; to: number; denied?: boolean }>;
  relativePeriod: boolean;
  rate: boolean;
  /** Asks when something will be done: a target year. */
  future: boolean;
  total: boolean;
  /** Asks how a figure has changed over time. */
  change: boolean;
  /** Asks what was said, reported or counted: a date may be when it was. */
  reported: boolean;
  /** Places, organisations and people the question excludes ("outside Battambang", "without JMAS"). */
  excluded: string[];
  /** Kinds of thing the question rules out ("just mines, not UXO"). */
  notThings: string[];
  /** Tokens right after "not": "how much land is not contaminated". */
  notWords: string[];
  /** Dates the question rules out ("not 2020", "as opposed to 2023"): no figure of them answers. */
  notDates: NamedDate[];
  /** "Landmines only", "JMAS alone": the figure must be of exactly what is named. */
  only: boolean;
  /** "Of the land left, how much is mines": one kind's part of a whole is asked. */
  part?: true;
  /** "Of Cambodia's total land area", "of the country's territory": the size of a place, which no figure gives. */
  wholeLand?: boolean;
}

/** The size of a place as a whole: "total land area", "the country's territory", "national territory". */
const WHOLE_LAND = /\b(?:total|whole|entire)\s+(?:land\s+)?(?:area|territory|landmass|land mass|surface)\s+of\s+(?:the\s+)?country\b|\b(?:total|whole|entire)\s+land\s+(?:area|mass|surface)\b|\bcountry'?s?\s+(?:total\s+|whole\s+|entire\s+)?(?:land\s+)?(?:area|territory|landmass|land mass)\b|\bnational\s+territory\b/u;

const CLAUSE_VERBS = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'did', 'does', 'do', 'been', 'will', 'can', 'howmany', 'howmuch', 'what', 'which', 'who', 'when', 'where', 'how']);
/** A name right before "only" or "alone" (or a word before it, "CMAC clear alone"), or right after it. */
function namedNear(lexicon: Lexicon, before: readonly string[], after: string | undefined): boolean {
  const named = (t: string | undefined) => t !== undefined && lexicon.kinds.has(t);
  const last = before.at(-1);
  return named(after) || named(last) || (named(before.at(-2)) && last !== undefined && !/\d/u.test(last));
}

/** Words before what a negation rules out: "not the number of ...". */
/** Words a question's inverted auxiliary follows ("why didn't ...", "how hasn't ..."). */
const INVERTING = new Set(['why', 'whyreason', 'how', 'when', 'where']);
/** Subjects an inverted auxiliary is followed by, besides a name ("didn't they", "hasn't the country"). */
const SUBJECTS = new Set(['the', 'it', 'they', 'we', 'you', 'he', 'she', 'i', 'this', 'that']);
const AUXILIARIES = new Set(['did', 'does', 'do', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'could', 'would', 'should', 'can', 'will']);
const LEAD_WORDS = new Set(['the', 'a', 'an', 'any', 'number', 'numbers', 'figure', 'figures', 'count', 'of', 'just', 'only', 'howmany', 'howmuch']);
const ONLY_WORDS = new Set(['only', 'solely', 'exclusively', 'specifically', 'alone', 'solo']);

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export const MONTH_NAMES = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DATE_PATTERN = new RegExp(
  `\\b(?<prep>since|from|after|by|until|till|through|as of|as at|up to|up until|in|during|for|end of|start of|mid|vs\\.?|versus|compared (?:with|to)|than|published(?: in| on)?|issued(?: in| on)?|dated)?\\s*(?:the\\s+)?(?:same (?:period|time|stretch|months?) (?:of|in)\\s+)?` +
    `(?:(?<part>early|mid|late|end of|start of|beginning of|middle of|first half of|second half of)[\\s-]+(?:the\\s+)?)?` +
    `(?:(?<day1>\\d{1,2})(?:st|nd|rd|th)?\\s+)?(?:(?<month>${MONTH_NAMES})\\.?\\s+)?(?:(?<day2>\\d{1,2})(?:st|nd|rd|th)?,?\\s+)?\\b(?<year>(?:19|20)\\d\\d)(?<decade>s?)\\b` +
    // "2000 km2 still to go": a number with a unit is a figure, not a year.
    // ("2000 square units" abbreviated in a script other than Latin, its superscript two a 2 once
    // normalised: an area. Not punctuation: "in 2022 (2 sources)" is the year.)
    `(?!\\s*(?:km2|km²|km|ha|hectares?|acres?|sqmi|m2|percent|usd|dollars)\\b)(?!\\s*(?![a-z])\\p{L}[\\p{L}\\p{M}.]{0,5}2(?!\\d))`,
  'gu',
);

/** The months a part of a year covers: "early 2024" is January to April, "the end of 2022" December. */
const PART_OF_YEAR: Readonly<Record<string, readonly [number, number]>> = {
  early: [1, 4], 'start of': [1, 1], 'beginning of': [1, 1], 'first half of': [1, 6], mid: [6, 7], 'middle of': [6, 7],
  'second half of': [7, 12], late: [9, 12], 'end of': [12, 12],
};
/** The days a part of a month covers: "early December" is the 1st to the 15th. */
const PART_OF_MONTH: Readonly<Record<string, readonly [number, number]>> = {
  early: [1, 15], 'start of': [1, 10], 'beginning of': [1, 10], 'first half of': [1, 15], mid: [8, 22], 'middle of': [8, 22],
  'second half of': [16, 31], late: [16, 31], 'end of': [21, 31],
};

/** "between 2019 and 2020", "from 2022 to 2023", "1965-1973", "march 2024 to march 2025": one span. */
const YEAR_IN_TEXT = /(?:19|20)\d\d/u;
const SPAN_PATTERN = new RegExp(
  // ("in 2020 and 2023" names two years; "between 2020 and 2023" one span.)
  `\\b(?:(?:between|from)\\s+)?(?:(${MONTH_NAMES})\\.?\\s+)?((?:19|20)\\d\\d)\\s*(?:(?<=between\\s+(?:\\S+\\s+)?(?:19|20)\\d\\d\\s*)and|to|until|till|through|-|–|—)\\s*(?:(${MONTH_NAMES})\\.?\\s+)?((?:19|20)\\d\\d)\\b`,
  'gu',
);

/** "between january and early december 2023": a span within one year. */
const MONTH_SPAN_PATTERN = new RegExp(
  // "between January and early December 2023", "from Jan to Dec 2023", "jan to early dec 2023".
  `\\b(?:(?:between|from)\\s+(?<m1>${MONTH_NAMES})(?:\\s+(?:and|to|until|till)\\s+|\\s*-\\s*)|(?<m1b>${MONTH_NAMES})(?:\\s+(?:to|until|till)\\s+|\\s*-\\s*))(?:the\\s+)?(?:(?<part>early|mid|late|end of|start of|beginning of)\\s+)?(?<m2>${MONTH_NAMES})\\s+(?<year>(?:19|20)\\d\\d)\\b`,
  'gu',
);

/** Reads the dates a prepared question names. */
export function datesOf(prepared: string): { dates: NamedDate[]; sinceYears: QuestionFrame['sinceYears']; notDates: NamedDate[] } {
  const dates: NamedDate[] = [];
  const notDates: NamedDate[] = [];
  const sinceYears: QuestionFrame['sinceYears'] = [];
  // (Every date read names a year: most questions have none, and skip the patterns.)
  if (!YEAR_IN_TEXT.test(prepared)) return { dates, sinceYears, notDates };
  let rest = prepared;
  for (const m of rest.matchAll(SPAN_PATTERN)) {
    const [y1, y2] = [Number(m[2]), Number(m[4])];
    if (y2 <= y1) continue;
    const m1 = m[1] === undefined ? 1 : monthOf(m[1]) ?? 1;
    const m2 = m[3] === undefined ? 12 : monthOf(m[3]) ?? 12;
    dates.push({ start: `${y1}-${pad(m1)}-01`, end: `${y2}-${pad(m2)}-${pad(lastDay(y2, m2))}`, prep: 'between', decade: false });
    rest = rest.replace(m[0], ' ');
  }
  for (const m of rest.matchAll(MONTH_SPAN_PATTERN)) {
    const g = m.groups ?? {};
    const y = Number(g.year);
    const m1 = monthOf(g.m1 ?? g.m1b ?? '') ?? 1;
    const m2 = monthOf(g.m2 ?? '') ?? 12;
    if (m2 < m1) continue;
    const last = lastDay(y, m2);
    const end = g.part === undefined ? last : Math.min(last, PART_OF_MONTH[g.part]?.[1] ?? last);
    dates.push({ start: `${y}-${pad(m1)}-01`, end: `${y}-${pad(m2)}-${pad(end)}`, prep: 'between', decade: false });
    rest = rest.replace(m[0], ' ');
  }
  const re = DATE_PATTERN;
  re.lastIndex = 0;
  for (const m of rest.matchAll(re)) {
    const g = m.groups ?? {};
    const y = Number(g.year);
    const decade = g.decade === 's';
    let prep = g.prep ?? '';
    // "end of 2022" read as a part of the year, "by the end of 2022" keeps "by".
    const part = g.part ?? (prep === 'end of' || prep === 'start of' || prep === 'mid' ? prep : undefined);
    if (part === prep) prep = '';
    // "down 22% compared with 2022": the year a change is measured against, not the figure's own.
    // "the annual report (published March 2024)": the source's date, not the figure's.
    if (/^(?:vs|versus|compared|than|published|issued|dated)/u.test(prep) || /same (?:period|time|stretch|month)/u.test(m[0])) continue;
    // "the latest figure, not 2020": a date ruled out is not asked about, and no figure of it answers.
    const ruledOut = /\b(?:not|except|excluding|rather than|instead of|other than|as opposed to|beyond|besides)(?:\s+the)?(?:\s+one)?(?:\s+(?:of|for|from|in))?\s*$/u.test(rest.slice(Math.max(0, (m.index ?? 0) - 24), m.index));
    const into = ruledOut ? notDates : dates;
    // A decade's years, or the part of it named ("the early 90s": 1990 to 1993).
    const early = part === 'early' || part === 'start of' || part === 'beginning of';
    const late = part === 'late' || part === 'end of';
    const [first, last] = !decade ? [y, y] : early ? [y, y + 3] : part === 'mid' || part === 'middle of' ? [y + 3, y + 6] : late ? [y + 6, y + 9] : [y, y + 9];
    if (prep === 'since' || prep === 'from' || prep === 'after') {
      // ("Not the total since 1979", "I don't mean since 1979": a start ruled out.)
      const denied = /\b(?:not|\w+n'?t|rather than|instead of|other than|excluding|as opposed to)(?:\s+[\p{L}\p{N}-]+){0,4}\s*$/u.test(rest.slice(Math.max(0, (m.index ?? 0) - 48), m.index));
      sinceYears.push(denied ? { from: first, to: last, denied } : { from: first, to: last });
      continue;
    }
    const month = g.month === undefined ? undefined : monthOf(g.month);
    const day = Number(g.day1 ?? g.day2 ?? 0);
    if (decade) into.push({ start: `${first}-01-01`, end: `${last}-12-31`, prep, decade: true });
    else if (month === undefined) {
      const [a, b] = part === undefined ? [1, 12] : PART_OF_YEAR[part] ?? [1, 12];
      into.push({ start: `${y}-${pad(a)}-01`, end: `${y}-${pad(b)}-${pad(lastDay(y, b))}`, prep, decade: false });
    } else if (day >= 1 && day <= lastDay(y, month)) into.push({ start: `${y}-${pad(month)}-${pad(day)}`, end: `${y}-${pad(month)}-${pad(day)}`, prep, decade: false });
    else {
      const last = lastDay(y, month);
      const [a, b] = part === undefined ? [1, last] : PART_OF_MONTH[part] ?? [1, last];
      into.push({ start: `${y}-${pad(month)}-${pad(a)}`, end: `${y}-${pad(month)}-${pad(Math.min(b, last))}`, prep, decade: false });
    }
  }
  return { dates, sinceYears, notDates };
}

/** Reads the frame off a question's tokens (and its prepared text, for dates). */
/** Words that set aside what follows them ("beyond demining"). */
const BESIDES = new Set(['beyond', 'besides', 'except', 'excluding']);

/** Every unit of area the question writes follows a number: figures it gives, not a unit it asks in. */
function unitsOnlyCited(toks: readonly string[]): boolean {
  let any = false;
  for (let i = 0; i < toks.length; i++) {
    if (!AREA_UNITS.has(toks[i]!)) continue;
    if (!/^\d+(?:\.\d+)?$/u.test(toks[i - 1] ?? '')) return false;
    any = true;
  }
  return any;
}

/**
 * "How many of those 1,697 km² …", "From the 1,697 km², how many are …", "Of the 3,000 km² cleared, how
 * many did JMAS clear": a part of the area, still an area. A count names what it counts right after
 * "how many" ("how many mines"); "how many are at risk on the 1,697 km²" counts people.
 */
function partOfArea(rawWords: readonly string[]): boolean {
  const at = rawWords.indexOf('howmany');
  const next = at < 0 ? undefined : rawWords[at + 1];
  if (next === undefined) return false;
  if (next === 'of') return true;
  if (!VERB_AFTER.has(next)) return false;
  // "of the 1,697 km²", "from those 2,795 km²", "among the 1,697 km²": the area said as the whole.
  return rawWords.some((w, i) => /^\d/u.test(w) && WHOLE_BEFORE.has(rawWords[i - 1] === 'the' || rawWords[i - 1] === 'those' || rawWords[i - 1] === 'these' ? rawWords[i - 2] ?? '' : rawWords[i - 1] ?? ''));
}
const VERB_AFTER = new Set(['did', 'do', 'does', 'are', 'is', 'were', 'was', 'have', 'has', 'had', 'remain', 'remained', 'still']);
const WHOLE_BEFORE = new Set(['of', 'from', 'among', 'within']);

/** "How many land still to clear", as a second language says it: a surface right after "how many" (not "land mines"). */
function areaAfterHowMany(rawWords: readonly string[], lexicon: Lexicon): boolean {
  const at = rawWords.indexOf('howmany');
  if (at < 0 || !AREA_WORDS.has(rawWords[at + 1] ?? '')) return false;
  const first = lexTokens(lexicon, rawWords.slice(at + 1, at + 3))[0];
  return first !== undefined && AREA_WORDS.has(first);
}

/** "9 March 2022", "March 9": a number that is the day of a date, not a figure claimed. */
function dayOfMonth(toks: readonly string[], i: number): boolean {
  return Number(toks[i]) <= 31 && (monthOf(toks[i + 1] ?? '') !== undefined || monthOf(toks[i - 1] ?? '') !== undefined);
}

export function frameOf(prepared: string, rawWords: readonly string[], toks: readonly string[], lexicon: Lexicon): QuestionFrame {
  const set = new Set(toks);
  const { dates, sinceYears, notDates } = datesOf(prepared);
  let unit: QuestionFrame['unit'];
  for (const t of toks) {
    if (AREA_UNITS.has(t)) {
      unit = t as QuestionFrame['unit'];
      break;
    }
  }
  // "ha how many casualties": a laugh, not hectares, unless a number or "in"/"of" comes before it.
  if (unit === 'ha' && rawWords[0] === 'ha' && rawWords.filter((w) => w === 'ha' || w === 'hectare' || w === 'hectares').length === 1) unit = undefined;
  const howmany = set.has('howmany');
  const howmuch = howmany || set.has('howmuch');
  let kind: QuantityKind | undefined;
  // "How many ha did CMAC clear with Chinese funding": the unit asked for says the kind, over the words around it.
  const at = toks.findIndex((t) => t === 'howmany' || t === 'howmuch');
  const unitAsked = unit !== undefined && at >= 0 && toks[at + 1] === unit;
  if (set.has('percent') && !unitAsked) kind = 'percent';
  // "How many mines were removed with China's money": what is counted comes right after "how many".
  // A claim of a figure ("our grant draft claims 20,000 mines") asks of the figure's kind, not of money.
  else if (set.has('money') && !unitAsked && !(toks[at] === 'howmany' && toks[at + 1] !== 'money' && toks[at + 1] !== undefined) &&
    (howmuch || !toks.some((t, i) => /^\d+$/u.test(t) && !/^(?:19|20)\d\d$/u.test(t) && !dayOfMonth(toks, i)))) kind = 'money';
  // "What's behind the slip in the deadline": a reason, not the year.
  // ("How many times was the deadline extended": a count, though "deadline" names a year.)
  else if (set.has('whenfuture') && !set.has('whyreason') && !(howmany && /^times?$/u.test(rawWords[rawWords.indexOf('howmany') + 1] ?? ''))) kind = 'year';
  // "In the 1,700 km² still to clear, how many mines are there?": an area given as a figure, with
  // "how many" and no unit after it, asks for a count within that area.
  else if (howmany && !unitAsked && unitsOnlyCited(toks) && !partOfArea(rawWords)) kind = 'count';
  // A surface named in words ("land"), or in any language the vocabulary reads as one ("ដី").
  // ("How many land still to clear", as a second language says it: the surface right after "how many".)
  else if (unit !== undefined || ((!howmany || areaAfterHowMany(rawWords, lexicon)) && (rawWords.some((w) => AREA_WORDS.has(w)) || toks.some((t) => AREA_WORDS.has(t))))) kind = 'area';
  else if (howmany) kind = 'count';
  // What the question excludes: kinds of thing ("other than mines") do not narrow it; places and
  // organisations ("outside Battambang", "without JMAS") rule out the figures of them; a measure word
  // right after "not" ("not contaminated") rules out the figures of that measure.
  const negated = new Set<string>();
  const excluded = new Set<string>();
  const notWords = new Set<string>();
  // Words that close a clause or an aside ("(incidents, not victims) happened"): what "not" covers ends there.
  let closed: Set<string> | undefined;
  const closing = { has: (w: string) => (closed ??= new Set([...prepared.matchAll(/([\p{L}\p{N}'-]+)\s*[),;:]/gu)].map((m) => m[1]!))).has(w) };
  rawWords.forEach((w, i) => {
    // "as opposed to killed", "instead of the total": what follows is ruled out, as after "rather than".
    const instead = (w === 'to' && rawWords[i - 1] === 'opposed' && rawWords[i - 2] === 'as') || (w === 'of' && rawWords[i - 1] === 'instead');
    if (!instead && (!NEGATIONS.has(w) || (w === 'than' && rawWords[i - 1] !== 'other' && rawWords[i - 1] !== 'rather') || ((w === 'aside' || w === 'apart') && rawWords[i + 1] !== 'from'))) return;
    if (w === 'rather' && rawWords[i + 1] !== 'than') return;
    // ("Why didn't Cambodia meet its goal?", "hasn't MAG cleared more?", "why did Cambodia not meet it?": a negated auxiliary before its
    // subject, in a question, negates the verb; the subject is what is asked about.)
    // (Not an imperative, "don't count CMAC", nor a passive, "what wasn't cleared by CMAC": a subject follows.)
    const opens = (j: number) => j === 0 || INVERTING.has(rawWords[j - 1]!);
    const subject = (x: string | undefined) => x !== undefined && (SUBJECTS.has(x) || lexicon.kinds.has(lexTokens(lexicon, [x])[0] ?? ''));
    if ((w.endsWith('nt') && opens(i) && subject(rawWords[i + 1])) || (w === 'not' && subject(rawWords[i - 1]) && AUXILIARIES.has(rawWords[i - 2] ?? '') && opens(i - 2))) return;
    // What a negation covers ends at the next verb: "(not mines or cluster) has MAG destroyed".
    const span: string[] = [];
    // ("as opposed to killed by mines": what is ruled out instead is the word or two after it.)
    for (const x of rawWords.slice(i + 1, instead ? i + 3 : i + 6)) {
      if (CLAUSE_VERBS.has(x)) break;
      span.push(x);
      if (closing.has(x)) break;
    }
    for (const t of lexTokens(lexicon, span)) {
      const k = lexicon.kinds.get(t);
      if (k === 'thing') negated.add(t);
      else if (k !== undefined && w !== 'non') excluded.add(t);
    }
    // "not yet cleared" is what is left to clear, said another way.
    // "released through survey rather than cleared": the measure after "rather than" is ruled out too.
    // ("How has Japan helped, beyond demining?": the work named after "beyond", "apart from", "other than" is not what is asked.)
    const besides = BESIDES.has(w) || ((w === 'apart' || w === 'aside') && rawWords[i + 1] === 'from') || (w === 'than' && rawWords[i - 1] === 'other');
    if ((w === 'not' || w === 'non' || instead || besides || (w === 'than' && rawWords[i - 1] === 'rather')) && rawWords[i + 1] !== 'yet') {
      // "done and not done" asks for both: a word also asked outright is not excluded.
      // ("not the number of people hurt": past the words that only lead up to what is ruled out.)
      let from = i + (rawWords[i + 1] === 'from' ? 2 : 1);
      while (from < i + 5 && LEAD_WORDS.has(rawWords[from] ?? '')) from++;
      // (A word of the question's shape is no measure ruled out: "not the December number".)
      const span = rawWords.slice(from, closing.has(rawWords[from] ?? '') ? from + 1 : from + 2);
      for (const t of lexTokens(lexicon, span)) if (!lexicon.kinds.has(t) && !MARKERS.has(t) && toks.filter((x) => x === t).length < 2) notWords.add(t);
    }
  });
  // "during the Vietnam War": a war named after a place is a time, not the place asked about.
  const wars = new Set(rawWords.flatMap((w, i) => (i > 0 && (w === 'war' || w === 'wars') ? lexTokens(lexicon, [rawWords[i - 1]!]) : []))
    .filter((t) => lexicon.kinds.get(t) === 'place'));
  const entities = toks.filter((t) => lexicon.kinds.has(t) && !negated.has(t) && !excluded.has(t) && !wars.has(t)).map((token) => ({ token, kind: lexicon.kinds.get(token)! }));
  // "Why did Cambodia miss the deadline?" asks for a reason, whatever figure its words name.
  if (set.has('whyreason') && !howmuch) kind = undefined;
  return {
    quantity: howmuch || (!set.has('whyreason') && (unit !== undefined || kind === 'percent' || kind === 'money' || kind === 'year')),
    kind,
    // What "how many X" counts is read by the matcher, which knows what the fact base counts.
    counted: [],
    unit,
    entities,
    dates,
    sinceYears,
    relativePeriod: set.has('periodrelative'),
    rate: set.has('periodrate'),
    future: kind === 'year',
    total: set.has('total'),
    change: set.has('changeover'),
    excluded: [...excluded],
    notThings: [...negated],
    // "to date", "so far": a running count, whose date is when it was counted.
    reported: rawWords.some((w, i) => REPORT_VERBS.has(w) || (w === 'date' && rawWords[i - 1] === 'to') || (w === 'far' && rawWords[i - 1] === 'so')),
    notWords: [...notWords],
    notDates,
    // ("Only four people": "only" says the number is small, not that the figure is of one kind.)
    // ("Only deaths": "only" next to no name of a kind, place or organisation narrows no scope.)
    only: rawWords.some((w, i) => (ONLY_WORDS.has(w) && !/^\d/u.test(rawWords[i + 1] ?? '') && !NUMBER_WORD_LIST.includes(rawWords[i + 1] ?? '') &&
      // ("CMAC clear alone": the name may stand a word before it.)
      namedNear(lexicon, lexTokens(lexicon, rawWords.slice(Math.max(0, i - 3), i)), lexTokens(lexicon, rawWords.slice(i + 1, i + 4))[0])) || (w === 'just' && lexicon.kinds.get(lexTokens(lexicon, rawWords.slice(i + 1, i + 3))[0] ?? '') === 'thing') || (w === 'its' && rawWords[i + 1] === 'own') || (w === 'by' && (rawWords[i + 1] === 'itself' || rawWords[i + 1] === 'themselves'))),
    ...(partOfWhole(rawWords, lexicon) ? { part: true as const } : {}),
    ...(WHOLE_LAND.test(prepared) || placeLand(rawWords, lexicon) ? { wholeLand: true } : {}),
  };
}

/**
 * "Cambodia's land area", "the (total) area of Cambodia": the whole size of a place, as "the country's
 * land area" is (not "the contaminated area of Cambodia").
 */
function placeLand(rawWords: readonly string[], lexicon: Lexicon): boolean {
  const isPlace = (w: string | undefined) => w !== undefined && lexicon.kinds.get(lexTokens(lexicon, [w])[0] ?? '') === 'place';
  for (let i = 0; i < rawWords.length; i++) {
    if (!SIZE_WORDS.has(rawWords[i]!)) continue;
    let j = i - 1;
    if (rawWords[j] === 'land') j--;
    while (ALL_OF.has(rawWords[j] ?? '')) j--;
    // "Cambodia's land area" (its "'s" read away), "the total area of Cambodia".
    if (isPlace(rawWords[j]) && rawWords[i - 1] === 'land') return true;
    // ("The area of Cambodia that was mined" is no size of the country: "land", "total" or "whole" says so.)
    const sized = rawWords[i - 1] === 'land' || ALL_OF.has(rawWords[i - 1] ?? '');
    if (sized && (j < 0 || rawWords[j] === 'the' || rawWords[j] === 'of') && rawWords[i + 1] === 'of' && isPlace(rawWords[rawWords[i + 2] === 'the' ? i + 3 : i + 2])) return true;
  }
  return false;
}

/**
 * "Of the land still to clear, how much is mines?", "how much of the remaining land is contaminated by
 * UXO?": one kind's part of a whole, which the whole's figure does not give.
 */
function partOfWhole(rawWords: readonly string[], lexicon: Lexicon): boolean {
  const at = rawWords.findIndex((w) => w === 'howmuch' || w === 'howmany');
  if (at < 0 || !(rawWords[at + 1] === 'of' || rawWords.slice(0, at).includes('of'))) return false;
  const verb = rawWords.findIndex((w, i) => i > at && COPULAS.has(w));
  if (verb < 0) return false;
  let i = verb + 1;
  while (['still', 'actually', 'really', 'the'].includes(rawWords[i] ?? '')) i++;
  // ("... is contaminated with UXO", "... is due to mines", "... is made up of cluster munitions".)
  if (/ed$/u.test(rawWords[i] ?? '') && ['with', 'by', 'from'].includes(rawWords[i + 1] ?? '')) i += 2;
  else if (rawWords[i] === 'due' && rawWords[i + 1] === 'to') i += 2;
  else if (rawWords[i] === 'made' && rawWords[i + 1] === 'up' && rawWords[i + 2] === 'of') i += 3;
  return lexicon.kinds.get(lexTokens(lexicon, rawWords.slice(i, i + 3))[0] ?? '') === 'thing';
}
const COPULAS = new Set(['is', 'are', 'was', 'were']);
/** Words of a place's size, and of all of it. */
const SIZE_WORDS = new Set(['area', 'territory', 'landmass', 'surface']);
const ALL_OF = new Set(['total', 'whole', 'entire']);
