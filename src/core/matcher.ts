/**
 * Question matching. Each fact (and each derivation) becomes an entry with weighted tokens and the
 * facets its figure covers: the kind of quantity, what is counted, the place, organisations, kinds
 * of thing, speaker, period and dates, all read from the fact through the fact base's own lexicon.
 * A question is scored against entries through an inverted index, then the best entries are checked
 * against what the question pins down: an entry that does not cover the question's place, date,
 * kind of thing, measure or organisation never answers it, however well its words match.
 */
import { datesOf, frameOf, MONTH_NAMES, type NamedDate, type QuantityKind, type QuestionFrame } from './analyze.js';
import { AREA_UNITS, AREA_WORDS, CHAT_WORDS, COMMON_WORDS, CURRENCY_WORDS, FILLER, MARKERS, MONTHS, monthOf, NAME_PREPOSITIONS, NEGATIONS, PERSON_NOUNS, COUNT_NOUNS, REPORT_VERBS, SHAPE_WORDS, STOPWORDS } from './english.js';
import type { KnowledgeBase } from './knowledge.js';
import type { Derivation, Fact } from './schema.js';
import { EntryCompactor, PostingLists, TokenTable, UnionSet } from './compact.js';
import { Speller } from './spelling.js';
import { correctKhmer, hasKhmer, isKhmerWord, KHMER_PARTICLES, khmerHalves, khmerSpellerWords, markKnownKhmer } from './khmer.js';
import { buildLexicon, entityOf, lexTokens, NUMBER_WORD_LIST, prepare, ROMAN_NUMERALS, stem, words, type Lexicon } from './vocabulary.js';
import { editDistance, foldTypography } from './text.js';

export interface Entry {
  id: string;
  kind: 'fact' | 'derived';
  topic: string;
  /** The fact's statement ('' for a derived figure): the days it states are read from it when asked. */
  statement: string;
  hasFigure: boolean;
  quantity: QuantityKind | undefined;
  /** Tokens of what a count counts, with the kinds of thing it names and their broader kinds. */
  counts: ReadonlySet<string>;
  /** What the figure's own words say it counts ("casualties"), without the kinds its scope gives. */
  countsOwn?: ReadonlySet<string>;
  places: ReadonlySet<string>;
  /** Organisations whose work the figure counts (with the broader ones they belong to), and partners. */
  by: ReadonlySet<string>;
  partners: ReadonlySet<string>;
  /** Kinds of thing the figure is about, as the fact names them (not their broader kinds). */
  things: ReadonlySet<string>;
  /** Of those, the ones its scope or counted thing names: the figure is of that kind alone. */
  scopeThings: ReadonlySet<string>;
  people: ReadonlySet<string>;
  /** Organisations the figure's own name gives beside its doers ("sent on UN peacekeeping missions"). */
  named: ReadonlySet<string>;
  /** Who said or published the figure: the speaker's entities and the source's publisher. */
  voices: ReadonlySet<string>;
  /** Every entity named anywhere in the fact, with broader ones: what a statement is about. */
  mentions: ReadonlySet<string>;
  /** The figure covers a whole place, not one organisation's work in it. */
  national: boolean;
  /** A sum derivation: answers "in total" questions. */
  sum: boolean;
  /** Of a sum: each operand's own measure words ("cleared", "still to clear"). */
  parts?: ReadonlyArray<ReadonlySet<string>>;
  period: 'cumulative' | 'stock' | 'flow' | 'target' | undefined;
  asOf: string | undefined;
  from: string | undefined;
  sinceYear: number | undefined;
  /** The figure's value, and its unit with any currency: figures are set in order only in one unit. */
  value: number | undefined;
  unit: string | undefined;
  /** Facts of one measure and scope at other dates or from other sources share this key. */
  series: string | undefined;
  /** Tokens of the words that say what the figure measures (topic, label, phrasings, what). */
  measureTokens: ReadonlySet<string>;
  /** Of those, the ones of its topic, label, what and kind: the figure's own name for its measure. */
  coreTokens: ReadonlySet<string>;
  /** Tokens of the name the fact base gives its measure ("mre-people-reached"), when it gives one. */
  measureName: ReadonlySet<string>;
  /** The figure is itself a rate: its label or what it counts says "a year", "per month" ("people a year"). */
  rate?: true;
  /** Words the figure's own texts say only after "non" ("non-technical survey"): never what it is, said plainly. */
  negated?: ReadonlySet<string>;
  tokens: ReadonlySet<string>;
  /** Tokens of each phrasing (aliases and topic) and their idf sum, for closeness. */
  phrasings: Array<{ tokens: ReadonlySet<string>; weight: number }>;
  /** A statement a moderator taught to answer "how many ..." ("how many times has the deadline been extended"). */
  countTaught?: ReadonlyMap<string, ReadonlySet<string>>;
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
  /** Everyday English words (the dictionary the speller leaves alone), without the fact base's own. */
  dictionary: ReadonlySet<string>;
  /** Corrects mistyped Khmer words against the vocabulary's; built on the first Khmer question. */
  khmerSpelling: () => (text: string) => string;
  /** Tokens that say what some figure measures: a question using one asks about that measure. */
  measureWords: ReadonlySet<string>;
  /** Tokens of the names the fact base gives its measures. */
  measureNameWords: ReadonlySet<string>;
  /** Measure words by the kind of quantity of the figures whose own name uses them. */
  measureWordsOf: ReadonlyMap<QuantityKind, ReadonlyMap<string, ReadonlySet<string>>>;
  /** Measure -> the words its figures' own names (topic, label, what) use; token -> the measures so named. */
  coreOfMeasure: ReadonlyMap<string, ReadonlySet<string>>;
  coreNamed: ReadonlyMap<string, ReadonlySet<string>>;
  /** Words that only the names of stocks use ("remaining"): what is left at a date, not what was done. */
  stockNamed: ReadonlySet<string>;
  /** What some count counts with no other word beside it ("peacekeepers", where another counts "women peacekeepers"). */
  countedAlone: ReadonlySet<string>;
  /** The first word of each name the vocabulary knows of two words or more, as written -> the second words. */
  phraseSeconds: ReadonlyMap<string, readonly string[]>;
  /** Tokens the vocabulary's synonyms and phrases stand for ("still contaminated" is one). */
  concepts: ReadonlySet<string>;
  /** Series key -> its entries, oldest first. */
  series: ReadonlyMap<string, readonly Entry[]>;
  /** Live figures by kind of quantity, for "no figure of that kind". */
  quantities: ReadonlySet<QuantityKind>;
  /** How many entries give each kind of quantity. */
  quantityCounts: ReadonlyMap<QuantityKind, number>;
  /** Tokens of what some count counts: "how many X" is checked against X only when X is one. */
  countWords: ReadonlySet<string>;
  /** The tokens of the words of a kind of quantity ("land", "area"): never a measure's name. */
  areaTokens: ReadonlySet<string>;
  /** Words mostly in the names of percentages ("drop", "fall"). */
  percentWords: ReadonlySet<string>;
  /** Organisations (and places) some figure counts the work of. */
  doers: ReadonlySet<string>;
  /** "doer|kind of quantity" for each doer with a figure of its own, done with no partner. */
  soloWork: ReadonlySet<string>;
  /** Measures some figure gives for one kind of thing alone (land contaminated by landmines), with those kinds. */
  splitMeasures: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Measure -> the kinds of thing its figures are given for one at a time. */
function splitMeasuresOf(entries: readonly Entry[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const e of entries) {
    if (e.scopeThings.size === 0 || e.series === undefined) continue;
    const key = measureOf(e.series);
    const set = out.get(key) ?? new Set<string>();
    for (const t of e.scopeThings) set.add(t);
    out.set(key, set);
  }
  return out;
}

/** The measure part of a series key. */
const measureOf = (series: string): string => series.slice(0, series.indexOf('|'));

const yearOf = (iso: string | undefined): number | undefined => (iso === undefined ? undefined : Number(iso.slice(0, 4)));

/**
 * Raw words and tokens of a text through a lexicon, read once (`prepare` dominates the build).
 * Memoised per lexicon: labels, names and phrasings repeat across facts, statements and quotes
 * rarely do. A text is kept for a while; one read again (and not long) is kept for the build, so
 * that the many unique ones of a large fact base are dropped young instead of crowding the heap.
 */
class Tokeniser {
  private recent = new Map<string, { raw: string[]; tokens: string[]; at: number }>();
  private readonly kept = new Map<string, { raw: string[]; tokens: string[]; at: number }>();
  private readonly entities = new Map<string, string | undefined>();
  private reads = 0;
  constructor(readonly lexicon: Lexicon) {}
  raw(text: string): string[] {
    return this.read(text).raw;
  }
  tokens(text: string): string[] {
    return this.read(text).tokens;
  }
  private readonly measureWords = new Map<string, boolean>();
  /** Whether a token may name what a figure measures: no marker, name, number, month or everyday word. */
  measureWord(t: string): boolean {
    let m = this.measureWords.get(t);
    if (m === undefined) {
      m = !MARKERS.has(t) && !this.lexicon.kinds.has(t) && !/^\d+$/u.test(t) && !GENERIC.has(t) && !FILLER_TOKENS.has(t) && monthOf(t) === undefined;
      if (this.measureWords.size >= 100_000) this.measureWords.clear();
      this.measureWords.set(t, m);
    }
    return m;
  }
  private readonly measureNames = new Map<string, ReadonlySet<string>>();
  /** The tokens of a measure's name ("mre-people-reached"), one set for every fact of the measure. */
  measureName(measure: string): ReadonlySet<string> {
    let m = this.measureNames.get(measure);
    if (m === undefined) {
      m = new Set(this.tokens(measure.replace(/[-_:]+/gu, ' ')).filter((t) => !GENERIC.has(t) && !MARKERS.has(t)));
      this.measureNames.set(measure, m);
    }
    return m;
  }
  /** Every measure name's tokens. */
  measureNameWords(): Set<string> {
    return new Set([...this.measureNames.values()].flatMap((m) => [...m]));
  }
  /** The entity tokens of a name. */
  entityTokens(name: string | undefined): string[] {
    if (name === undefined) return [];
    const kinds = this.lexicon.kinds;
    return this.tokens(name).filter((t) => kinds.has(t));
  }
  /** The kinds of thing a text names. */
  things(text: string): string[] {
    const kinds = this.lexicon.kinds;
    return this.tokens(text).filter((t) => kinds.get(t) === 'thing');
  }
  /** `entityOf`, memoised: the names of places and organisations repeat across facts. */
  entity(name: string): string | undefined {
    if (this.entities.has(name)) return this.entities.get(name);
    const e = entityOf(this.lexicon, name);
    if (this.entities.size >= 100_000) this.entities.clear();
    this.entities.set(name, e);
    return e;
  }
  private read(text: string): { raw: string[]; tokens: string[] } {
    this.reads++;
    let r = this.kept.get(text);
    if (r !== undefined) return r;
    r = this.recent.get(text);
    if (r !== undefined) {
      // Read again for another fact (not the same one, a few reads ago): worth keeping.
      if (this.reads - r.at > 64 && text.length <= 120) {
        if (this.kept.size >= 200_000) this.kept.clear();
        this.kept.set(text, r);
      }
      return r;
    }
    const raw = words(prepare(text));
    r = { raw, tokens: lexTokens(this.lexicon, raw), at: this.reads };
    if (this.recent.size >= 4096) this.recent = new Map();
    this.recent.set(text, r);
    return r;
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
  // ("The JMAS director's view of CMAC": a speaker the statement itself is about is described by the
  // office the speaker is given, as much as by the name.)
  const speaker = f.saidBy.split(',')[0]!.trim();
  const about = speaker.length > 2 && (f.statement.includes(speaker) || f.topic.includes(speaker.split(/\s+/u).at(-1)!));
  const fields: Array<[string, number]> = [
    [f.topic, FIELD_WEIGHT.topic],
    [f.statement, FIELD_WEIGHT.statement],
    [f.quote, FIELD_WEIGHT.quote],
    [f.saidBy, about ? FIELD_WEIGHT.quote : FIELD_WEIGHT.saidBy],
    ...f.aliases.map((a): [string, number] => [a, FIELD_WEIGHT.alias]),
  ];
  const km = translated(f);
  fields.push(...km.topics.map((t): [string, number] => [t, FIELD_WEIGHT.topic]), ...km.statements.map((t): [string, number] => [t, FIELD_WEIGHT.statement]),
    ...km.labels.map((t): [string, number] => [t, FIELD_WEIGHT.label]), ...km.aliases.map((t): [string, number] => [t, FIELD_WEIGHT.alias]));
  if (f.figure !== undefined) {
    const s = f.figure.scope;
    fields.push([f.figure.label, FIELD_WEIGHT.label]);
    fields.push([[f.figure.what, s.of, s.where, s.by, ...(s.with ?? []), s.since].filter(Boolean).join(' '), FIELD_WEIGHT.scope]);
  }
  return fields;
}

/** A fact's or derivation's wording in other languages ("km"): matched as its English wording is. */
function translated(x: Pick<Fact, 'translations'>): { topics: string[]; labels: string[]; statements: string[]; aliases: string[] } {
  const all = Object.values(x.translations ?? {});
  const list = (pick: (t: (typeof all)[number]) => string | undefined) => all.map(pick).filter((t): t is string => t !== undefined);
  return { topics: list((t) => t.topic), labels: list((t) => t.label), statements: list((t) => t.statement), aliases: all.flatMap((t) => t.aliases) };
}

function phrasingsOf(tk: Tokeniser, texts: readonly string[]): Entry['phrasings'] {
  // Weights are filled in once the index knows every token's idf.
  return texts.map((t) => ({ tokens: new Set(tk.tokens(t).filter((x) => !MARKERS.has(x))), weight: 0 })).filter((p) => p.tokens.size > 0);
}

function seriesKey(f: Fact, tk: Tokeniser): string | undefined {
  const fig = f.figure;
  if (fig === undefined) return undefined;
  const s = fig.scope;
  // (A scope of two things, "cluster munitions and other ERW", is neither one of them: a series of its own.)
  const id = (name: string | undefined) => {
    if (name === undefined) return '';
    const all = [...new Set(tk.entityTokens(name))];
    return all.length > 1 ? all.sort().join('+') : tk.entity(name) ?? name.toLowerCase();
  };
  const measure = fig.measure ?? `${fig.unit}:${fig.what ?? ''}:${fig.period}:${tk.tokens(fig.label).join(' ')}`;
  return [measure, id(s.where), id(s.by), id(s.of), (s.with ?? []).map(id).sort().join('+'), fig.period === 'cumulative' ? s.since ?? '' : ''].join('|');
}

/** The words a fact's texts say only after "non" ("non-technical", "non technical"), as tokens. */
function negatedOf(tk: Tokeniser, texts: readonly string[]): { negated?: ReadonlySet<string> } {
  const NON = /\bnon[\s-]+(\p{L}+)/giu;
  if (!texts.some((t) => NON.test(t))) return {};
  const after = new Set(texts.flatMap((t) => [...t.matchAll(NON)].flatMap((m) => tk.tokens(m[1]!))));
  const plain = new Set(texts.flatMap((t) => tk.tokens(t.replace(NON, ' '))));
  const only = [...after].filter((t) => !plain.has(t) && !MARKERS.has(t));
  return only.length === 0 ? {} : { negated: new Set(only) };
}

function namedOrganisations(lexicon: Lexicon, texts: readonly string[], tk: Tokeniser, except: ReadonlySet<string>): ReadonlySet<string> {
  const out = texts.flatMap((text) => tk.entityTokens(text)).filter((t) => lexicon.kinds.get(t) === 'organisation' && !except.has(t));
  return out.length === 0 ? NO_TOKENS : new Set(out);
}

function factEntry(f: Fact, tk: Tokeniser, sourceDate: string | undefined, publisher: string | undefined): [Entry, Map<string, number>] {
  const lexicon = tk.lexicon;
  const weights = new Map<string, number>();
  for (const [text, w] of factFields(f)) {
    for (const t of tk.tokens(text)) if (!MARKERS.has(t)) weights.set(t, Math.max(weights.get(t) ?? 0, w));
  }
  const kinds = lexicon.kinds;
  const mentions = withAncestors(lexicon, [...weights.keys()].filter((t) => kinds.has(t)));
  for (const a of mentions) if (!weights.has(a)) weights.set(a, FIELD_WEIGHT.saidBy);
  const fig = f.figure;
  const entityTokens = (name: string | undefined) => tk.entityTokens(name);
  const other = translated(f);
  const measureTexts = [f.topic, ...f.aliases, ...other.topics, ...other.aliases, ...other.labels, ...(fig === undefined ? [] : [fig.label, fig.what ?? '', fig.scope.of ?? ''])];
  const measureTokens = new Set<string>();
  for (const text of measureTexts) for (const t of tk.tokens(text)) if (tk.measureWord(t)) measureTokens.add(t);
  const coreTokens = new Set<string>();
  for (const text of [f.topic, ...(fig === undefined ? [] : [fig.label, fig.what ?? '', fig.scope.of ?? ''])]) for (const t of tk.tokens(text)) if (tk.measureWord(t)) coreTokens.add(t);
  const by = withAncestors(lexicon, entityTokens(fig?.scope.by));
  const places = new Set(fig === undefined ? [...mentions].filter((t) => lexicon.kinds.get(t) === 'place') : entityTokens(fig.scope.where));
  // ("anti-personnel minefields" is one kind, minefields; "cluster munitions and other ERW" are two.)
  // ("explosive remnants of war other than mines" is of ERW: what is set aside names no kind it is of.)
  const kindsIn = (said: string | undefined) => {
    const text = said?.replace(/\b(?:other than|except(?: for)?|excluding|apart from|but not|not including|rather than|besides)\b.*$/iu, '');
    const found = entityTokens(text).filter((t) => lexicon.kinds.get(t) === 'thing');
    return found.length > 1 && !/\band\b|\bor\b|[,&/+]/u.test(text ?? '') ? found.slice(-1) : found;
  };
  const scopeThings = new Set([...kindsIn(fig?.scope.of), ...kindsIn(fig?.what)]);
  // The kinds of thing a figure is about: those it counts or is scoped to, and those its own name
  // (topic, label) gives ("mine and UXO casualties"); the statement only when neither names one.
  const named = (text: string) => tk.things(text);
  // Read apart, as the index reads them (each text is tokenised once and remembered).
  const ownNamed = [...named(f.topic), ...(fig === undefined ? [] : named(fig.label))];
  const things = new Set([...scopeThings, ...ownNamed]);
  if (things.size === 0) for (const t of named(f.statement)) things.add(t);
  // What a count counts: its own words and the kinds of thing its name gives, never one its statement
  // merely mentions ("people benefited from clearing mines" does not count mines).
  // ("landmine survivors" counts survivors: a kind of thing before the head of what is counted only qualifies it.)
  const counted = tk.tokens(fig?.what ?? fig?.label ?? '');
  const head = counted.at(-1);
  const qualified = fig?.what !== undefined && counted.length > 1 && head !== undefined && !lexicon.kinds.has(head) && !ANY_COUNTABLE.has(head);
  const ofThings = qualified ? entityTokens(fig?.scope.of).filter((t) => lexicon.kinds.get(t) === 'thing') : [...scopeThings];
  const counts = new Set([...(qualified ? counted.filter((t) => lexicon.kinds.get(t) !== 'thing') : counted), ...withAncestors(lexicon, ofThings)]);
  const asOf = fig?.asOf ?? sourceDate;
  const entry: Entry = {
    id: f.id,
    kind: 'fact',
    topic: f.topic,
    statement: f.statement,
    hasFigure: fig !== undefined,
    quantity: quantityOf(fig?.unit),
    counts,
    ...(fig?.unit === 'count' && fig.what !== undefined ? { countsOwn: new Set(counted) } : {}),
    places,
    by,
    partners: withAncestors(lexicon, (fig?.scope.with ?? []).flatMap(entityTokens)),
    things,
    scopeThings,
    people: new Set([...entityTokens(f.saidBy.split(',')[0])].filter((t) => lexicon.kinds.get(t) === 'person')),
    named: namedOrganisations(lexicon, fig === undefined ? [f.topic] : [f.topic, fig.label, fig.what ?? ''], tk, new Set([...by, ...(fig?.scope.with ?? []).flatMap(entityTokens)])),
    voices: withAncestors(lexicon, [...entityTokens(f.saidBy), ...entityTokens(publisher)]),
    mentions,
    // (What a governing body counts in its country is the country's figure.)
    // (What a country's government did in one of its provinces is that province's figure.)
    national: fig !== undefined && (fig.scope.by === undefined || [...by].some((t) => places.has(t) || [...places].some((p) => lexicon.ancestors.get(p)?.has(t) === true)) ||
      (by.size > 0 && [...by].every((t) => lexicon.authorities?.has(t) === true))),
    sum: false,
    period: fig?.period,
    asOf,
    from: fig?.from,
    sinceYear: fig?.scope.since === undefined ? undefined : Number(fig.scope.since),
    value: fig?.value,
    unit: fig === undefined ? undefined : `${fig.unit}${fig.currency ?? ''}`,
    series: seriesKey(f, tk),
    measureTokens,
    coreTokens,
    measureName: fig?.measure === undefined ? NO_TOKENS : tk.measureName(fig.measure),
    ...negatedOf(tk, [f.topic, f.statement, ...f.aliases, ...(fig === undefined ? [] : [fig.label, fig.what ?? '', fig.scope.of ?? ''])]),
    ...(fig !== undefined && [fig.label, fig.what ?? ''].some((t) => tk.tokens(t).includes('periodrate')) ? { rate: true as const } : {}),
    tokens: new Set(weights.keys()),
    phrasings: phrasingsOf(tk, [f.topic, ...f.aliases, ...other.topics, ...other.aliases]),
    ...(fig === undefined ? countsTaught(tk, f.aliases) : {}),
  };
  return [entry, weights];
}

function derivedEntry(d: Derivation, tk: Tokeniser, operands: readonly Entry[], operandWeights: ReadonlyArray<ReadonlyMap<string, number>>): [Entry, Map<string, number>] {
  const weights = new Map<string, number>();
  const other = translated(d);
  for (const [text, w] of [[d.topic, FIELD_WEIGHT.topic], [d.label, FIELD_WEIGHT.label], ...[...d.aliases, ...other.aliases, ...other.topics].map((a) => [a, FIELD_WEIGHT.alias])] as Array<[string, number]>) {
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
    statement: '',
    hasFigure: true,
    quantity: d.operation === 'ratio' ? 'percent' : first?.quantity,
    counts: union((e) => e.counts),
    places: union((e) => e.places),
    by: union((e) => e.by),
    partners: union((e) => e.partners),
    things: union((e) => e.things),
    scopeThings: new Set(),
    people: union((e) => e.people),
    named: union((e) => e.named),
    voices: union((e) => e.voices),
    mentions: union((e) => e.mentions),
    national: operands.every((e) => e.national),
    sum: d.operation === 'sum',
    ...(d.operation === 'sum' ? { parts: operands.map((o) => new Set(o.coreTokens)) } : {}),
    period: 'stock',
    asOf: operands.map((e) => e.asOf ?? '').sort().at(-1),
    from: undefined,
    sinceYear: operands.find((e) => e.sinceYear !== undefined)?.sinceYear,
    value: undefined,
    unit: undefined,
    series: undefined,
    measureTokens: new Set([...measureTokens, ...union((e) => e.measureTokens)]),
    coreTokens: new Set([d.topic, d.label].flatMap((t) => tk.tokens(t)).filter((t) => !MARKERS.has(t) && !tk.lexicon.kinds.has(t))),
    measureName: NO_TOKENS,
    tokens: new Set(weights.keys()),
    phrasings: phrasingsOf(tk, [d.topic, ...d.aliases, ...other.topics, ...other.aliases]),
  };
  return [entry, weights];
}

/** Everyday words that never name what a figure measures, though a topic or label may use them. */
const withStems = (...lists: Array<Iterable<string>>): ReadonlySet<string> => new Set(lists.flatMap((l) => [...l]).flatMap((w) => [w, stem(w)]));
const GENERIC = withStems(COMMON_WORDS, STOPWORDS, PERSON_NOUNS, COUNT_NOUNS, CHAT_WORDS, NEGATIONS);
/** Tokens of people in general and of countable things in general: "how many" of them says nothing. */
const ANY_COUNTABLE = withStems(PERSON_NOUNS, COUNT_NOUNS);
const FILLER_TOKENS = withStems(FILLER);

const ALL_DIGITS = /^\d+$/u;
const YEAR = /^(?:19|20)\d\d$/u;
const NO_TOKENS: ReadonlySet<string> = new Set();

/**
 * The idf look-up, closed over its table alone: a closure made inside buildIndex would share its
 * scope, and keep every scratch structure of the build (per-entry weights, posting lists, the
 * tokeniser's memo) alive as long as the index.
 */
function idfOf(idfs: ReadonlyMap<string, number>, unknown: number): (t: string) => number {
  return (t) => idfs.get(t) ?? unknown;
}
const UNKNOWN_DISCOUNT = 0.6;
const NAME_WEIGHT = 1.3;

/** Builds the index over the live (not retired) facts and the derivations. */
export function buildIndex(kb: KnowledgeBase, dictionary: ReadonlySet<string> = new Set()): MatchIndex {
  const lexicon = buildLexicon(kb);
  const tk = new Tokeniser(lexicon);
  const entries: Entry[] = [];
  // Each entry's token weights go straight into the posting lists; only a derivation's operands
  // keep theirs (a large fact base would otherwise hold a map per fact until the end of the build).
  const operandIds = new Set(kb.derived.flatMap((d) => d.of));
  const weightsOf = new Map<number, Map<string, number>>();
  const tokenTable = new TokenTable();
  const lists = new PostingLists(tokenTable);
  const post = (i: number, weights: ReadonlyMap<string, number>) => lists.add(i, weights);
  const indexOf = new Map<string, number>();
  const rawWords = new Map<string, number>();
  // Equal sets shared, each entry's tokens packed: a large fact base fits in a fraction of the memory.
  const compactor = new EntryCompactor(tokenTable);
  /** Each phrasing's tokens, read while the tokeniser still holds them, and its entry's index. */
  const aliasKeys: Array<[string, number]> = [];
  // A number is never corrected nor a correction (the speller leaves words with digits as typed and
  // keeps first letters): leaving the fact base's many numbers out keeps its index small.
  const count = (text: string) => {
    for (const w of tk.raw(text)) {
      const c = w.charCodeAt(0);
      if (c >= 48 && c <= 57 && ALL_DIGITS.test(w)) continue;
      rawWords.set(w, (rawWords.get(w) ?? 0) + 1);
    }
  };
  for (const f of kb.facts) {
    if (f.retired === true) continue;
    const source = kb.sources.get(f.source);
    const [e, w] = factEntry(f, tk, source?.date, source?.publisher);
    indexOf.set(e.id, entries.length);
    if (operandIds.has(e.id)) weightsOf.set(entries.length, w);
    post(entries.length, w);
    for (const a of [...f.aliases, ...translated(f).aliases]) aliasKeys.push([tk.tokens(a).join(' '), entries.length]);
    compactor.compact(e, lists.last);
    entries.push(e);
    for (const [text] of factFields(f)) count(text);
  }
  for (const d of kb.derived) {
    const at = d.of.map((id) => indexOf.get(id));
    if (at.some((i) => i === undefined)) continue;
    const [e, w] = derivedEntry(d, tk, at.map((i) => entries[i!]!), at.map((i) => weightsOf.get(i!)!));
    indexOf.set(e.id, entries.length);
    if (operandIds.has(e.id)) weightsOf.set(entries.length, w);
    post(entries.length, w);
    for (const a of [...d.aliases, ...translated(d).aliases]) aliasKeys.push([tk.tokens(a).join(' '), entries.length]);
    compactor.compact(e, lists.last);
    entries.push(e);
    for (const a of [d.topic, d.label, ...d.aliases]) count(a);
  }
  // Facts the fact base says measure the same thing share the words that name it: "contamination
  // left" names the land still to clear in one province when another province's figure is phrased so.
  const measureWordsOfMeasure = new Map<string, Set<string>>();
  /** The kinds of quantity each measure is given in. */
  const quantitiesOfMeasure = new Map<string, Set<QuantityKind>>();
  /** Measure -> the words its figures' own names use; token -> the measures so named. */
  const coreOfMeasure = new Map<string, Set<string>>();
  const coreNamed = new Map<string, Set<string>>();
  /** Measures any of whose figures is not a stock. */
  const notStock = new Set<string>();
  for (const e of entries) {
    if (e.kind !== 'fact' || e.series === undefined) continue;
    const m = measureOf(e.series);
    if (e.period !== 'stock') notStock.add(m);
    const into = measureWordsOfMeasure.get(m) ?? new Set<string>();
    for (const t of e.measureTokens) into.add(t);
    measureWordsOfMeasure.set(m, into);
    if (e.quantity !== undefined) quantitiesOfMeasure.set(m, (quantitiesOfMeasure.get(m) ?? new Set<QuantityKind>()).add(e.quantity));
    const core = coreOfMeasure.get(m) ?? new Set<string>();
    for (const t of e.coreTokens) {
      core.add(t);
      coreNamed.set(t, (coreNamed.get(t) ?? new Set<string>()).add(m));
    }
    coreOfMeasure.set(m, core);
  }
  const stockNamed = new Set<string>();
  for (const [t, ms] of coreNamed) if (![...ms].some((m) => notStock.has(m))) stockNamed.add(t);
  // Measure words by kind of quantity, each with the measures that use it.
  const measureWordsOf = new Map<QuantityKind, Map<string, Set<string>>>();
  for (const [m, kinds] of quantitiesOfMeasure) {
    for (const q of kinds) {
      const into = measureWordsOf.get(q) ?? new Map<string, Set<string>>();
      for (const t of measureWordsOfMeasure.get(m)!) into.set(t, (into.get(t) ?? new Set<string>()).add(m));
      measureWordsOf.set(q, into);
    }
  }
  for (const e of entries) {
    if (e.kind !== 'fact' || e.series === undefined) continue;
    const shared = measureWordsOfMeasure.get(measureOf(e.series))!;
    if (shared.size > e.measureTokens.size) e.measureTokens = shared;
  }
  for (const g of kb.glossary) for (const t of [g.term, g.expansion ?? '', ...g.aliases]) count(t);
  for (const w of [...lexicon.known, ...Object.keys(SHAPE_WORDS), ...STOPWORDS, ...COMMON_WORDS, ...NUMBER_WORD_LIST]) rawWords.set(w, (rawWords.get(w) ?? 0) + 1);

  const postings = new Map<string, Posting>();
  for (const [t, p] of lists.lists()) {
    const posting: Posting = { entries: p.entries, weights: p.weights };
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
  const idf = idfOf(idfs, unknownIdf);
  // Phrasings are shared between entries (see compact.ts): each is weighed once.
  const weighed = new Set<Entry['phrasings'][number]>();
  for (const e of entries) {
    for (const p of e.phrasings) {
      if (weighed.has(p)) continue;
      weighed.add(p);
      p.weight = [...p.tokens].reduce((sum, t) => sum + idf(t), 0);
    }
  }
  const exact = new Map<string, Entry[]>();
  for (const [key, i] of aliasKeys) {
    // A phrasing whose only word left is a name ("what does the CMAA do") taught its verb, which
    // tokens drop: "what's the CMAA" is not worded as it is.
    if (key === '' || lexicon.kinds.has(key)) continue;
    const e = entries[i]!;
    const list = exact.get(key) ?? [];
    if (!list.includes(e)) list.push(e);
    exact.set(key, list);
  }
  const measureWords = new Set<string>();
  // Words of a kind of quantity ("land", "area") are checked as the kind, not as a measure's name.
  const kindTokens = new Set(lexTokens(lexicon, [...AREA_WORDS]));
  const series = new Map<string, Entry[]>();
  const quantities = new Set<QuantityKind>();
  const quantityCounts = new Map<QuantityKind, number>();
  const countWords = new Set<string>();
  for (const e of entries) {
    if (!e.hasFigure) continue;
    if (e.quantity === 'count') for (const t of e.counts) if (!GENERIC.has(t) && !MARKERS.has(t)) countWords.add(t);
    if (e.kind === 'fact') for (const t of e.coreTokens) if (!kindTokens.has(t)) measureWords.add(t);
    if (e.quantity !== undefined) {
      quantities.add(e.quantity);
      quantityCounts.set(e.quantity, (quantityCounts.get(e.quantity) ?? 0) + 1);
    }
    if (e.series === undefined) continue;
    const list = series.get(e.series) ?? [];
    list.push(e);
    series.set(e.series, list);
  }
  for (const list of series.values()) list.sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? ''));
  // Words mostly found in the names of percentages ("drop", "fall"; one "bombs dropped" does not count).
  const inPercent = new Map<string, number>();
  const inOther = new Map<string, number>();
  for (const e of entries) {
    if (!e.hasFigure || e.kind !== 'fact') continue;
    const into = e.quantity === 'percent' ? inPercent : inOther;
    for (const t of e.coreTokens) into.set(t, (into.get(t) ?? 0) + 1);
  }
  const percentWords = new Set([...inPercent].filter(([t, n]) => n > (inOther.get(t) ?? 0)).map(([t]) => t));
  const fixed = new UnionSet(dictionary, new Set([...[...lexicon.known].filter((w) => w.length >= 3), ...CHAT_WORDS]));
  return {
    lexicon, entries, postings, idf, exact, scores: new Float64Array(n), touched: new Int32Array(n),
    speller: new Speller(rawWords, new Set([...STOPWORDS].filter((w) => w.length <= 5)), fixed), dictionary,
    khmerSpelling: lazyKhmerSpelling(lexicon),
    measureWords, series, quantities, quantityCounts, countWords, percentWords, areaTokens: kindTokens,
    measureNameWords: tk.measureNameWords(),
    measureWordsOf, coreOfMeasure, coreNamed, stockNamed, phraseSeconds: phraseSecondsOf(lexicon),
    countedAlone: new Set(entries.flatMap((e) => {
      if (e.quantity !== 'count') return [];
      const own = [...e.counts].filter((t) => !lexicon.kinds.has(t) && !ANY_COUNTABLE.has(t));
      return own.length === 1 ? own : [];
    })),
    concepts: new Set([...lexicon.words.values(), ...[...lexicon.phrases.values()].flatMap((ps) => ps.map((p) => p.token))].filter((t) => !lexicon.kinds.has(t))),
    doers: new Set(entries.flatMap((e) => (e.kind === 'fact' ? [...e.by].filter((t) => lexicon.authorities?.has(t) !== true) : []))),
    soloWork: new Set(entries.flatMap((e) => (e.kind === 'fact' && e.hasFigure && e.partners.size === 0 ? [...e.by].map((b) => `${b}|${e.quantity ?? ''}`) : []))),
    splitMeasures: splitMeasuresOf(entries),
  };
}

export interface Analysed {
  tokens: string[];
  /** Tokens of words in neither the fact base nor the dictionary, left uncorrected: likely names. */
  names: ReadonlySet<string>;
  /** Of those, the ones the question is about ("in Vanuatu", a capitalised word mid-sentence). */
  properNames: readonly string[];
  frame: QuestionFrame;
  /** The question's words after spelling correction, before they are read as tokens. */
  rawWords: readonly string[];
  /** Words that were corrected, as [typed, corrected]. */
  corrections: Array<[string, string]>;
  /** "Annual", "yearly", "per year": the question counts by the year (other rates are by unit). */
  yearly: boolean;
  /** "Annual", "yearly" name a year's figure ("the annual budget"); "annually", "per year" ask how often. */
  annual: boolean;
  /** A clause opens with "will" ("In your opinion, will Cambodia meet ..."): it asks for a forecast. */
  asksWill: boolean;
  /** Tokens of the verbs of an event the question names ("signed"): a fact with the same verb is dated by it. */
  events: readonly string[];
  /** Tokens of a clause of circumstance that opens the question, up to its first space (Khmer "ពេល…"). */
  opening: readonly string[];
  /**
   * Tokens only of the sentences around the question in a longer message ("we're writing the donor
   * report."): they say why it is asked, not what.
   */
  context: readonly string[];
  /** The sentences of context all follow the ones that ask ("sq km left?? need it for a report"). */
  contextAfter?: boolean;
  /** Tokens of a sentence that narrows the question before it ("Only the killed."). */
  narrowed: readonly string[];
  /** The message is more than one sentence. */
  sentences?: boolean;
}

/**
 * What "how many X" counts: the head of X (English noun phrases end in their head), read through
 * the lexicon. Checked when some figure counts it, or when the fact base has never used the word
 * ("how many mortar shells"); a word the base uses otherwise ("rural") or people in general says nothing.
 */
/** Words before what is counted that only say each is counted once ("how many separate accidents"). */
const EACH_ONE = new Set(['separate', 'individual', 'distinct', 'different', 'single', 'actual', 'specific', 'unique']);
/**
 * The question puts the figure in the place ("the K5 belt in Vietnam"); a name only the facts' capitals
 * made a place ("Level 1 Survey") is no place to be in.
 */
function putIn(lexicon: Lexicon, a: Analysed, place: string): boolean {
  return perQuestion(PUT_IN, a, place, () => lexicon.guessed?.has(place) !== true &&
    a.rawWords.some((w, i) => lexTokens(lexicon, [w])[0] === place && ['in', 'inside', 'within', 'across', 'throughout', 'for'].includes(a.rawWords[i - 1] ?? '')));
}
/** Readings of a question alone, each kept per question and per word it is of. */
const PUT_IN = new WeakMap<Analysed, Map<string, boolean>>();
const SCENES = new WeakMap<Analysed, Map<string, boolean>>();
const CONTEXTS = new WeakMap<Analysed, Map<string, boolean>>();

/** A reading of the question alone, made once however many figures ask it. */
function perQuestion(memo: WeakMap<Analysed, Map<string, boolean>>, a: Analysed, key: string, read: () => boolean): boolean {
  let m = memo.get(a);
  if (m === undefined) memo.set(a, (m = new Map()));
  let out = m.get(key);
  if (out === undefined) m.set(key, (out = read()));
  return out;
}

/** Verbs in the past that are nothing else, which end a noun phrase. */
const PAST_VERBS = new Set(['went', 'took', 'got', 'came', 'gave', 'made', 'saw', 'ran', 'fled', 'lost', 'became', 'began', 'sent', 'spent', 'paid', 'held', 'kept', 'brought', 'taught', 'fought', 'stood', 'sat', 'met', 'did', 'had', 'attended', 'joined', 'completed', 'graduated', 'received']);

function countedOf(index: MatchIndex, raw: readonly string[]): string | undefined {
  let at = raw.indexOf('howmany');
  // ("Were any deminers killed in 2023?": who "any" counts, as "how many" does.)
  // (There the verb follows with no "were" before it: "any deminers killed", "any deminers die".)
  // (Not of land or a kind of thing: "was any land cleared", "were any mine detectors given" ask of a figure's own.)
  const anyOf = lexTokens(index.lexicon, [raw[2] ?? ''])[0];
  const any = at < 0 && raw[1] === 'any' && ['were', 'was', 'did', 'have', 'has', 'are', 'is'].includes(raw[0] ?? '') &&
    !AREA_WORDS.has(raw[2] ?? '') && anyOf !== undefined && index.lexicon.kinds.get(anyOf) !== 'thing' && !AREA_WORDS.has(anyOf);
  if (any) at = 1;
  if (at < 0) return undefined;
  while (EACH_ONE.has(raw[at + 1] ?? '') && raw[at + 2] !== undefined && !STOPWORDS.has(raw[at + 2]!)) at++;
  // "How many people live near mined land": people are counted, and people in general say nothing.
  // So are they in "how many lost a limb", "how many died": a verb right after "how many".
  // "How many of the 4 million munitions were cluster bombs": what is counted follows the verb.
  // (Only when a kind of thing or a counted word follows the verb: "were hit by ERW" says how, not what.)
  // ("Of the 4 million munitions found, how many were cluster bombs": the same, the whole said first.)
  const copula = (w: string | undefined) => w === 'were' || w === 'was' || w === 'are' || w === 'is';
  const partOf = raw[at + 1] === 'of' ? raw.findIndex((w, i) => i > at + 2 && copula(w)) : copula(raw[at + 1]) && raw.slice(0, at).includes('of') ? at + 1 : -1;
  const after = partOf > 0 ? lexTokens(index.lexicon, raw.slice(partOf + 1, partOf + 4)) : [];
  const kindAfter = after.length > 0 && index.lexicon.kinds.get(after[0]!) === 'thing';
  // "How many of the 2023 casualties were children": a group the vocabulary knows, after the verb, is
  // what is counted, narrowed within the whole; no figure of the whole counts it.
  // (A word the vocabulary gives a meaning, or one the fact base has never used; not a verb: "were recorded".)
  const said = raw[partOf + 1] ?? '';
  // (A noun ends its clause: "were hit by ERW", "were due to mines" say how, not who.)
  const ends = ['in', 'among', 'and', 'or', 'during', 'at', 'from', 'under', 'aged'].includes(raw[partOf + 2] ?? 'in');
  const group = partOf > 0 && !kindAfter && ends && after.length > 0 && !STOPWORDS.has(said) && !REPORT_VERBS.has(said) && !/ed$/u.test(said) ? after[0]! : undefined;
  if (group !== undefined && (index.concepts.has(group) || !index.postings.has(group)) && !index.lexicon.kinds.has(group) && !index.measureWords.has(group) &&
    !GENERIC.has(group) && !MARKERS.has(group) && !FILLER_TOKENS.has(group) && !/^\d/u.test(group)) return group;
  // "How many people live near mined land": people are counted, and people in general say nothing.
  // So are they in "how many lost a limb", "how many died": a verb right after "how many".
  if (!kindAfter && (PERSON_NOUNS.has(raw[at + 1] ?? '') || VERBS_OF_PEOPLE.has(raw[at + 1] ?? ''))) return undefined;
  const phrase: string[] = [];
  // ("How many items of ordnance": what is counted follows "items of".)
  const from = kindAfter ? partOf : COUNT_NOUNS.has(raw[at + 1] ?? '') && raw[at + 2] === 'of' && !['the', 'these', 'those', 'them'].includes(raw[at + 3] ?? '') ? at + 2 : at;
  for (const w of raw.slice(from + 1, from + 7)) {
    // "how many mine and UXO casualties": "and" joins kinds of thing before the head.
    if ((w === 'and' || w === 'or') && phrase.length > 0 && index.lexicon.kinds.get(lexTokens(index.lexicon, [phrase.at(-1)!])[0] ?? '') === 'thing') continue;
    // ("How many Cambodians went to Nanjing": a verb ends what is counted.)
    if (STOPWORDS.has(w) || REPORT_VERBS.has(w) || PAST_VERBS.has(w) || w === 'still' || w === 'already' || /^\d+$/u.test(w)) break;
    if (any && phrase.length > 0 && (/ed$/u.test(w) || index.measureWords.has(lexTokens(index.lexicon, [w])[0] ?? ''))) break;
    // ("How many women among the casualties": what is counted ends where the whole it is counted in begins.)
    // (Not where the whole after it is a group of its own, or says what no fact says: "deminers among
    // HALO's female staff".)
    if (phrase.length > 0 && (w === 'among' || w === 'amongst')) {
      const after = lexTokens(index.lexicon, raw.slice(raw.indexOf(w) + 1, raw.indexOf(w) + 5));
      if (!after.some((t) => (!index.postings.has(t) && !/^\d/u.test(t) && monthOf(t) === undefined) || (index.concepts.has(t) && !index.measureWords.has(t) && !index.lexicon.kinds.has(t)))) break;
    }
    phrase.push(w);
  }
  // Read in the whole question, a word may be part of a phrase ("blew up"): only tokens it kept count.
  const kept = new Set(lexTokens(index.lexicon, raw));
  const toks = lexTokens(index.lexicon, phrase).filter((t) => kept.has(t) && !MARKERS.has(t) && !ANY_COUNTABLE.has(t));
  const unknown = (t: string) => !index.postings.has(t) && !GENERIC.has(t) && !FILLER_TOKENS.has(t);
  const countable = (t: string) => index.countWords.has(t) || index.lexicon.kinds.get(t) === 'thing';
  // The head is the last countable word: "explosive ordnance accidents" counts accidents; what follows
  // it is the verb ("injured shifted"). A word the base has never used before it narrows what is
  // counted past any figure ("naval mines"); with no countable word, so does an unknown head ("women").
  let head = -1;
  for (let i = 0; i < toks.length; i++) if (countable(toks[i]!)) head = i;
  // Kinds of thing joined by "and" with no other head ("mines and UXO") count the first, as before the join.
  if (head >= 0 && index.lexicon.kinds.get(toks[head]!) === 'thing' && phrase.length > 1) {
    const first = toks.findIndex((t) => index.lexicon.kinds.get(t) === 'thing');
    if (first >= 0) head = first;
  }
  // No countable word: an unknown one narrows past every figure ("women"), and so does a word that
  // names another figure's measure ("volunteers" of a count of villages with volunteers).
  if (head < 0) {
    // "How many sites": one word, known to the fact base but counted by no figure.
    const single = toks.length === 1 && !GENERIC.has(toks[0]!) && !FILLER_TOKENS.has(toks[0]!) && !index.lexicon.kinds.has(toks[0]!) ? toks[0] : undefined;
    return toks.find(unknown) ?? toks.findLast((t) => index.measureWords.has(t)) ?? single;
  }
  return toks.slice(0, head).find(unknown) ?? toks[head];
}

/**
 * "មានភូមិប៉ុន្មាន" (how many villages): in Khmer the word next to "how many" is what is counted, when
 * the vocabulary gives it a meaning, no figure counts it and it names no measure, unit, kind or name
 * (which the rest of the matcher reads as it does in English).
 */
function countedKhmer(index: MatchIndex, raw: readonly string[]): string | undefined {
  for (const t of khmerNouns(index, raw)) {
    if (hasKhmer(t) || !index.concepts.has(t) || MARKERS.has(t) || GENERIC.has(t) || FILLER_TOKENS.has(t) || index.areaTokens.has(t)) continue;
    if (index.lexicon.kinds.has(t) || index.measureWords.has(t) || index.countWords.has(t) || AREA_UNITS.has(t)) continue;
    return t;
  }
  return undefined;
}

/**
 * The tokens of the words in the places of a Khmer question's noun beside its "how many" word:
 * "មាន N ប៉ុន្មាន" (there are how many N) and "V បាន ប៉ុន្មាន N" (did V how many N).
 */
function khmerNouns(index: MatchIndex, raw: readonly string[]): string[] {
  // (The question word is the vocabulary's: a Khmer word it reads as "how much" or "how many".)
  const at = raw.findIndex((w) => {
    const toks = hasKhmer(w) ? lexTokens(index.lexicon, [w]) : [];
    return toks.length === 1 && (toks[0] === 'howmuch' || toks[0] === 'howmany');
  });
  if (at < 0) return [];
  const { thereAre, did, question } = KHMER_PARTICLES;
  // ("ដីប្រឡាក់ប៉ុន្មាន", land contaminated how much, has a verb there.)
  const before = at === 1 || raw[at - 2] === thereAre || raw[at - 2] === question ? raw[at - 1] : undefined;
  const after = raw[at - 1] === did ? raw[at + 1] : undefined;
  return [before, after].flatMap((w) => {
    const toks = w === undefined || !hasKhmer(w) ? [] : lexTokens(index.lexicon, [w]);
    return toks.length === 1 ? [toks[0]!] : [];
  });
}

/**
 * "Children killed in 2023", "were any deminers killed in 2023?": a question that starts with what it
 * counts reads as "how many children were killed" does, and what it counts must be what a figure counts.
 */
const IRREGULAR_PLURALS = new Set(['children', 'women', 'men', 'people']);
function countedFirst(index: MatchIndex, raw: readonly string[], asked = false): string | undefined {
  // ("Were any deminers killed in 2023?" asks "how many deminers were killed" outright.)
  const any = /^(?:were|was|are|is|have|has|had|did)$/u.test(raw[0] ?? '') ? raw.indexOf('any') : -1;
  if (any > 0 && any <= 2) return countedFirst(index, raw.slice(any + 1), true);
  const first = raw[0];
  // (What is counted is a plural noun: "children", "deminers"; not "proportion cleared", "cumulative injured".)
  const plural = first !== undefined && (/^\p{Ll}{3,}[^s]s$/u.test(first) || IRREGULAR_PLURALS.has(first));
  if (!plural || raw.includes('howmany') || STOPWORDS.has(first) || MARKERS.has(first)) return undefined;
  // ("Deminers been hurt": the verb after its auxiliary.)
  let at = 1;
  while (/^(?:been|were|was|are|is|being|got|get)$/u.test(raw[at] ?? '')) at++;
  const next = lexTokens(index.lexicon, raw.slice(at, at + 1))[0];
  if (next === undefined || !index.measureWords.has(next) || index.lexicon.kinds.has(next)) return undefined;
  const c = countedOf(index, ['howmany', ...raw]);
  // (What is counted is the first word itself: "machines operated by CMAC" does not count operating.)
  const own = lexTokens(index.lexicon, [first!])[0];
  // (Said in a few words, "deminers trained", only a word no fact uses narrows past every figure: one the
  // base knows may be what a figure counts, "14 Ukrainian deminers trained".)
  return c !== undefined && c === own && (asked || !index.postings.has(c)) && !GENERIC.has(c) && !FILLER_TOKENS.has(c) && !index.lexicon.kinds.has(c) ? c : undefined;
}

/** The second word of a vocabulary phrase that `word`, after `before`, misspells by one letter. */
// (Only a word the fact base does not use, and not another form of the same word: "land released" is no
// misspelt "land release".)
function inPhrase(index: MatchIndex, before: string | undefined, word: string): string | undefined {
  if (before === undefined || word.length < 4) return undefined;
  for (const next of index.phraseSeconds.get(before) ?? []) {
    // ("Hun Mane": a word of four letters only with a letter left out.)
    if (next !== word && (word.length >= 5 || (next.length === 5 && !STOPWORDS.has(before) && !COMMON_WORDS.has(before))) && Math.abs(next.length - word.length) <= 1 && editDistance(next, word, 1) <= 1 &&
      stem(next) !== stem(word) && !index.postings.has(lexTokens(index.lexicon, [word])[0] ?? word)) return next;
  }
  return undefined;
}

/** The second word of each place name of two words -> the places so named, each with its first words ("cham" -> kampongcham: "kampong", "kompong"), read once. */
const placeFirstsOf = new WeakMap<MatchIndex, Map<string, Map<string, string[]>>>();
/**
 * "kg cham", "Kg. Thom": a word no dictionary or fact has, with the
 * first letter of a place name's first word, before that name's second word (itself no English word),
 * is that first word written another way.
 */
function placeFirst(index: MatchIndex, word: string, next: string | undefined): string | undefined {
  if (next === undefined) return undefined;
  let firsts = placeFirstsOf.get(index);
  if (firsts === undefined) {
    firsts = new Map();
    for (const list of index.lexicon.phrases.values()) {
      for (const p of list) {
        const [first, second] = p.raw;
        if (first === undefined || second === undefined || p.raw.length !== 2 || index.lexicon.kinds.get(p.token) !== 'place') continue;
        const places = firsts.get(second) ?? new Map<string, string[]>();
        places.set(p.token, [...(places.get(p.token) ?? []), first]);
        firsts.set(second, places);
      }
    }
    placeFirstsOf.set(index, firsts);
  }
  // (Not before a word of everyday English: "Canadian government" is no "Cambodian government".)
  const places = index.dictionary.has(next) ? undefined : firsts.get(next);
  if (places?.size !== 1) return undefined;
  const [written] = places.values();
  return written?.includes(word) === true ? undefined : written?.find((f) => f[0] === word[0]);
}

function phraseSecondsOf(lexicon: Lexicon): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const list of lexicon.phrases.values()) {
    for (const p of list) {
      const [first, second] = p.raw;
      if (first === undefined || second === undefined) continue;
      const seconds = out.get(first) ?? [];
      if (!seconds.includes(second)) seconds.push(second);
      out.set(first, seconds);
    }
  }
  return out;
}

/** Words that open a clause of circumstance at the start of a Khmer question ("when meeting ..."). */
const OPENING_CIRCUMSTANCE = /^(?:នៅពេល|ពេល|ក្នុងពេល|ក្នុងជំនួប|នៅក្នុងជំនួប)[^\s]*\s/u;

/** The tokens of an opening clause of circumstance, when the question has one and goes on after it. */
function openingClause(index: MatchIndex, text: string): string[] {
  const t = text.trim();
  const m = OPENING_CIRCUMSTANCE.exec(t);
  if (m === null || t.length <= m[0].length) return [];
  return lexTokens(index.lexicon, words(prepare(m[0])));
}

/** Occasions a preposition may place a question at ("at the July meeting"). */
const OCCASIONS = new Set(['meeting', 'meetings', 'conference', 'visit', 'event', 'ceremony', 'talks', 'summit', 'briefing', 'session']);

/** Words that open a clause of circumstance mid-question ("… praise when he met the PM"). */
const CIRCUMSTANCE = new Set(['when', 'while', 'whilst', 'during', 'after', 'before', 'ពេល', 'នៅពេល', 'ពេលដែល']);

/**
 * The tokens a question asks with, less a clause of circumstance after its main verb: "what did
 * Yamazaki praise when he met the PM" asks what he praised; the meeting is when. The clause still
 * counts where a figure must fit it (its dates, places and people are read from the whole question).
 */
function mainClause(index: MatchIndex, a: Analysed): string[] {
  // The sentences that ask, of a longer message ("We're writing the donor report. How much ...?").
  if (a.context.length > 0) {
    const context = new Set(a.context);
    const asked = a.tokens.filter((t) => !context.has(t));
    // (A short question before them is asked alone, "sq km left to clear?? need it for a donor report";
    // one after them may take its subject from them, "I'm writing about HALO in 2022. How many mines?")
    if (asked.filter((t) => !MARKERS.has(t)).length >= (a.contextAfter === true ? 1 : 2)) return mainClause(index, { ...a, tokens: asked, context: [] });
  }
  // A clause that opens the question and ends at its first space ("ពេលជួបនាយករដ្ឋមន្ត្រី ប្រធាន JMAS ...").
  if (a.opening.length > 0) {
    const rest = new Set(a.tokens.slice(a.opening.length));
    const kept = a.tokens.filter((t, i) => i >= a.opening.length || rest.has(t) || !a.opening.includes(t));
    if (kept.filter((t) => !MARKERS.has(t)).length >= 2) return kept;
  }
  // ... or "at the July meeting": a preposition before an occasion.
  const at = a.rawWords.findIndex((w, i) => i > 1 && ((CIRCUMSTANCE.has(w) && !/^\d/u.test(a.rawWords[i + 1] ?? '')) ||
    ((w === 'at' || w === 'in') && a.rawWords.slice(i + 1, i + 4).some((x) => OCCASIONS.has(x)))));
  if (at < 0) return a.tokens;
  const clause = new Set(lexTokens(index.lexicon, a.rawWords.slice(at)));
  const before = new Set(lexTokens(index.lexicon, a.rawWords.slice(0, at)));
  const kept = a.tokens.filter((t) => !clause.has(t) || before.has(t));
  return kept.filter((t) => !MARKERS.has(t)).length >= 2 ? kept : a.tokens;
}

/** The Khmer speller of a lexicon, made when first asked for: most fact bases never see Khmer. */
function lazyKhmerSpelling(lexicon: Lexicon): () => (text: string) => string {
  let fix: ((text: string) => string) | undefined;
  return () => {
    if (fix !== undefined) return fix;
    // A segment is read as a word when the vocabulary has it alone, or as part of a phrase it has
    // ("ហិកតា" is three pieces); a short one alone may be the piece of a typo.
    const known = (segments: readonly string[]): Array<'word' | 'short' | undefined> => {
      const out: Array<'word' | 'short' | undefined> = segments.map((w) => (lexicon.words.has(w) || lexicon.stop?.has(w) === true ? (w.length <= 3 ? 'short' : 'word') : undefined));
      for (let i = 0; i < segments.length; i++) {
        for (const p of lexicon.phrases.get(segments[i]!) ?? []) {
          if (p.raw.length > 1 && p.raw.every((w, k) => segments[i + k] === w)) {
            for (let k = 0; k < p.raw.length; k++) out[i + k] = 'word';
            break;
          }
        }
      }
      return out;
    };
    // Only whole words are what a typo meant: the pieces of a phrase may be any syllables ("ស្ថាន").
    // The pieces of phrases are left as typed ("ការ៉េ" of "square kilometre" is not "Korea").
    const pieces = new Set(khmerSpellerWords(lexicon.known).map(([w]) => w));
    const speller = new Speller(khmerSpellerWords([...lexicon.words.keys(), ...(lexicon.stop ?? [])]), new Set(), pieces);
    // Whole names, as the dictionary would not always cut them in running text.
    const names = new Set<string>();
    for (const w of lexicon.words.keys()) if (w.length >= 4 && isKhmerWord(w)) names.add(w);
    for (const list of lexicon.phrases.values()) {
      for (const p of list) {
        const joined = p.raw.join('');
        if (joined.length >= 4 && isKhmerWord(joined)) names.add(joined);
      }
    }
    const longest = Math.max(4, ...[...names].map((w) => w.length));
    fix = (text) => markKnownKhmer(correctKhmer(text, speller, known), names, longest);
    return fix;
  };
}

/**
 * The words written with a capital after the text's first word, and those written as a title
 * ("Halo") after their sentence's first word (a sentence ends at ".", "!" or "?" before a space). One
 * pass over the words: this runs for every question.
 */
/**
 * "Hi all, ...", "hey team, ...": a greeting that opens the message, typed in lower case or as a word,
 * is read away; the vocabulary may read it as a name ("HI", Handicap International), which only
 * "HI" typed in capitals or in a name's place ("how much has hi cleared") is.
 */
function ungreeted(text: string): string {
  const m = GREETING_OPENS.exec(text);
  return m === null || m[1] === m[1]!.toUpperCase() || (m[2] === undefined && !/^\s*[,!.:;-]/u.test(text.slice(m[0].length))) ? text : text.slice(m[0].length);
}
const GREETING_OPENS = /^\s*(hi|hello|hey)\b(\s+(?:all|there|team|everyone|everybody|guys|folks|bot|again|friends|colleagues)\b)?/iu;

function capitalsOf(text: string): { capitalised: Set<string>; titled: Set<string> } {
  const capitalised = new Set<string>();
  const titled = new Set<string>();
  // (As splitting on what is not a word does: a text that opens with a word leaves that word out.)
  let firstOfText = /^[\p{L}\p{N}'-]/u.test(text);
  let firstOfSentence = true;
  let end = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}'-]+/gu)) {
    const w = m[0];
    if (m.index > end && /[.!?]\s/u.test(text.slice(end, m.index))) firstOfSentence = true;
    end = m.index + w.length;
    if (!firstOfText && /^\p{Lu}/u.test(w)) capitalised.add(w.toLowerCase());
    if (!firstOfSentence && /^\p{Lu}\p{Ll}+$/u.test(w)) titled.add(w.toLowerCase());
    firstOfText = false;
    firstOfSentence = false;
  }
  return { capitalised, titled };
}

/** The words counted in a statement's taught "how many X" phrasings ("how many times has the deadline been extended"). */
function countsTaught(tk: Tokeniser, aliases: readonly string[]): { countTaught?: Map<string, Set<string>> } {
  // Each counted word, with the words of the phrasing that say what of ("deadline", "extended").
  const out = new Map<string, Set<string>>();
  for (const al of aliases) {
    const m = /\bhow many (\w+)/iu.exec(al);
    if (m === null) continue;
    const counted = stem(m[1]!.toLowerCase());
    const into = out.get(counted) ?? new Set<string>();
    for (const t of tk.tokens(al)) if (!MARKERS.has(t) && !ANY_COUNTABLE.has(t) && t !== counted) into.add(t);
    out.set(counted, into);
  }
  return out.size > 0 ? { countTaught: out } : {};
}

/** A Khmer word that is two stop words run together, cut in two; else undefined. */
function stopPair(lexicon: Lexicon, w: string): [string, string] | undefined {
  const stop = (x: string) => lexicon.stop?.has(x) === true || STOPWORDS.has(x);
  return stop(w) ? undefined : khmerHalves(w).find(([a, b]) => stop(a) && stop(b));
}

/**
 * Two Khmer words the dictionary cut in the wrong place ("ណាម" + "ក" for "ណា" + "មក", which + since):
 * where the first is no word the fact base or its vocabulary knows, the syllables at its end are
 * moved onto the next when both words are then known.
 */
function resplit(index: MatchIndex, ws: string[]): string[] {
  if (!ws.some(isKhmerWord)) return ws;
  const known = (x: string) => index.lexicon.words.has(x) || index.lexicon.phrases.has(x) || index.postings.has(x) || index.lexicon.stop?.has(x) === true || STOPWORDS.has(x);
  const out = [...ws];
  for (let i = 0; i + 1 < out.length; i++) {
    const [w, next] = [out[i]!, out[i + 1]!];
    if (!isKhmerWord(w) || !isKhmerWord(next) || known(w)) continue;
    const cut = khmerHalves(w).reverse().find(([a, b]) => known(a) && known(b + next));
    if (cut !== undefined) [out[i], out[i + 1]] = [cut[0], cut[1] + next];
  }
  return out;
}

/** Verbs of saying in a tense a statement of someone's uses: "Sokha says", "the draft claimed". */
const SAYS = new Set(['says', 'said', 'wrote', 'writes', 'claims', 'claimed', 'states', 'stated', 'told', 'tells', 'mentioned', 'mentions', 'reckons', 'thinks', 'thought', 'quoted', 'quotes', 'puts']);
/** Who the writer cites by name: "my colleague Sokha says ...". */
const SAYERS = new Set(['colleague', 'boss', 'friend', 'manager', 'editor', 'director', 'intern', 'teacher', 'supervisor', 'coworker', 'co-worker', 'officer', 'reporter']);
/** What someone writes a figure in: "Sokha's draft says ...". */
const WRITINGS = new Set(['draft', 'report', 'article', 'post', 'email', 'note', 'notes', 'slide', 'slides', 'deck', 'message', 'memo', 'proposal', 'newsletter', 'story', 'piece', 'tweet', 'page', 'text', 'script', 'brief', 'summary']);

/** Spelling-corrects and tokenises a question, and reads its frame. */
export function analyse(index: MatchIndex, question: string): Analysed {
  // Bounded: a question longer than this says nothing more that matching could use.
  const text = ungreeted(question.slice(0, 500));
  const typed = prepare(text);
  // Mistyped Khmer words are read as the known words they are nearest to.
  const prepared = hasKhmer(typed) ? index.khmerSpelling()(typed) : typed;
  // A word capitalised mid-sentence ("Halo Infinite"), neither shouted nor a word of the fact base, is a name.
  const { capitalised, titled } = capitalsOf(text);
  const corrections: Array<[string, string]> = [];
  const names = new Set<string>();
  const properNames: string[] = [];
  // Two stop words the dictionary ran together ("ឱ្យធ្វើ", to do) are read apart, as stop words.
  const raw = resplit(index, words(prepared)).flatMap((w) => (isKhmerWord(w) && !index.lexicon.words.has(w) && !index.lexicon.phrases.has(w) && !index.postings.has(w) ? stopPair(index.lexicon, w) ?? [w] : [w]));
  // Each word is spelling-corrected once, however many readings of the question use it.
  const memo = new Map<string, string>();
  const correct = (w: string): string => {
    let c = memo.get(w);
    if (c === undefined) {
      c = index.speller.correct(w);
      memo.set(w, c);
    }
    return c;
  };
  const { context, asking, correction, narrowed, contextAfter } = contextOf(index, text, correct);
  // The words that open a sentence ("... for the newsletter. Sokha's draft says ..."): read only for a
  // word a verb of saying follows.
  let starts: Set<number> | undefined;
  const sentenceStarts = (): Set<number> => {
    if (starts === undefined) {
      starts = new Set<number>();
      let n = 0;
      for (const sentence of text.split(/(?<=[.!?;:])\s+/u)) {
        starts.add(n);
        n += words(prepare(sentence)).length;
      }
    }
    return starts;
  };
  // Khmer words inside a name or phrase the vocabulary knows ("សម្ដេច ធិបតី", "គ្រាប់ សល់ ពី សង្គ្រាម").
  const inPhrases = new Set<number>();
  if (hasKhmer(prepared)) {
    for (let j = 0; j < raw.length; j++) {
      const p = index.lexicon.phrases.get(raw[j]!)?.find((c) => c.raw.length > 1 && c.raw.every((x, k) => raw[j + k] === x));
      for (let k = 0; k < (p?.raw.length ?? 0); k++) inPhrases.add(j + k);
    }
  }
  const fixed = raw.map((w, i) => {
    // Khmer is not spelling-corrected against English, and has no capitals to tell a name: a Khmer
    // word the fact base does not know weighs against a match as a name does, without refusing it.
    if (hasKhmer(w)) {
      if (inPhrases.has(i)) return w;
      const t = lexTokens(index.lexicon, [w])[0];
      // A question word ("ប៉ុន្មាន" is read as "how much") or a stop word is no name either.
      if (t !== undefined && !index.postings.has(t) && !MARKERS.has(t)) names.add(w);
      return w;
    }
    // A month ("jan", "dec") is a date the frame reads, never a name.
    if (monthOf(w) !== undefined) return w;
    // "prime minster": a word one letter from the next word of a name the vocabulary knows, after its
    // first word, is that word, though a dictionary has it too.
    const first = index.speller.has(w) || /\d/u.test(w) ? undefined : placeFirst(index, w, raw[i + 1]);
    if (first !== undefined) {
      corrections.push([w, first]);
      return first;
    }
    const c = inPhrase(index, raw[i - 1], w) ?? correct(w);
    // ("Sokha's draft says 25,000", "Dara wrote 1,200": a name that says a figure is who said it, not
    // what is asked about.)
    // (Only a name that opens its sentence, with a verb of saying in its own tense and a figure after it:
    // not "how much has Chechnya said it cleared", "how many did Myanmar report".)
    const verb = SAYS.has(raw[i + 1] ?? '') ? i + 1 : WRITINGS.has(raw[i + 1] ?? '') && SAYS.has(raw[i + 2] ?? '') ? i + 2 : -1;
    // ("My colleague Sokha says", "as Sokha says": a person named as one of the writer's own, or cited.)
    const says = verb > 0 && raw.slice(verb + 1, verb + 10).some((x) => /\d/u.test(x)) &&
      (raw[i - 1] === 'as' || SAYERS.has(raw[i - 1] ?? '') || sentenceStarts().has(i));
    if (c === w && says && !index.postings.has(lexTokens(index.lexicon, [w])[0] ?? w) && !index.lexicon.known.has(w)) return c;
    if (c !== w) corrections.push([w, c]);
    // ("Sorry my English not so good": the language one writes in is no name of what is asked; "our
    // Samlot district" still is.)
    else if ((raw[i - 1] === 'my' || raw[i - 1] === 'our') && w === 'english') return c;
    else if (titled.has(w) && !index.postings.has(lexTokens(index.lexicon, [w])[0] ?? w) && !index.lexicon.known.has(w) && !GENERIC.has(w) && !FILLER.has(w) && monthOf(w) === undefined) {
      names.add(w);
      properNames.push(w);
    }
    else if (!index.speller.has(w) && !/\d/u.test(w)) {
      // "CfR", "NPA": the initials of a name the facts write out ("Clearing for Results").
      // (Three letters at least: "hm", "kk", "ps" are chat, "SR" two provinces.)
      const spelt = w.length >= 3 && w.length <= 6 && /^[a-z]+$/u.test(w) ? acronymsOf(index).get(w) : undefined;
      if (spelt !== undefined) {
        corrections.push([w, spelt]);
        return spelt;
      }
      // "contam", "provs": a word typed in lower case and clipped short is the one word of the fact base
      // it starts (with its plural "s" dropped), where every word it starts reads as one.
      const whole = capitalised.has(w) || w.length < 4 ? undefined : clippedOf(index, w);
      if (whole !== undefined) {
        corrections.push([w, whole]);
        return whole;
      }
      names.add(w);
      // A word in no dictionary, fact or vocabulary is a name ("Vanuatu", "JMAS" to a base without it):
      // what the question is about, which no fact covers.
      // (A word in lower case in a sentence that does not ask, "need it for the infographic", is no name of what is asked.)
      const aside = !capitalised.has(w) && context.includes(lexTokens(index.lexicon, [w])[0] ?? w);
      if (!CHAT_WORDS.has(w) && !aside && monthOf(w) === undefined && (w.length >= 4 || (w.length === 3 && (capitalised.has(w) || NAME_PREPOSITIONS.has(raw[i - 1] ?? ''))))) properNames.push(w);
    }
    return c;
  });
  // A correction can complete a phrase ("anti personel" -> "anti personnel"): prepare again.
  const reprepared = corrections.length > 0 ? prepare(fixed.join(' ')) : prepared;
  const finalWords = corrections.length > 0 ? words(reprepared) : fixed;
  // "non-fatal": the word after "non" is what the question excludes, not what it asks for.
  // ("What is that in US dollars?": a place named before its currency names the currency, not a place.)
  const kept = finalWords.filter((w, i) => finalWords[i - 1] !== 'non' && w !== 'non' &&
    !(CURRENCY_WORDS.has(finalWords[i + 1] ?? '') && index.lexicon.kinds.get(lexTokens(index.lexicon, [w])[0] ?? '') === 'place'));
  const toks = lexTokens(index.lexicon, kept);
  const whole = frameOf(reprepared, kept, toks, index.lexicon);
  const frame = asking === undefined ? whole : askingFrame(index, whole, asking, correction, correct);
  // "How many X": X is what is counted when some figure counts it ("how many rural people" counts people,
  // which says nothing; "how many AP mines" counts AP mines).
  // ("How many casualties? Only the killed.": what is counted is what the question was narrowed to.)
  // ("How many km² are left": a unit of area counted is an area asked, of no thing counted.)
  const counted = narrowed.some((t) => index.measureWords.has(t)) || (whole.kind === 'area' && whole.unit !== undefined && AREA_UNITS.has(finalWords[finalWords.indexOf('howmany') + 1] ?? '')) ? undefined
    : countedOf(index, finalWords) ?? countedFirst(index, finalWords) ?? countedKhmer(index, finalWords);
  // "តើមានមីនប៉ុន្មាន" (there are how many mines): a kind of thing in the noun's place asks a count,
  // which the Khmer word for "how much" and "how many" alike does not say.
  const counts = frame.kind === undefined && frame.quantity && frame.unit === undefined && hasKhmer(typed) && !toks.some((t) => index.areaTokens.has(t) || AREA_UNITS.has(t)) &&
    // (Not a noun a phrase took in: "ដីមានមីន", land with mines, is mined land.)
    khmerNouns(index, finalWords).some((t) => index.lexicon.kinds.get(t) === 'thing' && toks.includes(t));
  const yearly = /\b(?:annual(?:ly)?|yearly|(?:per|a|each|every) year)\b/iu.test(asking ?? question);
  // "Staff, including non-deminers": what "non" rules out, asked for in other words too ("staff" read as
  // deminers), is part of what is asked, and a figure of it alone does not answer.
  // (Only after a word that includes it, itself not negated: "not counting non-fatal injuries", "excluding
  // non-deminers" ask for X alone.)
  const beyond = finalWords.flatMap((w, i) => (finalWords[i - 1] === 'non' && INCLUDING.has(finalWords[i - 2] ?? '') && !NEGATIONS.has(finalWords[i - 3] ?? '') ? lexTokens(index.lexicon, [w]) : []))
    .filter((t) => toks.includes(t) && !frame.notWords.includes(t));
  return { ...(/[?.!]\s+\S/u.test(text.trim()) ? { sentences: true } : {}), tokens: toks, names, properNames, frame: { ...frame, ...(counts ? { kind: 'count' as const } : {}), ...(beyond.length > 0 ? { notWords: [...frame.notWords, ...beyond] } : {}), counted: counted === undefined ? [] : [counted] }, rawWords: finalWords, corrections,
    // ("We're putting together the annual newsletter.": a rate said only around the question is not asked for.)
    yearly,
    annual: yearly && /\b(?:annual|yearly)\b/iu.test(asking ?? question),
    // ("Will you give me ..." is a request.)
    asksWill: /(?:^|[,;:?!.]\s*)(?:(?:and|but|so|then|really)\s+)?will\s(?!(?:you|u|ya)\b)/iu.test(text.trim()),
    events: finalWords.filter((w) => EVENT_VERBS.has(w)).flatMap((w) => lexTokens(index.lexicon, [w])),
    opening: openingClause(index, text),
    context,
    contextAfter: contextAfter === true,
    narrowed,
  };
}

/** Sentences of a message: after a full stop, question or exclamation mark (or Khmer "។"), or a line break. */
// (A full stop after a single letter ends an abbreviation, not a sentence: "ព.ស. ២៥៥៤", "U.S. partners".)
const SENTENCE_END = /(?<=[?!។៕]|(?<![.\s]\S)\.)\s+|\s*\n\s*/u;
/**
 * A sentence that asks: it ends with a question mark, opens with a question or a request (after a
 * greeting or "so"), or asks "how much" or "how many" within.
 */
const ASKS = /\?\s*$|^(?:(?:hi|hey|hello|ok|okay|so|and|also|but|then|quick q(?:uestion)?)\b[\s,:!-]*)*(?:what|whats|how|who|whose|when|where|which|why|is|are|was|were|do|does|did|can|could|would|will|has|have|had|should|please|pls|plz|give|tell|show|list|find|(?:i |we )?need(?! (?:it|this|that|them)\b)|i'?d like|looking for)\b|\bhow (?:much|many)\b|^(?:តើ|សូម|សុំ|ចង់ដឹង|ខ្ញុំចង់ដឹង|ប្រាប់)/u;

/** A question asked inside a sentence, after words that lead up to it. */
const EMBEDDED_QUESTION = /(?<=\s)(?:how (?:much|many|big|large)|what(?:'s| is| was| are| were)|when (?:is|was|did|will)|where (?:is|are|was|were)|which|who (?:is|was|said|did))\s/iu;
/**
 * Words that open a sentence about the one who writes ("we're writing ...", "my grandfather was ..."),
 * not about what is asked ("Of the 2023 victims, how many ...", "If you add ..., how much").
 */
const ABOUT_THE_WRITER = /^(?:(?:hey|hi|hello|ok|okay|so)(?: all| team| guys| folks| everyone)?\b[\s,!:-]*)*(?:i|i'm|im|i've|ive|we|we're|were|we've|my|our|me|us|writing|working|preparing|putting|doing)\b/iu;
/** "Sorry", but not an apology for one's English, for the bother or for being new ("Sorry my english not so good."). */
const SORRY = String.raw`sorry(?!,? (?:(?:for|about) )?my (?:english|grammar|spelling|typing)|,? for (?:the|my) (?:english|grammar|bother|trouble|long (?:message|question))|,? to (?:bother|disturb|ask)|,? i'?m (?:new|not (?:sure|good|a native))|,? i am (?:new|not (?:sure|good|a native)))`;
/** "I mean the events themselves": a sentence that says what the question before it means. */
const CLARIFIES = new RegExp(String.raw`^(?:i mean|i meant|meaning|as in|i\.e\.?|ie|that is|in other words|specifically|especially|not|only|just|solely|excluding|except|${SORRY}|actually|wait|oops|correction|make that|rather)\b|\b(?:only|alone)\W*$`, 'u');
/** "Only the killed.", "Just deaths.", "Landmines only.": a sentence that narrows what the one before asked. */
const NARROWS = /^(?:only|just|solely|exclusively)\b|\b(?:only|alone)\W*$/u;
/** "Sorry, I meant 2022.", "Actually make that 2020.": a sentence that corrects what the one before asked. */
const CORRECTS = new RegExp(String.raw`^(?:${SORRY}|actually|wait|oops|correction|make (?:that|it)|i meant|rather)\b`, 'u');
/** Words that only say what kind of answer is wanted ("total amount", "in USD"). */
const WANTED = new Set(['howmuch', 'money', 'total']);
/** A word that points back at what was said before ("does that match?", "is this right?"). */
const REFERS_BACK = /\b(?:that|this|it|these|those|they|them|the same)\b/u;

/**
 * The tokens of a longer message's other sentences, when some sentences ask and some do not. Each
 * sentence is read as the question is (spelling corrected), and tokens of an asking sentence are
 * never context.
 */
function contextOf(index: MatchIndex, text: string, correct: (w: string) => string): { context: string[]; asking: string | undefined; correction: string | undefined; narrowed: string[]; contextAfter?: boolean } {
  const none = { context: [], asking: undefined, correction: undefined, narrowed: [] };
  // "we're writing the donor report and need the headline figure for how much land ...": the words
  // before a question asked inside a sentence say why it is asked, as a sentence before it would.
  const sentences = text.split(SENTENCE_END).map((x) => x.trim()).filter((x) => x !== '').flatMap((x) => {
    const m = EMBEDDED_QUESTION.exec(x);
    const before = m === null ? '' : x.slice(0, m.index).trim();
    return m === null || before.split(/\s+/u).length < 3 || !ABOUT_THE_WRITER.test(before) ? [x] : [before, x.slice(m.index)];
  });
  if (sentences.length < 2) return none;
  const lower = sentences.map((x) => foldTypography(x).toLowerCase());
  const read = (x: string) => lexTokens(index.lexicon, words(prepare(x)).map((w) => (hasKhmer(w) ? w : correct(w))));
  const tokens = sentences.map(read);
  const form = lower.map((x) => ASKS.test(x) || CLARIFIES.test(x));
  // ("I mean the events themselves": what the question means, whatever it names.)
  // A request with nothing the fact base knows in it ("can you confirm before I paste it in?",
  // "សុំលេខច្បាស់ៗ", give me the exact number) asks nothing of its own.
  // (A fragment that narrows, "Only landmines.", "Deaths only.", says what the question means too.)
  const asks = form.map((f, i) => (f && tokens[i]!.some((t) => index.postings.has(t) && !MARKERS.has(t) && !GENERIC.has(t))) || CLARIFIES.test(lower[i]!));
  // "… 19,822 deaths since 1979. Does that match?": a sentence that asks about "that" asks about the one before it.
  for (let i = 1; i < sentences.length; i++) if (form[i] === true && REFERS_BACK.test(lower[i]!)) asks[i - 1] = true;
  // "What did Japan sign for CMAC on 20 March 2025? Total amount.": a few words after a question that
  // only say what kind of answer is wanted belong to it.
  for (let i = 1; i < sentences.length; i++) {
    // ("Did Japan give CMAC vehicles? How many?" stays apart: what is counted would be lost.)
    if (asks[i - 1] === true && tokens[i]!.length > 0 && tokens[i]!.every((t) => WANTED.has(t)) && tokens[i]!.some((t) => t === 'money' || t === 'total') &&
      sentences[i]!.split(/\s+/u).length <= 3) asks[i] = true;
  }
  const corrections = sentences.filter((_x, i) => i > 0 && CORRECTS.test(lower[i]!));
  // "Only the killed.", "Deaths only.": what the question before asked is narrowed to this.
  const narrowed = tokens.filter((_t, i) => NARROWS.test(lower[i]!)).flat();
  if (!asks.includes(false)) return { ...none, asking: corrections.length > 0 ? text : undefined, correction: corrections.at(-1), narrowed };
  if (!asks.includes(true)) return none;
  const asked = new Set(tokens.filter((_t, i) => asks[i] === true).flat());
  return { context: tokens.filter((_t, i) => asks[i] !== true).flat().filter((t) => !asked.has(t)), asking: sentences.filter((_x, i) => asks[i] === true).join(' '),
    correction: corrections.at(-1), narrowed, contextAfter: asks.indexOf(false) > asks.lastIndexOf(true) };
}

/**
 * The frame of a longer message: what its asking sentences ask (a kind of figure, a date, a total),
 * with what the whole message names (a place said in the sentence before is still the place) and
 * rules out. "How much land did APOPO clear in 2022? I have the 2021 figure already" asks of 2022 alone.
 */
function askingFrame(index: MatchIndex, whole: QuestionFrame, asking: string, correction: string | undefined, correct: (w: string) => string): QuestionFrame {
  const read = (text: string) => {
    const typed = prepare(text);
    const prepared = hasKhmer(typed) ? index.khmerSpelling()(typed) : typed;
    const typedWords = words(prepared);
    const fixed = typedWords.map((w) => (hasKhmer(w) || monthOf(w) !== undefined ? w : correct(w)));
    // (Prepared again only when a word was corrected.)
    const again = fixed.some((w, i) => w !== typedWords[i]) ? prepare(fixed.join(' ')) : prepared;
    const kept = again === prepared ? typedWords : words(again);
    return frameOf(again, kept, lexTokens(index.lexicon, kept), index.lexicon);
  };
  const asked = read(asking);
  const fix = correction === undefined ? undefined : read(correction);
  const corrected = fix !== undefined && (fix.dates.length > 0 || fix.sinceYears.length > 0) ? fix : undefined;
  return {
    ...asked,
    // The places, organisations and people of the whole message, unless the asking sentences name
    // their own ("Could you give me Cambodia's figure? My editor works in the US." asks of Cambodia).
    // ("the province" names no place of its own.)
    entities: [...asked.entities, ...whole.entities.filter((e) => !asked.entities.some((x) => x.kind === e.kind && !commonNoun(index.lexicon, x.token)) && !asked.entities.some((x) => x.token === e.token))],
    excluded: [...new Set([...whole.excluded, ...asked.excluded])],
    notThings: [...new Set([...whole.notThings, ...asked.notThings])],
    notWords: [...new Set([...whole.notWords, ...asked.notWords])],
    notDates: [...whole.notDates, ...asked.notDates],
    // A date said only around the question is the writer's ("My father was injured in 1985.", "I have
    // the 2023 figure already."), not what is asked; a correction ("Sorry, I meant 2022.") replaces it.
    ...(corrected === undefined ? {} : { dates: corrected.dates, sinceYears: corrected.sinceYears }),
  };
}

export type Refusal =
  | 'needs-figure' | 'measure' | 'place' | 'hazard' | 'organisation' | 'person' | 'year' | 'period' | 'future'
  | 'not-a-total' | 'not-about-figures' | 'unknown-name' | 'not-national' | 'ranking' | 'forecast';

const CUMULATIVE_DATE_WORDS = new Set(['', 'by', 'until', 'till', 'through', 'as of', 'as at', 'end of', 'up to', 'up until']);
const STOCK_DATE_WORDS = new Set(['', 'in', 'by', 'as of', 'as at', 'for', 'until', 'till', 'end of', 'mid']);
const FLOW_DATE_WORDS = new Set(['', 'in', 'during', 'for', 'through']);
/**
 * Where the words that say where or when an event happened start, before the word at `i`: past the kinds
 * of thing that say what it happened with ("in mine and UXO blasts"), and how many of those there were.
 */
function sceneOf(index: MatchIndex, a: Analysed, i: number): { preposition: string | undefined; things: number } {
  let j = i - 1;
  let things = 0;
  for (; j > 0 && j > i - 5; j--) {
    const w = a.rawWords[j]!;
    if (w === 'and' || w === 'or') continue;
    if (index.lexicon.kinds.get(lexTokens(index.lexicon, [w])[0] ?? '') !== 'thing') break;
    things++;
  }
  return { preposition: CONTEXT_PREPOSITIONS.has(a.rawWords[j] ?? '') ? a.rawWords[j] : undefined, things };
}

/** Every use of the token `t` passes `test` (each is read once per question, however many figures ask). */
function everyUse(index: MatchIndex, a: Analysed, t: string, memo: WeakMap<Analysed, Map<string, boolean>>, test: (i: number) => boolean): boolean {
  return perQuestion(memo, a, t, () => {
    let seen = false;
    for (let i = 0; i < a.rawWords.length; i++) {
      if (lexTokens(index.lexicon, [a.rawWords[i]!])[0] !== t) continue;
      if (!test(i)) return false;
      seen = true;
    }
    return seen;
  });
}

/**
 * Every use of the word `t` is in a scene set by kinds of thing ("killed in mine and UXO blasts"): what
 * happened, told by what it happened with, not a measure asked for.
 * (Of events a figure counts, "blasts", "accidents": "killed in landmine clearance" names work no figure
 * of the dead is of.)
 */
function thingScene(index: MatchIndex, a: Analysed, t: string): boolean {
  return index.countWords.has(t) && everyUse(index, a, t, SCENES, (i) => {
    const scene = sceneOf(index, a, i);
    return scene.things > 0 && scene.preposition !== undefined;
  });
}
const CONTEXT_PREPOSITIONS = new Set(['in', 'during', 'through', 'from', 'while', 'after']);
/**
 * Every use of the token in the question follows a preposition of circumstance ("turned up in
 * clearance", "died in mine and UXO blasts": the kinds of thing the scene is of may stand between).
 */
function inContext(index: MatchIndex, a: Analysed, t: string): boolean {
  return everyUse(index, a, t, CONTEXTS, (i) => sceneOf(index, a, i).preposition !== undefined);
}
const SUPERLATIVES = new Set(['most', 'least', 'highest', 'lowest', 'worst', 'best', 'biggest', 'largest', 'smallest', 'fewest', 'top', 'hardest', 'greatest']);
/** "Which province has the most ...", "where are the worst ...": a ranking of places or doers. */
const NOT_RANKING = ['recent', 'up', 'current', 'latest', 'important', 'of', 'likely', 'probably'];
/** Khmer superlatives: "ច្រើនជាងគេ" (the most), "តិចបំផុត" (the fewest). */
const KHMER_SUPERLATIVE = /(?:ច្រើន|តិច|ខ្ពស់|ទាប|ធំ|តូច)(?:ជាងគេ|បំផុត)/u;
const KHMER_LEAST = /(?:តិច|ទាប|តូច)(?:ជាងគេ|បំផុត)/u;
/** Words before a superlative that make it a ranking: "the most", "with most", "had most". */
const BEFORE_SUPERLATIVE = new Set(['the', 'with', 'had', 'has', 'have', 'saw', 'sees', 'got', 'gets', 'was', 'were', 'is', 'are']);
/** Where the superlative stands, if the question asks for a ranking: -1 if not, and the length of the words for Khmer. */
const rankingAt = (a: Analysed): number => {
  if (KHMER_SUPERLATIVE.test(a.rawWords.join(''))) return a.rawWords.length;
  // ("At least 10 casualties", "at most": a bound, not a ranking.)
  return a.rawWords.findIndex((w, i) => SUPERLATIVES.has(w) && !NOT_RANKING.includes(a.rawWords[i + 1] ?? '') && a.rawWords[i - 1] !== 'at' &&
    (['which', 'where', 'what'].some((q) => a.rawWords.slice(0, 2).includes(q)) || BEFORE_SUPERLATIVE.has(a.rawWords[i - 1] ?? '') || i === 0));
};
/** "Which province has the most mines?", "Is Cambodia the worst-affected country?": a ranking. */
const asksRanking = (a: Analysed): boolean => rankingAt(a) >= 0;
const LEAST = new Set(['least', 'lowest', 'fewest', 'smallest']);
/** Participles after a superlative ("worst hit by mines"): how, not what, is ranked. */
const PARTICIPLES = new Set(['hit', 'affected', 'impacted', 'struck']);
/** Ordinals before a superlative ("the second most"): a place in a ranking the bot does not name. */
const ORDINALS = new Set(['second', 'third', 'fourth', 'fifth', '2nd', '3rd', '4th', '5th']);
/** Area units in km², so that figures in hectares and km² are set in one order. */
const KM2_PER: Readonly<Record<string, number>> = { km2: 1, ha: 0.01, m2: 1e-6 };
/** A figure's value in a unit shared by every figure it may be set against, with that unit's name. */
const inCommonUnit = (e: Entry): [string, number] | undefined => {
  if (e.value === undefined || e.unit === undefined) return undefined;
  const k = KM2_PER[e.unit];
  return k === undefined ? [e.unit, e.value] : ['area', e.value * k];
};
/** The most rivals a ranking shows; the rest are counted in its line. */
const RANKING_SHOWN = 10;

/** The figures of each measure, gathered once per index when a ranking first asks for them. */
const figuresOfMeasure = new WeakMap<MatchIndex, Map<string, Entry[]>>();
function ofMeasure(index: MatchIndex, measure: string): readonly Entry[] {
  let byMeasure = figuresOfMeasure.get(index);
  if (byMeasure === undefined) {
    byMeasure = new Map();
    for (const [key, members] of index.series) {
      const list = byMeasure.get(measureOf(key)) ?? [];
      list.push(...members);
      byMeasure.set(measureOf(key), list);
    }
    figuresOfMeasure.set(index, byMeasure);
  }
  return byMeasure.get(measure) ?? [];
}

/** Why a ranking asked for is not given, or the figures in order. */
type Ranking = { order: Scored[]; total: number } | undefined;

/**
 * "Which province had the most casualties in 2020": the figures of one measure, at one date and over
 * one period, each for its own place of one level (the provinces of one country) or for its own
 * organisation at one place, largest first. Every figure of the measure on file is looked at, not
 * only those the question's words reached: a ranking that left one out would name the wrong first.
 * None is given when the first cannot be told: a place not on file might have fewer ("fewest"), the
 * parts on file leave more of the whole uncounted than the first has, or sources disagree about it.
 */
function rankingOf(index: MatchIndex, a: Analysed, leads: readonly Scored[], least: boolean): Ranking {
  const frame = a.frame;
  // ("The second most", "the most and the fewest", "in 2020 and 2021", "the 2020s": not one ranking the bot gives.)
  const at = rankingAt(a);
  if (least || ORDINALS.has(a.rawWords[at - 1] ?? '') || a.rawWords.filter((w) => SUPERLATIVES.has(w)).length > 1 ||
    frame.dates.length > 1 || frame.dates.some((d) => d.decade)) return undefined;
  // What the superlative ranks ("the most casualties") must be what the figure counts or measures.
  // ("Worst hit by mines": a participle after it says how, and what follows is the cause, not what is ranked.)
  const span = PARTICIPLES.has(a.rawWords[at + 1] ?? '') ? [] : a.rawWords.slice(at + 1, at + 5);
  const ranked = lexTokens(index.lexicon, span).filter((t) => saysSomething(t) && !/\d/u.test(t) && index.lexicon.kinds.get(t) !== 'place' && index.lexicon.kinds.get(t) !== 'organisation');
  for (const lead of leads) {
    const l = lead.entry;
    const unit = inCommonUnit(l);
    // (A count over a period is ranked for a period the question names: "in 2020", not "ever".)
    // (Percentages and years are no parts of a whole that add up.)
    if (unit === undefined || l.series === undefined || (l.period === 'flow' && frame.dates.length === 0) || unit[0] === 'percent' || unit[0] === 'year') continue;
    // ("The largest increase in casualties", "the highest casualty rate": a word the figure does not say.)
    if (ranked.length > 0 && (!ranked.some((t) => l.counts.has(t) || l.measureTokens.has(t)) || ranked.some((t) => !l.tokens.has(t)))) continue;
    if (ranked.some((t) => index.measureWords.has(t) && !l.measureTokens.has(t) && !l.counts.has(t) && index.lexicon.kinds.get(t) !== 'thing')) continue;
    // ("The most landmine casualties", where the base counts casualties of each kind apart: the figures
    // of all kinds together are no ranking of one kind; "mines and UXO" names them all.)
    if (l.scopeThings.size === 0 && frame.entities.filter((e) => e.kind === 'thing').length === 1 && index.splitMeasures.has(measureOf(l.series))) continue;
    const same = ofMeasure(index, measureOf(l.series)).filter((e) => inCommonUnit(e)?.[0] === unit[0] && e.period === l.period && e.asOf === l.asOf &&
      e.from === l.from && e.sinceYear === l.sinceYear && sameSet(e.scopeThings, l.scopeThings));
    const level = (e: Entry) => [...e.places].map((p) => [...index.lexicon.ancestors.get(p) ?? []].sort().join('>')).sort().join('|');
    const leadLevel = level(l);
    // (An authority that counts for the country is the whole, not one organisation among others.)
    const authority = (e: Entry) => [...e.by].every((t) => index.lexicon.authorities?.has(t) === true);
    // Every place of the lead's level with the lead's doer, and every organisation at the lead's place;
    // of those, the ones the question did not set aside.
    const allPlaces = leadLevel === '' ? [] : same.filter((e) => sameSet(e.by, l.by) && e.places.size === 1 && level(e) === leadLevel);
    const allDoers = same.filter((e) => sameSet(e.places, l.places) && e.by.size > 0 && !authority(e));
    const byPlace = allPlaces.filter((e) => !frame.excluded.some((x) => e.places.has(x)));
    const byDoer = allDoers.filter((e) => !frame.excluded.some((x) => e.by.has(x)));
    const key = (pick: (e: Entry) => ReadonlySet<string>) => (e: Entry) => [...pick(e)].sort().join();
    const distinct = (list: readonly Entry[], k: (e: Entry) => string) => new Set(list.map(k)).size;
    const placesKey = key((e) => e.places);
    const doersKey = key((e) => e.by);
    const asksPlace = a.rawWords.includes('where') || frame.entities.some((e) => e.kind === 'place' && commonNoun(index.lexicon, e.token));
    const asksDoer = a.rawWords.includes('who') || frame.entities.some((e) => e.kind === 'organisation' && commonNoun(index.lexicon, e.token));
    const places = distinct(byPlace, placesKey) > 1 && !asksDoer;
    const doers = l.by.size > 0 && distinct(byDoer, doersKey) > 1 && !asksPlace;
    if (places === doers) continue;
    let rivals = places ? byPlace : byDoer;
    const k = places ? placesKey : doersKey;
    // ("Among Pailin, Pursat and Kratie": only those named.)
    const named = frame.entities.filter((e) => rivals.some((r) => (places ? r.places : r.by).has(e.token)));
    if (named.length > 1) rivals = rivals.filter((r) => named.some((e) => (places ? r.places : r.by).has(e.token)));
    if (distinct(rivals, k) < 2) continue;
    const value = (e: Entry) => inCommonUnit(e)![1];
    rivals = [...rivals].sort((x, y) => value(y) - value(x));
    // Sources that disagree about the first must both put it first.
    const first = rivals[0]!;
    const firstKey = k(first);
    const lowestOfFirst = Math.min(...rivals.filter((r) => k(r) === firstKey).map(value));
    if (rivals.some((r) => k(r) !== firstKey && value(r) >= lowestOfFirst)) return undefined;
    // The whole the rivals are parts of (the country of the provinces, everyone's work in one place):
    // what the parts on file leave uncounted could all be one place's or one organisation's, which
    // must not reach the first. Without the whole, the first cannot be told.
    const wholeOf = (e: Entry) => places
      ? e.places.size === 1 && [...first.places].every((p) => index.lexicon.ancestors.get(p)?.has([...e.places][0]!) === true) && sameSet(e.by, l.by)
      : sameSet(e.places, l.places) && authority(e);
    const whole = same.find(wholeOf);
    if (whole === undefined) continue;
    // (Those the question set aside are counted all the same.)
    // (Where sources disagree about one, the smaller figure is counted: the uncounted rest is at its largest.)
    const all = places ? allPlaces : allDoers;
    const smallest = new Map<string, number>();
    for (const e of all) smallest.set(k(e), Math.min(smallest.get(k(e)) ?? Infinity, value(e)));
    const counted = [...smallest.values()].reduce((sum, v) => sum + v, 0);
    if (value(whole) - counted >= lowestOfFirst) return undefined;
    const order = rivals.map((entry) => ({ entry, score: lead.score, coverage: lead.coverage ?? lead.score }));
    return { order: order.slice(0, RANKING_SHOWN), total: order.length };
  }
  return undefined;
}

/** A count over one calendar year. */
const wholeYear = (e: Entry) => e.period === 'flow' && e.from !== undefined && e.asOf !== undefined && e.from.endsWith('-01-01') && e.asOf.endsWith('-12-31') && e.from.slice(0, 4) === e.asOf.slice(0, 4);


/** Whether a figure's date or period answers a date the question names. */
/**
 * The days and months a fact's statement says something happened in or on ("In August 2019 the United
 * States … gave", "On 9 March 2022 … agreed to give"), read once; not a date it runs from or to.
 */
const statedDatesOf = new WeakMap<Entry, ReadonlySet<string>>();
const STATED_DATE = new RegExp(`\\b(?:in|on) ((?:\\d{1,2}(?:st|nd|rd|th)? )?(?:${MONTH_NAMES})\\.? (?:\\d{1,2}(?:st|nd|rd|th)?,? )?(?:19|20)\\d\\d)\\b`, 'gu');
function statedDates(entry: Entry): ReadonlySet<string> {
  let out = statedDatesOf.get(entry);
  if (out === undefined) {
    // (Only a month or a day after "in" or "on": "running sixteen months to August 2024" is when it ends.)
    const said = entry.statement === '' ? [] : [...prepare(entry.statement).matchAll(STATED_DATE)].flatMap((m) => datesOf(m[1]!).dates);
    out = new Set(said.filter((d) => !d.decade && days(d.start, d.end) < 31).map((d) => `${d.start}..${d.end}`));
    statedDatesOf.set(entry, out);
  }
  return out;
}

function dateFits(entry: Entry, d: NamedDate, frame?: QuestionFrame): boolean {
  const asOf = entry.asOf;
  if (asOf === undefined) return false;
  // A day or month the question names that the statement of a count over a period gives as when it
  // happened is the date of that count: the grant signed that day, for all the months it runs.
  // (Not a running total or a stock: "in April 2023 the embassy said … since 1994" is no gift of April 2023.)
  // (Only a date inside the period: "in April 2023 Ly Thuch said … needed in 2024-2025" is when it was said.)
  if (entry.period === 'flow' && (d.prep === '' || d.prep === 'in') && days(d.start, d.end) < 31 && entry.from !== undefined &&
    d.end >= entry.from && d.start <= asOf && statedDates(entry).has(`${d.start}..${d.end}`)) return true;
  switch (entry.period) {
    case 'flow':
      if (entry.from === undefined) return false;
      // The count during a period inside the one named, or, for a month or a day, the running count by then.
      // A span of several years asks for them all together: one year's count is not it.
      // (A change, or a percentage of change, names the years it compares.)
      if (d.prep === 'between' && frame?.change !== true && entry.quantity !== 'percent' && days(d.start, d.end) > 1.5 * days(entry.from, asOf) + 31) return false;
      // A change is stated for its later year: "from 2020 to 2021" is not the change from 2019 to 2020.
      if (d.prep === 'between' && entry.quantity === 'percent' && d.start.slice(0, 4) !== d.end.slice(0, 4) && asOf.slice(0, 4) !== d.end.slice(0, 4)) return false;
      if ((FLOW_DATE_WORDS.has(d.prep) || d.prep === 'between') && entry.from >= d.start && asOf <= d.end) return true;
      // ("US money to CMAC in 2019", for a grant running August 2019 to February 2020: money is given
      // when its period starts; a count of what happened is not.)
      // (Only a period of about a year: "donors gave $138.8 million in 2018-2022" is no money of 2018.)
      if (entry.quantity === 'money' && (d.prep === 'in' || d.prep === '') && !d.decade && entry.from >= d.start && entry.from <= d.end && days(d.start, d.end) > 300 && days(entry.from, asOf) <= 400) return true;
      // A span ("October to December 2023") asks for the count within it, never a running count from before it.
      return !d.decade && d.prep !== 'between' && ((CUMULATIVE_DATE_WORDS.has(d.prep) && d.prep !== '') || frame?.reported === true) && days(d.start, d.end) < 300 && asOf >= d.start && asOf <= d.end;
    case 'target':
      // The year the goal is set for, or the date it was stated ("the goal back in February 2024").
      return (entry.value !== undefined && entry.value >= Number(d.start.slice(0, 4)) && entry.value <= Number(d.end.slice(0, 4))) ||
        (asOf >= d.start && asOf <= d.end);
    case 'cumulative':
      // "Between 2020 and 2023" is not answered by a running total since 1979; how it grew between them is.
      if (d.prep === 'between' && frame?.change !== true && (entry.sinceYear === undefined || entry.sinceYear < Number(d.start.slice(0, 4)))) return false;
      // ("In July 2024, how much had been cleared since 1992": with its start named, "in" says when the total stood.)
      return (CUMULATIVE_DATE_WORDS.has(d.prep) || d.prep === 'between' || (d.prep === 'in' && frame !== undefined && frame.sinceYears.some((y) => y.from === entry.sinceYear && y.denied !== true && !frame.notWords.includes(String(y.from))))) && asOf >= d.start && asOf <= d.end;
    default:
      return (STOCK_DATE_WORDS.has(d.prep) || d.prep === 'between') && asOf >= d.start && asOf <= d.end;
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

/** "casualties in 2024?": nothing but the name of a measure, a place or a date asks for a figure. */
function asksOnlyMeasure(index: MatchIndex, a: Analysed): boolean {
  const content = a.tokens.filter((t) => !MARKERS.has(t) && !/^\d+$/u.test(t) && !index.lexicon.kinds.has(t));
  const dated = a.frame.dates.length > 0 || a.frame.sinceYears.length > 0;
  return dated && content.length > 0 && content.length <= 2 && content.every((t) => index.measureWords.has(t));
}

/**
 * "Is Koh Kong still being cleared?": a place inside the figure's own, which the fact names, when the
 * question asks no quantity of it (a national count does not answer "how much in Koh Kong").
 */
function namedWithin(lexicon: Lexicon, entry: Entry, place: string, frame: QuestionFrame): boolean {
  if (frame.quantity || !entry.mentions.has(place)) return false;
  for (const up of lexicon.ancestors.get(place) ?? []) if (entry.places.has(up)) return true;
  return false;
}

/** A word of the question that no fact, term or everyday list uses: what it asks about is not in the base. */
/** A token that says something of its own: no marker of the question's shape, no generic word, no filler. */
const saysSomething = (t: string): boolean => !MARKERS.has(t) && !GENERIC.has(t) && !FILLER_TOKENS.has(t);

function unknownContent(index: MatchIndex, a: Analysed): string | undefined {
  return a.tokens.find((t) => !index.postings.has(t) && saysSomething(t) && !/\d/u.test(t));
}

/** Words that say what happened to what a question counts: "how many (people) died", "how many were hurt". */
const PREDICATE_BEFORE = new Set(['were', 'was', 'are', 'is', 'got', 'get', 'been', 'being']);
function countVerbs(index: MatchIndex, a: Analysed): string[] {
  const at = Math.max(a.rawWords.indexOf('howmany'), a.rawWords.indexOf('howmuch'));
  if (at < 0) return [];
  const out: string[] = [];
  for (let i = at + 1; i < Math.min(a.rawWords.length, at + 11); i++) {
    const w = a.rawWords[i]!;
    const before = a.rawWords[i - 1]!;
    if (!PREDICATE_BEFORE.has(before) && before !== 'howmany' && !(a.rawWords[i - 2] === 'howmany' && ANY_COUNTABLE.has(before))) continue;
    // (Read with the words after it: "killed or injured" is one word of the vocabulary.)
    const t = lexTokens(index.lexicon, a.rawWords.slice(i, i + 4))[0];
    if (t !== undefined && lexTokens(index.lexicon, [w]).length > 0 && index.concepts.has(t) && saysSomething(t) && !index.lexicon.kinds.has(t) && !/\d/u.test(t)) out.push(t);
  }
  return out;
}

/** An entity the vocabulary names with a common noun first ("province"), not a proper name ("Pailin"). */
const commonNoun = (lexicon: Lexicon, token: string): boolean => /^\p{Ll}/u.test(lexicon.display.get(token) ?? '');

/**
 * The common noun says what kind of place a named one is: next to its name ("Preah Vihear province",
 * "the province of Pailin") or pointing back to it ("... our Battambang office ... the province").
 */
function kindOfNamedPlace(lexicon: Lexicon, a: Analysed, token: string, named: readonly string[]): boolean {
  if (named.length === 0) return false;
  return a.rawWords.some((w, i) => lexTokens(lexicon, [w])[0] === token && (['the', 'this', 'that', 'its'].includes(a.rawWords[i - 1] ?? '') ||
    named.includes(lexTokens(lexicon, a.rawWords.slice(Math.max(0, i - 3), i)).at(-1) ?? '') ||
    named.includes(lexTokens(lexicon, a.rawWords.slice(i + 1, i + 4)).find((t) => t !== token) ?? '')));
}

/** Tokens of a state the question denies of what it counts: "(provinces that) are not mine-free". */
const BE_VERBS = new Set(['are', 'is', 'were', 'was', 'be', 'been', 'remain', 'remains', 'stay', 'stays']);
function statesDenied(index: MatchIndex, a: Analysed): Set<string> {
  const out = new Set<string>();
  a.rawWords.forEach((w, i) => {
    const denies = (w === 'not' && BE_VERBS.has(a.rawWords[i - 1] ?? '')) || ['arent', 'isnt', 'werent', 'wasnt'].includes(w);
    if (denies) for (const t of lexTokens(index.lexicon, a.rawWords.slice(i + 1, i + 3))) out.add(t);
  });
  return out;
}

/** Whether any member of a set passes, without copying it into an array. */
function someOf<T>(set: ReadonlySet<T>, test: (x: T) => boolean): boolean {
  for (const x of set) if (test(x)) return true;
  return false;
}

/**
 * "How do I say thank you in Khmer?", "What should I feed my dog?", "do you think …": how to do
 * something, advice or an opinion, which no fact says.
 */
function asksHowTo(index: MatchIndex, a: Analysed): boolean {
  const opening = a.rawWords.slice(0, 4).join(' ');
  if (HOW_TO.test(opening)) return true;
  // ("What should I do if I see a mine in 2024?": what to do, whatever the date.)
  if (/^what (?:should|shall|must) (?:i|we|one) do\b(?! with\b)/u.test(opening)) return true;
  // (The bot's opinion asked in another language, "តាមបងគិត", is vocabulary: the group "opinion".)
  const said = a.rawWords.join(' ');
  // ("Is the 2030 deadline realistic, in your view?": a judgement of a figure asked of the bot is an
  // opinion, whatever figure it names; "in your view, how many ..." still asks the figure.)
  // (One sentence, with no figure of its own to check and no request in it: "what is the new deadline? do
  // you think it's realistic?" still asks the deadline; "is it fair to say 32 ..., do you think?" checks 32.)
  // ("Do you think they'll really finish by 2030?": a forecast asked of the bot is an opinion too.)
  // ("When do you think it will be mine-free?" still asks the date a fact may give.)
  if (OPINION.test(said) && (JUDGED.test(said) || (FORECAST.test(said) && !a.tokens.some((t) => t.startsWith('when')))) && !a.tokens.includes('howmany') && !a.tokens.includes('howmuch') && a.context.length === 0 &&
    !a.rawWords.some((w) => /^\d/u.test(w) && !YEAR.test(w)) && !REQUESTS.test(said) && a.sentences !== true) return true;
  return (ADVICE.test(said) || a.tokens.includes('opinion')) && !a.frame.quantity && a.frame.dates.length === 0 && !a.tokens.some((t) => index.measureWords.has(t) || /^\d/u.test(t) || MARKERS.has(t));
}

/**
 * Two kinds of thing joined by "and" or "or" after the first kind named ("mines and UXO"); read only
 * of a question that names two kinds, once. ("Ok and the JMAS/CMAC mine count: how many anti-personnel
 * mines?": an "and" before any kind is named joins no kinds.)
 */
const joined = new WeakMap<Analysed, boolean>();
function joinsKinds(lexicon: Lexicon, a: Analysed): boolean {
  let out = joined.get(a);
  if (out === undefined) {
    const firstKind = a.rawWords.findIndex((w) => lexicon.kinds.get(lexTokens(lexicon, [w])[0] ?? '') === 'thing');
    out = a.rawWords.some((w, i) => (w === 'and' || w === 'or') && i > firstKind);
    joined.set(a, out);
  }
  return out;
}

/** What refusal reads of a question that is the same for every entry: read once per question. */
interface Reading {
  starts: string[]; asides: Set<string>; countVerbs: string[]; offices: string[]; sinceWhen: boolean;
  /** It asks how to do something, advice or an opinion, which no fact gives. */
  howTo: boolean;
  /** "The original deadline": the first of a figure's values asked for, and no newer one named beside it. */
  original: boolean;
  /** "Phase 3", "round 2", "CfR II" (a Roman numeral after a name numbers it as well): the parts it names. */
  parts: string[];
}
const readings = new WeakMap<Analysed, Reading>();
function readOnce(index: MatchIndex, a: Analysed): Reading {
  let r = readings.get(a);
  if (r === undefined) {
    r = {
      starts: a.rawWords.filter((w) => STARTING.has(w)).flatMap((w) => lexTokens(index.lexicon, [w])),
      sinceWhen: a.rawWords.some((w, i) => w === 'since' && /^when(?:future)?$/u.test(lexTokens(index.lexicon, [a.rawWords[i + 1] ?? ''])[0] ?? '')),
      asides: asidesOf(index, a),
      countVerbs: countVerbs(index, a),
      offices: a.rawWords.filter((w) => OFFICES.has(w)).map((w) => lexTokens(index.lexicon, [w])[0] ?? w).filter((t) => !a.context.includes(t)),
      howTo: asksHowTo(index, a),
      original: a.rawWords.some((w, i) => ORIGINAL_WORDS.has(w) && !['source', 'sources', 'report', 'document', 'quote', 'text', 'wording', 'language', 'story'].includes(a.rawWords[i + 1] ?? '')) &&
        a.rawWords.every((w) => !REVISED_WORDS.has(w) || w === 'extension'),
      parts: partNumbers(a.rawWords),
    };
    readings.set(a, r);
  }
  return r;
}

/**
 * Measure words a question says but does not ask for: one it rules out ("not casualties, just
 * deaths"; a state denied, "are not mine-free", is asked for), one only of a sentence around the
 * question that names its own measure ("I've got the deaths already"), and, when a sentence narrows
 * the question ("How many casualties in 2023? Only the killed."), every other.
 */
function asidesOf(index: MatchIndex, a: Analysed): Set<string> {
  const denied = statesDenied(index, a);
  const toks = new Set(a.tokens);
  const asides = new Set(a.frame.notWords.filter((t) => !denied.has(t)));
  if (a.context.length > 0 && someOf(toks, (t) => index.measureWords.has(t) && !a.context.includes(t) && !asides.has(t))) for (const t of a.context) asides.add(t);
  if (a.narrowed.some((t) => index.measureWords.has(t))) for (const t of toks) if (index.measureWords.has(t) && !a.narrowed.includes(t)) asides.add(t);
  return asides;
}

/** The kind of thing is said right before a word of what the figure measures ("mine clearance", "mine action"). */
function namesTheWork(index: MatchIndex, a: Analysed, token: string, entry: Entry): boolean {
  let pairs = pairsRead.get(a);
  if (pairs === undefined) pairsRead.set(a, (pairs = tokenPairs(index.lexicon, a.rawWords)));
  for (const [thing, next] of pairs) if (thing === token && (entry.coreTokens.has(next) || entry.measureName.has(next))) return true;
  return false;
}
const pairsRead = new WeakMap<Analysed, Array<[string, string]>>();

/** Each word's token with the next word's, where there is one. */
function tokenPairs(lexicon: Lexicon, raw: readonly string[]): Array<[string, string]> {
  const toks = raw.map((w) => lexTokens(lexicon, [w])[0]);
  const out: Array<[string, string]> = [];
  for (let i = 0; i + 1 < toks.length; i++) if (toks[i] !== undefined && toks[i + 1] !== undefined && lexicon.kinds.get(toks[i]!) === 'thing') out.push([toks[i]!, toks[i + 1]!]);
  return out;
}

/** The verb after "who" is one the fact uses, and the fact names a person. */
function tellsWho(index: MatchIndex, lexicon: Lexicon, a: Analysed, entry: Entry): boolean {
  const at = a.rawWords.indexOf('who');
  if (at < 0 || ![...entry.mentions].some((m) => lexicon.kinds.get(m) === 'person')) return false;
  let i = at + 1;
  while (i < a.rawWords.length && /ly$/u.test(a.rawWords[i]!)) i++;
  const verb = lexTokens(lexicon, [a.rawWords[i] ?? ''])[0];
  return verb !== undefined && /(?:ed|d)$/u.test(a.rawWords[i]!) && entry.tokens.has(verb) && allSaidBy(index, a, entry, true);
}

/**
 * Every word of what is asked is the fact's: not "who declared it contaminated", "a state of emergency"
 * (words the vocabulary gives a meaning count too, when `concepts`).
 */
function allSaidBy(index: MatchIndex, a: Analysed, entry: Entry, concepts: boolean): boolean {
  const lexicon = index.lexicon;
  // (Adverbs and pronouns, "actually", "himself", say nothing of it.)
  // (Nor do the verbs of saying and the words of a number: "who estimated that a million ...".)
  const aside = new Set(a.rawWords.filter((w) => /(?:ly|self|selves)$/u.test(w) || REPORT_VERBS.has(w) || /^(?:hundred|thousand|million|billion)s?$/u.test(w))
    .flatMap((w) => lexTokens(lexicon, [w])));
  return !a.tokens.some((t) => !aside.has(t) && !entry.tokens.has(t) && (!index.postings.has(t) || index.measureWords.has(t) || (concepts && index.concepts.has(t))) &&
    saysSomething(t) && !lexicon.kinds.has(t) && !ALL_DIGITS.test(t));
}

/**
 * "CMAC's annual budget": asked with no date, a yearly figure answers when the fact base keeps it year
 * by year, the question names the figure's own measure, and nothing asks for an average or a rate per
 * unit ("the annual cost of clearing a hectare").
 */
function yearByYear(index: MatchIndex, a: Analysed, entry: Entry, toks: ReadonlySet<string>): boolean {
  // ("Annually", "per year", "each year" ask how often; "annual", "yearly" name the year's figure.)
  if (!a.annual || a.rawWords.some((w) => AVERAGE.has(w)) || PER_UNIT.test(a.rawWords.join(' '))) return false;
  if ((index.series.get(entry.series ?? '')?.length ?? 0) < 2) return false;
  return someOf(toks, (t) => entry.coreTokens.has(t) && index.measureWords.has(t));
}
const PER_UNIT = /\bper\s+(?!years?\b|annum\b)\p{L}|\b(?:a|an|one|each|every)\s+(?:km2|m2|ha|hectares?|acres?|sqmi|square)\b/u;

/** Offices a person is named by ("the ambassador", "the governor"): everyday English, not the domain's. */
const OFFICES = new Set(['ambassador', 'ambassadors', 'envoy', 'envoys', 'governor', 'governors', 'mayor', 'mayors', 'king', 'queen', 'president',
  'senator', 'senators', 'spokesman', 'spokeswoman', 'spokesperson', 'consul', 'emperor', 'monarch']);

const AVERAGE = new Set(['average', 'averages', 'averaged', 'mean', 'typical', 'typically', 'usually', 'normally']);

/** Why an entry may not answer a question, or undefined when it may. */
export function refusal(index: MatchIndex, entry: Entry, a: Analysed, toks: ReadonlySet<string>): Refusal | undefined {
  const frame = a.frame;
  const lexicon = index.lexicon;
  if (a.properNames.length > 0) return 'unknown-name';
  // "Did Hun Manet meet the Japanese ambassador?": a person named by an office the fact never names
  // is someone else.
  // (Not one said only around the question: "Need a line for the ambassador's speech.")
  const { offices } = readOnce(index, a);
  if (offices.length > 0 && offices.some((t) => !entry.tokens.has(t))) return 'person';
  if (readOnce(index, a).howTo) return 'not-about-figures';
  // "Technical survey" is not the "non-technical survey" a figure is of.
  if (entry.negated !== undefined && someOf(toks, (t) => entry.negated!.has(t))) return 'measure';
  // "Will Cambodia be mine-free by 2030?" asks for a forecast: a target says what is aimed at, not
  // whether it will be met.
  if (entry.hasFigure && a.asksWill && !toks.has('howmuch') && !toks.has('howmany')) return 'forecast';
  // "Why did casualty numbers fall?" asks for a reason: "numbers" names what fell, not what is asked.
  const asked = a.rawWords.includes('howmany') || a.rawWords.includes('howmuch');
  const why = toks.has('whyreason') && !asked;
  // (Unless a moderator taught the statement a "how many" of its own, and it is a count that is asked.)
  // (... and the question says what of in that phrasing's words: "how many times has Cambodia been bombed" is not it.)
  const taughtCount = entry.countTaught !== undefined && frame.kind === 'count' && a.rawWords.some((w, i) => {
    const of = w === 'howmany' ? entry.countTaught!.get(stem(a.rawWords[i + 1] ?? '')) : undefined;
    return of !== undefined && someOf(toks, (t) => of.has(t));
  });
  if (!entry.hasFigure && !why && !taughtCount && (frame.quantity || frame.kind !== undefined || asksOnlyMeasure(index, a))) return 'needs-figure';
  // "When did JMAS start working in Cambodia?" asks the date of an event this fact does not tell of.
  const { starts, countVerbs: verbs, sinceWhen } = readOnce(index, a);
  if ((toks.has('when') || toks.has('whenfuture')) && starts.length > 0 && !starts.some((t) => entry.tokens.has(t))) return 'not-about-figures';
  // "Since when has Yamazaki led JMAS?" asks when a state began: a fact tells it only with what it runs from.
  if (sinceWhen && entry.sinceYear === undefined && !/\bsince\b/iu.test(entry.statement) && !starts.some((t) => entry.tokens.has(t))) return 'not-about-figures';
  if (entry.hasFigure) {
    if (frame.kind !== undefined && frame.kind !== entry.quantity) return frame.kind === 'year' ? 'future' : 'measure';
    // "What share of Cambodia's total land area is still contaminated": a share of the place's whole
    // size, which no figure gives (nor a share of the contaminated land, which one does).
    if (frame.wholeLand === true && entry.quantity === 'percent') return 'measure';
    // A percentage answers a question that asks for one, or that names what only percentages measure ("the drop").
    // ("Did casualties go up or down?" asks for a change, which a percentage of change gives.)
    if (frame.kind === undefined && !frame.change && entry.quantity === 'percent' && !someOf(toks, (t) => index.percentWords.has(t) && entry.coreTokens.has(t))) return 'measure';
    const asksMeasure = someOf(toks, (t) => entry.measureTokens.has(t)) ||
      frame.entities.some((e) => e.kind === 'thing' && thingCovered(lexicon, e.token, entry.things));
    // "What did the director say about CMAC?" asks for words, not for a figure of CMAC's work.
    // ("When did Cambodia sign the treaty?" asks for the year a year figure gives.)
    // ("Is it true Australia gave 2m in 2025?": the figure itself, checked, is asked about.)
    // (A bare number is no question: some word beside it must be the fact's.)
    const checked = () => entry.value !== undefined && entry.quantity !== 'year' &&
      a.tokens.some((t) => ALL_DIGITS.test(t) && !YEAR.test(t) && Math.abs(Number(t) - entry.value!) <= 0.1 * entry.value!) &&
      someOf(toks, (t) => !ALL_DIGITS.test(t) && !MARKERS.has(t) && entry.tokens.has(t));
    if (!frame.quantity && !asksMeasure && !frame.change && !(entry.quantity === 'year' && toks.has('when')) && !checked()) return 'not-about-figures';
    // "How many of the bombs didn't explode": a verb the fact base never uses, negated, asks of another measure.
    if (a.rawWords.some((w, i) => NEGATIONS.has(w) && (w.endsWith('nt') || w === 'never') &&
      lexTokens(lexicon, [a.rawWords[i + 1] ?? '']).some((t) => !index.postings.has(t) && saysSomething(t)))) return 'measure';
    // "How many years did it last" asks for a duration, which no figure gives.
    if (toks.has('howlong')) return 'period';
    // "Why did the deadline slip?" asks for a reason, which no figure gives.
    if (why) return 'not-about-figures';
    // "Who coordinates clearance?" asks for a doer, which a figure of cleared land does not name;
    // "who estimated ..." asks who gave the figure, which its source line answers.
    const reports = a.rawWords.some((w) => REPORT_VERBS.has(w));
    // ("Who declared Kampong Speu mine-free?" is told by a fact whose sentence names the person who did.)
    // ("Who declared a state of emergency there" is not told by a figure of that place that was declared.)
    if (!frame.quantity && toks.has('who') && !(reports ? allSaidBy(index, a, entry, false) : tellsWho(index, lexicon, a, entry))) return 'not-about-figures';
    for (const c of frame.counted) {
      if (!entry.counts.has(c) && !(lexicon.kinds.get(c) === 'thing' && thingCovered(lexicon, c, entry.counts))) {
        return lexicon.kinds.get(c) === 'thing' ? 'hazard' : 'measure';
      }
      // "How many mines?" of a count of casualties from landmines: the mines say which casualties, they
      // are not what is counted, unless the question names what is ("how many landmine casualties").
      const own = entry.countsOwn;
      if (lexicon.kinds.get(c) === 'thing' && own !== undefined && own.size > 0 && !someOf(own, (t) => lexicon.kinds.get(t) === 'thing' || toks.has(t))) return 'measure';
      // "How many deminers does CMAC employ" is not asked of the Ukrainian deminers it trained, nor "how
      // many peacekeepers" of the women among them: a place or a word of the vocabulary that narrows
      // what this figure counts, and the question does not say, makes it another count.
      // (A word of the vocabulary narrows it only when another figure counts the same without it: "mine
      // detection rats" are all the rats there are.)
      if (entry.counts.has(c) && someOf(entry.counts, (q) => q !== c && !toks.has(q) && (lexicon.kinds.get(q) === 'place' ||
        (index.countedAlone.has(c) && index.concepts.has(q) && !lexicon.kinds.has(q) && !ANY_COUNTABLE.has(q))))) return 'measure';
    }
    // "How many people live in Cambodia": people in general, with no word of what this figure counts
    // them for (at risk, killed, helped), is another measure.
    if (frame.quantity && entry.measureTokens.size > 0 && entry.counts.size > 0 && [...entry.counts].every((c) => ANY_COUNTABLE.has(c)) &&
      !someOf(toks, (t) => entry.measureTokens.has(t)) && !frame.entities.some((e) => e.kind === 'thing')) return 'measure';
    // "How many square km is Cambodia": an area with nothing of what was done to it, by whom or of
    // which kind of thing, is the size of the place, which no figure gives.
    if (frame.kind === 'area' && entry.measureTokens.size > 0 && !someOf(toks, (t) => entry.measureTokens.has(t) || index.measureWords.has(t) || ALL_DIGITS.test(t)) &&
      !frame.entities.some((e) => e.kind !== 'place') && frame.dates.length === 0 && !frame.change && !toks.has('periodlatest')) return 'measure';
    // "How much land has UXO": a state, with no word of what was done to the land, is a stock at a
    // date; what was cleared over years is not it.
    if (frame.kind === 'area' && entry.period !== 'stock' && frame.sinceYears.length === 0 && !frame.change && !frame.total &&
      !someOf(toks, (t) => index.measureWords.has(t)) && a.rawWords.some((w, i) => STATE_VERBS.has(w) && a.rawWords[i + 1] !== 'been')) return 'measure';
    // A word that names what some figure measures ("cleared", "killed") must be one this figure uses;
    // a share uses its own name, not its operands' ("the share still left" is not "the share cleared").
    // (Words the question says but does not ask for are set aside: see asidesOf.)
    const { asides } = readOnce(index, a);
    // (A word of a topic that names no measure, "received" of "survivors who received assistance", is
    // no other measure when the question names this figure's own: "people who received risk education".
    // Words the vocabulary gives a meaning, "still contaminated", "declared", name measures still.)
    const namesOwn = someOf(toks, (t) => entry.measureName.has(t));
    const aside = (t: string) => asides.has(t) || (namesOwn && !index.measureNameWords.has(t) && !index.concepts.has(t));
    // (A question that asks for a kind of quantity, "how much did Australia contribute" for money, is
    // told from this figure only by words that name another measure of that kind: "contribute" names
    // the help survivors got, a count, and "contributed" and "given" are two donors' words for one measure.)
    const ofKind = frame.kind === undefined || frame.kind !== entry.quantity ? undefined : index.measureWordsOf.get(frame.kind);
    const own = entry.series === undefined ? undefined : measureOf(entry.series);
    const unlike = (t: string) => aside(t) || (ofKind !== undefined && ![...ofKind.get(t) ?? []].some((m) => m !== own));
    // (Money is what its statement says was done with it: "Australia had contributed AUD 100 million" is
    // its support, whatever its topic calls it; and so for every figure of its series, whatever words
    // each date's statement uses.)
    const said = (t: string) => entry.quantity === 'money' && frame.kind === 'money' &&
      (entry.series === undefined ? entry.tokens.has(t) : (index.series.get(entry.series) ?? [entry]).some((m) => m.tokens.has(t)));
    // (A word of the name the fact base gives the figure's measure, "canada-mine-action-total", is its own.)
    const ownName = (t: string) => entry.measureName.has(t);
    for (const t of toks) if (index.measureWords.has(t) && !entry.tokens.has(t) && !entry.measureTokens.has(t) && !ownName(t) && !unlike(t) && !(entry.quantity === 'count' && thingScene(index, a, t)) && !said(t)) return 'measure';
    // "How many anti-personnel mines are still out there": a word only stocks are named by asks what is
    // left at a date; a count of what was done over years, whose own measure the question does not name, is not it.
    // (Only of things counted: "how much money is needed to fund it" asks no stock of things.)
    if (entry.period !== 'stock' && entry.period !== undefined && entry.quantity === 'count' && frame.kind === 'count' &&
      frame.entities.some((e) => e.kind === 'thing') && !namesOwn && someOf(toks, (t) => index.stockNamed.has(t) && index.measureWords.has(t) && !entry.measureTokens.has(t) && !aside(t))) return 'measure';
    // A word only a phrasing of this measure uses, that another measure's own name says ("hurt" taught
    // for casualties, "injured" the name of a count of the injured), asks for that other measure.
    const core = own === undefined ? undefined : index.coreOfMeasure.get(own);
    if (core !== undefined && ofKind !== undefined) {
      let others: Set<string> | undefined;
      for (const t of toks) {
        if (!index.measureWords.has(t) || core.has(t) || ownName(t)) continue;
        const named = index.coreNamed.get(t);
        const users = ofKind.get(t);
        if (named === undefined || users === undefined) continue;
        // (Only a measure some figure of which is of an organisation the question names: "mines removed by
        // JMAS" asks for JMAS's mines, not for a measure of mines cleared only by peacekeepers abroad.)
        for (const m of named) if (m !== own && users.has(m) && !unlike(t) && !inContext(index, a, t) && doneByNamed(index, a, m)) (others ??= new Set()).add(m);
      }
      // (... unless the question also says a word of this measure's own name that those do not.)
      if (others !== undefined && !someOf(toks, (t) => core.has(t) && index.measureWords.has(t) && !someOf(others, (m) => index.coreOfMeasure.get(m)!.has(t)))) return 'measure';
    }
    // "The original deadline, before the extension": a figure its own words call new, revised or
    // requested is not the original one.
    if (readOnce(index, a).original && someOf(REVISED_TOKENS, (t) => entry.coreTokens.has(t) || entry.tokens.has(t)) && !someOf(ORIGINAL_WORDS, (w) => entry.tokens.has(w))) return 'year';
    // "CfR phase 5": a numbered part no figure of it has is not any other part.
    // (Only where the facts number parts so: "part 2 of my report", "round 2 of questions" are the writer's.)
    if (readOnce(index, a).parts.some((n) => !partsOf(entry).has(n)) && numberedInBase(index, a)) return 'period';
    // "The latest figure, not 2020": a figure of a date ruled out does not answer.
    if (frame.notDates.some((d) => dateFits(entry, d, frame))) return 'year';
    // "How many people were killed", to a base that counts casualties and never says "killed": the
    // verb of a count is a word the vocabulary gives a meaning that no fact uses.
    if (frame.quantity && verbs.some((t) => !index.postings.has(t) && !aside(t))) return 'measure';
    // ... and one its topic, label or a taught phrasing says, not its statement alone ("41 casualties,
    // of whom 33 were injured" is no count of the injured).
    // A word after "in" or "during" sets the scene ("found in clearance") and may be the statement's.
    // ("Cluster-munition contaminated land cleared in 2016": a word before "land" says which land; the
    // figure's own measure, named beside it, is what is asked.)
    const which = (t: string) => someOf(toks, (o) => o !== t && index.measureWords.has(o) && entry.measureTokens.has(o)) &&
      a.rawWords.some((w, i) => AREA_WORDS.has(a.rawWords[i + 1] ?? '') && lexTokens(index.lexicon, [w])[0] === t);
    for (const t of toks) if (index.measureWords.has(t) && !entry.measureTokens.has(t) && !ownName(t) && !inContext(index, a, t) && !unlike(t) && !which(t) && !said(t)) return 'measure';
    if (entry.kind === 'derived' && entry.quantity === 'percent') {
      for (const t of toks) if (index.measureWords.has(t) && !entry.coreTokens.has(t) && !entry.phrasings.some((p) => p.tokens.has(t))) return 'measure';
    }
    // An organisation named as the one that said or counted it ("what did the CMAA log") is its voice.
    // One that is nobody's doer in the fact base (an authority that only reports) speaks for the national figures.
    const voice = (token: string) => entry.voices.has(token) && (reports || (entry.national && !index.doers.has(token)));
    // ("New Zealand's grant for Preah Vihear", of a grant for Preah Vihear and Oddar Meanchey: a figure of
    // several places together is none of theirs alone.)
    if (entry.places.size > 1) {
      const leaves = [...entry.places].filter((p) => ![...entry.places].some((q) => q !== p && lexicon.ancestors.get(q)?.has(p) === true));
      const askedPlaces = frame.entities.filter((e) => e.kind === 'place').map((e) => e.token);
      if (leaves.length > 1 && askedPlaces.some((t) => leaves.includes(t)) && !leaves.every((l) => askedPlaces.includes(l))) return 'place';
    }
    for (const { token, kind } of frame.entities) {
      // ("in Preah Vihear province": a place the vocabulary names with a common noun, "province",
      // says what kind of place the one named with it is.)
      // ("Which province had the most": the kind of place ranked, not one place.)
      if (kind === 'place' && commonNoun(lexicon, token) && (asksRanking(a) || kindOfNamedPlace(lexicon, a, token, frame.entities.filter((e) => e.kind === 'place' && e.token !== token && entry.places.has(e.token)).map((e) => e.token)))) continue;
      // (A province's own figure, "by" the province, is not "by" the country it lies in.)
      const byIt = entry.by.has(token) && ![...entry.places].some((p) => lexicon.ancestors.get(p)?.has(token) === true);
      // (A name only facts' sentences give, of no known kind, is covered by a fact whose sentence names it,
      // asked for what it says or when: "when did Cambodia sign the Ottawa Convention".)
      const told = !frame.quantity && (!entry.hasFigure || (toks.has('when') && entry.quantity === 'year')) && lexicon.guessed?.has(token) === true && entry.mentions.has(token);
      // ("Ukrainian deminers trained": a place in the name of what is counted is covered.)
      // ("The K5 belt on the Thai border": beside a place the figure is of, one its statement names too
      // says where that is.)
      // (Not a place within the figure's, or holding it: Battambang beside Cambodia is another scope.)
      // (Not one the question puts the figure in: "the K5 belt in Vietnam".)
      // (A name only the facts' capitals made a place, "Level 1 Survey", is no place to be in.)
      // (Read only where it decides: it reads the question's words for each place.)
      const besidePlace = () => entry.mentions.has(token) && frame.entities.some((e) => e.kind === 'place' && e.token !== token && entry.places.has(e.token) && !commonNoun(lexicon, e.token)) &&
        ![...entry.places].some((p) => lexicon.ancestors.get(token)?.has(p) === true || lexicon.ancestors.get(p)?.has(token) === true) && !putIn(lexicon, a, token);
      if (kind === 'place' && !entry.places.has(token) && !byIt && !entry.partners.has(token) && !told && !(entry.counts.has(token) && lexicon.guessed?.has(token) !== true) && !namedWithin(lexicon, entry, token, frame) && !besidePlace()) return 'place';
      // (An organisation the figure's own name gives covers it beside its doer, not in its place: "how
      // many peacekeepers did the UN send" is not Cambodia's count of those it sent on UN missions.)
      const named = entry.named.has(token) && (entry.by.size === 0 || frame.entities.some((e) => entry.by.has(e.token)));
      if (kind === 'organisation' && !entry.by.has(token) && !entry.partners.has(token) && !entry.places.has(token) && !named && !voice(token)) return 'organisation';
    }
    // "Outside Battambang", "without JMAS": a figure of what the question excludes does not answer it.
    // A figure of the whole place counts the part outside which, or the organisation without which,
    // the question asks ("casualties outside Battambang" is not Cambodia's figure).
    for (const x of frame.excluded) {
      const within = [...(lexicon.ancestors.get(x) ?? [])].some((up) => entry.places.has(up));
      if (entry.places.has(x) || entry.by.has(x) || entry.partners.has(x) || within || (entry.national && lexicon.kinds.get(x) === 'organisation')) {
        return lexicon.kinds.get(x) === 'organisation' ? 'organisation' : 'place';
      }
    }
    // "Just mines, not UXO": a figure that counts the excluded kind too is not the one asked for.
    for (const x of frame.notThings) if (entry.scopeThings.has(x) || (entry.scopeThings.size === 0 && entry.things.has(x))) return 'hazard';
    // "How much land is not contaminated": the figure of contaminated land is its opposite.
    // ("Not the preliminary December number": a month ruled out is one a figure's own name gives, "to
    // early December", not one its series' other figures give.)
    if (frame.notWords.some((t) => (MONTH_TOKENS.has(t) ? entry.coreTokens : entry.measureTokens).has(t))) return 'measure';
    // A figure of two kinds together ("cluster munitions and other ERW") is not the figure of one.
    const thingsAsked = frame.entities.filter((e) => e.kind === 'thing').map((e) => e.token);
    // "Killed or hurt by mines and explosive remnants": a figure of one kind is not the figure of both.
    // (Kinds named one within the other, "antipersonnel landmines", are one kind; those joined by "and" are two.)
    const joinedKinds = new Set(thingsAsked).size > 1 && joinsKinds(lexicon, a);
    if (joinedKinds && entry.scopeThings.size === 1 && !frame.change &&
      thingsAsked.some((t) => !entry.scopeThings.has(t) && ![...entry.scopeThings].some((x) => lexicon.ancestors.get(t)?.has(x) === true))) return 'hazard';
    // (Two kinds asked, "mines and UXO", are covered by "mines and ERW": ERW holds the UXO.)
    if (thingsAsked.length > 0 && entry.scopeThings.size > 1 && [...entry.scopeThings].some((x) => !thingsAsked.some((t) => t === x || lexicon.ancestors.get(x)?.has(t) === true ||
      (thingsAsked.length > 1 && lexicon.ancestors.get(t)?.has(x) === true)))) return 'hazard';
    // "The total contaminated area": one kind's figure is not the total of all kinds.
    if (frame.total && thingsAsked.length === 0 && entry.scopeThings.size > 0 && entry.series !== undefined && index.splitMeasures.has(measureOf(entry.series))) return 'hazard';
    // A percentage of change ("22% fewer") answers a question about a change, not a share.
    if (entry.quantity === 'percent' && [...entry.coreTokens].some((t) => index.percentWords.has(t)) && !frame.change && !toks.has('changeby') && !someOf(toks, (t) => index.percentWords.has(t))) return 'measure';
    // "By how much did it fall": the size of a change, which a count or an area is not.
    if (toks.has('changeby') && entry.quantity !== 'percent') return 'measure';
    // Figures are of the past: "how much will JMAS clear next year" is not answered by one.
    // (In Khmer, "នឹង" before the verb says "will".)
    if (toks.has('periodfuture') && entry.period !== 'target' && a.rawWords.some((w) => FUTURE_VERBS.has(w) || w === KHMER_PARTICLES.will)) return 'future';
    // "JMAS alone", "landmines only": a joint figure, or one of more kinds than named, is not it.
    if (frame.only && entry.partners.size > 0) return 'organisation';
    if (frame.only && frame.entities.some((e) => e.kind === 'thing' && !thingCovered(lexicon, e.token, entry.scopeThings))) return 'hazard';
    // "Of the land left, how much is mines": the whole's figure is no part of it, unless the part named is
    // all the whole is of ("how much of it is mines and ERW").
    if (frame.part === true && frame.entities.some((e) => e.kind === 'thing' && !thingCovered(lexicon, e.token, entry.scopeThings)) &&
      (entry.scopeThings.size > 0 || !joinsKinds(lexicon, a) || [...entry.things].some((x) => !thingsAsked.some((t) => t === x || lexicon.ancestors.get(x)?.has(t) === true)))) return 'hazard';
    // A partner's own work is not the figure of its work with another: the question names the doer.
    const orgs = frame.entities.filter((e) => e.kind === 'organisation' && !voice(e.token));
    if (orgs.length > 0 && !frame.entities.some((o) => entry.by.has(o.token) || (entry.named.has(o.token) && !entry.partners.has(o.token)) || (o.kind === 'organisation' && entry.places.has(o.token)))) return 'organisation';
    // "Mines destroyed in Cambodia" asks for the whole place's figure, not one organisation's.
    // A place named as the doer ("bombs the United States dropped") names whose work it is.
    const namesDoer = frame.entities.some((e) => entry.by.has(e.token));
    if (orgs.length === 0 && !namesDoer && !entry.national && frame.entities.some((e) => e.kind === 'place' && entry.places.has(e.token))) return 'not-national';
    for (const { token, kind } of frame.entities) {
      if (kind === 'person' && !entry.people.has(token) && !entry.mentions.has(token)) return 'person';
      // A figure that names no kind of thing (people at risk, provinces) is not narrowed by one.
      // A figure of one kind of thing answers for it, its broader kinds and its narrower ones, never a sibling;
      // a figure of no one kind answers for any kind it names, in its name or its statement.
      // Two kinds asked together ("mines and UXO") are answered by a figure of kinds that covers both:
      // land with "landmines and ERW" has the UXO in it. One kind alone is not: ERW is more than UXO.
      const withOthers = thingsAsked.length > 1 && [...entry.things].some((x) => lexicon.ancestors.get(token)?.has(x) === true);
      if (kind === 'thing' && entry.scopeThings.size > 0 && !thingCovered(lexicon, token, entry.things) && !withOthers) return 'hazard';
      // ("People who benefited from mine clearance": a kind of thing before the work the figure names
      // says what the work is, not which things the figure is of.)
      if (kind === 'thing' && entry.scopeThings.size === 0 && !thingCovered(lexicon, token, entry.things) && !thingCovered(lexicon, token, entry.mentions) && !withOthers &&
        !namesTheWork(index, a, token, entry)) return 'hazard';
      // Where the fact base splits a measure by kind of thing, the figure of no one kind is the total of all.
      // It answers for a kind broader than every kind the measure is split into ("all ordnance"), not for one of them.
      // (Two kinds asked together, "mines and UXO", are the figure of "mines and ERW", as above.)
      if (kind === 'thing' && entry.scopeThings.size === 0 && entry.series !== undefined && !thingCovered(lexicon, token, entry.things)) {
        const split = index.splitMeasures.get(measureOf(entry.series));
        // (Unless every kind it is split into is among those asked, or holds or is held by one: "mines and
        // UXO" for a split into landmines and ERW; not "cluster munitions and UXO", which leaves the mines out.)
        const related = (x: string, t: string) => x === t || lexicon.ancestors.get(x)?.has(t) === true || lexicon.ancestors.get(t)?.has(x) === true;
        const allAsked = withOthers && split !== undefined && [...split].every((x) => thingsAsked.some((t) => related(x, t)));
        if (split !== undefined && !allAsked && ![...split].every((x) => lexicon.ancestors.get(x)?.has(token) === true)) return 'hazard';
      }
    }
    // "Yearly", "per year" ask for a rate, which one period's count is not; but the latest yearly
    // count, or a named year's, is that year's figure.
    // ("How has it moved over the last few years" asks for the series, whose span that is.)
    // ("CMAC's annual budget": a year's figure is the yearly one; "on average per year" is not.)
    // (A figure that is itself a rate, "people a year", answers "how many a year".)
    if ((frame.relativePeriod && !frame.change) || (frame.rate && !frame.change && entry.rate !== true && !(a.yearly && wholeYear(entry) &&
      (toks.has('periodlatest') || frame.dates.length > 0 || yearByYear(index, a, entry, toks))))) return 'period';
    // "The latest full-year count": a year's, never a running total. (Of one series, the whole
    // calendar year's figure is chosen over the year to date: see withSeries.)
    if (toks.has('fullyear') && entry.period === 'cumulative') return 'period';
    // "halo's total cleared by the end of 2022": a running total, not that year's count.
    // ("The latest full-year count from mines + ERW": a whole year's, not a running total.)
    if (frame.total && entry.period === 'flow' && !toks.has('fullyear') && frame.dates.every((d) => !FLOW_DATE_WORDS.has(d.prep) || (d.prep === '' && !wholeYear(entry))) && !frame.change) return 'period';
    // "since it started", "so far": a running total or a stock, not one period's count.
    if (toks.has('since') && frame.sinceYears.length === 0 && entry.period === 'flow' && !a.rawWords.some((w, i) => w === 'since' && monthOf(a.rawWords[i + 1] ?? '') !== undefined)) return 'period';
    // "The project NPA and CMAC signed in 2023": the year of an event the fact tells of is its year too.
    // (The verb is the fact's own: "destroyed in 1992, when it started" is not a figure of 1992.)
    if (frame.dates.length > 0) {
      const event = a.events.some((t) => entry.tokens.has(t));
      // ("How has it changed between the early-2024 figure and the March 2025 one": each date names one figure.)
      const eachOne = yearsAsAlternatives(frame) || (frame.change && frame.dates.length > 1);
      if (eachOne ? !frame.dates.some((d) => fitsDate(entry, d, frame, event)) : !frame.dates.every((d) => fitsDate(entry, d, frame, event))) return 'year';
      // "How much did casualties drop from 2020 to 2023": a change stated against another year ("22%
      // fewer than in 2022") answers a span from that year to its own, no other.
      if (entry.quantity === 'percent' && entry.asOf !== undefined) {
        const own = entry.asOf.slice(0, 4);
        const against = someOf(entry.tokens, (t) => YEAR.test(t) && t !== own);
        // (Only of a change asked: "the NMAS 2018-2025 share funded" names the plan's years.)
        const asksChange = frame.change || toks.has('changeby');
        if (against && asksChange && frame.dates.some((d) => d.prep === 'between' && (d.end.slice(0, 4) !== own || !entry.tokens.has(d.start.slice(0, 4))))) return 'year';
      }
      // (A change between two dates needs a figure of each: "between March and December 2024" is no change
      // when only March has one.)
      if (frame.change && frame.dates.length > 1 && !yearsAsAlternatives(frame)) {
        const members = seriesOf(index, entry);
        if (!frame.dates.every((d) => members.some((m) => fitsDate(m, d, frame, event)))) return 'year';
      }
      // "How has the land cleared grown from 2020 to 2024": a running total shows how it grew only
      // beside another of its series in that span; one alone is the total since it began.
      // (So does any figure: "did the mined area shrink between early 2024 and March 2025" is asked of a
      // measure with a figure in that span besides this one.)
      // (A yearly count answers the same only beside another year's, unless it is itself of the whole span,
      // "bombs dropped between 1965 and 1973", or a change stated from the span's first year. Two sources'
      // figures of one date are no change either.)
      const between = frame.change ? frame.dates.find((d) => d.prep === 'between') : undefined;
      if (between !== undefined) {
        const spans = entry.period === 'flow' && entry.from !== undefined && entry.asOf !== undefined && entry.from.slice(0, 4) === between.start.slice(0, 4) && entry.asOf.slice(0, 4) === between.end.slice(0, 4);
        const statesIt = entry.quantity === 'percent' && entry.tokens.has(between.start.slice(0, 4));
        const dates = new Set(seriesOf(index, entry).filter((m) => m.asOf !== undefined && m.asOf >= between.start && m.asOf <= between.end).map((m) => m.asOf));
        if (!spans && !statesIt && dates.size < 2) return 'year';
        // "Did the number killed since 1979 grow between 2020 and 2023" asks of the running total, not
        // each year's count; "did annual deployments grow" of each year's, not the running total.
        if (entry.period === 'flow' && (frame.total || frame.sinceYears.length > 0)) return 'period';
        if (entry.period === 'cumulative' && (frame.rate || a.yearly)) return 'period';
        // "How did the area still contaminated change": all of it, which one kind's figures do not show.
        if (entry.scopeThings.size > 0 && !frame.entities.some((e) => e.kind === 'thing') && entry.series !== undefined && index.splitMeasures.has(measureOf(entry.series))) return 'hazard';
      }
    }
    for (const { from, to } of frame.sinceYears) {
      // ("How have casualties changed since 2018": the series from that year on, each year's figure.)
      if (frame.change && entry.period === 'flow' && entry.asOf !== undefined && Number(entry.asOf.slice(0, 4)) >= from) continue;
      if ((entry.period !== 'cumulative' && !entry.sum) || entry.sinceYear === undefined || entry.sinceYear < from || entry.sinceYear > to) return 'year';
    }
    if (entry.sum && !frame.total) return 'not-a-total';
    // "In total, how much did CMAC clear in 2020": where the doer has figures of its own, the part it
    // did with a partner the question does not name is not its total.
    if (frame.total && [...entry.partners].some((p) => !frame.entities.some((e) => e.token === p)) &&
      [...entry.by].some((b) => index.soloWork.has(`${b}|${entry.quantity ?? ''}`))) return 'not-a-total';

  } else {
    // "Annual casualties" asks for a count by the year, which no statement gives; "last year" is a
    // period no statement is of.
    if (frame.rate) return 'needs-figure';
    if (frame.relativePeriod) return 'period';
    // "What's the population of Cambodia": a statement that shares only a place and people in general
    // with a question does not answer it.
    const shared = [...toks].filter((t) => entry.tokens.has(t) && !FILLER_TOKENS.has(t) && (t === 'ask' || !MARKERS.has(t)));
    // (Not the count a moderator taught it to answer: "how many times".)
    if (shared.some((t) => ANY_COUNTABLE.has(t)) && shared.every((t) => ANY_COUNTABLE.has(t) || lexicon.kinds.get(t) === 'place') &&
      !shared.some((t) => entry.countTaught?.has(t) === true && taughtCount)) return 'not-about-figures';
    // "Which provinces did JMAS build schools in?": asked where, a statement that names no place but
    // the ones asked about ("in some provinces") does not say.
    const asksWhere = toks.has('where') || (frame.entities.some((e) => e.kind === 'place' && commonNoun(lexicon, e.token)) &&
      (a.rawWords.slice(0, 2).includes('which') || a.rawWords.slice(0, 2).includes('what') || (toks.has('who') && a.rawWords.some(hasKhmer))));
    // (A place it names for itself, not one it holds only as where a name it mentions lies: JMAS is
    // Japan's, a province Cambodia's.)
    const within = (t: string) => someOf(entry.mentions, (m) => m !== t && lexicon.ancestors.get(m)?.has(t) === true);
    if (asksWhere && !someOf(entry.mentions, (t) => lexicon.kinds.get(t) === 'place' && !commonNoun(lexicon, t) && !within(t) && !frame.entities.some((e) => e.token === t))) return 'not-about-figures';
    // "What did Yamazaki praise when he met the PM": of two people, the one who spoke is the statement's;
    // the other is the occasion.
    const people = frame.entities.filter((e) => e.kind === 'person').map((e) => e.token);
    const speaks = people.length > 1 && people.some((p) => entry.voices.has(p) || entry.people.has(p));
    for (const { token, kind } of frame.entities) {
      // A statement is about its places, organisations and people; a kind of thing named in passing
      // ("partnership on mine action") weighs in its score, not as a condition.
      if (kind === 'thing' || (kind === 'person' && speaks)) continue;
      if (!entry.mentions.has(token)) {
        return kind === 'place' ? 'place' : kind === 'person' ? 'person' : 'organisation';
      }
    }
    for (const d of frame.dates) {
      const y = d.start.slice(0, 4);
      if (yearOf(entry.asOf) !== Number(y) && !entry.tokens.has(y)) return 'year';
      // "Who did the PM meet on 15 July 2024": a day named is the statement's own day, or another.
      // ("What did Hun Manet appeal for on 24 February 2024?": or a day its own words name.)
      if (d.start === d.end && entry.asOf !== undefined && entry.asOf !== d.start && !statesDay(entry.statement, d.start)) return 'year';
    }
    for (const { from } of frame.sinceYears) if (!entry.tokens.has(String(from))) return 'year';
  }
  return undefined;
}

/** Whether the figures of a measure are of every organisation the question names (or it names none). */
function doneByNamed(index: MatchIndex, a: Analysed, measure: string): boolean {
  const orgs = a.frame.entities.filter((e) => e.kind === 'organisation').map((e) => e.token);
  if (orgs.length === 0) return true;
  let doers = measureDoers.get(index);
  if (doers === undefined) {
    doers = new Map<string, Set<string>>();
    for (const e of index.entries) {
      if (e.kind !== 'fact' || e.series === undefined) continue;
      const m = measureOf(e.series);
      const into = doers.get(m) ?? new Set<string>();
      for (const t of [...e.by, ...e.partners, ...e.named]) into.add(t);
      doers.set(m, into);
    }
    measureDoers.set(index, doers);
  }
  const of = doers.get(measure);
  return of === undefined || orgs.every((o) => of.has(o));
}
const measureDoers = new WeakMap<MatchIndex, Map<string, Set<string>>>();

/** Whether a text names a day ("24 February 2024", "February 24, 2024"), given as YYYY-MM-DD. */
function statesDay(text: string, iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = text.toLowerCase();
  const month = MONTHS[m - 1];
  return month !== undefined && new RegExp(`\\b${y}\\b`, 'u').test(t) && new RegExp(`(?<!\\d)${d} ${month}\\b|\\b${month} ${d}(?!\\d)`, 'u').test(t);
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
  /** A "how has it changed" question: `best` is the whole series, newest first. */
  change: boolean;
  /** Worded exactly as a phrasing a moderator taught for the answer. */
  taught?: boolean;
  /** "Which province had the most": `best` is the figures in order, the largest first; this many are ranked. */
  ranking?: number;
}

/** The least share of a question's weight an entry must cover to answer it. */
export const ANSWER_THRESHOLD = 0.5;
/** The runner-up must score below this share of the best for the best to answer outright. */
const MARGIN = 0.92;
const CANDIDATES = 20;
/** A narrower figure of the answer's measure scoring at least this share of it is named beside it. */
const NARROWER_SHOWN = 0.75;
/** Figures of one series this close in date, from other sources, are shown side by side. */
const SAME_TIME_DAYS = 183;

/** A token's weight in a question: its idf, less for conversational filler no fact uses. */
function weightOf(index: MatchIndex, t: string, names: ReadonlySet<string>): number {
  const idf = index.idf(t);
  if (index.postings.has(t)) return idf;
  // A number no fact states ("our proposal says 2,500 km²") is a claim to check, which the frame
  // reads; it weighs like filler here.
  if (FILLER_TOKENS.has(t) || ALL_DIGITS.test(t)) return idf * 0.25;
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
  // A figure asked for in a word no fact uses ("how many were killed", to a base without deaths).
  if (a.frame.quantity && unknownContent(index, a) !== undefined) return 'measure';
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
function evidence(index: MatchIndex, q: ReadonlySet<string>, entry: Entry, frame: QuestionFrame): number {
  const kind = frame.kind;
  let sum = 0;
  for (const t of q) if (entry.tokens.has(t)) sum += index.idf(t);
  // A running total since a year the question's span holds ("since the early 90s") agrees with it.
  if (entry.sinceYear !== undefined && frame.sinceYears.some((y) => entry.sinceYear! >= y.from && entry.sinceYear! <= y.to)) sum += SINCE_EVIDENCE;
  // Asking for a kind of figure few facts have ("what %") is evidence too.
  if (kind !== undefined && kind === entry.quantity) sum += Math.log(1 + index.entries.length / Math.max(1, index.quantityCounts.get(kind) ?? 0)) * 0.5;
  return sum;
}

const MIN_EVIDENCE = 1.2;
const SINCE_EVIDENCE = 0.5;
/** "How much has been cleared": the verb that names a figure's own measure is evidence beyond its idf. */
const PREDICATE_EVIDENCE = 0.5;
const STRUCTURE_BONUS = 0.1;
/** Share of the final score given to closeness; the rest is the coverage of the question. */
const CLOSENESS_WEIGHT = 0.4;

const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

export function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

const DECADE = /^(?:19|20)\d0s$/u;
/** Tokens of the part of a period a date names ("early", "mid", "late"). */
const PERIOD_PARTS = new Set(['earli', 'early', 'mid', 'late', 'middl', 'middle']);

/** Words of a claim to check: a figure in the question is what is checked, not what is looked up. */
const CLAIM_WORDS = new Set(['heard', 'hear', 'claim', 'claims', 'claimed', 'says', 'said', 'saying', 'true', 'correct', 'right', 'confirm', 'verify', 'check', 'accurate', 'read', 'told']);

/** Verbs that follow "how many" when people are counted ("how many died"). */
const VERBS_OF_PEOPLE = new Set(['lost', 'died', 'were', 'was', 'got', 'have', 'had', 'did', 'lived', 'live', 'survived', 'suffered', 'needed', 'need', 'needs', 'became', 'are', 'is']);

/** Verbs of a beginning: "when did X start" asks the date of a beginning a fact must tell of. */
const STARTING = new Set(['began', 'begin', 'started', 'start', 'established', 'establish', 'launched', 'launch', 'ចាប់ផ្តើម', 'ចាប់ផ្ដើម', 'បង្កើត']);

/** Verbs of an event a fact may tell of, with its own date ("signed in 2023"). */
const EVENT_VERBS = new Set(['signed', 'sign', 'agreed', 'approved', 'adopted', 'announced', 'inaugurated', 'founded', ...STARTING]);

/** A date fits the figure, or is the year of an event the fact tells of with the question's own verb. */
function fitsDate(entry: Entry, d: NamedDate, frame: QuestionFrame, event: boolean): boolean {
  return dateFits(entry, d, frame) || (event && entry.tokens.has(d.start.slice(0, 4)) && isWholeYear(d));
}

/**
 * "Give me the 2022 and 2021 casualty numbers", "injured in 2020 and in 2023": whole years named side
 * by side are each asked for; a figure of any of them answers. (A change names the years it compares.)
 */
function yearsAsAlternatives(frame: QuestionFrame): boolean {
  if (frame.change || frame.dates.length < 2) return false;
  const years = new Set(frame.dates.map((d) => d.start.slice(0, 4)));
  return years.size === frame.dates.length && frame.dates.every(isWholeYear);
}

/** A date that names a whole calendar year ("in 2023"), not a month or a day of it. */
function isWholeYear(d: NamedDate): boolean {
  return d.start.endsWith('-01-01') && d.end.endsWith('-12-31');
}

/** Verbs of a state: "land has UXO", "the area contains mines". */
const STATE_VERBS = new Set(['has', 'have', 'contains', 'contain', 'holds', 'hold']);

const FUTURE_VERBS = new Set(['will', 'shall', 'gonna', 'expect', 'expected', 'expects', 'plan', 'plans', 'planned', 'planning', 'intend', 'intends', 'forecast', 'projected', 'aim', 'aims']);

const HOW_TO = /^how (?:do|can|could|should|would|to|does one) (?:i|we|you|u|one)?\s?(?!know\b|find\b)\w+/u;
/**
 * "What should I feed my dog?", "do you think JMAS is doing enough?": advice or the bot's opinion, as
 * "how do I" asks; not "what should I give as the 2023 casualty figure", which names a figure, a date
 * or a measure some fact has.
 */
const ADVICE = /^(?:what (?:should|shall|must) (?:i|we|one) (?!know\b|find\b|tell\b|say\b|write\b|quote\b|use\b|cite\b|report\b|put\b|ask\b|answer\b|mention\b|include\b|add\b|highlight\b|note\b|stress\b|cover\b)\w+|(?:do|did|would) (?:you|u) think\b(?=.*\b(?:enough|good|bad|better|worse|best|worst|right|wrong|fair|worth|important|effective|successful|doing well|should)\b)|what do (?:you|u) think\b|in your (?:opinion|view)\b)/u;

/** The bot's own view asked for ... */
const OPINION = /\b(?:in your (?:opinion|view|judge?ment)|(?:do|would|did) (?:you|u) (?:think|reckon|believe|expect)|(?:you|u) reckon|personally)\b/u;
/** ... of what will be: "will", "they'll" (its apostrophe read away), "gonna". */
const FORECAST = /\b(?:will|wont|(?:i|you|u|we|they|it|he|she|that)ll|gonna|going to)\b/u;
/** A request for a figure ("could you give me"), which an opinion word beside it does not undo. */
const REQUESTS = /\b(?:could|can|would|will) (?:you|u) (?:give|tell|send|share|show|get|find|provide)\b/u;
/** ... of whether something is so: a judgement no fact gives. */
const JUDGED = /\b(?:realistic|unrealistic|achievable|feasible|attainable|doable|likely|unlikely|possible|enough|sufficient|on track|good|bad|fair|effective|successful|worth)\b/u;

/**
 * Tie-breakers among figures that match a question about equally well, in order: the kind of thing
 * it names as the figure's own (or, naming none, the figure of no one kind), a flow for "yearly",
 * a running total for "in total", a series for "how has it changed", the speaker it names.
 */
/** "Is clearance high on the agenda?": a yes-or-no question that asks no quantity. */
function isYesNo(a: Analysed): boolean {
  // ("Is it true that casualties went down?" checks a figure's claim, not a statement.)
  const claim = a.rawWords[1] === 'it' && ['true', 'correct', 'right', 'accurate'].includes(a.rawWords[2] ?? '');
  return !a.frame.quantity && !claim && (/^(?:is|are|was|were|does|do|did|has|have|can|will|would|should)$/u.test(a.rawWords[0] ?? '') ||
    // "How seriously is the government taking clearance?": a question of manner, which words answer.
    (a.rawWords[0] === 'how' && /ly$/u.test(a.rawWords[1] ?? '')));
}

/** The verb of a passive ("has been cleared"): it names the measure over the words that qualify its subject. */
function predicateOf(index: MatchIndex, a: Analysed): string[] {
  return a.rawWords.flatMap((w, i) => (w === 'been' || w === 'being' || w === 'got' || w === 'get') && a.rawWords[i + 1] !== undefined ? lexTokens(index.lexicon, [a.rawWords[i + 1]!]) : [])
    .filter((t) => index.measureWords.has(t));
}

/** "The total mined area including what's cleared": the part named is added in, the sum is asked for. */
const INCLUDING = new Set(['including', 'includes', 'include', 'incl', 'plus', 'add', 'adding']);

/** The question's measure words name exactly one of a sum's parts ("cleared" of cleared plus remaining). */
function namesOnePart(e: Entry, asked: readonly string[]): boolean {
  return e.parts !== undefined && asked.length > 0 && e.parts.filter((p) => asked.some((t) => p.has(t))).length === 1;
}

function preferences(index: MatchIndex, a: Analysed): Array<(e: Entry) => boolean> {
  const frame = a.frame;
  const predicate = predicateOf(index, a);
  const things = frame.entities.filter((e) => e.kind === 'thing').map((e) => e.token);
  const people = frame.entities.filter((e) => e.kind === 'person').map((e) => e.token);
  const out: Array<(e: Entry) => boolean> = [];
  // "Is clearance high on the agenda?": a yes-or-no question asks for a statement before a figure.
  if (isYesNo(a)) out.push((e) => !e.hasFigure);
  if (things.length > 0) out.push((e) => things.some((t) => e.scopeThings.has(t)));
  else out.push((e) => e.scopeThings.size === 0);
  if (frame.rate || frame.dates.length > 0 || a.tokens.includes('periodlatest')) out.push((e) => e.period === 'flow' || e.period === 'stock');
  if (frame.total || frame.sinceYears.length > 0) out.push((e) => e.period === 'cumulative' || e.sum);
  // "How much has HALO cleared": what it has done so far, not one year's work.
  if (frame.dates.length === 0 && !frame.rate && !frame.change && (a.rawWords.includes('has') || a.rawWords.includes('have'))) out.push((e) => e.period !== 'flow');
  // "The total cleared since 1992" names one part of a sum: that part, not the sum, is asked for.
  const asked = a.tokens.filter((t) => index.measureWords.has(t));
  if (frame.total && !a.rawWords.some((w) => INCLUDING.has(w))) out.push((e) => !namesOnePart(e, asked));
  if (frame.change) out.push((e) => e.series !== undefined && (index.series.get(e.series)?.length ?? 0) > 1);
  if (people.length > 0) out.push((e) => people.some((p) => e.people.has(p)));
  if (predicate.length > 0) out.push((e) => predicate.some((t) => e.coreTokens.has(t)));
  // "Peacekeepers in 2019": a count of all of them, not of the women among them.
  const said = new Set(a.tokens);
  if (frame.quantity || frame.total || frame.dates.length > 0) {
    // (A word the vocabulary gives a meaning, "women", narrows what is counted; a bare adjective, "aerial", may only describe it.)
    out.push((e) => e.quantity !== 'count' || !someOf(e.counts, (c) => !said.has(c) && index.concepts.has(c) && !index.lexicon.kinds.has(c) && !ANY_COUNTABLE.has(c)));
  }
  return out;
}

/** Words that ask for the first of a figure's values, and words a figure that replaced it is called by. */
const ORIGINAL_WORDS = new Set(['original', 'originally', 'initial', 'initially']);
const REVISED_WORDS = new Set(['new', 'revised', 'extended', 'requested', 'updated', 'extension', 'latest', 'current']);
const REVISED_TOKENS = new Set(['new', 'revis', 'revised', 'extend', 'extended', 'request', 'requested', 'updat', 'updated']);

/** The facts number parts with the word the question numbers one by ("Phase III", "Level 1 Survey"). */
function numberedInBase(index: MatchIndex, a: Analysed): boolean {
  let words = numberingWords.get(index);
  if (words === undefined) {
    words = new Set<string>();
    for (const e of index.entries) {
      for (const text of [e.topic, e.statement]) {
        for (const m of text.toLowerCase().matchAll(NUMBERED_PART)) words.add(m[1]!);
        for (const m of text.matchAll(/\b(II|III|IV|VI|VII|VIII|IX)\b/gu)) words.add(m[1]!.toLowerCase());
      }
    }
    numberingWords.set(index, words);
  }
  const found = words;
  return a.rawWords.some((w, i) => (found.has(w) && (/^\d{1,2}$/u.test(a.rawWords[i + 1] ?? '') || PART_WORDS.has(a.rawWords[i + 1] ?? ''))) || (found.has(a.rawWords[i + 1] ?? '') && PART_WORDS.has(w)) || (ROMAN_NUMERALS.has(w) && i > 0 && found.has(w)));
}
const numberingWords = new WeakMap<MatchIndex, Set<string>>();
const NUMBERED_PART = /\b(phase|part|stage|round|tranche|chapter|volume|step|pillar|level)\s+(?:\d{1,2}|ii|iii|iv|vi|vii|viii|ix)\b/gu;
const SEQUENCE_WORDS = new Set(['phase', 'part', 'stage', 'round', 'tranche', 'chapter', 'volume', 'step', 'pillar', 'level']);
const PART_WORDS = new Map([['one', '1'], ['two', '2'], ['three', '3'], ['four', '4'], ['five', '5'], ['first', '1'], ['second', '2'], ['third', '3'], ['fourth', '4'], ['fifth', '5']]);
/** Of those, the ordinals, which stand before the word of sequence ("the third phase"). */
const ORDINAL_PARTS = new Set(['first', 'second', 'third', 'fourth', 'fifth']);

/**
 * The numbers parts are given by in these words: "phase 3", "phase three", "the third phase", and a
 * Roman numeral after a name ("CfR II", "Clearing for Results IV").
 */
function partNumbers(ws: readonly string[]): string[] {
  const out: string[] = [];
  ws.forEach((w, i) => {
    const next = ws[i + 1] ?? '';
    if (SEQUENCE_WORDS.has(w) && /^\d{1,2}$/u.test(next)) out.push(next);
    else if (SEQUENCE_WORDS.has(w) && PART_WORDS.has(next) && !ORDINAL_PARTS.has(next)) out.push(PART_WORDS.get(next)!);
    else if (SEQUENCE_WORDS.has(next) && ORDINAL_PARTS.has(w)) out.push(PART_WORDS.get(w)!);
    else if (ROMAN_NUMERALS.has(w) && i > 0) out.push(ROMAN_NUMERALS.get(w)!);
  });
  return out;
}

/**
 * The numbers a figure's own words give its part by ("Phase II" read as "phase 2", "Clearing for Results
 * IV"): not any number of its statement ("1 billion yen").
 */
function partsOf(entry: Entry): ReadonlySet<string> {
  let out = entryParts.get(entry);
  if (out === undefined) {
    const found = new Set<string>();
    for (const text of [entry.topic, entry.statement]) {
      for (const n of partNumbers(words(prepare(text)))) found.add(n);
    }
    entryParts.set(entry, (out = found));
  }
  return out;
}
const entryParts = new WeakMap<Entry, ReadonlySet<string>>();

/**
 * Names of several words the facts write with capitals ("Clearing for Results", "Technical Institute of
 * Mine Action"), by their initials, with and without the small words between ("cfr", "cr", "timoa",
 * "tima"): read on the first word no dictionary or fact has. An initialism two names share is neither's.
 */
function acronymsOf(index: MatchIndex): Map<string, string> {
  let out = acronyms.get(index);
  if (out !== undefined) return out;
  const found = new Map<string, string | null>();
  const add = (key: string, name: string) => {
    if (key.length < 2) return;
    const had = found.get(key);
    if (had === undefined) found.set(key, name);
    else if (had !== name) found.set(key, null);
  };
  for (const e of index.entries) {
    for (const text of [e.topic, e.statement]) {
      for (const m of text.matchAll(CAPITALISED_NAME)) {
        const name = m[0].replace(/['’]s\b/gu, '').toLowerCase();
        const all = name.split(/\s+/u);
        if (all.length < 2) continue;
        add(all.map((x) => x[0]).join(''), name);
        add(all.filter((x) => !NAME_LINKS.has(x)).map((x) => x[0]).join(''), name);
      }
    }
  }
  out = new Map([...found].filter((kv): kv is [string, string] => kv[1] !== null));
  acronyms.set(index, out);
  return out;
}
const acronyms = new WeakMap<MatchIndex, Map<string, string>>();
/** Words that may link the capitalised words of one name ("Clearing for Results"). */
const NAME_LINKS = new Set(['for', 'of', 'the', 'and', 'on', 'in', 'de', 'du', 'des', 'la', 'le']);
const CAPITALISED_NAME = /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:for|of|the|and|on|in|de|du|des|la|le)\s+)?\p{Lu}[\p{L}'’-]*)+/gu;

/** The word of the fact base a clipped word stands for, when all the words it starts are read as one. */
function clippedOf(index: MatchIndex, w: string): string | undefined {
  for (const prefix of w.endsWith('s') && w.length >= 5 ? [w, w.slice(0, -1)] : [w]) {
    const whole = index.speller.completions(prefix);
    if (whole.length === 0) continue;
    // (A word that starts many is no clipping of one: "cont".)
    if (whole.length >= 8) return undefined;
    const read = new Set(whole.map((x) => lexTokens(index.lexicon, [x]).join(' ')));
    // (To a word the facts use for what they measure or name, not a word of the question's shape:
    // "incl", "orig" would be read as "total".)
    const [only] = read;
    return read.size === 1 && only !== '' && index.postings.has(only!) && !MARKERS.has(only!) ? whole.sort((a, b) => a.length - b.length)[0] : undefined;
  }
  return undefined;
}

export function match(index: MatchIndex, question: string): Match {
  const analysed = analyse(index, question);
  const empty = { earlier: [], narrower: [], seriesDates: [], change: false };
  // A question worded exactly as a phrasing a moderator taught for one fact gets that fact.
  const taught = index.exact.get(analysed.tokens.join(' '));
  // Its words are the phrasing's, but a date the phrasing did not fix must still fit ("by" is no word).
  if (taught?.length === 1 && refusal(index, taught[0]!, analysed, new Set(analysed.tokens)) === undefined) {
    const only = { entry: taught[0]!, score: 1, coverage: 1 };
    return { analysed, ranked: [only], refused: undefined, ambiguous: false, narrower: [], taught: true, ...withSeries(index, [only], analysed) };
  }
  // "heard casualties were 41 in 2023?": a figure claimed is checked, not looked up; the date is read by the frame.
  // A clause of circumstance ("at the July meeting") neither ranks nor weighs in closeness.
  const claim = analysed.rawWords.some((w) => CLAIM_WORDS.has(w));
  const main = mainClause(index, analysed);
  const asked = claim ? main.filter((t) => !ALL_DIGITS.test(t) || YEAR.test(t)) : main;
  // (A year ruled out, "not 2023", names no figure to rank.)
  const ruledOut = new Set(analysed.frame.notDates.map((d) => d.start.slice(0, 4)));
  // (A decade, "since the early 90s", is a span the frame reads; no fact says it in words.)
  // ("in early 2024", "since the early 90s": the part of a year or decade the frame reads is no word to
  // rank; "early December" is a figure's own words, to the year to date.)
  const yearPart = analysed.rawWords.some((w, i) => PERIOD_PARTS.has(w) && /^(?:19|20)\d\ds?$/u.test(analysed.rawWords[i + 1] ?? ''));
  const rankTokens = (asked.length > 0 ? asked : analysed.tokens).filter((t) => !ruledOut.has(t) && !DECADE.test(t) && !analysed.frame.notWords.includes(t) && !(yearPart && PERIOD_PARTS.has(t)));
  const q = new Set(rankTokens.filter((t) => !MARKERS.has(t)));
  const qWeights = new Map([...q].map((t) => [t, index.idf(t)] as const));
  const qSum = [...qWeights.values()].reduce((a, b) => a + b, 0);
  const toks = new Set(analysed.tokens);
  const compatible: Scored[] = [];
  const ranked: Scored[] = [];
  const predicate = predicateOf(index, analysed);
  const yesNo = isYesNo(analysed);
  let refused: Refusal | undefined;
  let refusedEntry: Entry | undefined;
  let refusedCoverage = 0;
  const including = analysed.rawWords.some((w) => INCLUDING.has(w));
  // A figure asked for in a word the vocabulary gives a meaning and no fact uses ("how many were
  // killed", to a base that counts casualties and survivors helped) weighs as a name the base lacks.
  const absent = analysed.frame.quantity ? rankTokens.filter((t) => index.concepts.has(t) && !index.postings.has(t) && !GENERIC.has(t) && !MARKERS.has(t)) : [];
  const heavy = absent.length === 0 ? analysed.names : new Set([...analysed.names, ...absent]);
  // The words a figure's own topic and label use for its measure, asked for, tell it from a
  // neighbour that merely mentions them ("cleared" in the statement of the area still to clear).
  const askedMeasure = [...q].filter((t) => index.measureWords.has(t));
  for (const s of rank(index, rankTokens, heavy)) {
    if (s.score < ANSWER_THRESHOLD * 0.5) break;
    // A figure of the very kind a quantity question asks for agrees with it beyond its words.
    const agrees = analysed.frame.quantity && s.entry.hasFigure && analysed.frame.kind !== undefined && analysed.frame.kind === s.entry.quantity;
    const named = askedMeasure.length === 0 ? 0 : askedMeasure.filter((t) => s.entry.coreTokens.has(t)).length / askedMeasure.length;
    const coverage = s.score + (agrees ? STRUCTURE_BONUS : 0) + (s.entry.hasFigure ? STRUCTURE_BONUS * named : 0) +
      // "The total cleared since 1992" names one part of a sum: the sum gains nothing by "total".
      (s.entry.sum && analysed.frame.total && (including || !namesOnePart(s.entry, askedMeasure)) ? 3 * STRUCTURE_BONUS : 0) +
      (s.entry.period === 'cumulative' && analysed.frame.total ? STRUCTURE_BONUS : 0) +
      (analysed.frame.entities.some((e) => e.kind === 'thing' && s.entry.scopeThings.has(e.token)) ? STRUCTURE_BONUS : 0) +
      (analysed.frame.entities.some((e) => e.kind === 'person' && s.entry.people.has(e.token)) ? STRUCTURE_BONUS : 0) +
      (predicate.some((t) => s.entry.coreTokens.has(t)) ? 2 * STRUCTURE_BONUS : 0) +
      (yesNo && !s.entry.hasFigure ? STRUCTURE_BONUS : 0);
    const why = refusal(index, s.entry, analysed, toks);
    // Closeness only orders entries that may answer; the others are ranked by coverage alone.
    const score = (1 - CLOSENESS_WEIGHT) * coverage + (why === undefined ? CLOSENESS_WEIGHT * closeness(qWeights, qSum, s.entry) : 0);
    const scored = { entry: s.entry, score, coverage };
    ranked.push(scored);
    if (why === undefined) compatible.push(scored);
    else if (refused === undefined && coverage >= ANSWER_THRESHOLD) {
      refused = why;
      refusedEntry = s.entry;
      refusedCoverage = coverage;
    }
  }
  ranked.sort((a, b) => b.score - a.score);
  compatible.sort((a, b) => b.score - a.score);
  const first = compatible[0];
  // "How much did Cambodia clear in 2024": the figure of what was cleared, refused for its date, is
  // what was asked; the figure of what is still to clear, which merely says "clear", is not.
  const ownMeasure = (e: Entry) => [...e.coreTokens].filter((t) => index.measureWords.has(t));
  const named = (e: Entry) => ownMeasure(e).every((t) => toks.has(t));
  const displaced = first !== undefined && refusedEntry !== undefined && refused === 'year' && first.entry.hasFigure && refusedEntry.hasFigure &&
    refusedCoverage > (first.coverage ?? first.score) && ownMeasure(refusedEntry).length > 0 && named(refusedEntry) && !named(first.entry);
  // An answer covers enough of the question, with enough of its words' weight behind it.
  const answers = (c: Scored) => (c.coverage ?? c.score) >= ANSWER_THRESHOLD &&
    evidence(index, q, c.entry, analysed.frame) + (predicate.some((t) => c.entry.coreTokens.has(t)) ? PREDICATE_EVIDENCE : 0) >= MIN_EVIDENCE;
  if (first === undefined || displaced || !answers(first)) {
    const seriesDates = refused === 'year' && refusedEntry?.series !== undefined
      ? (index.series.get(refusedEntry.series) ?? []).map((e) => e.asOf ?? '').filter((d) => d !== '')
      : [];
    return { analysed, best: [], ranked, refused: refused ?? frameRefusal(index, analysed), ambiguous: false, ...empty, seriesDates };
  }
  // "Which province has the most mines?": a ranking, which figures of one measure for several places
  // or organisations give together; no one figure gives it.
  if (asksRanking(analysed)) {
    const least = analysed.rawWords.some((w) => LEAST.has(w)) || KHMER_LEAST.test(analysed.rawWords.join(''));
    const r = rankingOf(index, analysed, compatible.filter(answers).slice(0, 5), least);
    if (r === undefined) return { analysed, best: [], ranked, refused: 'ranking', ambiguous: false, ...empty };
    return { analysed, best: r.order, ranked, refused: undefined, ambiguous: false, ...empty, ranking: r.total };
  }
  // Members of one series differ by date: the question's date (or the newest) picks among them.
  const distinct: Scored[] = [];
  for (const c of compatible) if (!distinct.some((d) => d.entry.series !== undefined && d.entry.series === c.entry.series)) distinct.push(c);
  // Close figures are told apart the way a person would, by what the question says of them.
  let pool = distinct.filter((c) => c.score >= distinct[0]!.score * MARGIN);
  for (const prefer of preferences(index, analysed)) {
    const kept = pool.filter((c) => prefer(c.entry));
    if (kept.length > 0 && kept.length < pool.length) pool = kept;
  }
  const lead = pool[0]!;
  let close = pool.slice(1);
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
    // (A province's figure is narrower than its country's: "casualties in 2020" is the country's.)
    const within = (e: Entry) => e.places.size > 0 && [...e.places].every((p) => [...lead.entry.places].some((w) => index.lexicon.ancestors.get(p)?.has(w) === true));
    close = close.filter((c) => !(c.entry.quantity === lead.entry.quantity && (!c.entry.national || within(c.entry)) && c.entry.kind === 'fact' && (narrower.push(c.entry), true)));
    // Narrower figures of the same measure further down are named too ("JMAS's share of it is ...").
    const sameMeasure = (e: Entry) => [...lead.entry.coreTokens].some((t) => e.coreTokens.has(t) && index.measureWords.has(t));
    for (const c of distinct) {
      if (c === lead || narrower.includes(c.entry) || c.score < lead.score * NARROWER_SHOWN) continue;
      if (c.entry.kind === 'fact' && !c.entry.national && c.entry.quantity === lead.entry.quantity && c.entry.period === lead.entry.period && sameMeasure(c.entry)) narrower.push(c.entry);
    }
  }
  // Asked without naming a kind of thing, the figure of all kinds answers and each kind's is named
  // ("km² still contaminated in March 2025": all of it, then landmines, cluster munitions ...).
  // (Only kinds the vocabulary knows: a scope a fact names for itself, "mine-affected villages", is no
  // kind of ordnance; and not when a figure in the question is being checked: "469 km² of mined land".)
  const namesKind = analysed.frame.entities.some((e) => e.kind === 'thing') || analysed.tokens.some((t) => ALL_DIGITS.test(t) && !/^(?:19|20)\d\d$/u.test(t));
  // "Mines destroyed by HALO in 2022": a kind broader than the figure's own is asked, and the figures of
  // its narrower kinds at that date (anti-personnel, anti-tank) are given together, as for all kinds.
  const namedKinds = analysed.frame.entities.filter((e) => e.kind === 'thing').map((e) => e.token);
  const within = (e: Entry) => e.scopeThings.size > 0 && [...e.scopeThings].every((t) => namedKinds.some((k) => index.lexicon.ancestors.get(t)?.has(k) === true));
  // (Only where the question names the figures' measure: "how many explosions in 2023" is not asked of casualties.)
  const namesMeasure = analysed.tokens.some((t) => chosen.entry.coreTokens.has(t) && index.measureWords.has(t));
  if (namedKinds.length > 0 && namesMeasure && analysed.frame.dates.length > 0 && chosen.entry.hasFigure && within(chosen.entry) && !analysed.tokens.some((t) => ALL_DIGITS.test(t) && !/^(?:19|20)\d\d$/u.test(t))) {
    const sameMeasure = (e: Entry) => someOf(chosen.entry.coreTokens, (t) => e.coreTokens.has(t) && index.measureWords.has(t));
    const parts = distinct.filter((c) => c.entry.kind === 'fact' && c.entry.hasFigure && within(c.entry) && c.score >= chosen.score * 0.75 &&
      c.entry.quantity === chosen.entry.quantity && c.entry.period === chosen.entry.period && c.entry.asOf === chosen.entry.asOf &&
      sameMeasure(c.entry) && sameSet(c.entry.places, chosen.entry.places) && sameSet(c.entry.by, chosen.entry.by));
    const disjoint = parts.every((c, i) => parts.every((d, j) => i === j || !someOf(c.entry.scopeThings, (t) => d.entry.scopeThings.has(t))));
    if (parts.length > 1 && disjoint) return { analysed, ranked, refused: undefined, ambiguous: false, ...withSeries(index, parts.slice(0, 3), analysed), narrower };
  }
  if (!namesKind && chosen.entry.hasFigure && chosen.entry.scopeThings.size > 0 && !someOf(chosen.entry.scopeThings, (t) => index.lexicon.learned?.has(t) === true)) {
    const sameMeasure = (e: Entry) => someOf(chosen.entry.coreTokens, (t) => e.coreTokens.has(t) && index.measureWords.has(t));
    const all = distinct.find((c) => c.entry.kind === 'fact' && c.entry.hasFigure && c.entry.scopeThings.size === 0 && c.entry.quantity === chosen.entry.quantity &&
      c.entry.period === chosen.entry.period && c.score >= chosen.score * 0.75 && sameMeasure(c.entry) && sameSet(c.entry.places, chosen.entry.places));
    if (all !== undefined) {
      const kinds = [chosen, ...close].filter((c) => c !== all && c.entry.scopeThings.size > 0 && c.entry.quantity === all.entry.quantity && sameSet(c.entry.places, all.entry.places));
      narrower.push(...kinds.map((c) => c.entry));
      close = close.filter((c) => c !== all && !kinds.includes(c));
      chosen = all;
    } else {
      // With no figure of all kinds at that date, the figures of each kind are given together: one
      // alone would pass a part for the whole ("land still contaminated in March 2024").
      const parts = distinct.filter((c) => c.entry.kind === 'fact' && c.entry.hasFigure && c.entry.scopeThings.size > 0 && c.score >= chosen.score * 0.75 &&
        c.entry.quantity === chosen.entry.quantity && c.entry.period === chosen.entry.period && c.entry.asOf === chosen.entry.asOf &&
        sameMeasure(c.entry) && sameSet(c.entry.places, chosen.entry.places));
      const disjoint = parts.every((c, i) => parts.every((d, j) => i === j || !someOf(c.entry.scopeThings, (t) => d.entry.scopeThings.has(t))));
      // (Only when the question names the measure itself: "land released in 2024" is not asked of them.)
      const namesIt = analysed.tokens.some((t) => chosen.entry.coreTokens.has(t) && index.measureWords.has(t));
      // (And only at a date the question names: with none, each part's newest figure may be of another date.)
      if (parts.length > 1 && disjoint && namesIt && analysed.frame.dates.length > 0) return { analysed, ranked, refused: undefined, ambiguous: false, ...withSeries(index, parts.slice(0, 3), analysed), narrower };
    }
  }
  if (close.length === 0) return { analysed, ranked, refused: undefined, ambiguous: false, ...withSeries(index, [chosen], analysed), narrower };
  // Figures of the same work asked about together ("what has JMAS achieved?") are given together.
  const group = [chosen, ...close].slice(0, 3);
  const sameWork = group.every((g) => g.entry.hasFigure && g.entry.kind === 'fact' && g.entry.by.size > 0 && sameSet(g.entry.by, chosen.entry.by));
  if (sameWork) return { analysed, ranked, refused: undefined, ambiguous: false, ...withSeries(index, group, analysed), narrower };
  return { analysed, best: [], ranked: [...group, ...ranked.filter((r) => !group.includes(r))], refused: undefined, ambiguous: true, ...empty };
}

/** The figures of an entry's series, oldest first; the entry alone when it has none. */
function seriesOf(index: MatchIndex, entry: Entry): readonly Entry[] {
  return (entry.series === undefined ? undefined : index.series.get(entry.series)) ?? [entry];
}

/** Months as the reader's tokens ("decemb"). */
const MONTH_TOKENS: ReadonlySet<string> = new Set(MONTHS.map(stem));

/** A refusal that says a figure is of another place than the question names. (Not an organisation's:
 * a speaker, an embassy, reads as one, and the newest figure would give way to an old one.) */
const ELSEWHERE: ReadonlySet<string> = new Set<Refusal>(['place']);

/**
 * Picks within each answer's series: the figure of the question's date when it names one, else the
 * newest, with the earlier ones listed and any other source's figure of about the same date beside
 * it. A "how has it changed" question gets the whole series.
 */
function withSeries(index: MatchIndex, best: Scored[], a: Analysed): Pick<Match, 'best' | 'earlier' | 'seriesDates' | 'change'> {
  const frame = a.frame;
  const first = best[0]!;
  const all = first.entry.series === undefined ? undefined : index.series.get(first.entry.series);
  if (all === undefined || all.length < 2) return { best, earlier: [], seriesDates: [], change: false };
  // Newest first, the way a person reads a trend they are asked about: where it stands, then how it got there.
  // A date named ("did casualties go down in 2020") puts the members of that date first.
  if (frame.change) {
    // ("How has it changed since 2022": from that year on.)
    const from = frame.sinceYears.length === 0 ? undefined : Math.min(...frame.sinceYears.map((y) => y.from));
    const inSpan = all.filter((m) => from === undefined || m.asOf === undefined || Number(m.asOf.slice(0, 4)) >= from);
    const newestFirst = [...(inSpan.length > 0 ? inSpan : all)].reverse();
    const fitting = frame.dates.length === 0 ? [] : newestFirst.filter((m) => (frame.dates.length > 1 ? frame.dates.some((d) => dateFits(m, d, frame)) : dateFits(m, frame.dates[0]!, frame)));
    // (A span named, "between 2022 and 2023", is shown alone where it holds two figures.)
    const spanned = frame.dates.some((d) => d.prep === 'between') && fitting.length >= 1;
    const ordered = spanned ? fitting : [...fitting, ...newestFirst.filter((m) => !fitting.includes(m))];
    return { best: ordered.map((entry) => ({ entry, score: first.score })), earlier: [], seriesDates: [], change: true };
  }
  // "What did Ly Thuch say was left": the figure that speaker gave, not the newest.
  const voices = frame.entities.filter((e) => e.kind === 'person').map((e) => e.token);
  const spoken = all.filter((m) => voices.some((v) => m.people.has(v)));
  // ("The latest, not 2023": a member of a date ruled out is none of them.)
  const fullYear = a.tokens.includes('fullyear');
  // ("Japan's grant for CMAC in Pailin, Pursat and Battambang": a member that does not cover what the
  // question names is not the one asked about, however new.)
  const toks = new Set(a.tokens);
  const answers = (m: Entry) => m === first.entry || !ELSEWHERE.has(refusal(index, m, a, toks) ?? '');
  const allowed = (spoken.length > 0 ? spoken : all).filter((m) => !frame.notDates.some((d) => dateFits(m, d, frame)) && !(fullYear && m.period === 'flow' && !wholeYear(m)) && answers(m));
  const members = allowed.length > 0 ? allowed : [first.entry];
  const dated = frame.dates.length > 0 || frame.sinceYears.length > 0;
  if (dated) {
    // Another source's figure of that same date joins the one chosen.
    // Of the members that fit, the one that covers most of the named period: the full year's count
    // over the year to date, the latest stock.
    const span = (m: Entry) => (m.period === 'flow' && m.from !== undefined && m.asOf !== undefined ? days(m.from, m.asOf) : 0);
    const alternatives = yearsAsAlternatives(frame);
    const fitting = members.filter((m) => (alternatives ? frame.dates.some((d) => dateFits(m, d, frame)) : frame.dates.every((d) => dateFits(m, d, frame))))
      // Years asked side by side are each a whole year's figure where one is given, not the count to a date.
      .filter((m, _i, all) => !alternatives || wholeYear(m) || !all.some((o) => wholeYear(o) && o.asOf?.slice(0, 4) === m.asOf?.slice(0, 4)))
      .sort((a, b) => (alternatives ? 0 : span(b) - span(a)) || (b.asOf ?? '').localeCompare(a.asOf ?? ''));
    // Asked what someone said or reported, the figure whose words matched best is the one they gave.
    const reports = a.rawWords.some((w) => REPORT_VERBS.has(w));
    const lead = reports && fitting.includes(first.entry) ? first.entry : fitting[0] ?? first.entry;
    const same = fitting.filter((m) => m !== lead && (alternatives || m.asOf === lead.asOf));
    const rest = best.slice(1).filter((b) => b.entry.series !== first.entry.series);
    return { best: [{ ...first, entry: lead }, ...same.map((entry) => ({ entry, score: first.score })), ...rest], earlier: [], seriesDates: [], change: false };
  }
  // ("Land handed back 2019 km2": a year written before a unit, which reads as no date, still names
  // the one member of that year; it is no newest figure, so no earlier ones are listed.)
  // (Not a year of the story around the question, nor with "the latest" asked.)
  // (Only a year set down with nothing before it that says how it bears: "not 2024 km2", "after 2020
  // km2", "is 2024 km2 still ...", a figure to check, name no member.)
  // (A negation anywhere rules it out below; a year after another word of how it bears is not bare.)
  const bare = (t: string) => a.rawWords.some((w, i) => w === t && !STOPWORDS.has(a.rawWords[i - 1] ?? 'the') &&
    !['after', 'before', 'prior', 'until', 'since', 'other', 'vs', 'versus'].includes(a.rawWords[i - 1] ?? ''));
  const claim = /^(?:is|are|was|were|has|have|did|does|do)$/u.test(a.rawWords[0] ?? '');
  const years = toks.has('periodlatest') || claim || frame.notDates.length > 0 || a.rawWords.some((w) => NEGATIONS.has(w)) ? []
    : a.tokens.filter((t) => /^(?:19|20)\d\d$/u.test(t) && !a.context.includes(t) && bare(t));
  const ofYear = years.length === 1 ? members.filter((m) => m.asOf?.startsWith(years[0]!) === true) : [];
  if (ofYear.length === 1) return { best: [{ ...first, entry: ofYear[0]! }, ...best.slice(1).filter((b) => b.entry.series !== first.entry.series)], earlier: [], seriesDates: [], change: false };
  // ("Australia's grant to CfR phase 3": a small number or a name the question says that one member
  // alone has, and no other, names that member; it is no newest figure, so no earlier ones are listed.)
  // (A number only as a numbered part, "phase 3", not one said in passing, "casualties were 41 the year
  // before"; and never with the newest asked for.)
  const { parts } = readOnce(index, a);
  const latest = toks.has('periodlatest') || a.rawWords.some((w) => w === 'now' || w === 'current' || w === 'currently' || w === 'newest' || w === 'latest');
  const own = !latest && members.includes(first.entry) && members.length > 1 ? [
    ...parts.filter((n) => partsOf(first.entry).has(n) && members.every((m) => m === first.entry || !partsOf(m).has(n))),
    ...a.tokens.filter((t) => !MARKERS.has(t) && !a.context.includes(t) && index.lexicon.kinds.has(t) && first.entry.tokens.has(t) && members.every((m) => m === first.entry || !m.tokens.has(t))),
  ] : [];
  if (own.length > 0) return { best: [first, ...best.slice(1).filter((b) => b.entry.series !== first.entry.series)], earlier: [], seriesDates: [], change: false };
  const newest = members.at(-1)!;
  const beside = spoken.length > 0 ? [] : members.filter((m) => m !== newest && newest.asOf !== undefined && m.asOf !== undefined && days(m.asOf, newest.asOf) <= SAME_TIME_DAYS);
  const earlier = all.filter((m) => m !== newest && !beside.includes(m) && !frame.notDates.some((d) => dateFits(m, d, frame)) && (m.asOf ?? '') < (newest.asOf ?? '')).reverse();
  const lead = { entry: newest, score: first.score, coverage: first.coverage ?? first.score };
  return { best: [lead, ...beside.map((entry) => ({ entry, score: first.score })), ...best.slice(1).filter((b) => b.entry.series !== first.entry.series)], earlier, seriesDates: [], change: false };
}
