/** Turns what a person typed, or a platform's structured options, into a command run. */
import { messages } from '../src/core/messages.js';
import { reply, type Reply } from '../src/core/reply.js';
import { argumentSchema, usage, type CommandContext, type CommandDefinition } from './command.js';

export type Parsed =
  | { ok: true; command: CommandDefinition; args: Record<string, string> }
  | { ok: false; reply: Reply };

/**
 * Checks structured arguments (a Discord interaction's options, or a parsed line) against a
 * command's schema: the arguments, or a reply naming what is missing and the usage.
 */
export function checkArgs<C extends Pick<CommandDefinition, 'name' | 'options'>>(command: C, raw: Readonly<Record<string, unknown>>):
  { ok: true; command: C; args: Record<string, string> } | { ok: false; reply: Reply } {
  const parsed = argumentSchema(command).safeParse(raw);
  if (parsed.success) return { ok: true, command, args: parsed.data };
  const first = parsed.error.issues[0];
  const missing = first?.code === 'invalid_type';
  const title = missing ? messages.missingArgument(String(first.path[0] ?? 'value'), command.name) : (first?.message ?? 'Invalid input.');
  return { ok: false, reply: reply('error', title, { body: messages.usage(usage(command)) }) };
}

export function parseArgs(command: CommandDefinition, raw: Readonly<Record<string, unknown>>): Parsed {
  return checkArgs(command, raw);
}

const PREFIX = /^\/?demining\b\s*/iu;

/**
 * Parses a typed line: "remaining", "/demining fact jmas", "define uxo", or any question.
 * A known command name runs that command with the rest of the line as its text option; a fact id
 * runs `fact`; anything else is a question for `ask`.
 */
export function parseLine(line: string, ctx: CommandContext): Parsed {
  const text = line.trim().replace(PREFIX, '').replace(/^\//u, '').trim();
  const byName = (name: string) => ctx.commands.find((c) => c.name === name);
  if (text.length === 0) {
    const help = byName('help');
    if (help !== undefined) return { ok: true, command: help, args: {} };
  }
  const [head = '', ...rest] = text.split(/\s+/u);
  const command = byName(head.toLowerCase());
  if (command !== undefined) {
    const option = command.options[0];
    const remainder = text.slice(head.length).trim();
    if (option === undefined) {
      // "remaining in hectares" is a question about the remaining area, not a stray argument.
      if (rest.length === 0) return { ok: true, command, args: {} };
    } else {
      return parseArgs(command, remainder.length === 0 ? {} : { [option.name]: remainder });
    }
  }
  const lower = text.toLowerCase();
  const fact = byName('fact');
  if (fact !== undefined && ctx.engine.kb.facts.some((f) => f.retired !== true && f.id === lower)) {
    return { ok: true, command: fact, args: { topic: lower } };
  }
  const ask = byName('ask');
  if (ask === undefined) return { ok: false, reply: reply('error', messages.dontKnow) };
  return parseArgs(ask, { question: text });
}

/** Parses and runs a typed line. */
export function runLine(line: string, ctx: CommandContext): Reply {
  const parsed = parseLine(line, ctx);
  return parsed.ok ? parsed.command.run(parsed.args, ctx) : parsed.reply;
}
