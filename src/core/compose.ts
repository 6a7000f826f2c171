/** Builds reply items from facts and derivations: figures with qualifiers, conversions, citations. */
import { isDue, isoDay, type AgeOptions } from './age.js';
import { messagesFor } from './catalogue.js';
import { localDigits } from './figure-words.js';
import type { Lang } from './i18n.js';
import type { KnowledgeBase } from './knowledge.js';
import type { Citation, ReplyItem } from './reply.js';
import type { Derivation, Fact, Figure, Source } from './schema.js';
import { formatDate } from './text.js';
import {
  addBounded, areaIn, convertArea, divideBounded, figureLine, formatFigure, formatQuantity, isAreaUnit,
  type AreaUnit, type Bounded,
} from './units.js';

export function citationOf(source: Source, lang: Lang = 'en'): Citation {
  const c: Citation = {
    sourceId: source.id,
    publisher: source.publisher,
    headline: source.headline,
    date: formatDate(source.date, lang),
    url: source.url,
  };
  if (source.dateKnown === 'inferred') c.dateNote = messagesFor(lang).yearInferred;
  return c;
}

function scopeText(figure: Figure, lang: Lang, place: (name: string) => string = (n) => n): string {
  const s = figure.scope;
  const m = messagesFor(lang);
  const who = s.by !== undefined && s.by !== s.where ? (s.with?.length ? m.scopeWith(s.by, s.with.join(', ')) : s.by) : undefined;
  return [place(s.where), who, s.since === undefined ? undefined : m.scopeSince(localDigits(s.since, lang))].filter(Boolean).join(', ');
}

/** The quote, always in the source's own words; its citation's date in the reply's language. */
function quoteOf(kb: KnowledgeBase, fact: Fact, lang: Lang = 'en'): ReplyItem['quotes'][number] {
  const source = kb.sources.get(fact.source);
  if (source === undefined) throw new Error(`fact ${fact.id} names unknown source ${fact.source}`);
  return { factId: fact.id, quote: fact.quote, saidBy: fact.saidBy, checked: kb.quoteChecked.has(fact.id), citation: citationOf(source, lang) };
}

/** True when `age` is given and one of `facts` is due for review today. */
function anyDue(facts: readonly Fact[], age: AgeOptions | undefined): boolean {
  if (age === undefined) return false;
  const today = isoDay(age.now());
  return facts.some((f) => isDue(f, age.staleAfterMonths, today));
}

/**
 * A fact as a reply item; `unit` asks for the figure converted to another area unit. With `age`,
 * a figure due for review carries the note that it may be out of date.
 */
export function factItem(kb: KnowledgeBase, fact: Fact, unit?: AreaUnit, age?: AgeOptions, lang: Lang = 'en', place?: (name: string) => string): ReplyItem {
  // In another language, the fact's own wording there where a moderator gave it, else its English.
  const tr = lang === 'en' ? undefined : fact.translations?.[lang];
  const statement = tr?.statement ?? fact.statement;
  const item: ReplyItem = {
    id: fact.id,
    topic: tr?.topic ?? fact.topic,
    headline: statement,
    statement,
    quotes: [quoteOf(kb, fact, lang)],
  };
  const fig = fact.figure;
  if (fig !== undefined) {
    item.figure = formatFigure(fig, lang);
    item.headline = figureLine(fig, lang, tr?.label);
    item.asOf = formatDate(fig.asOf, lang);
    if (anyDue([fact], age)) item.ageNote = messagesFor(lang).mayBeOutOfDate;
    item.scope = scopeText(fig, lang, place);
    const conversion = unit === undefined ? undefined : convertArea(fig, unit, lang);
    if (conversion !== undefined) item.conversion = `${conversion.text} (${conversion.rule})`;
  }
  return item;
}

type Computed =
  | { ok: true; value: Bounded; unit: Figure['unit']; what?: string; currency?: string; asOf: string; facts: Fact[]; steps: string[] }
  | { ok: false; facts: Fact[]; steps: string[] };

function lookup(kb: KnowledgeBase, id: string): Fact | Derivation | undefined {
  return kb.facts.find((f) => f.id === id && f.retired !== true) ?? kb.derived.find((d) => d.id === id);
}

/** Works a derivation out, keeping qualifiers honest; `ok: false` when the result is not a figure. */
export function compute(kb: KnowledgeBase, d: Derivation, lang: Lang = 'en'): Computed {
  const parts: Array<Computed & { ok: true }> = [];
  const facts: Fact[] = [];
  const steps: string[] = [];
  for (const id of d.of) {
    const x = lookup(kb, id);
    if (x === undefined) return { ok: false, facts, steps };
    if ('operation' in x) {
      const sub = compute(kb, x, lang);
      facts.push(...sub.facts);
      if (!sub.ok) return { ok: false, facts, steps };
      parts.push(sub);
      steps.push(`${formatQuantity(sub.value.value, sub.unit, sub.value.qualifier, undefined, undefined, lang)} ${(lang === 'en' ? undefined : x.translations?.[lang]?.label) ?? x.label}`);
    } else {
      if (x.figure === undefined) return { ok: false, facts, steps };
      facts.push(x);
      const c: Computed & { ok: true } = { ok: true, value: x.figure, unit: x.figure.unit, asOf: x.figure.asOf, facts: [x], steps: [] };
      if (x.figure.what !== undefined) c.what = x.figure.what;
      parts.push(c);
      steps.push(figureLine(x.figure, lang, lang === 'en' ? undefined : x.translations?.[lang]?.label));
    }
  }
  const first = parts[0];
  if (first === undefined) return { ok: false, facts, steps };
  // Operands in other units are brought to the first one's unit before the arithmetic.
  const inUnit = parts.map((p): Bounded | undefined => {
    if (p.unit === first.unit) return p.value;
    if (!isAreaUnit(p.unit) || !isAreaUnit(first.unit)) return undefined;
    return { value: areaIn(p.value.value, p.unit, first.unit), qualifier: p.value.qualifier };
  });
  if (inUnit.some((v) => v === undefined)) return { ok: false, facts, steps };
  const values = inUnit as Bounded[];
  const result = d.operation === 'sum' ? addBounded(values) : divideBounded(values[0]!, values[1]!);
  if (result === undefined) return { ok: false, facts, steps };
  const asOf = parts.map((p) => p.asOf).sort()[0] ?? first.asOf;
  const out: Computed & { ok: true } = {
    ok: true,
    value: result,
    unit: d.operation === 'ratio' ? 'count' : first.unit,
    asOf,
    facts,
    steps,
  };
  // (A sum counts what its operands count only when they count the same: killed plus injured are not "killed".)
  if (first.what !== undefined && d.operation === 'sum' && parts.every((p) => p.what === first.what)) out.what = first.what;
  return out;
}

/** A derived figure as a reply item, or undefined when the derivation does not give a figure; it may be out of date when one of its facts is. */
export function derivedItem(kb: KnowledgeBase, d: Derivation, unit?: AreaUnit, age?: AgeOptions, lang: Lang = 'en'): ReplyItem | undefined {
  const c = compute(kb, d, lang);
  if (!c.ok) return undefined;
  const tr = lang === 'en' ? undefined : d.translations?.[lang];
  const figure = formatQuantity(c.value.value, c.unit, c.value.qualifier, c.what, undefined, lang);
  const op = d.operation === 'sum' ? ' + ' : ' ÷ ';
  const item: ReplyItem = {
    id: d.id,
    topic: tr?.topic ?? d.topic,
    figure,
    headline: `${figure} ${tr?.label ?? d.label}`,
    asOf: formatDate(c.asOf, lang),
    statement: messagesFor(lang).derivedStatement(`${c.steps.join(op)} = ${figure}`),
    derivation: `${c.steps.join(op)} = ${figure}`,
    quotes: c.facts.map((f) => quoteOf(kb, f, lang)),
  };
  if (anyDue(c.facts, age)) item.ageNote = messagesFor(lang).mayBeOutOfDate;
  if (unit !== undefined && isAreaUnit(c.unit)) {
    const conversion = convertArea({ value: c.value.value, unit: c.unit, qualifier: c.value.qualifier }, unit, lang);
    if (conversion !== undefined) item.conversion = `${conversion.text} (${conversion.rule})`;
  }
  return item;
}
