/** The compact index structures behave as the plain ones they replace. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EntryCompactor, PostingLists, TokenSet, TokenTable, UnionSet } from '../src/core/compact.js';

const token: fc.Arbitrary<string> = fc.constantFrom('mine', 'mines', 'cmac', 'jmas', 'cleared', 'ha', '1700', 'landmine', 'x', 'battambang');
const tokens = fc.uniqueArray(token, { maxLength: 8 });

describe('GIVEN a TokenSet', () => {
  it('THEN it holds what the Set it packs holds, in the same order', () => {
    fc.assert(fc.property(tokens, fc.array(token), (xs, probes) => {
      const table = new TokenTable();
      const data = Int32Array.from([table.idOf('pad'), ...xs.map((x) => table.idOf(x))]);
      const set = new TokenSet(table, data, 1, xs.length);
      const plain = new Set(xs);
      expect(set.size).toBe(plain.size);
      expect([...set]).toEqual([...plain]);
      expect([...set.keys()]).toEqual([...plain.keys()]);
      expect([...set.entries()]).toEqual([...plain.entries()]);
      const seen: string[] = [];
      set.forEach((v) => seen.push(v));
      expect(seen).toEqual(xs);
      for (const p of [...probes, 'pad', 'unknown']) expect(set.has(p)).toBe(plain.has(p));
    }));
  });
});

describe('GIVEN entries compacted', () => {
  it('THEN equal sets are one shared set, and every set keeps its elements and order', () => {
    fc.assert(fc.property(fc.array(fc.tuple(tokens, tokens, tokens), { minLength: 1, maxLength: 20 }), (rows) => {
      const compactor = new EntryCompactor();
      const entries = rows.map(([a, b, c]) => ({ places: new Set(a), tokens: new Set(b), phrasings: [{ tokens: new Set(c), weight: 0 }] }));
      const before = entries.map((e) => ({ places: [...e.places], tokens: [...e.tokens], phrasing: [...e.phrasings[0]!.tokens] }));
      for (const e of entries) compactor.compact(e);
      entries.forEach((e, i) => {
        expect([...e.places]).toEqual(before[i]!.places);
        expect([...e.tokens]).toEqual(before[i]!.tokens);
        expect([...e.phrasings[0]!.tokens]).toEqual(before[i]!.phrasing);
      });
      for (const e of entries) {
        for (const o of entries) {
          if (before[entries.indexOf(e)]!.places.join() === before[entries.indexOf(o)]!.places.join()) expect(e.places).toBe(o.places);
        }
      }
    }));
  });

  it('THEN token numbers from the posting lists are used only when they are the entry\'s tokens', () => {
    const table = new TokenTable();
    const lists = new PostingLists(table);
    const compactor = new EntryCompactor(table);
    const e = { tokens: new Set(['a', 'b']), phrasings: [] };
    lists.add(0, new Map([['a', 1], ['b', 0.5]]));
    compactor.compact(e, lists.last);
    expect([...e.tokens]).toEqual(['a', 'b']);
    const f = { tokens: new Set(['c', 'a']), phrasings: [] };
    lists.add(1, new Map([['a', 1], ['b', 0.5]]));
    compactor.compact(f, lists.last);
    expect([...f.tokens]).toEqual(['c', 'a']);
  });
});

describe('GIVEN posting lists', () => {
  it('THEN each token lists its entries in order with their weights, tokens in order of first use', () => {
    fc.assert(fc.property(fc.array(tokens, { maxLength: 30 }), (rows) => {
      const lists = new PostingLists();
      const naive = new Map<string, { entries: number[]; weights: number[] }>();
      rows.forEach((ts, i) => {
        const weights = new Map(ts.map((t, k) => [t, (k + 1) / 4] as const));
        lists.add(i, weights);
        for (const [t, w] of weights) {
          const p = naive.get(t) ?? { entries: [], weights: [] };
          p.entries.push(i);
          p.weights.push(w);
          naive.set(t, p);
        }
      });
      const built = [...lists.lists()].map(([t, p]) => [t, [...p.entries], [...p.weights]]);
      expect(built).toEqual([...naive].map(([t, p]) => [t, p.entries, p.weights]));
    }));
  });
});

describe('GIVEN a union of two sets', () => {
  it('THEN it is what a new Set of both holds, in the same order, without copying them', () => {
    fc.assert(fc.property(tokens, tokens, fc.array(token), (a, b, probes) => {
      const union = new UnionSet(new Set(a), new Set(b));
      const plain = new Set([...a, ...b]);
      expect([...union]).toEqual([...plain]);
      expect(union.size).toBe(plain.size);
      for (const p of [...probes, 'none']) expect(union.has(p)).toBe(plain.has(p));
    }));
  });
});
