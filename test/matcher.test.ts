/** The matcher on a small fixture fact base, so curating the real facts does not break these. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/core/engine.js';
import { engineFor, SMALL_KNOWLEDGE } from './helpers.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor(SMALL_KNOWLEDGE);
});

const answer = (q: string) => {
  const r = engine.ask(q);
  return r.kind === 'answer' ? r.facts[0] : undefined;
};

describe('GIVEN a question the fact base answers', () => {
  it.each([
    ['how much land is still contaminated?', 'northland-area-remaining'],
    ['remaining area in sq km', 'northland-area-remaining'],
    ['how much lnad has been claered', 'northland-area-cleared'],
    ['area cleared since 2001', 'northland-area-cleared'],
    ['how many AP mines did the trust destroy', 'trust-ap-mines-destroyed'],
    ['what did the ministry say about donors', 'ministry-thanks-donors'],
    ['how much land was mined in total, cleared plus remaining', 'northland-area-total'],
  ])('THEN "%s" is answered from %s', (q, id) => {
    expect(answer(q)).toBe(id);
  });
});

describe('GIVEN a question about something the fact base does not cover', () => {
  it.each([
    ["how much land is still mined in Laos", "no figure for that place"],
    ['how much land was cleared in 2019', 'no figure for that year'],
    ['how many anti-tank mines did the trust destroy', 'no figure for that kind of thing'],
    ['how many people were killed by mines', 'no figure'],
    ['how much money did donors give', 'no figure'],
    ['how many survivors did donors support', 'no figure'],
    ['when will northland be mine free', 'no target date'],
  ])('THEN "%s" is declined, saying why', (q, why) => {
    const r = engine.ask(q);
    expect(r.kind).toBe('no-answer');
    expect(r.title).toContain(why);
    expect(r.private).toBe(true);
  });

  it('THEN an off-topic question gets "I don\'t know" and no figure', () => {
    const r = engine.ask("what's the weather tomorrow");
    expect(r.kind).toBe('no-answer');
    expect(r.title).toMatch(/I don't know/);
    expect(r.items).toHaveLength(0);
  });

  it('THEN a declined figure question offers the nearest facts, at most three', () => {
    const r = engine.ask('how many anti-tank mines did the trust destroy');
    expect(r.suggestions.length).toBeGreaterThan(0);
    expect(r.suggestions.length).toBeLessThanOrEqual(3);
    expect(r.suggestions[0]?.command).toBe('fact trust-ap-mines-destroyed');
  });
});

describe('GIVEN a retired fact', () => {
  it('THEN it never answers, though it stays in the file', () => {
    expect(engine.kb.facts.some((f) => f.id === 'old-retired-figure')).toBe(true);
    expect(answer('withdrawn figure')).toBeUndefined();
    expect(engine.fact('old-retired-figure').kind).not.toBe('answer');
  });
});

describe('GIVEN qualifiers', () => {
  it('THEN each figure keeps its own', () => {
    expect(engine.ask('area cleared since 2001').title).toContain('about 80 km²');
    expect(engine.ask('how much land is still contaminated').title).toContain('120 km²');
  });

  it('THEN a sum of "about" and a stated figure is "about", with its working shown', () => {
    const r = engine.ask('how much land was mined in total, cleared plus remaining');
    expect(r.title).toBe('about 200 km² known contaminated area');
    expect(r.items[0]?.derivation).toBe('about 80 km² cleared since 2001 + 120 km² still contaminated = about 200 km²');
    expect(r.items[0]?.quotes.map((q) => q.factId)).toEqual(['northland-area-cleared', 'northland-area-remaining']);
  });
});

describe('GIVEN a phrasing a moderator taught', () => {
  it('THEN a question worded exactly like it is answered by that fact, even where the matcher alone would decline', async () => {
    const { createEngine } = await import('../src/core/engine.js');
    expect(answer('how big is the danger zone')).toBeUndefined();
    const facts = engine.kb.facts.map((f) => (f.id === 'northland-area-remaining' ? { ...f, aliases: [...f.aliases, 'how big is the danger zone'] } : f));
    const taught = createEngine({ ...engine.kb, facts });
    const r = taught.ask('How big is the danger zone?');
    expect(r.kind).toBe('answer');
    expect(r.facts).toEqual(['northland-area-remaining']);
  });
});
