/** `npm run facts`: the moderator's work from a terminal, on a copy of the fact base. */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runFacts } from '../src/adapters/console/facts-cli.js';
import { REAL_KNOWLEDGE, REPO } from './helpers.js';

const run = promisify(execFile);
const TSX = join(REPO, 'node_modules', '.bin', 'tsx');
const CLI = join(REPO, 'src', 'adapters', 'console', 'facts-cli.ts');
let dir: string;
let data: string;
const facts = (...args: string[]) => run(TSX, [CLI, ...args, '--knowledge', dir], { cwd: REPO, env: { ...process.env, DATA_DIR: data } });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'facts-cli-'));
  data = await mkdtemp(join(tmpdir(), 'facts-cli-data-'));
  await cp(REAL_KNOWLEDGE, dir, { recursive: true });
});

describe('npm run facts', () => {
  it('validate, list and show', async () => {
    expect((await facts('validate')).stdout).toContain('is valid: revision 1, 14 facts answering');
    expect((await facts('list')).stdout).toContain('cambodia-area-remaining  r1  more than 1,700 km² still to clear');
    expect((await facts('show', 'cambodia-area-cleared')).stdout).toContain('since 1992, the country has cleared more than 3,000 square kilometres');
  });

  it('edit records a revision with its reason; history shows both; retire keeps it on file', async () => {
    const edited = await facts('edit', 'cambodia-area-remaining', '--reason', 'label wording', '--figure', 'more than 1,700 km2 | still to be cleared | 2024-07-11 | Cambodia');
    expect(edited.stdout).toContain('Updated cambodia-area-remaining (revision 2)');
    const history = (await facts('history', 'cambodia-area-remaining')).stdout;
    expect(history).toContain('r1');
    expect(history).toMatch(/r2 .* by \S+ \(cli\): more than 1,700 km² still to be cleared .*reason: label wording/u);
    expect((await facts('retire', 'jmas-cmac-area-cleared', '--reason', 'superseded')).stdout).toContain('Retired jmas-cmac-area-cleared');
    const file = JSON.parse(await readFile(join(dir, 'facts.json'), 'utf8')) as { facts: Array<{ id: string; retired?: boolean }> };
    expect(file.facts.find((f) => f.id === 'jmas-cmac-area-cleared')?.retired).toBe(true);
    const changelog = (await readFile(join(dir, 'changelog.jsonl'), 'utf8')).trim().split('\n');
    expect(changelog).toHaveLength(2);
  });

  it('an invalid edit is refused field by field and writes nothing', async () => {
    const before = await readFile(join(dir, 'facts.json'), 'utf8');
    const err = await facts('edit', 'cambodia-area-cleared', '--reason', 'x', '--figure', 'lots | of | land').catch((e: { code: number; stderr: string }) => e);
    expect('code' in err && err.code).toBe(1);
    expect((err as { stderr: string }).stderr).toContain('figure:');
    expect(await readFile(join(dir, 'facts.json'), 'utf8')).toBe(before);
  });

  it('validate names the file, the fact and the field of a broken hand edit', async () => {
    const broken = await mkdtemp(join(tmpdir(), 'facts-cli-broken-'));
    await cp(REAL_KNOWLEDGE, broken, { recursive: true });
    const text = (await readFile(join(broken, 'facts.json'), 'utf8')).replace('"quote": "will continue to work', '"quote": "will not continue to work');
    await writeFile(join(broken, 'facts.json'), text);
    const err = await run(TSX, [CLI, 'validate', '--knowledge', broken], { cwd: REPO }).catch((e: { code: number; stderr: string }) => e);
    expect((err as { code: number }).code).toBe(1);
    expect((err as { stderr: string }).stderr).toMatch(/facts\.json: "cambodia-area-remaining", field "quote"/u);
  });
});

/** The words of a shell command line, with "double" and 'single' quotes taken off. */
function shellWords(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/gu)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

describe("the README's moderation examples", () => {
  it('every `npm run facts -- ...` example runs as printed, in order, on a copy of the fact base', async () => {
    const readme = await readFile(join(REPO, 'README.md'), 'utf8');
    const start = readme.indexOf('## Moderating the fact base');
    const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
    const examples = [...section.matchAll(/^npm run facts -- (.+)$/gmu)].map((m) => m[1]!.replace(/\s+#.*$/u, ''));
    expect(examples.length).toBeGreaterThanOrEqual(6);
    const copy = await mkdtemp(join(tmpdir(), 'facts-readme-'));
    const dataDir = await mkdtemp(join(tmpdir(), 'facts-readme-data-'));
    await cp(REAL_KNOWLEDGE, copy, { recursive: true });
    const printed: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void printed.push(args.map(String).join(' ')));
    try {
      for (const example of examples) {
        printed.length = 0;
        const outcome = await runFacts([...shellWords(example), '--knowledge', copy], { ...process.env, DATA_DIR: dataDir })
          .then((code) => (code === 1 ? `exit 1:\n${printed.join('\n')}` : 'ok'), (e: unknown) => `refused: ${(e as Error).message}`);
        expect(outcome, example).toBe('ok');
      }
    } finally {
      log.mockRestore();
    }
  });
});
