/** Units, qualifiers and the arithmetic that respects them. */
import { figureWords, localDigits } from './figure-words.js';
import type { Lang } from './i18n.js';
import type { Figure, Qualifier } from './schema.js';
import { formatNumber } from './text.js';

export type AreaUnit = 'km2' | 'ha' | 'acre' | 'm2' | 'sqmi';

/** Square metres in one of each unit (international acre and mile). */
const SQUARE_METRES: Readonly<Record<AreaUnit, number>> = {
  km2: 1_000_000,
  ha: 10_000,
  acre: 4_046.856_422_4,
  m2: 1,
  sqmi: 2_589_988.110_336,
};


export function isAreaUnit(unit: string): unit is AreaUnit {
  return unit in SQUARE_METRES;
}

/** "15 million", "1.5 million" for round large amounts; the number in full otherwise. */
function formatAmount(value: number, lang: Lang): string {
  if (value >= 1_000_000 && Number.isInteger(value / 100_000)) return `${formatNumber(value / 1_000_000)} ${figureWords[lang].million}`;
  return formatNumber(value);
}

/**
 * "more than 1,700 km²", "20,000 anti-personnel mines", "about 15 million USD", "64%", "2025".
 * The qualifier is never dropped.
 */
export function formatQuantity(value: number, unit: string, qualifier: Qualifier, what?: string, currency?: string, lang: Lang = 'en'): string {
  const words = figureWords[lang];
  const q = words.qualifier[qualifier];
  const n = (x: string) => localDigits(x, lang);
  if (isAreaUnit(unit)) return `${q}${n(formatNumber(value))} ${words.unit[unit]}`;
  if (unit === 'percent') return `${q}${n(formatNumber(value))}%`;
  if (unit === 'year') return `${q}${n(String(value))}`;
  if (unit === 'money') return `${q}${n(formatAmount(value, lang))}${currency === undefined ? '' : ` ${currency}`}`;
  const amount = `${q}${n(formatNumber(value))}`;
  // Another language's label names what is counted in its own words.
  return what === undefined || lang !== 'en' ? amount : `${amount} ${what}`;
}

export function formatFigure(figure: Pick<Figure, 'value' | 'unit' | 'qualifier' | 'what' | 'currency'>, lang: Lang = 'en'): string {
  return formatQuantity(figure.value, figure.unit, figure.qualifier, figure.what, figure.currency, lang);
}

/** Words of a counted thing's name that say how it is counted, not what. */
const WHAT_FILLER = new Set(['and', 'or', 'of', 'the', 'a', 'item', 'items', 'piece', 'pieces', 'unit', 'units']);

/** A figure and its label, as a headline: "32,171 cluster bombs destroyed by MAG", not "cluster bombs cluster bombs". */
export function figureLine(figure: Pick<Figure, 'value' | 'unit' | 'qualifier' | 'what' | 'currency' | 'label'>, lang: Lang = 'en', label?: string): string {
  // Another language: the figure, then its label in that language (which names what is counted).
  if (lang !== 'en') return `${formatFigure(figure, lang)} ${label ?? figure.label}`;
  // The longest run of words that ends `what` and starts the label is said once ("people killed" + "killed by ...").
  const whatWords = (figure.what ?? '').trim().toLowerCase().split(/\s+/u).filter((w) => w !== '');
  const labelWords = figure.label.split(/\s+/u);
  let overlap = 0;
  for (let n = Math.min(whatWords.length, labelWords.length - 1); n > 0; n--) {
    if (whatWords.slice(-n).every((w, i) => w === labelWords[i]!.toLowerCase())) {
      overlap = n;
      break;
    }
  }
  const lower = labelWords.map((w) => w.toLowerCase());
  // ("1 district of Koh Kong declared mine-free", "3 districts of ...": a label that opens with the
  // singular of what is counted says it, in the number the figure needs.)
  const singular = (w: string) => w.replace(/ies$/u, 'y').replace(/(?<!s)s$/u, '');
  if (overlap === 0 && figure.unit === 'count' && whatWords.length === 1 && labelWords.length > 1 && whatWords[0] !== lower[0] && singular(whatWords[0]!) === lower[0]) {
    return figure.value === 1 ? `${formatFigure({ ...figure, what: undefined })} ${figure.label}` : `${formatFigure(figure)} ${labelWords.slice(1).join(' ')}`;
  }
  // A label that names the thing counted within it ("mine and ERW casualties in 2023") says it there.
  const inside = overlap === 0 && figure.unit === 'count' && whatWords.length > 0 &&
    lower.some((_, i) => i > 0 && whatWords.every((w, j) => lower[i + j] === w));
  // ... and so does a label whose words already name every kind counted ("landmines and items of UXO" in
  // "landmines and UXO removed with Chinese help").
  const kinds = whatWords.filter((w) => !WHAT_FILLER.has(w));
  const named = overlap === 0 && figure.unit === 'count' && kinds.length > 1 && kinds.every((w) => lower.includes(w));
  if (inside || named) return `${formatFigure({ ...figure, what: undefined })} ${figure.label}`;
  return `${formatFigure(figure)} ${labelWords.slice(overlap).join(' ')}`;
}

/**
 * Rounds a converted value so the qualifier stays true: a lower bound is rounded down, an upper
 * bound up, to three significant figures; a point value to the nearest. Reports whether it rounded.
 */
function roundFor(value: number, qualifier: Qualifier): { value: number; rounded: boolean } {
  if (value === 0 || Number.isInteger(value) && Math.abs(value) < 1000) return { value, rounded: false };
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 2);
  const lower = qualifier === 'more-than' || qualifier === 'at-least';
  const upper = qualifier === 'up-to';
  const scaled = value / magnitude;
  const digits = (lower ? Math.floor(scaled) : upper ? Math.ceil(scaled) : Math.round(scaled));
  // Dividing by a power of ten, not multiplying by its inverse, keeps 23.2 from becoming 23.200000000000003.
  const r = magnitude < 1 ? digits / Math.round(1 / magnitude) : digits * magnitude;
  return { value: r, rounded: Math.abs(r - value) > 1e-9 * Math.abs(value) };
}

/** The exact value of an area in another unit. */
export function areaIn(value: number, from: AreaUnit, to: AreaUnit): number {
  return (value * SQUARE_METRES[from]) / SQUARE_METRES[to];
}

export interface Conversion {
  /** "more than 170,000 ha" */
  text: string;
  /** "1 km² = 100 ha" */
  rule: string;
}

/** Converts an area figure to another unit, keeping its qualifier; undefined when not an area. */
export function convertArea(figure: { value: number; unit: string; qualifier: Qualifier }, to: AreaUnit, lang: Lang = 'en'): Conversion | undefined {
  if (!isAreaUnit(figure.unit) || figure.unit === to) return undefined;
  const exact = areaIn(figure.value, figure.unit, to);
  const { value, rounded } = roundFor(exact, figure.qualifier);
  const sign = rounded && (figure.qualifier === 'stated' || figure.qualifier === 'exactly') ? '≈ ' : '';
  const qualifier = figure.qualifier === 'exactly' && rounded ? 'stated' : figure.qualifier;
  const perUnit = SQUARE_METRES[figure.unit] / SQUARE_METRES[to];
  const unitWord = figureWords[lang].unit;
  const rule = `${localDigits('1', lang)} ${unitWord[figure.unit]} = ${localDigits(formatNumber(Number(perUnit.toPrecision(6))), lang)} ${unitWord[to]}`;
  return { text: `${sign}${formatQuantity(value, to, qualifier, undefined, undefined, lang)}`, rule };
}

/** A value with its qualifier, for arithmetic. */
export interface Bounded {
  value: number;
  qualifier: Qualifier;
}

const LOWER: ReadonlySet<Qualifier> = new Set(['more-than', 'at-least']);
const POINT: ReadonlySet<Qualifier> = new Set(['exactly', 'stated']);

/**
 * The sum of qualified values, or undefined when the qualifiers do not combine into one:
 * lower bounds (and exact values) add to a lower bound, "more than" if any term is strict;
 * exact values add to an exact value; "about" and "up to" only with their own kind.
 */
export function addBounded(terms: readonly Bounded[]): Bounded | undefined {
  const value = terms.reduce((s, t) => s + t.value, 0);
  const qs = terms.map((t) => t.qualifier);
  if (qs.every((q) => POINT.has(q))) return { value, qualifier: qs.every((q) => q === 'exactly') ? 'exactly' : 'stated' };
  if (qs.every((q) => LOWER.has(q) || POINT.has(q))) {
    return { value, qualifier: qs.includes('more-than') ? 'more-than' : 'at-least' };
  }
  if (qs.every((q) => q === 'about' || POINT.has(q))) return { value, qualifier: 'about' };
  if (qs.every((q) => q === 'up-to' || POINT.has(q))) return { value, qualifier: 'up-to' };
  return undefined;
}

/**
 * The ratio of two qualified values, or undefined when it is not a figure: the ratio of two
 * bounds is unbounded in one direction or the other, so only exact values divide.
 */
export function divideBounded(a: Bounded, b: Bounded): Bounded | undefined {
  if (b.value === 0 || !POINT.has(a.qualifier) || !POINT.has(b.qualifier)) return undefined;
  return { value: a.value / b.value, qualifier: a.qualifier === 'exactly' && b.qualifier === 'exactly' ? 'exactly' : 'stated' };
}
