/** Renders a Reply as plain text: the console face, the one-shot CLI and the JSON lines' "text". */
import { messagesFor } from './catalogue.js';
import type { Catalogue } from './i18n.js';
import { spellCommands, type Face, type messages } from './messages.js';
import type { Citation, Reply, ReplyItem } from './reply.js';

export function citationText(c: Citation): string {
  return `${c.publisher}, "${c.headline}", ${c.date}${c.dateNote === undefined ? '' : ` (${c.dateNote})`}, ${c.url}`;
}

function itemText(item: ReplyItem, withHeadline: boolean, m: Catalogue<typeof messages>, marked: boolean): string {
  const lines: string[] = [];
  if (withHeadline) lines.push(item.headline + (item.asOf === undefined ? '' : ` (${m.asOfNote(m.asOf(item.asOf, item.ageNote))})`));
  if (item.scope !== undefined) lines.push(`${m.scopeLabel}: ${item.scope}`);
  if (item.statement !== item.headline) lines.push(item.statement);
  if (item.conversion !== undefined) lines.push(`${m.converted}: ${item.conversion}`);
  for (const q of item.quotes) {
    lines.push(`${marked ? `${m.sourceWords}: ` : ''}"${q.quote}" (${q.saidBy})${q.checked ? '' : ` [${m.quoteNotChecked}]`}`);
    lines.push(`${m.sourceLabel(1)}: ${citationText(q.citation)}`);
  }
  return lines.join('\n');
}

/** `face` spells the commands the text names (the console's by default; Slack's for its fallback). */
export function renderText(r: Reply, face: Face = 'console'): string {
  // The labels are in the reply's language.
  const m = messagesFor(r.lang ?? 'en');
  const parts: string[] = [];
  const single = r.items.length === 1 && r.kind === 'answer' && r.items[0]?.headline === r.title;
  const first = r.items[0];
  parts.push(single && first?.asOf !== undefined ? `${r.title} (${m.asOfNote(m.asOf(first.asOf, first.ageNote))})` : r.title);
  if (r.body !== '') parts.push(r.body);
  // In another language than English, a quote (always in the source's words) is said to be them.
  r.items.forEach((item) => parts.push(itemText(item, !single, m, (r.lang ?? 'en') !== 'en')));
  if (r.suggestions.length > 0) {
    parts.push(`${m.didYouMean}:\n${r.suggestions.map((s) => `  - ${s.label}  (${s.command})`).join('\n')}`);
  }
  return spellCommands(parts.join('\n\n'), face);
}
