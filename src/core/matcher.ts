/**
 * Question matching. Each fact (and each derivation) becomes an entry with weighted canonical
 * tokens and the facets its figure covers (measure, place, organisation, kind of hazard, period).
 * A question is scored against entries through an inverted index, then the best entries are
 * checked against what the question pins down: an entry that does not cover the question's place,
 * year, kind of mine, measure or organisation never answers it, however well its words match.
 */
import { canonical, frameOf, prepare, words, type QuestionFrame } from './analyze.js';
import type { KnowledgeBase } from './knowledge.js';
import { AREA_UNITS, COMMON_WORDS, FILLER, HAZARD_INCLUDES, HAZARDS, ORGS, PLACES, STOPWORDS, SYNONYMS } from './lexicon.js';
import type { Derivation, Fact } from './schema.js';
import { Speller } from './spelling.js';

export interface Entry {
  id: string;
  kind: 'fact' | 'derived';
  topic: string;
  hasFigure: boolean;
  measure: 'area' | 'mines' | 'percent' | undefined;
  hazards: ReadonlySet<string>;
  places: ReadonlySet<string>;
  /** Organisations whose work the figure counts, and their partners. */
  by: ReadonlySet<string>;
  partners: ReadonlySet<string>;
  /** The figure is a national one (the country's own total). */
  national: boolean;
  remain: boolean;
  /** A sum derivation: answers "in total" questions. */
  sum: boolean;
  period: 'cumulative' | 'stock' | undefined;
  asOfYear: number | undefined;
  sinceYear: number | undefined;
  tokens: ReadonlySet<string>;
  /** Canonical tokens of each phrasing (aliases and topic) and their idf sum, for closeness. */
  phrasings: Array<{ tokens: ReadonlySet<string>; weight: number }>;
}

/** Tokens that steer the frame but say nothing of a fact's subject. */
const MARKERS: ReadonlySet<string> = new Set([
  'howmuch', 'howmany', 'total', 'when', 'whenfuture', 'who', 'where', 'define', 'periodrelative', 'periodrate', 'year',
  // Units are converted, so asking in acres must not favour or disfavour any area figure.
  ...AREA_UNITS,
]);

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
  entries: readonly Entry[];
  /** A phrasing's exact canonical words -> the entries it was taught for. */
  exact: ReadonlyMap<string, readonly Entry[]>;
  postings: ReadonlyMap<string, Posting>;
  /** Scratch space for scoring, one slot per entry; reused by every question (single-threaded). */
  scores: Float64Array;
  touched: Int32Array;
  idf: (token: string) => number;
  speller: Speller;
}

function yearOf(iso: string | undefined): number | undefined {
  return iso === undefined ? undefined : Number(iso.slice(0, 4));
}

/**
 * The words of a fact's text after phrase rewriting. Memoised: building the index reads each text
 * for its tokens, its spelling vocabulary and its phrasings, and labels and names repeat across facts.
 */
const wordMemo = new Map<string, string[]>();
const WORD_MEMO_LIMIT = 200_000;

function preparedWords(text: string): string[] {
  let w = wordMemo.get(text);
  if (w === undefined) {
    if (wordMemo.size >= WORD_MEMO_LIMIT) wordMemo.clear();
    w = words(prepare(text));
    wordMemo.set(text, w);
  }
  return w;
}

function canonicalTokens(text: string): string[] {
  const out: string[] = [];
  for (const w of preparedWords(text)) {
    const c = canonical(w);
    if (c !== undefined) out.push(c);
  }
  return out;
}

function orgTokens(name: string | undefined): Set<string> {
  const toks = new Set(canonicalTokens(name ?? '').filter((t) => ORGS.has(t) || t === 'cambodia'));
  // JMAS is the Japan Mine Action Service: "Japan's clearance" means its work.
  if (toks.has('jmas')) toks.add('japan');
  return toks;
}

function expandHazards(toks: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const t of toks) {
    if (!HAZARDS.has(t)) continue;
    out.add(t);
    for (const inc of HAZARD_INCLUDES[t] ?? []) out.add(inc);
  }
  return out;
}

function phrasingsOf(texts: readonly string[]): Entry['phrasings'] {
  // Weights are filled in once the index knows every token's idf.
  return texts.map((t) => ({ tokens: new Set(canonicalTokens(t).filter((x) => !MARKERS.has(x))), weight: 0 })).filter((p) => p.tokens.size > 0);
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
    fields.push([[f.figure.what, s.where, s.by, ...(s.with ?? []), s.since].filter(Boolean).join(' '), FIELD_WEIGHT.scope]);
    fields.push([f.figure.unit === 'count' ? '' : `area ${f.figure.unit}`, FIELD_WEIGHT.scope]);
  }
  return fields;
}

function factEntry(f: Fact, sourceYear: number | undefined): [Entry, Map<string, number>] {
  const weights = new Map<string, number>();
  for (const [text, w] of factFields(f)) {
    for (const t of canonicalTokens(text)) if (!MARKERS.has(t)) weights.set(t, Math.max(weights.get(t) ?? 0, w));
  }
  // JMAS is the Japan Mine Action Service: what it did, Japan did.
  if (weights.has('jmas') && !weights.has('japan')) weights.set('japan', (weights.get('jmas') ?? 0) * 0.5);
  const tokens = new Set(weights.keys());
  const fig = f.figure;
  const byTokens = orgTokens(fig?.scope.by);
  const entry: Entry = {
    id: f.id,
    kind: 'fact',
    topic: f.topic,
    hasFigure: fig !== undefined,
    measure: fig === undefined ? undefined : fig.unit === 'count' ? 'mines' : 'area',
    hazards: expandHazards(fig?.unit === 'count' ? canonicalTokens(fig.what ?? '') : tokens),
    places: new Set([...(fig === undefined ? tokens : canonicalTokens(fig.scope.where))].filter((t) => PLACES.has(t))),
    by: byTokens,
    partners: new Set((fig?.scope.with ?? []).flatMap((w) => [...orgTokens(w)])),
    national: byTokens.has('cambodia'),
    remain: fig !== undefined && fig.period === 'stock',
    sum: false,
    period: fig?.period,
    asOfYear: yearOf(fig?.asOf) ?? sourceYear,
    sinceYear: fig?.scope.since === undefined ? undefined : Number(fig.scope.since),
    tokens,
    phrasings: phrasingsOf([f.topic, ...f.aliases]),
  };
  return [entry, weights];
}

function derivedEntry(d: Derivation, operands: readonly Entry[], operandWeights: ReadonlyArray<ReadonlyMap<string, number>>): [Entry, Map<string, number>] {
  const weights = new Map<string, number>();
  for (const [text, w] of [[d.topic, FIELD_WEIGHT.topic], [d.label, FIELD_WEIGHT.label], ...d.aliases.map((a) => [a, FIELD_WEIGHT.alias])] as Array<[string, number]>) {
    for (const t of canonicalTokens(text)) if (!MARKERS.has(t)) weights.set(t, Math.max(weights.get(t) ?? 0, w));
  }
  // A derived figure is about what its operands are about ("Cambodia", "land"), at lower weight.
  for (const [t, w] of operandWeights.flatMap((m) => [...m])) if (!weights.has(t)) weights.set(t, w * 0.5);
  const first = operands[0];
  const union = <T>(pick: (e: Entry) => ReadonlySet<T>) => new Set(operands.flatMap((e) => [...pick(e)]));
  const entry: Entry = {
    id: d.id,
    kind: 'derived',
    topic: d.topic,
    hasFigure: true,
    measure: d.operation === 'ratio' ? 'percent' : first?.measure,
    hazards: union((e) => e.hazards),
    places: union((e) => e.places),
    by: union((e) => e.by),
    partners: union((e) => e.partners),
    national: operands.every((e) => e.national),
    remain: false,
    sum: d.operation === 'sum',
    period: 'stock',
    asOfYear: first?.asOfYear,
    sinceYear: operands.find((e) => e.sinceYear !== undefined)?.sinceYear,
    tokens: new Set(weights.keys()),
    phrasings: phrasingsOf([d.topic, ...d.aliases]),
  };
  return [entry, weights];
}

const UNKNOWN_DISCOUNT = 0.6;
const NAME_WEIGHT = 1.3;

/** Builds the index over the live (not retired) facts and the derivations. */
export function buildIndex(kb: KnowledgeBase, dictionary: ReadonlySet<string> = new Set()): MatchIndex {
  const entries: Entry[] = [];
  const weightsOf: Array<Map<string, number>> = [];
  const byId = new Map<string, Entry>();
  const rawWords = new Map<string, number>();
  const count = (text: string) => {
    for (const w of preparedWords(text)) rawWords.set(w, (rawWords.get(w) ?? 0) + 1);
  };
  for (const f of kb.facts) {
    if (f.retired === true) continue;
    const [e, w] = factEntry(f, yearOf(kb.sources.get(f.source)?.date));
    entries.push(e);
    weightsOf.push(w);
    byId.set(e.id, e);
    for (const [text] of factFields(f)) count(text);
  }
  for (const d of kb.derived) {
    const operands = d.of.map((id) => byId.get(id));
    if (operands.some((o) => o === undefined)) continue;
    const [e, w] = derivedEntry(d, operands as Entry[], (operands as Entry[]).map((o) => weightsOf[entries.indexOf(o)]!));
    entries.push(e);
    weightsOf.push(w);
    byId.set(e.id, e);
    for (const a of [d.topic, d.label, ...d.aliases]) count(a);
  }
  for (const g of kb.glossary) for (const t of [g.term, g.expansion ?? '', ...g.aliases]) count(t);
  // Places and organisations are known as they are, so "take" is never made "takeo", nor "uncle" "unicef".
  for (const w of [...Object.keys(SYNONYMS), ...STOPWORDS, ...COMMON_WORDS]) rawWords.set(w, (rawWords.get(w) ?? 0) + 1);

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
      const key = canonicalTokens(text).join(' ');
      if (key === '') continue;
      const list = exact.get(key) ?? [];
      if (!list.includes(e)) list.push(e);
      exact.set(key, list);
    }
  }
  return { entries, postings, idf, exact, scores: new Float64Array(n), touched: new Int32Array(n), speller: new Speller(rawWords, new Set([...STOPWORDS].filter((w) => w.length <= 5)), new Set([...PLACES, ...ORGS, ...dictionary])) };
}

export interface Analysed {
  tokens: string[];
  /** Tokens of words in neither the fact base nor the dictionary, left uncorrected: likely names. */
  names: ReadonlySet<string>;
  frame: QuestionFrame;
  /** Words that were corrected, as [typed, corrected]. */
  corrections: Array<[string, string]>;
}

/** Spelling-corrects and canonicalises a question, and reads its frame. */
export function analyse(index: MatchIndex, question: string): Analysed {
  // Bounded: a question longer than this says nothing more that matching could use.
  const prepared = prepare(question.slice(0, 500));
  const corrections: Array<[string, string]> = [];
  const names = new Set<string>();
  const fixed = words(prepared).map((w) => {
    const c = index.speller.correct(w);
    if (c !== w) corrections.push([w, c]);
    else if (!index.speller.has(w) && !/\d/u.test(w)) {
      const t = canonical(w);
      if (t !== undefined) names.add(t);
    }
    return c;
  });
  // A correction can complete a phrase ("anti personel" -> "anti personnel"): prepare again.
  const reprepared = corrections.length > 0 ? prepare(fixed.join(' ')) : prepared;
  const toks: string[] = [];
  for (const w of corrections.length > 0 ? words(reprepared) : fixed) {
    const c = canonical(w);
    if (c !== undefined) toks.push(c);
  }
  return { tokens: toks, names, frame: frameOf(reprepared, toks), corrections };
}

export type Refusal =
  | 'needs-figure' | 'measure' | 'place' | 'hazard' | 'organisation' | 'year' | 'period' | 'future'
  | 'stock-or-flow' | 'not-national' | 'not-a-total' | 'not-about-figures';

const CUMULATIVE_YEAR_WORDS = new Set(['by', 'until', 'till', 'through', 'as of', 'as at']);
const STOCK_YEAR_WORDS = new Set(['', 'in', 'by', 'as of', 'as at', 'for', 'until', 'till']);

/** Why an entry may not answer a question, or undefined when it may. */
export function refusal(entry: Entry, frame: QuestionFrame, toks: ReadonlySet<string>): Refusal | undefined {
  if (frame.future) return 'future';
  if (frame.quantity && !entry.hasFigure) return 'needs-figure';
  // "What did the JMAS director say about CMAC?" asks for words, not for JMAS's figures.
  if (entry.hasFigure && !frame.quantity && !frame.aboutFigures) return 'not-about-figures';
  if (entry.hasFigure || frame.quantity) {
    if (frame.measure !== undefined && frame.measure !== entry.measure) return 'measure';
    if (frame.measure === undefined && entry.measure === 'percent') return 'measure';
  }
  for (const p of frame.places) if (!entry.places.has(p)) return 'place';
  for (const h of frame.hazards) {
    if (!entry.hazards.has(h) && !(entry.hasFigure ? false : entry.tokens.has(h))) return 'hazard';
  }
  if (entry.hasFigure) {
    const orgs = frame.orgs;
    if (orgs.length > 0) {
      if (!orgs.some((o) => entry.by.has(o))) return 'organisation';
      if (!orgs.every((o) => entry.by.has(o) || entry.partners.has(o))) return 'organisation';
    } else if (!entry.national && toks.has('cambodia') && entry.measure !== 'percent') {
      return 'not-national';
    }
    if (frame.relativePeriod || frame.rate) return 'period';
    for (const { year, prep } of frame.years) {
      const words = entry.period === 'cumulative' ? CUMULATIVE_YEAR_WORDS : STOCK_YEAR_WORDS;
      if (year !== entry.asOfYear || !words.has(prep)) return 'year';
    }
    for (const { from, to } of frame.sinceYears) {
      if (entry.sinceYear === undefined || entry.sinceYear < from || entry.sinceYear > to) return 'year';
    }
    if (entry.measure !== 'percent') {
      const qRemain = toks.has('remain') || (toks.has('mined') && !toks.has('clear') && !frame.total);
      const qClear = toks.has('clear') || toks.has('destroy');
      if (entry.sum) {
        // "cleared plus remaining", "mined in total, including what was cleared": the whole.
        if (!frame.total || (qRemain !== qClear && !toks.has('mined'))) return 'not-a-total';
      } else if (frame.total && qRemain && qClear && entry.measure === 'area') {
        return 'not-a-total';
      } else if (qRemain !== entry.remain && (qRemain || qClear || frame.quantity)) {
        return 'stock-or-flow';
      } else if (frame.total && !qRemain && !qClear && entry.measure === 'area') {
        return 'not-a-total';
      }
    }
  } else {
    for (const o of frame.orgs) if (!entry.tokens.has(o)) return 'organisation';
    for (const { year } of frame.years) if (year !== entry.asOfYear && !entry.tokens.has(String(year))) return 'year';
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
  /** The entries that answer: one, or a few figures of the same work; empty when none clearly does. */
  best: Scored[];
  /** Candidates in score order, compatible or not, for "did you mean". */
  ranked: Scored[];
  /** When nothing answers although some entry matched the words: why the best of them may not. */
  refused: Refusal | undefined;
  ambiguous: boolean;
}

/** The least share of a question's weight an entry must cover to answer it. */
export const ANSWER_THRESHOLD = 0.5;
/** The runner-up must score below this share of the best for the best to answer outright. */
const MARGIN = 0.92;
const CANDIDATES = 20;

/** A token's weight in a question: its idf, less for conversational filler no fact uses. */
function weightOf(index: MatchIndex, t: string, names: ReadonlySet<string>): number {
  const idf = index.idf(t);
  if (index.postings.has(t)) return idf;
  if (FILLER.has(t)) return idf * 0.25;
  // A name the fact base has never heard of ("Angkor") says the question is about something else.
  return names.has(t) ? (idf / UNKNOWN_DISCOUNT) * NAME_WEIGHT : idf;
}

/** What the question alone rules out, whatever it matched: a forecast, or a measure no fact has. */
function frameRefusal(frame: QuestionFrame): Refusal | undefined {
  if (frame.future) return 'future';
  const m = frame.measure;
  if (m === 'people' || m === 'money' || m === 'other-count' || m === 'time') return 'measure';
  return undefined;
}

/** Scores every entry that shares a token with the question; returns the best few. */
export function rank(index: MatchIndex, toks: readonly string[], names: ReadonlySet<string> = new Set(), limit = CANDIDATES): Scored[] {
  const unique = [...new Set(toks)].filter((t) => !MARKERS.has(t));
  const total = unique.reduce((s, t) => s + weightOf(index, t, names), 0);
  if (total === 0) return [];
  const { scores, touched } = index;
  let nTouched = 0;
  // Rare words first. In a large fact base a common word ("area", "cleared") then only adds to the
  // entries a rarer word already found: an entry sharing nothing but common words with the question
  // could not reach the answer threshold, and walking its 100,000 postings dominated the time.
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
  // Keep the best `limit` in a small sorted array; most entries fall below its last score at once.
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

/**
 * The idf mass of the question's words that an entry shares: one common word ("Cambodia") is not
 * enough to answer, however large a share of a two-word question it is.
 */
function evidence(index: MatchIndex, q: ReadonlySet<string>, entry: Entry): number {
  let sum = 0;
  for (const t of q) if (entry.tokens.has(t)) sum += index.idf(t);
  return sum;
}

const MIN_EVIDENCE = 1.2;

const STRUCTURE_BONUS = 0.1;

/** Share of the final score given to closeness; the rest is the coverage of the question. */
const CLOSENESS_WEIGHT = 0.4;

export function match(index: MatchIndex, question: string): Match {
  const analysed = analyse(index, question);
  // A question worded exactly as a phrasing a moderator taught for one fact gets that fact.
  const taught = index.exact.get(analysed.tokens.join(' '));
  if (taught?.length === 1) {
    const only = { entry: taught[0]!, score: 1, coverage: 1 };
    return { analysed, best: [only], ranked: [only], refused: undefined, ambiguous: false };
  }
  const q = new Set(analysed.tokens.filter((t) => !MARKERS.has(t)));
  const qWeights = new Map([...q].map((t) => [t, index.idf(t)] as const));
  const qSum = [...qWeights.values()].reduce((a, b) => a + b, 0);
  const toks = new Set(analysed.tokens);
  const compatible: Scored[] = [];
  const ranked: Scored[] = [];
  let refused: Refusal | undefined;
  for (const s of rank(index, analysed.tokens, analysed.names)) {
    if (s.score < ANSWER_THRESHOLD * 0.5) break;
    // A figure of the very measure a quantity question asks for agrees with it beyond its words.
    const agrees = analysed.frame.quantity && s.entry.hasFigure && analysed.frame.measure !== undefined && analysed.frame.measure === s.entry.measure;
    const coverage = s.score + (agrees ? STRUCTURE_BONUS : 0);
    const why = refusal(s.entry, analysed.frame, toks);
    // Closeness only orders entries that may answer; the others are ranked by coverage alone.
    const score = (1 - CLOSENESS_WEIGHT) * coverage + (why === undefined ? CLOSENESS_WEIGHT * closeness(qWeights, qSum, s.entry) : 0);
    const scored = { entry: s.entry, score, coverage };
    ranked.push(scored);
    if (why === undefined) compatible.push(scored);
    else if (refused === undefined && coverage >= ANSWER_THRESHOLD) refused = why;
  }
  ranked.sort((a, b) => b.score - a.score);
  compatible.sort((a, b) => b.score - a.score);
  const first = compatible[0];
  if (first === undefined || (first.coverage ?? first.score) < ANSWER_THRESHOLD || evidence(index, q, first.entry) < MIN_EVIDENCE) {
    return { analysed, best: [], ranked, refused: refused ?? frameRefusal(analysed.frame), ambiguous: false };
  }
  const close = compatible.filter((c) => c !== first && c.score >= first.score * MARGIN);
  if (close.length === 0) return { analysed, best: [first], ranked, refused: undefined, ambiguous: false };
  // Figures of the same work asked about together ("what has JMAS achieved?") are given together.
  const group = [first, ...close].slice(0, 3);
  const sameWork = group.every((g) => g.entry.hasFigure && g.entry.kind === 'fact' && sameSet(g.entry.by, first.entry.by));
  if (sameWork) return { analysed, best: group, ranked, refused: undefined, ambiguous: false };
  return { analysed, best: [], ranked: [...group, ...ranked.filter((r) => !group.includes(r))], refused: undefined, ambiguous: true };
}

function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}
