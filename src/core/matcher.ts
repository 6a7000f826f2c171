/**
 * Question matching. Each fact (and each derivation) becomes an entry with weighted tokens and the
 * facets its figure covers: the kind of quantity, what is counted, the place, organisations, kinds
 * of thing, speaker, period and dates, all read from the fact through the fact base's own lexicon.
 * A question is scored against entries through an inverted index, then the best entries are checked
 * against what the question pins down: an entry that does not cover the question's place, date,
 * kind of thing, measure or organisation never answers it, however well its words match.
 */
import { frameOf, type NamedDate, type QuantityKind, type QuestionFrame } from './analyze.js';
import { AREA_WORDS, CHAT_WORDS, COMMON_WORDS, FILLER, MARKERS, NAME_PREPOSITIONS, SHAPE_WORDS, STOPWORDS } from './english.js';
import type { KnowledgeBase } from './knowledge.js';
import type { Derivation, Fact } from './schema.js';
import { Speller } from './spelling.js';
import { buildLexicon, entityOf, lexTokens, prepare, words, type Lexicon } from './vocabulary.js';

export interface Entry {
  id: string;
  kind: 'fact' | 'derived';
  topic: string;
  hasFigure: boolean;
  quantity: QuantityKind | undefined;
  /** Tokens of what a count counts, with the kinds of thing it names and their broader kinds. */
  counts: ReadonlySet<string>;
  places: ReadonlySet<string>;
  /** Organisations whose work the figure counts (with the broader ones they belong to), and partners. */
  by: ReadonlySet<string>;
  partners: ReadonlySet<string>;
  /** Kinds of thing the figure is about, as the fact names them (not their broader kinds). */
  things: ReadonlySet<string>;
  /** Of those, the ones its scope or counted thing names: the figure is of that kind alone. */
  scopeThings: ReadonlySet<string>;
  people: ReadonlySet<string>;
  /** Every entity named anywhere in the fact, with broader ones: what a statement is about. */
  mentions: ReadonlySet<string>;
  /** The figure covers a whole place, not one organisation's work in it. */
  national: boolean;
  /** A sum derivation: answers "in total" questions. */
  sum: boolean;
  period: 'cumulative' | 'stock' | 'flow' | 'target' | undefined;
  asOf: string | undefined;
  from: string | undefined;
  sinceYear: number | undefined;
  targetYear: number | undefined;
  /** Facts of one measure and scope at other dates or from other sources share this key. */
  series: string | undefined;
  /** Tokens of the words that say what the figure measures (topic, label, phrasings, what). */
  measureTokens: ReadonlySet<string>;
  /** Of those, the ones of its topic, label, what and kind: the figure's own name for its measure. */
  coreTokens: ReadonlySet<string>;
  tokens: ReadonlySet<string>;
  /** Tokens of each phrasing (aliases and topic) and their idf sum, for closeness. */
  phrasings: Array<{ tokens: ReadonlySet<string>; weight: number }>;
}

const FIELD_WEIGHT = { alias: 1, topic: 1, label: 0.9, statement: 0.8, scope: 0.8, quote: 0.6, saidBy: 0.3 } as const;

interface Posting {
  entries: Int32Array;
  weights: Float32Array;
  /** For a token in a large share of a large fact base: its weight in every entry, by entry index. */
  dense?: Float32Array;
}

/** A token in at least this many entries, and an eighth of them, also gets a dense weight array. */
const DENSE_MIN_ENTRIES = 1000;

export interface MatchIndex {
  lexicon: Lexicon;
  entries: readonly Entry[];
  /** A phrasing's exact tokens -> the entries it was taught for. */
  exact: ReadonlyMap<string, readonly Entry[]>;
  postings: ReadonlyMap<string, Posting>;
  /** Scratch space for scoring, one slot per entry; reused by every question (single-threaded). */
  scores: Float64Array;
  touched: Int32Array;
  idf: (token: string) => number;
  speller: Speller;
  /** Tokens that say what some figure measures: a question using one asks about that measure. */
  measureWords: ReadonlySet<string>;
  /** Series key -> its entries, oldest first. */
  series: ReadonlyMap<string, readonly Entry[]>;
  /** Live figures by kind of quantity, for "no figure of that kind". */
  quantities: ReadonlySet<QuantityKind>;
}

const yearOf = (iso: string | undefined): number | undefined => (iso === undefined ? undefined : Number(iso.slice(0, 4)));

/** Tokens of a text through a lexicon. Memoised per lexicon: labels, names and phrasings repeat across facts. */
class Tokeniser {
  private readonly memo = new Map<string, string[]>();
  constructor(readonly lexicon: Lexicon) {}
  raw(text: string): string[] {
    return words(prepare(text));
  }
  tokens(text: string): string[] {
    let t = this.memo.get(text);
    if (t === undefined) {
      if (this.memo.size >= 200_000) this.memo.clear();
      t = lexTokens(this.lexicon, this.raw(text));
      this.memo.set(text, t);
    }
    return t;
  }
}

function withAncestors(lexicon: Lexicon, tokens: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    out.add(t);
    for (const a of lexicon.ancestors.get(t) ?? []) out.add(a);
  }
  return out;
}

function quantityOf(unit: string | undefined): QuantityKind | undefined {
  if (unit === undefined) return undefined;
  if (unit === 'km2' || unit === 'ha' || unit === 'm2') return 'area';
  return unit as QuantityKind;
}

function factFields(f: Fact): Array<[string, number]> {
  const fields: Array<[string, number]> = [
    [f.topic, FIELD_WEIGHT.topic],
    [f.statement, FIELD_WEIGHT.statement],
    [f.quote, FIELD_WEIGHT.quote],
    [f.saidBy, FIELD_WEIGHT.saidBy],
    ...f.aliases.map((a): [string, number] => [a, FIELD_WEIGHT.alias]),
  ];
  if (f.figure !== undefined) {
    const s = f.figure.scope;
    fields.push([f.figure.label, FIELD_WEIGHT.label]);
    fields.push([[f.figure.what, s.of, s.where, s.by, ...(s.with ?? []), s.since].filter(Boolean).join(' '), FIELD_WEIGHT.scope]);
  }
  return fields;
}

function phrasingsOf(tk: Tokeniser, texts: readonly string[]): Entry['phrasings'] {
  // Weights are filled in once the index knows every token's idf.
  return texts.map((t) => ({ tokens: new Set(tk.tokens(t).filter((x) => !MARKERS.has(x))), weight: 0 })).filter((p) => p.tokens.size > 0);
}

function seriesKey(f: Fact, tk: Tokeniser): string | undefined {
  const fig = f.figure;
  if (fig === undefined) return undefined;
  const s = fig.scope;
  const id = (name: string | undefined) => (name === undefined ? '' : entityOf(tk.lexicon, name) ?? name.toLowerCase());
  const measure = fig.measure ?? `${fig.unit}:${fig.what ?? ''}:${fig.period}:${tk.tokens(fig.label).join(' ')}`;
  return [measure, id(s.where), id(s.by), id(s.of), (s.with ?? []).map(id).sort().join('+'), fig.period === 'cumulative' ? s.since ?? '' : ''].join('|');
}

function factEntry(f: Fact, tk: Tokeniser, sourceDate: string | undefined): [Entry, Map<string, number>] {
  const lexicon = tk.lexicon;
  const weights = new Map<string, number>();
  for (const [text, w] of factFields(f)) {
    for (const t of tk.tokens(text)) if (!MARKERS.has(t)) weights.set(t, Math.max(weights.get(t) ?? 0, w));
  }
  const isEntity = (t: string) => lexicon.kinds.has(t);
  const mentions = withAncestors(lexicon, [...weights.keys()].filter(isEntity));
  for (const a of mentions) if (!weights.has(a)) weights.set(a, FIELD_WEIGHT.saidBy);
  const fig = f.figure;
  const entityTokens = (name: string | undefined) => (name === undefined ? [] : tk.tokens(name).filter(isEntity));
  const measureTexts = [f.topic, ...f.aliases, ...(fig === undefined ? [] : [fig.label, fig.what ?? '', fig.scope.of ?? ''])];
  const measureOnly = (t: string) => !MARKERS.has(t) && !isEntity(t) && !/^\d+$/u.test(t);
  const measureTokens = new Set(measureTexts.flatMap((t) => tk.tokens(t)).filter(measureOnly));
  const coreTokens = new Set([f.topic, ...(fig === undefined ? [] : [fig.label, fig.what ?? '', fig.scope.of ?? ''])].flatMap((t) => tk.tokens(t)).filter(measureOnly));
  const by = withAncestors(lexicon, entityTokens(fig?.scope.by));
  const places = new Set(fig === undefined ? [...mentions].filter((t) => lexicon.kinds.get(t) === 'place') : entityTokens(fig.scope.where));
  const scopeThings = new Set([...entityTokens(fig?.scope.of), ...entityTokens(fig?.what)].filter((t) => lexicon.kinds.get(t) === 'thing'));
  let thingNames = [...scopeThings];
  if (thingNames.length === 0) thingNames = [...tk.tokens(`${f.topic} ${fig?.label ?? ''} ${f.statement}`)].filter((t) => lexicon.kinds.get(t) === 'thing');
  const things = new Set(thingNames);
  const counts = new Set([...tk.tokens(fig?.what ?? ''), ...tk.tokens(fig?.label ?? ''), ...tk.tokens(f.topic), ...withAncestors(lexicon, things)]);
  const asOf = fig?.asOf ?? sourceDate;
  const entry: Entry = {
    id: f.id,
    kind: 'fact',
    topic: f.topic,
    hasFigure: fig !== undefined,
    quantity: quantityOf(fig?.unit),
    counts,
    places,
    by,
    partners: withAncestors(lexicon, (fig?.scope.with ?? []).flatMap(entityTokens)),
    things,
    scopeThings,
    people: new Set([...entityTokens(f.saidBy.split(',')[0])].filter((t) => lexicon.kinds.get(t) === 'person')),
    mentions,
    national: fig !== undefined && (fig.scope.by === undefined || [...by].some((t) => places.has(t))),
    sum: false,
    period: fig?.period,
    asOf,
    from: fig?.from,
    sinceYear: fig?.scope.since === undefined ? undefined : Number(fig.scope.since),
    targetYear: fig?.period === 'target' ? fig.value : undefined,
    series: seriesKey(f, tk),
    measureTokens,
    coreTokens,
    tokens: new Set(weights.keys()),
    phrasings: phrasingsOf(tk, [f.topic, ...f.aliases]),
  };
  return [entry, weights];
}

function derivedEntry(d: Derivation, tk: Tokeniser, operands: readonly Entry[], operandWeights: ReadonlyArray<ReadonlyMap<string, number>>): [Entry, Map<string, number>] {
  const weights = new Map<string, number>();
  for (const [text, w] of [[d.topic, FIELD_WEIGHT.topic], [d.label, FIELD_WEIGHT.label], ...d.aliases.map((a) => [a, FIELD_WEIGHT.alias])] as Array<[string, number]>) {
    for (const t of tk.tokens(text)) if (!MARKERS.has(t)) weights.set(t, Math.max(weights.get(t) ?? 0, w));
  }
  // A derived figure is about what its operands are about (a place, a surface), at lower weight.
  for (const [t, w] of operandWeights.flatMap((m) => [...m])) if (!weights.has(t)) weights.set(t, w * 0.5);
  const first = operands[0];
  const union = <T>(pick: (e: Entry) => ReadonlySet<T>) => new Set(operands.flatMap((e) => [...pick(e)]));
  const measureTokens = new Set([d.topic, d.label, ...d.aliases].flatMap((t) => tk.tokens(t)).filter((t) => !MARKERS.has(t) && !tk.lexicon.kinds.has(t)));
  const entry: Entry = {
    id: d.id,
    kind: 'derived',
    topic: d.topic,
    hasFigure: true,
    quantity: d.operation === 'ratio' ? 'percent' : first?.quantity,
    counts: union((e) => e.counts),
    places: union((e) => e.places),
    by: union((e) => e.by),
    partners: union((e) => e.partners),
    things: union((e) => e.things),
    scopeThings: new Set(),
    people: union((e) => e.people),
    mentions: union((e) => e.mentions),
    national: operands.every((e) => e.national),
    sum: d.operation === 'sum',
    period: 'stock',
    asOf: operands.map((e) => e.asOf ?? '').sort().at(-1),
    from: undefined,
    sinceYear: operands.find((e) => e.sinceYear !== undefined)?.sinceYear,
    targetYear: undefined,
    series: undefined,
    measureTokens: new Set([...measureTokens, ...union((e) => e.measureTokens)]),
    coreTokens: new Set([d.topic, d.label].flatMap((t) => tk.tokens(t)).filter((t) => !MARKERS.has(t) && !tk.lexicon.kinds.has(t))),
    tokens: new Set(weights.keys()),
    phrasings: phrasingsOf(tk, [d.topic, ...d.aliases]),
  };
  return [entry, weights];
}

const UNKNOWN_DISCOUNT = 0.6;
const NAME_WEIGHT = 1.3;

/** Builds the index over the live (not retired) facts and the derivations. */
export function buildIndex(kb: KnowledgeBase, dictionary: ReadonlySet<string> = new Set()): MatchIndex {
  const lexicon = buildLexicon(kb);
  const tk = new Tokeniser(lexicon);
  const entries: Entry[] = [];
  const weightsOf: Array<Map<string, number>> = [];
  const indexOf = new Map<string, number>();
  const rawWords = new Map<string, number>();
  const count = (text: string) => {
    for (const w of tk.raw(text)) rawWords.set(w, (rawWords.get(w) ?? 0) + 1);
  };
  for (const f of kb.facts) {
    if (f.retired === true) continue;
    const [e, w] = factEntry(f, tk, kb.sources.get(f.source)?.date);
    indexOf.set(e.id, entries.length);
    entries.push(e);
    weightsOf.push(w);
    for (const [text] of factFields(f)) count(text);
  }
  for (const d of kb.derived) {
    const at = d.of.map((id) => indexOf.get(id));
    if (at.some((i) => i === undefined)) continue;
    const [e, w] = derivedEntry(d, tk, at.map((i) => entries[i!]!), at.map((i) => weightsOf[i!]!));
    indexOf.set(e.id, entries.length);
    entries.push(e);
    weightsOf.push(w);
    for (const a of [d.topic, d.label, ...d.aliases]) count(a);
  }
  for (const g of kb.glossary) for (const t of [g.term, g.expansion ?? '', ...g.aliases]) count(t);
  for (const w of [...lexicon.known, ...Object.keys(SHAPE_WORDS), ...STOPWORDS, ...COMMON_WORDS]) rawWords.set(w, (rawWords.get(w) ?? 0) + 1);

  const lists = new Map<string, { entries: number[]; weights: number[] }>();
  weightsOf.forEach((weights, i) => {
    for (const [t, w] of weights) {
      let p = lists.get(t);
      if (p === undefined) {
        p = { entries: [], weights: [] };
        lists.set(t, p);
      }
      p.entries.push(i);
      p.weights.push(w);
    }
  });
  const postings = new Map<string, Posting>();
  for (const [t, p] of lists) {
    const posting: Posting = { entries: Int32Array.from(p.entries), weights: Float32Array.from(p.weights) };
    if (p.entries.length >= DENSE_MIN_ENTRIES && p.entries.length * 8 >= entries.length) {
      posting.dense = new Float32Array(entries.length);
      p.entries.forEach((e, i) => (posting.dense![e] = p.weights[i]!));
    }
    postings.set(t, posting);
  }
  const n = entries.length;
  // A word no fact uses counts against a match, but less than a rare word that matches counts for it:
  // chatty questions ("my grandfather was a deminer...") must still find their fact.
  const unknownIdf = Math.log(1 + n) * UNKNOWN_DISCOUNT;
  const idfs = new Map<string, number>();
  for (const [t, p] of postings) idfs.set(t, Math.log(1 + n / p.entries.length));
  const idf = (t: string) => idfs.get(t) ?? unknownIdf;
  for (const e of entries) for (const p of e.phrasings) p.weight = [...p.tokens].reduce((sum, t) => sum + idf(t), 0);
  const exact = new Map<string, Entry[]>();
  const aliasesOf = new Map<string, readonly string[]>();
  for (const f of kb.facts) aliasesOf.set(f.id, f.aliases);
  for (const d of kb.derived) aliasesOf.set(d.id, d.aliases);
  for (const e of entries) {
    for (const text of aliasesOf.get(e.id) ?? []) {
      const key = tk.tokens(text).join(' ');
      if (key === '') continue;
      const list = exact.get(key) ?? [];
      if (!list.includes(e)) list.push(e);
      exact.set(key, list);
    }
  }
  const measureWords = new Set<string>();
  // Words of a kind of quantity ("land", "area") are checked as the kind, not as a measure's name.
  const kindTokens = new Set(lexTokens(lexicon, [...AREA_WORDS]));
  const series = new Map<string, Entry[]>();
  const quantities = new Set<QuantityKind>();
  for (const e of entries) {
    if (!e.hasFigure) continue;
    if (e.kind === 'fact') for (const t of e.coreTokens) if (!kindTokens.has(t)) measureWords.add(t);
    if (e.quantity !== undefined) quantities.add(e.quantity);
    if (e.series === undefined) continue;
    const list = series.get(e.series) ?? [];
    list.push(e);
    series.set(e.series, list);
  }
  for (const list of series.values()) list.sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? ''));
  const fixed = new Set([...dictionary, ...[...lexicon.known].filter((w) => w.length >= 3)]);
  return {
    lexicon, entries, postings, idf, exact, scores: new Float64Array(n), touched: new Int32Array(n),
    speller: new Speller(rawWords, new Set([...STOPWORDS].filter((w) => w.length <= 5)), fixed),
    measureWords, series, quantities,
  };
}

export interface Analysed {
  tokens: string[];
  /** Tokens of words in neither the fact base nor the dictionary, left uncorrected: likely names. */
  names: ReadonlySet<string>;
  /** Of those, the ones the question is about ("in Vanuatu", a capitalised word mid-sentence). */
  properNames: readonly string[];
  frame: QuestionFrame;
  /** Words that were corrected, as [typed, corrected]. */
  corrections: Array<[string, string]>;
}

/** Spelling-corrects and tokenises a question, and reads its frame. */
export function analyse(index: MatchIndex, question: string): Analysed {
  // Bounded: a question longer than this says nothing more that matching could use.
  const text = question.slice(0, 500);
  const prepared = prepare(text);
  const capitalised = new Set(text.split(/[^\p{L}\p{N}'-]+/u).slice(1).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase()));
  const corrections: Array<[string, string]> = [];
  const names = new Set<string>();
  const properNames: string[] = [];
  const raw = words(prepared);
  const fixed = raw.map((w, i) => {
    const c = index.speller.correct(w);
    if (c !== w) corrections.push([w, c]);
    else if (!index.speller.has(w) && !/\d/u.test(w)) {
      names.add(w);
      // A word in no dictionary, fact or vocabulary is a name ("Vanuatu", "JMAS" to a base without it):
      // what the question is about, which no fact covers.
      if (!CHAT_WORDS.has(w) && (w.length >= 4 || (w.length === 3 && (capitalised.has(w) || NAME_PREPOSITIONS.has(raw[i - 1] ?? ''))))) properNames.push(w);
    }
    return c;
  });
  // A correction can complete a phrase ("anti personel" -> "anti personnel"): prepare again.
  const reprepared = corrections.length > 0 ? prepare(fixed.join(' ')) : prepared;
  const finalWords = corrections.length > 0 ? words(reprepared) : fixed;
  const toks = lexTokens(index.lexicon, finalWords);
  return { tokens: toks, names, properNames, frame: frameOf(reprepared, finalWords, toks, index.lexicon), corrections };
}

export type Refusal =
  | 'needs-figure' | 'measure' | 'place' | 'hazard' | 'organisation' | 'person' | 'year' | 'period' | 'future'
  | 'not-a-total' | 'not-about-figures' | 'unknown-name' | 'not-national';

const CUMULATIVE_DATE_WORDS = new Set(['by', 'until', 'till', 'through', 'as of', 'as at', 'end of']);
const STOCK_DATE_WORDS = new Set(['', 'in', 'by', 'as of', 'as at', 'for', 'until', 'till', 'end of', 'mid']);
const FLOW_DATE_WORDS = new Set(['', 'in', 'during', 'for', 'through']);

/** Whether a figure's date or period answers a date the question names. */
function dateFits(entry: Entry, d: NamedDate): boolean {
  const asOf = entry.asOf;
  if (asOf === undefined) return false;
  switch (entry.period) {
    case 'flow':
      return FLOW_DATE_WORDS.has(d.prep) && entry.from !== undefined && entry.from >= d.start && asOf <= d.end;
    case 'target':
      return entry.targetYear !== undefined && entry.targetYear >= Number(d.start.slice(0, 4)) && entry.targetYear <= Number(d.end.slice(0, 4));
    case 'cumulative':
      return CUMULATIVE_DATE_WORDS.has(d.prep) && asOf >= d.start && asOf <= d.end;
    default:
      return STOCK_DATE_WORDS.has(d.prep) && asOf >= d.start && asOf <= d.end;
  }
}

/**
 * A kind of thing the question names is covered by a fact about it, about a narrower kind ("mines"
 * by a figure of anti-personnel mines) or about a broader one (unexploded ordnance by a figure of
 * all explosive remnants of war); never by a sibling (anti-tank mines by anti-personnel mines).
 */
function thingCovered(lexicon: Lexicon, t: string, things: ReadonlySet<string>): boolean {
  if (things.has(t)) return true;
  for (const x of things) if (lexicon.ancestors.get(x)?.has(t) === true) return true;
  return false;
}

/** Why an entry may not answer a question, or undefined when it may. */
export function refusal(index: MatchIndex, entry: Entry, a: Analysed, toks: ReadonlySet<string>): Refusal | undefined {
  const frame = a.frame;
  const lexicon = index.lexicon;
  if (a.properNames.length > 0) return 'unknown-name';
  if (frame.quantity && !entry.hasFigure) return 'needs-figure';
  if (entry.hasFigure) {
    if (frame.kind !== undefined && frame.kind !== entry.quantity) return frame.kind === 'year' ? 'future' : 'measure';
    if (frame.kind === undefined && entry.quantity === 'percent') return 'measure';
    const asksMeasure = [...toks].some((t) => entry.measureTokens.has(t)) ||
      frame.entities.some((e) => e.kind === 'thing' && thingCovered(lexicon, e.token, entry.things));
    // "What did the director say about CMAC?" asks for words, not for a figure of CMAC's work.
    if (!frame.quantity && !asksMeasure && !frame.change) return 'not-about-figures';
    // "Who coordinates clearance?" asks for a doer, which a figure of cleared land does not name.
    if (!frame.quantity && toks.has('who')) return 'not-about-figures';
    for (const c of frame.counted) {
      if (!entry.counts.has(c) && !(lexicon.kinds.get(c) === 'thing' && thingCovered(lexicon, c, entry.things))) {
        return lexicon.kinds.get(c) === 'thing' ? 'hazard' : 'measure';
      }
    }
    // A word that names what some figure measures ("cleared", "killed") must be one this figure uses.
    for (const t of toks) if (index.measureWords.has(t) && !entry.tokens.has(t)) return 'measure';
    for (const { token, kind } of frame.entities) {
      if (kind === 'place' && !entry.places.has(token) && !entry.by.has(token)) return 'place';
      if (kind === 'organisation' && !entry.by.has(token) && !entry.partners.has(token) && !entry.places.has(token)) return 'organisation';
    }
    // A partner's own work is not the figure of its work with another: the question names the doer.
    const orgs = frame.entities.filter((e) => e.kind === 'organisation');
    if (orgs.length > 0 && !orgs.some((o) => entry.by.has(o.token) || entry.places.has(o.token))) return 'organisation';
    // "Mines destroyed in Cambodia" asks for the whole place's figure, not one organisation's.
    if (orgs.length === 0 && !entry.national && frame.entities.some((e) => e.kind === 'place' && entry.places.has(e.token))) return 'not-national';
    for (const { token, kind } of frame.entities) {
      if (kind === 'person' && !entry.people.has(token) && !entry.mentions.has(token)) return 'person';
      // A figure that names no kind of thing (people at risk, provinces) is not narrowed by one.
      if (kind === 'thing' && entry.things.size > 0 && !thingCovered(lexicon, token, entry.things)) return 'hazard';
    }
    if (frame.relativePeriod || frame.rate) return 'period';
    for (const d of frame.dates) if (!dateFits(entry, d)) return 'year';
    for (const { from, to } of frame.sinceYears) {
      if (entry.period !== 'cumulative' || entry.sinceYear === undefined || entry.sinceYear < from || entry.sinceYear > to) return 'year';
    }
    if (entry.sum && !frame.total) return 'not-a-total';
  } else {
    for (const { token, kind } of frame.entities) {
      if (!entry.mentions.has(token) && !(kind === 'thing' && thingCovered(lexicon, token, entry.mentions))) {
        return kind === 'place' ? 'place' : kind === 'thing' ? 'hazard' : kind === 'person' ? 'person' : 'organisation';
      }
    }
    for (const d of frame.dates) {
      const y = d.start.slice(0, 4);
      if (yearOf(entry.asOf) !== Number(y) && !entry.tokens.has(y)) return 'year';
    }
    for (const { from } of frame.sinceYears) if (!entry.tokens.has(String(from))) return 'year';
  }
  return undefined;
}

export interface Scored {
  entry: Entry;
  /** The ranking score: coverage blended with closeness to a phrasing. */
  score: number;
  /** Share of the question's weight the entry covers. */
  coverage?: number;
}

export interface Match {
  analysed: Analysed;
  /** The entries that answer: one, or a few figures of the same work or series; empty when none does. */
  best: Scored[];
  /** Earlier figures of the answer's series, newest first, when the question named no date. */
  earlier: Entry[];
  /** Narrower figures passed over for the widest one ("the national figure; JMAS's is ..."). */
  narrower: Entry[];
  /** Candidates in score order, compatible or not, for "did you mean". */
  ranked: Scored[];
  /** When nothing answers although some entry matched the words: why the best of them may not. */
  refused: Refusal | undefined;
  /** When refused for its date: the dates the nearest series has. */
  seriesDates: string[];
  ambiguous: boolean;
  /** A "how has it changed" question: `best` is the whole series, oldest first. */
  change: boolean;
}

/** The least share of a question's weight an entry must cover to answer it. */
export const ANSWER_THRESHOLD = 0.5;
/** The runner-up must score below this share of the best for the best to answer outright. */
const MARGIN = 0.92;
const CANDIDATES = 20;
/** Figures of one series this close in date, from other sources, are shown side by side. */
const SAME_TIME_DAYS = 183;

/** A token's weight in a question: its idf, less for conversational filler no fact uses. */
function weightOf(index: MatchIndex, t: string, names: ReadonlySet<string>): number {
  const idf = index.idf(t);
  if (index.postings.has(t)) return idf;
  if (FILLER.has(t)) return idf * 0.25;
  // A name the fact base has never heard of ("Angkor") says the question is about something else.
  return names.has(t) ? (idf / UNKNOWN_DISCOUNT) * NAME_WEIGHT : idf;
}

/** What the question alone rules out, whatever it matched: a kind of figure no live fact has. */
function frameRefusal(index: MatchIndex, a: Analysed): Refusal | undefined {
  if (a.properNames.length > 0) return 'unknown-name';
  const kind = a.frame.kind;
  if (kind !== undefined && !index.quantities.has(kind)) return kind === 'year' ? 'future' : 'measure';
  if (a.frame.counted.length > 0) {
    const c = a.frame.counted[0]!;
    if (!index.entries.some((e) => e.hasFigure && e.quantity === 'count' && (e.counts.has(c) || thingCovered(index.lexicon, c, e.things)))) {
      return index.lexicon.kinds.get(c) === 'thing' ? 'hazard' : 'measure';
    }
  }
  return undefined;
}

/** Scores every entry that shares a token with the question; returns the best few. */
export function rank(index: MatchIndex, toks: readonly string[], names: ReadonlySet<string> = new Set(), limit = CANDIDATES): Scored[] {
  const unique = [...new Set(toks)].filter((t) => !MARKERS.has(t));
  const total = unique.reduce((s, t) => s + weightOf(index, t, names), 0);
  if (total === 0) return [];
  const { scores, touched } = index;
  let nTouched = 0;
  // Rare words first. In a large fact base a common word then only adds to the entries a rarer word
  // already found: an entry sharing nothing but common words with the question could not reach the
  // answer threshold, and walking its 100,000 postings dominated the time.
  const byRarity = unique
    .map((t) => ({ t, p: index.postings.get(t) }))
    .filter((x): x is { t: string; p: Posting } => x.p !== undefined)
    .sort((a, b) => a.p.entries.length - b.p.entries.length);
  for (const { t, p } of byRarity) {
    const w = weightOf(index, t, names) / total;
    if (p.dense !== undefined && nTouched > 0) {
      for (let k = 0; k < nTouched; k++) {
        const e = touched[k]!;
        scores[e]! += w * p.dense[e]!;
      }
      continue;
    }
    const { entries, weights } = p;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      if (scores[e] === 0) touched[nTouched++] = e;
      scores[e]! += w * weights[i]!;
    }
  }
  const top: Scored[] = [];
  for (let k = 0; k < nTouched; k++) {
    const i = touched[k]!;
    const score = scores[i]!;
    scores[i] = 0;
    if (top.length === limit && score <= top[limit - 1]!.score) continue;
    let at = top.length;
    while (at > 0 && top[at - 1]!.score < score) at--;
    top.splice(at, 0, { entry: index.entries[i]!, score });
    if (top.length > limit) top.pop();
  }
  return top;
}

/**
 * How close the question is to the entry's nearest phrasing, as an idf-weighted Jaccard index:
 * it tells "what did yamazaki praise" from "what did yamazaki say about cmac" when both cover it.
 */
function closeness(q: ReadonlyMap<string, number>, qSum: number, entry: Entry): number {
  let best = 0;
  for (const p of entry.phrasings) {
    let shared = 0;
    for (const [t, w] of q) if (p.tokens.has(t)) shared += w;
    const union = qSum + p.weight - shared;
    if (union > 0) best = Math.max(best, shared / union);
  }
  return best;
}

/** The idf mass of the question's words that an entry shares: one common word is not enough to answer. */
function evidence(index: MatchIndex, q: ReadonlySet<string>, entry: Entry): number {
  let sum = 0;
  for (const t of q) if (entry.tokens.has(t)) sum += index.idf(t);
  return sum;
}

const MIN_EVIDENCE = 1.2;
const STRUCTURE_BONUS = 0.1;
/** Share of the final score given to closeness; the rest is the coverage of the question. */
const CLOSENESS_WEIGHT = 0.4;

const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

export function match(index: MatchIndex, question: string): Match {
  const analysed = analyse(index, question);
  const empty = { earlier: [], narrower: [], seriesDates: [], change: false };
  // A question worded exactly as a phrasing a moderator taught for one fact gets that fact.
  const taught = index.exact.get(analysed.tokens.join(' '));
  if (taught?.length === 1) {
    const only = { entry: taught[0]!, score: 1, coverage: 1 };
    return { analysed, ranked: [only], refused: undefined, ambiguous: false, narrower: [], ...withSeries(index, [only], analysed.frame) };
  }
  const q = new Set(analysed.tokens.filter((t) => !MARKERS.has(t)));
  const qWeights = new Map([...q].map((t) => [t, index.idf(t)] as const));
  const qSum = [...qWeights.values()].reduce((a, b) => a + b, 0);
  const toks = new Set(analysed.tokens);
  const compatible: Scored[] = [];
  const ranked: Scored[] = [];
  let refused: Refusal | undefined;
  let refusedEntry: Entry | undefined;
  for (const s of rank(index, analysed.tokens, analysed.names)) {
    if (s.score < ANSWER_THRESHOLD * 0.5) break;
    // A figure of the very kind a quantity question asks for agrees with it beyond its words.
    const agrees = analysed.frame.quantity && s.entry.hasFigure && analysed.frame.kind !== undefined && analysed.frame.kind === s.entry.quantity;
    // The words a figure's own topic and label use for its measure, asked for, tell it from a
    // neighbour that merely mentions them ("cleared" in the statement of the area still to clear).
    const asked = [...q].filter((t) => index.measureWords.has(t));
    const named = asked.length === 0 ? 0 : asked.filter((t) => s.entry.coreTokens.has(t)).length / asked.length;
    const coverage = s.score + (agrees ? STRUCTURE_BONUS : 0) + (s.entry.hasFigure ? STRUCTURE_BONUS * named : 0) +
      (s.entry.sum && analysed.frame.total ? 3 * STRUCTURE_BONUS : 0) +
      (analysed.frame.entities.some((e) => e.kind === 'thing' && s.entry.scopeThings.has(e.token)) ? STRUCTURE_BONUS : 0);
    const why = refusal(index, s.entry, analysed, toks);
    // Closeness only orders entries that may answer; the others are ranked by coverage alone.
    const score = (1 - CLOSENESS_WEIGHT) * coverage + (why === undefined ? CLOSENESS_WEIGHT * closeness(qWeights, qSum, s.entry) : 0);
    const scored = { entry: s.entry, score, coverage };
    ranked.push(scored);
    if (why === undefined) compatible.push(scored);
    else if (refused === undefined && coverage >= ANSWER_THRESHOLD) {
      refused = why;
      refusedEntry = s.entry;
    }
  }
  ranked.sort((a, b) => b.score - a.score);
  compatible.sort((a, b) => b.score - a.score);
  const first = compatible[0];
  if (first === undefined || (first.coverage ?? first.score) < ANSWER_THRESHOLD || evidence(index, q, first.entry) < MIN_EVIDENCE) {
    const seriesDates = refused === 'year' && refusedEntry?.series !== undefined
      ? (index.series.get(refusedEntry.series) ?? []).map((e) => e.asOf ?? '').filter((d) => d !== '')
      : [];
    return { analysed, best: [], ranked, refused: refused ?? frameRefusal(index, analysed), ambiguous: false, ...empty, seriesDates };
  }
  // Members of one series differ by date: the question's date (or the newest) picks among them.
  const distinct: Scored[] = [];
  for (const c of compatible) if (!distinct.some((d) => d.entry.series !== undefined && d.entry.series === c.entry.series)) distinct.push(c);
  const lead = distinct[0]!;
  let close = distinct.filter((c) => c !== lead && c.score >= lead.score * MARGIN);
  let chosen = lead;
  const narrower: Entry[] = [];
  // Asked without naming whose work, the widest figure answers and the narrower ones are named.
  const namesOrg = analysed.frame.entities.some((e) => e.kind === 'organisation');
  if (!namesOrg && lead.entry.hasFigure && !lead.entry.national) {
    const wide = distinct.find((c) => c.entry.national && c.entry.quantity === lead.entry.quantity && c.score >= lead.score * 0.75);
    if (wide !== undefined) {
      chosen = wide;
      narrower.push(lead.entry);
      close = close.filter((c) => c !== wide && !(c.entry.quantity === wide.entry.quantity && !c.entry.national && (narrower.push(c.entry), true)));
    }
  } else if (!namesOrg && lead.entry.hasFigure && lead.entry.national) {
    close = close.filter((c) => !(c.entry.quantity === lead.entry.quantity && !c.entry.national && c.entry.kind === 'fact' && (narrower.push(c.entry), true)));
  }
  if (close.length === 0) return { analysed, ranked, refused: undefined, ambiguous: false, ...withSeries(index, [chosen], analysed.frame), narrower };
  // Figures of the same work asked about together ("what has JMAS achieved?") are given together.
  const group = [chosen, ...close].slice(0, 3);
  const sameWork = group.every((g) => g.entry.hasFigure && g.entry.kind === 'fact' && g.entry.by.size > 0 && sameSet(g.entry.by, chosen.entry.by));
  if (sameWork) return { analysed, ranked, refused: undefined, ambiguous: false, ...withSeries(index, group, analysed.frame), narrower };
  return { analysed, best: [], ranked: [...group, ...ranked.filter((r) => !group.includes(r))], refused: undefined, ambiguous: true, ...empty };
}

/**
 * Picks within each answer's series: the figure of the question's date when it names one, else the
 * newest, with the earlier ones listed and any other source's figure of about the same date beside
 * it. A "how has it changed" question gets the whole series.
 */
function withSeries(index: MatchIndex, best: Scored[], frame: QuestionFrame): Pick<Match, 'best' | 'earlier' | 'seriesDates' | 'change'> {
  const first = best[0]!;
  const members = first.entry.series === undefined ? undefined : index.series.get(first.entry.series);
  if (members === undefined || members.length < 2) return { best, earlier: [], seriesDates: [], change: false };
  if (frame.change) return { best: members.map((entry) => ({ entry, score: first.score })), earlier: [], seriesDates: [], change: true };
  const dated = frame.dates.length > 0 || frame.sinceYears.length > 0;
  if (dated) {
    // Every member that fits the date was compatible; the best-scored one leads, same-date ones join it.
    const same = members.filter((m) => m !== first.entry && m.asOf === first.entry.asOf && frame.dates.every((d) => dateFits(m, d)));
    return { best: [first, ...same.map((entry) => ({ entry, score: first.score })), ...best.slice(1)], earlier: [], seriesDates: [], change: false };
  }
  const newest = members.at(-1)!;
  const beside = members.filter((m) => m !== newest && newest.asOf !== undefined && m.asOf !== undefined && days(m.asOf, newest.asOf) <= SAME_TIME_DAYS);
  const earlier = members.filter((m) => m !== newest && !beside.includes(m)).reverse();
  const lead = { entry: newest, score: first.score, coverage: first.coverage ?? first.score };
  return { best: [lead, ...beside.map((entry) => ({ entry, score: first.score })), ...best.slice(1).filter((b) => b.entry.series !== first.entry.series)], earlier, seriesDates: [], change: false };
}
