/**
 * One-shot and JSON-lines use from scripts:
 *   npm run --silent ask -- "how much land is left?"
 *   npm run --silent ask -- --jsonl < questions.jsonl
 *   npm run --silent ask -- --knowledge path/to/knowledge "..."
 */
import { once } from 'node:events';
import { z } from 'zod';
import { commands } from '../../../commands/index.js';
import { runLine } from '../../../commands/dispatch.js';
import { renderText } from '../../core/render-text.js';
import { loadConfigOrThrow, loadEngineOrThrow, runMain, StartupError } from '../../start.js';
import { errorJsonLine, jsonLineMessages, MAX_JSONL_LINE_BYTES, splitLines, toJsonLine } from './json-line.js';

const USAGE = 'Usage: npm run --silent ask -- [--knowledge DIR] [--jsonl | "question or command"]';
const InputLine = z.object({ q: z.string() });

interface Args {
  jsonl: boolean;
  knowledge?: string;
  text: string[];
}

function parseArgv(argv: readonly string[]): Args {
  const args: Args = { jsonl: false, text: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--jsonl') args.jsonl = true;
    else if (a === '--knowledge') {
      const dir = argv[++i];
      if (dir === undefined) throw new StartupError(`--knowledge needs a folder.\n${USAGE}`);
      args.knowledge = dir;
    } else if (a === '--help' || a === '-h') throw new StartupError(USAGE);
    else args.text.push(a);
  }
  return args;
}

runMain(async () => {
  const args = parseArgv(process.argv.slice(2));
  const config = loadConfigOrThrow();
  const engine = await loadEngineOrThrow(args.knowledge ?? config.KNOWLEDGE_DIR, { staleAfterMonths: config.STALE_AFTER_MONTHS, now: () => new Date() });
  const ctx = { engine, commands, face: 'console' as const };
  if (!args.jsonl) {
    if (args.text.length === 0) throw new StartupError(USAGE);
    const r = runLine(args.text.join(' '), ctx);
    console.log(renderText(r));
    if (r.kind === 'error') process.exitCode = 2;
    return;
  }
  // Waits while stdout is full, so a slow reader cannot make the answers pile up in memory.
  const emit = async (line: object): Promise<void> => {
    if (!process.stdout.write(`${JSON.stringify(line)}\n`)) await once(process.stdout, 'drain');
  };
  for await (const line of splitLines(process.stdin, MAX_JSONL_LINE_BYTES)) {
    // A bad line gets an error object of its own; the lines after it are still answered.
    if (line.kind === 'overlong') {
      await emit(errorJsonLine(jsonLineMessages.tooLong(line.number, MAX_JSONL_LINE_BYTES)));
      continue;
    }
    if (line.text.trim().length === 0) continue;
    let q: string;
    try {
      q = InputLine.parse(JSON.parse(line.text)).q;
    } catch {
      await emit(errorJsonLine(jsonLineMessages.notAnObject(line.number)));
      continue;
    }
    await emit(toJsonLine(q, runLine(q, ctx)));
  }
});
