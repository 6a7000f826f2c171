import { formatFigure } from '../../src/core/units.js';
import { messages } from '../../src/core/messages.js';
import { reply } from '../../src/core/reply.js';
import { textOption } from '../command.js';
import { defineAdminCommand } from './admin-command.js';

export default defineAdminCommand({
  name: 'history',
  description: 'Every revision of a fact, figures included, with who changed it, when and why',
  options: [textOption('fact', 'The fact id', { autocomplete: 'fact' })],
  examples: ['history cambodia-area-remaining'],
  run: async ({ fact }, { store }) => {
    const revisions = store.history(fact ?? '');
    if (revisions.length === 0) return { reply: reply('error', messages.unknownFact(fact ?? '')) };
    const lines = revisions.map((r) =>
      `r${r.revision} ${r.updatedAt.slice(0, 16).replace('T', ' ')} UTC${r.updatedBy === undefined ? '' : ` by ${r.updatedBy}`}` +
      `${r.retired === true ? ' [retired]' : ''}: ${r.figure === undefined ? r.statement : `${formatFigure(r.figure)} ${r.figure.label} (as of ${r.figure.asOf})`}` +
      `${r.reason === undefined ? '' : ` (reason: ${r.reason})`}`);
    return { reply: reply('list', `History of ${fact ?? ''}: ${revisions.length} revision${revisions.length === 1 ? '' : 's'}`, { body: lines.join('\n'), private: true, facts: [fact ?? ''] }) };
  },
});
