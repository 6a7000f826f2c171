/**
 * Reply -> Slack Block Kit, with a plain-text fallback. Slack's limits are enforced here: 50 blocks
 * a message, section text 3,000, header 150, button text 75, and user text is escaped (&, <, >) so
 * `<!channel>` or a forged `<@U…>` typed by a user pings nobody.
 */
import { messagesFor } from '../../core/catalogue.js';
import type { Catalogue } from '../../core/i18n.js';
import { mapCommandRefs, spellCommand, type messages } from '../../core/messages.js';
import type { Reply, ReplyItem } from '../../core/reply.js';
import { renderText } from '../../core/render-text.js';
import { truncate } from '../../core/text.js';
import { FEEDBACK_REASONS, isReason } from '../../store/feedback-store.js';
import type { FeedbackInput, Outcome } from '../shared/pipeline.js';

export const SLACK_LIMITS = { blocks: 50, section: 3000, header: 150, context: 2000, buttonText: 75, value: 2000, text: 3000 } as const;

/** action_id prefix of a suggestion button; its value is the command line it runs. */
export const RUN_ACTION = 'demining_run';

/** action_id prefix of feedback buttons (`…_up`, `…_down`, `…_why_<reason>`); their value is the answer id. */
export const FEEDBACK_ACTION = 'demining_feedback';

/** A feedback button's action_id and value read back, or undefined when it is not one. */
export function parseFeedbackAction(actionId: string, value: string): FeedbackInput | undefined {
  const m = /^demining_feedback_(?:(up|down)|why_([a-z-]+))$/u.exec(actionId);
  if (m === null || !/^[\w-]{1,40}$/u.test(value)) return undefined;
  if (m[1] !== undefined) return { answerId: value, vote: m[1] as 'up' | 'down' };
  return m[2] !== undefined && isReason(m[2]) ? { answerId: value, vote: 'down', reason: m[2] } : undefined;
}

export type Block = Record<string, unknown>;

export interface SlackMessage {
  text: string;
  blocks: Block[];
  /** "ephemeral": only the asker sees it; "in_channel": everyone does. */
  response_type: 'ephemeral' | 'in_channel';
}

/** Slack: in mrkdwn only &, < and > need escaping; that also neutralises <!channel> and <@U…>. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/** Header text is plain_text: no escapes there, so angle brackets become look-alikes instead. */
const plain = (text: string, max: number) => ({
  type: 'plain_text',
  text: truncate(mapCommandRefs(text, (t) => t, (line, root) => spellCommand(line, root, 'slack')).replace(/</gu, '‹').replace(/>/gu, '›'), max),
});

/** The bot's own mrkdwn text: escaped, with the commands it names spelled as on Slack and set as code. */
function botMrkdwn(text: string): string {
  return mapCommandRefs(text, escapeMrkdwn, (line, root) => `\`${escapeMrkdwn(spellCommand(line, root, 'slack').replace(/`/gu, "'"))}\``);
}

/** An address inside <url|text>: the characters that would end the link or open a mention, encoded. */
function linkTarget(url: string): string {
  return url.replace(/[<>|\s&]/gu, (c) => encodeURIComponent(c));
}

const mrkdwn = (text: string) => ({ type: 'mrkdwn', text: truncate(text, SLACK_LIMITS.section) });

function itemBlocks(item: ReplyItem, withHeader: boolean, m: Catalogue<typeof messages>): Block[] {
  const blocks: Block[] = [];
  // In another language than English, a quote (always in the source's words) is said to be them.
  const marked = m.sourceWords !== messagesFor('en').sourceWords;
  if (withHeader) blocks.push({ type: 'header', text: plain(item.headline, SLACK_LIMITS.header) });
  const lines: string[] = [];
  // A statement that is its own headline is said again in full when the header had to shorten it.
  if (item.statement !== item.headline || item.headline.length > SLACK_LIMITS.header) lines.push(escapeMrkdwn(item.statement));
  if (item.conversion !== undefined) lines.push(`*${m.converted}:* ${escapeMrkdwn(item.conversion)}`);
  for (const q of item.quotes) {
    lines.push(`${marked ? `_${m.sourceWords}:_\n` : ''}> ${escapeMrkdwn(q.quote)}\n— ${escapeMrkdwn(q.saidBy)}${q.checked ? '' : ` _(${m.quoteNotChecked})_`}`);
  }
  if (lines.length > 0) blocks.push({ type: 'section', text: mrkdwn(lines.join('\n\n')) });
  const sources = [...new Map(item.quotes.map((q) => [q.citation.url, q.citation])).values()];
  const context = [
    ...(item.asOf === undefined ? [] : [`${m.asOfLabel} ${escapeMrkdwn(m.asOf(item.asOf, item.ageNote))}`]),
    ...(item.scope === undefined ? [] : [escapeMrkdwn(item.scope)]),
    ...sources.map((c) => `<${linkTarget(c.url)}|${escapeMrkdwn(c.headline)}>, ${escapeMrkdwn(c.publisher)}, ${escapeMrkdwn(c.date)}${c.dateNote ? ` (${escapeMrkdwn(c.dateNote)})` : ''}`),
  ];
  if (context.length > 0) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(context.join(' · '), SLACK_LIMITS.context) }] });
  return blocks;
}

/** Renders a reply as Slack blocks within every limit, with a plain-text fallback. */
export function renderSlack(reply: Reply): SlackMessage {
  // Labels and buttons in the reply's language.
  const m = messagesFor(reply.lang ?? 'en');
  const blocks: Block[] = [{ type: 'header', text: plain(reply.title, SLACK_LIMITS.header) }];
  if (reply.body !== '') blocks.push({ type: 'section', text: mrkdwn(botMrkdwn(reply.body)) });
  const single = reply.items.length === 1 && reply.items[0]?.headline === reply.title;
  for (const item of reply.items) {
    if (!single) blocks.push({ type: 'divider' });
    blocks.push(...itemBlocks(item, !single, m));
  }
  if (reply.suggestions.length > 0) {
    blocks.push({
      type: 'actions',
      elements: reply.suggestions.slice(0, 5).map((s, i) => ({
        type: 'button',
        action_id: `${RUN_ACTION}_${i}`,
        text: plain(s.label, SLACK_LIMITS.buttonText),
        value: s.command.slice(0, SLACK_LIMITS.value),
      })),
    });
  }
  const kept = blocks.slice(0, SLACK_LIMITS.blocks - (reply.answerId === undefined ? 0 : 1));
  if (reply.answerId !== undefined) {
    kept.push({
      type: 'actions',
      block_id: FEEDBACK_ACTION,
      elements: (['up', 'down'] as const).map((vote) => ({
        type: 'button',
        action_id: `${FEEDBACK_ACTION}_${vote}`,
        text: { type: 'plain_text', text: vote === 'up' ? m.feedbackUp : m.feedbackDown },
        value: reply.answerId,
      })),
    });
  }
  return {
    // The fallback shows in notifications and where blocks cannot; it is escaped like the blocks.
    text: truncate(escapeMrkdwn(renderText(reply, 'slack')), SLACK_LIMITS.text),
    blocks: kept,
    response_type: reply.private ? 'ephemeral' : 'in_channel',
  };
}

/** The private answer to a feedback click: thanks, and after 👎 the four reasons as buttons. */
export function feedbackMessage(outcome: Extract<Outcome, { kind: 'feedback' }>): { text: string; blocks?: Block[] } {
  const text = escapeMrkdwn(outcome.text);
  if (!outcome.askReason) return { text };
  return {
    text,
    blocks: [
      { type: 'section', text: mrkdwn(text) },
      {
        type: 'actions',
        block_id: `${FEEDBACK_ACTION}_why`,
        elements: FEEDBACK_REASONS.map((reason) => ({
          type: 'button',
          action_id: `${FEEDBACK_ACTION}_why_${reason}`,
          text: { type: 'plain_text', text: truncate(messagesFor('en').feedbackReasons[reason], SLACK_LIMITS.buttonText) },
          value: outcome.answerId,
        })),
      },
    ],
  };
}
