/**
 * Nothing lost, nothing torn: a child process making one change is killed with SIGKILL at each
 * step of the write. After each, the fact base opens, is either the old or the new one, and the
 * changelog agrees with it.
 */
import { appendFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WriteStep } from '../src/store/fact-store.js';
import {
  alice, changelogOnDisk, factIn, factsOnDisk, openStore, runCrashChild, tempKnowledge, type CrashRun, type TempKnowledge,
} from './fixtures/store-fixture.js';

const STEPS: WriteStep[] = ['after-changelog', 'after-temp', 'before-rename', 'after-rename'];

type Run = CrashRun & { t: TempKnowledge };

const runs = new Map<WriteStep, Run>();

beforeAll(async () => {
  // One child per step, all at once: each takes about a second to start.
  await Promise.all(STEPS.map(async (step) => {
    const t = await tempKnowledge();
    runs.set(step, { t, ...await runCrashChild(t, step) });
  }));
}, 60_000);

afterAll(async () => {
  await Promise.all([...runs.values()].map((r) => r.t.cleanup()));
});

describe('an edit with a new source (facts.json and sources.json), killed mid-write', () => {
  for (const step of STEPS) {
    it(`killed ${step}: opens, and the fact base and the changelog agree`, async () => {
      const run = runs.get(step)!;
      expect(run.signal, run.stderr).toBe('SIGKILL');
      const { t } = run;

      // Where the kill left the files: only after the rename is facts.json the new one.
      const left = await factsOnDisk(t.knowledgeDir);
      const temps = (await readdir(t.knowledgeDir)).filter((n) => n.endsWith('.tmp'));
      const sourcesLeft = await readFile(join(t.knowledgeDir, 'sources.json'), 'utf8');
      expect(await changelogOnDisk(t.knowledgeDir)).toHaveLength(1);
      expect(left.revision).toBe(step === 'after-rename' ? 2 : 1);
      expect(temps).toHaveLength(step === 'after-temp' || step === 'before-rename' ? 1 : 0);
      expect(sourcesLeft.includes('cmaa-2025-report')).toBe(step !== 'after-changelog');

      // The killed child still holds the write lock: taken over once it is 2 s old (10 s by default).
      const store = await openStore(t, { lock: { staleMs: 2000 } });
      try {
        const fact = factIn(store, 'cambodia-area-remaining');
        const onDisk = await factsOnDisk(t.knowledgeDir);
        const diskFact = onDisk.facts.find((f) => f.id === fact.id)!;
        const log = await changelogOnDisk(t.knowledgeDir);
        // Every step comes after the change is synced to the changelog, so the new fact base it is:
        // rolled forward from the changelog when the rename had not happened yet.
        expect(fact.figure?.value).toBe(1500);
        expect(onDisk.revision).toBe(2);
        expect(diskFact.revision).toBe(2);
        expect(diskFact.history?.map((h) => [h.revision, h.figure?.value])).toEqual([[1, 1700]]);
        expect(log).toHaveLength(1);
        expect(log[0]).toMatchObject({ seq: 1, factId: fact.id, revision: diskFact.revision, baseRevisionOfBase: 1 });
        expect(store.kb().sources.has('cmaa-2025-report')).toBe(true);
        expect(store.engine().ask('how much land is still mined').title).toBe('about 1,500 km² still to clear');
        expect((await readdir(t.knowledgeDir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);

        const next = await store.apply({ kind: 'alias', factId: fact.id, phrase: 'land still mined after restart' }, alice, 'after the crash');
        expect(next).toMatchObject({ ok: true, revision: 3, entry: { seq: 2 } });
      } finally {
        await store.close();
      }
    });
  }
});

describe('a changelog line cut short (killed while appending)', () => {
  it('is ignored and reported; the old fact base opens and the next change is logged on a line of its own', async () => {
    const t = await tempKnowledge();
    try {
      const path = join(t.knowledgeDir, 'changelog.jsonl');
      await appendFile(path, '{"seq":1,"at":"2026-12-01T10:00:00.000Z","actor":{"id":"U1","na');
      const store = await openStore(t);
      try {
        expect(store.status().revision).toBe(1);
        expect(store.status().changelogProblems).toMatch(/line 1: not valid JSON \(a torn last line/u);
        expect(factIn(store, 'cambodia-area-remaining').revision).toBe(1);
        const r = await store.apply({ kind: 'alias', factId: 'cambodia-area-remaining', phrase: 'mined land after a torn line' }, alice, 'after');
        expect(r).toMatchObject({ ok: true, entry: { seq: 1, revision: 2 } });
      } finally {
        await store.close();
      }
      const lines = (await readFile(path, 'utf8')).split('\n');
      expect(lines[0]).toMatch(/"na$/u);
      expect(JSON.parse(lines[1]!)).toMatchObject({ seq: 1, reason: 'after' });
      const reopened = await openStore(t);
      expect(reopened.recentChanges().map((e) => e.seq)).toEqual([1]);
      expect(reopened.status().revision).toBe(2);
      await reopened.close();
    } finally {
      await t.cleanup();
    }
  });
});
