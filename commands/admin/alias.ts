import { textOption } from '../command.js';
import { defineAdminCommand } from './admin-command.js';
import { changeReply } from './results.js';

export default defineAdminCommand({
  name: 'alias',
  description: 'Teach a phrasing: questions worded like it are answered by the fact next time',
  options: [
    textOption('fact', 'The fact id', { autocomplete: 'fact' }),
    textOption('phrase', 'How people ask, e.g. "how much land is still dangerous"'),
    textOption('reason', 'Why, e.g. "asked 5 times, see gaps"'),
  ],
  examples: ['alias cambodia-area-remaining phrase: how much is still dangerous reason: from gaps'],
  run: async ({ fact, phrase, reason }, { store, actor }) => {
    const result = await store.apply({ kind: 'alias', factId: fact ?? '', phrase: phrase ?? '' }, actor, reason ?? '');
    return { reply: changeReply(result, (id) => `"${phrase ?? ''}" now asks for ${id}.`) };
  },
});
