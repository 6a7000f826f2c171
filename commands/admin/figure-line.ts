/**
 * The figure field of the fact form, one line:
 *   quantity | what it is | as-of date | place [| by ORG | by none] [| with A, B] [| of KIND]
 *     [| since YEAR] [| from YYYY-MM-DD] [| stock | cumulative | flow | target] [| measure KEY]
 * figureText writes every field of a figure, so a form opened on a fact and saved unchanged
 * gives back the same figure. Lines written before the period part existed are read as they were:
 * the period and the start year guessed from the label, the place "Cambodia" when left empty.
 */
import { Figure, type Qualifier } from '../../src/core/schema.js';

export const FIGURE_HINT = 'more than 1,700 km2 | still to clear | 2024-07-11 | Cambodia | stock';
const EXTRA_PARTS = 'by <organisation> (or "by none"), with <partners>, of <kind>, since <year>, from <YYYY-MM-DD>, stock / cumulative / flow / target, measure <key>';
const FIGURE_PARTS = `quantity | what it is | as-of date | place, then any of: ${EXTRA_PARTS}`;

const QUALIFIER_WORDS: ReadonlyArray<readonly [RegExp, Qualifier]> = [
  [/^(?:more than|over|above)\s+/iu, 'more-than'],
  [/^(?:at least|no fewer than|no less than)\s+/iu, 'at-least'],
  [/^(?:about|around|approximately|approx\.?|roughly|nearly|some|~)\s*/iu, 'about'],
  [/^(?:up to|at most|no more than|under)\s+/iu, 'up-to'],
  [/^exactly\s+/iu, 'exactly'],
];

const QUALIFIER_TEXT: Readonly<Record<Qualifier, string>> = {
  'more-than': 'more than ', 'at-least': 'at least ', about: 'about ', 'up-to': 'up to ', exactly: 'exactly ', stated: '',
};

const PERIODS: ReadonlyMap<string, Figure['period']> = new Map([['stock', 'stock'], ['cumulative', 'cumulative'], ['flow', 'flow'], ['target', 'target']]);
const KEYWORDS = /^(by|with|of|since|from|measure)(?:\s+(.+))?$/iu;
const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));
const AREA_UNITS: ReadonlyArray<readonly [RegExp, 'km2' | 'ha' | 'm2']> = [
  [/^(?:km2|km²|sq\.? ?km|square kilomet(?:re|er)s?)$/iu, 'km2'],
  [/^(?:ha|hectares?)$/iu, 'ha'],
  [/^(?:m2|m²|sq\.? ?m|square met(?:re|er)s?)$/iu, 'm2'],
];
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** A calendar date written YYYY-MM-DD that exists (not 2024-02-30). */
export function isRealDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/**
 * A number written in full, every digit kept (formatNumber rounds to two decimals, which would
 * change a figure saved unchanged), with thousands grouped when `group`.
 */
export function exactNumber(value: number, group = true): string {
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/u.exec(String(value));
  if (m === null) return String(value);
  let digits = `${m[1]!}${m[2] ?? ''}`;
  let point = m[1]!.length + Number(m[3] ?? 0);
  if (point <= 0) {
    digits = `${'0'.repeat(1 - point)}${digits}`;
    point = 1;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/u, '');
  const fraction = digits.slice(point).replace(/0+$/u, '');
  const grouped = group ? whole.replace(/\B(?=(\d{3})+(?!\d))/gu, ',') : whole;
  return fraction === '' ? grouped : `${grouped}.${fraction}`;
}

type Quantity = Pick<Figure, 'value' | 'unit' | 'qualifier' | 'what' | 'currency'>;

function parseQuantity(text: string): Result<Quantity> {
  let rest = text;
  let qualifier: Qualifier = 'stated';
  for (const [re, q] of QUALIFIER_WORDS) {
    if (re.test(rest)) {
      qualifier = q;
      rest = rest.replace(re, '');
      break;
    }
  }
  const year = /^year\s+(\d+)$/iu.exec(rest);
  if (year !== null) return { ok: true, value: { value: Number(year[1]), unit: 'year', qualifier } };
  const m = /^(\d[\d,]*(?:\.\d+)?)\s*(.*)$/u.exec(rest);
  if (m === null) return { ok: false, error: `"${text}" does not start with a number, e.g. "more than 1,700 km2".` };
  const value = Number(m[1]!.replace(/,/gu, ''));
  if (!Number.isFinite(value)) return { ok: false, error: `${m[1]!} is not a number I can use.` };
  const unitText = m[2]!.trim();
  const area = AREA_UNITS.find(([re]) => re.test(unitText));
  if (area !== undefined) return { ok: true, value: { value, unit: area[1], qualifier } };
  if (/^(?:%|percent|per cent)$/iu.test(unitText)) return { ok: true, value: { value, unit: 'percent', qualifier } };
  if (CURRENCIES.has(unitText)) return { ok: true, value: { value, unit: 'money', currency: unitText, qualifier } };
  if (unitText === '') return { ok: false, error: 'Give a unit after the number: km2, ha, m2, %, a currency (USD), or what is counted (e.g. "anti-personnel mines"); a year is written "year 2025".' };
  return { ok: true, value: { value, unit: 'count', what: unitText, qualifier } };
}

function quantityText(f: Quantity): string {
  const q = QUALIFIER_TEXT[f.qualifier];
  if (f.unit === 'year') return `${q}year ${exactNumber(f.value, false)}`;
  if (f.unit === 'percent') return `${q}${exactNumber(f.value)}%`;
  if (f.unit === 'money') return `${q}${exactNumber(f.value)} ${f.currency ?? ''}`;
  if (f.unit === 'count') return `${q}${exactNumber(f.value)} ${f.what ?? ''}`;
  return `${q}${exactNumber(f.value)} ${f.unit}`;
}

interface Extras {
  by?: string | null;
  with?: string[];
  of?: string;
  since?: string;
  from?: string;
  period?: Figure['period'];
  measure?: string;
}

/** The parts after the place, each named by its first word; a bare fifth part is `by` (older lines). */
function parseExtras(parts: readonly string[]): Result<Extras> {
  const extras: Extras = {};
  const seen = new Set<string>();
  for (const [i, p] of parts.entries()) {
    const period = PERIODS.get(p.toLowerCase());
    const [, keyword = '', named] = KEYWORDS.exec(p) ?? [];
    const key = period !== undefined ? 'period' : keyword !== '' ? keyword.toLowerCase() : i === 0 ? 'by' : '';
    if (key === '') return { ok: false, error: `"${p}" is not a part I know. After the place, write any of: ${EXTRA_PARTS}.` };
    if (keyword !== '' && named === undefined) return { ok: false, error: `"${p}" needs a value after it.` };
    if (seen.has(key)) return { ok: false, error: `"${key}" is given twice.` };
    seen.add(key);
    const value = (named ?? p).trim();
    if (period !== undefined) extras.period = period;
    else if (key === 'by') extras.by = value.toLowerCase() === 'none' ? null : value;
    else if (key === 'with') extras.with = value.split(',').map((w) => w.trim()).filter((w) => w !== '');
    else if (key === 'of') extras.of = value;
    else if (key === 'since') {
      if (!/^\d{4}$/u.test(value)) return { ok: false, error: `"since ${value}": since takes a year, e.g. "since 1992".` };
      extras.since = value;
    } else if (key === 'from') {
      if (!isRealDate(value)) return { ok: false, error: `"from ${value}": from takes a date written YYYY-MM-DD.` };
      extras.from = value;
    } else {
      if (!SLUG.test(value)) return { ok: false, error: `"measure ${value}": a measure is a key in lower-case words joined by "-", e.g. "area-remaining".` };
      extras.measure = value;
    }
  }
  return { ok: true, value: extras };
}

/** A figure line -> a figure; an empty line is a statement without one. */
export function parseFigure(text: string): { ok: true; figure: Figure | undefined } | { ok: false; error: string } {
  const t = text.trim();
  if (t === '') return { ok: true, figure: undefined };
  const parts = t.split('|').map((p) => p.trim());
  if (parts.length < 3) return { ok: false, error: `Write it as: ${FIGURE_PARTS}; e.g. ${FIGURE_HINT}.` };
  const quantity = parseQuantity(parts[0] ?? '');
  if (!quantity.ok) return quantity;
  const label = parts[1] ?? '';
  if (label === '') return { ok: false, error: 'Say what the figure is after the first "|", e.g. "still to clear".' };
  const asOf = parts[2] ?? '';
  if (!isRealDate(asOf)) return { ok: false, error: `"${asOf}" is not a date written YYYY-MM-DD.` };
  const extras = parseExtras(parts.slice(4));
  if (!extras.ok) return extras;
  const e = extras.value;
  // A line without a period part predates it: what it left out is guessed as it always was.
  const older = e.period === undefined;
  const where = parts[3] || (older ? 'Cambodia' : '');
  if (where === '') return { ok: false, error: 'Name the place after the date, e.g. "Cambodia".' };
  const period = e.period ?? (/\b(?:still|remain\w*|left|to clear|outstanding)\b/iu.test(label) ? 'stock' : 'cumulative');
  const since = e.since ?? (older ? /\bsince (\d{4})\b/iu.exec(label)?.[1] : undefined);
  const by = e.by === undefined ? where : e.by ?? undefined;
  if (period === 'flow' && e.from === undefined) return { ok: false, error: 'A flow counts what happened during a period: give its start as "| from YYYY-MM-DD".' };
  if (period === 'target' && quantity.value.unit !== 'year') return { ok: false, error: 'A target is a year: write the quantity as "year 2025".' };
  if (e.from !== undefined && e.from > asOf) return { ok: false, error: `The start (from ${e.from}) is after the as-of date (${asOf}).` };
  const { what, currency, ...amount } = quantity.value;
  const figure: Figure = {
    value: amount.value,
    unit: amount.unit,
    ...(what === undefined ? {} : { what }),
    ...(currency === undefined ? {} : { currency }),
    ...(e.measure === undefined ? {} : { measure: e.measure }),
    qualifier: amount.qualifier,
    label,
    asOf,
    period,
    ...(e.from === undefined ? {} : { from: e.from }),
    scope: {
      where,
      ...(since === undefined ? {} : { since }),
      ...(by === undefined ? {} : { by }),
      ...(e.with === undefined || e.with.length === 0 ? {} : { with: e.with }),
      ...(e.of === undefined ? {} : { of: e.of }),
    },
  };
  // The schema has the last word, so the form never hands the store a figure it would refuse.
  const checked = Figure.safeParse(figure);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { ok: false, error: `${issue?.path.join('.') ?? 'figure'}: ${(issue?.message ?? 'not valid').replace(/`/gu, '"')}` };
  }
  return { ok: true, figure };
}

/** A figure as the form's line, every field written out: parseFigure reads it back unchanged. */
export function figureText(f: Figure | undefined): string {
  if (f === undefined) return '';
  const s = f.scope;
  return [
    quantityText(f),
    f.label,
    f.asOf,
    s.where,
    ...(s.by === undefined ? ['by none'] : s.by === s.where ? [] : [`by ${s.by}`]),
    ...(s.with === undefined || s.with.length === 0 ? [] : [`with ${s.with.join(', ')}`]),
    ...(s.of === undefined ? [] : [`of ${s.of}`]),
    ...(s.since === undefined ? [] : [`since ${s.since}`]),
    ...(f.from === undefined ? [] : [`from ${f.from}`]),
    f.period,
    ...(f.measure === undefined ? [] : [`measure ${f.measure}`]),
  ].join(' | ');
}
