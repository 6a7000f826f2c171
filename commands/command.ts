/**
 * A command is defined once here and served by every face. Its options are declared once: the
 * same declaration parses typed text (console, Slack), builds Discord's option JSON and writes help.
 */
import { z } from 'zod';
import type { Engine, FigureQuery } from '../src/core/engine.js';
import { MAX_ARGUMENT_LENGTH, MAX_QUESTION_LENGTH } from '../src/core/messages.js';
import type { Lang } from '../src/core/i18n.js';
import type { Reply } from '../src/core/reply.js';

export interface OptionSpec {
  /** Lower-case, 1-32 characters (Discord). */
  name: string;
  /** 1-100 characters (Discord). */
  description: string;
  required: boolean;
  /** Offer choices while typing (Discord autocomplete): facts, glossary terms, or vocabulary entities and synonym groups. */
  autocomplete?: 'fact' | 'term' | 'entity';
  maxLength: number;
}

export interface CommandContext {
  engine: Engine;
  commands: readonly CommandDefinition[];
  /** The face the request came from: help shows that face's syntax. */
  face: 'console' | 'discord' | 'slack';
  /** Called with a question the fact base could not answer (the gap log). */
  onUnanswered?: (question: string) => void;
  /** The language chosen for the reply, when one is (help and other fixed texts follow it). */
  lang?: Lang;
}

/** What a command needs of the person running it; checked once, by the request pipeline. */
export type Precondition = 'moderator';

/**
 * The one shape of a command, for everyone's and moderators' commands alike: its options, declared
 * once, and its preconditions. `Ctx` is what it runs with and `Result` what it returns: an answer
 * computed at once (`Reply`), or a change to the fact base (the moderators' commands, see
 * admin/admin-command.ts).
 */
export interface CommandDefinition<Ctx = CommandContext, Result = Reply> {
  name: string;
  description: string;
  /** The description in other languages, for help in the reply's language. */
  translations?: Partial<Record<Exclude<Lang, 'en'>, string>>;
  options: readonly OptionSpec[];
  /** Shown in help, as typed after the command prefix. */
  examples: readonly string[];
  /** Checked by the request pipeline before the command runs; a person who does not meet it is refused. */
  requires?: Precondition;
  /** The figures a fixed command shows, found by what they measure; start-up fails when none is live. */
  figures?: FigureQuery & { all?: boolean };
  /** A group's commands ("term" holds "add", "show"...): typed "term add ...", a subcommand group on Discord. */
  subcommands?: ReadonlyArray<CommandDefinition<Ctx, Result>>;
  /** The group a subcommand is in. */
  group?: string;
  run(args: Readonly<Record<string, string>>, ctx: Ctx): Result;
}

/** Runs a fixed command: the newest figures of its measure, the widest first (or all of them). */
export function showFigures(query: FigureQuery & { all?: boolean }, engine: Engine, title?: string): Reply {
  const ids = engine.figuresOf(query);
  return engine.facts(query.all === true ? ids : ids.slice(0, 1), title);
}

/** A free-text option: the rest of the line. */
export function textOption(name: string, description: string, extra: Partial<OptionSpec> = {}): OptionSpec {
  return { name, description, required: true, maxLength: name === 'question' ? MAX_QUESTION_LENGTH : MAX_ARGUMENT_LENGTH, ...extra };
}

/** The zod schema of a command's arguments, built from its options. */
const schemas = new WeakMap<object, z.ZodType<Record<string, string>>>();

export function argumentSchema(command: Pick<CommandDefinition, 'name' | 'options'>): z.ZodType<Record<string, string>> {
  // Built once per command: building a zod schema costs more than answering the question.
  const cached = schemas.get(command);
  if (cached !== undefined) return cached;
  const schema = buildArgumentSchema(command);
  schemas.set(command, schema);
  return schema;
}

function buildArgumentSchema(command: Pick<CommandDefinition, 'name' | 'options'>): z.ZodType<Record<string, string>> {
  const shape: Record<string, z.ZodType<string | undefined>> = {};
  for (const o of command.options) {
    const base = z
      .string()
      .trim()
      .min(1, `\`${command.name}\` needs a ${o.name}.`)
      .max(o.maxLength, `The ${o.name} is too long: keep it under ${o.maxLength} characters.`);
    shape[o.name] = o.required ? base : base.optional();
  }
  return z.object(shape).strip() as unknown as z.ZodType<Record<string, string>>;
}

export function usage(command: Pick<CommandDefinition, 'name' | 'options'>): string {
  return [command.name, ...command.options.map((o) => (o.required ? `<${o.name}>` : `[${o.name}]`))].join(' ');
}

export function defineCommand(command: CommandDefinition): CommandDefinition {
  return command;
}
