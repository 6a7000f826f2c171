/**
 * Review (issue 12, point 3): the unanswered questions and the answers flagged wrong, grouped by the
 * fact they were nearest to, worst first, with counts; teach, new, done and dismiss; kept across a
 * restart; counted in status; moderators only; the same through `npm run facts -- review`.
 */
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PendingForms } from '../commands/admin/fact-form.js';
import { runFacts } from '../src/adapters/console/facts-cli.js';
import { createPipeline, type Outcome, type Pipeline } from '../src/adapters/shared/pipeline.js';
import { renderText } from '../src/core/render-text.js';
import { silentLogger } from '../src/logger.js';
import { loadDictionary } from '../src/store/dictionary.js';
import { FactStore } from '../src/store/fact-store.js';
import { gapItemId, REVIEW_FILE, ReviewLog } from '../src/store/review.js';
import { REAL_KNOWLEDGE } from './helpers.js';

const MOD = 'U0MODERATOR';
const ZONE = 'how big is the dangerous zone';
const MARS = 'what colour is the sky on mars';
const CLEARED_Q = 'how much land has been cleared';

let knowledgeDir: string;
let dataDir: string;
let now: number;
const clock = () => new Date(now);
const tick = () => (now += 60_000);
let store: FactStore;
let pipeline: Pipeline;

async function open(): Promise<void> {
  store = await FactStore.open({ knowledgeDir, dataDir, logger: silentLogger, dictionary: await loadDictionary(), clock });
  pipeline = createPipeline({ engine: () => store.engine(), logger: silentLogger, admin: { store, forms: new PendingForms() }, moderators: { discordRoleIds: [], slackUserIds: [MOD] } });
}

beforeEach(async () => {
  knowledgeDir = await mkdtemp(join(tmpdir(), 'review-kb-'));
  dataDir = await mkdtemp(join(tmpdir(), 'review-data-'));
  await cp(REAL_KNOWLEDGE, knowledgeDir, { recursive: true });
  now = Date.parse('2026-03-01T10:00:00Z');
  await open();
});

afterEach(async () => {
  vi.restoreAllMocks();
  await store.close();
});

/** A moderator's (or, with `user`, anyone's) typed admin line on Slack. */
function admin(line: string, user = MOD): Promise<Outcome> {
  return pipeline.handle({ face: 'slack', user: { id: user, name: user }, authority: { platform: 'slack', userId: user }, root: 'demining-admin', input: { line }, mustAnswer: true });
}

async function say(line: string, user = MOD): Promise<string> {
  const outcome = await admin(line, user);
  if (outcome.kind === 'reply') return renderText(outcome.reply);
  if (outcome.kind === 'notice') return outcome.text;
  throw new Error(`unexpected ${outcome.kind}`);
}

/** 👎 on an answer that showed `fact`, by `voters`. */
function flag(question: string, fact: string, voters: readonly string[]): void {
  const answerId = store.feedback.recordAnswer({ question, facts: [{ id: fact, revision: 1 }], kbRevision: 1, face: 'slack' });
  for (const v of voters) store.feedback.vote({ answerId, userId: v, vote: 'down', reason: 'wrong-figure' });
}

/** Three asks of ZONE (nearest cambodia-area-remaining), one of MARS (near nothing), two 👎 on cambodia-area-cleared. */
function seed(): void {
  for (let i = 0; i < 3; i++) {
    store.recordGap(ZONE);
    tick();
  }
  store.recordGap(MARS);
  tick();
  flag(CLEARED_Q, 'cambodia-area-cleared', ['U1', 'U2']);
  tick();
}

const flaggedId = () => store.reviewItems().find((i) => i.kind === 'flagged')!.id;

describe('review', () => {
  it('lists the unanswered questions and the answers flagged wrong, grouped by the nearest fact, worst first, with counts', async () => {
    seed();
    const items = store.reviewItems();
    expect(items.map((i) => [i.kind, i.question, i.count, i.nearest])).toEqual([
      ['gap', ZONE, 3, 'cambodia-area-remaining'],
      ['flagged', CLEARED_Q, 2, 'cambodia-area-cleared'],
      ['gap', MARS, 1, undefined],
    ]);
    for (const i of items) expect(i.id).toMatch(/^[gf][0-9a-f]{6}$/u);
    expect(items[0]!.id).toBe(gapItemId(ZONE));
    // Stable: the same ids after more asks.
    store.recordGap(ZONE);
    expect(store.reviewItems().map((i) => i.id)).toEqual(items.map((i) => i.id));

    const text = await say('review');
    expect(text).toContain('To review: 2 unanswered questions, 1 answer flagged wrong');
    const order = ['Nearest cambodia-area-remaining (4):', `${gapItemId(ZONE)}  4× unanswered: "${ZONE}"`, 'Nearest cambodia-area-cleared (2):',
      `2× flagged wrong (wrong figure 2): "${CLEARED_Q}", showing cambodia-area-cleared`, 'Near no fact (1):', `1× unanswered: "${MARS}"`];
    const at = order.map((s) => text.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain(`review teach ${gapItemId(ZONE)} cambodia-area-remaining reason:`);
    expect(text).toContain(`review new ${gapItemId(MARS)}`);
    expect(await say('review list')).toBe(text);
  });

  it('caps the list and counts the rest', async () => {
    for (let i = 0; i < 20; i++) store.recordGap(`what colour is planet number ${i}`);
    const text = await say('review');
    expect(text).toContain('To review: 20 unanswered questions');
    expect(text).toContain('... and 5 more.');
  });

  it('teach adds the question as a phrasing of the fact: it is answered and the item leaves the list', async () => {
    seed();
    expect(store.engine().ask(ZONE).kind).toBe('no-answer');
    const text = await say(`review teach ${gapItemId(ZONE)} cambodia-area-remaining reason: asked 3 times`);
    expect(text).toContain(`"${ZONE}" now asks for cambodia-area-remaining`);
    expect(store.engine().ask(ZONE)).toMatchObject({ kind: 'answer', facts: ['cambodia-area-remaining'] });
    expect(store.reviewItems().map((i) => i.id)).not.toContain(gapItemId(ZONE));
    expect(store.history('cambodia-area-remaining').at(-1)?.reason).toBe('asked 3 times');
    expect(await say(`review teach ${gapItemId(ZONE)} cambodia-area-remaining reason: again`)).toContain(`No open review item "${gapItemId(ZONE)}"`);
  });

  it('new opens the add form with the question as its topic and first phrasing', async () => {
    seed();
    const outcome = await admin(`review new ${gapItemId(MARS)}`);
    expect(outcome.kind).toBe('form');
    if (outcome.kind !== 'form') return;
    expect(outcome.form.title).toBe('Add a fact');
    expect(outcome.form.fields.find((f) => f.name === 'phrasings')?.value).toBe(`${MARS}\n${MARS}`);
    expect(outcome.form.fields.find((f) => f.name === 'statement')?.value).toBe('');
  });

  it('done marks a flagged answer reviewed and dismiss drops an item; both kept across a restart; a new 👎 brings it back', async () => {
    seed();
    const flagged = flaggedId();
    expect(await say(`review done ${gapItemId(MARS)} reason: x`)).toContain('is an unanswered question, not a flagged answer');
    expect(await say('review done nosuch reason: x')).toContain('No open review item "nosuch"');
    expect(await say(`review done ${flagged} reason: figure checked against CMAA 2025`)).toContain(`Review item ${flagged} marked reviewed.`);
    expect(await say(`review dismiss ${gapItemId(MARS)} reason: off topic`)).toContain(`Review item ${gapItemId(MARS)} dismissed.`);
    expect(store.reviewItems().map((i) => i.id)).toEqual([gapItemId(ZONE)]);
    const file = JSON.parse(await readFile(join(dataDir, REVIEW_FILE), 'utf8')) as { closed: Array<{ id: string; action: string; reason: string }> };
    expect(file.closed).toMatchObject([
      { id: flagged, action: 'reviewed', reason: 'figure checked against CMAA 2025' },
      { id: gapItemId(MARS), action: 'dismissed', reason: 'off topic' },
    ]);

    await store.close();
    tick();
    await open();
    expect(store.reviewItems().map((i) => i.id)).toEqual([gapItemId(ZONE)]);
    expect(await say('status')).toContain('Review: 1 unanswered question and 0 answers flagged wrong open.');

    tick();
    flag(CLEARED_Q, 'cambodia-area-cleared', ['U3']);
    expect(store.reviewItems().find((i) => i.id === flagged)).toMatchObject({ count: 1 });
  });

  it('keeps the newest closed items only, within its bound', async () => {
    const log = await ReviewLog.open({ dataDir, logger: silentLogger, clock, maxClosed: 2 });
    for (const id of ['g000001', 'g000002', 'g000003']) await log.close(id, 'dismissed', 'test', 'tester');
    const again = await ReviewLog.open({ dataDir, logger: silentLogger, clock, maxClosed: 2 });
    expect([again.closed('g000001'), again.size]).toEqual([undefined, 2]);
    expect(again.closed('g000003')).toMatchObject({ action: 'dismissed', reason: 'test', by: 'tester' });
  });

  it('status counts the open questions and flagged answers', async () => {
    expect(await say('status')).toContain('Review: 0 unanswered questions and 0 answers flagged wrong open.');
    seed();
    expect(await say('status')).toContain('Review: 2 unanswered questions and 1 answer flagged wrong open.');
    expect(await say('review')).not.toContain('Nothing to review');
  });

  it('is refused to a user who is not a moderator, and nothing changes', async () => {
    seed();
    for (const line of ['review', `review dismiss ${gapItemId(MARS)} reason: off topic`, `review teach ${gapItemId(ZONE)} cambodia-area-remaining reason: x`]) {
      const outcome = await admin(line, 'U0SOMEONE');
      expect(outcome).toMatchObject({ kind: 'notice', why: 'refused' });
    }
    expect(store.reviewItems()).toHaveLength(3);
    await expect(readFile(join(dataDir, REVIEW_FILE), 'utf8')).rejects.toThrow();
  });

  it('npm run facts -- review lists, dismisses, teaches and prints the prefilled add command', async () => {
    seed();
    await store.close();
    const printed: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void printed.push(args.map(String).join(' ')));
    const facts = async (...args: string[]) => {
      printed.length = 0;
      const code = await runFacts([...args, '--knowledge', knowledgeDir], { ...process.env, DATA_DIR: dataDir });
      return { code, out: printed.join('\n') };
    };
    const listed = await facts('review');
    expect(listed.out).toContain('To review: 2 unanswered questions, 1 answer flagged wrong');
    expect(listed.out).toContain(`${gapItemId(ZONE)}  3× unanswered`);

    const added = await facts('review', 'new', gapItemId(MARS));
    expect(added.out).toContain(`npm run facts -- add --reason 'from review ${gapItemId(MARS)}: ${MARS}' --statement <statement>`);
    expect(added.out).toContain(`--phrasings '${MARS}\\n${MARS}'`);

    expect((await facts('review', 'teach', gapItemId(ZONE), 'cambodia-area-remaining', '--reason', 'asked 3 times')).out).toContain('now asks for cambodia-area-remaining');
    expect((await facts('review', 'dismiss', gapItemId(MARS), '--reason', 'off topic')).out).toContain('dismissed');
    const unknown = await facts('review', 'dismiss', 'g000000', '--reason', 'x');
    expect(unknown.code).toBe(1);
    expect(unknown.out).toContain('No open review item "g000000"');
    expect((await facts('status')).out).toContain('Review: 0 unanswered questions and 1 answer flagged wrong open.');
    await open();
  });
});
