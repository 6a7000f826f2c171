/** Shared test helpers: engines over the real and the fixture fact bases, a console-like runner, and process-test utilities. */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runLine } from '../commands/dispatch.js';
import { commands } from '../commands/index.js';
import { createEngine, type Engine } from '../src/core/engine.js';
import type { Reply } from '../src/core/reply.js';
import { renderText } from '../src/core/render-text.js';
import { loadDictionary } from '../src/store/dictionary.js';
import { loadKnowledge } from '../src/store/load-knowledge.js';

export const REPO = fileURLToPath(new URL('..', import.meta.url));
export const REAL_KNOWLEDGE = fileURLToPath(new URL('../knowledge', import.meta.url));
export const SMALL_KNOWLEDGE = fileURLToPath(new URL('./fixtures/small', import.meta.url));
/** The start command's entry point, for tests that run the bot as a process. */
export const MAIN = join(REPO, 'src', 'main.ts');

export async function engineFor(dir: string): Promise<Engine> {
  const kb = await loadKnowledge(dir);
  if (!kb.ok) throw new Error(`fixture does not load: ${JSON.stringify(kb.error)}`);
  return createEngine(kb.value, { dictionary: await loadDictionary() });
}

/** Runs a typed line as the console would, returning the reply and its text. */
export function say(engine: Engine, line: string): { reply: Reply; text: string } {
  const reply = runLine(line, { engine, commands, face: 'console' });
  return { reply, text: renderText(reply) };
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

/** Polls `cond` every 25 ms until it holds; throws `why()` after `ms`. */
export async function until(cond: () => boolean | Promise<boolean>, ms: number, why: () => string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(why());
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Every question of every evaluation set under test/eval (its folders included). */
export function evalQuestions(dir = fileURLToPath(new URL('./eval', import.meta.url))): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return evalQuestions(path);
    if (!d.name.endsWith('.jsonl')) return [];
    return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => (JSON.parse(l) as { q: string }).q);
  });
}
