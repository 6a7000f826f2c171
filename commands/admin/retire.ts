import { textOption } from '../command.js';
import { defineAdminCommand } from './admin-command.js';
import { changeReply } from './results.js';
import { currentRevision } from './lookup.js';

export default defineAdminCommand({
  name: 'retire',
  description: 'Retire a fact: it stops answering but stays on file, with its history',
  options: [textOption('fact', 'The fact id', { autocomplete: 'fact' }), textOption('reason', 'Why it is retired')],
  examples: ['retire jmas-cmac-area-cleared reason: superseded'],
  run: async ({ fact, reason }, { store, actor }) => {
    const result = await store.apply({ kind: 'retire', factId: fact ?? '', baseRevision: currentRevision(store, fact) }, actor, reason ?? '');
    return { reply: changeReply(result, (id, rev) => `Retired ${id} (revision ${rev}).`) };
  },
});
