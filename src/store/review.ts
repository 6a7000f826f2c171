/**
 * The review queue: the questions that went unanswered (the gap log) and the answers flagged wrong
 * (👎 in the feedback store), as items with counts, grouped by the fact they were nearest to, worst
 * first. An item's id is short and stable: a hash of the question's normalised text (a gap) or of
 * the facts shown (a flagged answer). What moderators did with an item (taught, reviewed, dismissed)
 * is kept in DATA_DIR/review.json, written atomically, at most MAX_REVIEW_CLOSED entries; an item
 * closed comes back only when it is asked (or flagged) again after that.
 */
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Logger } from '../logger.js';
import { readDataFile, trimOldest } from './data-file.js';
import { nodeFsOps, writeFileAtomic, type FsOps } from './atomic-write.js';
import type { FeedbackReason, VoteRecord } from './feedback-store.js';
import { normaliseGap, type Gap } from './gap-log.js';

export const REVIEW_FILE = 'review.json';
export const MAX_REVIEW_CLOSED = 2000;
const MAX_REASON = 500;

export type ReviewAction = 'taught' | 'reviewed' | 'dismissed';

export interface ReviewItem {
  /** "g" + 6 hex digits for a gap, "f" + 6 for a flagged answer. */
  id: string;
  kind: 'gap' | 'flagged';
  /** The question as last asked. */
  question: string;
  /** Times asked unanswered, or 👎 votes, since the item was last closed. */
  count: number;
  /** ISO time of the last ask or vote. */
  lastAt: string;
  /** The fact it was nearest to (a gap: the engine's first suggestion; flagged: the first fact shown). */
  nearest: string | undefined;
  /** Flagged: the facts the answer showed. */
  facts: string[];
  /** Flagged: the reasons given, with counts. */
  reasons: Partial<Record<FeedbackReason, number>>;
}

export interface ClosedItem {
  action: ReviewAction;
  reason: string;
  by: string;
  at: string;
}

const ReviewFile = z.strictObject({
  version: z.literal(1),
  closed: z.array(z.strictObject({
    id: z.string().min(1).max(20),
    action: z.enum(['taught', 'reviewed', 'dismissed']),
    reason: z.string().max(MAX_REASON),
    by: z.string().max(200),
    at: z.iso.datetime(),
  })),
});

const shortHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 6);
export const gapItemId = (question: string) => `g${shortHash(normaliseGap(question))}`;
export const flaggedItemId = (key: string) => `f${shortHash(key)}`;

export interface ReviewLogOptions {
  dataDir: string;
  logger: Logger;
  clock?: () => Date;
  fsOps?: FsOps;
  maxClosed?: number;
}

/** What moderators did with review items, kept across restarts. */
export class ReviewLog {
  /** Oldest first (Map order), which the bound relies on. */
  private readonly closedItems = new Map<string, ClosedItem>();
  private saving: Promise<void> = Promise.resolve();
  private dirty = false;

  private constructor(private readonly options: ReviewLogOptions & { clock: () => Date; fsOps: FsOps; maxClosed: number }) {}

  private get path(): string {
    return join(this.options.dataDir, REVIEW_FILE);
  }

  /** Reads DATA_DIR/review.json; a file that does not parse is renamed *.corrupt and the log starts afresh. */
  static async open(options: ReviewLogOptions): Promise<ReviewLog> {
    const log = new ReviewLog({ ...options, clock: options.clock ?? (() => new Date()), fsOps: options.fsOps ?? nodeFsOps, maxClosed: options.maxClosed ?? MAX_REVIEW_CLOSED });
    await log.load();
    return log;
  }

  private async load(): Promise<void> {
    const parsed = await readDataFile(this.path, ReviewFile, { logger: this.options.logger, what: 'review log', instead: 'starting afresh' });
    for (const c of parsed?.closed.slice(-this.options.maxClosed) ?? []) this.closedItems.set(c.id, { action: c.action, reason: c.reason, by: c.by, at: c.at });
  }

  closed(id: string): ClosedItem | undefined {
    const c = this.closedItems.get(id);
    return c === undefined ? undefined : { ...c };
  }

  /** Closes an item (taught, reviewed, dismissed) and writes the log before resolving; rejects when it cannot be written. */
  async close(id: string, action: ReviewAction, reason: string, by: string): Promise<void> {
    this.closedItems.delete(id);
    this.closedItems.set(id, { action, reason: Array.from(reason.trim()).slice(0, MAX_REASON).join(''), by: by.slice(0, 200), at: this.options.clock().toISOString() });
    trimOldest(this.closedItems, this.options.maxClosed);
    this.dirty = true;
    await this.flush();
    // Not saved (already logged): say so rather than report an item closed that a restart reopens.
    if (this.dirty) throw new Error(`could not save ${this.path}`);
  }

  get size(): number {
    return this.closedItems.size;
  }

  /** Writes the log now if anything changed since the last write. */
  flush(): Promise<void> {
    this.saving = this.saving.then(async () => {
      if (!this.dirty) return;
      this.dirty = false;
      const data = { version: 1, closed: [...this.closedItems].map(([id, c]) => ({ id, ...c })) };
      try {
        await mkdir(this.options.dataDir, { recursive: true });
        await writeFileAtomic(this.path, `${JSON.stringify(data, null, 1)}\n`, this.options.fsOps);
      } catch (e) {
        this.dirty = true;
        this.options.logger.warn({ file: this.path, err: e }, 'could not save the review log');
      }
    });
    return this.saving;
  }
}

export interface ReviewSources {
  gaps: readonly Gap[];
  votes: readonly VoteRecord[];
  /** Whether the question goes unanswered now (a phrasing taught since answers it). */
  unanswered: (question: string) => boolean;
  /** The fact the question is nearest to, if any. */
  nearest: (question: string) => string | undefined;
  closed: (id: string) => ClosedItem | undefined;
}

/** The open items, worst first: most asked (or flagged) first, then the most recent. */
export function reviewItems(sources: ReviewSources): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const g of sources.gaps) {
    const id = gapItemId(g.text);
    const closed = sources.closed(id);
    // A gap's count is not dated ask by ask: one asked again after closing comes back counted once more.
    if (closed !== undefined && g.lastAt <= closed.at) continue;
    if (!sources.unanswered(g.text)) continue;
    items.push({ id, kind: 'gap', question: g.text, count: closed === undefined ? g.count : 1, lastAt: g.lastAt, nearest: sources.nearest(g.text), facts: [], reasons: {} });
  }
  const flagged = new Map<string, ReviewItem>();
  // Newest first: the first vote of a group gives its question.
  for (const v of [...sources.votes].sort((a, b) => b.at.localeCompare(a.at))) {
    if (v.vote !== 'down') continue;
    const facts = v.answer.facts.map((f) => f.id);
    const key = facts.length > 0 ? [...new Set(facts)].sort().join(',') : `q:${normaliseGap(v.answer.question)}`;
    const id = flaggedItemId(key);
    const closed = sources.closed(id);
    if (closed !== undefined && v.at <= closed.at) continue;
    let item = flagged.get(id);
    if (item === undefined) {
      item = { id, kind: 'flagged', question: v.answer.question, count: 0, lastAt: v.at, nearest: facts[0], facts, reasons: {} };
      flagged.set(id, item);
    }
    item.count++;
    if (v.reason !== undefined) item.reasons[v.reason] = (item.reasons[v.reason] ?? 0) + 1;
  }
  items.push(...flagged.values());
  return items.sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt) || a.id.localeCompare(b.id));
}

/** Items grouped by the fact they were nearest to; the groups worst first (total count, then recency). */
export function groupByNearest(items: readonly ReviewItem[]): Array<{ fact: string | undefined; count: number; items: ReviewItem[] }> {
  const groups = new Map<string, { fact: string | undefined; count: number; lastAt: string; items: ReviewItem[] }>();
  for (const item of items) {
    const key = item.nearest ?? '';
    let g = groups.get(key);
    if (g === undefined) {
      g = { fact: item.nearest, count: 0, lastAt: item.lastAt, items: [] };
      groups.set(key, g);
    }
    g.count += item.count;
    if (item.lastAt > g.lastAt) g.lastAt = item.lastAt;
    g.items.push(item);
  }
  return [...groups.values()]
    .sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt))
    .map(({ fact, count, items: its }) => ({ fact, count, items: its }));
}
