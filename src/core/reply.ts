/**
 * The platform-neutral reply. The core builds it; each adapter renders it (a Discord embed, Slack
 * blocks, console text, a JSON line). Adapters never compose wording of their own about facts.
 */
import type { Lang } from './i18n.js';

export type ReplyKind = 'answer' | 'no-answer' | 'list' | 'help' | 'error';

/** Where a figure or statement was published. */
export interface Citation {
  sourceId: string;
  publisher: string;
  headline: string;
  /** "11 July 2024" */
  date: string;
  /** Set when part of the date is inferred, e.g. "year inferred". */
  dateNote?: string;
  url: string;
}

/** One fact (or derived figure) in a reply. */
export interface ReplyItem {
  /** Fact id, or derivation id for a derived figure. */
  id: string;
  topic: string;
  /** The figure with its qualifier and unit and what it counts: "more than 1,700 km² still to clear". */
  headline: string;
  /** The figure alone, qualifier kept: "more than 1,700 km²". Absent for a statement without figure. */
  figure?: string;
  /** "11 July 2024" */
  asOf?: string;
  /** Set when the figure is due for review: "may be out of date". Shown after the date on every face (messages.asOf). */
  ageNote?: string;
  /** Where and since when the figure holds: "Cambodia, since 1992". */
  scope?: string;
  statement: string;
  /** Set when the question asked for another unit: "more than 170,000 ha (1 km² = 100 ha)". */
  conversion?: string;
  /** How a derived figure was worked out, step by step. */
  derivation?: string;
  /** The verbatim words of the source, and who said them. Derived figures cite their operands. */
  quotes: Array<{ factId: string; quote: string; saidBy: string; checked: boolean; citation: Citation }>;
}

/** A next step offered to the user: a fact to show, or a command to run. */
export interface Suggestion {
  /** Button text, at most 80 characters. */
  label: string;
  /** What to run when chosen, as typed in the console: "fact cambodia-area-remaining". */
  command: string;
}

export interface Reply {
  kind: ReplyKind;
  /** A short title: the headline of an answer, or what went wrong. */
  title: string;
  /** Plain-text body (no markup) for anything beyond the items: explanations, help, errors. */
  body: string;
  items: ReplyItem[];
  suggestions: Suggestion[];
  /** Shown only to the person who asked (Discord ephemeral, Slack ephemeral). */
  private: boolean;
  /** Ids of the facts the reply draws on, for scripts and tests. */
  facts: string[];
  /** Set by the request pipeline on an answer that can be rated: the faces show 👍 / 👎 carrying it. */
  answerId?: string;
  /** The language the reply is in ("km" for a Khmer question); English when unset. */
  lang?: Lang;
}

export function reply(kind: ReplyKind, title: string, fields: Partial<Omit<Reply, 'kind' | 'title'>> = {}): Reply {
  const items = fields.items ?? [];
  return {
    kind,
    title,
    body: fields.body ?? '',
    items,
    suggestions: fields.suggestions ?? [],
    private: fields.private ?? (kind === 'no-answer' || kind === 'error'),
    facts: fields.facts ?? items.map((i) => i.id),
    ...(fields.lang === undefined ? {} : { lang: fields.lang }),
  };
}
