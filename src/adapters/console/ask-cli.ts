/**
 * One-shot and JSON-lines use from scripts:
 *   npm run --silent ask -- "how much land is left?"
 *   npm run --silent ask -- --jsonl < questions.jsonl
 *   npm run --silent ask -- --knowledge path/to/knowledge "..."
 */
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { commands } from '../../../commands/index.js';
import { runLine } from '../../../commands/dispatch.js';
import { renderText } from '../../core/render-text.js';
import { reply } from '../../core/reply.js';
import { loadConfigOrThrow, loadEngineOrThrow, runMain, StartupError } from '../../start.js';
import { toJsonLine } from './json-line.js';

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
  const engine = await loadEngineOrThrow(args.knowledge ?? config.KNOWLEDGE_DIR);
  const ctx = { engine, commands, face: 'console' as const };
  if (!args.jsonl) {
    if (args.text.length === 0) throw new StartupError(USAGE);
    const r = runLine(args.text.join(' '), ctx);
    console.log(renderText(r));
    if (r.kind === 'error') process.exitCode = 2;
    return;
  }
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    if (line.trim().length === 0) continue;
    let q: string;
    try {
      q = InputLine.parse(JSON.parse(line)).q;
    } catch {
      // A bad line gets an error object of its own; the lines after it are still answered.
      const r = reply('error', `Line ${lineNo} is not a JSON object with a string "q".`);
      process.stdout.write(`${JSON.stringify({ ...toJsonLine('', r), error: r.title })}\n`);
      continue;
    }
    process.stdout.write(`${JSON.stringify(toJsonLine(q, runLine(q, ctx)))}\n`);
  }
});
