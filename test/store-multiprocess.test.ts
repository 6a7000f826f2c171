/**
 * Several processes writing one fact base: the bot (a long-lived FactStore in this process) and
 * `npm run facts` runs (the real CLI, spawned). Every change a writer was told is saved is in
 * facts.json and in the changelog, numbered once; a writer that cannot get the lock says so; a lock
 * left by a killed writer is taken over; a changelog deleted under the bot is reported.
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAdmin, parseAdminArgs } from '../commands/admin/dispatch.js';
import { findAdminCommand } from '../commands/admin/index.js';
import { PendingForms } from '../commands/admin/fact-form.js';
import { renderText } from '../src/core/render-text.js';
import { createLogger, type Logger } from '../src/logger.js';
import type { ChangeResult, FactStore } from '../src/store/fact-store.js';
import { REPO } from './helpers.js';
import {
  alice, changelogOnDisk, contentOf, factIn, factsOnDisk, openStore, runCrashChild, tempKnowledge, type TempKnowledge,
} from './fixtures/store-fixture.js';

const CLI = join(REPO, 'src', 'adapters', 'console', 'facts-cli.ts');
const MAIN = join(REPO, 'src', 'main.ts');
const FACT = 'cambodia-area-remaining';
const OTHER_FACT = 'jmas-cmac-area-cleared';

interface Exit {
  code: number | null;
  out: string;
}

/** `npm run facts -- <args>` on the temporary fact base, as its own process (npm left out: it only adds start-up time). */
function factsCli(t: TempKnowledge, args: readonly string[]): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
      cwd: REPO,
      env: { ...process.env, KNOWLEDGE_DIR: t.knowledgeDir, DATA_DIR: t.dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { out += d.toString(); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

async function until(check: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

function capturingLogger(): { logger: Logger; lines: () => Array<{ level: string; msg: string }> } {
  const lines: string[] = [];
  const logger = createLogger({ level: 'info', secrets: [], write: (l) => lines.push(l) });
  return { logger, lines: () => lines.map((l) => JSON.parse(l) as { level: string; msg: string }) };
}

const aliasOf = (store: FactStore, factId: string, phrase: string, reason: string): Promise<ChangeResult> =>
  store.apply({ kind: 'alias', factId, phrase }, alice, reason);

/** The names in knowledge/ that look like a lock (a folder or file ending in .lock). */
const locksIn = async (dir: string) => (await readdir(dir)).filter((n) => n.endsWith('.lock'));

let t: TempKnowledge;
const stores: FactStore[] = [];

beforeEach(async () => {
  t = await tempKnowledge();
});

afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  await t.cleanup();
});

async function bot(options: Parameters<typeof openStore>[1] = {}): Promise<FactStore> {
  const store = await openStore(t, options);
  stores.push(store);
  return store;
}

it('20 `facts alias` processes and the bot writing at once: every change reported saved is kept, numbered once, in order', async () => {
  const store = await bot({ watch: true });
  const writers = Array.from({ length: 20 }, (_, i) => {
    const phrase = `asked from terminal ${i}`;
    return factsCli(t, ['alias', i % 4 === 3 ? OTHER_FACT : FACT, '--phrase', phrase, '--reason', `terminal ${i}`])
      .then((exit) => ({ phrase, reason: `terminal ${i}`, factId: i % 4 === 3 ? OTHER_FACT : FACT, ...exit }));
  });
  let running = true;
  const all = Promise.all(writers).finally(() => { running = false; });

  // The bot writes while the terminals do: from the first change on disk until the last process ends.
  await until(async () => (await changelogOnDisk(t.knowledgeDir)).length > 0 || !running, 60_000, 'a first change from a terminal');
  const botChanges: Array<{ phrase: string; reason: string; factId: string; result: ChangeResult }> = [];
  for (let i = 0; running && i < 10; i++) {
    const phrase = `asked in chat ${i}`;
    botChanges.push({ phrase, reason: `chat ${i}`, factId: FACT, result: await aliasOf(store, FACT, phrase, `chat ${i}`) });
    await new Promise((r) => setTimeout(r, 30));
  }
  const exits = await all;

  for (const e of exits) {
    const saved = e.code === 0 && /now asks for/u.test(e.out);
    // A writer that did not save says so, and exits non-zero.
    if (!saved) expect(e.out, e.reason).toMatch(/Nothing was changed/u);
    if (!saved) expect(e.code, e.reason).not.toBe(0);
  }
  const saved = [
    ...exits.filter((e) => e.code === 0).map((e) => ({ ...e, seq: Number(/change #(\d+)/u.exec(e.out)?.[1]) })),
    ...botChanges.filter((b) => b.result.ok).map((b) => ({ ...b, seq: b.result.ok ? b.result.entry.seq : NaN })),
  ];
  expect(exits.filter((e) => e.code === 0), exits.map((e) => e.out).join('\n')).toHaveLength(20);
  expect(botChanges.length).toBeGreaterThan(0);
  expect(botChanges.every((b) => b.result.ok), botChanges.map((b) => (b.result.ok ? 'ok' : b.result.reason)).join(' ')).toBe(true);

  const disk = await factsOnDisk(t.knowledgeDir);
  const log = await changelogOnDisk(t.knowledgeDir);
  for (const s of saved) {
    const fact = disk.facts.find((f) => f.id === s.factId)!;
    expect(fact.aliases.filter((a) => a === s.phrase), s.reason).toHaveLength(1);
    const logged = log.filter((e) => e.reason === s.reason);
    expect(logged, s.reason).toHaveLength(1);
    // The change number the writer was told is the one in the changelog.
    expect(logged[0]!.seq, s.reason).toBe(s.seq);
  }
  expect(log).toHaveLength(saved.length);
  expect(log.map((e) => e.seq)).toEqual(saved.map((_, i) => i + 1));
  expect(log.map((e) => e.baseRevisionOfBase)).toEqual(saved.map((_, i) => i + 1));
  expect(disk.revision).toBe(1 + saved.length);

  const validate = await factsCli(t, ['validate']);
  expect(validate.out).toMatch(/is valid/u);
  expect(validate.code).toBe(0);
  await store.reload();
  expect(store.status().revision).toBe(disk.revision);
}, 120_000);

it('a writer whose copy is out of date re-reads under the lock: a change from another process is kept, and a stale form is still refused', async () => {
  const store = await bot();
  const opened = factIn(store, FACT);
  const terminal = await factsCli(t, ['alias', FACT, '--phrase', 'asked from the terminal', '--reason', 'terminal']);
  expect(terminal.code, terminal.out).toBe(0);
  // The bot has not looked at the disk since: its copy is one revision behind.
  expect(factIn(store, FACT).revision).toBe(opened.revision);

  const edit = await store.apply({ kind: 'edit', factId: FACT, baseRevision: opened.revision, content: contentOf(opened) }, alice, 'from a stale form');
  expect(edit).toMatchObject({ ok: false, reason: 'stale' });
  expect(edit.ok ? '' : 'message' in edit ? edit.message : '').toMatch(/was changed by .+ \(cli\) at .+ revision 1, the fact is now at revision 2/u);

  expect(await aliasOf(store, FACT, 'asked in chat', 'chat')).toMatchObject({ ok: true, revision: 3, entry: { seq: 2 } });
  const fact = (await factsOnDisk(t.knowledgeDir)).facts.find((f) => f.id === FACT)!;
  expect(fact.aliases).toEqual(expect.arrayContaining(['asked from the terminal', 'asked in chat']));
  expect((await changelogOnDisk(t.knowledgeDir)).map((e) => [e.seq, e.reason])).toEqual([[1, 'terminal'], [2, 'chat']]);
});

describe('the lock', () => {
  it('a writer that cannot get the lock in time says so and changes nothing', async () => {
    const store = await bot({ lock: { timeoutMs: 800 } });
    const before = await readFile(join(t.knowledgeDir, 'facts.json'), 'utf8');
    // Another writer holds it (fresh, so not stale).
    await mkdir(join(t.knowledgeDir, '.write.lock'));
    const r = await aliasOf(store, FACT, 'asked while locked', 'locked out');
    expect(r).toMatchObject({ ok: false, reason: 'busy' });
    expect(r.ok ? '' : 'message' in r ? r.message : '').toMatch(/another writer .*nothing was changed/iu);
    expect(await readFile(join(t.knowledgeDir, 'facts.json'), 'utf8')).toBe(before);
    expect(await changelogOnDisk(t.knowledgeDir)).toEqual([]);

    await rm(join(t.knowledgeDir, '.write.lock'), { recursive: true });
    expect(await aliasOf(store, FACT, 'asked once free', 'free again')).toMatchObject({ ok: true, entry: { seq: 1 } });
  });

  it('a lock left by a writer killed with SIGKILL is taken over, and the change it had logged is rolled forward', async () => {
    const store = await bot({ lock: { staleMs: 2000 } });
    const run = await runCrashChild(t, 'after-changelog');
    expect(run.signal, run.stderr).toBe('SIGKILL');
    // The killed writer left its lock behind, and its change logged but not in facts.json.
    expect(await locksIn(t.knowledgeDir)).toHaveLength(1);
    expect((await factsOnDisk(t.knowledgeDir)).revision).toBe(1);

    const r = await aliasOf(store, FACT, 'asked after the crash', 'after the crash');
    expect(r).toMatchObject({ ok: true, revision: 3, entry: { seq: 2, baseRevisionOfBase: 2 } });
    const disk = await factsOnDisk(t.knowledgeDir);
    const fact = disk.facts.find((f) => f.id === FACT)!;
    expect(fact.figure?.value).toBe(1500);
    expect(fact.aliases).toContain('asked after the crash');
    expect(disk.revision).toBe(3);
    expect((await changelogOnDisk(t.knowledgeDir)).map((e) => e.seq)).toEqual([1, 2]);
    expect(await locksIn(t.knowledgeDir)).toEqual([]);
  }, 30_000);
});

describe('`npm run facts -- validate` and the changelog', () => {
  it('names the line of a change number that repeats or goes back', async () => {
    const store = await bot();
    for (const i of [1, 2, 3]) expect((await aliasOf(store, FACT, `phrasing ${i}`, `reason ${i}`)).ok).toBe(true);
    const path = join(t.knowledgeDir, 'changelog.jsonl');
    const [one, two, three] = (await readFile(path, 'utf8')).trim().split('\n');
    expect((await factsCli(t, ['validate'])).code).toBe(0);

    await writeFile(path, `${one}\n${two}\n${two}\n${three}\n`);
    const repeated = await factsCli(t, ['validate']);
    expect(repeated.code).toBe(1);
    expect(repeated.out).toMatch(/changelog\.jsonl line 3: change #2 again \(first on line 2\)/u);

    await writeFile(path, `${one}\n${three}\n${two}\n`);
    const back = await factsCli(t, ['validate']);
    expect(back.code).toBe(1);
    expect(back.out).toMatch(/changelog\.jsonl line 3: change #2 comes after #3/u);
  });
});

describe('the changelog deleted while the bot runs', () => {
  it('is reported in status and the log (found by the watcher), and numbering goes on from the last change', async () => {
    const { logger, lines } = capturingLogger();
    const store = await bot({ watch: true, logger });
    for (const i of [1, 2]) expect((await aliasOf(store, FACT, `phrasing ${i}`, `reason ${i}`)).ok).toBe(true);
    const path = join(t.knowledgeDir, 'changelog.jsonl');
    const kept = await readFile(path, 'utf8');
    await rm(path);

    await until(() => store.status().changelogError !== null, 5000, 'the deletion to be reported');
    expect(store.status().changelogError).toMatch(/changelog\.jsonl .*deleted.* #2/u);
    expect(lines().some((l) => l.level === 'error' && /changelog/u.test(l.msg))).toBe(true);

    const r = await aliasOf(store, FACT, 'phrasing 3', 'reason 3');
    expect(r).toMatchObject({ ok: true, entry: { seq: 3 } });
    expect((await changelogOnDisk(t.knowledgeDir)).map((e) => e.seq)).toEqual([3]);
    expect(store.status().changelogError).not.toBeNull();

    const admin = await runAdmin(parseAdminArgs(findAdminCommand('status')!, {}), { store, actor: alice, forms: new PendingForms() });
    expect('reply' in admin ? renderText(admin.reply) : '').toMatch(/changelog\.jsonl .*deleted/u);

    // Put back: the earlier changes, then the one made since.
    await writeFile(path, kept + await readFile(path, 'utf8'));
    await until(() => store.status().changelogError === null, 5000, 'the report to clear once the changelog is restored');
  });

  it('without a watcher, the next change finds it, reports it and goes on from the last number', async () => {
    const { logger, lines } = capturingLogger();
    const store = await bot({ logger });
    for (const i of [1, 2]) expect((await aliasOf(store, FACT, `phrasing ${i}`, `reason ${i}`)).ok).toBe(true);
    await rm(join(t.knowledgeDir, 'changelog.jsonl'));
    expect(await aliasOf(store, FACT, 'phrasing 3', 'reason 3')).toMatchObject({ ok: true, entry: { seq: 3 } });
    expect(store.status().changelogError).toMatch(/deleted/u);
    expect(lines().filter((l) => l.level === 'error' && /changelog/u.test(l.msg))).toHaveLength(1);
  });

  it('`npm start` shows it on /health and in the console `admin status`', async () => {
    const store = await bot();
    expect((await aliasOf(store, FACT, 'phrasing 1', 'reason 1')).ok).toBe(true);
    await store.close();
    stores.length = 0;

    const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
      cwd: REPO,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', KNOWLEDGE_DIR: t.knowledgeDir, DATA_DIR: t.dataDir, HEALTH_PORT: '0' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { out += d.toString(); });
    const exited = new Promise((r) => child.on('close', r));
    try {
      await until(() => /Health: http:\/\/\S+/u.test(out), 20_000, `the bot to start: ${out}`);
      const url = /Health: (http:\/\/\S+)/u.exec(out)![1]!;
      await rm(join(t.knowledgeDir, 'changelog.jsonl'));
      let factBase: Record<string, unknown> = {};
      await until(async () => {
        factBase = ((await (await fetch(url)).json()) as { factBase: Record<string, unknown> }).factBase;
        return typeof factBase.changelogError === 'string';
      }, 5000, 'the deletion on /health');
      expect(factBase.changelogError).toMatch(/changelog\.jsonl .*deleted/u);
      child.stdin.write('admin status\n');
      await until(() => /Changelog: .*deleted/u.test(out), 5000, `admin status to show it: ${out}`);
      child.stdin.end('exit\n');
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  }, 40_000);
});
