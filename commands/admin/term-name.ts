import { textOption } from '../command.js';
import { defineAdminCommand } from './admin-command.js';
import { changeReply } from './results.js';
import { termText } from './term-text.js';

export default defineAdminCommand({
  name: 'name',
  description: 'Teach another name for a place, organisation, person or thing',
  options: [
    textOption('id', 'The entity id', { autocomplete: 'entity' }),
    textOption('name', 'The new name, as people write it'),
    textOption('reason', 'Why, e.g. "old spelling still in use"'),
  ],
  examples: ['term name battambang Battambang town reason: asked in gaps'],
  run: async ({ id, name, reason }, { store, actor }) => {
    const result = await store.apply({ kind: 'term-name', id: id ?? '', name: name ?? '' }, actor, reason ?? '');
    return { reply: changeReply(result, () => '', termText.invalid) };
  },
});
