import { reply } from '../../src/core/reply.js';
import { defineAdminCommand } from './admin-command.js';

export default defineAdminCommand({
  name: 'reload',
  description: 'Re-read the fact base from disk now',
  options: [],
  examples: ['reload'],
  run: async (_args, { store }) => {
    const r = await store.reload();
    const s = store.status();
    return r.ok
      ? { reply: reply('answer', `Reloaded: revision ${s.revision}, ${s.facts} facts.`, { private: true }) }
      : { reply: reply('error', 'The fact base on disk is invalid; the last good one keeps answering.', { body: r.error }) };
  },
});
