/** Shared start-up: configuration and the fact base, with one clear message when either is broken. */
import 'dotenv/config';
import { resolve } from 'node:path';
import type { AgeOptions } from './core/age.js';
import { createEngine, type Engine } from './core/engine.js';
import { describeProblem } from './core/knowledge.js';
import { parseConfig, secretValues, startedByNpmScript, type Config } from './config.js';
import { createLogger, createScrubber, type Logger } from './logger.js';
import { StartupError } from './startup-error.js';
import { loadDictionary } from './store/dictionary.js';
import { loadKnowledge } from './store/load-knowledge.js';

export { StartupError };

export function loadConfigOrThrow(env: Readonly<Record<string, string | undefined>> = process.env): Config {
  const r = parseConfig(env);
  if (!r.ok) throw new StartupError(`Configuration error:\n${r.errors.map((e) => `  - ${e}`).join('\n')}\nFix it in .env or the environment (see .env.example).`);
  return r.config;
}

/** `age`: judge the age of figures (see src/core/age.ts); without it no figure is shown as out of date. */
export async function loadEngineOrThrow(dir: string, age?: AgeOptions): Promise<Engine> {
  const r = await loadKnowledge(resolve(dir));
  if (!r.ok) {
    const n = r.error.length;
    throw new StartupError(
      `The fact base in ${dir} has ${n} problem${n === 1 ? '' : 's'}; nothing was started:\n` +
        r.error.map((p) => `  - ${describeProblem(p)}`).join('\n'),
    );
  }
  return createEngine(r.value, { dictionary: await loadDictionary(), ...(age === undefined ? {} : { age }) });
}

/**
 * Guards the whole process: an unhandled rejection or an uncaught exception is logged through the
 * secret scrubber, never printed raw (a failed Web API call carries `Authorization: Bearer ...`).
 * A rejection is logged and the process keeps serving (exit code 1 when it ends by itself); after an
 * uncaught exception its state is unknown, so it exits 1.
 */
export function installProcessGuard(log: Logger): void {
  process.on('unhandledRejection', (reason: unknown) => {
    log.error({ err: reason }, 'unhandled rejection; still running');
    process.exitCode = 1;
  });
  process.on('uncaughtException', (error: Error) => {
    log.error({ err: error }, 'uncaught exception; exiting');
    process.exit(1);
  });
}

const PARENT_CHECK_MS = 500;

/**
 * Under `npm start`, calls `onOrphaned` once npm's shell is gone (the bot's parent changes): a
 * SIGTERM sent to npm ends the shell but never reaches the bot. Started directly, nothing is watched,
 * so `nohup` and process managers keep working as usual.
 */
export function whenOrphaned(onOrphaned: () => void): void {
  if (!startedByNpmScript(process.env)) return;
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    onOrphaned();
  }, PARENT_CHECK_MS);
  timer.unref();
}

// Time for output to drain before the exit, when open connections would keep the process alive.
const FAIL_EXIT_MS = 500;

/** Runs `main` under the process guard, printing a StartupError's message (no stack) and exiting 1. */
export function runMain(main: () => Promise<void>): void {
  // Piped into `head`: a closed output is the reader's choice, not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
  });
  const secrets = secretValues(process.env);
  const scrub = createScrubber(secrets);
  const log = createLogger({ level: 'error', secrets, pretty: process.stderr.isTTY === true });
  installProcessGuard(log);
  main().catch((e: unknown) => {
    if (e instanceof StartupError) console.error(scrub(e.message));
    else log.error({ err: e }, 'unexpected error');
    process.exitCode = 1;
    // A face already connected would keep the process alive: it must not outlive the error.
    setTimeout(() => process.exit(1), FAIL_EXIT_MS).unref();
  });
}
