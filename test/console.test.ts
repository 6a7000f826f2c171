/** The console face: the interactive chat, the one-shot CLI and the JSON-lines mode. */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { runConsoleChat } from '../src/adapters/console/chat.js';
import type { Engine } from '../src/core/engine.js';
import { engineFor, REAL_KNOWLEDGE, REPO, SMALL_KNOWLEDGE } from './helpers.js';

const run = promisify(execFile);
const TSX = join(REPO, 'node_modules', '.bin', 'tsx');
const CLI = join(REPO, 'src', 'adapters', 'console', 'ask-cli.ts');

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor(REAL_KNOWLEDGE);
});

async function chat(lines: string[], end: 'exit' | 'eof'): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (d: Buffer) => (out += d.toString()));
  const done = runConsoleChat(() => engine, { input, output, greeting: 'hello' });
  for (const l of lines) input.write(`${l}\n`);
  if (end === 'exit') input.write('exit\n');
  else input.end();
  await done;
  return out;
}

describe('the console chat', () => {
  it('takes /demining remaining, a bare command and a question, and exits on exit', async () => {
    const out = await chat(['/demining remaining', 'help', 'how many mines did jmas destroy?'], 'exit');
    expect(out).toContain('hello');
    expect(out).toContain('more than 1,700 km² still to clear');
    expect(out).toContain('ask <question>');
    expect(out).toContain('20,000 anti-personnel mines');
    expect(out.trimEnd().endsWith('Bye.')).toBe(true);
  });

  it('exits on end of input (Ctrl-D)', async () => {
    const out = await chat(['remaining'], 'eof');
    expect(out).toContain('more than 1,700 km²');
    expect(out).toContain('Bye.');
  });
});

describe('npm run ask', () => {
  it('answers once and exits', async () => {
    const { stdout } = await run(TSX, [CLI, 'how much land is left?'], { cwd: REPO });
    expect(stdout).toContain('more than 1,700 km² still to clear');
    expect(stdout).toContain('The Phnom Penh Post');
  });

  it('--jsonl answers one JSON object per line, and reports a bad line without stopping', async () => {
    const input = [
      JSON.stringify({ q: 'how much land is left?' }),
      'not json',
      JSON.stringify({ q: 'how many anti-tank mines were destroyed?' }),
    ].join('\n');
    const child = execFile(TSX, [CLI, '--jsonl'], { cwd: REPO });
    child.stdin?.end(input);
    let stdout = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    await new Promise((resolve) => child.on('close', resolve));
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ q: 'how much land is left?', answered: true, facts: ['cambodia-area-remaining'] });
    expect(lines[0]?.text).toContain('more than 1,700 km²');
    expect(lines[1]).toMatchObject({ answered: false });
    expect(lines[1]?.error).toContain('Line 2');
    expect(lines[2]).toMatchObject({ answered: false, facts: [] });
    expect(Array.isArray(lines[2]?.suggestions)).toBe(true);
  });

  it('--knowledge and KNOWLEDGE_DIR point it at another fact base', async () => {
    const a = await run(TSX, [CLI, '--knowledge', SMALL_KNOWLEDGE, 'how much land is still contaminated?'], { cwd: REPO });
    expect(a.stdout).toContain('120 km² still contaminated');
    const b = await run(TSX, [CLI, 'how much land is still contaminated?'], { cwd: REPO, env: { ...process.env, KNOWLEDGE_DIR: SMALL_KNOWLEDGE } });
    expect(b.stdout).toContain('120 km² still contaminated');
  });

  it('a corrupt fact base stops it with one clear message and loses nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kb-'));
    await cp(SMALL_KNOWLEDGE, dir, { recursive: true });
    const broken = '{ "revision": 1, "facts": [';
    await writeFile(join(dir, 'facts.json'), broken);
    const err = await run(TSX, [CLI, '--knowledge', dir, 'remaining'], { cwd: REPO }).catch((e: { code: number; stderr: string }) => e);
    expect('code' in err && err.code).toBe(1);
    expect((err as { stderr: string }).stderr).toMatch(/facts\.json: is not valid JSON/);
    expect((err as { stderr: string }).stderr).not.toMatch(/\n\s+at /);
    expect(await readFile(join(dir, 'facts.json'), 'utf8')).toBe(broken);
  });
});

describe('npm start with no tokens', () => {
  it('opens the console chat and says which faces it did not start and why', async () => {
    const child = execFile(TSX, [join(REPO, 'src', 'main.ts')], { cwd: REPO, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' } });
    child.stdin?.end('remaining\nexit\n');
    let stdout = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stdout).toContain('Discord: not started (no DISCORD_TOKEN or DISCORD_APPLICATION_ID set)');
    expect(stdout).toContain('Slack: not started (no SLACK_BOT_TOKEN set)');
    expect(stdout).toContain('more than 1,700 km² still to clear');
  });
});
