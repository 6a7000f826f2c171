import { commandRef, messages } from '../../src/core/messages.js';
import { reply } from '../../src/core/reply.js';
import { typedUsage } from '../dispatch.js';
import { ADMIN_ROOT, defineAdminCommand } from './admin-command.js';
import alias from './alias.js';

const SHOWN = 20;

export default defineAdminCommand({
  name: 'gaps',
  description: 'The questions the bot could not answer, most asked first',
  options: [],
  examples: ['gaps'],
  run: async (_args, { store }) => {
    // Asked again now: a question a phrasing taught since (or a new fact) answers is no gap any more.
    const engine = store.engine();
    const open = store.gaps(Number.POSITIVE_INFINITY).filter((g) => engine.ask(g.text).kind === 'no-answer');
    if (open.length === 0) return { reply: reply('list', messages.noGaps, { private: true }) };
    const asked = open.reduce((n, g) => n + g.count, 0);
    const lines = open.slice(0, SHOWN).map((g) => `${g.count}× ${g.text} (last ${g.lastAt.slice(0, 10)})`);
    if (open.length > SHOWN) lines.push(messages.gapsMore(open.length - SHOWN));
    const teach = messages.gapsTeach(commandRef(typedUsage(alias), ADMIN_ROOT));
    return { reply: reply('list', messages.gapsTitle(open.length, asked), { body: `${lines.join('\n')}\n\n${teach}`, private: true }) };
  },
});
