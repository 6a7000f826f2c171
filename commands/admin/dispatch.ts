/** Typed admin lines ("edit cambodia-area-remaining reason: new report") and form submissions. */
import { commandRef, messages, type Face } from '../../src/core/messages.js';
import { reply, type Reply } from '../../src/core/reply.js';
import { truncate } from '../../src/core/text.js';
import type { Change } from '../../src/store/fact-store.js';
import { checkArgs, isWordOption, typedUsage } from '../dispatch.js';
import { ADMIN_ROOT, leafCommands, type AdminCommandDefinition, type AdminContext, type AdminResult } from './admin-command.js';
import { formFieldOf, parseFactForm, type FieldErrors, type FormValues } from './fact-form.js';
import { adminCommands, findAdminCommand } from './index.js';
import { changeReply, plainNames } from './results.js';

export type AdminParsed =
  | { ok: true; command: AdminCommandDefinition; args: Record<string, string> }
  | { ok: false; reply: Reply };

/**
 * The moderator commands as `face` spells them; with `unknown`, the reply to a subcommand that does
 * not exist. Discord asks for each option by name, so the note on naming them is for typed faces.
 */
export function adminHelp(face: Face, unknown?: string): Reply {
  const lines = leafCommands(adminCommands).map((c) => `${commandRef(typedUsage(c), ADMIN_ROOT)}: ${c.description}`);
  const notes = face === 'discord' ? messages.adminRecorded : `${messages.adminNamedOptions} ${messages.adminRecorded}`;
  const title = unknown === undefined ? messages.adminHelpTitle : messages.unknownAdminCommand(truncate(unknown, 40));
  return reply('help', title, { body: `${lines.join('\n')}\n\n${notes}`, private: true });
}

/** Checks structured options (a Discord interaction's) against the command's schema. */
export function parseAdminArgs(command: AdminCommandDefinition, raw: Readonly<Record<string, unknown>>): AdminParsed {
  return checkArgs(command, raw, ADMIN_ROOT);
}

/** A typed admin line; "help", nothing, or a subcommand that does not exist gets the list of them. */
export function parseAdminLineOrHelp(line: string, face: Face): AdminParsed {
  const parsed = parseAdminLine(line);
  if (parsed !== undefined) return parsed;
  const [head = '', next = ''] = line.trim().replace(/^\/?demining-admin\b\s*/iu, '').split(/\s+/u);
  // "term frobnicate": the group is known, its command is not.
  const unknown = adminCommands.some((c) => c.subcommands !== undefined && c.name === head.toLowerCase()) ? `${head} ${next}` : head;
  return { ok: false, reply: adminHelp(face, head === '' || head.toLowerCase() === 'help' ? undefined : unknown) };
}

/**
 * "edit cambodia-area-remaining reason: a new report": the first word fills a `fact` (or `id`)
 * option, named segments (`reason: ...`) fill theirs, and the unnamed rest fills the next option
 * still empty. A group's command comes after the group: "term add atlantis place names: Atlantis".
 */
export function parseAdminLine(line: string): AdminParsed | undefined {
  const text = line.trim().replace(/^\/?demining-admin\b\s*/iu, '');
  const [head = '', ...restWords] = text.split(/\s+/u);
  let command = findAdminCommand(head.toLowerCase());
  if (command === undefined) return undefined;
  if (command.subcommands !== undefined && restWords.length > 0) {
    command = findAdminCommand(restWords[0]!.toLowerCase(), command.name);
    if (command === undefined) return undefined;
    restWords.shift();
  }
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
  const first = names[0];
  if (rest !== '' && first !== undefined && isWordOption(first) && raw[first] === undefined) {
    const [word = '', ...more] = rest.split(/\s+/u);
    raw[first] = word;
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
      const message = plainNames(e.message);
      errors[f] = errors[f] === undefined ? message : `${errors[f]} ${message}`;
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
