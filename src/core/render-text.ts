/** Renders a Reply as plain text: the console face, the one-shot CLI and the JSON lines' "text". */
import { messages, spellCommands, type Face } from './messages.js';
import type { Citation, Reply, ReplyItem } from './reply.js';

export function citationText(c: Citation): string {
  return `${c.publisher}, "${c.headline}", ${c.date}${c.dateNote === undefined ? '' : ` (${c.dateNote})`}, ${c.url}`;
}

function itemText(item: ReplyItem, withHeadline: boolean): string {
  const lines: string[] = [];
  if (withHeadline) lines.push(item.headline + (item.asOf === undefined ? '' : ` (${messages.asOfNote(messages.asOf(item.asOf, item.ageNote))})`));
  if (item.scope !== undefined) lines.push(`${messages.scopeLabel}: ${item.scope}`);
  if (item.statement !== item.headline) lines.push(item.statement);
  if (item.conversion !== undefined) lines.push(`${messages.converted}: ${item.conversion}`);
  for (const q of item.quotes) {
    lines.push(`"${q.quote}" (${q.saidBy})${q.checked ? '' : ` [${messages.quoteNotChecked}]`}`);
    lines.push(`${messages.sourceLabel(1)}: ${citationText(q.citation)}`);
  }
  return lines.join('\n');
}

/** `face` spells the commands the text names (the console's by default; Slack's for its fallback). */
export function renderText(r: Reply, face: Face = 'console'): string {
  const parts: string[] = [];
  const single = r.items.length === 1 && r.kind === 'answer' && r.items[0]?.headline === r.title;
  const first = r.items[0];
  parts.push(single && first?.asOf !== undefined ? `${r.title} (${messages.asOfNote(messages.asOf(first.asOf, first.ageNote))})` : r.title);
  if (r.body !== '') parts.push(r.body);
  r.items.forEach((item) => parts.push(itemText(item, !single)));
  if (r.suggestions.length > 0) {
    parts.push(`${messages.didYouMean}:\n${r.suggestions.map((s) => `  - ${s.label}  (${s.command})`).join('\n')}`);
  }
  return spellCommands(parts.join('\n\n'), face);
}
