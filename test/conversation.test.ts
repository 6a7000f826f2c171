/** The bot as a conversation over the real fact base: what a person typing in the console sees. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/core/engine.js';
import { engineFor, REAL_KNOWLEDGE, say } from './helpers.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor(REAL_KNOWLEDGE);
});

const SOURCE = [
  'The Phnom Penh Post',
  'Manet urges Japanese NGO to expand mine clearance in Kingdom',
  'https://m.phnompenhpost.com/national/manet-urges-japanese-ngo-to-expand-mine-clearance-in-kingdom',
  '11 July 2024 (year inferred)',
];

describe('/demining remaining', () => {
  it('gives the figure with its qualifier, date, speaker, source and exact words', () => {
    for (const line of ['/demining remaining', 'remaining', '/remaining']) {
      const { reply, text } = say(engine, line);
      expect(reply.kind).toBe('answer');
      expect(reply.private).toBe(false);
      expect(text).toContain('more than 1,700 km² still to clear (as of 11 July 2024)');
      expect(text).toContain('Hun Manet');
      expect(text).toContain('"will continue to work to clear more than 1,700 additional square kilometres"');
      for (const s of SOURCE) expect(text).toContain(s);
    }
  });

  it('never prints the figure without its qualifier', () => {
    const { text } = say(engine, 'remaining');
    expect(text.replaceAll('more than 1,700', '')).not.toMatch(/\b1,700\b/);
  });
});

describe('the fixed commands', () => {
  it('cleared gives more than 3,000 km² since 1992', () => {
    const { text } = say(engine, 'cleared');
    expect(text).toContain('more than 3,000 km² cleared since 1992');
    expect(text).toContain('since 1992, the country has cleared more than 3,000 square kilometres');
  });

  it('jmas gives both JMAS–CMAC figures, each with its quote', () => {
    const { reply, text } = say(engine, 'jmas');
    expect(reply.facts).toEqual(['jmas-cmac-area-cleared', 'jmas-cmac-ap-mines-destroyed']);
    expect(text).toContain('more than 6,000 ha cleared through JMAS–CMAC collaboration');
    expect(text).toContain('20,000 anti-personnel mines destroyed through JMAS–CMAC collaboration');
    expect(text).toContain('Koji Yamazaki');
  });

  it('fact shows one fact by id or by topic words', () => {
    expect(say(engine, 'fact cambodia-area-cleared').reply.facts).toEqual(['cambodia-area-cleared']);
    expect(say(engine, 'fact schools').reply.facts).toEqual(['jmas-community-assistance']);
    const unknown = say(engine, 'fact volcanoes');
    expect(unknown.reply.kind).toBe('no-answer');
    expect(unknown.text).toContain('I have no fact on "volcanoes"');
  });

  it('a statement without a figure is shown with its quote and source', () => {
    const { text } = say(engine, 'fact yamazaki-commends-cmac');
    expect(text).toContain('professional, responsible and highly disciplined');
    for (const s of SOURCE) expect(text).toContain(s);
  });

  it('search lists matching facts', () => {
    const { reply } = say(engine, 'search victims');
    expect(reply.kind).toBe('list');
    expect(reply.facts).toContain('yamazaki-praises-cooperation-and-victim-assistance');
  });

  it('define explains a term, from the article where it expands it', () => {
    const { text } = say(engine, 'define uxo');
    expect(text).toContain('UXO: unexploded ordnance');
    expect(text).toContain('The Phnom Penh Post');
    expect(say(engine, 'define AP mine').text).toContain('anti-personnel mine');
    expect(say(engine, 'define zzqx').reply.kind).toBe('no-answer');
  });

  it('sources lists the article with how its date is known', () => {
    const { text } = say(engine, 'sources');
    expect(text).toContain('The Phnom Penh Post');
    expect(text).toContain('2024 is inferred');
  });

  it('help lists every command', () => {
    const { reply, text } = say(engine, 'help');
    expect(reply.kind).toBe('help');
    for (const c of ['remaining', 'cleared', 'jmas', 'fact <topic>', 'ask <question>', 'search <words>', 'define <term>', 'sources', 'help']) {
      expect(text).toContain(c);
    }
  });
});

describe('autocomplete', () => {
  it('offers at most 25 facts, the ones matching what is typed first', () => {
    expect(engine.suggestFacts('').length).toBeLessThanOrEqual(25);
    const jmas = engine.suggestFacts('anti-personnel');
    expect(jmas[0]).toEqual({ name: 'Anti-personnel mines destroyed by JMAS with CMAC', value: 'jmas-cmac-ap-mines-destroyed' });
    expect(engine.suggestTerms('unexploded')[0]?.value).toBe('UXO');
  });
});

describe('questions in plain words', () => {
  it.each([
    ['how much land is still mined?', 'cambodia-area-remaining'],
    ['how much lnad is left to clear in cambodai', 'cambodia-area-remaining'],
    ['remaining km2', 'cambodia-area-remaining'],
    ['how many AP mines did JMAS destroy', 'jmas-cmac-ap-mines-destroyed'],
    ['how many mines did jmas destroy', 'jmas-cmac-ap-mines-destroyed'],
    ['sq km cleared since 1992', 'cambodia-area-cleared'],
    ['who is the director of JMAS?', 'manet-yamazaki-meeting'],
  ])('"%s" is answered from %s', (q, id) => {
    const { reply } = say(engine, q);
    expect(reply.kind).toBe('answer');
    expect(reply.facts[0]).toBe(id);
  });

  it('a question in other units gets the conversion, marked as such', () => {
    const { text } = say(engine, 'how many hectares are still mined?');
    expect(text).toContain('more than 1,700 km² still to clear');
    expect(text).toContain('Converted: more than 170,000 ha (1 km² = 100 ha)');
    expect(say(engine, 'jmas cleared area in km2').text).toContain('Converted: more than 60 km² (1 ha = 0.01 km²)');
  });

  it('a derivable figure is given with how it was derived, lower bounds adding to a lower bound', () => {
    const { reply, text } = say(engine, 'how much land was contaminated in total, cleared plus remaining?');
    expect(reply.facts[0]).toBe('cambodia-area-known-total');
    expect(text).toContain('more than 4,700 km²');
    expect(text).toContain('more than 3,000 km² cleared since 1992 + more than 1,700 km² still to clear = more than 4,700 km²');
    expect(text).toContain('not stated by the source');
  });

  it('a share of two lower bounds is given at face value, said to be no more, with the two figures', () => {
    const { reply, text } = say(engine, 'what percentage of the mined land has been cleared?');
    expect(reply.kind).toBe('answer');
    expect(reply.title).toBe('about 63.8% share of the known contaminated area already cleared, if both figures are taken as stated; both are lower bounds');
    expect(text).toContain('a ratio of lower bounds is not bounded either way');
    expect(reply.facts).toEqual(['cambodia-share-cleared', 'cambodia-area-cleared', 'cambodia-area-remaining']);
  });

  it.each([
    'how many anti-tank mines did JMAS destroy?',
    'how much has Laos cleared?',
    'how much land was cleared in 2023?',
    'how many people have been killed by landmines in cambodia',
    'how much money has japan given for demining',
    'how many mines are still in the ground in cambodia',
    'when will cambodia be mine free',
    'how much land has the HALO Trust cleared',
  ])('"%s" is declined, never answered with a neighbouring figure', (q) => {
    const { reply, text } = say(engine, q);
    expect(reply.kind).toBe('no-answer');
    expect(reply.private).toBe(true);
    expect(reply.items).toHaveLength(0);
    expect(text).not.toMatch(/\d,\d{3}/);
    expect(reply.suggestions.length).toBeLessThanOrEqual(3);
  });
});

describe('bad input', () => {
  it('a huge message gets a clear refusal', () => {
    const { reply, text } = say(engine, `ask ${'how much land '.repeat(1000)}`);
    expect(reply.kind).toBe('error');
    expect(text).toMatch(/too long|keep it under/);
  });

  it('a command without its argument gets usage', () => {
    const { reply, text } = say(engine, 'fact');
    expect(reply.kind).toBe('error');
    expect(text).toContain('Usage: `fact <topic>`');
  });

  it('control characters, mention syntax and emoji are answered without throwing', () => {
    for (const q of ['\u0000\u0007', '@everyone how much is left', '<!channel> 💣💣', '\u202e remaining', 'សួស្តី', '地雷']) {
      expect(() => say(engine, q)).not.toThrow();
    }
  });
});
