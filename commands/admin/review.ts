/**
 * `review ...`: the questions that went unanswered and the answers flagged wrong, grouped by the fact
 * they were nearest to, worst first, and one action on each: teach the question to a fact, open a new
 * fact with it, mark a flagged answer reviewed, or dismiss. The queue is built by src/store/review.ts.
 */
import { commandRef } from '../../src/core/messages.js';
import { reply, type Reply } from '../../src/core/reply.js';
import { truncate } from '../../src/core/text.js';
import type { FactStore } from '../../src/store/fact-store.js';
import { groupByNearest, type ReviewItem } from '../../src/store/review.js';
import { textOption } from '../command.js';
import { typedUsage } from '../dispatch.js';
import { ADMIN_ROOT, defineAdminCommand, defineAdminGroup, type AdminCommandDefinition, type AdminResult } from './admin-command.js';
import { factForm } from './fact-form.js';
import { changeReply } from './results.js';

/** Items shown by `review`; the rest are counted. */
export const REVIEW_SHOWN = 15;

export const reviewText = {
  groupDescription: 'Unanswered questions and answers flagged wrong, worst first: teach, add, mark reviewed or dismiss',
  empty: 'Nothing to review: no unanswered question and no answer flagged wrong is open.',
  title: (questions: number, flagged: number) =>
    `To review: ${questions} unanswered question${questions === 1 ? '' : 's'}, ${flagged} answer${flagged === 1 ? '' : 's'} flagged wrong`,
  nearest: (fact: string | undefined, count: number) => `${fact === undefined ? 'Near no fact' : `Nearest ${fact}`} (${count}):`,
  more: (n: number) => `... and ${n} more.`,
  unknownItem: (id: string) => `No open review item "${truncate(id, 40)}".`,
  unknownItemBody: (list: string) => `It may have been taught or dismissed already. See the open ones with ${list}.`,
  notFlagged: (id: string) => `${id} is an unanswered question, not a flagged answer: teach it, open a new fact with it, or dismiss it.`,
  taught: (id: string, question: string, fact: string) => `"${question}" now asks for ${fact}; review item ${id} is closed.`,
  done: (id: string) => `Review item ${id} marked reviewed.`,
  dismissed: (id: string) => `Review item ${id} dismissed.`,
  statusLine: (questions: number, flagged: number) =>
    `Review: ${questions} unanswered question${questions === 1 ? '' : 's'} and ${flagged} answer${flagged === 1 ? '' : 's'} flagged wrong open.`,
};

const REASON_WORDS: Record<string, string> = { 'wrong-figure': 'wrong figure', 'out-of-date': 'out of date', 'not-answered': 'not answered', other: 'other' };

/** Open unanswered questions and open flagged answers. */
export function reviewCounts(store: FactStore): { questions: number; flagged: number } {
  const items = store.reviewItems();
  return { questions: items.filter((i) => i.kind === 'gap').length, flagged: items.filter((i) => i.kind === 'flagged').length };
}

function itemLine(item: ReviewItem): string {
  const when = item.lastAt.slice(0, 10);
  if (item.kind === 'gap') return `${item.id}  ${item.count}× unanswered: "${item.question}" (last ${when})`;
  const reasons = Object.entries(item.reasons).map(([r, n]) => `${REASON_WORDS[r] ?? r} ${n}`).join(', ');
  return `${item.id}  ${item.count}× flagged wrong${reasons === '' ? '' : ` (${reasons})`}: "${item.question}", showing ${item.facts.join(', ') || 'no fact'} (last ${when})`;
}

/** The likely action, prefilled: a flagged answer checked; a question taught to its nearest fact, or a new fact. */
function nextStep(item: ReviewItem): string {
  if (item.kind === 'flagged') return `review done ${item.id} reason: <what you checked>`;
  return item.nearest === undefined ? `review new ${item.id}` : `review teach ${item.id} ${item.nearest} reason: <why>`;
}

/** The open item `id`, or the error reply naming it. */
function findItem(store: FactStore, id: string | undefined): { item: ReviewItem } | { error: Reply } {
  const wanted = (id ?? '').trim().toLowerCase();
  const item = store.reviewItems().find((i) => i.id === wanted);
  if (item !== undefined) return { item };
  return { error: reply('error', reviewText.unknownItem(wanted), { body: reviewText.unknownItemBody(commandRef('review', ADMIN_ROOT)) }) };
}

const itemOption = textOption('item', 'The review item id, e.g. "g1a2b3c" (see review)');

const teach = defineAdminCommand({
  name: 'teach',
  description: 'Teach the item\'s question to a fact as a phrasing (through alias); the item leaves the list',
  options: [itemOption, textOption('fact', 'The fact id (review shows the nearest)', { autocomplete: 'fact' }), textOption('reason', 'Why, e.g. "asked 5 times"')],
  examples: ['review teach g1a2b3c cambodia-area-remaining reason: asked 5 times'],
  run: async ({ item: id, fact, reason }, { store, actor }) => {
    const found = findItem(store, id);
    if ('error' in found) return { reply: found.error };
    const { item } = found;
    const result = await store.apply({ kind: 'alias', factId: fact ?? '', phrase: item.question }, actor, reason ?? '');
    if (result.ok) await store.review.close(item.id, 'taught', reason ?? '', actor.name);
    return { reply: changeReply(result, (factId) => reviewText.taught(item.id, item.question, factId)) };
  },
});

const create = defineAdminCommand({
  name: 'new',
  description: 'Open the add form with the item\'s question as the topic and first phrasing',
  options: [itemOption, textOption('reason', 'Why: e.g. "asked 5 times, CMAA report"', { required: false })],
  examples: ['review new g1a2b3c'],
  run: async ({ item: id, reason }, { store, actor, forms }): Promise<AdminResult> => {
    const found = findItem(store, id);
    if ('error' in found) return { reply: found.error };
    const { item } = found;
    const values = { phrasings: `${item.question}\n${item.question}` };
    const token = forms.open({ kind: 'add', reason: reason ?? `from review ${item.id}: ${truncate(item.question, 100)}`, actor, values });
    return { form: factForm(token, 'Add a fact', undefined, values) };
  },
});

const done = defineAdminCommand({
  name: 'done',
  description: 'Mark a flagged answer reviewed; it leaves the list until flagged again',
  options: [itemOption, textOption('reason', 'What was found, e.g. "figure checked against CMAA 2025"')],
  examples: ['review done f4d5e6f reason: figure checked, still right'],
  run: async ({ item: id, reason }, { store, actor }) => {
    const found = findItem(store, id);
    if ('error' in found) return { reply: found.error };
    if (found.item.kind !== 'flagged') return { reply: reply('error', reviewText.notFlagged(found.item.id)) };
    if ((reason ?? '').trim() === '') return { reply: reply('error', 'A reason is required: every review records why.') };
    await store.review.close(found.item.id, 'reviewed', reason ?? '', actor.name);
    return { reply: reply('list', reviewText.done(found.item.id), { private: true }) };
  },
});

const dismiss = defineAdminCommand({
  name: 'dismiss',
  description: 'Dismiss an item (off topic, a test); it leaves the list until asked or flagged again',
  options: [itemOption, textOption('reason', 'Why, e.g. "off topic"')],
  examples: ['review dismiss g1a2b3c reason: off topic'],
  run: async ({ item: id, reason }, { store, actor }) => {
    const found = findItem(store, id);
    if ('error' in found) return { reply: found.error };
    if ((reason ?? '').trim() === '') return { reply: reply('error', 'A reason is required: every review records why.') };
    await store.review.close(found.item.id, 'dismissed', reason ?? '', actor.name);
    return { reply: reply('list', reviewText.dismissed(found.item.id), { private: true }) };
  },
});

const list = defineAdminCommand({
  name: 'list',
  description: 'The open items, grouped by the fact they were nearest to, worst first, with counts',
  options: [],
  examples: ['review list'],
  run: async (_args, { store }) => {
    const items = store.reviewItems();
    if (items.length === 0) return { reply: reply('list', reviewText.empty, { private: true }) };
    const lines: string[] = [];
    let shown = 0;
    for (const group of groupByNearest(items)) {
      if (shown >= REVIEW_SHOWN) break;
      lines.push(reviewText.nearest(group.fact, group.count));
      for (const item of group.items) {
        if (shown >= REVIEW_SHOWN) break;
        lines.push(`  ${itemLine(item)}`);
        lines.push(`    → ${commandRef(nextStep(item), ADMIN_ROOT)}`);
        shown++;
      }
    }
    if (items.length > shown) lines.push(reviewText.more(items.length - shown));
    const actions = [teach, create, done, dismiss].map((c) => commandRef(typedUsage({ ...c, group: 'review' }), ADMIN_ROOT)).join('\n');
    const questions = items.filter((i) => i.kind === 'gap').length;
    return { reply: reply('list', reviewText.title(questions, items.length - questions), { body: `${lines.join('\n')}\n\n${actions}`, private: true }) };
  },
});

const group = defineAdminGroup('review', reviewText.groupDescription, [list, teach, create, done, dismiss]);

/** `review` alone lists the items, as `review list` does. */
const review: AdminCommandDefinition = { ...group, run: list.run };
export default review;
