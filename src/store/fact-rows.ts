/**
 * A fact as one flat row of text cells (a spreadsheet row), and an edited row or JSON fact read
 * back as the content of a change. Only what a moderator writes is in a row; revision is there so
 * that an import made on an old export is refused rather than written over a newer change.
 */
import type { z } from 'zod';
import { Fact, slug, type Figure } from '../core/schema.js';
import { cleanAliases, type FactContent } from './prepare-change.js';
import { transferMessages } from './transfer-messages.js';

export const FIGURE_COLUMNS = [
  'value', 'unit', 'currency', 'qualifier', 'what', 'label', 'measure', 'asOf', 'period', 'from',
  'scope.where', 'scope.by', 'scope.with', 'scope.of', 'scope.since',
] as const;

/** The columns of the CSV, in order. Every one is required in an import but those in OPTIONAL_COLUMNS. */
export const COLUMNS = ['id', 'topic', 'aliases', 'statement', ...FIGURE_COLUMNS, 'source', 'quote', 'saidBy', 'reviewBy', 'retired', 'revision'] as const;
export type Column = (typeof COLUMNS)[number];
/** `revision` is only a guard; `reviewBy`, when empty, keeps the fact's date, so a file made before it existed reads the same. */
export const OPTIONAL_COLUMNS: ReadonlySet<Column> = new Set(['revision', 'reviewBy']);

/** A fact as text cells; an empty cell is a field not set. */
export type FactRow = Record<Column, string>;

/** Between the items of a list cell (aliases, scope.with). */
export const LIST_SEPARATOR = ' | ';

/** One fact read from an import file. */
export interface ImportedFact {
  /** Where it is in the file, for messages: "row 4 (cambodia-area-remaining)", "fact 3". */
  place: string;
  /** Its row in a spreadsheet (the header is row 1), or its number in a JSON array from 1: problems are listed in this order. */
  row: number;
  /** Absent: a new fact, its id made from the topic. */
  id?: string;
  content: FactContent;
  retired: boolean;
  /** The revision the row was exported at, when the file says. */
  revision?: number;
}

/** A problem with one row (or the file, when `place` is the file's name). `column`: a CSV column or a JSON field. */
export interface RowError {
  place: string;
  /** As in ImportedFact; 0 for a problem with the whole file. */
  row: number;
  column?: string;
  message: string;
}

const cell = (value: string | number | undefined) => (value === undefined ? '' : String(value));

/** The row of a fact. Throws when a list item holds the separator (it could not be read back). */
export function factToRow(fact: Fact): FactRow {
  const figure = fact.figure;
  const scope = figure?.scope;
  for (const [field, list] of [['phrasing', fact.aliases], ['scope.with partner', scope?.with ?? []]] as const) {
    if (list.some((item) => item.includes('|'))) throw new Error(transferMessages.listSeparator(fact.id, field));
  }
  return {
    id: fact.id,
    ...contentRow(fact, fact.retired === true),
    revision: String(fact.revision),
  };
}

/** A fact's content, as the store keeps it or as an import reads it. */
type ContentLike = Omit<FactContent, 'figure' | 'reviewBy'> & { figure?: Figure | undefined; reviewBy?: string | undefined };

/** The cells of a fact's content: what an import compares and what its diff shows. */
export function contentRow(content: ContentLike, retired: boolean): Omit<FactRow, 'id' | 'revision'> {
  const figure: Partial<Figure> = content.figure ?? {};
  const scope: Partial<Figure['scope']> = figure.scope ?? {};
  return {
    topic: content.topic,
    aliases: content.aliases.join(LIST_SEPARATOR),
    statement: content.statement,
    value: cell(figure.value),
    unit: cell(figure.unit),
    currency: cell(figure.currency),
    qualifier: cell(figure.qualifier),
    what: cell(figure.what),
    label: cell(figure.label),
    measure: cell(figure.measure),
    asOf: cell(figure.asOf),
    period: cell(figure.period),
    from: cell(figure.from),
    'scope.where': cell(scope.where),
    'scope.by': cell(scope.by),
    'scope.with': (scope.with ?? []).join(LIST_SEPARATOR),
    'scope.of': cell(scope.of),
    'scope.since': cell(scope.since),
    source: content.source,
    quote: content.quote,
    saidBy: content.saidBy,
    reviewBy: cell(content.reviewBy),
    retired: retired ? 'yes' : '',
  };
}

/** What a moderator writes of a fact, with the schema's checks (the quote and figure checks come with the change). */
const ImportedContent = Fact.pick({ topic: true, aliases: true, statement: true, figure: true, source: true, quote: true, saidBy: true, reviewBy: true, retired: true });

/** A fact in a JSON import: a fact as facts.json has it; what the store sets (revision, updatedAt, history...) is optional and only revision is read. */
const JsonFact = Fact.partial({ id: true, revision: true, updatedAt: true });

/** zod's message, with a field left out said plainly. */
const issueMessage = (issue: z.core.$ZodIssue) =>
  issue.code === 'invalid_type' && / received undefined$/u.test(issue.message) ? 'is missing' : issue.message;

/** A figure's field path ("figure.scope.where") as its CSV column ("scope.where"). */
function columnOf(path: readonly PropertyKey[]): string {
  const [head, ...rest] = path.map(String);
  if (head === 'figure') {
    const column = rest.filter((p) => !/^\d+$/u.test(p)).join('.');
    return column === '' ? 'value' : column;
  }
  return head ?? '';
}

/** The content of a fact as the store keeps it: text trimmed, phrasings cleaned. */
function normalised(data: z.infer<typeof ImportedContent>): FactContent {
  const content: FactContent = {
    topic: data.topic.trim(),
    aliases: cleanAliases(data.aliases),
    statement: data.statement.trim(),
    source: data.source.trim(),
    quote: data.quote.trim(),
    saidBy: data.saidBy.trim(),
  };
  if (data.figure !== undefined) content.figure = data.figure;
  if (data.reviewBy !== undefined) content.reviewBy = data.reviewBy;
  return content;
}

/** The schema's date check reads the shape only: 2024-02-30 is refused here. */
function realDate(text: string | undefined): boolean {
  if (text === undefined) return true;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

function dateErrors(content: Pick<ContentLike, 'figure' | 'reviewBy'>, at: { place: string; row: number }, figureColumn: (name: 'asOf' | 'from') => string): RowError[] {
  const errors: RowError[] = [];
  for (const name of ['asOf', 'from'] as const) {
    if (!realDate(content.figure?.[name])) errors.push({ ...at, column: figureColumn(name), message: transferMessages.notADate });
  }
  if (!realDate(content.reviewBy)) errors.push({ ...at, column: 'reviewBy', message: transferMessages.notADate });
  return errors;
}

const splitList = (text: string) => text.split('|').map((item) => item.trim()).filter((item) => item !== '');

/** "1700", "1,700", "0.5": thousands may be grouped with commas, as spreadsheets show them. */
function readNumber(text: string): number | undefined {
  const t = text.trim();
  if (!/^(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/u.test(t)) return undefined;
  return Number(t.replace(/,/gu, ''));
}

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['', 'no', 'n', 'false', '0']);

/** One CSV row (cells by column name) as a fact to import, or its problems, each naming the column. */
export function rowToFact(row: Readonly<Record<string, string>>, rowNumber: number): ImportedFact | RowError[] {
  const get = (column: Column) => (row[column] ?? '').trim();
  const id = get('id');
  const place = transferMessages.rowPlace('row', rowNumber, id);
  const at = { place, row: rowNumber };
  const errors: RowError[] = [];
  if (id !== '' && !slug.safeParse(id).success) errors.push({ ...at, column: 'id', message: slug.safeParse(id).error?.issues[0]?.message ?? 'is not a valid id' });

  let figure: Record<string, unknown> | undefined;
  if (FIGURE_COLUMNS.some((c) => get(c) !== '')) {
    const value = readNumber(get('value'));
    if (value === undefined) errors.push({ ...at, column: 'value', message: transferMessages.notANumber });
    const optional = (column: Column) => (get(column) === '' ? undefined : get(column));
    const scope = {
      where: get('scope.where'),
      by: optional('scope.by'),
      with: get('scope.with') === '' ? undefined : splitList(get('scope.with')),
      of: optional('scope.of'),
      since: optional('scope.since'),
    };
    figure = {
      value: value ?? 0, unit: get('unit'), currency: optional('currency'), qualifier: get('qualifier'), what: optional('what'),
      label: get('label'), measure: optional('measure'), asOf: get('asOf'), period: get('period'), from: optional('from'),
      scope: Object.fromEntries(Object.entries(scope).filter(([, v]) => v !== undefined)),
    };
    figure = Object.fromEntries(Object.entries(figure).filter(([, v]) => v !== undefined));
  }
  const retiredText = get('retired').toLowerCase();
  if (!YES.has(retiredText) && !NO.has(retiredText)) errors.push({ ...at, column: 'retired', message: transferMessages.notYesNo });
  const revisionText = get('revision');
  const revision = revisionText === '' ? undefined : Number(revisionText);
  if (revision !== undefined && !(Number.isInteger(revision) && revision > 0)) errors.push({ ...at, column: 'revision', message: transferMessages.notAWholeNumber });

  const parsed = ImportedContent.safeParse({
    topic: get('topic'), aliases: splitList(get('aliases')), statement: get('statement'), source: get('source'),
    quote: get('quote'), saidBy: get('saidBy'), ...(figure === undefined ? {} : { figure }), ...(get('reviewBy') === '' ? {} : { reviewBy: get('reviewBy') }),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const column = columnOf(issue.path);
      // A value that failed to read is already reported; the stand-in 0 says nothing more.
      if (column === 'value' && errors.some((e) => e.column === 'value')) continue;
      errors.push({ ...at, column, message: issueMessage(issue) });
    }
  } else {
    errors.push(...dateErrors(parsed.data, at, (name) => name));
  }
  if (errors.length > 0 || !parsed.success) return errors;
  return {
    ...at,
    ...(id === '' ? {} : { id }),
    content: normalised(parsed.data),
    retired: YES.has(retiredText),
    ...(revision === undefined ? {} : { revision }),
  };
}

/** One fact of a JSON import (`index` from 0), or its problems, each naming the field. */
export function jsonToFact(data: unknown, index: number): ImportedFact | RowError[] {
  const id = typeof data === 'object' && data !== null && typeof (data as { id?: unknown }).id === 'string' ? (data as { id: string }).id : undefined;
  const at = { place: transferMessages.rowPlace('fact', index + 1, id), row: index + 1 };
  const parsed = JsonFact.safeParse(data);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({ ...at, ...(issue.path.length === 0 ? {} : { column: issue.path.map(String).join('.') }), message: issueMessage(issue) }));
  }
  const errors = dateErrors(parsed.data, at, (name) => `figure.${name}`);
  if (errors.length > 0) return errors;
  return {
    ...at,
    ...(parsed.data.id === undefined ? {} : { id: parsed.data.id }),
    content: normalised(parsed.data),
    retired: parsed.data.retired === true,
    ...(parsed.data.revision === undefined ? {} : { revision: parsed.data.revision }),
  };
}
