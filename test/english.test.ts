/**
 * The shape phrases run only on text holding one of their guard substrings. A guard that misses a
 * match would silently change how a question is read; this proves the guards on every question of
 * every evaluation set, every text of both fact bases, and random text built from their words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHAPE_PHRASES } from '../src/core/english.js';
import { evalQuestions } from './helpers.js';

const here = fileURLToPath(new URL('.', import.meta.url));


function factTexts(file: string): string[] {
  const json = JSON.parse(readFileSync(file, 'utf8')) as { facts: Array<Record<string, unknown>> };
  return json.facts.flatMap((f) => [f.topic, f.statement, f.quote, f.saidBy, ...((f.aliases as string[] | undefined) ?? [])].filter((x): x is string => typeof x === 'string'));
}

const CORPUS = [
  ...evalQuestions(),
  ...factTexts(join(here, '..', 'knowledge', 'facts.json')),
  ...factTexts(join(here, 'fixtures', 'growing', 'facts.json')),
].map((t) => t.toLowerCase());

/** Every pattern run on every text, guards ignored. */
const unguarded = (text: string): string => SHAPE_PHRASES.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), text);
/** As prepare() runs them. */
const guarded = (text: string): string => SHAPE_PHRASES.reduce((t, [pattern, replacement, guards]) => (guards.some((g) => t.includes(g)) ? t.replace(pattern, replacement) : t), text);

describe('the shape phrases\' guards', () => {
  it(`change nothing on ${CORPUS.length} questions and fact texts`, () => {
    const differ = CORPUS.filter((t) => guarded(t) !== unguarded(t));
    expect(differ).toEqual([]);
  });

  it('change nothing on random text made of the corpus\'s words and symbols', () => {
    const vocabulary = [...new Set(CORPUS.flatMap((t) => t.split(/\s+/u)))].filter((w) => w !== '');
    const word = fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom('%', '+', '$', '-', 'sq', 'km²', 'm²', 'per', 'how', 'over'));
    fc.assert(fc.property(fc.array(word, { maxLength: 14 }), (ws) => {
      const text = ws.join(' ');
      expect(guarded(text)).toBe(unguarded(text));
    }), { seed: 20261130, numRuns: 3000 });
  });
});
