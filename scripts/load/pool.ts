/**
 * A closed-loop load step for `scripts/load.ts`: `concurrency` workers each send one request, wait
 * for its answer and send the next, until `total` were sent or the step's time cap has passed.
 */
import { latency, msBetween, type Latency } from '../bench/stats.js';

/** Slack and Discord both give up on an answer (acknowledgement, interaction callback) after 3 s. */
export const DEADLINE_MS = 3000;

/** ok: a well-formed answer. slowed: the per-user flood control answered instead. */
export type Outcome = 'ok' | 'error' | 'slowed' | 'timeout';

export interface Answer {
  outcome: Outcome;
  /** What was wrong, for the first error of a step. */
  detail?: string;
}

export interface PoolResult {
  concurrency: number;
  sent: number;
  ok: number;
  /** Everything that is not ok: bad status or body, slow-downs, timeouts, exceptions. */
  errors: number;
  slowed: number;
  timeouts: number;
  /** Answers that took longer than the platforms' 3 s deadline (counted in `ok` or `errors` too). */
  late: number;
  wallMs: number;
  /** CPU time of the whole process (user + system, all its threads) during the step. */
  cpuMs: number;
  /** Over the requests that got an answer (timeouts and exceptions left out). */
  latency: Latency;
  /** The step stopped at its time cap before sending `total`. */
  capped: boolean;
  firstError: string | undefined;
}

export class TimeoutError extends Error {}

/** Rejects with a TimeoutError when `promise` has not settled within `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function runPool(total: number, concurrency: number, maxMs: number, send: () => Promise<Answer>): Promise<PoolResult> {
  const samples: number[] = [];
  let sent = 0;
  let ok = 0;
  let errors = 0;
  let slowed = 0;
  let timeouts = 0;
  let capped = false;
  let firstError: string | undefined;
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  const note = (detail: string): void => {
    firstError ??= detail;
  };
  const worker = async (): Promise<void> => {
    while (sent < total) {
      if (msBetween(t0, process.hrtime.bigint()) > maxMs) {
        capped = true;
        return;
      }
      sent++;
      const start = process.hrtime.bigint();
      try {
        const a = await send();
        samples.push(msBetween(start, process.hrtime.bigint()));
        if (a.outcome === 'ok') ok++;
        else {
          errors++;
          if (a.outcome === 'slowed') slowed++;
          if (a.outcome === 'timeout') timeouts++;
          note(a.detail ?? a.outcome);
        }
      } catch (e) {
        errors++;
        if (e instanceof TimeoutError) timeouts++;
        note(e instanceof Error ? e.message : String(e));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  const cpu = process.cpuUsage(cpu0);
  return {
    concurrency,
    sent,
    ok,
    errors,
    slowed,
    timeouts,
    wallMs: msBetween(t0, process.hrtime.bigint()),
    cpuMs: (cpu.user + cpu.system) / 1000,
    latency: latency(samples),
    late: samples.filter((ms) => ms > DEADLINE_MS).length,
    capped,
    firstError,
  };
}
