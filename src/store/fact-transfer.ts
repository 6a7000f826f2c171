/**
 * Export and import of the facts, for people who edit them in a spreadsheet or a script.
 * Export writes every fact (retired ones too) as CSV, one row a fact, or as JSON, the facts array
 * as facts.json has it without the history. Import reads such a file back, with the schema's
 * checks on every row, and works out the changes it makes: a new fact, a changed fact (its content,
 * or retired or restored), nothing for a fact that is unchanged. A fact on file that is not in the
 * import is left alone: a file may hold only the facts someone worked on, and a row deleted by
 * mistake must not retire a fact; retiring is done by setting `retired` to yes. An empty reviewBy
 * keeps the fact's date, as an edit that leaves it out does.
 *
 * CSV is read and written by csv-parse and csv-stringify (quoting, new lines in cells, a BOM).
 */
import { open } from 'node:fs/promises';
import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Fact } from '../core/schema.js';
import { COLUMNS, OPTIONAL_COLUMNS, contentRow, factToRow, jsonToFact, rowToFact, type Column, type FactRow, type ImportedFact, type RowError } from './fact-rows.js';
import type { BatchChange } from './fact-store.js';
import { revisionOf, without } from './prepare-change.js';
import { transferMessages } from './transfer-messages.js';

export type TransferFormat = 'csv' | 'json';

/** The most an import reads: a fact base a hundred times the size of today's is well under both. */
export const IMPORT_LIMITS = { maxBytes: 20 * 1024 * 1024, maxFacts: 10_000 } as const;

/** Cells longer than this cannot be a fact's field (a quote is at most 1,500 characters). */
const MAX_RECORD_CHARS = 1_000_000;

/** The facts as a file: CSV with a header and a BOM (so Excel reads the text as UTF-8), or JSON. Throws when a fact cannot be written as CSV. */
export function exportFacts(facts: readonly Fact[], format: TransferFormat): string {
  if (format === 'json') return `${JSON.stringify(facts.map((f) => without(f, 'history')), null, 2)}\n`;
  return stringify(facts.map(factToRow), { header: true, columns: [...COLUMNS], bom: true });
}

/** The facts read, and the problems of the rows that could not be read (or of the whole file, with no facts). */
export interface ReadResult {
  facts: ImportedFact[];
  errors: RowError[];
}

/**
 * Reads an import file: at most `maxBytes` are read (a larger file is refused before it is
 * parsed) and at most `maxFacts` rows taken. Every row is checked; all problems are returned,
 * with the rows that passed, so that their own checks can be reported with them.
 */
export async function readImportFile(
  path: string, shown: string, format: TransferFormat, limits: { maxBytes: number; maxFacts: number } = IMPORT_LIMITS,
): Promise<ReadResult> {
  const fileError = (message: string): ReadResult => ({ facts: [], errors: [{ place: shown, row: 0, message }] });
  let bytes: Buffer;
  try {
    const read = await readBounded(path, limits.maxBytes);
    if (read === 'not-a-file') return fileError(transferMessages.notAFile(shown));
    if (read === 'too-big') return fileError(transferMessages.tooBig(shown, limits.maxBytes));
    bytes = read;
  } catch (e) {
    return fileError(transferMessages.cannotRead(shown, (e as NodeJS.ErrnoException).code ?? String(e)));
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fileError(`${shown} ${transferMessages.notUtf8}`);
  }
  return format === 'csv' ? readCsv(text, shown, limits.maxFacts) : readJson(text, shown, limits.maxFacts);
}

/** The file's bytes, reading no more than `max` + 1 of them whatever its size says (it may grow, or be a device). */
async function readBounded(path: string, max: number): Promise<Buffer | 'not-a-file' | 'too-big'> {
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (!info.isFile()) return 'not-a-file';
    if (info.size > max) return 'too-big';
    const buffer = Buffer.alloc(Math.min(info.size, max) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > max) return 'too-big';
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

function collect(items: ReadonlyArray<ImportedFact | RowError[]>): ReadResult {
  const facts: ImportedFact[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, string>();
  for (const item of items) {
    if (Array.isArray(item)) {
      errors.push(...item);
      continue;
    }
    const first = item.id === undefined ? undefined : seen.get(item.id);
    if (first !== undefined) {
      errors.push({ place: item.place, row: item.row, column: 'id', message: transferMessages.idTwice(item.id!, first) });
      continue;
    }
    if (item.id !== undefined) seen.set(item.id, item.place);
    facts.push(item);
  }
  return { facts, errors };
}

function readCsv(text: string, shown: string, maxFacts: number): ReadResult {
  const fileError = (message: string): ReadResult => ({ facts: [], errors: [{ place: shown, row: 0, message: `${shown} ${message}` }] });
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      max_record_size: MAX_RECORD_CHARS,
      // The header, the facts, and one more to tell that there were too many.
      to: maxFacts + 2,
    });
  } catch (e) {
    if (e instanceof CsvError) {
      const line = (e as CsvError & { lines?: number }).lines;
      return fileError(transferMessages.csvUnreadable(line, e.message.replace(/ at line \d+$|,? on line \d+$/u, '')));
    }
    throw e;
  }
  const [header, ...rows] = records;
  if (header === undefined) return fileError(transferMessages.csvEmpty);
  if (rows.length > maxFacts) return fileError(transferMessages.tooManyRows(maxFacts));
  const names = header.map((name) => name.trim());
  const known = new Set<string>(COLUMNS);
  const unknown = names.filter((name) => !known.has(name));
  if (unknown.length > 0) return fileError(transferMessages.columnUnknown(unknown, COLUMNS));
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  if (twice !== undefined) return fileError(transferMessages.columnTwice(twice));
  const missing = COLUMNS.filter((column) => !OPTIONAL_COLUMNS.has(column) && !names.includes(column));
  if (missing.length > 0) return fileError(transferMessages.columnMissing(missing));
  return collect(rows.flatMap((cells, i) => {
    // A row left empty in a spreadsheet comes back as commas only.
    if (cells.every((c) => c.trim() === '')) return [];
    const row = Object.fromEntries(names.map((name, j) => [name, cells[j] ?? '']));
    // The header is row 1, as a spreadsheet numbers them.
    return [rowToFact(row, i + 2)];
  }));
}

function readJson(text: string, shown: string, maxFacts: number): ReadResult {
  const fileError = (message: string): ReadResult => ({ facts: [], errors: [{ place: shown, row: 0, message: `${shown} ${message}` }] });
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (e) {
    return fileError(transferMessages.jsonUnreadable(e instanceof Error ? e.message : String(e)));
  }
  const facts = Array.isArray(data) ? data : typeof data === 'object' && data !== null && Array.isArray((data as { facts?: unknown }).facts) ? (data as { facts: unknown[] }).facts : undefined;
  if (facts === undefined) return fileError(transferMessages.jsonShape);
  if (facts.length > maxFacts) return fileError(transferMessages.tooManyRows(maxFacts));
  return collect(facts.map((item, i) => jsonToFact(item, i)));
}

/** A cell that differs between the fact on file and the import. */
export interface FieldDiff {
  column: Column;
  before: string;
  after: string;
}

export type PlannedChange =
  | { kind: 'add'; place: string; row: number; id: string | undefined; cells: Omit<FactRow, 'id' | 'revision'>; change: BatchChange }
  | { kind: 'edit' | 'retire' | 'restore'; place: string; row: number; id: string; revision: number; diff: FieldDiff[]; change: BatchChange };

export interface ImportPlan {
  /** In the order of the file. */
  changes: PlannedChange[];
  unchanged: number;
  /** Facts on file that the import does not name: left alone. */
  absent: string[];
  /** Problems found while planning (a new fact given as retired); with any, nothing is applied. */
  errors: RowError[];
}

/** What importing `imported` does to `current`, fact by fact. */
export function planImport(current: readonly Fact[], imported: readonly ImportedFact[]): ImportPlan {
  const byId = new Map(current.map((f) => [f.id, f]));
  const named = new Set(imported.flatMap((f) => (f.id === undefined ? [] : [f.id])));
  const plan: ImportPlan = { changes: [], unchanged: 0, absent: current.filter((f) => !named.has(f.id)).map((f) => f.id), errors: [] };
  for (const item of imported) {
    const old = item.id === undefined ? undefined : byId.get(item.id);
    // An empty reviewBy keeps the fact's date, as an edit that leaves it out does.
    const kept = item.content.reviewBy === undefined && old?.reviewBy !== undefined ? { ...item.content, reviewBy: old.reviewBy } : item.content;
    const cells = contentRow(kept, item.retired);
    if (old === undefined) {
      if (item.retired) {
        plan.errors.push({ place: item.place, row: item.row, column: 'retired', message: transferMessages.addedRetired });
        continue;
      }
      plan.changes.push({ kind: 'add', place: item.place, row: item.row, id: item.id, cells, change: { kind: 'add', ...(item.id === undefined ? {} : { id: item.id }), content: item.content } });
      continue;
    }
    const before = contentRow(revisionOf(old), old.retired === true);
    const diff = (Object.keys(cells) as Array<keyof typeof cells>)
      .filter((column) => cells[column] !== before[column])
      .map((column): FieldDiff => ({ column, before: before[column], after: cells[column] }));
    if (diff.length === 0) {
      plan.unchanged++;
      continue;
    }
    // Made against the revision exported: a fact changed since is refused as stale, not overwritten.
    const baseRevision = item.revision ?? old.revision;
    const retiredChanged = item.retired !== (old.retired === true);
    const contentChanged = diff.some((d) => d.column !== 'retired');
    const change: BatchChange = contentChanged
      ? { kind: 'edit', factId: old.id, baseRevision, content: item.content, ...(retiredChanged ? { retired: item.retired } : {}) }
      : { kind: item.retired ? 'retire' : 'restore', factId: old.id, baseRevision };
    plan.changes.push({ kind: contentChanged ? 'edit' : change.kind as 'retire' | 'restore', place: item.place, row: item.row, id: old.id, revision: old.revision, diff, change });
  }
  return plan;
}
