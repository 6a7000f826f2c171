/**
 * Issue 10, point 5: the engine generalises through the store, with no change to the code.
 *
 * A moderator adds a fact about a measure the fact base does not have; questions worded unlike its
 * phrasings (the way people type in a team channel) are answered from it. A fact about a new measure
 * and a new place leaves the refusals of its neighbours in place (another place, another measure,
 * another year, another kind of ordnance), and the seed's questions keep their answers.
 *
 * The facts, sources and questions are test data written for this file: real-looking, clearly not
 * published figures (example.org addresses, "test data" publishers).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderText } from '../src/core/render-text.js';
import type { FactContent, FactStore, NewSource } from '../src/store/fact-store.js';
import { alice, bob, openStore, steppingClock, tempKnowledge, type TempKnowledge } from './fixtures/store-fixture.js';

let t: TempKnowledge;
let store: FactStore;

beforeEach(async () => {
  t = await tempKnowledge();
});

afterEach(async () => {
  await store.close();
  await t.cleanup();
});

// ---- (a) a measure the fact base does not have: risk education sessions in one province, one year ----

const BULLETIN = {
  id: 'test-pursat-bulletin-2024',
  publisher: 'Pursat Mine Action Bulletin (test data)',
  headline: 'Risk education and clearance in Pursat, 2023 (test fixture)',
  url: 'https://example.org/test-data/pursat-bulletin-2023',
  date: '2024-01-15',
  dateKnown: 'stated',
  text: 'sources/test-pursat-bulletin-2024.txt',
};

/** The bulletin's text, written for this test; the fact's quote is checked against it. */
const BULLETIN_TEXT = [
  'TEST DATA: written for the test suite, not a published report.',
  '',
  'Pursat Provincial Mine Action Committee, annual bulletin for 2023.',
  '',
  'Clearance teams worked in four districts along the old front lines. Alongside clearance, teams',
  'delivered 1,436 risk education sessions across the province in 2023, most of them in villages',
  'where farmland had been released the year before. Each session showed how to recognise',
  'ordnance, what to do when finding it and whom to call.',
  '',
].join('\n');

const MRE: FactContent = {
  topic: 'Mine risk education sessions in Pursat in 2023',
  aliases: ['mine risk education sessions in Pursat', 'MRE sessions delivered'],
  statement: 'In 2023, mine action teams delivered 1,436 mine risk education sessions in Pursat province.',
  figure: {
    value: 1436,
    unit: 'count',
    what: 'mine risk education sessions',
    qualifier: 'stated',
    label: 'delivered in 2023',
    measure: 'mre-sessions',
    asOf: '2023-12-31',
    period: 'flow',
    from: '2023-01-01',
    scope: { where: 'Pursat' },
  },
  source: BULLETIN.id,
  quote: 'delivered 1,436 risk education sessions across the province in 2023',
  saidBy: 'Pursat Provincial Mine Action Committee',
};

/** Same meaning, other words: none repeats a word of the aliases except the place. */
const MRE_PARAPHRASES = [
  'how many landmine awareness trainings did pursat get in 2023',
  'pursat 2023 - number of landmine awareness classes for villagers?',
  'how many times did teams teach villagers in pursat about landmine dangers in 2023',
];

/** The source on file with its text, as a moderator commits a report before quoting it. */
async function putBulletinOnFile(dir: string): Promise<void> {
  await writeFile(join(dir, BULLETIN.text), BULLETIN_TEXT);
  const sources = JSON.parse(await readFile(join(dir, 'sources.json'), 'utf8')) as { sources: unknown[] };
  sources.sources.push(BULLETIN);
  await writeFile(join(dir, 'sources.json'), `${JSON.stringify(sources, null, 2)}\n`);
}

const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

describe('a fact about a measure the fact base lacks, added through the store', () => {
  let id: string;

  beforeEach(async () => {
    await putBulletinOnFile(t.knowledgeDir);
    store = await openStore(t, { clock: steppingClock() });
    for (const q of MRE_PARAPHRASES) expect(store.engine().ask(q).kind, `before the fact: ${q}`).not.toBe('answer');
    const r = await store.apply({ kind: 'add', content: MRE }, alice, 'the provincial bulletin for 2023 is out');
    if (!r.ok || !('factId' in r)) throw new Error(`the fact was refused: ${JSON.stringify(r)}`);
    id = r.factId;
    expect(store.kb().quoteChecked.has(id)).toBe(true);
  });

  it('the paraphrases share no words with its phrasings but the place and the year', () => {
    const aliasWords = new Set(MRE.aliases.flatMap((a) => [...words(a)]));
    const allowed = new Set(['pursat', '2023', 'in', 'the']);
    for (const q of MRE_PARAPHRASES) expect([...words(q)].filter((w) => aliasWords.has(w) && !allowed.has(w)), q).toEqual([]);
  });

  it.each(MRE_PARAPHRASES)('"%s" is answered with the figure and its source', (question) => {
    const reply = store.engine().ask(question);
    const text = renderText(reply);
    expect({ kind: reply.kind, facts: reply.facts }, text).toEqual({ kind: 'answer', facts: [id] });
    // What the user sees: the headline with the figure, then who said it, the exact words and where.
    expect(reply.title).toContain('1,436');
    expect(text.split('\n')[0]).toContain('1,436 mine risk education sessions delivered in 2023');
    expect(text).toContain(`"${MRE.quote}" (${MRE.saidBy})`);
    expect(text).toContain(`Source: ${BULLETIN.publisher}, "${BULLETIN.headline}", 15 January 2024, ${BULLETIN.url}`);
    expect(text).not.toContain('quote not checked');
  });

  it('a seed question near it stays declined: how many people JMAS trained', () => {
    // From test/eval/questions.jsonl, a near miss: the fact base has no count of people trained.
    const reply = store.engine().ask('how many people did jmas train in mine risk education');
    expect(reply.kind, renderText(reply)).not.toBe('answer');
    expect(renderText(reply)).not.toContain('1,436');
  });
});

// ---- (b) a new measure and a new place: cluster submunitions destroyed in one province, one year ----

const REPORT: NewSource = {
  id: 'test-stung-treng-report-2024',
  publisher: 'Stung Treng Clearance Report (test data)',
  headline: 'Clearance results for 2023 (test fixture)',
  url: 'https://example.org/test-data/stung-treng-2023',
  date: '2024-02-01',
};

const SUBMUNITIONS: FactContent = {
  topic: 'Cluster submunitions destroyed in Stung Treng in 2023',
  aliases: ['cluster submunitions destroyed in Stung Treng', 'bomblets destroyed in Stung Treng in 2023'],
  statement: 'In 2023, clearance teams found and destroyed 2,318 cluster submunitions in Stung Treng province.',
  figure: {
    value: 2318,
    unit: 'count',
    what: 'cluster submunitions',
    qualifier: 'stated',
    label: 'destroyed in 2023',
    measure: 'submunitions-destroyed-in-year',
    asOf: '2023-12-31',
    period: 'flow',
    from: '2023-01-01',
    scope: { where: 'Stung Treng', of: 'cluster munitions' },
  },
  source: REPORT.id,
  quote: '2,318 cluster submunitions were found and destroyed in 2023',
  saidBy: 'Stung Treng provincial clearance office',
};

/** Questions next to the new fact that it does not answer, nor does anything else on file. */
const NEIGHBOURS: ReadonlyArray<readonly [string, string]> = [
  ['the same measure in another place', 'how many cluster bomblets were destroyed in Ratanakiri in 2023?'],
  ['the same place with another measure (an area)', 'how much land was cleared in Stung Treng in 2023?'],
  ['the same place with another measure (casualties)', 'how many people were hurt by mines in Stung Treng in 2023?'],
  ['another year', 'how many cluster bomblets were destroyed in Stung Treng in 2019?'],
  ['another kind of ordnance', 'how many anti-tank mines were destroyed in Stung Treng in 2023?'],
];

/** Five answered questions of the seed set (test/eval/questions.jsonl) with their facts. */
const SEED: ReadonlyArray<readonly [string, string]> = [
  ['how much land is still mined in cambodia', 'cambodia-area-remaining'],
  ['how much land has cambodia cleared since 1992', 'cambodia-area-cleared'],
  ['how much land has jmas cleared', 'jmas-cmac-area-cleared'],
  ['number of anti-personnel mines destroyed by jmas', 'jmas-cmac-ap-mines-destroyed'],
  ['does jmas do mine risk education', 'jmas-community-assistance'],
];

/** Every figure on file as a reply would print it ("2,318"), to check that a refusal prints none. */
function figuresOnFile(s: FactStore): string[] {
  return s.kb().facts.flatMap((f) => (f.retired === true || f.figure === undefined ? [] : [f.figure.value.toLocaleString('en-US')]));
}

describe('a fact about a new measure and a new place, added through the store', () => {
  let id: string;

  beforeEach(async () => {
    store = await openStore(t, { clock: steppingClock() });
    expect(store.kb().facts.some((f) => f.figure?.scope.where === 'Stung Treng')).toBe(false);
    const r = await store.apply({ kind: 'add', content: SUBMUNITIONS, newSource: REPORT }, bob, 'provincial clearance results for 2023');
    if (!r.ok || !('factId' in r)) throw new Error(`the fact was refused: ${JSON.stringify(r)}`);
    id = r.factId;
  });

  it('is answered itself, with its figure and its source', () => {
    const reply = store.engine().ask('stung treng 2023: how many cluster bomblets were destroyed?');
    const text = renderText(reply);
    expect({ kind: reply.kind, facts: reply.facts }, text).toEqual({ kind: 'answer', facts: [id] });
    expect(text.split('\n')[0]).toContain('2,318 cluster submunitions destroyed in 2023');
    expect(text).toContain(`Source: ${REPORT.publisher}`);
  });

  it.each(NEIGHBOURS)('%s is declined, no figure printed: "%s"', (_what, question) => {
    const reply = store.engine().ask(question);
    const text = renderText(reply);
    expect({ kind: reply.kind, facts: reply.facts, items: reply.items.length }, text).toEqual({ kind: 'no-answer', facts: [], items: 0 });
    for (const figure of figuresOnFile(store)) expect(text, `${figure} printed`).not.toMatch(new RegExp(`(?<![\\d,.])${figure.replace(/\./gu, '\\.')}(?![\\d,])`, 'u'));
  });

  it.each(SEED)('the seed question "%s" still gets %s', (question, factId) => {
    const reply = store.engine().ask(question);
    expect({ kind: reply.kind, facts: reply.facts }, renderText(reply)).toEqual({ kind: 'answer', facts: [factId] });
  });
});

describe('a second place with the same measure, added through the store: the two are ranked', () => {
  const place = (where: string, value: number, quote: string): FactContent => ({
    ...SUBMUNITIONS,
    topic: `Cluster submunitions destroyed in ${where} in 2023`,
    aliases: [`cluster submunitions destroyed in ${where}`],
    statement: `In 2023, clearance teams found and destroyed ${value.toLocaleString('en-US')} cluster submunitions in ${where}.`,
    figure: { ...SUBMUNITIONS.figure!, value, scope: { where, of: 'cluster munitions' } },
    quote,
    saidBy: `${where} clearance office`,
  });
  const RATANAKIRI = place('Ratanakiri', 1204, '1,204 cluster submunitions were found and destroyed in 2023');
  const NATIONAL = place('Cambodia', 4000, '4,000 cluster submunitions were found and destroyed in 2023');
  const QUESTION = 'which province had the most cluster bomblets destroyed in 2023?';

  beforeEach(async () => {
    store = await openStore(t, { clock: steppingClock() });
    // Before the second place, one figure ranks nothing.
    expect(store.engine().ask(QUESTION).kind).toBe('no-answer');
    for (const [content, actor] of [[SUBMUNITIONS, bob], [RATANAKIRI, alice]] as const) {
      const r = await store.apply({ kind: 'add', content, ...(content === SUBMUNITIONS ? { newSource: REPORT } : {}) }, actor, 'provincial results for 2023');
      if (!r.ok) throw new Error(`the fact was refused: ${JSON.stringify(r)}`);
    }
  });

  it('without the country\'s figure, a province with no figure on file could have more: declined', () => {
    const reply = store.engine().ask(QUESTION);
    expect(reply.kind, renderText(reply)).toBe('no-answer');
    expect(reply.title).toContain('cannot rank');
  });

  describe('with the country\'s figure, which leaves too little uncounted for another province to have more', () => {
    beforeEach(async () => {
      const r = await store.apply({ kind: 'add', content: NATIONAL }, alice, 'the national total for 2023');
      if (!r.ok) throw new Error(`the fact was refused: ${JSON.stringify(r)}`);
    });

    it('"which province had the most" gives the larger first, then the other, and says what was ranked', () => {
      const reply = store.engine().ask(QUESTION);
      const text = renderText(reply);
      expect(reply.kind, text).toBe('answer');
      expect(reply.title).toContain('2,318');
      expect(reply.items.map((i) => i.headline.match(/^[\d,]+/u)?.[0])).toEqual(['2,318', '1,204']);
      expect(text).toContain('largest first');
    });

    it('asked in Khmer, the ranking is given in Khmer, with Khmer digits', () => {
      const reply = store.engine().ask('ខេត្តណាបំផ្លាញគ្រាប់បែកចង្កោមច្រើនជាងគេក្នុងឆ្នាំ២០២៣?');
      const text = renderText(reply);
      expect(reply.kind, text).toBe('answer');
      expect(reply.title).toContain('២,៣១៨');
      expect(text).toContain('តួលេខធំបំផុតនៅមុន');
    });

    it('"the fewest" is declined: a province with no figure could have fewer', () => {
      expect(store.engine().ask('where were the fewest cluster bomblets destroyed in 2023?').kind).toBe('no-answer');
    });

    it('a ranking over a year no figure is of is declined', () => {
      expect(store.engine().ask('which province had the most cluster bomblets destroyed in 2021?').kind).toBe('no-answer');
    });
  });
});

describe('a short form the facts give in brackets is a name too', () => {
  const CFR: FactContent = {
    ...SUBMUNITIONS,
    topic: 'Land released by the Clearing for Results project in 2023',
    aliases: ['clearing for results land released'],
    statement: 'In 2023, the Clearing for Results (CfR) project released 52 km² of land in Stung Treng.',
    figure: { value: 52, unit: 'km2', qualifier: 'stated', label: 'released by Clearing for Results in 2023', measure: 'cfr-land-released', asOf: '2023-12-31', period: 'flow', from: '2023-01-01', scope: { where: 'Stung Treng', by: 'Clearing for Results' } },
    quote: 'the Clearing for Results (CfR) project released 52 km²',
    saidBy: 'Stung Treng provincial clearance office',
  };

  beforeEach(async () => {
    store = await openStore(t, { clock: steppingClock() });
    expect(store.engine().ask('how much land did CfR release in 2023?').kind).toBe('no-answer');
    const r = await store.apply({ kind: 'add', content: CFR, newSource: REPORT }, bob, 'the project\'s results for 2023');
    if (!r.ok) throw new Error(`the fact was refused: ${JSON.stringify(r)}`);
  });

  it('"CfR" finds the figure of "Clearing for Results (CfR)"', () => {
    const reply = store.engine().ask('how much land did CfR release in 2023?');
    expect({ kind: reply.kind, title: reply.title }, renderText(reply)).toMatchObject({ kind: 'answer', title: expect.stringContaining('52 km²') });
  });

  it('a short form the facts never give is still an unknown name', () => {
    expect(store.engine().ask('how much land did XQR release in 2023?').kind).toBe('no-answer');
  });
});
