/**
 * `npm run load`: the bot under load, on loopback only. It drives the Slack HTTP face (signed slash
 * commands) and the Discord face (through the local fake gateway and REST) at rising concurrency,
 * then answers 100,000 questions (engine.ask directly, a share through the Slack face) and checks
 * that memory returns to its level. It prints requests per second, p50/p99/max latency, errors and
 * memory (rss, heapUsed after a forced collection) before and after each step, a summary and the
 * total time. It reports and never asserts: the exit code is 0 unless the script itself breaks.
 *
 * Options: --quick (smaller counts, a smoke run), --steps=1,10,50 (concurrency steps, both faces),
 * --requests=N (a step; a fifth of it at concurrency 1), --questions=N (the leak check).
 * `npx tsx --expose-gc scripts/load.ts` collects with global.gc; without the flag the collector
 * is exposed at run time (see findGc in scripts/bench/stats.ts).
 * Progress goes to stderr, the results to stdout.
 */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { createEngine, type Engine } from '../src/core/engine.js';
import { describeProblem } from '../src/core/knowledge.js';
import { createLogger } from '../src/logger.js';
import { loadDictionary } from '../src/store/dictionary.js';
import { loadKnowledge } from '../src/store/load-knowledge.js';
import { findGc, fmt, memory, msBetween, table, type Gc, type Memory } from './bench/stats.js';
import { startDiscordFace, startSlackFace, type Face, type FaceOptions, type RateLimit } from './load/faces.js';
import { leakCheck, type LeakResult } from './load/leak.js';
import { runPool, type PoolResult } from './load/pool.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const KNOWLEDGE = join(ROOT, 'knowledge');
const EVAL_QUESTIONS = join(ROOT, 'test', 'eval', 'questions.jsonl');

const USAGE = 'usage: tsx scripts/load.ts [--quick] [--steps=1,10,50] [--requests=N] [--questions=N]';

interface Settings {
  quick: boolean;
  slackSteps: number[];
  discordSteps: number[];
  requests: number;
  questions: number;
}

function parseSettings(args: readonly string[]): Settings | string {
  const known = ['--quick', '--steps=', '--requests=', '--questions=', '--help'];
  const unknown = args.find((a) => !known.some((k) => (k.endsWith('=') ? a.startsWith(k) : a === k)));
  if (unknown !== undefined) return `unknown option ${unknown}\n${USAGE}`;
  if (args.includes('--help')) return USAGE;
  const value = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const count = (name: string, fallback: number, max: number): number | string => {
    const v = value(name);
    if (v === undefined) return fallback;
    const x = Number(v);
    return Number.isInteger(x) && x > 0 && x <= max ? x : `--${name} must be a whole number from 1 to ${max.toLocaleString('en-US')}`;
  };
  const quick = args.includes('--quick');
  const requests = count('requests', quick ? 100 : 1000, 20_000);
  const questions = count('questions', quick ? 10_000 : 100_000, 1_000_000);
  if (typeof requests === 'string') return requests;
  if (typeof questions === 'string') return questions;
  const stepsArg = value('steps');
  let steps: number[] | undefined;
  if (stepsArg !== undefined) {
    steps = stepsArg.split(',').map(Number);
    if (steps.length === 0 || steps.some((s) => !Number.isInteger(s) || s < 1 || s > 1000)) return `--steps: concurrencies from 1 to 1000, e.g. --steps=1,10,50\n${USAGE}`;
  }
  return {
    quick,
    slackSteps: steps ?? [1, 10, 50, 100, 200],
    discordSteps: steps ?? [1, 10, 50, 100],
    requests,
    questions,
  };
}

/** Synthetic users the requests rotate over, and the flood control given to the adapters. */
const USERS = 1000;
const RATE_LIMIT: RateLimit = { burst: 100, perSecond: 100 };
const PRODUCTION_RATE_LIMIT = 'burst 8, then 0.5/s';
/** A request with no answer by then is an error (Slack and Discord both give up after 3 s). */
const REQUEST_TIMEOUT_MS = 10_000;
/** Caps, so the run stays bounded in time whatever happens. */
const STEP_MAX_MS = 20_000;
const LEAK_MAX_MS = 90_000;
const WATCHDOG_MS = 300_000;
const LEAK_CONCURRENCY = 50;
const LEAK_SLACK_SHARE = 0.1;
const LEAK_CHECKPOINTS = 5;
/** Fixed commands mixed with the evaluation questions. */
const COMMANDS = ['remaining', 'jmas', 'cleared', 'fact cambodia-area-cleared', 'define uxo', 'search schools', 'sources'];

const log = (msg: string): void => {
  process.stderr.write(`[load] ${msg}\n`);
};
const n = (x: number): string => x.toLocaleString('en-US');

interface Step extends PoolResult {
  before: Memory;
  after: Memory;
}

interface FaceRun {
  name: string;
  steps: Step[];
  /** Memory before the face was started, and after it was stopped. */
  start: Memory;
  end: Memory;
}

async function readQuestions(): Promise<string[]> {
  const out: string[] = [];
  for (const line of (await readFile(EVAL_QUESTIONS, 'utf8')).split('\n')) {
    if (line.trim() === '') continue;
    const q = (JSON.parse(line) as { q?: unknown }).q;
    if (typeof q === 'string') out.push(q);
  }
  return out;
}

async function realEngine(): Promise<Engine> {
  const loaded = await loadKnowledge(KNOWLEDGE);
  if (!loaded.ok) throw new Error(`the fact base does not load:\n${loaded.error.map(describeProblem).join('\n')}`);
  // As in production (src/start.ts): the everyday-English dictionary, loaded once per process.
  return createEngine(loaded.value, { dictionary: await loadDictionary() });
}

const perStep = (s: Settings, concurrency: number): number => (concurrency === 1 ? Math.max(10, Math.round(s.requests / 5)) : s.requests);

async function runFace(name: string, start: () => Promise<Face>, steps: readonly number[], s: Settings, gc: Gc): Promise<FaceRun> {
  const startMem = memory(gc);
  log(`${name}: starting the fake and the adapter`);
  let face: Face | undefined = await start();
  // Warm-up, not reported: the first requests pay for compilation and connection set-up.
  const warm = await runPool(s.quick ? 20 : 100, 10, STEP_MAX_MS, face.send);
  if (warm.errors > 0) log(`${name}: warm-up had ${warm.errors} errors (first: ${warm.firstError ?? '?'})`);
  face.forget();
  const out: Step[] = [];
  for (const c of steps) {
    const total = perStep(s, c);
    const before = memory(gc);
    log(`${name}: ${n(total)} requests, ${c} in flight`);
    const r = await runPool(total, c, STEP_MAX_MS, face.send);
    face.forget();
    out.push({ ...r, before, after: memory(gc) });
  }
  await face.close();
  // Dropped, and a turn of the event loop let pass (the closed sockets still reference their
  // server until their close events have run), so that what the fake recorded can be collected.
  face = undefined;
  await sleep(50);
  return { name, steps: out, start: startMem, end: memory(gc) };
}

const rps = (r: PoolResult): number => r.sent / (r.wallMs / 1000);

/** The lowest concurrency reaching 90 % of the best throughput: where more in flight stops paying. */
function saturation(steps: readonly Step[]): { peak: Step; at: Step } | undefined {
  if (steps.length === 0) return undefined;
  const peak = steps.reduce((a, b) => (rps(b) > rps(a) ? b : a));
  const at = steps.find((x) => rps(x) >= 0.9 * rps(peak)) ?? peak;
  return { peak, at };
}

function faceSection(title: string, how: string, run: FaceRun): string {
  const rows = run.steps.map((x) => [
    String(x.concurrency),
    n(x.sent) + (x.capped ? ' (cap)' : ''),
    fmt(rps(x), 0),
    fmt(x.latency.p50),
    fmt(x.latency.p99),
    fmt(x.latency.max),
    n(x.late),
    fmt(x.cpuMs / Math.max(1, x.sent), 2),
    fmt((100 * x.cpuMs) / x.wallMs, 0),
    x.errors === 0 ? '0' : `${n(x.errors)}${x.slowed > 0 ? ` (${n(x.slowed)} slowed)` : ''}`,
    `${fmt(x.before.heapMB, 1)} -> ${fmt(x.after.heapMB, 1)}`,
    `${fmt(x.before.rssMB, 1)} -> ${fmt(x.after.rssMB, 1)}`,
  ]);
  const errors = run.steps.filter((x) => x.firstError !== undefined).map((x) => `  at ${x.concurrency} in flight, first error: ${x.firstError}`);
  const sat = saturation(run.steps);
  return [
    title,
    how,
    '',
    table(['in flight', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'over 3 s', 'CPU ms/req', 'CPU %', 'errors', 'heapUsed MB before -> after', 'rss MB before -> after'], rows),
    ...errors,
    sat === undefined
      ? ''
      : `Throughput: best ${fmt(rps(sat.peak), 0)} req/s at ${sat.peak.concurrency} in flight; 90 % of it from ${sat.at.concurrency} in flight on, ` +
        'beyond which more in flight only adds latency.',
    `Memory around the face (heapUsed/rss MB): ${fmt(run.start.heapMB, 1)}/${fmt(run.start.rssMB, 1)} before it started, ` +
      `${fmt(run.end.heapMB, 1)}/${fmt(run.end.rssMB, 1)} after it was stopped and its fake closed.`,
    '',
  ].join('\n');
}

function leakSection(r: LeakResult, s: Settings): string {
  const start = r.points[0]!;
  const rows = r.points.map((p) => [
    p.label,
    n(p.questions),
    fmt(p.heapMB, 1),
    `${p.heapMB >= start.heapMB ? '+' : ''}${fmt(p.heapMB - start.heapMB, 1)}`,
    fmt(p.rssMB, 1),
  ]);
  const kinds = [...r.kinds.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${n(v)}`).join(', ');
  const p99s = r.slackLatency.map((l) => fmt(l.p99)).join(', ');
  const end = r.points[r.points.length - 1]!;
  const verdict =
    r.returned === undefined
      ? 'memory returned to its level: unknown (no collection could be forced, so heapUsed includes garbage)'
      : `memory returned to its level: ${r.returned ? 'yes' : 'no'} (end ${fmt(end.heapMB, 1)} MB vs start ${fmt(start.heapMB, 1)} MB, ` +
        `${end.heapMB >= start.heapMB ? '+' : ''}${fmt(end.heapMB - start.heapMB, 2)} MB; allowed +${fmt(r.allowanceMB, 1)} MB, the more of 10 MB and 10 %)`;
  return [
    `3. Leak check: ${n(s.questions)} questions, cycled from test/eval/questions.jsonl; ${fmt(LEAK_SLACK_SHARE * 100, 0)} % through the Slack face ` +
      `(${LEAK_CONCURRENCY} in flight), the rest engine.ask directly; heapUsed after a forced collection every ${n(Math.round(s.questions / LEAK_CHECKPOINTS))}`,
    '',
    table(['checkpoint', 'questions', 'heapUsed MB', 'vs start', 'rss MB'], rows),
    '',
    `Asked directly ${n(r.asked)} in ${fmt(r.askMs / 1000, 1)} s (${fmt(r.asked / (r.askMs / 1000), 0)}/s; ${kinds}); through Slack ${n(r.viaSlack)}, errors ${n(r.slackErrors)}${r.slackFirstError === undefined ? '' : ` (first: ${r.slackFirstError})`}; ` +
      `Slack p99 per block ${p99s} ms; ${fmt(r.wallMs / 1000, 1)} s${r.capped ? ` (stopped at the ${LEAK_MAX_MS / 1000} s cap)` : ''}`,
    verdict,
    '',
  ].join('\n');
}

function summary(faces: readonly FaceRun[], leak: LeakResult, totalMs: number): string {
  const rows = faces.map((f) => {
    const sat = saturation(f.steps);
    const last = f.steps[f.steps.length - 1];
    return [
      f.name,
      n(f.steps.reduce((a, x) => a + x.sent, 0)),
      n(f.steps.reduce((a, x) => a + x.errors, 0)),
      sat === undefined ? '-' : `${fmt(rps(sat.peak), 0)} at ${sat.peak.concurrency}`,
      sat === undefined ? '-' : String(sat.at.concurrency),
      last === undefined ? '-' : `${fmt(last.latency.p50)} / ${fmt(last.latency.p99)} at ${last.concurrency}`,
      `${fmt(f.start.heapMB, 1)} -> ${fmt(f.end.heapMB, 1)}`,
    ];
  });
  const ls = leak.points[0]!;
  const le = leak.points[leak.points.length - 1]!;
  rows.push([
    'Leak check',
    n(leak.asked + leak.viaSlack),
    n(leak.slackErrors),
    '-',
    '-',
    '-',
    `${fmt(ls.heapMB, 1)} -> ${fmt(le.heapMB, 1)} (${leak.returned === undefined ? 'unknown' : leak.returned ? 'returned' : 'NOT returned'})`,
  ]);
  return [
    '4. Summary',
    '',
    table(['', 'requests', 'errors', 'best req/s (in flight)', '90 % of best from', 'p50 / p99 ms at the top step', 'heapUsed MB start -> end'], rows),
    '',
    `Total time: ${fmt(totalMs / 1000, 1)} s`,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const t0 = process.hrtime.bigint();
  const settings = parseSettings(process.argv.slice(2));
  if (typeof settings === 'string') {
    process.stderr.write(`${settings}\n`);
    process.exitCode = settings === USAGE ? 0 : 2;
    return;
  }
  const watchdog = setTimeout(() => {
    log(`watchdog: still running after ${WATCHDOG_MS / 1000} s; giving up`);
    process.exit(1);
  }, WATCHDOG_MS);
  watchdog.unref();

  const loadAtStart = os.loadavg()[0] ?? Number.NaN;
  const gc = findGc();
  const questions = await readQuestions();
  const lines = [...questions, ...COMMANDS];
  const engine = await realEngine();
  let logLines = 0;
  // As in production: pino at info, one line per answer, serialised and scrubbed, then discarded.
  const logger = createLogger({ level: 'info', secrets: ['xoxb-load', 'load-signing-secret', 'load-token'], write: () => {
    logLines++;
  } });
  const faceOptions: FaceOptions = { engine, logger, rateLimit: RATE_LIMIT, users: USERS, lines, timeoutMs: REQUEST_TIMEOUT_MS };
  const baseline = memory(gc);

  const slack = await runFace('Slack HTTP', () => startSlackFace(faceOptions), settings.slackSteps, settings, gc);
  const discord = await runFace('Discord (fake)', () => startDiscordFace(faceOptions), settings.discordSteps, settings, gc);

  log('leak check: starting a Slack face');
  const leakFace = await startSlackFace(faceOptions);
  const every = Math.max(1, Math.round(settings.questions / LEAK_CHECKPOINTS));
  const leak = await leakCheck({
    engine,
    face: leakFace,
    questions,
    total: settings.questions,
    every,
    slackShare: LEAK_SLACK_SHARE,
    concurrency: LEAK_CONCURRENCY,
    gc,
    warmupAsks: settings.quick ? 1000 : 5000,
    warmupSlack: settings.quick ? 100 : 500,
    maxMs: LEAK_MAX_MS,
    log,
  });
  await leakFace.close();

  const totalMs = msBetween(t0, process.hrtime.bigint());
  const cpus = os.cpus();
  const loadAtEnd = os.loadavg()[0] ?? Number.NaN;
  const c1 = (s: Settings) => perStep(s, 1);
  const out = [
    '',
    `demining-bot load test${settings.quick ? ' (--quick)' : ''}`,
    `Node ${process.version} on ${os.platform()} ${os.arch()}; CPU: ${cpus[0]?.model.trim() ?? 'unknown'} x ${cpus.length}; ` +
      `load average (1 min) ${fmt(loadAtStart, 2)} at start, ${fmt(loadAtEnd, 2)} at end` +
      (Math.max(loadAtStart, loadAtEnd) > 1.5
        ? ' (this run counts for about 1: other processes competed for the CPU, so req/s are low and tails long)'
        : ' (quiet)'),
    `GC before memory readings: ${gc.how}`,
    'Everything on 127.0.0.1: the fakes, the adapters and the load driver share this one process and its event loop,',
    '  so the figures are for the three together, on one core.',
    `Flood control: requests rotate over ${n(USERS)} synthetic users, and the adapters get rateLimit burst ${RATE_LIMIT.burst}, ` +
      `${RATE_LIMIT.perSecond}/s per user (production default: ${PRODUCTION_RATE_LIMIT}); a slow-down answer counts as an error.`,
    `Asked: ${questions.length} questions from test/eval/questions.jsonl and ${COMMANDS.length} commands (${COMMANDS.join(', ')}), cycled.`,
    `Logs: pino at info as in production, serialised and discarded (${n(logLines)} lines). ` +
      `Per request: ${REQUEST_TIMEOUT_MS / 1000} s timeout; per step: ${STEP_MAX_MS / 1000} s cap; warm-up before each face, not reported.`,
    'CPU ms/req: CPU time of the process (bot, driver and fake together) per request; CPU %: of one core during the step',
    '  (over 100 with the collector\'s and libuv\'s threads); near 100 the one event loop is the bottleneck.',
    `Memory (heapUsed/rss MB after a forced collection) with the fact base loaded, before any face: ${fmt(baseline.heapMB, 1)}/${fmt(baseline.rssMB, 1)}`,
    '',
    faceSection(
      '1. Slack HTTP face: signed /demining slash commands to Bolt\'s HTTPReceiver, one connection each; latency to the full answer',
      `   ${n(settings.requests)} requests a step (${n(c1(settings))} at 1 in flight); error: not 200, or a body without blocks`,
      slack,
    ),
    faceSection(
      '2. Discord face through the fake: INTERACTION_CREATE on the fake gateway to discord.js; latency to the interaction callback (time to first response)',
      `   ${n(settings.requests)} interactions a step (${n(c1(settings))} at 1 in flight); error: no callback, a callback refused, or one without embeds.\n` +
        '   The fake keeps every interaction and message it served (test/fakes/discord/rest.ts), which is in these memory figures.',
      discord,
    ),
    leakSection(leak, settings),
    summary([slack, discord], leak, totalMs),
  ];
  process.stdout.write(out.join('\n'));
  clearTimeout(watchdog);
}

main().catch((e: unknown) => {
  // A load run reports; it never asserts. A crash is still shown, and exits non-zero.
  console.error(e);
  process.exitCode = 1;
});
