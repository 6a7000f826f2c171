/**
 * The gap log: unanswered questions, text only, grouped by normalised text with counts, capped in
 * length and number, kept across restarts, and a corrupt file set aside rather than fatal.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Logger } from '../src/logger.js';
import { silentLogger } from '../src/logger.js';
import { nodeFsOps } from '../src/store/atomic-write.js';
import { GAP_FILE, GapLog, MAX_GAP_GROUPS, MAX_GAP_TEXT, normaliseGap } from '../src/store/gap-log.js';
import { openStore, steppingClock, tempKnowledge } from './fixtures/store-fixture.js';

let dataDir: string;

beforeEach(async () => {
  dataDir = join(await mkdtemp(join(tmpdir(), 'demining-gaps-')), 'data');
});

afterEach(async () => {
  await rm(join(dataDir, '..'), { recursive: true, force: true });
});

const open = (logger: Logger = silentLogger) => GapLog.open({ dataDir, logger, clock: steppingClock() });

describe('grouping', () => {
  it('groups questions by lower-case text without punctuation or extra spaces, most asked first', async () => {
    const log = await open();
    log.record('How many mines are left in Battambang?');
    log.record('how many mines are left in battambang');
    log.record('  HOW MANY   mines are left, in Battambang!! ');
    log.record('Who pays for demining?');
    log.record('who pays for demining');
    log.record('Is Pailin mine free?');

    const gaps = log.list();
    expect(gaps.map((g) => [g.text, g.count])).toEqual([
      ['HOW MANY mines are left, in Battambang!!', 3],
      ['who pays for demining', 2],
      ['Is Pailin mine free?', 1],
    ]);
    expect(gaps[0]!.lastAt).toBe('2026-12-01T10:02:00.000Z');
    expect(log.list(1)).toHaveLength(1);
    await log.close();
  });

  it('among equal counts, the most recently asked comes first; empty questions are not kept', async () => {
    const log = await open();
    log.record('first question');
    log.record('second question');
    log.record('?!');
    log.record('   ');
    expect(log.list().map((g) => g.text)).toEqual(['second question', 'first question']);
    await log.close();
  });

  it('normalises accents and case but keeps the words', () => {
    expect(normaliseGap('  Où est   le DANGER?! ')).toBe('où est le danger');
  });
});

describe('caps', () => {
  it('keeps at most 200 characters of a question', async () => {
    const log = await open();
    log.record(`${'why '.repeat(100)}?`);
    const [gap] = log.list();
    expect(Array.from(gap!.text).length).toBeLessThanOrEqual(MAX_GAP_TEXT);
    expect(gap!.text.startsWith('why why')).toBe(true);
    await log.close();
  });

  it('keeps at most 1,000 groups, dropping the least asked and, among those, the oldest', async () => {
    const log = await open();
    log.record('asked often');
    log.record('asked often');
    for (let i = 0; i < MAX_GAP_GROUPS + 50; i++) log.record(`one-off question number ${i}`);
    expect(log.size).toBe(MAX_GAP_GROUPS);
    const texts = new Set(log.list(MAX_GAP_GROUPS).map((g) => g.text));
    expect(texts.has('asked often')).toBe(true);
    expect(texts.has('one-off question number 0')).toBe(false);
    expect(texts.has('one-off question number 50')).toBe(false);
    expect(texts.has('one-off question number 51')).toBe(true);
    expect(texts.has(`one-off question number ${MAX_GAP_GROUPS + 49}`)).toBe(true);
    await log.close();
    const onDisk = JSON.parse(await readFile(join(dataDir, GAP_FILE), 'utf8')) as { gaps: unknown[] };
    expect(onDisk.gaps).toHaveLength(MAX_GAP_GROUPS);
  });
});

describe('privacy', () => {
  it('keeps no user, role or channel ids: mentions are removed before anything is stored', async () => {
    const log = await open();
    log.record('<@123456789012345678> how many mines are left in <#987654321098765432>?');
    log.record('<@U024BE7LH> <!here> how many mines are left in <#C0123ABCD|general>');
    log.record('<@!123456789012345678> <@&555555555555555555> How many mines are left in');
    await log.close();
    const file = await readFile(join(dataDir, GAP_FILE), 'utf8');
    for (const id of ['123456789012345678', '987654321098765432', 'U024BE7LH', 'C0123ABCD', '555555555555555555', 'general']) {
      expect(file).not.toContain(id);
    }
    expect(log.list().map((g) => g.count)).toEqual([3]);
    const entry = (JSON.parse(file) as { gaps: Array<Record<string, unknown>> }).gaps[0]!;
    expect(Object.keys(entry).sort()).toEqual(['count', 'key', 'lastAt', 'text']);
  });
});

describe('persistence', () => {
  it('is kept across a restart', async () => {
    const log = await open();
    log.record('Who pays for demining?');
    log.record('who pays for demining');
    await log.close();

    const again = await open();
    again.record('WHO pays for demining');
    expect(again.list()).toMatchObject([{ count: 3, text: 'WHO pays for demining' }]);
    await again.close();
  });

  it('a corrupt file is set aside as .corrupt, logged, and the log starts afresh', async () => {
    await mkdir(dataDir, { recursive: true });
    await writeFile(join(dataDir, GAP_FILE), '{"version":1,"gaps":[{"key":"x",');
    const warnings: string[] = [];
    const logger: Logger = { ...silentLogger, warn: (_fields, message) => { warnings.push(message); }, child: () => logger };

    const log = await open(logger);
    expect(log.list()).toEqual([]);
    expect(warnings.some((w) => /corrupt/u.test(w))).toBe(true);
    expect(await readFile(join(dataDir, `${GAP_FILE}.corrupt`), 'utf8')).toBe('{"version":1,"gaps":[{"key":"x",');
    log.record('a new question');
    await log.close();
    expect((await readdir(dataDir)).sort()).toEqual([GAP_FILE, `${GAP_FILE}.corrupt`]);
    expect((await open()).list()).toMatchObject([{ text: 'a new question', count: 1 }]);
  });

  it('a folder that cannot be written does not stop recording (never throws)', async () => {
    const failing = { writeFile: async () => { throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }); } };
    const log = await GapLog.open({ dataDir, logger: silentLogger, fsOps: { ...nodeFsOps, ...failing } });
    expect(() => log.record('still counted')).not.toThrow();
    await expect(log.close()).resolves.toBeUndefined();
    expect(log.list()).toMatchObject([{ text: 'still counted', count: 1 }]);
  });
});

describe('through the fact store', () => {
  it('recordGap and gaps(), saved in DATA_DIR when the store closes', async () => {
    const t = await tempKnowledge();
    try {
      const store = await openStore(t);
      store.recordGap('How many mines are left in Pailin?');
      store.recordGap('how many mines are left in pailin');
      expect(store.gaps()).toMatchObject([{ count: 2 }]);
      await store.close();
      const file = JSON.parse(await readFile(join(t.dataDir, GAP_FILE), 'utf8')) as { gaps: Array<{ count: number }> };
      expect(file.gaps.map((g) => g.count)).toEqual([2]);
    } finally {
      await t.cleanup();
    }
  });
});
