/** Typed admin lines ("edit cambodia-area-remaining reason: new report") and form submissions. */
import { reply, type Reply } from '../../src/core/reply.js';
import type { Change } from '../../src/store/fact-store.js';
import { checkArgs } from '../dispatch.js';
import { usage } from '../command.js';
import type { AdminCommandDefinition, AdminContext, AdminResult } from './admin-command.js';
import { formFieldOf, parseFactForm, type FieldErrors, type FormValues } from './fact-form.js';
import { adminCommands } from './index.js';
import { changeReply } from './results.js';

export type AdminParsed =
  | { ok: true; command: AdminCommandDefinition; args: Record<string, string> }
  | { ok: false; reply: Reply };

export function adminHelp(prefix: string): Reply {
  const lines = adminCommands.map((c) => `${prefix}${usage(c)}: ${c.description}`);
  return reply('help', 'Moderator commands', {
    body: `${lines.join('\n')}\n\nOptions after the first can be named: \`reason: ...\`, \`phrase: ...\`. Every change records who, when and why.`,
    private: true,
  });
}

/** Checks structured options (a Discord interaction's) against the command's schema. */
export function parseAdminArgs(command: AdminCommandDefinition, raw: Readonly<Record<string, unknown>>): AdminParsed {
  return checkArgs(command, raw);
}

/**
 * "edit cambodia-area-remaining reason: a new report": the first word fills a `fact` option, named
 * segments (`reason: ...`) fill theirs, and the unnamed rest fills the next option still empty.
 */
export function parseAdminLine(line: string): AdminParsed | undefined {
  const text = line.trim().replace(/^\/?demining-admin\b\s*/iu, '');
  const [head = '', ...restWords] = text.split(/\s+/u);
  const command = adminCommands.find((c) => c.name === head.toLowerCase());
  if (command === undefined) return undefined;
  let rest = restWords.join(' ');
  const raw: Record<string, string> = {};
  const names = command.options.map((o) => o.name);
  const labelled = new RegExp(`\\b(${names.join('|')}):\\s*`, 'giu');
  const marks = names.length === 0 ? [] : [...rest.matchAll(labelled)];
  marks.forEach((m, i) => {
    const end = marks[i + 1]?.index ?? rest.length;
    raw[m[1]!.toLowerCase()] = rest.slice(m.index + m[0].length, end).trim();
  });
  rest = (marks[0] === undefined ? rest : rest.slice(0, marks[0].index)).trim();
  if (rest !== '' && names[0] === 'fact' && raw.fact === undefined) {
    const [first = '', ...more] = rest.split(/\s+/u);
    raw.fact = first;
    rest = more.join(' ');
  }
  const next = names.find((n) => raw[n] === undefined);
  if (rest !== '' && next !== undefined) raw[next] = rest;
  return parseAdminArgs(command, raw);
}

export async function runAdmin(parsed: AdminParsed, ctx: AdminContext): Promise<AdminResult> {
  return parsed.ok ? parsed.command.run(parsed.args, ctx) : { reply: parsed.reply };
}

export type SubmitResult = { done: true; reply: Reply } | { done: false; errors: FieldErrors };

/** Applies a submitted fact form; field errors leave the form open (and nothing written). */
export async function submitForm(token: string, values: FormValues, ctx: Pick<AdminContext, 'store' | 'forms'>): Promise<SubmitResult> {
  const pending = ctx.forms.get(token);
  if (pending === undefined) return { done: true, reply: reply('error', 'This form has expired; run the command again.') };
  ctx.forms.remember(token, values);
  const parsed = parseFactForm(values, ctx.store.kb());
  if (!parsed.ok) return { done: false, errors: parsed.errors };
  const change: Change = pending.kind === 'add'
    ? { kind: 'add', content: parsed.content, ...(parsed.newSource === undefined ? {} : { newSource: parsed.newSource }) }
    : { kind: 'edit', factId: pending.factId ?? '', baseRevision: pending.baseRevision ?? 0, content: parsed.content, ...(parsed.newSource === undefined ? {} : { newSource: parsed.newSource }) };
  const result = await ctx.store.apply(change, pending.actor, pending.reason);
  if (!result.ok && result.reason === 'invalid') {
    const errors: FieldErrors = {};
    for (const e of result.errors) {
      const f = formFieldOf(e.field);
      errors[f] = errors[f] === undefined ? e.message : `${errors[f]} ${e.message}`;
    }
    return { done: false, errors };
  }
  ctx.forms.close(token);
  return { done: true, reply: changeReply(result, (id, rev) => `${pending.kind === 'add' ? 'Added' : 'Updated'} ${id} (revision ${rev}).`) };
}

/** Field errors as a list a person can read (Discord, console). */
export function errorsText(errors: FieldErrors): string {
  return Object.entries(errors).map(([f, m]) => `• ${f}: ${m}`).join('\n');
}
