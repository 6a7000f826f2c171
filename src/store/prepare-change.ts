/**
 * Works out what a moderator's change does to the fact files, without touching the disk: the new
 * fact (revision + 1, the previous revision pushed whole onto its history), or why it is refused.
 * The store then checks the whole candidate fact base and writes it.
 */
import type { z } from 'zod';
import type { Derivation, Fact, FactRevision, Figure, FactsFile, Source, SourcesFile } from '../core/schema.js';
import { isVocabularyEntry, type Actor, type ChangelogEntry } from './changelog.js';
import { storeMessages } from './store-messages.js';
import type { VocabularyChange } from './vocabulary-change.js';

/** The parts of a fact a moderator writes. */
export interface FactContent {
  topic: string;
  aliases: string[];
  statement: string;
  figure?: Figure;
  source: string;
  quote: string;
  saidBy: string;
  /** Review this fact by this date (YYYY-MM-DD). Left out of an edit, the fact keeps the one it had. */
  reviewBy?: string;
}

/** A source added with a fact. It has no text on file, so its quotes are shown as "quote not checked". */
export interface NewSource {
  id: string;
  publisher: string;
  headline: string;
  url: string;
  date: string;
}

/** A change to the fact base: to one fact, to the vocabulary, or the undo of the latest change. */
export type Change = FactChange | VocabularyChange;

export type FactChange =
  /** `id` is made from the topic when absent. With `newSource`, the fact's source is `newSource.id`. */
  | { kind: 'add'; id?: string; content: FactContent; newSource?: NewSource }
  /** With `retired`, the fact is also retired (true) or restored (false) in the same revision (an import row). */
  | { kind: 'edit'; factId: string; baseRevision: number; content: FactContent; newSource?: NewSource; retired?: boolean }
  | { kind: 'retire' | 'restore'; factId: string; baseRevision: number }
  /** Without baseRevision it always applies. */
  | { kind: 'alias'; factId: string; baseRevision?: number; phrase: string }
  /** Undoes the most recent change not yet undone (of a fact or of the vocabulary); itself a recorded change. */
  | { kind: 'undo' };

export type FieldError = { field: string; message: string };

/** The files as written on disk (JSON.parse of a checked file), so untouched parts keep their bytes. */
export type RawFactsFile = z.input<typeof FactsFile>;
export type RawSourcesFile = z.input<typeof SourcesFile>;

export type Prepared =
  | {
      ok: true;
      fact: Fact;
      baseRevision: number | null;
      undoes?: number;
      newSource?: Source;
    }
  | { ok: false; reason: 'invalid'; errors: FieldError[] }
  | { ok: false; reason: 'stale' | 'not-found' | 'nothing-to-undo'; message: string };

export interface ChangeContext {
  facts: RawFactsFile;
  sources: RawSourcesFile;
  /** The changelog so far, oldest first (undo looks for its target there). */
  entries: readonly ChangelogEntry[];
  at: string;
  actor: Actor;
  reason: string;
}

/** "Alice (discord)": how a change's author is written in facts.json and shown in history. */
export function actorLabel(actor: Actor): string {
  return `${actor.name} (${actor.face})`;
}

/** A copy of `obj` without `keys`. */
export function without<T extends object, K extends keyof T>(obj: T, ...keys: K[]): Omit<T, K> {
  const out: Partial<T> = { ...obj };
  for (const k of keys) delete out[k];
  return out as Omit<T, K>;
}

/** A fact's current revision as a history item: everything but its id and history. */
export function revisionOf(fact: Fact): FactRevision {
  return without(fact, 'id', 'history');
}

/** A fact with its keys in the order facts.json uses, so a rewrite only changes what changed. */
export function canonicalFact(f: Fact): Fact {
  const out: Record<string, unknown> = {
    id: f.id, topic: f.topic, aliases: f.aliases, statement: f.statement, figure: f.figure, quote: f.quote,
    saidBy: f.saidBy, source: f.source, retired: f.retired, reviewBy: f.reviewBy, revision: f.revision, updatedAt: f.updatedAt,
    updatedBy: f.updatedBy, reason: f.reason, history: f.history,
  };
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out as Fact;
}

/** "Land still to clear in Cambodia" -> "land-still-to-clear-in-cambodia", made unique with -2, -3... */
export function slugFromTopic(topic: string, taken: ReadonlySet<string>): string {
  const words = topic.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/gu, ' ').trim().split(' ');
  let base = '';
  for (const w of words) {
    if (w === '') continue;
    const next = base === '' ? w : `${base}-${w}`;
    if (next.length > 60) break;
    base = next;
  }
  if (base === '') base = 'fact';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Phrasings as the store keeps them: spaces folded, blanks and repeats (any case) dropped. */
export function cleanAliases(aliases: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const a of Array.isArray(aliases) ? aliases : []) {
    const t = String(a).trim().replace(/\s+/gu, ' ');
    if (t === '' || seen.has(t.toLowerCase())) continue;
    seen.add(t.toLowerCase());
    out.push(t);
  }
  return out;
}

function contentFields(content: FactContent, source: string): Omit<Fact, 'id' | 'revision' | 'updatedAt'> {
  const fields: Omit<Fact, 'id' | 'revision' | 'updatedAt'> = {
    topic: String(content.topic ?? '').trim(),
    aliases: cleanAliases(content.aliases),
    statement: String(content.statement ?? '').trim(),
    quote: String(content.quote ?? '').trim(),
    saidBy: String(content.saidBy ?? '').trim(),
    source,
  };
  if (content.figure !== undefined) fields.figure = content.figure;
  if (content.reviewBy !== undefined) fields.reviewBy = String(content.reviewBy).trim();
  return fields;
}

function sourceFrom(s: NewSource, taken: ReadonlySet<string>): Source {
  const id = s.id.trim() === '' ? slugFromTopic(`${s.publisher} ${s.date}`, taken) : s.id.trim();
  return { id, publisher: s.publisher.trim(), headline: s.headline.trim(), url: s.url.trim(), date: s.date.trim(), dateKnown: 'stated' };
}

function stamp(fact: Omit<Fact, 'updatedAt' | 'updatedBy' | 'reason'>, ctx: ChangeContext): Fact {
  return canonicalFact({ ...fact, updatedAt: ctx.at, updatedBy: actorLabel(ctx.actor), reason: ctx.reason });
}

/**
 * The next revision of `old`: `fields` over it less the `drop`ped ones, the old revision (whole,
 * figure included) appended to its history.
 */
function nextRevision(old: Fact, fields: Partial<Fact>, ctx: ChangeContext, ...drop: Array<'figure' | 'retired'>): Fact {
  const base = without(old, 'updatedBy', 'reason', ...drop);
  return stamp({ ...base, ...fields, revision: old.revision + 1, history: [...(old.history ?? []), revisionOf(old)] }, ctx);
}

/** The most recent change that is not an undo and has not been undone. */
export function undoTarget(entries: readonly ChangelogEntry[]): ChangelogEntry | undefined {
  const undone = new Set(entries.flatMap((e) => (e.undoes === undefined ? [] : [e.undoes])));
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]!;
    if (e.kind !== 'undo' && !undone.has(e.seq)) return e;
  }
  return undefined;
}

export function prepareChange(change: FactChange, ctx: ChangeContext): Prepared {
  const facts = ctx.facts.facts as Fact[];
  const derived = (ctx.facts.derived ?? []) as Derivation[];
  const sourceIds = new Set(ctx.sources.sources.map((s) => s.id));
  const find = (id: string): Prepared | Fact => {
    const fact = facts.find((f) => f.id === id);
    if (fact !== undefined) return fact;
    if (derived.some((d) => d.id === id)) return { ok: false, reason: 'not-found', message: storeMessages.derivedNotEditable(id) };
    return { ok: false, reason: 'not-found', message: storeMessages.notFound(id) };
  };
  const stale = (fact: Fact, base: number | undefined): Prepared | undefined =>
    base === undefined || base === fact.revision
      ? undefined
      : { ok: false, reason: 'stale', message: storeMessages.stale(fact.id, fact.updatedBy, fact.updatedAt, base, fact.revision) };

  const withSource = (content: FactContent, newSource: NewSource | undefined): { fields: Omit<Fact, 'id' | 'revision' | 'updatedAt'>; source?: Source } | Prepared => {
    if (newSource === undefined) return { fields: contentFields(content, String(content.source ?? '').trim()) };
    const source = sourceFrom(newSource, sourceIds);
    if (sourceIds.has(source.id)) return { ok: false, reason: 'invalid', errors: [{ field: 'newSource.id', message: storeMessages.sourceTaken }] };
    return { fields: contentFields(content, source.id), source };
  };

  switch (change.kind) {
    case 'add': {
      const taken = new Set([...facts.map((f) => f.id), ...derived.map((d) => d.id)]);
      const id = change.id === undefined || change.id.trim() === '' ? slugFromTopic(String(change.content.topic ?? ''), taken) : change.id.trim();
      if (taken.has(id)) return { ok: false, reason: 'invalid', errors: [{ field: 'id', message: storeMessages.idTaken }] };
      const w = withSource(change.content, change.newSource);
      if ('ok' in w) return w;
      const fact = stamp({ id, ...w.fields, revision: 1 }, ctx);
      return { ok: true, fact, baseRevision: null, ...(w.source === undefined ? {} : { newSource: w.source }) };
    }
    case 'edit': {
      const old = find(change.factId);
      if ('ok' in old) return old;
      const refused = stale(old, change.baseRevision);
      if (refused !== undefined) return refused;
      const w = withSource(change.content, change.newSource);
      if ('ok' in w) return w;
      // The content replaces the old one whole: a figure left out is removed.
      const fact = change.retired === undefined
        ? nextRevision(old, w.fields, ctx, 'figure')
        : nextRevision(old, change.retired ? { ...w.fields, retired: true } : w.fields, ctx, 'figure', 'retired');
      return { ok: true, fact, baseRevision: old.revision, ...(w.source === undefined ? {} : { newSource: w.source }) };
    }
    case 'retire':
    case 'restore': {
      const old = find(change.factId);
      if ('ok' in old) return old;
      const refused = stale(old, change.baseRevision);
      if (refused !== undefined) return refused;
      const retiring = change.kind === 'retire';
      if ((old.retired === true) === retiring) {
        return { ok: false, reason: 'invalid', errors: [{ field: 'retired', message: retiring ? storeMessages.alreadyRetired : storeMessages.notRetired }] };
      }
      return { ok: true, fact: nextRevision(old, retiring ? { retired: true } : {}, ctx, 'retired'), baseRevision: old.revision };
    }
    case 'alias': {
      const old = find(change.factId);
      if ('ok' in old) return old;
      const refused = stale(old, change.baseRevision);
      if (refused !== undefined) return refused;
      const phrase = String(change.phrase ?? '').trim().replace(/\s+/gu, ' ');
      if (phrase === '') return { ok: false, reason: 'invalid', errors: [{ field: 'phrase', message: storeMessages.aliasEmpty }] };
      if (old.aliases.some((a) => a.toLowerCase() === phrase.toLowerCase())) {
        return { ok: false, reason: 'invalid', errors: [{ field: 'phrase', message: storeMessages.aliasTaken(old.id) }] };
      }
      return { ok: true, fact: nextRevision(old, { aliases: [...old.aliases, phrase] }, ctx), baseRevision: old.revision };
    }
    case 'undo': {
      const target = undoTarget(ctx.entries);
      if (target === undefined) return { ok: false, reason: 'nothing-to-undo', message: storeMessages.nothingToUndo };
      // The store undoes a vocabulary change itself (vocabulary-change.ts).
      if (isVocabularyEntry(target)) return { ok: false, reason: 'not-found', message: storeMessages.notFound(target.itemId) };
      const current = find(target.factId);
      if ('ok' in current) return current;
      if (target.kind === 'add') {
        return { ok: true, fact: nextRevision(current, { retired: true }, ctx), baseRevision: current.revision, undoes: target.seq };
      }
      const wanted = target.revision - 1;
      const previous = [...(current.history ?? []), revisionOf(current)].find((r) => r.revision === wanted);
      if (previous === undefined) return { ok: false, reason: 'not-found', message: storeMessages.undoMissingRevision(current.id, wanted) };
      // The restored revision's content whole (figure and retired flag included), as a new revision.
      const content = without(previous, 'revision', 'updatedAt', 'updatedBy', 'reason');
      const fact = stamp({ id: current.id, ...content, revision: current.revision + 1, history: [...(current.history ?? []), revisionOf(current)] }, ctx);
      return { ok: true, fact, baseRevision: current.revision, undoes: target.seq };
    }
  }
}
