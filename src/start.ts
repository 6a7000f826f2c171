/** Shared start-up: configuration and the fact base, with one clear message when either is broken. */
import 'dotenv/config';
import { resolve } from 'node:path';
import { createEngine, type Engine } from './core/engine.js';
import { describeProblem } from './core/knowledge.js';
import { parseConfig, type Config } from './config.js';
import { StartupError } from './startup-error.js';
import { loadDictionary } from './store/dictionary.js';
import { loadKnowledge } from './store/load-knowledge.js';

export { StartupError };

export function loadConfigOrThrow(env: Readonly<Record<string, string | undefined>> = process.env): Config {
  const r = parseConfig(env);
  if (!r.ok) throw new StartupError(`Configuration error:\n${r.errors.map((e) => `  - ${e}`).join('\n')}\nFix it in .env or the environment (see .env.example).`);
  return r.config;
}

export async function loadEngineOrThrow(dir: string): Promise<Engine> {
  const r = await loadKnowledge(resolve(dir));
  if (!r.ok) {
    const n = r.error.length;
    throw new StartupError(
      `The fact base in ${dir} has ${n} problem${n === 1 ? '' : 's'}; nothing was started:\n` +
        r.error.map((p) => `  - ${describeProblem(p)}`).join('\n'),
    );
  }
  return createEngine(r.value, { dictionary: await loadDictionary() });
}

/** Runs `main`, printing a StartupError's message (no stack) and exiting 1. */
export function runMain(main: () => Promise<void>): void {
  // Piped into `head`: a closed output is the reader's choice, not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
  });
  main().catch((e: unknown) => {
    if (e instanceof StartupError) {
      console.error(e.message);
    } else {
      console.error('Unexpected error:', e);
    }
    process.exitCode = 1;
  });
}
