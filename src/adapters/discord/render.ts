/**
 * Reply -> Discord message. Discord's limits are enforced here, since discord.js's builders do not
 * check them all: title 256, description 4,096, 25 fields of 1,024, footer 2,048, 6,000 characters
 * in all embeds of a message, 10 embeds, content 2,000, five buttons a row with labels of 80.
 */
import { escapeMarkdown } from 'discord.js';
import { MessageFlags } from 'discord.js';
import type { APIActionRowComponent, APIButtonComponent, APIEmbed, InteractionReplyOptions } from 'discord.js';
import { messagesFor } from '../../core/catalogue.js';
import type { Catalogue } from '../../core/i18n.js';
import { mapCommandRefs, spellCommand, type messages } from '../../core/messages.js';
import type { Reply, ReplyItem } from '../../core/reply.js';
import { truncate } from '../../core/text.js';
import { FEEDBACK_REASONS, isReason } from '../../store/feedback-store.js';
import type { FeedbackInput, Outcome } from '../shared/pipeline.js';

export const LIMITS = {
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedTotal: 6000,
  embeds: 10,
  content: 2000,
  buttonLabel: 80,
  buttonsPerRow: 5,
  customId: 100,
} as const;

/** custom_id prefix of a suggestion button; the rest is the command line it runs. */
export const RUN_PREFIX = 'demining:run:';
/** custom_id of feedback: `dmfb:up:<answer id>`, `dmfb:down:<answer id>`, `dmfb:why:<reason>:<answer id>`. */
export const FEEDBACK_PREFIX = 'dmfb:';

/** A feedback button's custom_id read back, or undefined when it is not one. */
export function parseFeedbackId(customId: string): FeedbackInput | undefined {
  const m = /^dmfb:(?:(up|down)|why:([a-z-]+)):([\w-]{1,40})$/u.exec(customId);
  if (m === null) return undefined;
  if (m[1] !== undefined) return { answerId: m[3]!, vote: m[1] as 'up' | 'down' };
  return m[2] !== undefined && isReason(m[2]) ? { answerId: m[3]!, vote: 'down', reason: m[2] } : undefined;
}

/** 👍 and 👎 under an answer. */
function feedbackRow(answerId: string, m: Catalogue<typeof messages>): APIActionRowComponent<APIButtonComponent> {
  return {
    type: 1,
    components: [
      { type: 2, style: 2, label: m.feedbackUp, custom_id: `${FEEDBACK_PREFIX}up:${answerId}` },
      { type: 2, style: 2, label: m.feedbackDown, custom_id: `${FEEDBACK_PREFIX}down:${answerId}` },
    ],
  };
}

/** The private answer to a feedback click: thanks, and after 👎 the four reasons as buttons. */
export function feedbackPayload(outcome: Extract<Outcome, { kind: 'feedback' }>): InteractionReplyOptions & { flags: MessageFlags.Ephemeral } {
  const components: Array<APIActionRowComponent<APIButtonComponent>> = outcome.askReason
    ? [{
      type: 1,
      components: FEEDBACK_REASONS.map((reason) => ({
        type: 2 as const,
        style: 2 as const,
        label: truncate(messagesFor('en').feedbackReasons[reason], LIMITS.buttonLabel),
        custom_id: `${FEEDBACK_PREFIX}why:${reason}:${outcome.answerId}`,
      })),
    }]
    : [];
  return { content: safe(outcome.text), components, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [], repliedUser: false } };
}

const COLOURS = { answer: 0x2e7d32, list: 0x1565c0, help: 0x455a64, 'no-answer': 0xf9a825, error: 0xc62828 } as const;

/**
 * Text made safe to show: markdown escaped, and mention syntax broken with a zero-width space, so
 * even a client that ignored allowed_mentions could not ping anyone from it.
 */
export function safe(text: string): string {
  return escapeMarkdown(text)
    .replace(/@(everyone|here)/gu, '@\u200b$1')
    .replace(/<(@[!&]?|#)(\d+)>/gu, '<\u200b$1$2>');
}

/**
 * The bot's own text: safe() around the commands it names, each spelled as on Discord and set as
 * code (escaping would show the backticks with a backslash).
 */
export function safeText(text: string): string {
  return mapCommandRefs(text, safe, (line, root) => `\`${spellCommand(line, root, 'discord').replace(/`/gu, "'")}\``);
}

/** An address in a link: characters that would end the markdown link or open a mention, encoded. */
function linkTarget(url: string): string {
  return url.replace(/[<>()\s@]/gu, (c) => encodeURIComponent(c));
}

export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: Array<APIActionRowComponent<APIButtonComponent>>;
  ephemeral: boolean;
}

function embedLength(e: APIEmbed): number {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}

function itemEmbed(item: ReplyItem, colour: number, m: Catalogue<typeof messages>, body?: string): APIEmbed {
  const lines: string[] = [];
  // In another language than English, a quote (always in the source's words) is said to be them.
  const marked = m.sourceWords !== messagesFor('en').sourceWords;
  if (body !== undefined && body !== '') lines.push(safeText(body));
  // A statement that is its own headline is said again in full when the title had to shorten it.
  if (item.statement !== item.headline || item.headline.length > LIMITS.title) lines.push(safe(item.statement));
  if (item.conversion !== undefined) lines.push(`**${m.converted}:** ${safe(item.conversion)}`);
  for (const q of item.quotes) {
    lines.push(`${marked ? `*${m.sourceWords}:*\n` : ''}> ${safe(q.quote)}\n— ${safe(q.saidBy)}${q.checked ? '' : ` _(${m.quoteNotChecked})_`}`);
  }
  const fields: NonNullable<APIEmbed['fields']> = [];
  if (item.asOf !== undefined) fields.push({ name: m.asOfLabel, value: m.asOf(item.asOf, item.ageNote), inline: true });
  if (item.scope !== undefined) fields.push({ name: m.scopeLabel, value: truncate(safe(item.scope), LIMITS.fieldValue), inline: true });
  const sources = [...new Map(item.quotes.map((q) => [q.citation.url, q.citation])).values()];
  fields.push({
    name: m.sourceLabel(sources.length),
    value: truncate(sources.map((c) => `[${safe(c.headline)}](${linkTarget(c.url)})`).join('\n'), LIMITS.fieldValue),
  });
  const first = sources[0];
  const embed: APIEmbed = {
    title: truncate(safe(item.headline), LIMITS.title),
    description: truncate(lines.join('\n\n'), LIMITS.description),
    color: colour,
    fields,
  };
  if (first !== undefined) {
    embed.url = linkTarget(first.url);
    embed.footer = { text: truncate(safe(`${first.publisher} · ${first.headline} · ${first.date}${first.dateNote ? ` (${first.dateNote})` : ''}`), LIMITS.footer) };
  }
  return embed;
}

function headerEmbed(reply: Reply, colour: number): APIEmbed {
  const e: APIEmbed = { title: truncate(safeText(reply.title), LIMITS.title), color: colour };
  if (reply.body !== '') e.description = truncate(safeText(reply.body), LIMITS.description);
  return e;
}

function suggestionRows(reply: Reply): Array<APIActionRowComponent<APIButtonComponent>> {
  // Five rows a message: one is kept for 👍 / 👎 when the answer can be rated.
  const rowsLeft = reply.answerId === undefined ? 5 : 4;
  const buttons: APIButtonComponent[] = reply.suggestions.slice(0, LIMITS.buttonsPerRow * rowsLeft).map((s) => ({
    type: 2,
    style: 2,
    label: truncate(s.label, LIMITS.buttonLabel),
    custom_id: `${RUN_PREFIX}${s.command}`.slice(0, LIMITS.customId),
  }));
  const rows: Array<APIActionRowComponent<APIButtonComponent>> = [];
  for (let i = 0; i < buttons.length; i += LIMITS.buttonsPerRow) {
    rows.push({ type: 1, components: buttons.slice(i, i + LIMITS.buttonsPerRow) });
  }
  return rows;
}

/** Renders a reply as a Discord message within every limit. */
export function renderDiscord(reply: Reply): DiscordMessage {
  // Labels and buttons in the reply's language.
  const m = messagesFor(reply.lang ?? 'en');
  const colour = COLOURS[reply.kind];
  let embeds: APIEmbed[];
  if (reply.items.length === 0) {
    embeds = [headerEmbed(reply, colour)];
  } else if (reply.items.length === 1 && reply.kind === 'answer') {
    embeds = [itemEmbed(reply.items[0]!, colour, m, reply.body)];
  } else {
    // Items past the last embed are counted in the first one's footer, never dropped unsaid.
    const shown = Math.min(reply.items.length, LIMITS.embeds - 1);
    const header = headerEmbed(reply, colour);
    if (shown < reply.items.length) header.footer = { text: truncate(safeText(m.aboutMore(reply.items.length - shown)), LIMITS.footer) };
    embeds = [header, ...reply.items.slice(0, shown).map((i) => itemEmbed(i, colour, m))];
  }
  // Discord refuses a message whose embeds total more than 6,000 characters: shorten descriptions.
  let total = embeds.reduce((n, e) => n + embedLength(e), 0);
  for (let i = embeds.length - 1; i >= 0 && total > LIMITS.embedTotal; i--) {
    const e = embeds[i]!;
    const over = total - LIMITS.embedTotal;
    const d = e.description ?? '';
    const keep = Math.max(0, d.length - over - 1);
    if (keep > 0) e.description = truncate(d, keep);
    else delete e.description;
    total = embeds.reduce((n, x) => n + embedLength(x), 0);
  }
  const components = suggestionRows(reply);
  if (reply.answerId !== undefined) components.push(feedbackRow(reply.answerId, m));
  return { embeds, components, ephemeral: reply.private };
}

/** A reply to an interaction: private when the reply is (or when `forcePrivate`), pinging nobody. */
export function interactionPayload(r: Reply, forcePrivate = false): InteractionReplyOptions & { flags?: MessageFlags.Ephemeral } {
  const m = renderDiscord(r);
  const payload: InteractionReplyOptions & { flags?: MessageFlags.Ephemeral } = {
    embeds: m.embeds,
    components: m.components,
    allowedMentions: { parse: [], repliedUser: false },
  };
  if (m.ephemeral || forcePrivate) payload.flags = MessageFlags.Ephemeral;
  return payload;
}
