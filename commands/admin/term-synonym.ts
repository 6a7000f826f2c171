import { textOption } from '../command.js';
import { defineAdminCommand } from './admin-command.js';
import { changeReply } from './results.js';
import { termText } from './term-text.js';
import { splitList } from '../../src/store/vocabulary-change.js';

export default defineAdminCommand({
  name: 'synonym',
  description: 'Teach words read as one meaning: added to a synonym group (a new id makes a new group)',
  options: [
    textOption('group', 'The synonym group id, e.g. "remaining"', { autocomplete: 'entity' }),
    textOption('words', 'Words or phrases read as the group, separated by commas', { maxLength: 500 }),
    textOption('reason', 'Why, e.g. "asked about in gaps"'),
  ],
  examples: ['term synonym remaining still to be swept, unswept reason: asked in gaps'],
  run: async ({ group, words, reason }, { store, actor }) => {
    const result = await store.apply({ kind: 'term-synonym', group: group ?? '', words: splitList(words ?? '') }, actor, reason ?? '');
    return { reply: changeReply(result, () => '', termText.invalid) };
  },
});
