/**
 * What the vocabulary commands (`term ...`) say, in one place so the wording is reviewed together:
 * an entity or synonym group as a moderator reads it, and what a change did to it.
 */
import type { Entity, SynonymGroup } from '../../src/core/schema.js';
import { truncate } from '../../src/core/text.js';
import type { VocabularyChangelogEntry, VocabularyEdit } from '../../src/store/fact-store.js';
import { shortTime } from '../../src/store/store-messages.js';

type Item = Entity | SynonymGroup;

export const termText = {
  groupDescription: 'The vocabulary: places, organisations, people, things and synonyms the bot reads',
  listTitle: (revision: number, entities: number, groups: number) =>
    `Vocabulary (revision ${revision}): ${entities} entities, ${groups} synonym groups`,
  listFound: (count: number, text: string) => `${count} vocabulary ${count === 1 ? 'entry matches' : 'entries match'} "${truncate(text, 40)}"`,
  listKind: (count: number, kind: string) => `${count} ${kind === 'synonyms' ? 'synonym groups' : `entities of kind ${kind}`}`,
  listMore: (count: number) => `… and ${count} more: add words to narrow the list.`,
  listNothing: (text: string) => `Nothing in the vocabulary matches "${truncate(text, 40)}".`,
  listHint: 'Narrow it with a kind (place, organisation, person, thing, synonyms) or words; see one entry with term show.',
  entityTitle: (id: string, kind: string) => `Entity ${id} (${kind})`,
  groupTitle: (id: string) => `Synonym group ${id}`,
  withinIt: (count: number, shown: string) => `Within it: ${count} (${shown})`,
  noChanges: 'No changes recorded: it is as written in vocabulary.json.',
  changesHeading: 'Changes:',
  notInVocabulary: (text: string) => `There is no entity or synonym group "${truncate(text, 60)}" in the vocabulary.`,
  asWritten: (id: string) => `${id}: no changes recorded`,
  asWrittenBody: 'It is as written in vocabulary.json; changes made with the term commands are listed here.',
  historyTitle: (id: string, count: number) => `History of ${id}: ${count} change${count === 1 ? '' : 's'}`,
  invalid: 'Nothing was changed: the vocabulary entry is not valid.',
  recorded: (revision: number, seq: number, by: string) =>
    `Vocabulary revision ${revision}. Recorded in the changelog as change #${seq} by ${by}. Questions are read with it from now on.`,
} as const;

/** "place", or "synonym group" */
const whatIs = (item: Item) => ('words' in item ? 'synonym group' : item.kind);

const joined = (values: readonly string[]) => values.join(', ');

/** An item's parts as lines: "kind: place", "names: Battambang, Batdambang", "within: cambodia". */
export function itemLines(item: Item): string[] {
  if ('words' in item) return [`words: ${joined(item.words)}`];
  return [`kind: ${item.kind}`, `names: ${joined(item.names)}`, ...(item.within === undefined ? [] : [`within: ${item.within}`])];
}

function listDiff(field: string, before: readonly string[], after: readonly string[]): string[] {
  const added = after.filter((x) => !before.includes(x));
  const removed = before.filter((x) => !after.includes(x));
  return [...(added.length === 0 ? [] : [`${field}: + ${joined(added)}`]), ...(removed.length === 0 ? [] : [`${field}: − ${joined(removed)}`])];
}

/** What an edit changed, a line a part. */
export function editLines(edit: Pick<VocabularyEdit, 'before' | 'after'>): string[] {
  const { before, after } = edit;
  if (before === null) return after === null ? [] : itemLines(after).map((l) => `+ ${l}`);
  if (after === null) return itemLines(before).map((l) => `− ${l}`);
  if ('words' in before || 'words' in after) {
    return listDiff('words', 'words' in before ? before.words : [], 'words' in after ? after.words : []);
  }
  return [
    ...(before.kind === after.kind ? [] : [`kind: ${before.kind} → ${after.kind}`]),
    ...listDiff('names', before.names, after.names),
    ...(before.within === after.within ? [] : [`within: ${before.within ?? 'nothing'} → ${after.within ?? 'nothing'}`]),
  ];
}

/** The title of a change's reply: "Added place atlantis". */
export function editTitle(edit: VocabularyEdit, undoes: number | undefined): string {
  const { before, after, itemId } = edit;
  if (undoes !== undefined) {
    const state = after === null ? 'removed again' : before === null ? 'back' : 'back as it was';
    return `Undone: change #${undoes}; ${itemId} is ${state}`;
  }
  if (before === null) return after === null ? itemId : `Added ${whatIs(after)} ${itemId}`;
  if (after === null) return `Removed ${whatIs(before)} ${itemId}`;
  return `Changed ${whatIs(after)} ${itemId}`;
}

/** One line of a vocabulary item's history. */
export function historyLine(entry: VocabularyChangelogEntry): string {
  const what = entry.undoes === undefined ? entry.kind.replace('term-', '') : `undo of #${entry.undoes}`;
  return `#${entry.seq} ${shortTime(entry.at)} by ${entry.actor.name} (${entry.actor.face}), ${what}: ${editLines(entry).join('; ')} (reason: ${entry.reason})`;
}
