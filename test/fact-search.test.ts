/**
 * `fact`, `search` and autocomplete on a fact base too large for fuse.js over every fact: the word
 * index and the matcher's posting lists pick the candidates, fuse.js ranks them. The small-base path
 * (fuse.js over every fact) is what the conversation and console tests exercise.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateBase, type RealFiles, type SyntheticFact } from '../scripts/bench/generate.js';
import { createEngine, type Engine } from '../src/core/engine.js';
import { FUSE_ALL_MAX, WordIndex, wordsOf } from '../src/core/fact-search.js';
import { parseKnowledge } from '../src/core/knowledge.js';
import type { Fact } from '../src/core/schema.js';
import { loadDictionary } from '../src/store/dictionary.js';
import { REAL_KNOWLEDGE } from './helpers.js';

async function realFiles(): Promise<RealFiles> {
  const read = (name: string) => readFile(join(REAL_KNOWLEDGE, name), 'utf8');
  const sources = JSON.parse(await read('sources.json')) as { sources: Array<{ text?: string }> };
  const sourceTexts = new Map<string, string>();
  for (const s of sources.sources) if (s.text !== undefined) sourceTexts.set(s.text, await read(s.text));
  return { facts: await read('facts.json'), sources: await read('sources.json'), glossary: await read('glossary.json'), vocabulary: await read('vocabulary.json'), sourceTexts };
}

const SIZE = 2000;
let engine: Engine;
let synthetic: SyntheticFact[];

beforeAll(async () => {
  const base = generateBase(await realFiles(), SIZE);
  const kb = parseKnowledge(base.input);
  if (!kb.ok) throw new Error('the generated fact base does not validate');
  engine = createEngine(kb.value, { dictionary: await loadDictionary() });
  synthetic = base.synthetic;
}, 60_000);

const pick = (n: number): SyntheticFact[] => Array.from({ length: n }, (_, i) => synthetic[Math.floor((i * synthetic.length) / n)]!);

describe('GIVEN a fact base larger than fuse.js can scan', () => {
  it('THEN it is large enough to take the indexed path', () => {
    expect(engine.kb.facts.length).toBeGreaterThan(FUSE_ALL_MAX);
  });

  it('THEN `fact` by a whole topic shows that fact, or offers it among the facts sharing the topic', () => {
    for (const s of pick(40)) {
      const r = engine.fact(s.fact.topic);
      const offered = [...r.items.map((i) => i.id), ...r.suggestions.map((x) => x.command.replace(/^fact /u, ''))];
      const same = synthetic.filter((o) => o.fact.topic === s.fact.topic).map((o) => o.fact.id);
      expect(offered.some((id) => same.includes(id)), `${s.fact.topic} -> ${offered.join(', ')}`).toBe(true);
    }
  });

  it('THEN `fact` by id, and the real facts by their topic, still work among the generated ones', () => {
    expect(engine.fact('cambodia-area-remaining').items[0]?.id).toBe('cambodia-area-remaining');
    const real = engine.kb.facts.find((f) => f.id === 'jmas-cmac-ap-mines-destroyed')!;
    const r = engine.fact(real.topic);
    expect([...r.items.map((i) => i.id), ...r.suggestions.map((x) => x.command)].join(' ')).toContain('jmas-cmac-ap-mines-destroyed');
  });

  it('THEN `search` finds facts by an operator and a place, and by words of their statement only', () => {
    for (const s of pick(20).filter((x) => x.ctx.org !== undefined)) {
      const r = engine.search(`${s.ctx.org!.short} ${s.ctx.place.name}`);
      expect(r.kind, s.fact.id).toBe('list');
      const facts = r.items.map((i) => engine.kb.facts.find((f) => f.id === i.id)!);
      expect(facts.some((f) => f.figure?.scope.by === s.ctx.org!.name || f.figure?.scope.where === s.ctx.place.name)).toBe(true);
    }
    // "schools" is in the real fact base's statements and quotes.
    expect(engine.search('schools').kind).toBe('list');
  });

  it('THEN autocomplete completes a topic being typed, a word cut short included', () => {
    for (const s of pick(40)) {
      const typed = s.fact.topic.slice(0, Math.min(s.fact.topic.length, 18));
      const choices = engine.suggestFacts(typed);
      expect(choices.length).toBeGreaterThan(0);
      expect(choices.length).toBeLessThanOrEqual(25);
      const topics = choices.map((c) => engine.kb.facts.find((f) => f.id === c.value)!.topic.toLowerCase());
      expect(topics.some((t) => t.startsWith(typed.toLowerCase())), `${typed} -> ${topics.slice(0, 3).join(' | ')}`).toBe(true);
    }
    expect(engine.suggestFacts('')).toHaveLength(25);
  });

  it('THEN a misspelt topic word is still found', () => {
    const s = synthetic.find((x) => x.ctx.place.level === 'district')!;
    const misspelt = s.fact.topic.replace(/cleared|destroyed|Land|still/u, (w) => `${w.slice(0, 2)}${w[3]}${w[2]}${w.slice(4)}`);
    const r = engine.fact(misspelt);
    expect(r.items.length + r.suggestions.length).toBeGreaterThan(0);
  });
});

describe('GIVEN the word index on its own', () => {
  const fact = (id: string, topic: string, aliases: string[]): Fact => ({
    id, topic, aliases, statement: topic, source: 's', quote: topic, saidBy: 'someone', revision: 1, updatedAt: '2025-01-01T00:00:00.000Z',
  });
  const facts = [
    fact('prek-thmei-cleared', 'Land cleared in Prek Thmei', ['how much land was cleared in prek thmei']),
    fact('prek-chas-cleared', 'Land cleared in Prek Chas', ['prek chas clearance']),
    fact('tuol-ampil-mines', 'Mines destroyed in Tuol Ampil', ['mines tuol ampil']),
  ];
  const index = new WordIndex(facts);

  it('THEN words are lower-cased, accents folded and numbers read whole', () => {
    expect(wordsOf('Kâmpóng Chhnang: 1,700 km² (HALO)')).toEqual(['kampong', 'chhnang', '1700', 'km2', 'halo']);
    expect(wordsOf('ខ្មែរ text')).toEqual(['ខ្មែរ', 'text']);
  });

  it('THEN the facts sharing the rarest words come first', () => {
    expect(index.find('prek thmei', 3)[0]).toBe(0);
    expect(index.find('tuol ampil mines', 3)).toEqual([2]);
  });

  it('THEN the last word may be the start of one, for autocomplete', () => {
    expect(index.find('prek th', 3, { prefix: true })[0]).toBe(0);
    expect(index.find('prek th', 3)).not.toContain(2);
  });

  it('THEN a word it lacks is read through the speller', () => {
    expect(index.find('tuol ampli', 3, { correct: (w) => (w === 'ampli' ? 'ampil' : w) })[0]).toBe(2);
  });
});
