/**
 * knowledge/changelog.jsonl: one JSON object a line, one line per change, appended and synced
 * before facts.json is replaced. A line that does not parse (a torn last line after a crash, a bad
 * hand edit) is skipped and reported, never fatal.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { Entity, Fact, Source, SynonymGroup } from '../core/schema.js';
import type { FsOps } from './atomic-write.js';

export const CHANGELOG_FILE = 'changelog.jsonl';

export const Actor = z.strictObject({
  id: z.string(),
  name: z.string(),
  face: z.enum(['discord', 'slack', 'console', 'cli']),
});
export type Actor = z.infer<typeof Actor>;

export const changeKinds = ['add', 'edit', 'retire', 'restore', 'alias', 'undo'] as const;
/** Changes to knowledge/vocabulary.json; an undo of one is itself a vocabulary change. */
export const vocabularyChangeKinds = ['term-add', 'term-name', 'term-synonym', 'term-remove', 'undo'] as const;

/** A change to one fact (facts.json, with any source it adds to sources.json). */
export const FactChangelogEntry = z.object({
  /** 1, 2, 3... in the order the changes were made. */
  seq: z.number().int().positive(),
  at: z.iso.datetime(),
  actor: Actor,
  reason: z.string(),
  kind: z.enum(changeKinds),
  factId: z.string(),
  /** The fact revision the change was made against; null for an add. */
  baseRevision: z.number().int().nonnegative().nullable(),
  /** The fact's revision after the change. */
  revision: z.number().int().positive(),
  /** The fact base's top-level revision before the change (after it: one more). */
  baseRevisionOfBase: z.number().int().nonnegative(),
  /**
   * The fact as written, without its `history` (which would make the log grow with the square of
   * the number of changes); the history is the fact's previous revisions, rebuilt on roll-forward.
   */
  after: Fact,
  /** The seq of the change an undo undid. */
  undoes: z.number().int().positive().optional(),
  /** The source added to sources.json with this change, so a roll-forward can add it too. */
  newSource: Source.optional(),
});
export type FactChangelogEntry = z.infer<typeof FactChangelogEntry>;

/** An entity or a synonym group of vocabulary.json. */
export const VocabularyItem = z.union([Entity, SynonymGroup]);
export type VocabularyItem = z.infer<typeof VocabularyItem>;

/**
 * A change to one item of vocabulary.json: the item before and after, whole, and where it stands in
 * its list, so that undo and roll-forward put the file back exactly as it was.
 */
export const VocabularyChangelogEntry = z.object({
  seq: z.number().int().positive(),
  at: z.iso.datetime(),
  actor: Actor,
  reason: z.string(),
  kind: z.enum(vocabularyChangeKinds),
  /** The list of vocabulary.json the item is in. */
  list: z.enum(['entities', 'synonyms']),
  /** The entity's or the synonym group's id. */
  itemId: z.string(),
  /** Its position in the list (where it was, or where it goes). */
  index: z.number().int().nonnegative(),
  /** null: the change added it. */
  before: VocabularyItem.nullable(),
  /** null: the change removed it. */
  after: VocabularyItem.nullable(),
  /** vocabulary.json's top-level revision before the change (after it: one more). */
  baseVocabularyRevision: z.number().int().nonnegative(),
  undoes: z.number().int().positive().optional(),
});
export type VocabularyChangelogEntry = z.infer<typeof VocabularyChangelogEntry>;

export type ChangelogEntry = FactChangelogEntry | VocabularyChangelogEntry;

export function isVocabularyEntry(entry: ChangelogEntry): entry is VocabularyChangelogEntry {
  return 'list' in entry;
}

/** A line's schema: a vocabulary change names its list, a fact change does not. */
function entrySchema(data: unknown): z.ZodType<ChangelogEntry> {
  return typeof data === 'object' && data !== null && 'list' in data ? VocabularyChangelogEntry : FactChangelogEntry;
}

export interface ChangelogRead {
  entries: ChangelogEntry[];
  /** Byte length of the file as read (0 when missing). */
  size: number;
  /** True when the file ends in the middle of a line: the next append starts a new line. */
  endsTorn: boolean;
  /** One line per skipped line: "line 12: not valid JSON (torn last line?)". */
  problems: string[];
  /** Change numbers that repeat, go back or skip: "line 7: change #5 again (first on line 5)". */
  sequenceProblems: string[];
}

/**
 * Changes are numbered 1, 2, 3... in the order they were made, one line each: a number that repeats
 * or goes back means two writers logged at once, one that skips means lines were lost.
 */
export function sequenceProblems(entries: ReadonlyArray<{ seq: number; line: number }>): string[] {
  const problems: string[] = [];
  const firstLine = new Map<number, number>();
  let previous: { seq: number; line: number } | undefined;
  for (const entry of entries) {
    const { seq, line } = entry;
    const seen = firstLine.get(seq);
    if (seen !== undefined) {
      problems.push(`line ${line}: change #${seq} again (first on line ${seen})`);
      continue;
    }
    firstLine.set(seq, line);
    const expected = (previous?.seq ?? 0) + 1;
    if (previous !== undefined && seq < previous.seq) {
      problems.push(`line ${line}: change #${seq} comes after #${previous.seq} (line ${previous.line}); the numbers must increase`);
    } else if (seq > expected) {
      const missing = seq - 1 === expected ? `#${expected} is` : `#${expected}–#${seq - 1} are`;
      problems.push(`line ${line}: change #${seq} ${previous === undefined ? 'is the first' : `follows #${previous.seq} (line ${previous.line})`}: ${missing} not in the changelog`);
    }
    if (previous === undefined || seq > previous.seq) previous = entry;
  }
  return problems;
}

export async function readChangelog(path: string): Promise<ChangelogRead> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], size: 0, endsTorn: false, problems: [], sequenceProblems: [] };
    throw e;
  }
  const lines = text.split('\n');
  const endsTorn = text.length > 0 && !text.endsWith('\n');
  const entries: ChangelogEntry[] = [];
  const numbered: Array<{ seq: number; line: number }> = [];
  const problems: string[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const last = i === lines.length - 1;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch {
      problems.push(`line ${i + 1}: not valid JSON${last ? ' (a torn last line: the write was cut off)' : ''}; skipped`);
      return;
    }
    const parsed = entrySchema(data).safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      problems.push(`line ${i + 1}: ${issue === undefined ? 'not a change' : `${issue.path.join('.') || 'entry'} ${issue.message}`}; skipped`);
      return;
    }
    entries.push(parsed.data);
    numbered.push({ seq: parsed.data.seq, line: i + 1 });
  });
  return { entries, size: Buffer.byteLength(text, 'utf8'), endsTorn, problems, sequenceProblems: sequenceProblems(numbered) };
}

/** Appends one entry as a line and syncs it. After a torn line, starts on a line of its own. */
export async function appendChangelog(path: string, entry: ChangelogEntry, endsTorn: boolean, fsOps: FsOps): Promise<number> {
  const line = `${endsTorn ? '\n' : ''}${JSON.stringify(entry)}\n`;
  await fsOps.appendFile(path, line);
  return Buffer.byteLength(line, 'utf8');
}
