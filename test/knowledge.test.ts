/**
 * Golden checks over the real knowledge/ folder, start-up refusing a broken fact base, and the
 * generated JSON Schemas kept in step with the zod schemas.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeProblem, type KnowledgeBase, type KnowledgeProblem } from '../src/core/knowledge.js';
import { JSON_SCHEMA_FILES, jsonSchemaFiles } from '../src/store/json-schema.js';
import { KNOWLEDGE_FILES, loadKnowledge } from '../src/store/load-knowledge.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const knowledgeDir = join(root, 'knowledge');

/** Whitespace folding only: the design promises quotes match their source byte for byte otherwise. */
const fold = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** The seed article's figures, as listed in the seed's README (../shared/seed/README.md). */
const SEED_FIGURES = [
  {
    value: 3000, unit: 'km2', qualifier: 'more-than',
    words: 'since 1992, the country has cleared more than 3,000 square kilometres of landmines and explosive remnants of war (ERW)',
  },
  {
    value: 1700, unit: 'km2', qualifier: 'more-than',
    words: 'will continue to work to clear more than 1,700 additional square kilometres',
  },
  {
    value: 6000, unit: 'ha', qualifier: 'more-than',
    words: 'the collaboration between JMAS and CMAC has led to the clearance of more than 6,000 hectares of landmines and UXOs',
  },
  {
    value: 20000, unit: 'count', qualifier: 'stated', what: 'anti-personnel mines',
    words: 'and the destruction of 20,000 anti-personnel mines',
  },
] as const;

const SEED_ADDRESS = 'https://m.phnompenhpost.com/national/manet-urges-japanese-ngo-to-expand-mine-clearance-in-kingdom';
const seedDir = resolve(root, '../shared/seed');

async function loadReal(): Promise<KnowledgeBase> {
  const r = await loadKnowledge(knowledgeDir);
  if (!r.ok) throw new Error(`knowledge/ has problems:\n${r.error.map(describeProblem).join('\n')}`);
  return r.value;
}

describe('the real fact base (golden)', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await loadReal();
  });

  it('loads with no problems', async () => {
    const r = await loadKnowledge(knowledgeDir);
    expect(r.ok ? [] : r.error.map(describeProblem)).toEqual([]);
  });

  it('every quote occurs word for word in its source text', () => {
    const texts = new Map<string, string>();
    const textOf = (sourceId: string): string | undefined => {
      const path = kb.sources.get(sourceId)?.text;
      if (path === undefined) return undefined;
      if (!texts.has(path)) texts.set(path, fold(readFileSync(join(knowledgeDir, path), 'utf8')));
      return texts.get(path);
    };
    const missing: string[] = [];
    const check = (where: string, sourceId: string, quote: string) => {
      const text = textOf(sourceId);
      if (text === undefined) missing.push(`${where}: source "${sourceId}" has no text on file, so its quote is unchecked`);
      else if (!text.includes(fold(quote))) missing.push(`${where}: quote not in ${kb.sources.get(sourceId)?.text}: "${quote}"`);
    };
    for (const f of kb.facts) {
      check(f.id, f.source, f.quote);
      (f.history ?? []).forEach((h, i) => check(`${f.id} history.${i}`, h.source, h.quote));
    }
    for (const g of kb.glossary) if (g.source !== undefined && g.quote !== undefined) check(`glossary "${g.term}"`, g.source, g.quote);
    expect(kb.facts.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it('fact and derivation ids are unique', () => {
    const ids = [...kb.facts.map((f) => f.id), ...kb.derived.map((d) => d.id)];
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('every source and derivation reference resolves', () => {
    const unresolved: string[] = [];
    for (const f of kb.facts) {
      for (const r of [f, ...(f.history ?? [])]) if (!kb.sources.has(r.source)) unresolved.push(`${f.id} -> source ${r.source}`);
    }
    for (const g of kb.glossary) if (g.source !== undefined && !kb.sources.has(g.source)) unresolved.push(`${g.term} -> source ${g.source}`);
    const known = new Set(kb.facts.map((f) => f.id));
    for (const d of kb.derived) {
      for (const ref of d.of) if (!known.has(ref)) unresolved.push(`${d.id} -> ${ref}`);
      known.add(d.id);
    }
    expect(unresolved).toEqual([]);
  });

  it("every figure's value is written in its own quote", () => {
    const wrong: string[] = [];
    for (const f of kb.facts) {
      for (const r of [f, ...(f.history ?? [])]) {
        if (r.figure === undefined) continue;
        const quote = fold(r.quote);
        const forms = [String(r.figure.value), r.figure.value.toLocaleString('en-US')];
        if (!forms.some((form) => quote.includes(form))) wrong.push(`${f.id}: ${forms.join(' or ')} not in "${r.quote}"`);
      }
    }
    expect(kb.facts.some((f) => f.figure !== undefined)).toBe(true);
    expect(wrong).toEqual([]);
  });

  it.each(SEED_FIGURES)('has the seed figure $value $unit ($qualifier) with its words', (seed) => {
    const matches = kb.facts.filter((f) => f.retired !== true && f.figure?.value === seed.value && f.figure.unit === seed.unit);
    expect(matches).toHaveLength(1);
    const fact = matches[0]!;
    expect(fact.figure?.qualifier).toBe(seed.qualifier);
    if ('what' in seed) expect(fact.figure?.what).toBe(seed.what);
    expect(fold(fact.quote)).toContain(fold(seed.words));
  });

  it.skipIf(!existsSync(join(seedDir, 'README.md')))("lists the same figures as the seed's README", () => {
    const readme = readFileSync(join(seedDir, 'README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\|[^|]+\| "([^"]+)" \|[^|]+\|$/gmu)].map((m) => m[1]);
    expect(rows).toEqual(SEED_FIGURES.map((s) => s.words));
  });

  it('describes the seed article as the seed README does', () => {
    const seed = [...kb.sources.values()].find((s) => s.url === SEED_ADDRESS);
    expect(seed).toMatchObject({
      publisher: 'The Phnom Penh Post',
      headline: 'Manet urges Japanese NGO to expand mine clearance in Kingdom',
      date: '2024-07-11',
      dateKnown: 'inferred',
    });
    expect(seed?.text).toBeDefined();
  });

  it.skipIf(!existsSync(join(seedDir, 'article.txt')))('keeps a byte-identical copy of the seed article', () => {
    const seed = [...kb.sources.values()].find((s) => s.url === SEED_ADDRESS);
    expect(seed?.text).toBeDefined();
    const copy = readFileSync(join(knowledgeDir, seed?.text ?? 'missing'));
    const original = readFileSync(join(seedDir, 'article.txt'));
    // latin1 maps each byte to one character, so this compares bytes and still shows a readable diff.
    expect(copy.toString('latin1')).toBe(original.toString('latin1'));
  });

  it('defines the terms the seed article uses', () => {
    const terms = kb.glossary.map((g) => g.term);
    for (const term of ['UXO', 'ERW', 'CMAC', 'JMAS', 'anti-personnel mine']) expect(terms).toContain(term);
  });
});

describe('a broken fact base stops start-up with one clear message', () => {
  const temps: string[] = [];
  afterAll(async () => {
    await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  interface Files {
    facts: { facts: Record<string, unknown>[] } & Record<string, unknown>;
    sources: Record<string, unknown>;
    glossary: Record<string, unknown>;
  }

  /** A copy of knowledge/ in a temp folder, with `edit` applied to its parsed JSON files. */
  async function brokenCopy(edit: (files: Files) => void): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'demining-knowledge-'));
    temps.push(dir);
    await cp(knowledgeDir, dir, { recursive: true });
    const read = async (name: string) => JSON.parse(await readFile(join(dir, name), 'utf8')) as never;
    const files: Files = {
      facts: await read(KNOWLEDGE_FILES.facts),
      sources: await read(KNOWLEDGE_FILES.sources),
      glossary: await read(KNOWLEDGE_FILES.glossary),
    };
    edit(files);
    for (const key of ['facts', 'sources', 'glossary'] as const) {
      await writeFile(join(dir, KNOWLEDGE_FILES[key]), `${JSON.stringify(files[key], null, 2)}\n`);
    }
    return dir;
  }

  const factNamed = (files: Files, id: string): Record<string, unknown> => {
    const fact = files.facts.facts.find((f) => f.id === id);
    if (fact === undefined) throw new Error(`knowledge/facts.json has no fact "${id}" to break`);
    return fact;
  };

  async function problemsIn(dir: string): Promise<KnowledgeProblem[]> {
    const r = await loadKnowledge(dir);
    if (r.ok) throw new Error('the broken fact base loaded without a problem');
    return r.error;
  }

  /** Asserts the one problem found is in `file`, about `item` and `field`, and that its text names all three. */
  async function expectOneProblem(dir: string, file: string, item: string, field: string, message: RegExp): Promise<void> {
    const problems = await problemsIn(dir);
    expect(problems.map(describeProblem)).toHaveLength(1);
    const p = problems[0]!;
    expect({ file: resolve(p.file), item: p.item, field: p.field }).toEqual({ file: join(dir, file), item, field });
    expect(p.message).toMatch(message);
    const text = describeProblem(p);
    expect(text).toContain(p.file);
    expect(text).toContain(`"${item}"`);
    expect(text).toContain(`"${field}"`);
  }

  it('GIVEN facts.json that is not JSON THEN names the file', async () => {
    const dir = await brokenCopy(() => undefined);
    const text = await readFile(join(dir, 'facts.json'), 'utf8');
    await writeFile(join(dir, 'facts.json'), text.replace(/("revision": \d+),/u, '$1'));
    const problems = await problemsIn(dir);
    expect(problems).toHaveLength(1);
    expect(resolve(problems[0]!.file)).toBe(join(dir, 'facts.json'));
    expect(describeProblem(problems[0]!)).toMatch(/facts\.json: is not valid JSON/u);
  });

  it('GIVEN a fact without a quote THEN names the fact and the field', async () => {
    const dir = await brokenCopy((files) => {
      delete factNamed(files, 'cambodia-area-remaining').quote;
    });
    await expectOneProblem(dir, 'facts.json', 'cambodia-area-remaining', 'quote', /./u);
  });

  it('GIVEN a quote that is not in the source THEN names the fact and the field', async () => {
    const dir = await brokenCopy((files) => {
      factNamed(files, 'cambodia-area-remaining').quote = 'will continue to work to clear more than 1,700 additional square miles';
    });
    await expectOneProblem(dir, 'facts.json', 'cambodia-area-remaining', 'quote', /not found word for word/u);
  });

  it('GIVEN two facts with one id THEN names the id', async () => {
    const dir = await brokenCopy((files) => {
      files.facts.facts.push({ ...factNamed(files, 'yamazaki-commends-cmac') });
    });
    await expectOneProblem(dir, 'facts.json', 'yamazaki-commends-cmac', 'id', /more than one/u);
  });

  it('GIVEN a fact naming an unknown source THEN names the fact, the field and the source', async () => {
    const dir = await brokenCopy((files) => {
      factNamed(files, 'cambodia-area-remaining').source = 'no-such-source';
    });
    await expectOneProblem(dir, 'facts.json', 'cambodia-area-remaining', 'source', /"no-such-source"/u);
  });

  it('GIVEN a figure whose value is not in its quote THEN names the fact and the field', async () => {
    const dir = await brokenCopy((files) => {
      (factNamed(files, 'cambodia-area-remaining').figure as { value: number }).value = 1800;
    });
    await expectOneProblem(dir, 'facts.json', 'cambodia-area-remaining', 'figure.value', /1,800/u);
  });

  it('GIVEN a broken fact base THEN the CLI exits non-zero naming file, fact and field, with no stack trace', async () => {
    const dir = await brokenCopy((files) => {
      factNamed(files, 'cambodia-area-remaining').quote = 'will continue to work to clear more than 1,700 additional square miles';
    });
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/adapters/console/ask-cli.ts', '--knowledge', dir, 'remaining'],
      { cwd: root, encoding: 'utf8', timeout: 20_000 },
    );
    expect(run.error).toBeUndefined();
    expect(run.status).not.toBe(0);
    expect(run.status).not.toBeNull();
    expect(run.stderr).toContain('facts.json');
    expect(run.stderr).toContain('"cambodia-area-remaining"');
    expect(run.stderr).toContain('field "quote"');
    expect(run.stderr).not.toMatch(/^\s+at /mu);
    expect(run.stderr).not.toMatch(/Error:/u);
    expect(run.stdout).not.toContain('1,700');
  });
});

describe('the JSON Schemas beside the knowledge files', () => {
  it('are what `npm run schema` generates from the zod schemas now', async () => {
    for (const file of jsonSchemaFiles()) {
      const onDisk = await readFile(join(root, file.path), 'utf8').catch(() => '(missing)');
      expect(onDisk, `${file.path} is out of date: run npm run schema`).toBe(file.text);
    }
  });

  it('are in input form: fields with a default may be left out', () => {
    const [facts, , glossary] = jsonSchemaFiles().map((f) => JSON.parse(f.text) as { required?: string[]; properties: Record<string, { items?: { required?: string[] } }> });
    expect(facts?.required).not.toContain('derived');
    expect(glossary?.properties.terms?.items?.required).not.toContain('aliases');
  });

  it('are the ones each knowledge file names in "$schema"', async () => {
    for (const key of ['facts', 'sources', 'glossary'] as const) {
      const data = JSON.parse(await readFile(join(knowledgeDir, KNOWLEDGE_FILES[key]), 'utf8')) as { $schema?: string };
      expect(data.$schema, `knowledge/${KNOWLEDGE_FILES[key]}`).toBe(`./${JSON_SCHEMA_FILES[key]}`);
      expect(jsonSchemaFiles().map((f) => f.path)).toContain(`knowledge/${JSON_SCHEMA_FILES[key]}`);
    }
  });

  it('accept the real knowledge files and refuse a fact an editor would flag', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    ajv.addFormat('date-time', true).addFormat('uri', true);
    for (const key of ['facts', 'sources', 'glossary'] as const) {
      const schema = JSON.parse(await readFile(join(knowledgeDir, JSON_SCHEMA_FILES[key]), 'utf8')) as object;
      const data = JSON.parse(await readFile(join(knowledgeDir, KNOWLEDGE_FILES[key]), 'utf8')) as { facts?: Array<Record<string, unknown>> };
      const validate = ajv.compile(schema);
      expect(validate(data), `${key}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      if (key === 'facts') {
        const bad = structuredClone(data);
        bad.facts![0]!.figure = { value: 'lots' };
        expect(validate(bad)).toBe(false);
      }
    }
  });
});
