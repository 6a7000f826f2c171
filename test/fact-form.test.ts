/**
 * The moderator form round trip (issue 9, point 6): opening a fact in the form and saving it
 * unchanged changes nothing. Property tests over every fact in knowledge/ and generated facts.
 */
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { submitForm } from '../commands/admin/dispatch.js';
import { factForm, parseFactForm, PendingForms, type FormValues } from '../commands/admin/fact-form.js';
import type { KnowledgeBase } from '../src/core/knowledge.js';
import { Fact as FactSchema, Figure as FigureSchema, type Fact, type Figure } from '../src/core/schema.js';
import { silentLogger } from '../src/logger.js';
import { loadDictionary } from '../src/store/dictionary.js';
import { FactStore } from '../src/store/fact-store.js';
import { loadKnowledge } from '../src/store/load-knowledge.js';
import { REAL_KNOWLEDGE, SMALL_KNOWLEDGE } from './helpers.js';

const SEED = 20261130;
const RUNS = 400;

const formOf = (fact: Fact): FormValues => Object.fromEntries(factForm('token', 'Edit', fact).fields.map((f) => [f.name, f.value]));

/** The fields a form shows: a fact's content. */
function contentOf(fact: Pick<Fact, 'topic' | 'aliases' | 'statement' | 'figure' | 'source' | 'quote' | 'saidBy'>) {
  const { topic, aliases, statement, figure, source, quote, saidBy } = fact;
  return { topic, aliases, statement, source, quote, saidBy, ...(figure === undefined ? {} : { figure }) };
}

/** The fact a saved form would hold, with the metadata of the one it was opened on. */
function reopened(fact: Fact, values: FormValues, kb: KnowledgeBase): Fact {
  const parsed = parseFactForm(values, kb);
  if (!parsed.ok) throw new Error(`the unchanged form of ${fact.id} is refused: ${JSON.stringify(parsed.errors)} (form: ${JSON.stringify(values)})`);
  return { id: fact.id, revision: fact.revision, updatedAt: fact.updatedAt, ...parsed.content };
}

async function kbOf(dir: string): Promise<KnowledgeBase> {
  const r = await loadKnowledge(dir);
  if (!r.ok) throw new Error(`${dir} does not load`);
  return r.value;
}

// Text a moderator might type: letters of several scripts, punctuation, quote marks and dashes.
const CHARS = [...'abcdefghijklmnopqrstuvwxyz ABCDEFXYZ 0123456789 ,.;:!?()\'"“”—–-/%&<>@#*_~`éñកម', ' '];
const text = (chars: readonly string[], max: number) =>
  fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: max }).map((a) => a.join('').trim()).filter((s) => s !== '');
const line = (max = 60) => text(CHARS, max);
/** A part of the figure line: no "|" (the separator). */
const part = (max = 30) => text(CHARS.filter((c) => c !== '|'), max);
/** A name in a "with" list: no "," either. */
const name = part(20).filter((s) => !s.includes(',') && s.toLowerCase() !== 'none');
const UNIT_WORDS = /^(?:km2|km²|sq\.? ?km|square kilomet(?:re|er)s?|ha|hectares?|m2|m²|sq\.? ?m|square met(?:re|er)s?|%|percent|per cent)$/iu;
const counted = fc.oneof(
  fc.constantFrom('anti-personnel mines', 'casualties', 'UXO', 'deminers', 'provinces', 'people killed', 'cluster submunitions'),
  fc.array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz -'), { minLength: 1, maxLength: 20 }).map((a) => a.join('').trim())
    .filter((s) => /^[a-z]/u.test(s) && !UNIT_WORDS.test(s)),
);
const isoDate = fc.date({ min: new Date('1979-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const amount = fc.oneof(fc.nat({ max: 2_000_000_000 }), fc.nat({ max: 10_000_000 }).map((n) => n / 100), fc.nat({ max: 1_000_000 }).map((n) => n / 1000));
const quantity = fc.oneof(
  fc.record({ unit: fc.constantFrom('km2', 'ha', 'm2', 'percent' as const), value: amount }),
  fc.record({ unit: fc.constant('count' as const), value: amount, what: counted }),
  fc.record({ unit: fc.constant('money' as const), value: amount, currency: fc.constantFrom('USD', 'EUR', 'JPY', 'KHR') }),
  fc.record({ unit: fc.constant('year' as const), value: fc.integer({ min: 1979, max: 2040 }) }),
);

const figure: fc.Arbitrary<Figure> = fc.record({
  quantity,
  qualifier: fc.constantFrom('more-than', 'at-least', 'about', 'exactly', 'up-to', 'stated' as const),
  label: part(40),
  asOf: isoDate,
  from: fc.option(isoDate, { nil: undefined }),
  period: fc.constantFrom('stock', 'cumulative', 'flow', 'target' as const),
  measure: fc.option(fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/u), { nil: undefined }),
  where: part(20),
  by: fc.option(fc.oneof(name, fc.constant('=where')), { nil: undefined }),
  with: fc.option(fc.array(name, { minLength: 1, maxLength: 3 }), { nil: undefined }),
  of: fc.option(part(20), { nil: undefined }),
  since: fc.option(fc.integer({ min: 1979, max: 2030 }).map(String), { nil: undefined }),
}).map((g) => {
  const [start, end] = g.from === undefined || g.from <= g.asOf ? [g.from, g.asOf] : [g.asOf, g.from];
  const period = g.quantity.unit === 'year' ? g.period : g.period === 'target' ? 'stock' : g.period;
  const from = period === 'flow' ? (start ?? '1979-01-01') : start;
  const by = g.by === '=where' ? g.where : g.by;
  return {
    ...g.quantity,
    ...(g.measure === undefined ? {} : { measure: g.measure }),
    qualifier: g.qualifier,
    label: g.label,
    asOf: end,
    period,
    ...(from === undefined ? {} : { from }),
    scope: {
      where: g.where,
      ...(g.since === undefined ? {} : { since: g.since }),
      ...(by === undefined ? {} : { by }),
      ...(g.with === undefined ? {} : { with: g.with }),
      ...(g.of === undefined ? {} : { of: g.of }),
    },
  } as Figure;
});

const quote = fc.array(line(80), { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n'));

const fact = (sourceIds: readonly string[]): fc.Arbitrary<Fact> => fc.record({
  statement: fc.array(line(100), { minLength: 1, maxLength: 2 }).map((l) => l.join('\n')),
  figure: fc.option(figure, { nil: undefined }),
  source: fc.constantFrom(...sourceIds),
  quote,
  saidBy: line(40),
  topic: line(60),
  aliases: fc.array(line(60), { minLength: 1, maxLength: 4 }),
}).map((c) => ({ id: 'generated-fact', revision: 3, updatedAt: '2026-11-30T09:00:00.000Z', ...contentOf(c) }));

describe('the fact form round trip', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await kbOf(REAL_KNOWLEDGE);
  });

  it('every fact in knowledge/ (and the small fixture): fact -> form -> fact keeps every field, form -> fact -> form is the identity', async () => {
    const small = await kbOf(SMALL_KNOWLEDGE);
    for (const base of [kb, small]) {
      for (const original of base.facts) {
        const values = formOf(original);
        const saved = reopened(original, values, base);
        expect(contentOf(saved), original.id).toEqual(contentOf(original));
        expect(formOf(saved), original.id).toEqual(values);
        for (const field of factForm('token', 'Edit', original).fields) expect(field.value.length, `${original.id} ${field.name}`).toBeLessThanOrEqual(field.maxLength);
      }
    }
  });

  it('generated facts: every one the schema accepts survives the form unchanged', () => {
    const sourceIds = [...kb.sources.keys()];
    fc.assert(fc.property(fact(sourceIds), (generated) => {
      expect(FactSchema.safeParse(generated).success).toBe(true);
      expect(FigureSchema.optional().safeParse(generated.figure).success).toBe(true);
      const values = formOf(generated);
      const saved = reopened(generated, values, kb);
      expect(contentOf(saved)).toEqual(contentOf(generated));
      expect(formOf(saved)).toEqual(values);
    }), { seed: SEED, numRuns: RUNS });
  });

  it('reads the older figure lines as before: the place defaults to Cambodia, by to the place, the period and start year from the label', () => {
    const parse = (figureLine: string) => {
      const r = parseFactForm({ ...formOf(kb.facts[0]!), figure: figureLine }, kb);
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      return r.content.figure;
    };
    expect(parse('more than 1,650 km2 | still to clear | 2025-06-30 | Cambodia')).toMatchObject({ period: 'stock', scope: { where: 'Cambodia', by: 'Cambodia' } });
    expect(parse('more than 3,000 km2 | cleared since 1992 | 2024-07-11 |')).toMatchObject({ period: 'cumulative', scope: { where: 'Cambodia', since: '1992' } });
    expect(parse('20,000 anti-personnel mines | destroyed | 2024-07-11 | Cambodia | by JMAS')).toMatchObject({ unit: 'count', what: 'anti-personnel mines', scope: { by: 'JMAS' } });
    expect(parse('6,000 ha | cleared | 2024-07-11 | Cambodia | JMAS')).toMatchObject({ scope: { by: 'JMAS' } });
  });

  it('explains a figure line it cannot read, part by part', () => {
    const errorOf = (figureLine: string) => {
      const r = parseFactForm({ ...formOf(kb.facts[0]!), figure: figureLine }, kb);
      return r.ok ? 'accepted' : r.errors.figure;
    };
    expect(errorOf('5 ha | cleared | 2024-07-11 | Cambodia | flow')).toMatch(/from/u);
    expect(errorOf('5 ha | cleared | 2024-07-11 | Cambodia | since then')).toMatch(/since/u);
    expect(errorOf('5 ha | cleared | 2024-07-11 | Cambodia | by JMAS | lots more | stock')).toMatch(/lots more/u);
    expect(errorOf('5 ha | cleared | 2024-07-11 | | stock')).toMatch(/place/u);
  });

  it('saving jmas-cmac-area-cleared unchanged changes nothing, and "how much land did JMAS and CMAC clear?" is still answered', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'form-kb-'));
    await cp(REAL_KNOWLEDGE, dir, { recursive: true });
    const store = await FactStore.open({ knowledgeDir: dir, dataDir: await mkdtemp(join(tmpdir(), 'form-data-')), logger: silentLogger, dictionary: await loadDictionary() });
    try {
      const question = 'how much land did JMAS and CMAC clear?';
      expect(store.engine().ask(question).facts).toContain('jmas-cmac-area-cleared');
      const before = store.kb().facts.find((f) => f.id === 'jmas-cmac-area-cleared')!;
      const forms = new PendingForms();
      const token = forms.open({ kind: 'edit', factId: before.id, baseRevision: before.revision, reason: 'opened and saved unchanged', actor: { id: 'local:test', name: 'tester', face: 'console' }, values: {} });
      const values = Object.fromEntries(factForm(token, 'Edit', before).fields.map((f) => [f.name, f.value]));
      const result = await submitForm(token, values, { store, forms });
      expect(result.done && result.reply.kind).toBe('answer');
      const after = store.kb().facts.find((f) => f.id === 'jmas-cmac-area-cleared')!;
      expect(contentOf(after)).toEqual(contentOf(before));
      expect(store.engine().ask(question).facts).toContain('jmas-cmac-area-cleared');
    } finally {
      await store.close();
    }
  });
});
