/**
 * Moderator commands: defined once here and served under `/demining-admin` on Discord, Slack and the
 * console. They change the fact base through the store, so they run asynchronously, and `add` and
 * `edit` answer with a form rather than a reply.
 */
import type { Reply } from '../../src/core/reply.js';
import type { Actor, FactStore } from '../../src/store/fact-store.js';
import type { OptionSpec } from '../command.js';
import type { FormSpec, PendingForms } from './fact-form.js';

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
  run(args: Readonly<Record<string, string>>, ctx: AdminContext): Promise<AdminResult>;
}

export function defineAdminCommand(command: AdminCommandDefinition): AdminCommandDefinition {
  return command;
}

export const ADMIN_ROOT = 'demining-admin';
export const ADMIN_DESCRIPTION = 'Moderators: add, correct and retire facts, see history, undo, gaps';
