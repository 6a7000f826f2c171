import { textOption } from '../command.js';
import { defineAdminCommand } from './admin-command.js';
import { changeReply } from './results.js';
import { currentRevision } from './lookup.js';

export default defineAdminCommand({
  name: 'restore',
  description: 'Bring a retired fact back',
  options: [textOption('fact', 'The fact id', { autocomplete: 'fact' }), textOption('reason', 'Why it is restored')],
  examples: ['restore jmas-cmac-area-cleared reason: retired by mistake'],
  run: async ({ fact, reason }, { store, actor }) => {
    const result = await store.apply({ kind: 'restore', factId: fact ?? '', baseRevision: currentRevision(store, fact) }, actor, reason ?? '');
    return { reply: changeReply(result, (id, rev) => `Restored ${id} (revision ${rev}).`) };
  },
});
