/**
 * The words of one fact base, learnt from its data: the vocabulary's entities and synonym groups,
 * the glossary's terms that name something, and every fact's place, organisation, partners, kind
 * of thing and speaker. Matching reads text through this lexicon, so a moderator who adds a fact
 * about a new place or organisation, or a synonym, changes what the bot understands without code.
 */
import { stemmer } from 'stemmer';
import { COMMON_WORDS, GOVERNING_BODY, MONEY_MARK, MONTHS, monthOf, SHAPE_PHRASES, SHAPE_WORDS, STOPWORDS } from './english.js';
import { hasKhmer, normaliseKhmer, readKhmerAsEnglish, segmentKhmer } from './khmer.js';
import type { KnowledgeBase } from './knowledge.js';
import type { EntityKind } from './schema.js';
import { foldTypography, numberFromWords } from './text.js';

export interface Lexicon {
  /** First word -> the phrases that start with it, longest first, with the token each stands for. */
  /** First word's stem -> phrases, longest first; each with its words' stems and its words as written. */
  phrases: ReadonlyMap<string, ReadonlyArray<{ words: readonly string[]; raw: readonly string[]; token: string }>>;
  /** One word -> the token it stands for. */
  words: ReadonlyMap<string, string>;
  /** Entity token -> what it names. */
  kinds: ReadonlyMap<string, EntityKind>;
  /** Entity token -> the broader entities it falls within, transitively. */
  ancestors: ReadonlyMap<string, ReadonlySet<string>>;
  /** Entity token -> a name to show people. */
  display: ReadonlyMap<string, string>;
  /** Every word that occurs in a name or synonym: known to the speller as it is. */
  known: ReadonlySet<string>;
  /** The vocabulary's stop words (Khmer particles and the like): read as nothing. */
  stop?: ReadonlySet<string>;
  /**
   * Organisations named as a body that governs ("... Authority", "Ministry of ..."): what they count
   * in their country is the country's figure, not the work of one operator among others.
   */
  authorities?: ReadonlySet<string>;
  /** Names learnt from facts' sentences alone, whose kind is not known ("Ottawa Convention", "Koh Kong"). */
  guessed?: ReadonlySet<string>;
  /** Names learnt from facts (their scopes, speakers and sentences), not given by the vocabulary or glossary. */
  learned?: ReadonlySet<string>;
}

/** A crude English stemmer: enough to join "clearing", "clears" and "cleared" to unknown words. */
export function stem(word: string): string {
  if (word.length <= 4 || /\d/u.test(word)) return word;
  // Porter's algorithm (the `stemmer` package) joins what the suffix rules below miss:
  // "contamination" and "contaminated", "amputations" and "amputated".
  const porter = stemmer(word);
  if (porter.length >= 4) return porter;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 6) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 5) return word.slice(0, -2);
  if (word.endsWith('es') && /(?:s|x|ch|sh)es$/u.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

const stemMemo = new Map<string, string>();
/** stem(), memoised: the same words recur in every fact and question. */
function stemOf(word: string): string {
  let s = stemMemo.get(word);
  if (s === undefined) {
    if (stemMemo.size >= 100_000) stemMemo.clear();
    s = stem(word);
    stemMemo.set(word, s);
  }
  return s;
}


const GUARD_WORDS = [...new Set(SHAPE_PHRASES.flatMap(([, , guards]) => guards))].sort((a, b) => b.length - a.length);
/**
 * The phrases a guard found lets run: those guarded by it or by any guard inside it ("how " holds
 * "ho").
 */
const PHRASES_OF_GUARD = new Map(GUARD_WORDS.map((g) => {
  const within = GUARD_WORDS.filter((h) => g.includes(h));
  return [g, SHAPE_PHRASES.flatMap(([, , guards], i) => (guards.some((h) => within.includes(h)) ? [i] : []))];
}));
/**
 * Every guard in one pattern, longest first, so a match is the longest guard starting there. One
 * regular expression scans a text about six times faster than trying each guard at each position,
 * which is most of what preparing 100,000 facts' texts costs.
 */
const ANY_GUARD = new RegExp(GUARD_WORDS.map((g) => g.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|'), 'gu');

/** Which phrases may apply to a text: a flag for each of SHAPE_PHRASES. */
function phrasesFor(text: string, runs: Uint8Array): void {
  runs.fill(0);
  ANY_GUARD.lastIndex = 0;
  for (let m = ANY_GUARD.exec(text); m !== null; m = ANY_GUARD.exec(text)) {
    for (const i of PHRASES_OF_GUARD.get(m[0]) ?? []) runs[i] = 1;
    // The next guard may start inside this one ("howmuch", then "much"): look again from the next character.
    ANY_GUARD.lastIndex = m.index + 1;
  }
}

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** 0-99 in words -> the number. */
const TWO_DIGITS = new Map<string, number>();
for (let n = 1; n < 100; n++) {
  const words = n < 10 ? UNITS[n]! : n < 20 ? TEENS[n - 10]! : `${TENS[Math.floor(n / 10)]!}${n % 10 === 0 ? '' : ` ${UNITS[n % 10]!}`}`;
  TWO_DIGITS.set(words, n);
}
const alternation = (min: number) => [...TWO_DIGITS].filter(([, n]) => n >= min).map(([w]) => w).sort((a, b) => b.length - a.length).map((w) => w.replace(' ', '[ -]')).join('|');
// "twenty twenty" is a year, "twenty-three" a number: the second half of a spoken year is 10 or more.
const YEAR_WORDS = new RegExp(`\\b(?:(nineteen|twenty)[ -](${alternation(10)})|two thousand(?: and)?[ -](${alternation(1)}))\\b`, 'gu');
function yearInWords(_m: string, century: string | undefined, rest: string | undefined, after2000: string | undefined): string {
  const n = (w: string | undefined) => TWO_DIGITS.get((w ?? '').replace('-', ' ')) ?? 0;
  if (after2000 !== undefined) return String(2000 + n(after2000));
  return String((century === 'nineteen' ? 1900 : 2000) + n(rest));
}

const SCALES = new Map([['hundred', 100], ['thousand', 1000], ['million', 1_000_000]]);
/** Every number word, known to the speller ("ninteen" is "nineteen"). */
export const NUMBER_WORD_LIST: readonly string[] = [...new Set([...UNITS, ...TEENS, ...TENS].filter((w) => w !== '')), ...SCALES.keys()];
const NUMBER_WORD = `(?:${[...TWO_DIGITS.keys()].flatMap((w) => w.split(' ')).filter((w, i, all) => all.indexOf(w) === i).sort((a, b) => b.length - a.length).join('|')}|hundred|thousand|million)`;
/** "seventeen hundred", "six thousand", "twenty-three thousand": a run of number words with a scale. */
const NUMBER_WORDS = new RegExp(`\\b${NUMBER_WORD}(?:(?:[ -]|\\s+and\\s+)${NUMBER_WORD})*\\b`, 'gu');
function numberInWords(run: string): string {
  const parts = run.split(/[\s-]+/u).filter((w) => w !== 'and');
  // A count comes first: "million" alone is the "million" of "1 million", read with its digits below.
  if (!parts.some((w) => SCALES.has(w)) || SCALES.has(parts[0]!)) return run;
  return String(numberFromWords(parts.map((w) => {
    const scale = SCALES.get(w);
    return scale === undefined ? { value: TWO_DIGITS.get(w) ?? 0, scale: false } : { value: scale, scale: true };
  })));
}

/** A name, then a short form of it in brackets: "Clearing for Results (CfR)". */
const BRACKETED_SHORT_FORM = /\b([A-Z][\p{L}'’-]*(?:\s+(?:of|for|and|the|[A-Z][\p{L}'’-]*)){1,7})\s*\(([A-Z][A-Za-z&]{1,7})\)/gu;

/** Lower-cases, folds typography, reads numbers ("1,700" -> "1700", "20k") and marks a question's shape. */
export function prepare(text: string): string {
  // Khmer first: its digits become numbers and its syllables one spelling (khmer.ts).
  let t = foldTypography(hasKhmer(text) ? readKhmerAsEnglish(normaliseKhmer(text)) : text).normalize('NFKC').toLowerCase();
  // Years in words: "twenty twenty" is 2020, "two thousand and nineteen" 2019.
  // Numbers in words with a scale first ("two thousand five hundred" is 2500, not the year 2005 and
  // a hundred); then years ("twenty twenty", "nineteen ninety two").
  if (t.includes('hundred') || t.includes('thousand') || t.includes('million')) t = t.replace(NUMBER_WORDS, numberInWords);
  if (t.includes('twenty') || t.includes('thousand') || t.includes('nineteen')) t = t.replace(YEAR_WORDS, yearInWords);
  // "phase III", "part ii": a Roman numeral after a word of sequence is its number ("phase 3").
  t = t.replace(ROMAN_AFTER, (_m, word: string, roman: string) => `${word} ${ROMAN_NUMERALS.get(roman)!}`);
  if (/\d/u.test(t)) {
    // "11/07/2024", "24.02.2024" (day first, as written in Cambodia and most of the world), "2024-07-11".
    t = t.replace(/\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/gu, (m, y: string, mo: string, d: string) => (Number(mo) >= 1 && Number(mo) <= 12 ? `${Number(d)} ${MONTHS[Number(mo) - 1]!} ${y}` : m));
    t = t.replace(/\b(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)\b/gu, (m, d: string, mo: string, y: string) => (Number(mo) >= 1 && Number(mo) <= 12 ? `${Number(d)} ${MONTHS[Number(mo) - 1]!} ${y}` : m));
    // "FY2022", "fy 22": the year; "Q4 2023": its months; "H1 2024": its half.
    if (/\b(?:fy|q[1-4]|h[12])\b|\b(?:fy|q[1-4]|h[12])\s?'?\d/u.test(t)) {
      t = t.replace(/\bfy\s?'?((?:19|20)?\d\d)\b/gu, (_m, y: string) => ` ${y.length === 2 ? `${Number(y) >= 50 ? '19' : '20'}${y}` : y} `);
      t = t.replace(/\bq([1-4])\s*((?:19|20)\d\d)\b/gu, (_m, q: string, y: string) => `${MONTHS[3 * Number(q) - 3]!} to ${MONTHS[3 * Number(q) - 1]!} ${y}`);
      t = t.replace(/\bh([12])\s*((?:19|20)\d\d)\b/gu, (_m, h: string, y: string) => `${h === '1' ? 'first' : 'second'} half of ${y}`);
    }
    // "1965-73", "2019-20": a span of years, its second year written short.
    t = t.replace(/\b((?:19|20)\d)(\d)\s?[-–]\s?(\d\d)\b(?![-–.,]?\d)/gu, (m, head: string, last: string, yy: string) => {
      const from = Number(`${head}${last}`);
      const to = Number(`${head.slice(0, 2)}${yy}`);
      return to > from && to - from < 50 ? `${from} to ${to}` : m;
    });
    // "victims '22": a year.
    t = t.replace(/(^|[\s(])['‘’](\d\d)\b(?!,?\d)/gu, (_m, pre: string, yy: string) => `${pre}${Number(yy) >= 50 ? '19' : '20'}${yy}`);
    // ("2,000 AP mines": a number written with a thousands comma is no year, though its digits look
    // like one; a leading zero keeps the date reading off it and leaves its value.)
    // ("in 2,020", after a word of dates, is still the year.)
    t = t.replace(/(?<![\d,.])(?<!\b(?:in|since|by|from|until|till|during|before|after|year) )(1,9|2,0)(\d\d)\b(?![,.]\d)/gu, (_m, head: string, rest: string) => `0${head.replace(',', '')}${rest}`);
    t = t.replace(/(\d),(?=\d{3}\b)/gu, '$1');
    t = t.replace(/\b(\d+(?:\.\d+)?) ?k\b/gu, (_m, n: string) => String(Math.round(Number(n) * 1000)));
    t = t.replace(/\b(\d+(?:\.\d+)?) ?(?:million|mn|m)\b/gu, (_m, n: string) => String(Math.round(Number(n) * 1_000_000)));
    t = t.replace(/(\d)(km2|km²|ha)\b/gu, '$1 $2');
    // "since '92" is since 1992.
    t = t.replace(/\b(since|from|in|by|until) '?(\d\d)\b(?!,?\d)(?!\s*(?:%|(?:yrs?|years?|months?|days?|weeks?|decades?|percent|per ?cent|km|ha|sq|people)\b))/gu, (_m, p: string, yy: string) => `${p} ${Number(yy) >= 50 ? '19' : '20'}${yy}`);
  }
  // The guards are read once, and again only after a phrase was rewritten.
  const runs = new Uint8Array(SHAPE_PHRASES.length);
  phrasesFor(t, runs);
  for (let i = 0; i < SHAPE_PHRASES.length; i++) {
    if (runs[i] !== 1) continue;
    const [pattern, replacement] = SHAPE_PHRASES[i]!;
    const next = t.replace(pattern, replacement);
    if (next !== t) {
      t = next;
      phrasesFor(t, runs);
    }
  }
  return t;
}

/** Roman numerals read as numbers, from II ("part i need" is a pronoun, "phase v" rarer than a word). */
export const ROMAN_NUMERALS: ReadonlyMap<string, string> = new Map([['ii', '2'], ['iii', '3'], ['iv', '4'], ['vi', '6'], ['vii', '7'], ['viii', '8'], ['ix', '9']]);
const ROMAN_AFTER = /\b(phase|part|stage|round|tranche|chapter|volume|step|pillar)\s+(ii|iii|iv|vi|vii|viii|ix)\b/gu;

/** A Khmer run, or a run of anything else, within one word. */
const KHMER_OR_NOT = /[\u1780-\u17FF\u19E0-\u19FF]+|[^\u1780-\u17FF\u19E0-\u19FF]+/gu;

/**
 * Raw word tokens of prepared text (letters with their combining marks, and digits; apostrophes
 * dropped). Khmer, written without spaces, is split into words by its dictionary (khmer.ts).
 */
export function words(prepared: string): string[] {
  const raw = prepared
    .replace(/'s\b/gu, '')
    .replace(/'/gu, '')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((w) => w.length > 0);
  if (!hasKhmer(prepared)) return raw;
  const out: string[] = [];
  for (const w of raw) {
    if (!hasKhmer(w)) out.push(w);
    else for (const run of w.match(KHMER_OR_NOT) ?? []) out.push(...(hasKhmer(run) ? segmentKhmer(run) : [run]));
  }
  return out;
}

/** "hun-manet" -> "hunmanet": a token that no word of running text can be. */
const tokenOf = (id: string) => `${id.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')}`;

const slugOf = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/gu, '');

/** Reads words as the lexicon's tokens: phrases first (longest), then shape words, stop words, single words, stems. */
export function lexTokens(lexicon: Lexicon | undefined, raw: readonly string[]): string[] {
  const out: string[] = [];
  const stems = lexicon === undefined ? raw : raw.map(stemOf);
  for (let i = 0; i < raw.length; i++) {
    const w = raw[i]!;
    const candidates = lexicon?.phrases.get(stems[i]!);
    let matched = false;
    if (candidates !== undefined) {
      // A phrase as written wins over one that only stems alike ("clear of mines", "cleared of mines").
      for (const exact of [true, false]) {
        for (const p of candidates) {
          if (i + p.words.length > raw.length) continue;
          const want = exact ? p.raw : p.words;
          const have = exact ? raw : stems;
          let ok = true;
          for (let k = 0; k < want.length; k++) {
            if (have[i + k] !== want[k]) {
              ok = false;
              break;
            }
          }
          if (ok) {
            out.push(p.token);
            i += p.words.length - 1;
            matched = true;
            break;
          }
        }
        if (matched) break;
      }
    }
    if (matched) continue;
    const t = canonicalWord(lexicon, w);
    if (t !== undefined) out.push(t);
  }
  return out;
}

/** The token of one word, or undefined for a stop word. */
export function canonicalWord(lexicon: Lexicon | undefined, word: string): string | undefined {
  // Khmer makes a noun of a verb with "ការ" before it ("ការទទួលខុសត្រូវ", responsibility): the same
  // word to match, as an English stem is ("ការ៉េ", "ការិយាល័យ" begin with it but go on with a vowel sign).
  const w = word.length > 4 && word.startsWith('\u1780\u17B6\u179A') && /^[\u1780-\u17A2]/u.test(word.slice(3)) && lexicon?.words.has(word) !== true ? word.slice(3) : word;
  const shape = SHAPE_WORDS[w];
  if (shape !== undefined) return shape;
  if (lexicon?.stop?.has(w) === true) return undefined;
  const direct = lexicon?.words.get(w);
  if (direct !== undefined) return direct;
  if (STOPWORDS.has(w)) return undefined;
  const s = stemOf(w);
  return SHAPE_WORDS[s] ?? lexicon?.words.get(s) ?? s;
}

interface Named {
  token: string;
  kind: EntityKind | undefined;
  names: readonly string[];
  within: string | undefined;
  display: string;
}

/** Builds the lexicon of a fact base. Entities come before synonyms: "Kingdom" names a place before it is a word. */
/** Khmer vowels written short for long and long for short: ិ/ី, ុ/ូ, ឹ/ឺ. */
const KHMER_VOWEL_PAIRS: ReadonlyArray<readonly [string, string]> = [['\u17B7', '\u17B8'], ['\u17B8', '\u17B7'], ['\u17BB', '\u17BC'], ['\u17BC', '\u17BB'], ['\u17B9', '\u17BA'], ['\u17BA', '\u17B9']];

export function buildLexicon(kb: Pick<KnowledgeBase, 'vocabulary' | 'glossary' | 'facts'>): Lexicon {
  const phrases = new Map<string, Array<{ words: string[]; raw: string[]; token: string }>>();
  const single = new Map<string, string>();
  const kinds = new Map<string, EntityKind>();
  const display = new Map<string, string>();
  const known = new Set<string>();
  const withinOf = new Map<string, string>();
  /** Any name or id, lower-cased -> entity token: resolves `within` and fact scopes. */
  const byName = new Map<string, string>();

  const add = (name: string, token: string, override: boolean, variant = false) => {
    // "anti-personnel mine" is also written "antipersonnel mine".
    if (name.includes('-')) add(name.replace(/-/gu, ''), token, false);
    // A long Khmer name typed with one vowel short for long, or long for short ("មិនប្រឆាំងមនុស្ស" for
    // "មីនប្រឆាំងមនុស្ស"): the commonest slip, and in a name of three syllables or more no other word.
    // (Names of kinds of thing, where the slip is commonest, "មីន" and "មិន": each variant is read apart.)
    if (!variant && name.length >= 10 && kinds.get(token) === 'thing' && hasKhmer(name)) {
      for (const [a, b] of KHMER_VOWEL_PAIRS) {
        for (let i = name.indexOf(a); i >= 0; i = name.indexOf(a, i + 1)) add(`${name.slice(0, i)}${b}${name.slice(i + 1)}`, token, false, true);
      }
    }
    // (A mark the reading adds after a word, "budget moneykind", is no part of a name.)
    // (A slip-variant is only segmented: the name it varies was read in full.)
    const w = (variant ? words(normaliseKhmer(name).toLowerCase()) : words(prepare(name))).filter((x) => x !== MONEY_MARK);
    if (w.length === 0) return;
    // (A name typed with a slip is read as the name, but is no word the speller corrects others into.)
    if (!variant) for (const x of w) known.add(x);
    if (w.length === 1) {
      if (override || !single.has(w[0]!)) single.set(w[0]!, token);
      // "destroy" reads as the group of "destroyed": every inflection that stems alike.
      const s = stem(w[0]!);
      if (s !== w[0] && !single.has(s)) single.set(s, token);
      return;
    }
    // Phrases match on stems: "cluster munition" reads "cluster munitions" too.
    const ws = w.map(stemOf);
    const list = phrases.get(ws[0]!) ?? [];
    if (!list.some((p) => p.raw.join(' ') === w.join(' '))) list.push({ words: ws, raw: w, token });
    phrases.set(ws[0]!, list);
  };

  const named: Named[] = [];
  for (const e of kb.vocabulary.entities) {
    named.push({ token: tokenOf(e.id), kind: e.kind, names: e.names, within: e.within, display: e.names[0] ?? e.id });
    byName.set(e.id.toLowerCase(), tokenOf(e.id));
  }
  for (const g of kb.glossary) {
    if (g.kind === undefined) continue;
    // A term's names in other languages name it too.
    const names = [g.term, ...(g.expansion === undefined ? [] : [g.expansion]), ...g.aliases,
      ...Object.values(g.translations ?? {}).flatMap((t) => [t.term, t.expansion, ...t.aliases].filter((x): x is string => x !== undefined))];
    named.push({ token: tokenOf(slugOf(g.term)), kind: g.kind, names, within: g.within, display: g.term });
  }
  for (const n of named) {
    kinds.set(n.token, n.kind!);
    display.set(n.token, n.display);
    for (const name of n.names) {
      byName.set(name.toLowerCase(), n.token);
      add(name, n.token, true);
    }
    if (n.within !== undefined) withinOf.set(n.token, n.within.toLowerCase());
  }
  for (const g of kb.vocabulary.synonyms) {
    const token = tokenOf(g.id);
    for (const w of g.words) add(w, token, false);
    add(g.id, token, false);
  }
  // ("The JMAS boss", "head of JMAS": a person the vocabulary names by an office, "JMAS director", is
  // named by any word of that office's synonym group too.)
  const groupOf = new Map<string, readonly string[]>();
  for (const g of kb.vocabulary.synonyms) {
    // (Nouns only: "runs", "leads" are verbs of the group, "JMAS runs" no name of its director.)
    const one = g.words.filter((w) => /^[a-z]+$/u.test(w) && !/[^s]s$/u.test(w));
    if (one.length <= 30) for (const w of one) groupOf.set(w, one);
  }
  for (const n of named) {
    if (n.kind !== 'person') continue;
    for (const name of n.names) {
      const ws = name.split(/\s+/u);
      if (ws.length < 2 || ws.length > 4) continue;
      ws.forEach((w, k) => {
        for (const other of groupOf.get(w.toLowerCase()) ?? []) {
          if (other !== w.toLowerCase()) add([...ws.slice(0, k), other, ...ws.slice(k + 1)].join(' '), n.token, false);
        }
      });
    }
  }
  // Every name a fact gives its place, organisations, kind of thing and speaker is an entity.
  const lexiconSoFar = (): Lexicon => ({ phrases, words: single, kinds, ancestors: new Map(), display, known });
  // Every fact names its place, organisations and speaker: each name is learnt once, however often.
  const learned = new Set<string>();
  const learnedTokens = new Set<string>();
  const speakers = new Set<string>();
  const learn = (name: string | undefined, kind: EntityKind) => {
    if (name === undefined || learned.has(name)) return;
    learned.add(name);
    const key = name.toLowerCase();
    if (byName.has(key)) return;
    const toks = lexTokens(lexiconSoFar(), words(prepare(name)));
    const entities = toks.filter((t) => kinds.has(t));
    if (entities.length === 1 && toks.length <= 2) {
      byName.set(key, entities[0]!);
      return;
    }
    // "cluster munitions and other explosive remnants of war" is two kinds, read as the two; "Kampong
    // Chhnang and Siem Reap", names the vocabulary knows and nothing else, are the two places.
    if (kind === 'thing' && entities.length >= 2) return;
    if (entities.length >= 2 && entities.length === toks.length) return;
    const token = tokenOf(slugOf(name));
    if (token.length === 0) return;
    kinds.set(token, kind);
    display.set(token, name);
    byName.set(key, token);
    learnedTokens.add(token);
    add(name, token, true);
    // ("Cambodian Self-Help Demining (CSHD)": the name without its short form names it too; the short
    // form is already one of its words.)
    const bracketed = /^(.+?)\s*\(([A-Z][A-Za-z&]{1,7})\)$/u.exec(name);
    if (bracketed !== null) {
      byName.set(bracketed[1]!.toLowerCase(), token);
      add(bracketed[1]!, token, true);
    }
    // "Royal Government of Cambodia", "Government of Japan": an organisation named after one place is that place's.
    const placesIn = new Set(entities.filter((t) => kinds.get(t) === 'place'));
    if (kind === 'organisation' && placesIn.size === 1 && !withinOf.has(token)) withinOf.set(token, [...placesIn][0]!);
  };
  for (const f of kb.facts) {
    if (f.retired === true) continue;
    const s = f.figure?.scope;
    learn(s?.where, 'place');
    learn(s?.by, 'organisation');
    for (const w of s?.with ?? []) learn(w, 'organisation');
    learn(s?.of, 'thing');
    // A speaker is a person when named alone ("Lang Kosal"); "CMAA annual report for 2023" names an organisation's report.
    const speaker = f.saidBy.split(',')[0]?.trim();
    // Each speaker is read once: the lexicon only gains names, so a second look would find the same.
    if (speaker !== undefined && !speakers.has(speaker)) {
      speakers.add(speaker);
      if (!/\d/u.test(speaker) && !lexTokens(lexiconSoFar(), words(prepare(speaker))).some((t) => kinds.has(t))) learn(speaker, 'person');
    }
  }
  const guessed = new Set<string>();
  // Names the facts' own sentences give ("Koh Kong", "Ratanakiri") are entities too: a question that
  // names one is about it, and only a fact that covers it may answer. Their kind is unknown, so they
  // are held to the strictest reading, a place.
  // ("A$2 million (AUD)": a currency the figures are given in is no name of a place.)
  const currencies = new Set(kb.facts.flatMap((f) => (f.figure?.currency === undefined ? [] : [f.figure.currency.toLowerCase()])));
  // ("Clearing for Results (CfR)": a short form in brackets names what it follows; it is read below.)
  const bracketed = kb.facts.filter((f) => f.retired !== true)
    .flatMap((f) => [f.statement, f.topic, f.quote, f.figure?.label ?? ''].flatMap((text) => (text.includes('(') ? [...text.matchAll(BRACKETED_SHORT_FORM)] : [])));
  const shortNames = new Set(bracketed.map((m) => m[2]!));
  // ("Choam Ksan" in a statement, where a scope names "Choam Ksan District, Preah Vihear": the name of
  // that one place, said short. Not a part of "X and Y", which is one of the two; not one word.)
  const placeNames = [...learned].filter((n) => !/\band\b|&/u.test(n)).flatMap((n) => {
    const token = byName.get(n.toLowerCase());
    return token !== undefined && kinds.get(token) === 'place' && n.includes(' ') ? [{ text: ` ${n.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `, token }] : [];
  });
  const placeItNames = (name: string): string | undefined => {
    if (!name.includes(' ')) return undefined;
    const hits = new Set(placeNames.filter((n) => n.text.includes(` ${name.toLowerCase()} `)).map((n) => n.token));
    return hits.size === 1 ? [...hits][0] : undefined;
  };
  for (const f of kb.facts) {
    if (f.retired === true) continue;
    for (const name of namesIn(f.statement)) {
      if (learned.has(name) || byName.has(name.toLowerCase()) || currencies.has(name.toLowerCase()) || shortNames.has(name)) continue;
      // ("Phase II", "Level 1": a numbered part is no name of a place.)
      if (/^(?:phase|part|stage|round|tranche|chapter|volume|step|pillar|level)\s+(?:\d|[ivx]+\b)|^[IVX]+$/iu.test(name)) continue;
      const place = placeItNames(name);
      if (place !== undefined) {
        learned.add(name);
        byName.set(name.toLowerCase(), place);
        add(name, place, true);
        continue;
      }
      const toks = lexTokens(lexiconSoFar(), words(prepare(name)));
      if (toks.length === 0 || toks.some((t) => kinds.has(t)) || toks.every((t) => COMMON_WORDS.has(t) || STOPWORDS.has(t) || t in SHAPE_WORDS || single.has(t))) {
        learned.add(name);
        continue;
      }
      learn(name, 'place');
      const token = byName.get(name.toLowerCase());
      if (token !== undefined) guessed.add(token);
    }
  }
  // "Norwegian People's Aid (NPA)": a short form the facts give in brackets after a name they know is
  // that name too, where no other name has it and it is no word the lexicon already reads.
  const shortForms = new Map<string, string | undefined>();
  for (const m of bracketed) {
    const token = byName.get(m[1]!.toLowerCase());
    const short = m[2]!.toLowerCase();
    if (token !== undefined && shortForms.get(short) !== token) shortForms.set(short, shortForms.has(short) ? undefined : token);
  }
  for (const [short, token] of shortForms) {
    if (token === undefined || single.has(short) || byName.has(short) || phrases.has(short) || COMMON_WORDS.has(short) || STOPWORDS.has(short) || short in SHAPE_WORDS) continue;
    add(short, token, true);
  }
  const ancestors = new Map<string, Set<string>>();
  for (const token of kinds.keys()) {
    const seen = new Set<string>();
    let at = withinOf.get(token);
    while (at !== undefined) {
      const up = byName.get(at) ?? (kinds.has(tokenOf(at)) ? tokenOf(at) : undefined);
      if (up === undefined || seen.has(up) || up === token) break;
      seen.add(up);
      at = withinOf.get(up);
    }
    if (seen.size > 0) ancestors.set(token, seen);
  }
  for (const list of phrases.values()) list.sort((a, b) => b.words.length - a.words.length);
  const stop = new Set((kb.vocabulary.stopwords ?? []).flatMap((w) => words(prepare(w))));
  for (const w of stop) known.add(w);
  const authorities = new Set(named.filter((n) => n.kind === 'organisation' && n.names.some((name) => GOVERNING_BODY.test(name))).map((n) => n.token));
  return { phrases, words: single, kinds, ancestors, display, known, stop, authorities, guessed, learned: learnedTokens };
}

const NAME_RUN = /\b[A-Z][\p{L}'’-]*(?: [A-Z][\p{L}'’-]*){0,3}/gu;

/**
 * Capitalised runs of words in a sentence that are not its first word: "Koh Kong", "Preah Vihear".
 * Months and days are dates, not names.
 */
export function namesIn(text: string): string[] {
  const out: string[] = [];
  for (const sentence of text.split(/[.!?;:()]\s+|\n/u)) {
    const first = /\p{L}/u.exec(sentence)?.index ?? 0;
    for (const m of sentence.matchAll(NAME_RUN)) {
      const parts = m[0].split(' ').filter((w) => monthOf(w) === undefined && !DAYS.has(w.toLowerCase()));
      if (parts.length === 0) continue;
      // A sentence's first word is capitalised whatever it is: a name only with another after it.
      if (m.index === first && parts.length === 1) continue;
      out.push(parts.join(' '));
    }
  }
  return out;
}

const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** The entity token a name stands for in this lexicon, if it names exactly one. */
export function entityOf(lexicon: Lexicon, name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const entities = lexTokens(lexicon, words(prepare(name))).filter((t) => lexicon.kinds.has(t));
  return entities.length >= 1 ? entities[0] : undefined;
}
