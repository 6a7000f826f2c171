/**
 * `npm run bench`: how fast the bot starts, builds its fact base and answers, on the real fact base
 * and on generated ones of 1,000 to 100,000 facts (scripts/bench/generate.ts: some thirty measures,
 * hundreds of places and organisations, thirty years), with the time `search`, `fact` and
 * autocomplete take, against a plain fuse.js search over the same facts (how they used to work).
 * Every figure is printed with the machine's load average (1 min) when it was measured, "(L0.52)":
 * on a busy machine the tails are inflated. It reports and never fails: a missed target is
 * printed, and the exit code stays 0.
 *
 * Options: --sizes=1000,10000,100000 (generated sizes; "none" for the real fact base only),
 * --asks=20000 (timed asks per size), --lookups=1000 (timed searches, facts and autocompletes per
 * size), --cold=7 (cold starts of the one-shot CLI; 0 skips them), --faces=none (skips Discord and
 * Slack), --fuse-all (time plain fuse.js even where one search is estimated over 20 s).
 * Progress goes to stderr, the results to stdout.
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import { createEngine, type Engine } from '../src/core/engine.js';
import { FUSE_ALL_MAX } from '../src/core/fact-search.js';
import { describeProblem, parseKnowledge, type KnowledgeBase, type KnowledgeInput } from '../src/core/knowledge.js';
import type { Fact } from '../src/core/schema.js';
import { loadDictionary } from '../src/store/dictionary.js';
import { loadKnowledge } from '../src/store/load-knowledge.js';
import { benchDiscord, benchSlack, faceReport } from './bench/faces.js';
import {
  generateBase, generateLookups, generateQuestions, realLookups, rng,
  type BenchQuestion, type Lookups, type RealFiles, type SyntheticBase,
} from './bench/generate.js';
import { findGc, fmt, latency, loadNow, median, memory, msBetween, table, withLoad, type Latency, type Memory } from './bench/stats.js';

// The working directory npm runs scripts in: the bench runs from the bundle scripts/launch.mjs makes
// (under node_modules/.cache), as the bot does, so its own location is not the repository's.
const ROOT = process.cwd();
const KNOWLEDGE = join(ROOT, 'knowledge');
const EVAL_QUESTIONS = join(ROOT, 'test', 'eval', 'questions.jsonl');

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const SIZES = (option('sizes') ?? '1000,10000,100000').split(',').filter((s) => s !== 'none' && s !== '').map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const ASKS = Number(option('asks') ?? 20_000);
const LOOKUPS = Number(option('lookups') ?? 1000);
const COLD_RUNS = Number(option('cold') ?? 7);
const FUSE_ALL = args.includes('--fuse-all');

/**
 * Asked within every timed build: the speller builds its index of deletions on the first word it must
 * correct, so a build is timed (and its memory read) ready to answer any question.
 */
const FIRST_TYPO = 'how much lnad is lefft to claer';
/** Build runs per size: the median is reported. */
const REAL_BUILD_RUNS = 20;
const buildRuns = (facts: number): number => (facts <= 1_000 ? 3 : 1);
/** Generated questions about the synthetic facts, mixed with the evaluation questions. */
const GENERATED_QUESTIONS = 1000;
/**
 * Warm-up: up to this many asks, or this long, whichever comes first (at least WARMUP_MIN asks).
 * The bot runs for months, so steady state is what counts: with 1,000 asks V8 was still optimising
 * the matcher during the timed run, and the real-base p99 swung from 0.13 to 0.31 ms between runs.
 */
const WARMUP_ASKS = 10_000;
const WARMUP_MS = 2000;
const WARMUP_MIN = 20;
/** Timed asks: up to ASKS, or until this long has passed once MIN_ASKS are done. */
const ASK_BUDGET_MS = 5000;
const MIN_ASKS = 200;
/** Searches, facts and autocompletes: each up to LOOKUPS, within this budget once LOOKUP_MIN are done. */
const LOOKUP_WARMUP = 100;
const LOOKUP_BUDGET_MS = 3000;
const LOOKUP_MIN = 50;
/** fuse.js: up to 5,000 questions on the real base, 200 at 100,000 facts, else 1,000; within a time budget. */
const fuseTarget = (facts: number): number => (facts < 100 ? ASKS : facts >= 100_000 ? 200 : 1000);
const FUSE_BUDGET_MS = 4000;
const FUSE_MIN = 1;
const FUSE_SLOW_MS = 100;
/** One fuse.js search estimated to take longer than this is not timed (unless --fuse-all). */
const FUSE_SKIP_MS = 20_000;

const TARGET = {
  realAskP99Ms: 0.2,
  bigAskP99Ms: 5,
  bigBuildMs: 10_000,
  bigHeapMB: 300,
  bigLookupP99Ms: 50,
  coldStartS: 0.4,
};

const log = (msg: string): void => {
  process.stderr.write(`[bench] ${msg}\n`);
};
const now = (): bigint => process.hrtime.bigint();

interface FuseResult extends Latency {
  buildMs: number;
  /** p50 not measured but extrapolated from a smaller size. */
  estimated: boolean;
  load: number | undefined;
}

interface Timed extends Latency {
  /** Share of the calls that found something: search a list, fact an answer or facts to choose from, autocomplete a choice. */
  foundPct: number;
  load: number;
}

interface SizeResult {
  label: string;
  facts: number;
  derivations: number;
  spread: SyntheticBase['spread'] | undefined;
  generateMs: number | undefined;
  buildRuns: number;
  buildMedianMs: number;
  buildMinMs: number;
  /** Of the build: reading and checking the files (parseKnowledge, or loadKnowledge for the real base). */
  parseMedianMs: number;
  /** Of the build: createEngine (the matcher's index, the word index, the lexicon, the speller). */
  engineMedianMs: number;
  buildLoad: number;
  mem: Memory;
  memLoad: number;
  warmup: number;
  ask: Latency;
  askLoad: number;
  answeredPct: number;
  /** Share of the generated answerable questions answered with the fact they were made from. */
  hitPct: number | undefined;
  search: Timed;
  fact: Timed;
  autocomplete: Timed;
  fuse: FuseResult;
}

/** Deterministic shuffle, so the prefix timed where few questions fit is a fair mix. */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const rand = rng(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

async function readEvalQuestions(): Promise<BenchQuestion[]> {
  const text = await readFile(EVAL_QUESTIONS, 'utf8');
  const out: BenchQuestion[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const q = (JSON.parse(line) as { q?: unknown }).q;
    if (typeof q === 'string') out.push({ q });
  }
  return out;
}

async function readReal(): Promise<RealFiles> {
  const read = (name: string) => readFile(join(KNOWLEDGE, name), 'utf8');
  const sources = JSON.parse(await read('sources.json')) as { sources: Array<{ text?: string }> };
  const sourceTexts = new Map<string, string>();
  for (const s of sources.sources) if (s.text !== undefined) sourceTexts.set(s.text, await read(s.text));
  return {
    facts: await read('facts.json'), sources: await read('sources.json'), glossary: await read('glossary.json'),
    vocabulary: await read('vocabulary.json'), sourceTexts,
  };
}

function timeAsks(engine: Engine, questions: readonly BenchQuestion[]): Pick<SizeResult, 'warmup' | 'ask' | 'askLoad' | 'answeredPct' | 'hitPct'> {
  const n = questions.length;
  let w = 0;
  const w0 = now();
  while (w < WARMUP_ASKS && (w < WARMUP_MIN || msBetween(w0, now()) < WARMUP_MS)) {
    engine.ask(questions[w % n]!.q);
    w++;
  }
  const samples: number[] = [];
  let answered = 0;
  let expected = 0;
  let hits = 0;
  const t0 = now();
  for (let i = 0; i < ASKS; i++) {
    const q = questions[i % n]!;
    const start = now();
    const reply = engine.ask(q.q);
    const end = now();
    samples.push(msBetween(start, end));
    if (reply.kind === 'answer') answered++;
    if (q.expect !== undefined) {
      expected++;
      if (reply.items.some((item) => item.id === q.expect)) hits++;
    }
    if (i + 1 >= MIN_ASKS && msBetween(t0, end) > ASK_BUDGET_MS) break;
  }
  return {
    warmup: w,
    ask: latency(samples),
    askLoad: loadNow(),
    answeredPct: (100 * answered) / samples.length,
    hitPct: expected === 0 ? undefined : (100 * hits) / expected,
  };
}

/** Times one kind of look-up over its inputs, after a short warm-up; `found` says whether a call found something. */
function timeLookup(inputs: readonly string[], call: (text: string) => boolean): Timed {
  const n = inputs.length;
  for (let i = 0; i < Math.min(LOOKUP_WARMUP, n); i++) call(inputs[i]!);
  const samples: number[] = [];
  let found = 0;
  const t0 = now();
  for (let i = 0; i < LOOKUPS; i++) {
    const start = now();
    if (call(inputs[i % n]!)) found++;
    const end = now();
    samples.push(msBetween(start, end));
    if (i + 1 >= LOOKUP_MIN && msBetween(t0, end) > LOOKUP_BUDGET_MS) break;
  }
  return { ...latency(samples), foundPct: (100 * found) / Math.max(1, samples.length), load: loadNow() };
}

function timeLookups(engine: Engine, lookups: Lookups): Pick<SizeResult, 'search' | 'fact' | 'autocomplete'> {
  return {
    search: timeLookup(lookups.search, (t) => engine.search(t).kind === 'list'),
    // A topic several facts share (a series' years) is answered with the choice of them.
    fact: timeLookup(lookups.fact, (t) => {
      const r = engine.fact(t);
      return r.kind === 'answer' || r.suggestions.length > 0;
    }),
    autocomplete: timeLookup(lookups.autocomplete, (t) => engine.suggestFacts(t).length > 0),
  };
}

function timeFuse(facts: readonly Fact[], questions: readonly BenchQuestion[], target: number): FuseResult {
  const b0 = now();
  const fuse = new Fuse(facts, { keys: ['topic', 'aliases', 'statement'], includeScore: true, ignoreLocation: true, threshold: 0.4 });
  const buildMs = msBetween(b0, now());
  const n = questions.length;
  let sink = 0;
  const samples: number[] = [];
  // Warm-up: a few searches, at most about a second's worth. A first search slower than
  // FUSE_SLOW_MS is timed instead: compilation is lost in it, and it spares a search of seconds.
  const w0 = now();
  sink += fuse.search(questions[0]!.q, { limit: 5 }).length;
  const firstMs = msBetween(w0, now());
  if (firstMs > FUSE_SLOW_MS) samples.push(firstMs);
  else for (let w = 1; w < 50 && msBetween(w0, now()) < 1000; w++) sink += fuse.search(questions[w % n]!.q, { limit: 5 }).length;
  const t0 = samples.length > 0 ? w0 : now();
  while (samples.length < target && (samples.length < FUSE_MIN || msBetween(t0, now()) < FUSE_BUDGET_MS)) {
    const start = now();
    sink += fuse.search(questions[samples.length % n]!.q, { limit: 5 }).length;
    samples.push(msBetween(start, now()));
  }
  if (sink < 0) log('unreachable');
  return { ...latency(samples), buildMs, estimated: false, load: loadNow() };
}

function liveFacts(kb: KnowledgeBase): Fact[] {
  return kb.facts.filter((f) => f.retired !== true);
}

/** The fuse.js row where one search would take too long: p50 extrapolated linearly in the fact count. */
function fuseEstimate(previous: readonly SizeResult[], facts: number): FuseResult | undefined {
  const base = [...previous].reverse().find((r) => !r.fuse.estimated && r.fuse.n > 0);
  if (base === undefined) return undefined;
  const p50 = (base.fuse.p50 * facts) / base.facts;
  if (FUSE_ALL || p50 < FUSE_SKIP_MS) return undefined;
  return { n: 0, p50, p99: Number.NaN, max: Number.NaN, buildMs: Number.NaN, estimated: true, load: undefined };
}

async function benchReal(questions: readonly BenchQuestion[], real: RealFiles): Promise<SizeResult> {
  log(`real fact base: ${REAL_BUILD_RUNS} builds (loadKnowledge + createEngine)`);
  const gc = findGc();
  const times: number[] = [];
  const parseTimes: number[] = [];
  const engineTimes: number[] = [];
  let engine: Engine | undefined;
  for (let i = 0; i < REAL_BUILD_RUNS; i++) {
    const start = now();
    const loaded = await loadKnowledge(KNOWLEDGE);
    if (!loaded.ok) throw new Error(`the real fact base does not load:\n${loaded.error.map(describeProblem).join('\n')}`);
    const parsed = now();
    // As in production (src/start.ts): the everyday-English dictionary, loaded once per process.
    engine = createEngine(loaded.value, { dictionary: await loadDictionary() });
    engine.ask(FIRST_TYPO);
    const end = now();
    times.push(msBetween(start, end));
    parseTimes.push(msBetween(start, parsed));
    engineTimes.push(msBetween(parsed, end));
  }
  const buildLoad = loadNow();
  const e = engine!;
  const mem = memory(gc);
  const memLoad = loadNow();
  log('real fact base: asking');
  const asked = timeAsks(e, questions);
  log('real fact base: search, fact, autocomplete');
  const looked = timeLookups(e, realLookups(JSON.parse(real.facts).facts as Fact[], 1000));
  log('real fact base: plain fuse.js');
  const fuse = timeFuse(liveFacts(e.kb), questions, fuseTarget(e.kb.facts.length));
  return {
    label: 'real',
    facts: e.kb.facts.length,
    derivations: e.kb.derived.length,
    spread: undefined,
    generateMs: undefined,
    buildRuns: times.length,
    buildMedianMs: median(times),
    buildMinMs: Math.min(...times),
    parseMedianMs: median(parseTimes),
    engineMedianMs: median(engineTimes),
    buildLoad,
    mem,
    memLoad,
    ...asked,
    ...looked,
    fuse,
  };
}

async function benchGenerated(real: RealFiles, size: number, evalQuestions: readonly BenchQuestion[], previous: readonly SizeResult[]): Promise<SizeResult> {
  const gc = findGc();
  const name = size.toLocaleString('en-US');
  log(`${name} facts: generating`);
  const g0 = now();
  let base: SyntheticBase | undefined = generateBase(real, size);
  const questions = shuffled([...evalQuestions, ...generateQuestions(base.synthetic, GENERATED_QUESTIONS)], size);
  const lookups = generateLookups(base.synthetic, 1000);
  const spread = base.spread;
  // Only the input text is kept for the builds, and dropped before memory is read.
  let input: KnowledgeInput | undefined = base.input;
  base = undefined;
  const generateMs = msBetween(g0, now());
  const runs = buildRuns(size);
  log(`${name} facts: ${runs} build${runs === 1 ? '' : 's'} (parseKnowledge + createEngine)`);
  const dictionary = await loadDictionary();
  const times: number[] = [];
  const parseTimes: number[] = [];
  const engineTimes: number[] = [];
  let engine: Engine | undefined;
  for (let i = 0; i < runs; i++) {
    engine = undefined;
    if (i > 0) memory(gc);
    const start = now();
    const parsed = parseKnowledge(input);
    if (!parsed.ok) throw new Error(`the generated fact base does not validate:\n${parsed.error.slice(0, 10).map(describeProblem).join('\n')}`);
    const mid = now();
    engine = createEngine(parsed.value, { dictionary });
    engine.ask(FIRST_TYPO);
    const end = now();
    times.push(msBetween(start, end));
    parseTimes.push(msBetween(start, mid));
    engineTimes.push(msBetween(mid, end));
  }
  const buildLoad = loadNow();
  input = undefined;
  const e = engine!;
  const mem = memory(gc);
  const memLoad = loadNow();
  log(`${name} facts: asking`);
  const asked = timeAsks(e, questions);
  log(`${name} facts: search, fact, autocomplete`);
  const looked = timeLookups(e, lookups);
  let fuse = fuseEstimate(previous, e.kb.facts.length);
  if (fuse === undefined) {
    log(`${name} facts: plain fuse.js`);
    fuse = timeFuse(liveFacts(e.kb), questions, fuseTarget(e.kb.facts.length));
  } else {
    log(`${name} facts: plain fuse.js not timed (about ${fmt(fuse.p50 / 1000, 0)} s a search)`);
  }
  return {
    label: name,
    facts: e.kb.facts.length,
    derivations: e.kb.derived.length,
    spread,
    generateMs,
    buildRuns: runs,
    buildMedianMs: median(times),
    buildMinMs: Math.min(...times),
    parseMedianMs: median(parseTimes),
    engineMedianMs: median(engineTimes),
    buildLoad,
    mem,
    memLoad,
    ...asked,
    ...looked,
    fuse,
  };
}

interface ColdRun {
  label: string;
  /** Seconds. */
  first: number;
  median: number;
  min: number;
  max: number;
  runs: number;
  ok: boolean;
  load: number;
}

/**
 * Cold starts of the one-shot CLI, each a new process from spawn to exit: the command as the README
 * gives it (through npm), the launcher alone (without npm's own start-up), and the way it ran before
 * (node --import tsx). The first run is not counted: after a source change it also bundles.
 */
function coldStarts(runs: number): ColdRun[] {
  const variants: Array<[string, string, string[]]> = [
    ['npm run --silent ask -- remaining', 'npm', ['run', '--silent', 'ask', '--', 'remaining']],
    ['node scripts/launch.mjs (no npm)', process.execPath, ['scripts/launch.mjs', 'src/adapters/console/ask-cli.ts', 'remaining']],
    ['before: node --import tsx (no npm)', process.execPath, ['--import', 'tsx', 'src/adapters/console/ask-cli.ts', 'remaining']],
  ];
  return variants.map(([label, command, argv]) => {
    log(`cold start: ${label}, ${runs + 1} runs`);
    const times: number[] = [];
    let ok = true;
    for (let i = 0; i <= runs; i++) {
      const start = now();
      const r = spawnSync(command, argv, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
      times.push(msBetween(start, now()) / 1000);
      if (r.status !== 0 || !r.stdout.includes('still to clear')) ok = false;
    }
    const timed = times.slice(1);
    return { label, first: times[0]!, median: median(timed), min: Math.min(...timed), max: Math.max(...timed), runs: timed.length, ok, load: loadNow() };
  });
}

function report(results: readonly SizeResult[], cold: readonly ColdRun[], gcHow: string, evalCount: number, totalMs: number, loadAtStart: number): string {
  const cols = results.map((r) => (r.label === 'real' ? `real (${r.facts})` : `${r.label} facts`));
  const row = (name: string, f: (r: SizeResult) => string): string[] => [name, ...results.map(f)];
  const est = (r: SizeResult, x: number) => (r.fuse.estimated ? `~${fmt(x)} (est.)` : withLoad(fmt(x), r.fuse.load));
  const timedRows = (title: string, pick: (r: SizeResult) => Timed): string[][] => [
    row(`${title}: timed calls`, (r) => pick(r).n.toLocaleString('en-US')),
    row('  p50 ms', (r) => withLoad(fmt(pick(r).p50), pick(r).load)),
    row('  p99 ms', (r) => withLoad(fmt(pick(r).p99), pick(r).load)),
    row('  max ms', (r) => withLoad(fmt(pick(r).max), pick(r).load)),
    row('  found something %', (r) => fmt(pick(r).foundPct, 1)),
  ];
  const rows: string[][] = [
    row('facts in the base (+ derivations)', (r) => `${r.facts.toLocaleString('en-US')} + ${r.derivations}`),
    row('  generated: measures / places / orgs', (r) => (r.spread === undefined ? '-' : `${r.spread.measures} / ${r.spread.places} / ${r.spread.organisations}`)),
    row('  generated: dates / series', (r) => (r.spread === undefined ? '-' : `${r.spread.dates.toLocaleString('en-US')} / ${r.spread.series.toLocaleString('en-US')}`)),
    row('generate input, ms (not in build)', (r) => fmt(r.generateMs)),
    row('BUILD load/validate/index, median ms', (r) => withLoad(fmt(r.buildMedianMs), r.buildLoad)),
    row('  of which parse + check files', (r) => withLoad(fmt(r.parseMedianMs), r.buildLoad)),
    row('  of which createEngine', (r) => withLoad(fmt(r.engineMedianMs), r.buildLoad)),
    row('  build min ms (runs)', (r) => `${withLoad(fmt(r.buildMinMs), r.buildLoad)} (${r.buildRuns})`),
    row('MEMORY after build: heapUsed MB', (r) => withLoad(fmt(r.mem.heapMB, 1), r.memLoad)),
    row('  external (typed arrays) MB', (r) => withLoad(fmt(r.mem.externalMB, 1), r.memLoad)),
    row('  rss MB', (r) => withLoad(fmt(r.mem.rssMB, 1), r.memLoad)),
    row('ENGINE engine.ask: timed asks (warm-up)', (r) => `${r.ask.n.toLocaleString('en-US')} (${r.warmup})`),
    row('  p50 ms', (r) => withLoad(fmt(r.ask.p50), r.askLoad)),
    row('  p99 ms', (r) => withLoad(fmt(r.ask.p99), r.askLoad)),
    row('  max ms', (r) => withLoad(fmt(r.ask.max), r.askLoad)),
    row('  answered %', (r) => fmt(r.answeredPct, 1)),
    row('  generated Qs given their own fact %', (r) => fmt(r.hitPct, 1)),
    ...timedRows('SEARCH engine.search', (r) => r.search),
    ...timedRows('FACT engine.fact', (r) => r.fact),
    ...timedRows('AUTOCOMPLETE engine.suggestFacts', (r) => r.autocomplete),
    row('PLAIN FUSE.JS (before): timed searches', (r) => (r.fuse.estimated ? 'not timed' : r.fuse.n.toLocaleString('en-US'))),
    row('  fuse index build ms', (r) => (r.fuse.estimated ? '-' : withLoad(fmt(r.fuse.buildMs), r.fuse.load))),
    row('  p50 ms', (r) => est(r, r.fuse.p50)),
    row('  p99 ms', (r) => (r.fuse.estimated ? '-' : withLoad(fmt(r.fuse.p99), r.fuse.load))),
    row('  fuse p50 / engine.search p50', (r) => (r.fuse.estimated ? `~${fmt(r.fuse.p50 / r.search.p50, 0)}x (est.)` : `${fmt(r.fuse.p50 / r.search.p50, 1)}x`)),
  ];
  const realRow = results.find((r) => r.label === 'real');
  const big = results.find((r) => r.facts >= 100_000);
  const verdict = (x: number, target: number, unit: string, load: number | undefined) =>
    `${withLoad(`${fmt(x)} ${unit}`, load)} (target < ${target.toLocaleString('en-US')} ${unit}): ${x < target ? 'OK' : 'MISSED'}`;
  const coldRows = cold.map((c) => [
    c.label, withLoad(fmt(c.median, 3), c.load), withLoad(fmt(c.min, 3), c.load), withLoad(fmt(c.max, 3), c.load), fmt(c.first, 3), String(c.runs), c.ok ? 'yes' : 'NO',
  ]);
  const readme = cold[0];
  const cpus = os.cpus();
  const loadAtEnd = loadNow();
  return [
    '',
    'demining-bot benchmark',
    `Node ${process.version} on ${os.platform()} ${os.arch()}; CPU: ${cpus[0]?.model.trim() ?? 'unknown'} x ${cpus.length} (available parallelism ${os.availableParallelism()})`,
    `GC before memory readings: ${gcHow}`,
    `Load average (1 min) at start ${fmt(loadAtStart, 2)}, at end ${fmt(loadAtEnd, 2)}; each figure below shows the load when it was measured, "(L0.52)".` +
      (Math.max(loadAtStart, loadAtEnd) > 1.5
        ? ` The bench counts for about 1 of ${os.availableParallelism()} CPUs: above that, other processes competed for the CPU and the tails (p99, max) are inflated.`
        : ' Quiet.'),
    `Questions: ${evalCount} from test/eval/questions.jsonl; generated sizes add ${GENERATED_QUESTIONS} generated questions, mixed, cycled. ` +
      `Look-ups: 1,000 generated searches, facts and autocompletes per size. Bases of up to ${FUSE_ALL_MAX} live facts use fuse.js over every fact; larger ones the word index.`,
    '',
    table(['', ...cols], rows),
    '',
    cold.length === 0 ? 'Cold start: not measured (--cold=0)' : `Cold start of the one-shot CLI, seconds from spawn to exit (median of ${cold[0]!.runs}; the first run, which bundles after a change, is apart):`,
    ...(cold.length === 0 ? [] : ['', table(['command', 'median s', 'min s', 'max s', 'first s', 'runs', 'answered'], coldRows)]),
    '',
    'Targets:',
    realRow === undefined ? '  ask p99, real fact base: not measured' : `  ask p99, real fact base: ${verdict(realRow.ask.p99, TARGET.realAskP99Ms, 'ms', realRow.askLoad)}`,
    ...(big === undefined ? ['  100,000 facts: not measured (size not run)'] : [
      `  ask p99 at 100,000 facts: ${verdict(big.ask.p99, TARGET.bigAskP99Ms, 'ms', big.askLoad)}`,
      `  build at 100,000 facts: ${verdict(big.buildMedianMs, TARGET.bigBuildMs, 'ms', big.buildLoad)}`,
      `  heap after build at 100,000 facts: ${verdict(big.mem.heapMB, TARGET.bigHeapMB, 'MB', big.memLoad)}`,
      `  search p99 at 100,000 facts: ${verdict(big.search.p99, TARGET.bigLookupP99Ms, 'ms', big.search.load)}`,
      `  fact p99 at 100,000 facts: ${verdict(big.fact.p99, TARGET.bigLookupP99Ms, 'ms', big.fact.load)}`,
      `  autocomplete p99 at 100,000 facts: ${verdict(big.autocomplete.p99, TARGET.bigLookupP99Ms, 'ms', big.autocomplete.load)}`,
    ]),
    readme === undefined ? '  cold start: not measured' : `  cold start (${readme.label}), median: ${verdict(readme.median, TARGET.coldStartS, 's', readme.load)}`,
    '',
    `Notes: timed asks stop at ${ASKS.toLocaleString('en-US')}, or after ${ASK_BUDGET_MS / 1000} s once ${MIN_ASKS} are done; look-ups at ` +
      `${LOOKUPS.toLocaleString('en-US')} each, or ${LOOKUP_BUDGET_MS / 1000} s once ${LOOKUP_MIN} are done; fuse.js searches at ` +
      `${FUSE_BUDGET_MS / 1000} s once ${FUSE_MIN} are done; a fuse.js search estimated over ${FUSE_SKIP_MS / 1000} s is not timed ` +
      '(extrapolated linearly from the largest timed size; --fuse-all times it). Percentiles are nearest-rank over the timed calls. ' +
      'Memory is read after two forced collections; typed arrays (posting lists) live outside the heap, in "external".',
    `Total bench time: ${fmt(totalMs / 1000, 1)} s`,
    '',
  ].join('\n');
}

async function realEngine(): Promise<Engine> {
  const loaded = await loadKnowledge(KNOWLEDGE);
  if (!loaded.ok) throw new Error(loaded.error.map(describeProblem).join('\n'));
  return createEngine(loaded.value, { dictionary: await loadDictionary() });
}

async function main(): Promise<void> {
  const t0 = now();
  const loadAtStart = loadNow();
  const gc = findGc();
  // First, while this process is small and idle: the child processes have the machine to themselves.
  const cold = COLD_RUNS > 0 ? coldStarts(COLD_RUNS) : [];
  const evalQuestions = await readEvalQuestions();
  const real = await readReal();
  const results: SizeResult[] = [];
  results.push(await benchReal(shuffled(evalQuestions, 0), real));
  for (const size of SIZES) results.push(await benchGenerated(real, size, evalQuestions, results));
  const faces = option('faces') === 'none' ? [] : [await benchDiscord(await realEngine()), await benchSlack(await realEngine())];
  process.stdout.write(report(results, cold, gc.how, evalQuestions.length, msBetween(t0, now()), loadAtStart));
  for (const f of faces) process.stdout.write(`${faceReport(f)}\n`);
}

main().catch((e: unknown) => {
  // A benchmark reports; it is never an assertion. A crash is still shown, and exits non-zero.
  console.error(e);
  process.exitCode = 1;
});
