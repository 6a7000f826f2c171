import { textOption } from '../command.js';
import { defineAdminCommand } from './admin-command.js';
import { changeReply } from './results.js';
import { termText } from './term-text.js';

export default defineAdminCommand({
  name: 'remove',
  description: 'Remove an entity or a synonym group from the vocabulary (undo brings it back)',
  options: [textOption('id', 'The entity or synonym group id', { autocomplete: 'entity' }), textOption('reason', 'Why it is removed')],
  examples: ['term remove samlout reason: added by mistake'],
  run: async ({ id, reason }, { store, actor }) => {
    const result = await store.apply({ kind: 'term-remove', id: id ?? '' }, actor, reason ?? '');
    return { reply: changeReply(result, () => '', termText.invalid) };
  },
});
