/**
 * Hand edits and git: a change to knowledge/ on disk is served within seconds; an invalid one is
 * refused, named in status(), and the last good fact base keeps answering.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { FactStore } from '../src/store/fact-store.js';
import { alice, factIn, openStore, tempKnowledge, type TempKnowledge } from './fixtures/store-fixture.js';

const QUESTION = 'how much land is still mined';
const OLD_STATEMENT = 'Cambodia still has more than 1,700 km² of land to clear of landmines and explosive remnants of war.';

let t: TempKnowledge;
let store: FactStore;
let factsPath: string;

beforeEach(async () => {
  t = await tempKnowledge();
  store = await openStore(t, { watch: true });
  factsPath = join(t.knowledgeDir, 'facts.json');
});

afterEach(async () => {
  await store.close();
  await t.cleanup();
});

async function until(check: () => boolean, ms = 2000): Promise<number> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return Date.now() - start;
}

const statement = () => store.engine().ask(QUESTION).items[0]?.statement;

it('serves a valid hand edit of facts.json within two seconds, without a restart', async () => {
  expect(statement()).toBe(OLD_STATEMENT);
  const text = await readFile(factsPath, 'utf8');
  await writeFile(factsPath, text.replace(OLD_STATEMENT, 'Cambodia still has more than 1,700 km² of land to clear (edited by hand).'));

  await until(() => statement() === 'Cambodia still has more than 1,700 km² of land to clear (edited by hand).');
  expect(store.status().lastReloadError).toBeNull();
  expect(store.status().lastReloadAt).not.toBeNull();
});

it('refuses an invalid hand edit: the error names file, fact and field, and the old answers keep coming', async () => {
  const text = await readFile(factsPath, 'utf8');
  await writeFile(factsPath, text.replace('"value": 1700', '"value": 1800'));

  await until(() => store.status().lastReloadError !== null);
  const error = store.status().lastReloadError!;
  expect(error).toContain('facts.json');
  expect(error).toContain('"cambodia-area-remaining"');
  expect(error).toContain('field "figure.value"');
  expect(store.engine().ask(QUESTION).title).toBe('more than 1,700 km² still to clear');
  expect(await store.reload()).toMatchObject({ ok: false });

  // Fixed by hand: served again, and the error clears.
  await writeFile(factsPath, text.replace(OLD_STATEMENT, 'Fixed by hand: more than 1,700 km² still to clear.'));
  await until(() => statement() === 'Fixed by hand: more than 1,700 km² still to clear.');
  expect(store.status().lastReloadError).toBeNull();
});

it('refuses a half-written file (not JSON) and keeps answering', async () => {
  const text = await readFile(factsPath, 'utf8');
  await writeFile(factsPath, text.slice(0, 500));
  await until(() => store.status().lastReloadError !== null);
  expect(store.status().lastReloadError).toMatch(/facts\.json: is not valid JSON/u);
  expect(statement()).toBe(OLD_STATEMENT);
});

it("the store's own writes do not count as reloads", async () => {
  const r = await store.apply({ kind: 'alias', factId: 'cambodia-area-remaining', phrase: 'mined land left' }, alice, 'phrasing');
  expect(r.ok).toBe(true);
  await new Promise((resolve) => setTimeout(resolve, 400));
  expect(store.status()).toMatchObject({ lastReloadAt: null, lastReloadError: null, revision: 2 });
  expect(factIn(store, 'cambodia-area-remaining').aliases).toContain('mined land left');
});

it('picks up a new source text dropped into sources/', async () => {
  const sourcesPath = join(t.knowledgeDir, 'sources.json');
  const sources = JSON.parse(await readFile(sourcesPath, 'utf8')) as { sources: Array<Record<string, unknown>> };
  sources.sources.push({ id: 'cmaa-2025', publisher: 'CMAA', headline: 'Report', url: 'https://example.org/cmaa', date: '2025-12-31', dateKnown: 'stated', text: 'sources/cmaa-2025.txt' });
  await writeFile(join(t.knowledgeDir, 'sources', 'cmaa-2025.txt'), 'About 1,500 square kilometres remain.\n');
  await writeFile(sourcesPath, `${JSON.stringify(sources, null, 2)}\n`);
  await until(() => store.kb().sources.has('cmaa-2025'));
  expect(store.status().sources).toBe(2);
});

it('reload() without a watcher re-reads the folder on request', async () => {
  await store.close();
  store = await openStore(t, { watch: false });
  const text = await readFile(factsPath, 'utf8');
  await writeFile(factsPath, text.replace(OLD_STATEMENT, 'Reloaded on request.'));
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(statement()).toBe(OLD_STATEMENT);
  expect(await store.reload()).toEqual({ ok: true });
  expect(statement()).toBe('Reloaded on request.');
});
