/** The moderator commands, served under /demining-admin on every face. */
import add from './add.js';
import type { AdminCommandDefinition } from './admin-command.js';
import alias from './alias.js';
import edit from './edit.js';
import gaps from './gaps.js';
import history from './history.js';
import reload from './reload.js';
import restore from './restore.js';
import retire from './retire.js';
import status from './status.js';
import undo from './undo.js';

export const adminCommands: readonly AdminCommandDefinition[] = [add, edit, retire, restore, alias, history, undo, gaps, reload, status];

export function findAdminCommand(name: string): AdminCommandDefinition | undefined {
  return adminCommands.find((c) => c.name === name);
}
