/** Small helpers for the benchmark: timing, percentiles, garbage collection, load and a text table. */
import os from 'node:os';
import v8 from 'node:v8';
import vm from 'node:vm';

/** Milliseconds between two `process.hrtime.bigint()` readings. */
export const msBetween = (start: bigint, end: bigint): number => Number(end - start) / 1e6;

/** Nearest-rank percentile (p in 0..1) of unsorted samples; NaN when there are none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export const median = (samples: readonly number[]): number => percentile(samples, 0.5);

export interface Gc {
  run: (() => void) | undefined;
  how: string;
}

/**
 * The garbage collector, when it can be had: `global.gc` under `node --expose-gc` (or
 * `tsx --expose-gc`), else exposed at run time through V8's flags, else none.
 */
export function findGc(): Gc {
  const g = (globalThis as { gc?: unknown }).gc;
  if (typeof g === 'function') return { run: () => (g as () => void)(), how: 'global.gc (--expose-gc)' };
  try {
    v8.setFlagsFromString('--expose-gc');
    const f: unknown = vm.runInNewContext('gc');
    if (typeof f === 'function') return { run: () => (f as () => void)(), how: 'exposed at run time (v8.setFlagsFromString)' };
  } catch {
    // Not available: memory is reported without a collection first.
  }
  return { run: undefined, how: 'not available: memory measured without a collection' };
}

export interface Memory {
  heapMB: number;
  /** Outside the V8 heap: typed arrays' buffers (the indexes' postings) and the like. */
  externalMB: number;
  rssMB: number;
}

export function memory(gc: Gc): Memory {
  if (gc.run !== undefined) {
    gc.run();
    gc.run();
  }
  const m = process.memoryUsage();
  return { heapMB: m.heapUsed / 2 ** 20, externalMB: m.external / 2 ** 20, rssMB: m.rss / 2 ** 20 };
}

/** A number for the table: "0.042", "12.3", "1,234". */
export function fmt(x: number | undefined, digits?: number): string {
  if (x === undefined || Number.isNaN(x)) return '-';
  const d = digits ?? (Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 10 ? 1 : Math.abs(x) >= 1 ? 2 : 3);
  return x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
}

/** Rows of cells as an aligned table: the first column left-aligned, the others right-aligned. */
export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export interface Latency {
  n: number;
  p50: number;
  p99: number;
  max: number;
}

export function latency(samples: readonly number[]): Latency {
  if (samples.length === 0) return { n: 0, p50: Number.NaN, p99: Number.NaN, max: Number.NaN };
  return { n: samples.length, p50: median(samples), p99: percentile(samples, 0.99), max: Math.max(...samples) };
}

/** The machine's load average over the last minute, now. */
export const loadNow = (): number => os.loadavg()[0] ?? Number.NaN;

/** A figure with the load average it was measured under: "0.042 (L0.61)". */
export const withLoad = (figure: string, load: number | undefined): string =>
  load === undefined || figure === '-' ? figure : `${figure} (L${fmt(load, 2)})`;
