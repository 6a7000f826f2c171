/**
 * The leak check of `scripts/load.ts`: many questions answered, most by `engine.ask` directly and a
 * share through the Slack face, with heapUsed read after a forced collection at the start, at every
 * checkpoint and at the end. Memory has "returned to its level" when the end is within an
 * allowance of the start.
 */
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { Engine } from '../../src/core/engine.js';
import { memory, msBetween, type Gc, type Latency } from '../bench/stats.js';
import type { Face } from './faces.js';
import { runPool } from './pool.js';

export interface LeakPoint {
  label: string;
  questions: number;
  heapMB: number;
  rssMB: number;
}

export interface LeakOptions {
  engine: Engine;
  face: Face;
  questions: readonly string[];
  total: number;
  /** A checkpoint after every this many questions. */
  every: number;
  /** Share of the questions sent through the Slack face (0..1). */
  slackShare: number;
  concurrency: number;
  gc: Gc;
  warmupAsks: number;
  warmupSlack: number;
  maxMs: number;
  /** Progress, to stderr. */
  log: (msg: string) => void;
}

export interface LeakResult {
  points: LeakPoint[];
  asked: number;
  /** Time spent in the direct asks (event-loop yields included). */
  askMs: number;
  viaSlack: number;
  /** engine.ask replies by kind (answer, no-answer, error...). */
  kinds: Map<string, number>;
  slackErrors: number;
  slackFirstError: string | undefined;
  slackLatency: Latency[];
  wallMs: number;
  capped: boolean;
  allowanceMB: number;
  /** undefined when no collection could be forced: heapUsed then says little. */
  returned: boolean | undefined;
}

/** Allowed over the start: 10 MB or 10 %, whichever is more. */
export const allowanceFor = (startMB: number): number => Math.max(10, startMB * 0.1);

export async function leakCheck(o: LeakOptions): Promise<LeakResult> {
  const n = o.questions.length;
  const kinds = new Map<string, number>();
  let cursor = 0;
  const askMany = async (count: number, tally: boolean): Promise<void> => {
    for (let i = 0; i < count; i++) {
      const reply = o.engine.ask(o.questions[cursor++ % n]!);
      if (tally) kinds.set(reply.kind, (kinds.get(reply.kind) ?? 0) + 1);
      // Let sockets and timers run now and then, as a live bot would between questions.
      if (i % 1000 === 999) await yieldToLoop();
    }
  };

  o.log(`leak check: warm-up (${o.warmupAsks.toLocaleString('en-US')} asks, ${o.warmupSlack.toLocaleString('en-US')} through Slack; not counted)`);
  await askMany(o.warmupAsks, false);
  await runPool(o.warmupSlack, o.concurrency, o.maxMs, o.face.send);
  o.face.forget();

  const t0 = process.hrtime.bigint();
  const first = memory(o.gc);
  const points: LeakPoint[] = [{ label: 'start', questions: 0, heapMB: first.heapMB, rssMB: first.rssMB }];
  let asked = 0;
  let askMs = 0;
  let viaSlack = 0;
  let slackErrors = 0;
  let slackFirstError: string | undefined;
  const slackLatency: Latency[] = [];
  let capped = false;
  while (asked + viaSlack < o.total) {
    if (msBetween(t0, process.hrtime.bigint()) > o.maxMs) {
      capped = true;
      break;
    }
    const block = Math.min(o.every, o.total - asked - viaSlack);
    const slackN = Math.round(block * o.slackShare);
    const askN = block - slackN;
    const a0 = process.hrtime.bigint();
    await askMany(askN, true);
    askMs += msBetween(a0, process.hrtime.bigint());
    asked += askN;
    const remaining = Math.max(1000, o.maxMs - msBetween(t0, process.hrtime.bigint()));
    const r = await runPool(slackN, o.concurrency, remaining, o.face.send);
    viaSlack += r.sent;
    slackErrors += r.errors;
    slackFirstError ??= r.firstError;
    slackLatency.push(r.latency);
    o.face.forget();
    const m = memory(o.gc);
    const done = asked + viaSlack;
    points.push({ label: done >= o.total ? 'end' : `after ${done.toLocaleString('en-US')}`, questions: done, heapMB: m.heapMB, rssMB: m.rssMB });
    o.log(`leak check: ${done.toLocaleString('en-US')} questions, heapUsed ${m.heapMB.toFixed(1)} MB`);
  }
  const last = points[points.length - 1]!;
  if (capped) last.label = `end (time cap, ${last.questions.toLocaleString('en-US')})`;
  const allowanceMB = allowanceFor(first.heapMB);
  return {
    points,
    asked,
    askMs,
    viaSlack,
    kinds,
    slackErrors,
    slackFirstError,
    slackLatency,
    wallMs: msBetween(t0, process.hrtime.bigint()),
    capped,
    allowanceMB,
    returned: o.gc.run === undefined ? undefined : last.heapMB <= first.heapMB + allowanceMB,
  };
}
