import { reply } from '../../src/core/reply.js';
import { defineAdminCommand } from './admin-command.js';

export default defineAdminCommand({
  name: 'gaps',
  description: 'The questions the bot could not answer, most asked first',
  options: [],
  examples: ['gaps'],
  run: async (_args, { store }) => {
    const gaps = store.gaps(20);
    if (gaps.length === 0) return { reply: reply('list', 'No unanswered questions recorded.', { private: true }) };
    const body = gaps.map((g) => `${g.count}× ${g.text} (last ${g.lastAt.slice(0, 10)})`).join('\n');
    return { reply: reply('list', `${gaps.length} unanswered question${gaps.length === 1 ? '' : 's'}, most asked first`, { body: `${body}\n\nTeach the bot one with: alias <fact> <phrase>`, private: true }) };
  },
});
