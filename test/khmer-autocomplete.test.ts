/**
 * Autocomplete of Khmer topics (fact-search.ts): the start of a fact's Khmer topic, a Khmer word
 * inside it or its Khmer phrasings offer the fact, shown by its Khmer topic; at any base size.
 */
import { describe, expect, it } from 'vitest';
import { KhmerTopics } from '../src/core/fact-search.js';
import type { Fact } from '../src/core/schema.js';

const fact = (id: string, topic: string, km?: { topic?: string; aliases?: string[] }): Fact => ({
  id,
  topic,
  aliases: [topic],
  statement: `${topic}.`,
  quote: 'a quote',
  saidBy: 'someone',
  source: 'a-source',
  revision: 1,
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...(km === undefined ? {} : { translations: { km: { aliases: km.aliases ?? [], ...(km.topic === undefined ? {} : { topic: km.topic }) } } }),
}) as Fact;

const facts: Fact[] = [
  fact('area-remaining', 'Land still to clear', { topic: 'ដីដែលនៅសល់ត្រូវបោសសម្អាត', aliases: ['ដីនៅសល់ប៉ុន្មាន'] }),
  fact('area-cleared', 'Land cleared since 1992', { topic: 'ដីដែលបានបោសសម្អាតរួច' }),
  fact('mines-destroyed', 'Mines destroyed', { topic: 'មីនប្រឆាំងមនុស្សដែលត្រូវបានបំផ្លាញ' }),
  fact('english-only', 'Japan supports peace'),
];
const ids = (found: Fact[]) => found.map((f) => f.id);

describe('KhmerTopics', () => {
  const k = new KhmerTopics(facts);

  it('offers a fact for the start of its Khmer topic, even mid-word, and shows the Khmer topic', () => {
    // The dictionary splits this partial as ដី|ដែ|លនៅស: it is matched as typed, not by its words.
    const found = k.suggest('ដីដែលនៅស', 25);
    expect(ids(found)[0]).toBe('area-remaining');
    expect(found[0]?.topic).toBe('ដីដែលនៅសល់ត្រូវបោសសម្អាត');
  });

  it('offers the facts having a word that starts with the partial, the topic start first', () => {
    expect(ids(k.suggest('បោសសម្', 25)).sort()).toEqual(['area-cleared', 'area-remaining']);
    expect(ids(k.suggest('ដីដែល', 25)).slice(0, 2)).toEqual(['area-remaining', 'area-cleared']);
    expect(ids(k.suggest('បំផ្លា', 25))).toEqual(['mines-destroyed']);
  });

  it('reads Khmer phrasings, words typed in another order, spaces, zero-width spaces and legacy orders', () => {
    expect(ids(k.suggest('ដីនៅសល់ប៉ុ', 25))[0]).toBe('area-remaining');
    expect(ids(k.suggest('នៅសល់ ដី', 25))[0]).toBe('area-remaining');
    expect(ids(k.suggest('ដី\u200Bដែល នៅសល់', 25))[0]).toBe('area-remaining');
  });

  it('offers nothing for Khmer that no topic has, and never a fact without Khmer', () => {
    expect(k.suggest('ខ្ញុំទៅផ្សារ', 25)).toEqual([]);
    expect(k.suggest('   ', 25)).toEqual([]);
  });

  it('answers quickly on a large base', () => {
    const many: Fact[] = [];
    for (let i = 0; i < 20_000; i++) {
      const f = facts[i % 3]!;
      many.push({ ...f, id: `${f.id}-${i}` });
    }
    const t0 = performance.now();
    const big = new KhmerTopics(many);
    const built = performance.now() - t0;
    expect(big.suggest('ដីដែលនៅស', 25)).toHaveLength(25);
    const t1 = performance.now();
    for (let i = 0; i < 20; i++) big.suggest('ដ', 25);
    expect(built).toBeLessThan(5000);
    expect((performance.now() - t1) / 20).toBeLessThan(100);
  });
});
