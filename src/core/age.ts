/**
 * The age of figures: when a fact is due for review, and whether its figure is shown as possibly
 * out of date. A fact is due on its `reviewBy` date; without one, once its figure's as-of date is
 * `staleAfterMonths` old. The core never reads the clock: today comes in through `now`.
 */
import type { Fact } from './schema.js';

export interface AgeOptions {
  /** A figure this many months old (by its as-of date) or older is due for review, unless its fact sets `reviewBy`. */
  staleAfterMonths: number;
  /** What time it is; the engine never reads the clock itself. */
  now: () => Date;
}

export const DEFAULT_STALE_AFTER_MONTHS = 12;

/** Today as YYYY-MM-DD (UTC). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "2024-07-11" plus 12 months -> "2025-07-11"; the day is clamped to the month's last ("2024-01-31" + 1 -> "2024-02-29"). */
export function addMonths(iso: string, months: number): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(d, last), 2)}`;
}

/** The day a fact falls due for review: its `reviewBy`, else its figure's as-of date plus the threshold; undefined when neither. */
export function reviewDate(fact: Pick<Fact, 'figure' | 'reviewBy'>, staleAfterMonths: number): string | undefined {
  if (fact.reviewBy !== undefined) return fact.reviewBy;
  return fact.figure === undefined ? undefined : addMonths(fact.figure.asOf, staleAfterMonths);
}

/** True when `fact` is due for review on `today` (YYYY-MM-DD): today is on or after its review date. */
export function isDue(fact: Pick<Fact, 'figure' | 'reviewBy'>, staleAfterMonths: number, today: string): boolean {
  const due = reviewDate(fact, staleAfterMonths);
  return due !== undefined && today >= due;
}

export interface DueFact {
  id: string;
  topic: string;
  /** The figure's as-of date, YYYY-MM-DD, when the fact has a figure. */
  asOf?: string;
  reviewBy?: string;
  /** The day it fell due: `reviewBy`, or as-of plus the threshold. */
  dueSince: string;
}

/** The live facts due for review, the longest overdue first (then by id). */
export function factsDue(facts: readonly Fact[], age: AgeOptions): DueFact[] {
  const today = isoDay(age.now());
  const due: DueFact[] = [];
  for (const f of facts) {
    if (f.retired === true) continue;
    const since = reviewDate(f, age.staleAfterMonths);
    if (since === undefined || today < since) continue;
    const d: DueFact = { id: f.id, topic: f.topic, dueSince: since };
    if (f.figure !== undefined) d.asOf = f.figure.asOf;
    if (f.reviewBy !== undefined) d.reviewBy = f.reviewBy;
    due.push(d);
  }
  return due.sort((a, b) => (a.dueSince < b.dueSince ? -1 : a.dueSince > b.dueSince ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
