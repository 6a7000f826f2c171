/** Reads a question's shape and the constraints it states, through the fact base's lexicon. */
import { AREA_UNITS, AREA_WORDS, MARKERS, monthOf } from './english.js';
import type { EntityKind } from './schema.js';
import type { Lexicon } from './vocabulary.js';

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
  /** "since 1992"; "since the 90s" is any year from 1990 to 1999. */
  sinceYears: Array<{ from: number; to: number }>;
  relativePeriod: boolean;
  rate: boolean;
  /** Asks when something will be done: a target year. */
  future: boolean;
  total: boolean;
  /** Asks how a figure has changed over time. */
  change: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

const MONTH_NAMES = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DATE_PATTERN = new RegExp(
  `\\b(since|from|after|by|until|till|through|as of|as at|in|during|for|end of|start of|mid)?\\s*(?:the\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?(?:(${MONTH_NAMES})\\.?\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)?,?\\s+)?\\b((?:19|20)\\d\\d)(s?)\\b`,
  'gu',
);

/** Reads the dates a prepared question names. */
export function datesOf(prepared: string): { dates: NamedDate[]; sinceYears: QuestionFrame['sinceYears'] } {
  const dates: NamedDate[] = [];
  const sinceYears: QuestionFrame['sinceYears'] = [];
  const re = DATE_PATTERN;
  re.lastIndex = 0;
  for (const m of prepared.matchAll(re)) {
    const y = Number(m[5]);
    const decade = m[6] === 's';
    const prep = m[1] ?? '';
    if (prep === 'since' || prep === 'from' || prep === 'after') {
      sinceYears.push(decade ? { from: y, to: y + 9 } : { from: y, to: y });
      continue;
    }
    const month = m[3] === undefined ? undefined : monthOf(m[3]);
    const day = Number(m[2] ?? m[4] ?? 0);
    if (decade) dates.push({ start: `${y}-01-01`, end: `${y + 9}-12-31`, prep, decade: true });
    else if (month === undefined) dates.push({ start: `${y}-01-01`, end: `${y}-12-31`, prep, decade: false });
    else if (day >= 1 && day <= lastDay(y, month)) dates.push({ start: `${y}-${pad(month)}-${pad(day)}`, end: `${y}-${pad(month)}-${pad(day)}`, prep, decade: false });
    else dates.push({ start: `${y}-${pad(month)}-01`, end: `${y}-${pad(month)}-${pad(lastDay(y, month))}`, prep, decade: false });
  }
  return { dates, sinceYears };
}

/** Reads the frame off a question's tokens (and its prepared text, for dates). */
export function frameOf(prepared: string, rawWords: readonly string[], toks: readonly string[], lexicon: Lexicon): QuestionFrame {
  const set = new Set(toks);
  const { dates, sinceYears } = datesOf(prepared);
  let unit: QuestionFrame['unit'];
  for (const t of toks) {
    if (AREA_UNITS.has(t)) {
      unit = t as QuestionFrame['unit'];
      break;
    }
  }
  const howmany = set.has('howmany');
  const howmuch = howmany || set.has('howmuch');
  const counted: string[] = [];
  let kind: QuantityKind | undefined;
  if (set.has('percent')) kind = 'percent';
  else if (set.has('money')) kind = 'money';
  else if (set.has('whenfuture')) kind = 'year';
  else if (unit !== undefined || (!howmany && rawWords.some((w) => AREA_WORDS.has(w)))) kind = 'area';
  else if (howmany) {
    kind = 'count';
    const i = toks.indexOf('howmany');
    const next = toks.slice(i + 1).find((t) => !MARKERS.has(t) && !/^\d+$/u.test(t));
    if (next !== undefined) counted.push(next);
  }
  const entities = toks.filter((t) => lexicon.kinds.has(t)).map((token) => ({ token, kind: lexicon.kinds.get(token)! }));
  return {
    quantity: howmuch || unit !== undefined || kind === 'percent' || kind === 'money' || kind === 'year',
    kind,
    counted,
    unit,
    entities,
    dates,
    sinceYears,
    relativePeriod: set.has('periodrelative'),
    rate: set.has('periodrate'),
    future: kind === 'year',
    total: set.has('total'),
    change: set.has('changeover'),
  };
}
