/**
 * Finding facts by their words, for `fact <topic>`, `search <words>` and autocomplete.
 *
 * fuse.js scores a text letter by letter against every fact: right for a few hundred facts, but a
 * search over 100,000 took seconds. On a small fact base fuse.js still looks at every fact, exactly
 * as before. On a larger one an index picks the few dozen facts the text can be about, and fuse.js
 * ranks those, so results read the same at any size: for `search`, the matcher's own posting lists
 * (every word of a fact, through the lexicon, synonyms and speller); for `fact` and autocomplete, a
 * small index of the words of ids, topics and phrasings, with prefixes for a word being typed.
 * Autocomplete of a Khmer partial reads the facts' Khmer topics and phrasings instead (`KhmerTopics`):
 * Khmer has no spaces, so its words come from the ICU dictionary (`segmentKhmer`).
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import { hasKhmer, normaliseKhmer, segmentKhmer } from './khmer.js';
import { analyse, rank, type MatchIndex } from './matcher.js';
import type { Fact } from './schema.js';

/** Up to this many live facts, fuse.js looks at every one (as it always did). */
export const FUSE_ALL_MAX = 500;
/** Facts the index hands to fuse.js on a larger base. */
const CANDIDATES = 60;
/** Words of a query looked at; prefixes expanded per query word. */
const MAX_QUERY_WORDS = 16;
const MAX_PREFIX_WORDS = 64;

const TOPIC_OPTIONS: IFuseOptions<Fact> = {
  keys: [{ name: 'id', weight: 2 }, { name: 'topic', weight: 2 }, { name: 'aliases', weight: 1 }],
  threshold: 0.35,
  ignoreLocation: true,
  includeScore: true,
};
const SEARCH_OPTIONS: IFuseOptions<Fact> = {
  keys: [
    { name: 'topic', weight: 2 }, { name: 'aliases', weight: 1.5 }, { name: 'statement', weight: 1 },
    { name: 'quote', weight: 0.7 }, { name: 'saidBy', weight: 0.5 },
  ],
  threshold: 0.3,
  ignoreLocation: true,
  useExtendedSearch: false,
  includeScore: true,
};

/** Fields of a fact, as bits of a posting's mask, and their weights (as the fuse.js keys weigh them). */
const ID = 1;
const TOPIC = 2;
const ALIAS = 4;
const FIELD_WEIGHTS = [[ID, 2], [TOPIC, 2], [ALIAS, 1]] as const;
/** The best field weight for each mask. */
const MASK_WEIGHT = (() => {
  const out = new Float32Array(8);
  for (let m = 0; m < 8; m++) for (const [bit, w] of FIELD_WEIGHTS) if ((m & bit) !== 0) out[m] = Math.max(out[m]!, w);
  return out;
})();

/** Lower-case words, accents folded, "1,700" read as "1700". */
export function wordsOf(text: string): string[] {
  const t = text.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (/[^\u0000-\u007f]/u.test(t)) {
    // Latin accents dropped ("Kâmpóng" is "kampong"); the vowel signs of Khmer and the like kept.
    return t.normalize('NFKD').replace(/[\u0300-\u036f]+/gu, '').normalize('NFC').replace(/(\p{N}),(?=\p{N})/gu, '$1')
      .split(/[^\p{L}\p{M}\p{N}]+/u).filter((w) => w.length > 0);
  }
  // ASCII, by hand: a third of the time of the regular expressions, on every fact of a large base.
  const out: string[] = [];
  let word = '';
  let start = -1;
  for (let i = 0; i <= t.length; i++) {
    const c = i < t.length ? t.charCodeAt(i) : 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
      continue;
    }
    // A comma between digits joins them: "1,700".
    if (c === 44 && start >= 0 && isDigit(t.charCodeAt(i - 1)) && isDigit(t.charCodeAt(i + 1))) {
      word += t.slice(start, i);
      start = i + 1;
      continue;
    }
    if (start >= 0) {
      out.push(word + t.slice(start, i));
      word = '';
      start = -1;
    }
  }
  return out;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** An Int32Array that grows. */
class IntList {
  data = new Int32Array(1024);
  length = 0;
  push(x: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = x;
  }
}

/** An inverted index of the words of the facts' ids, topics and phrasings: postings in one array, by word, with the fields as a mask. */
export class WordIndex {
  private readonly ids = new Map<string, number>();
  /** Every word, sorted, for prefixes. */
  private readonly sorted: string[];
  private readonly offsets: Int32Array;
  private readonly docs: Int32Array;
  private readonly masks: Uint8Array;
  private readonly scores: Float64Array;
  private readonly best: Float32Array;
  private readonly touched: Int32Array;
  private readonly wordTouched: Int32Array;

  constructor(facts: readonly Fact[]) {
    const lastDoc = new IntList();
    const lastAt = new IntList();
    const pw = new IntList();
    const pd = new IntList();
    const pm = new IntList();
    // Phrasings, speakers and labels repeat from fact to fact: their words are read once.
    const memo = new Map<string, number[]>();
    const idsOf = (text: string): number[] => {
      let ids = text.length <= 120 ? memo.get(text) : undefined;
      if (ids !== undefined) return ids;
      ids = wordsOf(text).map((w) => {
        let id = this.ids.get(w);
        if (id === undefined) {
          id = this.ids.size;
          this.ids.set(w, id);
          lastDoc.push(-1);
          lastAt.push(-1);
        }
        return id;
      });
      if (text.length <= 120) {
        if (memo.size >= 50_000) memo.clear();
        memo.set(text, ids);
      }
      return ids;
    };
    const add = (doc: number, text: string, bit: number) => {
      for (const id of idsOf(text)) {
        if (lastDoc.data[id] === doc) {
          pm.data[lastAt.data[id]!]! |= bit;
          continue;
        }
        lastDoc.data[id] = doc;
        lastAt.data[id] = pw.length;
        pw.push(id);
        pd.push(doc);
        pm.push(bit);
      }
    };
    facts.forEach((f, doc) => {
      add(doc, f.id, ID);
      add(doc, f.topic, TOPIC);
      for (const a of f.aliases) add(doc, a, ALIAS);
    });
    // Postings grouped by word (a counting sort), each word's in fact order.
    const nWords = this.ids.size;
    this.offsets = new Int32Array(nWords + 1);
    for (let i = 0; i < pw.length; i++) this.offsets[pw.data[i]! + 1]!++;
    for (let w = 0; w < nWords; w++) this.offsets[w + 1]! += this.offsets[w]!;
    const fill = this.offsets.slice(0, nWords);
    this.docs = new Int32Array(pw.length);
    this.masks = new Uint8Array(pw.length);
    for (let i = 0; i < pw.length; i++) {
      const at = fill[pw.data[i]!]!++;
      this.docs[at] = pd.data[i]!;
      this.masks[at] = pm.data[i]!;
    }
    this.sorted = [...this.ids.keys()].sort();
    this.scores = new Float64Array(facts.length);
    this.best = new Float32Array(facts.length);
    this.touched = new Int32Array(facts.length);
    this.wordTouched = new Int32Array(facts.length);
  }

  private df(id: number): number {
    return this.offsets[id + 1]! - this.offsets[id]!;
  }

  /** Known words starting with `prefix`, the most used first. */
  private withPrefix(prefix: string): number[] {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < this.sorted.length && this.sorted[i]!.startsWith(prefix); i++) out.push(this.ids.get(this.sorted[i]!)!);
    return out.length <= MAX_PREFIX_WORDS ? out : out.sort((a, b) => this.df(b) - this.df(a)).slice(0, MAX_PREFIX_WORDS);
  }

  /**
   * The facts (by position) whose id, topic and phrasings best cover the text's words, best first:
   * each word of the text counts by its rarity and the field it is found in, once per fact. A word the index lacks is
   * read through `correct` (a typo), and with `prefix` the last word may be the start of one.
   */
  find(text: string, limit: number, options: { prefix?: boolean; correct?: (word: string) => string } = {}): number[] {
    const query = [...new Set(wordsOf(text))].slice(0, MAX_QUERY_WORDS);
    const n = this.scores.length;
    const weights = MASK_WEIGHT;
    const { scores, best, touched, wordTouched } = this;
    let nTouched = 0;
    query.forEach((q, qi) => {
      const variants: Array<[number, number]> = [];
      const exact = this.ids.get(q);
      if (exact !== undefined) variants.push([exact, 1]);
      else if (options.correct !== undefined && !/\d/u.test(q)) {
        const c = options.correct(q);
        const id = c === q ? undefined : this.ids.get(c);
        if (id !== undefined) variants.push([id, 0.8]);
      }
      if (options.prefix === true && qi === query.length - 1) {
        for (const id of this.withPrefix(q)) if (id !== exact) variants.push([id, 0.8]);
      }
      // One word of the text counts once per fact, by its best variant there.
      let nWord = 0;
      for (const [id, sim] of variants) {
        const idf = Math.log(1 + n / this.df(id)) * sim;
        for (let i = this.offsets[id]!, end = this.offsets[id + 1]!; i < end; i++) {
          const w = weights[this.masks[i]!]! * idf;
          if (w === 0) continue;
          const d = this.docs[i]!;
          if (best[d] === 0) wordTouched[nWord++] = d;
          if (w > best[d]!) best[d] = w;
        }
      }
      for (let k = 0; k < nWord; k++) {
        const d = wordTouched[k]!;
        if (scores[d] === 0) touched[nTouched++] = d;
        scores[d]! += best[d]!;
        best[d] = 0;
      }
    });
    const top: Array<[number, number]> = [];
    for (let k = 0; k < nTouched; k++) {
      const d = touched[k]!;
      const s = scores[d]!;
      scores[d] = 0;
      if (top.length === limit && s <= top[limit - 1]![1]) continue;
      let at = top.length;
      while (at > 0 && top[at - 1]![1] < s) at--;
      top.splice(at, 0, [d, s]);
      if (top.length > limit) top.pop();
    }
    return top.map(([d]) => d);
  }
}

/** Khmer text as it is compared: normalised (see normaliseKhmer), lower case, without spaces. */
const compactKhmer = (text: string): string => normaliseKhmer(text).toLowerCase().replace(/\s+/gu, '');

/** How much a partial found at a word start of a Khmer text counts, by where. */
const AT_TOPIC_START = 3;
const IN_TOPIC = 2;
const AT_ALIAS_START = 2;
const IN_ALIAS = 1.5;
/** Word starts looked at for one partial: a one-letter partial starts many words. */
const MAX_KHMER_STARTS = 2000;

/**
 * Autocomplete over the facts' Khmer topics and phrasings (`translations.km`). Khmer is written
 * without spaces and a partly typed word splits unpredictably (the dictionary reads "ដីដែលនៅស" as
 * ដី|ដែ|លនៅស), so the partial is not split: it is looked for, as typed, at the start of each
 * word of a fact's Khmer texts, whose words `segmentKhmer` finds. Whole words typed in another
 * order ("នៅសល់ ដី") still count, by the words they share with the fact. Found facts are returned
 * with their Khmer topic as `topic`, which is what a Khmer reader is shown.
 */
export class KhmerTopics {
  private readonly shown: Fact[] = [];
  /** Every Khmer text from each of its word starts, sorted, for a binary search of the partial. */
  private readonly starts: Array<{ text: string; entry: number; weight: number }> = [];
  private readonly words = new Map<string, number[]>();

  constructor(facts: readonly Fact[]) {
    for (const f of facts) {
      const km = f.translations?.km;
      if (km === undefined || (km.topic === undefined && km.aliases.length === 0)) continue;
      const entry = this.shown.length;
      this.shown.push(km.topic === undefined ? f : { ...f, topic: km.topic });
      if (km.topic !== undefined) this.add(entry, km.topic, AT_TOPIC_START, IN_TOPIC);
      for (const a of km.aliases) this.add(entry, a, AT_ALIAS_START, IN_ALIAS);
    }
    this.starts.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  }

  private add(entry: number, text: string, atStart: number, inside: number): void {
    const compact = compactKhmer(text);
    let at = 0;
    for (const w of segmentKhmer(normaliseKhmer(text).toLowerCase())) {
      const found = compact.indexOf(w, at);
      if (found < 0) continue;
      this.starts.push({ text: compact.slice(found), entry, weight: found === 0 ? atStart : inside });
      at = found + w.length;
      const list = this.words.get(w) ?? [];
      if (list.at(-1) !== entry) list.push(entry);
      this.words.set(w, list);
    }
  }

  /** Facts whose Khmer topic or phrasings start, or have a word starting, with the partial; best first. */
  suggest(partial: string, limit: number): Fact[] {
    const p = compactKhmer(partial);
    if (p.length === 0) return [];
    const scores = new Map<number, number>();
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]!.text < p) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo, seen = 0; i < this.starts.length && seen < MAX_KHMER_STARTS && this.starts[i]!.text.startsWith(p); i++, seen++) {
      const { entry, weight } = this.starts[i]!;
      scores.set(entry, Math.max(scores.get(entry) ?? 0, weight));
    }
    // Whole words typed out of the topic's order: each shared word adds its share of the partial.
    const typed = [...new Set(segmentKhmer(normaliseKhmer(partial).toLowerCase()))];
    for (const w of typed) {
      for (const entry of this.words.get(w) ?? []) scores.set(entry, (scores.get(entry) ?? 0) + 1 / typed.length);
    }
    return [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit).map(([entry]) => this.shown[entry]!);
  }
}

export interface FactHit {
  item: Fact;
  /** fuse.js's score: 0 is a perfect match. */
  score: number;
}

export interface FactSearch {
  /** Facts whose id, topic or phrasings read like the text, best first (fuse.js scores). */
  topics(text: string, limit: number): FactHit[];
  /** Facts whose words (topic, phrasings, statement, quote, speaker) read like the text, best first. */
  texts(text: string, limit: number): FactHit[];
  /**
   * Facts for autocomplete of a partly typed topic: the first facts when nothing is typed. A Khmer
   * partial is read against the facts' Khmer topics and phrasings, and its facts carry their Khmer
   * topic as `topic`, so that a choice is shown in the language typed.
   */
  suggest(partial: string, limit: number): Fact[];
}

const hitsOf = (results: ReadonlyArray<{ item: Fact; score?: number }>): FactHit[] => results.map((r) => ({ item: r.item, score: r.score ?? 1 }));

/**
 * Fact search over the live facts; `index` is the engine's matcher index over the same facts, whose
 * speller also reads typos in topics.
 */
export function createFactSearch(live: readonly Fact[], index: MatchIndex): FactSearch {
  // Built on the first Khmer partial: a base nobody types Khmer to never pays for it.
  let khmerTopics: KhmerTopics | undefined;
  const khmer = (partial: string, limit: number): Fact[] => (khmerTopics ??= new KhmerTopics(live)).suggest(partial.slice(0, 100), limit);
  if (live.length <= FUSE_ALL_MAX) {
    const topicFuse = new Fuse(live, TOPIC_OPTIONS);
    const searchFuse = new Fuse(live, SEARCH_OPTIONS);
    return {
      topics: (text, limit) => hitsOf(topicFuse.search(text, { limit })),
      texts: (text, limit) => hitsOf(searchFuse.search(text, { limit })),
      suggest: (partial, limit) => {
        const p = partial.trim();
        if (hasKhmer(p)) return khmer(p, limit);
        return p.length === 0 ? live.slice(0, limit) : topicFuse.search(p.slice(0, 100), { limit }).map((h) => h.item);
      },
    };
  }
  const words = new WordIndex(live);
  const byId = new Map(live.map((f) => [f.id, f]));
  const correct = (w: string) => index.speller.correct(w);
  const topicCandidates = (text: string, prefix: boolean): Fact[] =>
    words.find(text, CANDIDATES, { correct, prefix }).map((d) => live[d]!);
  /** The facts whose words, through the lexicon, the matcher's posting lists find for the text. */
  const textCandidates = (text: string): Fact[] => {
    const a = analyse(index, text);
    return rank(index, a.tokens, a.names, CANDIDATES).map((s) => byId.get(s.entry.id)).filter((f): f is Fact => f !== undefined);
  };
  const fused = (facts: readonly Fact[], options: IFuseOptions<Fact>, text: string, limit: number): FactHit[] =>
    facts.length === 0 ? [] : hitsOf(new Fuse(facts, options).search(text, { limit }));
  return {
    topics: (text, limit) => fused(topicCandidates(text, false), TOPIC_OPTIONS, text, limit),
    texts: (text, limit) => fused(textCandidates(text), SEARCH_OPTIONS, text, limit),
    suggest: (partial, limit) => {
      const p = partial.trim().slice(0, 100);
      if (p.length === 0) return live.slice(0, limit);
      if (hasKhmer(p)) return khmer(p, limit);
      // fuse.js's order first; the index's own best fill the list when a partial word leaves fuse.js short.
      const facts = topicCandidates(p, true);
      const first = fused(facts, TOPIC_OPTIONS, p, limit).map((h) => h.item);
      const shown = new Set(first);
      return [...first, ...facts.filter((f) => !shown.has(f))].slice(0, limit);
    },
  };
}
