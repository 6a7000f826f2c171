/**
 * Memory for large fact bases. An index entry holds a dozen small sets (its places, organisations,
 * kinds of thing, measure words, phrasings...), and a V8 Set costs about 150 bytes even when empty:
 * at 100,000 facts that was most of the heap. Here a set is a slice of token numbers in an array
 * shared by the whole index, and equal sets are one (the facts of one series, place or operator
 * have the same ones). Sets keep their elements' order. Posting lists are built in flat arrays.
 */

/** Token strings and their numbers, shared by every TokenSet of one index. */
export class TokenTable {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];

  idOf(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(token, id);
      this.names.push(token);
    }
    return id;
  }

  find(token: string): number | undefined {
    return this.ids.get(token);
  }

  nameOf(id: number): string {
    return this.names[id]!;
  }
}

/** A read-only set of tokens stored as their numbers: a slice of an array shared by many sets. */
export class TokenSet implements ReadonlySet<string> {
  constructor(
    private readonly table: TokenTable,
    private readonly data: Int32Array,
    private readonly start: number,
    readonly size: number,
  ) {}

  has(token: string): boolean {
    const id = this.table.find(token);
    if (id === undefined) return false;
    const { data } = this;
    for (let i = this.start, end = this.start + this.size; i < end; i++) if (data[i] === id) return true;
    return false;
  }

  values(): SetIterator<string> {
    return new TokenIterator(this.table, this.data, this.start, this.start + this.size);
  }

  keys(): SetIterator<string> {
    return this.values();
  }

  *entries(): SetIterator<[string, string]> {
    for (const t of this.values()) yield [t, t];
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (let i = this.start, end = this.start + this.size; i < end; i++) {
      const t = this.table.nameOf(this.data[i]!);
      callback.call(thisArg, t, t, this);
    }
  }
}

/** A TokenSet's iterator: a plain object rather than a generator, for the spreads on the answer path. */
class TokenIterator implements SetIterator<string> {
  readonly [Symbol.toStringTag] = 'Set Iterator';
  constructor(
    private readonly table: TokenTable,
    private readonly data: Int32Array,
    private at: number,
    private readonly end: number,
  ) {}

  next(): IteratorResult<string, undefined> {
    if (this.at >= this.end) return { done: true, value: undefined };
    return { done: false, value: this.table.nameOf(this.data[this.at++]!) };
  }

  [Symbol.iterator](): SetIterator<string> {
    return this;
  }
}

interface Phrasing {
  tokens: ReadonlySet<string>;
  weight: number;
}

interface Compactable {
  tokens: ReadonlySet<string>;
  phrasings: Phrasing[];
}

/** Token numbers are written into chunks of this many; a TokenSet is a slice of one. */
const CHUNK = 1 << 16;
const EMPTY: ReadonlySet<string> = new Set<string>();

/**
 * Compacts entries one by one as they are built, so that the sets they replace die young. Every
 * own property holding a Set becomes a TokenSet, one shared by all entries with an equal set (same
 * elements, same order); so do the tokens of each phrasing, and phrasings with equal tokens are
 * shared (their weight depends on their tokens alone, and is set after the build). An entry's own
 * `tokens` are rarely equal to another's: they are packed but not looked up. Entries are changed in place.
 */
export class EntryCompactor {
  constructor(private readonly table: TokenTable = new TokenTable()) {}
  private readonly shared = new Map<string, ReadonlySet<string>>();
  private readonly phrasings = new Map<ReadonlySet<string>, Phrasing>();
  private chunk = new Int32Array(CHUNK);
  private used = 0;

  /**
   * `ids`: the numbers of the entry's tokens, in order, when the caller has them (the posting
   * lists number the same tokens); checked against the tokens, and looked up again when they differ.
   */
  compact(e: Compactable, ids?: readonly number[]): void {
    const record = e as unknown as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const v = record[key];
      if (v instanceof Set && key !== 'tokens') record[key] = this.intern(v as Set<string>);
    }
    e.phrasings = e.phrasings.map((p) => {
      const tokens = this.intern(p.tokens);
      let shared = this.phrasings.get(tokens);
      if (shared === undefined || shared.weight !== p.weight) {
        shared = { tokens, weight: p.weight };
        this.phrasings.set(tokens, shared);
      }
      return shared;
    });
    e.tokens = ids !== undefined && this.same(e.tokens, ids) ? this.packIds(ids) : this.pack(e.tokens);
  }

  private same(tokens: ReadonlySet<string>, ids: readonly number[]): boolean {
    if (tokens.size !== ids.length) return false;
    let i = 0;
    for (const t of tokens) if (this.table.nameOf(ids[i++]!) !== t) return false;
    return true;
  }

  private packIds(ids: readonly number[]): ReadonlySet<string> {
    if (ids.length === 0) return EMPTY;
    this.room(ids.length);
    const start = this.used;
    for (const id of ids) this.chunk[this.used++] = id;
    return new TokenSet(this.table, this.chunk, start, ids.length);
  }

  private room(size: number): void {
    if (size > CHUNK - this.used) {
      this.chunk = new Int32Array(Math.max(CHUNK, size));
      this.used = 0;
    }
  }

  /** One shared TokenSet for equal sets. */
  private intern(set: ReadonlySet<string>): ReadonlySet<string> {
    if (set.size === 0) return EMPTY;
    // A set already shared is not read again.
    if (set instanceof TokenSet) return set;
    // One element (most sets): the key is the element, which the separator of longer keys tells apart.
    const key = set.size === 1 ? (set.values().next().value as string) : [...set].join('\u0001');
    let had = this.shared.get(key);
    if (had === undefined) {
      had = this.pack(set);
      this.shared.set(key, had);
    }
    return had;
  }

  private pack(set: ReadonlySet<string>): ReadonlySet<string> {
    const size = set.size;
    if (size === 0) return EMPTY;
    this.room(size);
    const start = this.used;
    for (const t of set) this.chunk[this.used++] = this.table.idOf(t);
    return new TokenSet(this.table, this.chunk, start, size);
  }
}

/** An Int32Array or Float32Array that grows by doubling, outside the V8 heap. */
class Growing<A extends Int32Array | Float32Array> {
  length = 0;
  constructor(public data: A, private readonly make: (n: number) => A) {}
  push(x: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = x;
  }
}

/**
 * Posting lists built without a growing JavaScript array per token (whose copies, promoted to the
 * old generation, made most of a large build's garbage collection): every (token, entry, weight)
 * goes into flat arrays, sorted by token at the end, and each token's list is a view of them.
 */
export class PostingLists {
  /** Token numbers in the order they were first posted. */
  private readonly order: number[] = [];
  private posted = new Uint8Array(1 << 12);
  /** The token numbers of the entry added last, in its weights' order. */
  readonly last: number[] = [];
  private readonly tokenOf = new Growing(new Int32Array(1 << 16), (n) => new Int32Array(n));
  private readonly entryOf = new Growing(new Int32Array(1 << 16), (n) => new Int32Array(n));
  private readonly weightOf = new Growing(new Float32Array(1 << 16), (n) => new Float32Array(n));

  /** `table` numbers the tokens; the EntryCompactor of the same index shares it. */
  constructor(private readonly table: TokenTable = new TokenTable()) {}

  /** Adds an entry's token weights; entries must come in increasing order. */
  add(entry: number, weights: ReadonlyMap<string, number>): void {
    this.last.length = 0;
    for (const [t, w] of weights) {
      const id = this.table.idOf(t);
      if (id >= this.posted.length) {
        const bigger = new Uint8Array(Math.max(this.posted.length * 2, id + 1));
        bigger.set(this.posted);
        this.posted = bigger;
      }
      if (this.posted[id] === 0) {
        this.posted[id] = 1;
        this.order.push(id);
      }
      this.last.push(id);
      this.tokenOf.push(id);
      this.entryOf.push(entry);
      this.weightOf.push(w);
    }
  }

  /** Each posted token's entries (in increasing order) and weights, tokens in order of first use. */
  *lists(): Generator<[string, { entries: Int32Array; weights: Float32Array }]> {
    const n = this.tokenOf.length;
    const ids = this.posted.length;
    const start = new Int32Array(ids + 1);
    for (let i = 0; i < n; i++) start[this.tokenOf.data[i]! + 1]! += 1;
    for (let t = 0; t < ids; t++) start[t + 1]! += start[t]!;
    const fill = start.slice(0, ids);
    const entries = new Int32Array(n);
    const weights = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      const id = this.tokenOf.data[i]!;
      const at = fill[id]!;
      fill[id] = at + 1;
      entries[at] = this.entryOf.data[i]!;
      weights[at] = this.weightOf.data[i]!;
    }
    for (const t of this.order) {
      yield [this.table.nameOf(t), { entries: entries.subarray(start[t]!, start[t + 1]!), weights: weights.subarray(start[t]!, start[t + 1]!) }];
    }
  }
}

/**
 * The union of two sets, as a read-only view: what `new Set([...a, ...b])` holds, in the same
 * order, without copying them (the everyday-English dictionary is 100,000 words, and an engine is
 * built on every change of the fact base).
 */
export class UnionSet implements ReadonlySet<string> {
  private counted: number | undefined;
  constructor(private readonly a: ReadonlySet<string>, private readonly b: ReadonlySet<string>) {}

  get size(): number {
    if (this.counted === undefined) {
      let n = this.a.size;
      for (const x of this.b) if (!this.a.has(x)) n++;
      this.counted = n;
    }
    return this.counted;
  }

  has(x: string): boolean {
    return this.a.has(x) || this.b.has(x);
  }

  *values(): SetIterator<string> {
    yield* this.a;
    for (const x of this.b) if (!this.a.has(x)) yield x;
  }

  keys(): SetIterator<string> {
    return this.values();
  }

  *entries(): SetIterator<[string, string]> {
    for (const x of this.values()) yield [x, x];
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const x of this.values()) callback.call(thisArg, x, x, this);
  }
}
