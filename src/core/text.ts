/** Text helpers shared by the checks, the matcher and the renderers. */
import { figureWords, localDigits } from './figure-words.js';
import type { Lang } from './i18n.js';

/** Folds runs of white space to one space and trims, so quotes survive re-wrapping. */
export function foldWhitespace(text: string): string {
  // Most texts have single spaces only: a test is cheaper than a rewrite.
  if (!/\s\s|[^\S ]|^ | $/u.test(text)) return text;
  return text.replace(/\s+/gu, ' ').trim();
}

/** Unicode-normalises quotes and dashes so a hand-typed quote matches the source's typography. */
export function foldTypography(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc]/gu, "'")
    .replace(/[\u201c\u201d]/gu, '"')
    .replace(/[\u2013\u2014]/gu, '-');
}

/** Formats 1700 as "1,700" and 23.166 as "23.17" (en-US, at most two decimals). */
export function formatNumber(value: number): string {
  // By hand rather than Intl.NumberFormat, which costs about a microsecond a call on the answer path.
  if (!Number.isFinite(value) || Math.abs(value) >= 1e15) return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const rounded = Math.round(value * 100) / 100;
  const [int = '0', frac] = Math.abs(rounded).toString().split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
  return `${rounded < 0 ? '-' : ''}${grouped}${frac === undefined ? '' : `.${frac}`}`;
}

const COENG = 0x17d2;
/** A combining mark: it belongs to the character before it, so a cut never lands just before one. */
const MARK = /\p{M}/u;
let graphemes: Intl.Segmenter | undefined;
const isMarkAt = (text: string, at: number): boolean => {
  const c = text.codePointAt(at);
  return c !== undefined && MARK.test(String.fromCodePoint(c));
};

/**
 * Cuts text to at most `max` UTF-16 units (the unit Discord and Slack count limits in), ending with
 * an ellipsis when cut. The cut falls on a grapheme boundary, so no emoji, ZWJ sequence or accented
 * letter is split. Khmer needs more than UAX #29: a subscript consonant after COENG (U+17D2) starts
 * a grapheme cluster of its own, yet "ក្" without its "ស" is a broken conjunct, so the cut never
 * lands right after a COENG, nor before a combining mark.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 1) return '';
  // One unit is kept for the ellipsis.
  const budget = max - 1;
  // ASCII up to and including the first unit left out: every position is a boundary (CR LF is
  // trimmed as white space), so no segmenter is needed on the common path.
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u007f]/u.test(text.slice(0, budget + 1))) return `${text.slice(0, budget).trimEnd()}…`;
  // A boundary depends on the code point after it: two units past the budget hold it whole, and
  // the rest of a long text is never segmented.
  const boundaries = new Set<number>([0]);
  for (const s of (graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(text.slice(0, budget + 2))) {
    if (s.index > budget) break;
    boundaries.add(s.index);
  }
  const ok = (end: number): boolean =>
    boundaries.has(end) && (end === 0 || text.charCodeAt(end - 1) !== COENG) && !isMarkAt(text, end);
  for (const b of [...boundaries].sort((x, y) => y - x)) {
    // White space before the ellipsis is dropped; what remains must still end on a whole cluster.
    const kept = text.slice(0, b).trimEnd();
    if (ok(kept.length)) return `${kept}…`;
  }
  return '…';
}

/** "2024-07-11" -> "11 July 2024"; in Khmer "១១ កក្កដា ២០២៤". */
export function formatDate(iso: string, lang: Lang = 'en'): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = figureWords[lang].months[(m ?? 1) - 1] ?? '';
  return localDigits(`${d} ${month} ${y}`, lang);
}

/** Damerau-Levenshtein distance (optimal string alignment), stopping early above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const cols = b.length + 1;
  // Three rolling rows in one reused buffer: no allocation per call on the answer path.
  if (scratch.length < cols * 3) scratch = new Int32Array(cols * 3 * 2);
  const d = scratch;
  let prev2 = 0;
  let prev = cols;
  let cur = cols * 2;
  for (let j = 0; j < cols; j++) d[prev + j] = j;
  for (let i = 1; i <= a.length; i++) {
    d[cur] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[prev + j]! + 1, d[cur + j - 1]! + 1, d[prev + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[prev2 + j - 2]! + 1);
      d[cur + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return d[prev + cols - 1]!;
}

let scratch = new Int32Array(64 * 3);

/**
 * The value of a number said in words, any language, its words read as values and scales: counts add
 * up, a hundred multiplies the count before it, and a larger scale closes a group ("one thousand
 * seven hundred" is 1 x 1000 + 7 x 100). A scale with no count before it counts one.
 */
export function numberFromWords(parts: Iterable<{ value: number; scale: boolean }>): number {
  let total = 0;
  let current = 0;
  for (const p of parts) {
    if (!p.scale) current += p.value;
    else if (p.value === 100) current = (current === 0 ? 1 : current) * 100;
    else {
      total += (current === 0 ? 1 : current) * p.value;
      current = 0;
    }
  }
  return total + current;
}
