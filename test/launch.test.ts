/**
 * scripts/launch.mjs, which `npm start` and `npm run ask` run: an entry point bundled once, rebuilt
 * when a file it was built from changes, arguments passed through; and the console starting without
 * the Discord and Slack libraries.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from './helpers.js';

const run = promisify(execFile);
const LAUNCH = join(REPO, 'scripts', 'launch.mjs');
const CACHE = join(REPO, 'node_modules', '.cache', 'demining-bot');
const cleanup: string[] = [];

afterAll(async () => {
  for (const p of cleanup) await rm(p, { recursive: true, force: true });
});

describe('GIVEN an entry point started through the launcher', () => {
  it('THEN it runs bundled, with its arguments, and runs the new code once a file it imports changes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'launch-'));
    cleanup.push(dir);
    const name = relative(REPO, join(dir, 'entry.ts')).replace(/[\\/]/g, '_').replace(/\.ts$/, '');
    cleanup.push(join(CACHE, `${name}.json`));
    await writeFile(join(dir, 'dep.ts'), 'export const word: string = "first";\n');
    await writeFile(join(dir, 'entry.ts'), 'import { word } from "./dep.ts";\nconsole.log(word, process.argv.slice(2).join(","), import.meta.url.includes(".cache"));\n');

    const first = await run(process.execPath, [LAUNCH, join(dir, 'entry.ts'), 'a', 'b c'], { cwd: REPO });
    expect(first.stdout.trim()).toBe('first a,b c true');

    const again = await run(process.execPath, [LAUNCH, join(dir, 'entry.ts')], { cwd: REPO });
    expect(again.stdout.trim()).toBe('first  true');

    await writeFile(join(dir, 'dep.ts'), 'export const word: string = "second, changed";\n');
    const changed = await run(process.execPath, [LAUNCH, join(dir, 'entry.ts'), 'x'], { cwd: REPO });
    expect(changed.stdout.trim()).toBe('second, changed x true');
    // Each build in a directory of its own: the one a running process loaded is never replaced.
    const builds = (await readdir(CACHE)).filter((d) => d.startsWith(`${name}.`) && !d.endsWith('.json'));
    expect(builds).toHaveLength(2);
    cleanup.push(...builds.map((d) => join(CACHE, d)));
  }, 60_000);

  it('THEN the one-shot CLI answers as the README says', async () => {
    const { stdout } = await run(process.execPath, [LAUNCH, 'src/adapters/console/ask-cli.ts', 'remaining'], { cwd: REPO });
    expect(stdout).toContain('still to clear');
  }, 60_000);
});

describe('GIVEN the bot started with no Discord or Slack credentials', () => {
  it('THEN neither discord.js nor @slack/bolt is loaded', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'imports-'));
    cleanup.push(dir);
    const hooks = join(dir, 'hooks.mjs');
    await writeFile(hooks, 'export async function resolve(s, c, next) { const r = await next(s, c); process.stderr.write(`RESOLVED ${r.url}\\n`); return r; }\n');
    await writeFile(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(`file://${hooks}`)});\n`);
    const child = execFile(process.execPath, ['--import', join(dir, 'register.mjs'), '--import', 'tsx', 'src/main.ts'], {
      cwd: REPO,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATA_DIR: dir },
    });
    let stderr = '';
    let stdout = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stdin?.end('exit\n');
    await new Promise((resolve) => child.on('close', resolve));
    expect(stdout).toContain('Discord: not started');
    const resolved = stderr.split('\n').filter((l) => l.startsWith('RESOLVED '));
    expect(resolved.length).toBeGreaterThan(10);
    expect(resolved.filter((l) => /node_modules\/(?:discord\.js|@discordjs|@slack)\//u.test(l))).toEqual([]);
  }, 60_000);
});
