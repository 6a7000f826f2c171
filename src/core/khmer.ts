/**
 * Reading Khmer: language machinery only, no words of any domain.
 *
 * Khmer is written without spaces between words, and the same word reaches us encoded several ways:
 * with invisible zero-width characters between words, with Khmer digits (០-៩) or ASCII digits, and
 * with the marks of a syllable typed in an order that renders the same but that NFC does not fix
 * (Khmer marks have canonical combining class 0, except COENG and ATTHACAN). This module
 * - tells whether a text holds Khmer (`hasKhmer`),
 * - normalises what people really type (`normaliseKhmer`),
 * - splits Khmer runs into words with the ICU dictionary of `Intl.Segmenter('km')` (`segmentKhmer`),
 *   and checks that the running Node.js has that dictionary (`assertKhmerSegmenter`).
 *
 * Sources of the normalisation rules (each rule below names its own):
 * - [UTN61] Unicode Technical Note #61, "Khmer Encoding Structure" (M. Hosken, SIL/NPIC): the order
 *   of an orthographic syllable: base, ROBAT, COENG + subscript consonant(s), consonant shifter,
 *   dependent vowel(s) (pre, below, above, post), signs, then REAHMUK/YUUKALEAPINTU.
 *   https://unicode.org/notes/tn61/ ; https://www.idri.edu.kh/khmer-encoding-structure/
 * - [KHNORMAL] SIL's reference normaliser for that structure, khnormal:
 *   https://github.com/sillsdev/khmer-character-specification/blob/master/python/scripts/khnormal
 *   (the vowel sub-order, split vowels typed as two parts, COENG RO last, COENG DA read as COENG TA).
 * - [NAMESLIST] The Unicode code chart for Khmer (U+1780-U+17FF), NamesList annotations: U+17A3 and
 *   U+17A4 are deprecated for U+17A2 and U+17A2 U+17B6; U+17B4 and U+17B5 are discouraged and
 *   invisible. https://www.unicode.org/charts/PDF/U1780.pdf
 * - [REORDER] T. Jones, "Khmer Syllable Reordering for Search" (Wikimedia): for matching, invisible
 *   characters and repeated diacritics are dropped. https://github.com/Trey314159/KhmerSyllableReordering
 * - Shaping references read for the syllable model: HarfBuzz's Khmer shaper and
 *   https://github.com/n8willis/opentype-shaping-documents/blob/master/opentype-shaping-khmer.md
 */

import { editDistance, numberFromWords } from './text.js';

/** Khmer (U+1780-U+17FF) and Khmer Symbols (U+19E0-U+19FF). */
const KHMER = /[\u1780-\u17FF\u19E0-\u19FF]/u;

/** A word of Khmer letters only (U+1780-U+17FF), with nothing else in it. */
export function isKhmerWord(text: string): boolean {
  return /^[\u1780-\u17FF]+$/u.test(text);
}

/** True when the text holds any Khmer character. */
export function hasKhmer(text: string): boolean {
  return KHMER.test(text);
}

/** Zero-width space, non-joiner, joiner, word joiner and byte-order mark: invisible separators. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/gu;
const KHMER_DIGIT = /[\u17E0-\u17E9]/gu;

// Places of a mark within its syllable, after its base, in canonical order [UTN61].
const ROBAT = 1; // U+17CC
const SUBSCRIPT = 2; // U+17D2 and the consonant it makes subscript
const SHIFTER = 3; // U+17C9 MUUSIKATOAN, U+17CA TRIISAP
const VOWEL_PRE = 4; // U+17BE-U+17C5: vowels written (partly) before the base
const VOWEL_BELOW = 5; // U+17BB-U+17BD
const VOWEL_ABOVE = 6; // U+17B7-U+17BA
const VOWEL_POST = 7; // U+17B6
const SIGN = 8; // U+17C6, U+17CB, U+17CD-U+17D1, U+17D3, U+17DD
const FINAL_SIGN = 9; // U+17C7 REAHMUK, U+17C8 YUUKALEAPINTU
const NOT_A_MARK = -1;

/** A consonant or independent vowel that can carry a syllable (U+17A3/U+17A4 are rewritten first). */
const isBase = (c: number): boolean => (c >= 0x1780 && c <= 0x17a2) || (c >= 0x17a5 && c <= 0x17b3);

/** The place of a combining Khmer character in its syllable, or NOT_A_MARK. */
function placeOf(c: number): number {
  if (c === 0x17cc) return ROBAT;
  if (c === 0x17d2) return SUBSCRIPT;
  if (c === 0x17c9 || c === 0x17ca) return SHIFTER;
  if (c >= 0x17be && c <= 0x17c5) return VOWEL_PRE;
  if (c >= 0x17bb && c <= 0x17bd) return VOWEL_BELOW;
  if (c >= 0x17b7 && c <= 0x17ba) return VOWEL_ABOVE;
  if (c === 0x17b6) return VOWEL_POST;
  if (c === 0x17c7 || c === 0x17c8) return FINAL_SIGN;
  if (c === 0x17c6 || c === 0x17cb || (c >= 0x17cd && c <= 0x17d1) || c === 0x17d3 || c === 0x17dd) return SIGN;
  return NOT_A_MARK;
}

interface Unit {
  place: number;
  text: string;
}

/** One syllable's marks (after its base) in canonical order, with the folds made on sorted text. */
function orderMarks(units: Unit[]): string {
  // Array.prototype.sort is stable: marks of one place keep the order they were typed in.
  units.sort((a, b) => a.place - b.place);
  let s = '';
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    // A diacritic typed twice renders as one [REORDER]; a subscript is kept, it can legitimately repeat a letter.
    if (k > 0 && u.place !== SUBSCRIPT && u.text === units[k - 1]!.text) continue;
    s += u.text;
  }
  return s
    // COENG RO is written last of the subscripts [UTN61, KHNORMAL]: "ស្រ្ត" is "ស្ត្រ".
    .replace(/(\u17D2\u179A)(\u17D2[\u1780-\u17B3])/gu, '$2$1')
    // COENG DA and COENG TA look the same; the normalisers read both as COENG TA [KHNORMAL].
    .replace(/\u17D2\u178A/gu, '\u17D2\u178F')
    // Split vowels typed as their two visible parts [KHNORMAL]: E + II is OE, E + AA is OO,
    // also with a below vowel between the parts.
    .replace(/\u17C1([\u17BB-\u17BD]?)\u17B8/gu, '\u17BE$1')
    .replace(/\u17C1([\u17BB-\u17BD]?)\u17B6/gu, '\u17C4$1');
}

/** Puts the marks of every syllable in canonical order. */
function reorderSyllables(text: string): string {
  let out = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isBase(c)) {
      out += text[i]!;
      i++;
      continue;
    }
    out += text[i]!;
    i++;
    const units: Unit[] = [];
    while (i < n) {
      const place = placeOf(text.charCodeAt(i));
      if (place === NOT_A_MARK) break;
      // COENG and the consonant after it move together.
      const len = place === SUBSCRIPT && i + 1 < n && isBase(text.charCodeAt(i + 1)) ? 2 : 1;
      units.push({ place, text: text.slice(i, i + len) });
      i += len;
    }
    if (units.length > 0) out += orderMarks(units);
  }
  return out;
}

/**
 * Normalises Khmer as people type it: invisible separators removed, Khmer digits read as ASCII
 * digits ("១,៧០០" -> "1,700"), deprecated letters replaced, the marks of each syllable put in
 * canonical order and split vowels joined, then NFC. Idempotent; text without Khmer only loses
 * its invisible separators.
 */
export function normaliseKhmer(text: string): string {
  let t = text.replace(INVISIBLE, '');
  if (!hasKhmer(t)) return t.normalize('NFC');
  t = t
    .replace(KHMER_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0x17e0 + 0x30))
    // Deprecated independent vowels [NAMESLIST]: QAQ is QA, QAA is QA + AA.
    .replace(/\u17A3/gu, '\u17A2')
    .replace(/\u17A4/gu, '\u17A2\u17B6')
    // Inherent vowels AQ and AA: invisible, discouraged [NAMESLIST], dropped for matching [REORDER].
    .replace(/[\u17B4\u17B5]/gu, '');
  return reorderSyllables(t).normalize('NFC');
}

let segmenter: Intl.Segmenter | undefined;
const khmerSegmenter = (): Intl.Segmenter => (segmenter ??= new Intl.Segmenter('km', { granularity: 'word' }));

/** The words of a Khmer text, by ICU's Khmer dictionary: word-like segments only. */
export function segmentKhmer(text: string): string[] {
  const out: string[] = [];
  for (const s of khmerSegmenter().segment(text)) if (s.isWordLike === true) out.push(s.segment);
  return out;
}

/** "I" + "go": two everyday words that any Khmer dictionary splits. */
const PROBE = '\u1781\u17D2\u1789\u17BB\u17C6\u1791\u17C5';

/** Throws when this Node.js cannot split Khmer into words (it was built without full ICU data). */
export function assertKhmerSegmenter(): void {
  const supported = typeof Intl.Segmenter === 'function' && Intl.Segmenter.supportedLocalesOf(['km']).length > 0;
  if (!supported || segmentKhmer(PROBE).length < 2) {
    throw new Error('this Node.js lacks full ICU data for Khmer word segmentation; install a Node build with full-icu');
  }
}

/**
 * Khmer date and negation words, read as the English the question reader knows: the months,
 * "since", "as of", "in the year", "until", "not", "except". Longest first, so that "ចាប់តាំងពី" is
 * read before "តាំងពី". The month and year words themselves ("ខែ", "ឆ្នាំ") carry nothing once the
 * month or number follows.
 */
const ENGLISH_READINGS: ReadonlyArray<readonly [string, string]> = [
  // Negations, read as the English the question reader knows ("other than", "not"): the words
  // that rule something out. "មិន" alone is not one of them: it is part of "មិនទាន់" (not yet).
  ['ដោយមិនរាប់បញ្ចូល', 'not'], ['មិនរាប់បញ្ចូល', 'not'], ['ដោយមិនរាប់', 'not'], ['មិនរាប់', 'not'],
  ['មិនគិតបញ្ចូល', 'not'], ['មិនមែនជា', 'not'], ['មិនមែន', 'not'], ['ក្រៅពី', 'except'], ['លើកលែងតែ', 'except'], ['លើកលែង', 'except'],
  ['មករា', 'january'], ['កុម្ភៈ', 'february'], ['កុម្ភះ', 'february'], ['មីនា', 'march'], ['មេសា', 'april'],
  ['ឧសភា', 'may'], ['មិថុនា', 'june'], ['កក្កដា', 'july'], ['សីហា', 'august'], ['កញ្ញា', 'september'],
  ['តុលា', 'october'], ['វិច្ឆិកា', 'november'], ['ធ្នូ', 'december'],
  ['ចាប់តាំងពី', 'since'], ['តាំងពី', 'since'], ['ចាប់ពី', 'since'],
  ['គិតត្រឹម', 'as of'], ['នៅត្រឹម', 'as of'], ['ត្រឹម', 'as of'],
  // "រហូតមកដល់ពេលនេះ" (up to now): to date.
  ['រហូតមកដល់ពេលនេះ', 'to date'], ['រហូតមកដល់បច្ចុប្បន្ន', 'to date'], ['រហូតមកដល់', 'until'], ['រហូតដល់', 'until'], ['ក្នុងឆ្នាំ', 'in'], ['នៅឆ្នាំ', 'in'], ['កាលពីឆ្នាំ', 'in'], ['ក្នុង', 'in'],
  // "On its own": what one did without its partners.
  ['តែឯង', 'alone'], ['ម្នាក់ឯង', 'alone'],
  // "ពីរភាគបី" (two parts of three): a share said as a fraction, as the English "two thirds".
  ['មួយភាគបី', 'a third'], ['ពីរភាគបី', 'two thirds'], ['មួយភាគបួន', 'a quarter'], ['បីភាគបួន', 'three quarters'], ['មួយភាគប្រាំ', 'a fifth'], ['មួយភាគដប់', 'a tenth'],
  // "ផ្ទៃដីប្រទេស" (the country's land surface): the whole size of the country, as the English says it.
  ['ផ្ទៃដីប្រទេស', "country's land area"], ['ផ្ទៃដីសរុបរបស់ប្រទេស', "country's land area"], ['ផ្ទៃដីទាំងមូលរបស់ប្រទេស', "country's land area"],
  // "គ្រោង" (to plan): what is planned, as the English "plan" (not "គម្រោង", a project).
  ['គ្រោងនឹង', 'plan'],
  ['ឆ្នាំ', ''], ['ខែ', ''], ['ថ្ងៃទី', ''],
];
/** Khmer number words: digits, tens and multipliers [NAMESLIST has none; these are the common spellings]. */
const DIGIT_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['សូន្យ', 0], ['មួយ', 1], ['ពីរ', 2], ['បី', 3], ['បួន', 4], ['ប្រាំ', 5], ['ប្រាំមួយ', 6], ['ប្រាំពីរ', 7], ['ប្រាំបី', 8], ['ប្រាំបួន', 9],
];
const TENS_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['ដប់', 10], ['ម្ភៃ', 20], ['សាមសិប', 30], ['សែសិប', 40], ['ហាសិប', 50], ['ហុកសិប', 60], ['ចិតសិប', 70], ['ប៉ែតសិប', 80], ['កៅសិប', 90],
];
const MULTIPLIER_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['រយ', 100], ['ពាន់', 1000], ['ម៉ឺន', 10_000], ['សែន', 100_000], ['លាន', 1_000_000],
];
const NUMBER_WORD = new Map<string, { value: number; kind: 'digit' | 'tens' | 'multiplier' }>([
  ...DIGIT_WORDS.map(([w, value]) => [normaliseKhmer(w), { value, kind: 'digit' as const }] as const),
  ...TENS_WORDS.map(([w, value]) => [normaliseKhmer(w), { value, kind: 'tens' as const }] as const),
  ...MULTIPLIER_WORDS.map(([w, value]) => [normaliseKhmer(w), { value, kind: 'multiplier' as const }] as const),
]);
const NUMBER_RUN = new RegExp(`(?:(?:${[...NUMBER_WORD.keys()].sort((a, b) => b.length - a.length).join('|')})\\s*)+`, 'gu');
// (Up to three digits, never a year: "ឆ្នាំ២០២៣ រយៈពេល" is 2023 and a word that begins like "hundred";
// and the multiplier must end its word, not go on with a vowel sign.)
const DIGITS_SCALED = new RegExp(`(?<![\\d.])(\\d{1,3}(?:\\.\\d+)?)\\s*(${MULTIPLIER_WORDS.map(([w]) => normaliseKhmer(w)).join('|')})(?![\\u17B6-\\u17D3])`, 'gu');
const NUMBER_PART = new RegExp([...NUMBER_WORD.keys()].sort((a, b) => b.length - a.length).join('|'), 'gu');

/**
 * Numbers written in Khmer words as digits: "មួយពាន់ប្រាំពីររយ" -> " 1700 ", "បីពាន់" -> " 3000 ".
 * Only a run with a ten or a multiplier is a number: "មួយ" alone is also "a", and part of "ជាមួយ" (with);
 * and only one that starts with a count.
 */
function readKhmerNumbers(text: string): string {
  // "ប៉ុន្មានលានគ្រាប់" (how many millions of pieces): the scale asked in says nothing of what is counted.
  text = text.replace(/(ប៉ុន្មាន)\s*(?:រយ|ពាន់|ម៉ឺន|សែន|លាន)(?=\s*[\u1780-\u17FF])/gu, '$1');
  // "៦ពាន់" (6 thousand), "1.5លាន": digits before a multiplier word.
  const scaled = /\d/u.test(text) ? text.replace(DIGITS_SCALED, (_m, n: string, w: string) => ` ${Math.round(Number(n) * NUMBER_WORD.get(w)!.value)} `) : text;
  return scaled.replace(NUMBER_RUN, (run) => {
    const parts = (run.match(NUMBER_PART) ?? []).map((w) => NUMBER_WORD.get(w)!);
    // A number starts with a count ("មួយរយ"): a multiplier alone is part of another word ("ភាគរយ", percent).
    if (parts[0]?.kind === 'multiplier' || !parts.some((p) => p.kind !== 'digit')) return run;
    return ` ${numberFromWords(parts.map((p) => ({ value: p.value, scale: p.kind === 'multiplier' })))} `;
  });
}

/** The months of a Buddhist Era year that fall in the later of its two Common Era years. */
const LATE_MONTHS = new Set(['ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ']);
const READING_PATTERN = new RegExp(
  [...ENGLISH_READINGS].sort((a, b) => b[0].length - a[0].length).map(([k]) => k).join('|'),
  'gu',
);
const READING_OF = new Map(ENGLISH_READINGS);

/**
 * Khmer grammar around a question word: "មាន N ប៉ុន្មាន" (there are how many N) and "V បាន ប៉ុន្មាន N"
 * (did V how many N) put what is counted next to it; "តើ" opens a question.
 */
export const KHMER_PARTICLES = { thereAre: 'មាន', did: 'បាន', question: 'តើ', will: 'នឹង' } as const;

/**
 * Khmer dates and negations as the English reader reads them: "តាំងពីឆ្នាំ 1992" -> " since  1992",
 * "ខែកក្កដា 2024" -> " july 2024", "ក្រៅពី" -> " except ". Run on normalised text (digits already
 * ASCII), before it is split into words.
 */
export function readKhmerAsEnglish(text: string): string {
  return readKhmerNumbers(text)
    // "ប៉ុន្មានឆ្នាំទៀត" (how many more years), "រយៈពេលប៉ុន្មានខែ": a duration, which no count answers,
    // as the English "how many years"; not "ឆ្នាំប៉ុន្មាន" (which year).
    // (Only with "more" after it or a word of duration before it: "ដីនៅសល់ប៉ុន្មាន ខែធ្នូ ២០២៣" is how much
    // in December 2023.)
    .replace(/(?:(?:រយៈពេល|រយៈ|ចំណាយពេល|ត្រូវការពេល|អស់ពេល)\s*ប៉ុន្មាន\s*(?:ឆ្នាំ|ខែ|សប្តាហ៍|សប្ដាហ៍|ថ្ងៃ|ទសវត្សរ៍)(?!\s*(?:ទី|\d))|ប៉ុន្មាន\s*(?:ឆ្នាំ|ខែ|សប្តាហ៍|សប្ដាហ៍|ថ្ងៃ|ទសវត្សរ៍)\s*(?:ទៅ\s*)?ទៀត)/gu, ' howlong ')
    // "ពីឆ្នាំ៩២មក": from that year to now, since it.
    .replace(/(?:ចាប់តាំងពី|ចាប់ពី|តាំងពី|ពី)\s*(ឆ្នាំ\s*\d{2,4})\s*មក/gu, ' since $1 ')
    // "ក្នុងអាណត្តិមុន ... ប៉ុន្មាន" (how much in the previous mandate): a period no figure names, as the
    // English "during the previous mandate", in a question of how much (not with "in the year" named).
    .replace(/អាណត្តិ(?:មុន|កន្លងទៅ)/gu, (m, at: number, all: string) => (all.includes('ប៉ុន្មាន') && !/ក្នុងឆ្នាំ\s*(?:19|20)\d\d/u.test(all) ? ' periodrelative ' : m))
    // "ពីឆ្នាំ 1992 ដល់ខែកក្កដា 2024": from a year to a date, a span.
    .replace(/(?:ចាប់តាំងពី|តាំងពី|ចាប់ពី|ពី)\s*(?:ឆ្នាំ\s*)?((?:19|20)\d\d)\s*(?:ដល់|ទៅ)(?=\s*(?:ខែ|ឆ្នាំ)?\s*(?:[\p{L}\p{M}]+\s*)?(?:19|20)\d\d)/gu, ' from $1 to ')
    // "តាំងពី 1992", "ពី 1992?": from a year, with no year it runs to, is since it.
    .replace(/(?:ចាប់តាំងពី|តាំងពី|ចាប់ពី|ពី)\s*(?:ឆ្នាំ\s*)?((?:19|20)\d\d)(?!\d|\s*(?:ដល់|ទៅ|-|–|មក))/gu, ' since $1 ')
    // A Buddhist Era year (the calendar of official Cambodian documents) begins at Visak Bochea, in
    // April or May: it is 544 years ahead for most of its length, 543 in a month before May ("ព.ស." is "BE").
    .replace(/(?:(មករា|កុម្ភៈ|កុម្ភះ|មីនា|មេសា|ឧសភា|មិថុនា|កក្កដា|សីហា|កញ្ញា|តុលា|វិច្ឆិកា|ធ្នូ)\s*)?(?:ឆ្នាំ\s*(?:ព\s*\.?\s*ស\s*\.?\s*)?|ព\s*\.?\s*ស\s*\.?\s*|ពុទ្ធសករាជ\s*)(2[45]\d\d)(?!\d)/gu,
      (_m, month: string | undefined, y: string) => `${month ?? ''} ${Number(y) - (month !== undefined && !LATE_MONTHS.has(month) ? 543 : 544)} `)
    // "ឆ្នាំ23", "ឆ្នាំ92": a year written with two digits.
    .replace(/ឆ្នាំ\s*(\d\d)(?![\d,.])/gu, (_m, y: string) => ` ${Number(y) >= 50 ? '19' : '20'}${y} `)
    // "ឆ្នាំក្រោយ" (next year), "ឆ្នាំមុន" (last year), "ខែនេះ" (this month): a period relative to today, as
    // the English "next year", "last year" (not "៣ឆ្នាំមុន" or "ពីរឆ្នាំមុន", years ago, nor "ឆ្នាំមុនៗ", earlier
    // years; "ទៅ" alone is "to", as in "ពីឆ្នាំទៅឆ្នាំ", year to year).
    // ("ពីរឆ្នាំមុន", two years ago, is as the English "two years ago".)
    .replace(/(?:[\d\u17E0-\u17E9]+|មួយ|ពីរ|បី|បួន|ប្រាំ|ដប់|ច្រើន)\s*(ឆ្នាំ|ខែ)\s*មុន(?![\u17B6-\u17D3\u17C6ៗ])/gu, (_m, unit: string) => ` some ${unit === 'ខែ' ? 'months' : 'years'} ago `)
    .replace(/(?<!(?:[\d\u17E0-\u17E9]|មួយ|ពីរ|បី|បួន|ប្រាំ|ដប់|ច្រើន|ប៉ុន្មាន|ខ្លះ)\s*)(ឆ្នាំ|ខែ)\s*(ក្រោយ|បន្ទាប់|កន្លងទៅ|មុន|នេះ)(?![\u17B6-\u17D3\u17C6ៗ])/gu,
      (_m, unit: string, which: string) => ` ${which === 'ក្រោយ' || which === 'បន្ទាប់' ? 'next' : which === 'នេះ' ? 'this' : 'last'} ${unit === 'ខែ' ? 'month' : 'year'} `)
    // "ប៉ុន្មានជាមីន" (how much of it is mines): one kind's part, as "how much of it is" says it (not
    // "ប៉ុន្មានជាង", how much more than).
    .replace(/ប៉ុន្មានជា(?!ង)/gu, ' how much of it is ')
    // "មិនគិត" (not counting), but not "មិនគិតថា" (I don't think that); "គ្រោង" (to plan), but not "គ្រោងការណ៍" (a plan).
    .replace(/មិនគិត(?!ថា|បញ្ចូល)/gu, ' not ')
    .replace(/គ្រោង(?!ការណ៍|នឹង)/gu, ' plan ')
    .replace(READING_PATTERN, (w) => ` ${READING_OF.get(w) ?? ''} `);
}

/** COENG and the consonant it makes subscript count as one letter when typos are measured. */
const SUBSCRIPT_PAIR = /\u17D2([\u1780-\u17A2])/gu;
const SUBSCRIPT_BASE = 0xe000;
const encodeSubscripts = (w: string): string => w.replace(SUBSCRIPT_PAIR, (_m, c: string) => String.fromCharCode(SUBSCRIPT_BASE + c.charCodeAt(0) - 0x1780));
const decodeSubscripts = (w: string): string => w.replace(/[\uE000-\uE022]/gu, (c) => `\u17D2${String.fromCharCode(c.charCodeAt(0) - SUBSCRIPT_BASE + 0x1780)}`);

/** The syllables of a Khmer run: each starts at a letter that can carry one and is not a subscript. */
function syllables(run: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (out.length === 0 || (isBase(c) && run.charCodeAt(i - 1) !== 0x17d2)) out.push(run[i]!);
    else out[out.length - 1] += run[i]!;
  }
  return out;
}

/** What a Khmer speller needs: the nearest known word to a typed one (see spelling.ts). */
export interface NearestWord {
  correct(word: string): string;
  has(word: string): boolean;
}

/** The longest stretch of syllables tried as one mistyped word. */
const MAX_SYLLABLES = 6;

/**
 * Corrects mistyped Khmer words against known ones ("ប៉ុន្នាន" for "ប៉ុន្មាន", "មនុស" for "មនុស្ស").
 * A typo breaks the dictionary's segmentation into pieces it does not know, so only runs of unknown
 * pieces are read again, syllable by syllable, longest stretch first. The speller sees a subscript
 * consonant as one letter: leaving one out, or typing another, is one edit.
 * @param known which segments are read as words of the fact base's vocabulary (a word, or part of a
 *   phrase, as typed); a short word alone may be a piece of a typo, and is read again with its neighbours.
 */
export function correctKhmer(text: string, speller: NearestWord, known: (segments: readonly string[]) => Array<'word' | 'short' | undefined>): string {
  return text.replace(/[\u1780-\u17FF]+/gu, (run) => {
    const segments = segmentKhmer(run);
    const read = known(segments);
    if (read.every((r) => r === 'word')) return run;
    let out = '';
    let stretch = '';
    /** The words of the stretch that are surely words, in characters: no correction ends inside one. */
    let whole: Array<[number, number]> = [];
    const flush = () => {
      if (stretch === '') return;
      const units = syllables(stretch);
      const at: number[] = [0];
      for (const u of units) at.push(at.at(-1)! + u.length);
      for (let i = 0; i < units.length;) {
        // Of the stretches that start here, the one nearest a known word, and of those the longest.
        let best: { n: number; word: string; distance: number } | undefined;
        for (let n = 1; n <= Math.min(MAX_SYLLABLES, units.length - i); n++) {
          const typed = encodeSubscripts(units.slice(i, i + n).join(''));
          if (typed.length < 4) continue;
          // (A correction does not end inside a word spelled right: "ពី|ការងារ" is not "ពិការ|ងារ".)
          const end = at[i + n]!;
          if (whole.some(([from, to]) => from < end && end < to)) continue;
          // A word spelled right is kept as it is, and no shorter stretch inside it is corrected into it.
          if (speller.has(typed)) {
            if (best === undefined || best.distance > 0 || n > best.n) best = { n, word: typed, distance: 0 };
            continue;
          }
          const near = speller.correct(typed);
          // A short word is never what a longer typo meant ("នឹងប" is not "នឹង"); and one edit at most:
          // two turn one place into another ("កំពង់សោម" is not "កំពង់ចាម").
          if (near === typed || near.length < 4 || editDistance(typed, near, 1) > 1) continue;
          if (best === undefined || (best.distance === 1 && n > best.n)) best = { n, word: near, distance: 1 };
        }
        if (best === undefined) out += units[i++];
        else {
          out += decodeSubscripts(best.word);
          i += best.n;
        }
      }
      stretch = '';
    };
    // Every segment is kept as typed unless it is part of a stretch with an unknown one. A typo
    // leaves short pieces the dictionary may know ("ប៉ុ", "ន"): those join the stretch around them.
    const pieces: Array<{ text: string; known: boolean; short: boolean }> = [];
    let rest = run;
    segments.forEach((s, k) => {
      const at = rest.indexOf(s);
      if (at > 0) pieces.push({ text: rest.slice(0, at), known: false, short: true });
      rest = rest.slice(Math.max(at, 0) + s.length);
      pieces.push({ text: s, known: read[k] !== undefined, short: read[k] === 'short' });
    });
    if (rest !== '') pieces.push({ text: rest, known: false, short: true });
    for (let i = 0; i < pieces.length;) {
      let j = i;
      while (j < pieces.length && (!pieces[j]!.known || pieces[j]!.short)) j++;
      const group = pieces.slice(i, j);
      if (group.some((p) => !p.known)) {
        stretch = group.map((p) => p.text).join('');
        whole = [];
        let from = 0;
        for (const p of group) {
          // (A word the speller knows, or one of three syllables or more the dictionary found whole.)
          if (p.text.length >= 4 && (speller.has(encodeSubscripts(p.text)) || syllables(p.text).length >= 3)) whole.push([from, from + p.text.length]);
          from += p.text.length;
        }
        flush();
      }
      else out += group.map((p) => p.text).join('');
      if (j < pieces.length) out += pieces[j]!.text;
      i = j + 1;
    }
    return out;
  });
}

/** Known Khmer words as the Khmer speller stores them (a subscript consonant as one letter). */
export function khmerSpellerWords(known: Iterable<string>): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  for (const w of known) if (isKhmerWord(w)) out.push([encodeSubscripts(w), 1]);
  return out;
}

/**
 * Marks the words a vocabulary knows inside Khmer runs, longest first, with spaces around them, so
 * that the dictionary splits the rest of a run the way it split those words alone ("ជាគោលដៅសំខាន់",
 * which the dictionary cuts "ជាគោល|ដៅ", holds the known "គោលដៅ"). A word is marked only from the start
 * of a syllable to the end of one.
 * @param known Khmer words and phrases (written without spaces), of four letters or more.
 */
export function markKnownKhmer(text: string, known: ReadonlySet<string>, longest: number): string {
  return text.replace(/[\u1780-\u17FF]+/gu, (run) => {
    const starts = syllableStarts(run);
    // The dictionary's own cuts: a known word inside one of its words ("នាយក" in "លោកនាយក") is left in it.
    const cuts = new Set<number>([0, run.length]);
    let at = 0;
    for (const s of khmerSegmenter().segment(run)) {
      at = s.index + s.segment.length;
      cuts.add(s.index);
      cuts.add(at);
    }
    const crossesOrFits = (i: number, n: number): boolean => {
      for (let k = i + 1; k < i + n; k++) if (cuts.has(k)) return true;
      return cuts.has(i) && cuts.has(i + n);
    };
    let out = '';
    let plain = 0;
    for (let i = 0; i < run.length;) {
      let found = 0;
      if (starts.has(i)) {
        for (let n = Math.min(longest, run.length - i); n >= 4; n--) {
          if ((i + n === run.length || starts.has(i + n)) && known.has(run.slice(i, i + n)) && crossesOrFits(i, n)) {
            found = n;
            break;
          }
        }
      }
      if (found === 0) {
        i++;
        continue;
      }
      out += `${run.slice(plain, i)} ${run.slice(i, i + found)} `;
      i += found;
      plain = i;
    }
    return out + run.slice(plain);
  });
}

/** A Khmer word cut in two at each syllable boundary inside it ("ឱ្យធ្វើ" -> "ឱ្យ" + "ធ្វើ"). */
export function khmerHalves(word: string): Array<[string, string]> {
  return [...syllableStarts(word)].filter((i) => i > 0).map((i) => [word.slice(0, i), word.slice(i)]);
}

/** Where the syllables of a Khmer run start. */
function syllableStarts(run: string): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < run.length; i++) if (isBase(run.charCodeAt(i)) && (i === 0 || run.charCodeAt(i - 1) !== 0x17d2)) out.add(i);
  return out;
}
