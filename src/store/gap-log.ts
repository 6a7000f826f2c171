/**
 * The gap log: questions the bot could not answer, so moderators learn what to add. Only the text
 * is kept (no user, channel or server ids; mentions are removed), each capped at 200 characters,
 * grouped by normalised text, at most 1,000 groups, in DATA_DIR/gaps.json written atomically.
 */
import { join } from 'node:path';
import { z } from 'zod';
import type { Logger } from '../logger.js';
import { readDataFile } from './data-file.js';
import { nodeFsOps, type FsOps } from './atomic-write.js';
import { DebouncedSave } from './debounced-save.js';

export const GAP_FILE = 'gaps.json';
export const MAX_GAP_TEXT = 200;
export const MAX_GAP_GROUPS = 1000;
const SAVE_DELAY_MS = 1000;

export interface Gap {
  /** The question as last asked (mentions removed, spaces folded, capped). */
  text: string;
  count: number;
  /** ISO time it was last asked. */
  lastAt: string;
}

const GapFile = z.strictObject({
  version: z.literal(1),
  gaps: z.array(z.strictObject({
    key: z.string().min(1),
    text: z.string().max(MAX_GAP_TEXT),
    count: z.number().int().positive(),
    lastAt: z.iso.datetime(),
  })),
});

// Discord <@123>, <@!123>, <@&role>, <#channel>; Slack <@U123>, <@W123|name>, <#C123|name>, <!here>.
const MENTION = /<[@#!][^>\s]{0,80}>/gu;

/** Mentions removed, spaces folded, capped at 200 characters. */
export function gapText(question: string): string {
  return Array.from(question.replace(MENTION, ' ').replace(/\s+/gu, ' ').trim()).slice(0, MAX_GAP_TEXT).join('').trim();
}

/** The grouping key: lower-case, punctuation and symbols removed, spaces folded. */
export function normaliseGap(text: string): string {
  return text.toLowerCase().replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/gu, ' ').trim();
}

export interface GapLogOptions {
  dataDir: string;
  logger: Logger;
  clock?: () => Date;
  fsOps?: FsOps;
}

export class GapLog {
  private readonly groups = new Map<string, Gap>();
  private readonly saver: DebouncedSave;

  private constructor(private readonly options: GapLogOptions & { clock: () => Date; fsOps: FsOps }) {
    this.saver = new DebouncedSave({
      dataDir: options.dataDir, path: join(options.dataDir, GAP_FILE), fsOps: options.fsOps, logger: options.logger, what: 'the gap log', delayMs: SAVE_DELAY_MS,
      text: () => `${JSON.stringify({ version: 1, gaps: [...this.groups].map(([key, g]) => ({ key, text: g.text, count: g.count, lastAt: g.lastAt })) }, null, 1)}\n`,
    });
  }

  private get path(): string {
    return join(this.options.dataDir, GAP_FILE);
  }

  /** Reads DATA_DIR/gaps.json; a file that does not parse is renamed *.corrupt and the log starts afresh. */
  static async open(options: GapLogOptions): Promise<GapLog> {
    const log = new GapLog({ ...options, clock: options.clock ?? (() => new Date()), fsOps: options.fsOps ?? nodeFsOps });
    await log.load();
    return log;
  }

  private async load(): Promise<void> {
    const parsed = await readDataFile(this.path, GapFile, { logger: this.options.logger, what: 'gap log', instead: 'starting afresh' });
    for (const g of parsed?.gaps.slice(0, MAX_GAP_GROUPS) ?? []) this.groups.set(g.key, { text: g.text, count: g.count, lastAt: g.lastAt });
  }

  /** Counts one unanswered question. Never throws: a gap log problem must not stop an answer. */
  record(question: string): void {
    try {
      const text = gapText(question);
      const key = normaliseGap(text);
      if (key === '') return;
      const lastAt = this.options.clock().toISOString();
      const group = this.groups.get(key);
      if (group !== undefined) {
        // Re-inserted so the map's order stays oldest-first, which eviction relies on for ties.
        this.groups.delete(key);
        this.groups.set(key, { text, count: group.count + 1, lastAt });
      } else {
        if (this.groups.size >= MAX_GAP_GROUPS) this.evict();
        this.groups.set(key, { text, count: 1, lastAt });
      }
      this.scheduleSave();
    } catch (e) {
      this.options.logger.warn({ err: e }, 'could not record an unanswered question');
    }
  }

  /** The least asked group goes; among equals, the one asked longest ago. */
  private evict(): void {
    let victim: string | undefined;
    let fewest = Infinity;
    for (const [key, g] of this.groups) {
      if (g.count < fewest) {
        fewest = g.count;
        victim = key;
      }
    }
    if (victim !== undefined) this.groups.delete(victim);
  }

  /** The most asked first; among equals, the most recent first. */
  list(limit = 20): Gap[] {
    return [...this.groups.values()]
      .sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt))
      .slice(0, Math.max(0, limit))
      .map((g) => ({ ...g }));
  }

  get size(): number {
    return this.groups.size;
  }

  private scheduleSave(): void {
    this.saver.schedule();
  }

  /** Writes the log now if anything changed since the last write. */
  flush(): Promise<void> {
    return this.saver.flush();
  }

  async close(): Promise<void> {
    await this.flush();
  }
}
