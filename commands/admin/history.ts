import { formatFigure } from '../../src/core/units.js';
import { messages } from '../../src/core/messages.js';
import { reply } from '../../src/core/reply.js';
import { textOption } from '../command.js';
import { defineAdminCommand } from './admin-command.js';
import { historyLine, termText } from './term-text.js';

export default defineAdminCommand({
  name: 'history',
  description: 'Every revision of a fact (or change to a vocabulary entry), with who changed it, when and why',
  options: [textOption('fact', 'The fact id, or a vocabulary entity or synonym group id', { autocomplete: 'fact' })],
  examples: ['history cambodia-area-remaining'],
  run: async ({ fact = '' }, { store }) => {
    const revisions = store.history(fact);
    const changes = store.vocabularyHistory(fact);
    if (revisions.length === 0 && changes.length === 0) {
      const { entities, synonyms } = store.kb().vocabulary;
      if ([...entities, ...synonyms].some((item) => item.id === fact)) {
        return { reply: reply('list', termText.asWritten(fact), { body: termText.asWrittenBody, private: true }) };
      }
      return { reply: reply('error', messages.unknownFact(fact)) };
    }
    if (revisions.length === 0) {
      return { reply: reply('list', termText.historyTitle(fact, changes.length), { body: changes.map(historyLine).join('\n'), private: true }) };
    }
    const lines = revisions.map((r) =>
      `r${r.revision} ${r.updatedAt.slice(0, 16).replace('T', ' ')} UTC${r.updatedBy === undefined ? '' : ` by ${r.updatedBy}`}` +
      `${r.retired === true ? ' [retired]' : ''}: ${r.figure === undefined ? r.statement : `${formatFigure(r.figure)} ${r.figure.label} (as of ${r.figure.asOf})`}` +
      `${r.reason === undefined ? '' : ` (reason: ${r.reason})`}`);
    if (changes.length > 0) lines.push('', `${termText.historyTitle(fact, changes.length)}:`, ...changes.map(historyLine));
    return { reply: reply('list', `History of ${fact}: ${revisions.length} revision${revisions.length === 1 ? '' : 's'}`, { body: lines.join('\n'), private: true, facts: [fact] }) };
  },
});
