/**
 * Moderator commands: defined once here and served under `/demining-admin` on Discord, Slack and the
 * console. They change the fact base through the store, so they run asynchronously, and `add` and
 * `edit` answer with a form rather than a reply.
 */
import { commandRef } from '../../src/core/messages.js';
import { reply, type Reply } from '../../src/core/reply.js';
import type { Actor, FactStore } from '../../src/store/fact-store.js';
import type { OptionSpec } from '../command.js';
import { typedUsage } from '../dispatch.js';
import type { FormSpec, PendingForms } from './fact-form.js';

export const ADMIN_ROOT = 'demining-admin';
export const ADMIN_DESCRIPTION = 'Moderators: add, correct and retire facts, see history, undo, gaps';

export interface AdminContext {
  store: FactStore;
  actor: Actor;
  forms: PendingForms;
}

export type AdminResult = { reply: Reply } | { form: FormSpec };

export interface AdminCommandDefinition {
  name: string;
  description: string;
  options: readonly OptionSpec[];
  examples: readonly string[];
  /** A group's commands ("term" holds "add", "show"...): typed "term add ...", a subcommand group on Discord. */
  subcommands?: readonly AdminCommandDefinition[];
  /** The group a subcommand is in, set by defineAdminGroup. */
  group?: string;
  run(args: Readonly<Record<string, string>>, ctx: AdminContext): Promise<AdminResult>;
}

export function defineAdminCommand(command: AdminCommandDefinition): AdminCommandDefinition {
  return command;
}

/** A group of commands; run alone ("term"), it lists them. */
export function defineAdminGroup(name: string, description: string, subcommands: readonly AdminCommandDefinition[]): AdminCommandDefinition {
  const members = subcommands.map((c) => ({ ...c, group: name }));
  return {
    name,
    description,
    options: [],
    examples: members.flatMap((c) => c.examples.slice(0, 1)),
    subcommands: members,
    run: async () => ({
      reply: reply('help', `${ADMIN_ROOT} ${name}`, {
        body: members.map((c) => `${commandRef(typedUsage(c), ADMIN_ROOT)}: ${c.description}`).join('\n'),
        private: true,
      }),
    }),
  };
}

/** Every command a moderator can run: the groups' members in place of the groups. */
export function leafCommands(commands: readonly AdminCommandDefinition[]): AdminCommandDefinition[] {
  return commands.flatMap((c) => c.subcommands ?? [c]);
}


