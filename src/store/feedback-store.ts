/**
 * Feedback on answers: 👍 / 👎 and, after 👎, optionally what was wrong. Kept in
 * DATA_DIR/feedback.json, written atomically, bounded, and read back after a restart.
 *
 * When an answer is sent, its record (the question with mentions removed, the facts shown with
 * their revisions, the fact base's revision, the face and channel) is stored under a short random
 * answer id, which is all a button carries. Answer records are kept in the file too, so a click on
 * an answer sent before a restart still counts (the newest MAX_FEEDBACK_ANSWERS answers). A vote
 * copies its answer's record, so it stays meaningful after the answer record is dropped.
 *
 * Votes are keyed by (answer id, user id): a second click changes the vote, not the count. The only
 * personal data kept is the platform's user id; no names, no free text (a reason is one of four).
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import type { Logger } from '../logger.js';
import { readDataFile, trimOldest } from './data-file.js';
import { nodeFsOps, type FsOps } from './atomic-write.js';
import { DebouncedSave } from './debounced-save.js';
import { gapText } from './gap-log.js';

export const FEEDBACK_FILE = 'feedback.json';
/** Votes kept; the oldest are dropped beyond it. */
export const MAX_FEEDBACK_VOTES = 10_000;
/** Answers that can still be rated; the oldest are dropped beyond it. */
export const MAX_FEEDBACK_ANSWERS = 10_000;
/** Facts kept per answer (an answer shows a handful). */
export const MAX_FEEDBACK_FACTS = 10;
/** The file never grows past this: the oldest records are dropped on save; a larger file found on disk is set aside unread. */
export const MAX_FEEDBACK_FILE_BYTES = 32 * 1024 * 1024;
const MAX_ID = 100;
const SAVE_DELAY_MS = 1000;

export const FEEDBACK_REASONS = ['wrong-figure', 'out-of-date', 'not-answered', 'other'] as const;
export type FeedbackReason = (typeof FEEDBACK_REASONS)[number];
export type Vote = 'up' | 'down';
export type FeedbackFace = 'console' | 'discord' | 'slack';

/** Loose words typed in the console ("wrong out of date") as one of the four reasons; any other text is "other". */
export function parseReason(text: string): FeedbackReason | undefined {
  const t = text.toLowerCase().replace(/[^a-z]+/gu, ' ').trim();
  if (t === '') return undefined;
  if ((FEEDBACK_REASONS as readonly string[]).includes(t.replace(/ /gu, '-'))) return t.replace(/ /gu, '-') as FeedbackReason;
  if (/\b(figure|number|wrong)\b/u.test(t)) return 'wrong-figure';
  if (/\b(date|old|outdated|stale)\b/u.test(t)) return 'out-of-date';
  if (/\b(answer|answered|question)\b/u.test(t)) return 'not-answered';
  return 'other';
}

export function isReason(value: string): value is FeedbackReason {
  return (FEEDBACK_REASONS as readonly string[]).includes(value);
}

const Id = z.string().min(1).max(MAX_ID);
const AnswerShape = z.strictObject({
  question: z.string().max(200),
  facts: z.array(z.strictObject({ id: Id, revision: z.number().int().nonnegative().optional() })).max(MAX_FEEDBACK_FACTS),
  kbRevision: z.number().int().nonnegative(),
  face: z.enum(['console', 'discord', 'slack']),
  channel: Id.optional(),
  at: z.iso.datetime(),
});
export type AnswerRecord = z.infer<typeof AnswerShape>;

const VoteShape = z.strictObject({
  answerId: Id,
  userId: Id,
  vote: z.enum(['up', 'down']),
  reason: z.enum(FEEDBACK_REASONS).optional(),
  at: z.iso.datetime(),
  answer: AnswerShape,
});
export type VoteRecord = z.infer<typeof VoteShape>;

const FeedbackFile = z.strictObject({
  version: z.literal(1),
  answers: z.array(z.strictObject({ id: Id, answer: AnswerShape })),
  votes: z.array(VoteShape),
});

export interface NewAnswer {
  question: string;
  facts: ReadonlyArray<{ id: string; revision?: number }>;
  kbRevision: number;
  face: FeedbackFace;
  channel?: string;
}

export type VoteResult = 'recorded' | 'changed' | 'unchanged' | 'unknown-answer';

export interface FeedbackStoreOptions {
  dataDir: string;
  logger: Logger;
  clock?: () => Date;
  fsOps?: FsOps;
  /** Overrides of the caps, for tests. */
  maxVotes?: number;
  maxAnswers?: number;
  maxFileBytes?: number;
}

const voteKey = (answerId: string, userId: string) => `${answerId}\u0000${userId}`;
const cap = (s: string) => Array.from(s).slice(0, MAX_ID).join('');

export class FeedbackStore {
  /** Oldest first (Map order), which eviction relies on. */
  private readonly answers = new Map<string, AnswerRecord>();
  private readonly votes = new Map<string, VoteRecord>();
  private readonly saver: DebouncedSave;

  private constructor(private readonly options: FeedbackStoreOptions & { clock: () => Date; fsOps: FsOps; maxVotes: number; maxAnswers: number; maxFileBytes: number }) {
    this.saver = new DebouncedSave({
      dataDir: options.dataDir, path: join(options.dataDir, FEEDBACK_FILE), fsOps: options.fsOps, logger: options.logger, what: 'feedback', delayMs: SAVE_DELAY_MS,
      text: () => this.serialise(),
    });
  }

  get dataDir(): string {
    return this.options.dataDir;
  }

  private get path(): string {
    return join(this.options.dataDir, FEEDBACK_FILE);
  }

  /** Reads DATA_DIR/feedback.json; a file that does not parse (or is too large) is reported, renamed *.corrupt, and the store starts afresh. */
  static async open(options: FeedbackStoreOptions): Promise<FeedbackStore> {
    const store = new FeedbackStore({
      ...options,
      clock: options.clock ?? (() => new Date()),
      fsOps: options.fsOps ?? nodeFsOps,
      maxVotes: options.maxVotes ?? MAX_FEEDBACK_VOTES,
      maxAnswers: options.maxAnswers ?? MAX_FEEDBACK_ANSWERS,
      maxFileBytes: options.maxFileBytes ?? MAX_FEEDBACK_FILE_BYTES,
    });
    await store.load();
    return store;
  }

  private async load(): Promise<void> {
    const parsed = await readDataFile(this.path, FeedbackFile, { logger: this.options.logger, what: 'feedback file', instead: 'starting afresh', maxBytes: this.options.maxFileBytes });
    for (const a of parsed?.answers.slice(-this.options.maxAnswers) ?? []) this.answers.set(a.id, a.answer);
    for (const v of parsed?.votes.slice(-this.options.maxVotes) ?? []) this.votes.set(voteKey(v.answerId, v.userId), v);
  }

  /** Stores an answer as sent and returns its short id, for the buttons. Never throws. */
  recordAnswer(answer: NewAnswer): string {
    const id = randomBytes(8).toString('base64url').slice(0, 10);
    try {
      const record: AnswerRecord = {
        question: gapText(answer.question),
        facts: answer.facts.slice(0, MAX_FEEDBACK_FACTS).map((f) => ({ id: cap(f.id), ...(f.revision === undefined ? {} : { revision: f.revision }) })),
        kbRevision: answer.kbRevision,
        face: answer.face,
        ...(answer.channel === undefined ? {} : { channel: cap(answer.channel) }),
        at: this.options.clock().toISOString(),
      };
      this.answers.set(id, record);
      trimOldest(this.answers, this.options.maxAnswers);
      this.scheduleSave();
    } catch (e) {
      this.options.logger.warn({ err: e }, 'could not record an answer for feedback');
    }
    return id;
  }

  /** The answer an id stands for, while it is kept. */
  answer(answerId: string): AnswerRecord | undefined {
    const a = this.answers.get(answerId);
    return a === undefined ? undefined : structuredClone(a);
  }

  /**
   * One person's vote on one answer. A second vote by the same person replaces the first (and keeps
   * its reason unless a new one is given with the same vote).
   */
  vote(input: { answerId: string; userId: string; vote: Vote; reason?: FeedbackReason }): VoteResult {
    const key = voteKey(input.answerId, cap(input.userId));
    const previous = this.votes.get(key);
    const answer = this.answers.get(input.answerId) ?? previous?.answer;
    if (answer === undefined) return 'unknown-answer';
    const reason = input.vote === 'up' ? undefined : input.reason ?? (previous?.vote === 'down' ? previous.reason : undefined);
    if (previous !== undefined && previous.vote === input.vote && previous.reason === reason) return 'unchanged';
    const record: VoteRecord = {
      answerId: input.answerId,
      userId: cap(input.userId),
      vote: input.vote,
      ...(reason === undefined ? {} : { reason }),
      at: this.options.clock().toISOString(),
      answer: structuredClone(answer),
    };
    // Re-inserted so the map stays oldest-first by last change.
    this.votes.delete(key);
    this.votes.set(key, record);
    trimOldest(this.votes, this.options.maxVotes);
    this.scheduleSave();
    return previous === undefined ? 'recorded' : 'changed';
  }

  /** 👍 and 👎 on one answer. */
  counts(answerId: string): { up: number; down: number } {
    let up = 0;
    let down = 0;
    for (const v of this.votes.values()) {
      if (v.answerId !== answerId) continue;
      if (v.vote === 'up') up++;
      else down++;
    }
    return { up, down };
  }

  /** Every vote kept, newest first. */
  list(): VoteRecord[] {
    return [...this.votes.values()].reverse().map((v) => structuredClone(v));
  }

  get size(): number {
    return this.votes.size;
  }

  get answerCount(): number {
    return this.answers.size;
  }

  private scheduleSave(): void {
    this.saver.schedule();
  }

  /** Writes the store now if anything changed since the last write. */
  flush(): Promise<void> {
    return this.saver.flush();
  }

  /**
   * The file's text, within the size limit: records are capped so that a full store fits, but should
   * it not, the oldest answer records go first (votes keep a copy of theirs), then the oldest votes.
   */
  private serialise(): string {
    for (;;) {
      const text = `${JSON.stringify({ version: 1, answers: [...this.answers].map(([id, answer]) => ({ id, answer })), votes: [...this.votes.values()] })}\n`;
      if (Buffer.byteLength(text) <= this.options.maxFileBytes) return text;
      const from = this.answers.size > 0 ? this.answers : this.votes;
      if (from.size === 0) return text;
      const drop = Math.max(1, Math.ceil(from.size / 10));
      for (const key of [...from.keys()].slice(0, drop)) from.delete(key);
      this.options.logger.warn({ file: this.path, dropped: drop, limit: this.options.maxFileBytes }, 'feedback file at its size limit; dropped the oldest records');
    }
  }

  async close(): Promise<void> {
    await this.flush();
  }
}
