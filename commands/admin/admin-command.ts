/**
 * Moderator commands: defined once here and served under `/demining-admin` on Discord, Slack and the
 * console. They change the fact base through the store, so they run asynchronously, and `add` and
 * `edit` answer with a form rather than a reply.
 */
import { commandRef } from '../../src/core/messages.js';
import { reply, type Reply } from '../../src/core/reply.js';
import type { Place } from '../../src/store/channel-settings.js';
import type { Actor, FactStore } from '../../src/store/fact-store.js';
import type { CommandDefinition } from '../command.js';
import { typedUsage } from '../dispatch.js';
import type { FormSpec, PendingForms } from './fact-form.js';

export const ADMIN_ROOT = 'demining-admin';
export const ADMIN_DESCRIPTION = 'Moderators: add, correct and retire facts, see history, undo, gaps';

export interface AdminContext {
  store: FactStore;
  actor: Actor;
  forms: PendingForms;
  /** Where the command was typed: the channel and server or workspace its settings apply to. */
  place?: Place;
}

export type AdminResult = { reply: Reply } | { form: FormSpec };

/** A moderator's command: a command of the one kind, that changes the fact base and requires a moderator. */
export type AdminCommandDefinition = CommandDefinition<AdminContext, Promise<AdminResult>>;

export function defineAdminCommand(command: Omit<AdminCommandDefinition, 'requires'>): AdminCommandDefinition {
  return { ...command, requires: 'moderator' };
}

/** A group of commands; run alone ("term"), it lists them. */
export function defineAdminGroup(name: string, description: string, subcommands: readonly AdminCommandDefinition[]): AdminCommandDefinition {
  const members = subcommands.map((c): AdminCommandDefinition => ({ ...c, group: name }));
  return {
    name,
    description,
    requires: 'moderator',
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


