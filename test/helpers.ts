/** Shared test helpers: engines over the real and the fixture fact bases, and a console-like runner. */
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
