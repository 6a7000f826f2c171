/** The moderator commands, served under /demining-admin on every face. */
import add from './add.js';
import type { AdminCommandDefinition } from './admin-command.js';
import alias from './alias.js';
import channel from './channel.js';
import edit from './edit.js';
import gaps from './gaps.js';
import history from './history.js';
import reload from './reload.js';
import restore from './restore.js';
import retire from './retire.js';
import review from './review.js';
import status from './status.js';
import term from './term.js';
import undo from './undo.js';

export const adminCommands: readonly AdminCommandDefinition[] = [add, edit, retire, restore, alias, history, undo, term, gaps, review, reload, status, channel];

/** The command `name`, or with `group` the command `name` of that group ("term", "add"). */
export function findAdminCommand(name: string, group?: string): AdminCommandDefinition | undefined {
  if (group === undefined) return adminCommands.find((c) => c.name === name);
  return adminCommands.find((c) => c.name === group)?.subcommands?.find((c) => c.name === name);
}

/** `/demining-admin`: every command under it requires a moderator, its help and unknown subcommands too. */
export const adminRoot = { name: 'demining-admin', requires: 'moderator', commands: adminCommands } as const;
