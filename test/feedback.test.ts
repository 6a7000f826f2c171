/**
 * The feedback store: answers recorded under a short id with the question, the facts shown and their
 * revisions; one vote per (answer, person), a second click changing it; bounded; kept across
 * restarts; a corrupt or oversized file set aside rather than fatal; no personal data beyond the
 * platform's user id.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger, silentLogger, type Logger } from '../src/logger.js';
import { FEEDBACK_FILE, FeedbackStore, MAX_FEEDBACK_FACTS, MAX_FEEDBACK_VOTES, parseReason, type NewAnswer } from '../src/store/feedback-store.js';
import { steppingClock } from './fixtures/store-fixture.js';

let dataDir: string;

beforeEach(async () => {
  dataDir = join(await mkdtemp(join(tmpdir(), 'demining-feedback-')), 'data');
});

afterEach(async () => {
  await rm(join(dataDir, '..'), { recursive: true, force: true });
});

const open = (options: { logger?: Logger; maxVotes?: number; maxAnswers?: number; maxFileBytes?: number } = {}) =>
  FeedbackStore.open({ dataDir, logger: options.logger ?? silentLogger, clock: steppingClock(), ...options });

const ANSWER: NewAnswer = {
  question: 'how much land is still mined?',
  facts: [{ id: 'cambodia-area-remaining', revision: 3 }],
  kbRevision: 42,
  face: 'discord',
  channel: '1300000000000000001',
};

describe('answers', () => {
  it('records an answer under a short id with its question, facts, revisions, face and channel', async () => {
    const store = await open();
    const id = store.recordAnswer(ANSWER);
    expect(id).toMatch(/^[\w-]{10}$/u);
    expect(store.answer(id)).toMatchObject({ question: ANSWER.question, facts: ANSWER.facts, kbRevision: 42, face: 'discord', channel: ANSWER.channel });
    expect(store.recordAnswer(ANSWER)).not.toBe(id);
    await store.close();
  });

  it('removes mentions from the question and caps what an answer keeps', async () => {
    const store = await open();
    const id = store.recordAnswer({
      ...ANSWER,
      question: `<@123456789012345678> ${'why '.repeat(100)}`,
      facts: Array.from({ length: 30 }, (_, i) => ({ id: `fact-${i}`, revision: 1 })),
    });
    const a = store.answer(id)!;
    expect(a.question).not.toContain('123456789012345678');
    expect(Array.from(a.question).length).toBeLessThanOrEqual(200);
    expect(a.facts).toHaveLength(MAX_FEEDBACK_FACTS);
    await store.close();
  });
});

describe('votes', () => {
  it('counts 👍 and 👎 per answer, one vote per person', async () => {
    const store = await open();
    const id = store.recordAnswer(ANSWER);
    expect(store.vote({ answerId: id, userId: 'U1', vote: 'up' })).toBe('recorded');
    expect(store.vote({ answerId: id, userId: 'U2', vote: 'down' })).toBe('recorded');
    expect(store.counts(id)).toEqual({ up: 1, down: 1 });
    await store.close();
  });

  it('a second click changes the vote, not the count; the same click again changes nothing', async () => {
    const store = await open();
    const id = store.recordAnswer(ANSWER);
    store.vote({ answerId: id, userId: 'U1', vote: 'up' });
    expect(store.vote({ answerId: id, userId: 'U1', vote: 'down' })).toBe('changed');
    expect(store.counts(id)).toEqual({ up: 0, down: 1 });
    expect(store.vote({ answerId: id, userId: 'U1', vote: 'down' })).toBe('unchanged');
    expect(store.size).toBe(1);
    await store.close();
  });

  it('👎 then a reason: one vote, the reason added; a later 👎 keeps the reason, a 👍 drops it', async () => {
    const store = await open();
    const id = store.recordAnswer(ANSWER);
    store.vote({ answerId: id, userId: 'U1', vote: 'down' });
    expect(store.vote({ answerId: id, userId: 'U1', vote: 'down', reason: 'out-of-date' })).toBe('changed');
    expect(store.list()).toMatchObject([{ answerId: id, userId: 'U1', vote: 'down', reason: 'out-of-date', answer: { question: ANSWER.question, facts: ANSWER.facts } }]);
    expect(store.vote({ answerId: id, userId: 'U1', vote: 'down' })).toBe('unchanged');
    store.vote({ answerId: id, userId: 'U1', vote: 'up' });
    expect(store.list()[0]!.reason).toBeUndefined();
    expect(store.counts(id)).toEqual({ up: 1, down: 0 });
    await store.close();
  });

  it('refuses a vote on an answer it does not know', async () => {
    const store = await open();
    expect(store.vote({ answerId: 'nosuchid00', userId: 'U1', vote: 'up' })).toBe('unknown-answer');
    expect(store.size).toBe(0);
    await store.close();
  });

  it('reads the console\'s loose reasons as one of the four', () => {
    expect(parseReason('')).toBeUndefined();
    expect(parseReason('figure')).toBe('wrong-figure');
    expect(parseReason('out of date')).toBe('out-of-date');
    expect(parseReason('not answered')).toBe('not-answered');
    expect(parseReason('other')).toBe('other');
    expect(parseReason('my cat says so')).toBe('other');
  });
});

describe('bounds', () => {
  it(`keeps at most ${MAX_FEEDBACK_VOTES.toLocaleString('en-US')} votes by default, the oldest dropped`, async () => {
    const store = await open();
    const id = store.recordAnswer(ANSWER);
    for (let i = 0; i < MAX_FEEDBACK_VOTES + 25; i++) store.vote({ answerId: id, userId: `U${i}`, vote: 'up' });
    expect(store.size).toBe(MAX_FEEDBACK_VOTES);
    const users = new Set(store.list().map((v) => v.userId));
    expect(users.has('U0')).toBe(false);
    expect(users.has('U24')).toBe(false);
    expect(users.has('U25')).toBe(true);
    await store.close();
    const onDisk = JSON.parse(await readFile(join(dataDir, FEEDBACK_FILE), 'utf8')) as { votes: unknown[] };
    expect(onDisk.votes).toHaveLength(MAX_FEEDBACK_VOTES);
  });

  it('keeps a bounded number of answers; a vote outlives its answer record', async () => {
    const store = await open({ maxAnswers: 3, maxVotes: 5 });
    const first = store.recordAnswer(ANSWER);
    store.vote({ answerId: first, userId: 'U1', vote: 'down' });
    for (let i = 0; i < 3; i++) store.recordAnswer(ANSWER);
    expect(store.answerCount).toBe(3);
    expect(store.answer(first)).toBeUndefined();
    // Changing a vote on a dropped answer still works: the vote holds a copy of the answer.
    expect(store.vote({ answerId: first, userId: 'U1', vote: 'up' })).toBe('changed');
    expect(store.vote({ answerId: first, userId: 'U2', vote: 'up' })).toBe('unknown-answer');
    await store.close();
  });
});

describe('file size', () => {
  it('keeps the file under its size limit, dropping the oldest answer records first, then the oldest votes', async () => {
    const limit = 16_000;
    const store = await open({ maxFileBytes: limit });
    const ids = Array.from({ length: 40 }, () => store.recordAnswer(ANSWER));
    ids.forEach((id, i) => store.vote({ answerId: id, userId: `U${i}`, vote: 'up' }));
    await store.close();
    expect((await readFile(join(dataDir, FEEDBACK_FILE))).length).toBeLessThanOrEqual(limit);
    expect(store.answer(ids[0]!)).toBeUndefined();
    expect(store.answer(ids[39]!)).toBeDefined();
    const again = await open({ maxFileBytes: limit });
    expect(again.size).toBe(40);
    expect(again.answerCount).toBeLessThan(40);
    expect(again.list()[0]!.userId).toBe('U39');
    await again.close();
  });

  it('squeezed harder, the oldest votes go too once no answer record is left', async () => {
    const limit = 4_000;
    const store = await open({ maxFileBytes: limit });
    const ids = Array.from({ length: 40 }, () => store.recordAnswer(ANSWER));
    ids.forEach((id, i) => store.vote({ answerId: id, userId: `U${i}`, vote: 'up' }));
    await store.close();
    expect((await readFile(join(dataDir, FEEDBACK_FILE))).length).toBeLessThanOrEqual(limit);
    expect(store.answerCount).toBe(0);
    expect(store.size).toBeLessThan(40);
    expect(store.list()[0]!.userId).toBe('U39');
    expect(store.list().some((v) => v.userId === 'U0')).toBe(false);
  });

  it('a file over the limit is not read: it is set aside and the store starts empty', async () => {
    await mkdir(dataDir, { recursive: true });
    await writeFile(join(dataDir, FEEDBACK_FILE), JSON.stringify({ version: 1, answers: [], votes: [] }).padEnd(5_000, ' '), 'utf8');
    const store = await open({ maxFileBytes: 1_000 });
    expect(store.size).toBe(0);
    expect(await readdir(dataDir)).toContain(`${FEEDBACK_FILE}.corrupt`);
    await store.close();
  });
});

describe('persistence', () => {
  it('survives a restart: answers can still be rated and votes still change, not add', async () => {
    const store = await open();
    const id = store.recordAnswer(ANSWER);
    store.vote({ answerId: id, userId: 'U1', vote: 'up' });
    await store.close();

    const again = await open();
    expect(again.answer(id)).toMatchObject({ question: ANSWER.question });
    expect(again.vote({ answerId: id, userId: 'U1', vote: 'down', reason: 'wrong-figure' })).toBe('changed');
    expect(again.vote({ answerId: id, userId: 'U2', vote: 'up' })).toBe('recorded');
    expect(again.counts(id)).toEqual({ up: 1, down: 1 });
    await again.close();
  });

  it('a corrupt file is reported, set aside, and the store starts empty', async () => {
    await mkdir(dataDir, { recursive: true });
    await writeFile(join(dataDir, FEEDBACK_FILE), '{"version":1,"answers":[{"id":', 'utf8');
    const lines: string[] = [];
    const store = await open({ logger: createLogger({ level: 'warn', secrets: [], write: (l) => lines.push(l) }) });
    expect(store.size).toBe(0);
    expect(lines.some((l) => l.includes('feedback file is corrupt'))).toBe(true);
    expect(await readdir(dataDir)).toContain(`${FEEDBACK_FILE}.corrupt`);
    store.recordAnswer(ANSWER);
    await store.close();
    expect((await FeedbackStore.open({ dataDir, logger: silentLogger })).answerCount).toBe(1);
  });

  it('a file of the wrong shape is set aside too', async () => {
    await mkdir(dataDir, { recursive: true });
    await writeFile(join(dataDir, FEEDBACK_FILE), JSON.stringify({ version: 1, answers: [], votes: [{ answerId: 'x', userId: 'U1', vote: 'sideways' }] }), 'utf8');
    const store = await open();
    expect(store.size).toBe(0);
    expect(await readdir(dataDir)).toContain(`${FEEDBACK_FILE}.corrupt`);
    await store.close();
  });
});

describe('privacy', () => {
  it('keeps the platform user id and nothing else about the person', async () => {
    const store = await open();
    const id = store.recordAnswer(ANSWER);
    store.vote({ answerId: id, userId: 'U024BE7LH', vote: 'down', reason: 'other' });
    await store.close();
    const file = JSON.parse(await readFile(join(dataDir, FEEDBACK_FILE), 'utf8')) as { votes: Array<Record<string, unknown>> };
    expect(Object.keys(file.votes[0]!).sort()).toEqual(['answer', 'answerId', 'at', 'reason', 'userId', 'vote']);
    expect(Object.keys(file.votes[0]!.answer as object).sort()).toEqual(['at', 'channel', 'face', 'facts', 'kbRevision', 'question']);
  });
});
