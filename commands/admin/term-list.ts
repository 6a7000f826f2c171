import { reply } from '../../src/core/reply.js';
import { entityKinds } from '../../src/core/schema.js';
import { nameKey } from '../../src/store/vocabulary-change.js';
import { textOption } from '../command.js';
import { defineAdminCommand } from './admin-command.js';
import { termText } from './term-text.js';

/** Enough lines to read in a chat message; Discord and Slack cut longer bodies anyway. */
const BUDGET = 1800;

function fit(lines: readonly string[]): string {
  const out: string[] = [];
  let used = 0;
  for (const [i, line] of lines.entries()) {
    if (used + line.length > BUDGET) {
      out.push(termText.listMore(lines.length - i));
      break;
    }
    out.push(line);
    used += line.length + 1;
  }
  return out.join('\n');
}

const shortList = (values: readonly string[], max = 8) => `${values.slice(0, max).join(', ')}${values.length > max ? ', …' : ''}`;

export default defineAdminCommand({
  name: 'list',
  description: 'The vocabulary: entities by kind and synonym groups, or those matching some words',
  options: [textOption('kind', 'place, organisation, person, thing, synonyms, or words to look for', { required: false })],
  examples: ['term list place'],
  run: async ({ kind }, { store }) => {
    const { vocabulary } = store.kb();
    const { entities, synonyms } = vocabulary;
    const entityLine = (e: (typeof entities)[number]) => `${e.id} (${e.kind}): ${shortList(e.names, 5)}${e.within === undefined ? '' : `; within ${e.within}`}`;
    const groupLine = (g: (typeof synonyms)[number]) => `${g.id} (synonyms): ${shortList(g.words)}`;
    const wanted = kind?.trim().toLowerCase() ?? '';
    if (wanted === '') {
      const body = [
        ...entityKinds.map((k) => {
          const ids = entities.filter((e) => e.kind === k).map((e) => e.id);
          return `${k} (${ids.length}): ${shortList(ids)}`;
        }),
        `synonyms (${synonyms.length}): ${shortList(synonyms.map((g) => g.id))}`,
        '',
        termText.listHint,
      ].join('\n');
      return { reply: reply('list', termText.listTitle(vocabulary.revision, entities.length, synonyms.length), { body, private: true }) };
    }
    if ((entityKinds as readonly string[]).includes(wanted) || wanted === 'synonyms') {
      const lines = wanted === 'synonyms' ? synonyms.map(groupLine) : entities.filter((e) => e.kind === wanted).map(entityLine);
      return { reply: reply('list', termText.listKind(lines.length, wanted), { body: fit(lines), private: true }) };
    }
    const key = nameKey(wanted) || wanted;
    const has = (values: readonly string[]) => values.some((v) => (nameKey(v) || v.toLowerCase()).includes(key));
    const lines = [
      ...entities.filter((e) => has([e.id, ...e.names])).map(entityLine),
      ...synonyms.filter((g) => has([g.id, ...g.words])).map(groupLine),
    ];
    if (lines.length === 0) return { reply: reply('list', termText.listNothing(wanted), { body: termText.listHint, private: true }) };
    return { reply: reply('list', termText.listFound(lines.length, wanted), { body: fit(lines), private: true }) };
  },
});
