import { reply } from '../../src/core/reply.js';
import { nameKey } from '../../src/store/vocabulary-change.js';
import { textOption } from '../command.js';
import { defineAdminCommand } from './admin-command.js';
import { historyLine, itemLines, termText } from './term-text.js';

export default defineAdminCommand({
  name: 'show',
  description: 'One entity or synonym group: its names or words, what falls within it, its changes',
  options: [textOption('id', 'The entity or synonym group id, or one of its names', { autocomplete: 'entity' })],
  examples: ['term show battambang'],
  run: async ({ id = '' }, { store }) => {
    const { entities, synonyms } = store.kb().vocabulary;
    const wanted = id.trim().toLowerCase();
    const key = nameKey(wanted);
    const entity = entities.find((e) => e.id === wanted) ?? entities.find((e) => key !== '' && e.names.some((n) => nameKey(n) === key));
    const group = entity === undefined ? synonyms.find((g) => g.id === wanted) ?? synonyms.find((g) => key !== '' && g.words.some((w) => nameKey(w) === key)) : undefined;
    const item = entity ?? group;
    if (item === undefined) return { reply: reply('error', termText.notInVocabulary(id), { body: termText.listHint }) };
    const lines = itemLines(item);
    if (entity !== undefined) {
      const names = new Set([entity.id, ...entity.names].map((n) => n.toLowerCase()));
      const inside = entities.filter((e) => e.within !== undefined && names.has(e.within.toLowerCase())).map((e) => e.id);
      if (inside.length > 0) lines.push(termText.withinIt(inside.length, `${inside.slice(0, 10).join(', ')}${inside.length > 10 ? ', …' : ''}`));
    }
    const changes = store.vocabularyHistory(item.id);
    lines.push('', ...(changes.length === 0 ? [termText.noChanges] : [termText.changesHeading, ...changes.slice(-10).map(historyLine)]));
    const title = entity !== undefined ? termText.entityTitle(entity.id, entity.kind) : termText.groupTitle(item.id);
    return { reply: reply('list', title, { body: lines.join('\n'), private: true }) };
  },
});
