import { textOption } from '../command.js';
import { defineAdminCommand } from './admin-command.js';
import { changeReply } from './results.js';

export default defineAdminCommand({
  name: 'undo',
  description: 'Undo the most recent change, to a fact or the vocabulary (the undo is itself recorded)',
  options: [textOption('reason', 'Why it is undone')],
  examples: ['undo reason: wrong figure'],
  run: async ({ reason }, { store, actor }) => {
    const result = await store.apply({ kind: 'undo' }, actor, reason ?? '');
    return { reply: changeReply(result, (id, rev) => `Undone: ${id} is back as it was (now revision ${rev}).`, 'Nothing was changed: undoing it would leave the fact base invalid.') };
  },
});
