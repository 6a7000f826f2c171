/**
 * Works out what a moderator's change to the vocabulary (knowledge/vocabulary.json) does, without
 * touching the disk: the item before and after and its place in its list, or why it is refused.
 * Names are compared as the engine reads them ("Phnom-Penh" is "phnom penh"), so one name never
 * stands for two things: not two entities, not an entity and a glossary term, not a word of two
 * synonym groups. The store then checks the whole candidate fact base and writes it.
 */
import type { z } from 'zod';
import { describeProblem, type KnowledgeProblem } from '../core/knowledge.js';
import {
  Entity, SynonymGroup, entityKinds,
  type EntityKind, type GlossaryEntry, type VocabularyFile,
} from '../core/schema.js';
import { prepare, words } from '../core/vocabulary.js';
import type { VocabularyChangelogEntry, VocabularyItem } from './changelog.js';
import type { FieldError } from './prepare-change.js';
import { storeMessages } from './store-messages.js';

const say = storeMessages.vocabulary;

/** At most this many names or words in one change: a paste of a whole list is a hand edit. */
export const MAX_NAMES_PER_CHANGE = 50;

export type VocabularyChange =
  /** A new entity. `kind` and the names are as typed; they are checked and cleaned here. */
  | { kind: 'term-add'; id: string; entityKind: string; names: readonly string[]; within?: string }
  /** Another name for an entity. */
  | { kind: 'term-name'; id: string; name: string }
  /** Words for a synonym group, made when it does not exist. */
  | { kind: 'term-synonym'; group: string; words: readonly string[] }
  /** Removes an entity (or, when no entity has the id, a synonym group). */
  | { kind: 'term-remove'; id: string };

const VOCABULARY_CHANGE_KINDS: ReadonlySet<string> = new Set<VocabularyChange['kind']>(['term-add', 'term-name', 'term-synonym', 'term-remove']);

export function isVocabularyChange(change: { kind: string }): change is VocabularyChange {
  return VOCABULARY_CHANGE_KINDS.has(change.kind);
}

/** vocabulary.json as written on disk, so untouched parts keep their bytes. */
export type RawVocabularyFile = z.input<typeof VocabularyFile>;
export const EMPTY_VOCABULARY: RawVocabularyFile = { revision: 0, entities: [], synonyms: [] };

/** One item of vocabulary.json added, changed or removed. */
export interface VocabularyEdit {
  list: 'entities' | 'synonyms';
  itemId: string;
  /** Where the item is (or goes) in its list. */
  index: number;
  /** null: the item is added. */
  before: VocabularyItem | null;
  /** null: the item is removed. */
  after: VocabularyItem | null;
}

export type VocabularyPrepared =
  | { ok: true; edit: VocabularyEdit; undoes?: number }
  | { ok: false; reason: 'invalid'; errors: FieldError[] }
  | { ok: false; reason: 'not-found' | 'stale'; message: string };

export interface VocabularyContext {
  vocabulary: RawVocabularyFile;
  glossary: readonly GlossaryEntry[];
}

/** A name as the engine reads it: "Phnom-Penh" and "phnom  penh" are both "phnom penh". */
export function nameKey(name: string): string {
  return words(prepare(name)).join(' ');
}

/** The engine's token of an id: ids whose tokens are equal would be read as one thing. */
const idToken = (id: string) => id.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Trimmed, spaces folded, empties and repeats (as the engine reads them) dropped. */
export function cleanNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of names) {
    const name = String(raw).trim().replace(/\s+/gu, ' ');
    const key = nameKey(name) || name.toLowerCase();
    if (name === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

/** "Battambang, Batdambang" -> ["Battambang", "Batdambang"]. */
export function splitList(text: string): string[] {
  return text.split(/[,;\n]/u);
}

/** An entity or group with its keys in the order vocabulary.json uses. */
export function canonicalItem(item: VocabularyItem): VocabularyItem {
  if ('words' in item) return { id: item.id, words: item.words };
  return { id: item.id, kind: item.kind, names: item.names, ...(item.within === undefined ? {} : { within: item.within }) };
}

const sameItem = (a: VocabularyItem, b: VocabularyItem) => JSON.stringify(canonicalItem(a)) === JSON.stringify(canonicalItem(b));

interface Owner {
  /** What owns the name, as said to people: 'a name of entity "cambodia"'. */
  says: string;
  entity?: string;
  group?: string;
}

/** Every name, word and id the vocabulary and the glossary already use, by how the engine reads it. */
function ownersOf(ctx: VocabularyContext): Map<string, Owner> {
  const owners = new Map<string, Owner>();
  const own = (name: string, owner: Owner) => {
    const key = nameKey(name);
    if (key !== '' && !owners.has(key)) owners.set(key, owner);
  };
  // Names before ids: "Phnom Penh" is better said to be a name of phnom-penh than its id.
  for (const e of entitiesOf(ctx.vocabulary)) for (const n of e.names) own(n, { says: say.nameOfEntity(e.id), entity: e.id });
  for (const e of entitiesOf(ctx.vocabulary)) own(e.id, { says: say.idOfEntity(e.id), entity: e.id });
  for (const g of ctx.glossary) {
    for (const n of [g.term, ...(g.expansion === undefined ? [] : [g.expansion]), ...g.aliases]) own(n, { says: say.glossaryTerm(g.term) });
  }
  for (const g of groupsOf(ctx.vocabulary)) for (const w of g.words) own(w, { says: say.wordOfGroup(g.id), group: g.id });
  for (const g of groupsOf(ctx.vocabulary)) own(g.id, { says: say.idOfGroup(g.id), group: g.id });
  return owners;
}

/** Ids whose engine tokens are taken: entities, synonym groups, and glossary terms that name something. */
function tokenOwners(ctx: VocabularyContext): Map<string, string> {
  const owners = new Map<string, string>();
  for (const e of entitiesOf(ctx.vocabulary)) owners.set(idToken(e.id), say.idOfEntity(e.id));
  for (const g of groupsOf(ctx.vocabulary)) if (!owners.has(idToken(g.id))) owners.set(idToken(g.id), say.idOfGroup(g.id));
  for (const g of ctx.glossary) if (g.kind !== undefined && !owners.has(idToken(g.term))) owners.set(idToken(g.term), say.glossaryTerm(g.term));
  return owners;
}

const entitiesOf = (file: RawVocabularyFile) => (file.entities ?? []) as Entity[];
const groupsOf = (file: RawVocabularyFile) => (file.synonyms ?? []) as SynonymGroup[];
const invalid = (errors: FieldError[]): VocabularyPrepared => ({ ok: false, reason: 'invalid', errors });

/** The schema's word on an item, on the fields the moderator typed ("names", not "names.3"). */
function schemaErrors(result: z.ZodSafeParseResult<unknown>, item: { names?: readonly string[]; words?: readonly string[] }): FieldError[] {
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const [field = '', index] = issue.path.map(String);
    const list = field === 'names' ? item.names : field === 'words' ? item.words : undefined;
    const value = list !== undefined && index !== undefined ? list[Number(index)] : undefined;
    const shown = value === undefined ? '' : `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}": `;
    return { field, message: `${shown}${issue.message}` };
  });
}

/** Names (or words) checked for use elsewhere; `mine` is what the item being changed may reuse. */
function collisions(field: string, names: readonly string[], owners: ReadonlyMap<string, Owner>, mine: (owner: Owner) => boolean): FieldError[] {
  const errors: FieldError[] = [];
  for (const name of names) {
    const key = nameKey(name);
    if (key === '') {
      errors.push({ field, message: say.noLetters(name) });
      continue;
    }
    const owner = owners.get(key);
    if (owner !== undefined && !mine(owner)) errors.push({ field, message: say.taken(name, owner.says) });
  }
  return errors;
}

function countErrors(field: string, count: number): FieldError[] {
  if (count === 0) return [{ field, message: say.empty }];
  if (count > MAX_NAMES_PER_CHANGE) return [{ field, message: say.tooMany(count, MAX_NAMES_PER_CHANGE) }];
  return [];
}

export function prepareVocabularyChange(change: VocabularyChange, ctx: VocabularyContext): VocabularyPrepared {
  const entities = entitiesOf(ctx.vocabulary);
  const groups = groupsOf(ctx.vocabulary);
  const owners = ownersOf(ctx);
  const entityIndex = (id: string) => entities.findIndex((e) => e.id === id);
  const notFound = (id: string): VocabularyPrepared => {
    const owner = owners.get(nameKey(id));
    return { ok: false, reason: 'not-found', message: say.entityNotFound(id, owner?.entity) };
  };

  switch (change.kind) {
    case 'term-add': {
      const id = String(change.id ?? '').trim().toLowerCase();
      const kind = String(change.entityKind ?? '').trim().toLowerCase();
      const names = cleanNames(change.names ?? []);
      const within = change.within === undefined ? undefined : String(change.within).trim().replace(/\s+/gu, ' ');
      const errors: FieldError[] = [];
      const token = tokenOwners(ctx).get(idToken(id));
      if (token !== undefined) errors.push({ field: 'id', message: say.idTaken(token) });
      if (!(entityKinds as readonly string[]).includes(kind)) errors.push({ field: 'kind', message: say.kind(kind, entityKinds) });
      errors.push(...countErrors('names', names.length));
      errors.push(...collisions('names', names, owners, () => false));
      if (within !== undefined && within !== '' && (within.toLowerCase() === id || names.some((n) => nameKey(n) === nameKey(within)))) {
        errors.push({ field: 'within', message: say.withinSelf });
      }
      const entity = { id, kind: kind as EntityKind, names, ...(within === undefined || within === '' ? {} : { within }) };
      errors.push(...schemaErrors(Entity.safeParse(entity), entity).filter((e) => !errors.some((x) => x.field === e.field)));
      if (errors.length > 0) return invalid(errors);
      return { ok: true, edit: { list: 'entities', itemId: id, index: entities.length, before: null, after: canonicalItem(entity) } };
    }
    case 'term-name': {
      const id = String(change.id ?? '').trim().toLowerCase();
      const index = entityIndex(id);
      const old = entities[index];
      if (old === undefined) return notFound(id);
      const [name] = cleanNames([change.name ?? '']);
      if (name === undefined) return invalid([{ field: 'name', message: say.empty }]);
      const errors = old.names.some((n) => nameKey(n) === nameKey(name))
        ? [{ field: 'name', message: say.taken(name, say.nameOfEntity(id)) }]
        : collisions('name', [name], owners, (o) => o.says === say.idOfEntity(id));
      const after = { ...old, names: [...old.names, name] };
      if (errors.length === 0) errors.push(...schemaErrors(Entity.safeParse(after), after).map((e) => ({ ...e, field: e.field === 'names' ? 'name' : e.field })));
      if (errors.length > 0) return invalid(errors);
      return { ok: true, edit: { list: 'entities', itemId: id, index, before: canonicalItem(old), after: canonicalItem(after) } };
    }
    case 'term-synonym': {
      const id = String(change.group ?? '').trim().toLowerCase();
      const index = groups.findIndex((g) => g.id === id);
      const old = groups[index];
      const added = cleanNames(change.words ?? []);
      const errors: FieldError[] = [...countErrors('words', added.length)];
      if (old === undefined) {
        const token = tokenOwners(ctx).get(idToken(id));
        if (token !== undefined) errors.push({ field: 'group', message: say.idTaken(token) });
      }
      for (const word of added) {
        if (old?.words.some((w) => nameKey(w) === nameKey(word)) === true) errors.push({ field: 'words', message: say.taken(word, say.wordOfGroup(id)) });
      }
      errors.push(...collisions('words', added, owners, (o) => o.says === say.idOfGroup(id) || o.says === say.wordOfGroup(id)));
      const after = { id, words: [...(old?.words ?? []), ...added] };
      errors.push(...schemaErrors(SynonymGroup.safeParse(after), after).map((e) => ({ ...e, field: e.field === 'id' ? 'group' : e.field })));
      if (errors.length > 0) return invalid(errors);
      return old === undefined
        ? { ok: true, edit: { list: 'synonyms', itemId: id, index: groups.length, before: null, after: canonicalItem(after) } }
        : { ok: true, edit: { list: 'synonyms', itemId: id, index, before: canonicalItem(old), after: canonicalItem(after) } };
    }
    case 'term-remove': {
      const id = String(change.id ?? '').trim().toLowerCase();
      const index = entityIndex(id);
      const old = entities[index];
      if (old !== undefined) {
        const keys = new Set([old.id, ...old.names].map((n) => n.toLowerCase()));
        const inside = [
          ...entities.filter((e) => e.within !== undefined && keys.has(e.within.toLowerCase())).map((e) => `entity "${e.id}"`),
          ...ctx.glossary.filter((g) => g.within !== undefined && keys.has(g.within.toLowerCase())).map((g) => `glossary term "${g.term}"`),
        ];
        if (inside.length > 0) {
          const shown = inside.length > 5 ? [...inside.slice(0, 5), `${inside.length - 5} more`] : inside;
          return invalid([{ field: 'id', message: say.fallsWithin(shown) }]);
        }
        return { ok: true, edit: { list: 'entities', itemId: id, index, before: canonicalItem(old), after: null } };
      }
      const groupIndex = groups.findIndex((g) => g.id === id);
      const group = groups[groupIndex];
      if (group === undefined) return { ok: false, reason: 'not-found', message: say.notFound(id) };
      return { ok: true, edit: { list: 'synonyms', itemId: id, index: groupIndex, before: canonicalItem(group), after: null } };
    }
  }
}

/**
 * The change that undoes `target`: its item put back as it was before, in its place. Refused when
 * the item is no longer as the change left it (a hand edit since), rather than losing that edit.
 */
export function prepareVocabularyUndo(target: VocabularyChangelogEntry, vocabulary: RawVocabularyFile): VocabularyPrepared {
  const list = (target.list === 'entities' ? entitiesOf(vocabulary) : groupsOf(vocabulary)) as VocabularyItem[];
  const index = list.findIndex((item) => item.id === target.itemId);
  const current = list[index];
  const asLeft = target.after === null ? current === undefined : current !== undefined && sameItem(current, target.after);
  if (!asLeft) return { ok: false, reason: 'stale', message: say.changedSince(target.itemId) };
  const edit: VocabularyEdit = current === undefined
    ? { list: target.list, itemId: target.itemId, index: Math.min(target.index, list.length), before: null, after: target.before }
    : { list: target.list, itemId: target.itemId, index, before: canonicalItem(current), after: target.before };
  return { ok: true, edit, undoes: target.seq };
}

/** vocabulary.json with `edit` made and its revision one more; `undefined` when the item is not where the edit expects it. */
export function applyVocabularyEdit(file: RawVocabularyFile, edit: VocabularyEdit): RawVocabularyFile | undefined {
  const list = [...((file[edit.list] ?? []) as VocabularyItem[])];
  const at = list.findIndex((item) => item.id === edit.itemId);
  if (edit.before === null) {
    if (at !== -1 || edit.after === null) return undefined;
    list.splice(Math.min(edit.index, list.length), 0, edit.after);
  } else {
    const current = list[at];
    if (current === undefined || !sameItem(current, edit.before)) return undefined;
    if (edit.after === null) list.splice(at, 1);
    else list[at] = edit.after;
  }
  return { ...file, revision: (file.revision ?? 0) + 1, [edit.list]: list };
}

/** Problems with the candidate fact base, on the fields of the change where they belong. */
export function vocabularyFieldErrors(problems: readonly KnowledgeProblem[], vocabularyPath: string, edit: VocabularyEdit): FieldError[] {
  return problems.map((p): FieldError => {
    if (p.file === vocabularyPath && p.field !== undefined) {
      if (edit.list === 'entities' && p.item === edit.itemId) return { field: p.field.split('.')[0]!, message: p.message };
      const m = /^synonyms\.(\d+)\.([a-z]+)/u.exec(p.field);
      if (edit.list === 'synonyms' && m !== null && Number(m[1]) === edit.index) return { field: m[2] === 'id' ? 'group' : m[2]!, message: p.message };
    }
    return { field: '', message: describeProblem(p) };
  });
}
