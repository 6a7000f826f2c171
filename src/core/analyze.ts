/** Turns text into canonical tokens, and a question into the constraints it states. */
import {
  AREA_UNITS, HAZARDS, ORGS, OTHER_COUNTABLES, PHRASES, PLACES, STOPWORDS, SYNONYMS, type Measure,
} from './lexicon.js';
import { foldTypography } from './text.js';

/** A crude English stemmer: enough to join "clearing", "clears" and "cleared" to unknown words. */
export function stem(word: string): string {
  if (word.length <= 4 || /\d/u.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 6) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 5) return word.slice(0, -2);
  if (word.endsWith('es') && /(?:s|x|ch|sh)es$/u.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * The literal a pattern's every match must start with ("\\bjapan(?:ese)? mine" -> "japan"), so the
 * pattern is run only on text that contains it: most of the ~70 phrases never apply to a question.
 */
function leadingLiteral(source: string): string | undefined {
  if (source.includes('|')) return undefined;
  const m = /^(?:\\b)?([a-z ]+)/u.exec(source);
  if (m === null) return undefined;
  let lit = m[1]!;
  const next = source[m[0].length];
  // A quantifier after the literal makes its last letter optional.
  if (next === '?' || next === '*' || next === '{') lit = lit.slice(0, -1);
  return lit.length >= 2 ? lit : undefined;
}

const GUARDED_PHRASES = PHRASES.map(([pattern, replacement]) => [pattern, replacement, leadingLiteral(pattern.source)] as const);

/** Lower-cases, folds typography, rewrites known phrases and numbers ("1,700" -> "1700"). */
export function prepare(text: string): string {
  let t = foldTypography(text).normalize('NFKC').toLowerCase();
  t = t.replace(/(\d),(?=\d{3}\b)/gu, '$1');
  t = t.replace(/\b(\d+(?:\.\d+)?) ?k\b/gu, (_m, n: string) => String(Math.round(Number(n) * 1000)));
  t = t.replace(/(\d)(km2|km²|ha)\b/gu, '$1 $2');
  // "since '92" is since 1992.
  t = t.replace(/\b(since|from|in|by|until) '?(\d\d)\b(?!,?\d)/gu, (_m, p: string, yy: string) => `${p} ${Number(yy) >= 50 ? '19' : '20'}${yy}`);
  for (const [pattern, replacement, literal] of GUARDED_PHRASES) {
    if (literal === undefined || t.includes(literal)) t = t.replace(pattern, replacement);
  }
  return t;
}

/** Raw word tokens of prepared text (letters and digits, apostrophes dropped). */
export function words(prepared: string): string[] {
  return prepared
    .replace(/'s\b/gu, '')
    .replace(/'/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** The canonical form of one word, or undefined for a stop word. */
export function canonical(word: string): string | undefined {
  if (STOPWORDS.has(word)) return undefined;
  const direct = SYNONYMS[word];
  if (direct !== undefined) return direct;
  const s = stem(word);
  return SYNONYMS[s] ?? s;
}

/** Canonical tokens of a text, in order, stop words removed. */
export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const w of words(prepare(text))) {
    const c = canonical(w);
    if (c !== undefined) out.push(c);
  }
  return out;
}

/** What a question pins down; each is checked against a candidate fact before it may answer. */
export interface QuestionFrame {
  /** Asks for a quantity ("how many", "how much", a unit, "total"). */
  quantity: boolean;
  measure: Measure | undefined;
  /** Area unit asked for, when other than the fact's own. */
  unit: 'km2' | 'ha' | 'acre' | 'm2' | 'sqmi' | undefined;
  places: string[];
  orgs: string[];
  hazards: string[];
  /** Years named, with the word before them ("in", "by", "as of"; "" when none). */
  years: Array<{ year: number; prep: string }>;
  /** "since 1992" rather than "in 1992"; "since the 90s" is any year from 1990 to 1999. */
  sinceYears: Array<{ from: number; to: number }>;
  relativePeriod: boolean;
  rate: boolean;
  future: boolean;
  total: boolean;
  /** Names something figures measure (clearing, mines, area...): without it, figures do not answer. */
  aboutFigures: boolean;
}

/** Words that show a question is about what a figure measures. */
const FIGURE_WORDS: ReadonlySet<string> = new Set([
  'clear', 'destroy', 'remain', 'area', 'mine', 'mined', 'achieve', 'minefield', 'progress', 'total',
  ...AREA_UNITS, ...HAZARDS,
]);

const PEOPLE_TOKENS = new Set(['people', 'victim', 'deminer', 'casualty']);

/** Reads the frame off a question's canonical tokens (and its prepared text, for years). */
export function frameOf(prepared: string, toks: readonly string[]): QuestionFrame {
  const set = new Set(toks);
  const years: QuestionFrame['years'] = [];
  const sinceYears: QuestionFrame['sinceYears'] = [];
  for (const m of prepared.matchAll(/\b(since|from|after|by|until|till|through|as of|as at|in|during|for)?\s*(?:the\s+)?\b((?:19|20)\d\d)(s?)\b/gu)) {
    const y = Number(m[2]);
    const decade = m[3] === 's';
    if (m[1] === 'since' || m[1] === 'from' || m[1] === 'after') sinceYears.push(decade ? { from: y, to: y + 9 } : { from: y, to: y });
    else years.push({ year: y, prep: decade ? 'decade' : m[1] ?? '' });
  }
  let unit: QuestionFrame['unit'];
  for (const t of toks) {
    if (AREA_UNITS.has(t)) {
      unit = t as QuestionFrame['unit'];
      break;
    }
  }
  const howmany = set.has('howmany');
  const howmuch = howmany || set.has('howmuch');
  let measure: Measure | undefined;
  if (set.has('percent')) measure = 'percent';
  else if (set.has('money')) measure = 'money';
  else if (set.has('population') || set.has('casualty')) measure = 'people';
  else if (set.has('whenfuture') || (set.has('when') && (set.has('minefree') || set.has('finish')))) measure = 'time';
  else if (unit !== undefined || (set.has('area') && !set.has('mine'))) measure = 'area';
  else if (howmuch) {
    const i = toks.findIndex((t) => t === 'howmuch' || t === 'howmany');
    const next = toks.slice(i + 1, i + 3);
    const counted = next.find((t) => t !== 'total' && t !== 'remain' && t !== 'more' && !HAZARDS.has(t) && t !== 'landmine');
    // "how much landmine contamination" asks for an area; "how many landmines", for a count.
    if (next.some((t) => t === 'mine' || HAZARDS.has(t)) && (howmany || !(set.has('mined') || next.includes('area')))) measure = 'mines';
    else if (counted !== undefined && PEOPLE_TOKENS.has(counted)) measure = 'people';
    else if (counted !== undefined && OTHER_COUNTABLES.has(counted)) measure = 'other-count';
    else if (toks.some((t) => PEOPLE_TOKENS.has(t)) && !set.has('area')) measure = 'people';
    else if (set.has('area') || set.has('mined')) measure = 'area';
  } else if (set.has('victim') && !set.has('help')) measure = 'people';
  if (measure === undefined && set.has('mine') && set.has('destroy')) measure = 'mines';
  return {
    quantity: howmuch || set.has('population') || set.has('casualty') || unit !== undefined ||
      (set.has('total') && measure === 'area') || measure === 'percent' || measure === 'money',
    measure,
    unit,
    places: toks.filter((t) => PLACES.has(t)),
    orgs: toks.filter((t) => ORGS.has(t)),
    hazards: toks.filter((t) => HAZARDS.has(t)),
    years,
    sinceYears,
    relativePeriod: set.has('periodrelative'),
    rate: set.has('periodrate'),
    future: measure === 'time',
    total: set.has('total'),
    aboutFigures: toks.some((t) => FIGURE_WORDS.has(t)),
  };
}
