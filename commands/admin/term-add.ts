import { textOption } from '../command.js';
import { defineAdminCommand } from './admin-command.js';
import { changeReply } from './results.js';
import { termText } from './term-text.js';
import { splitList } from '../../src/store/vocabulary-change.js';

export default defineAdminCommand({
  name: 'add',
  description: 'Teach a new place, organisation, person or thing by its names',
  options: [
    textOption('id', 'The new entity id, lower-case kebab-case, e.g. "siem-reap-town"'),
    textOption('kind', 'place, organisation, person or thing'),
    textOption('names', 'Every way people write it, separated by commas', { maxLength: 500 }),
    textOption('reason', 'Why, e.g. "asked about in gaps"'),
    textOption('within', 'A broader entity it falls within, e.g. "cambodia"', { required: false, autocomplete: 'entity' }),
  ],
  examples: ['term add samlout place names: Samlout, Samlot within: battambang reason: asked in gaps'],
  run: async ({ id, kind, names, within, reason }, { store, actor }) => {
    const change = { kind: 'term-add' as const, id: id ?? '', entityKind: kind ?? '', names: splitList(names ?? ''), ...(within === undefined ? {} : { within }) };
    return { reply: changeReply(await store.apply(change, actor, reason ?? ''), () => '', termText.invalid) };
  },
});
