/** Turns what a person typed, or a platform's structured options, into a command run. */
import { messages, type CommandRoot } from '../src/core/messages.js';
import { messagesFor } from '../src/core/catalogue.js';
import { detectLang, langs, splitLanguage, type Lang } from '../src/core/i18n.js';
import { hasKhmer } from '../src/core/khmer.js';
import { reply, type Reply } from '../src/core/reply.js';
import { argumentSchema, type CommandContext, type CommandDefinition, type OptionSpec } from './command.js';

export type Parsed =
  | { ok: true; command: CommandDefinition; args: Record<string, string>; lang?: Lang }
  | { ok: false; reply: Reply };

/** Options that name one thing by its id: typed first, as one word ("retire <fact> ...", "term show <id>", "review done <item>"). */
const WORD_OPTIONS: ReadonlySet<string> = new Set(['fact', 'id', 'group', 'item']);

export function isWordOption(name: string | undefined): boolean {
  return name !== undefined && WORD_OPTIONS.has(name);
}

/**
 * A command's usage as typed, in the shape the line parsers read: a `fact` (or `id`) first, then one
 * option unnamed (it takes the rest of the line), then the others named: "alias <fact> <phrase> reason: <reason>".
 * A command in a group is typed after it: "term add <id> ...".
 */
export function typedUsage(command: Pick<CommandDefinition, 'name' | 'options'> & { group?: string }): string {
  const slot = (o: OptionSpec) => (o.required ? `<${o.name}>` : `[${o.name}]`);
  let unnamed = false;
  const parts = command.options.map((o, i) => {
    if (i === 0 && isWordOption(o.name)) return slot(o);
    if (!unnamed) {
      unnamed = true;
      return slot(o);
    }
    return o.required ? `${o.name}: ${slot(o)}` : `[${o.name}: <${o.name}>]`;
  });
  return [...(command.group === undefined ? [] : [command.group]), command.name, ...parts].join(' ');
}

/**
 * Checks structured arguments (a Discord interaction's options, or a parsed line) against a
 * command's schema: the arguments, or a reply naming what is missing and the usage.
 */
export function checkArgs<C extends Pick<CommandDefinition, 'name' | 'options'> & { group?: string }>(command: C, raw: Readonly<Record<string, unknown>>, root: CommandRoot = 'demining', lang: Lang = 'en'):
  { ok: true; command: C; args: Record<string, string> } | { ok: false; reply: Reply } {
  const parsed = argumentSchema(command).safeParse(raw);
  if (parsed.success) return { ok: true, command, args: parsed.data };
  const first = parsed.error.issues[0];
  // An option left out or left blank: named by the command as this face spells it, not the schema's words.
  const missing = first?.code === 'invalid_type' || first?.code === 'too_small';
  const name = command.group === undefined ? command.name : `${command.group} ${command.name}`;
  const m = messagesFor(lang);
  const title = missing ? m.missingArgument(String(first.path[0] ?? 'value'), name, root) : (first?.message ?? 'Invalid input.');
  return { ok: false, reply: reply('error', title, { body: m.usage(typedUsage(command), root), lang }) };
}

export function parseArgs(command: CommandDefinition, raw: Readonly<Record<string, unknown>>, lang: Lang = 'en'): Parsed {
  return checkArgs(command, raw, 'demining', lang);
}

const PREFIX = /^\/?demining\b\s*/iu;

/**
 * Parses a typed line: "remaining", "/demining fact jmas", "define uxo", or any question.
 * A known command name runs that command with the rest of the line as its text option; a fact id
 * runs `fact`; anything else is a question for `ask`.
 */
export function parseLine(line: string, ctx: CommandContext): Parsed {
  // "lang:km" anywhere in the line chooses the reply's language; the rest is parsed as usual.
  const choice = splitLanguage(line);
  if (choice.invalid !== undefined) return { ok: false, reply: reply('error', messages.unknownLanguage(choice.invalid, [...langs])) };
  // A mistake in a Khmer line is explained in Khmer.
  const parsed = parseText(choice.text, ctx, choice.lang ?? detectLang(choice.text));
  return parsed.ok && choice.lang !== undefined ? { ...parsed, lang: choice.lang } : parsed;
}

function parseText(line: string, ctx: CommandContext, lang: Lang): Parsed {
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
      return parseArgs(command, remainder.length === 0 ? {} : { [option.name]: remainder }, lang);
    }
  }
  const lower = text.toLowerCase();
  const fact = byName('fact');
  if (fact !== undefined && ctx.engine.kb.facts.some((f) => f.retired !== true && f.id === lower)) {
    return { ok: true, command: fact, args: { topic: lower } };
  }
  const ask = byName('ask');
  if (ask === undefined) return { ok: false, reply: reply('error', messages.dontKnow) };
  return parseArgs(ask, { question: text }, lang);
}

/**
 * Runs a parsed command in its language: the one chosen, else Khmer when its arguments are Khmer
 * (a question without a choice is answered in its own language by the engine).
 */
export function runParsed(parsed: Extract<Parsed, { ok: true }>, ctx: CommandContext): Reply {
  const lang = parsed.lang ?? (Object.values(parsed.args).some(hasKhmer) ? 'km' : undefined);
  return lang === undefined ? parsed.command.run(parsed.args, ctx) : ctx.engine.inLang(lang, () => parsed.command.run(parsed.args, { ...ctx, lang }));
}

/** Parses and runs a typed line. */
export function runLine(line: string, ctx: CommandContext): Reply {
  const parsed = parseLine(line, ctx);
  return parsed.ok ? runParsed(parsed, ctx) : parsed.reply;
}
