/**
 * `npm run facts -- export` and `import`: the facts as a CSV or JSON file for a spreadsheet or a
 * script, and such a file read back. An import shows what it changes, fact by fact, asks before
 * applying (unless --yes), and applies all of it or none: every change is checked first, then each
 * is made through the store like a change typed in chat, one changelog entry per fact.
 */
import { createInterface } from 'node:readline';
import { writeFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { Actor, BatchResult, FactStore } from '../../store/fact-store.js';
import { FIGURE_COLUMNS, type RowError } from '../../store/fact-rows.js';
import { exportFacts, planImport, readImportFile, type FieldDiff, type PlannedChange, type TransferFormat } from '../../store/fact-transfer.js';
import { transferMessages } from '../../store/transfer-messages.js';
import { StartupError } from '../../startup-error.js';

/** Where the confirmation is asked: the terminal, or a stream in the tests. */
export interface PromptIo {
  input: Readable;
  output: Writable;
}

function formatOf(flag: string | undefined, file: string | undefined): TransferFormat {
  const given = flag ?? (file === undefined ? 'csv' : extname(file).slice(1).toLowerCase());
  if (given === 'csv' || given === 'json') return given;
  if (flag === undefined && file !== undefined) throw new StartupError(transferMessages.formatNotGuessed(file));
  throw new StartupError(transferMessages.formatUnknown(given));
}

/** export [--format csv|json] [--out FILE]: to standard output unless --out. */
export async function runExport(store: FactStore, flags: Readonly<Record<string, string>>): Promise<number> {
  const format = formatOf(flags.format, flags.out);
  let text: string;
  try {
    text = exportFacts(store.kb().facts, format);
  } catch (e) {
    throw new StartupError((e as Error).message);
  }
  if (flags.out === undefined) {
    console.log(text.replace(/\n$/u, ''));
    return 0;
  }
  await writeFile(resolve(flags.out), text, 'utf8');
  console.log(transferMessages.exported(store.kb().facts.length, flags.out));
  return 0;
}

/** Long cells are shown on lines of their own, so a change inside a quote can be read. */
const SHORT = 50;
const shown = (text: string) => (text === '' ? '(empty)' : text);

function diffLines(diff: readonly FieldDiff[]): string[] {
  return diff.flatMap(({ column, before, after }) =>
    before.length <= SHORT && after.length <= SHORT && !before.includes('\n') && !after.includes('\n')
      ? [`    ${column}: ${shown(before)} → ${shown(after)}`]
      : [`    ${column}:`, `      - ${shown(before)}`, `      + ${shown(after)}`]);
}

/** The diff of one planned change, as printed before the confirmation. */
export function describeChange(planned: PlannedChange): string[] {
  if (planned.kind === 'add') {
    const cells = Object.entries(planned.cells).filter(([, value]) => value !== '');
    return [`+ ${planned.id ?? '(new id from the topic)'}  ${planned.place}: new fact`, ...cells.map(([column, value]) => `    ${column}: ${value}`)];
  }
  const what = planned.kind === 'edit' ? `revision ${planned.revision} → ${planned.revision + 1}` : `${planned.kind === 'retire' ? 'retired' : 'restored'}`;
  return [`~ ${planned.id}  ${planned.place}: ${what}`, ...diffLines(planned.diff)];
}

/** "figure.scope.where" (a store field) as the CSV column that holds it. */
function columnOfField(field: string, csv: boolean): string | undefined {
  if (field === '') return undefined;
  if (!csv || !field.startsWith('figure.')) return field;
  const column = field.slice('figure.'.length);
  return (FIGURE_COLUMNS as readonly string[]).includes(column) ? column : field;
}

const errorLine = (e: RowError) => `  - ${e.place}${e.column === undefined ? '' : `, ${e.column}`}: ${e.message}`;

/** Every problem, in the order of the file's rows. */
function refusedError(errors: readonly RowError[], format: TransferFormat): StartupError {
  const whole = errors.filter((e) => e.row === 0);
  if (whole.length > 0) return new StartupError([transferMessages.fileRefused, ...whole.map((e) => `  - ${e.message}`)].join('\n'));
  const sorted = [...errors].sort((a, b) => a.row - b.row);
  const rows = new Set(sorted.map((e) => e.place));
  return new StartupError([transferMessages.refused(rows.size, format === 'csv' ? 'row' : 'fact'), ...sorted.map(errorLine)].join('\n'));
}

/** The store's refusals of planned changes, as problems of their rows. */
function refusalErrors(result: BatchResult, plan: readonly PlannedChange[], csv: boolean): RowError[] {
  if (result.ok) return [];
  if (result.reason === 'invalid') return result.errors.map((e) => ({ place: '', row: 0, message: e.message }));
  if (result.reason !== 'refused') return [{ place: '', row: 0, message: result.message }];
  return result.refused.flatMap(({ index, result: refusal }): RowError[] => {
    const planned = plan[index]!;
    const at = { place: planned.place, row: planned.row };
    if (refusal.reason === 'invalid') {
      return refusal.errors.map((e) => {
        const column = columnOfField(e.field, csv);
        return { ...at, ...(column === undefined ? {} : { column }), message: e.message };
      });
    }
    if (refusal.reason === 'stale' && planned.kind !== 'add' && planned.change.kind !== 'add') {
      return [{ ...at, column: 'revision', message: transferMessages.staleRow(planned.change.baseRevision ?? planned.revision, planned.revision) }];
    }
    return [{ ...at, message: refusal.message }];
  });
}

/** Asks on `io`; an input that ends before an answer is a no. */
function ask(question: string, io: PromptIo): Promise<string> {
  const rl = createInterface({ input: io.input, output: io.output, terminal: false });
  return new Promise<string>((done) => {
    rl.once('close', () => done(''));
    rl.question(question, (answer) => done(answer));
  }).finally(() => rl.close());
}

/**
 * import FILE [--format csv|json] [--yes] [--reason R]. Resolves with 0 when the import was
 * applied or changes nothing, 1 when it was declined; throws a StartupError listing every problem
 * when the file or any row is refused (then nothing is applied).
 */
export async function runImport(
  store: FactStore,
  file: string | undefined,
  flags: Readonly<Record<string, string>>,
  yes: boolean,
  actor: Actor,
  io: PromptIo,
): Promise<number> {
  if (file === undefined) throw new StartupError(transferMessages.fileMissing);
  const format = formatOf(flags.format, file);
  const csv = format === 'csv';
  const reason = flags.reason ?? transferMessages.reasonDefault(basename(file));
  const read = await readImportFile(resolve(file), file, format);
  if (read.errors.some((e) => e.row === 0)) throw refusedError(read.errors, format);
  const plan = planImport(store.kb().facts, read.facts);
  const changes = plan.changes.map((c) => c.change);
  // Checked before asking, and with the rows that could not be read, so that every problem is listed at once.
  const checked = changes.length === 0 ? undefined : await store.applyAll(changes, actor, reason, { checkOnly: true });
  const errors = [...read.errors, ...plan.errors, ...(checked === undefined ? [] : refusalErrors(checked, plan.changes, csv))];
  if (errors.length > 0) throw refusedError(errors, format);

  const notes = plan.absent.length === 0 ? [] : [transferMessages.absent(plan.absent)];
  if (plan.changes.length === 0) {
    console.log([transferMessages.noChanges(plan.unchanged), ...notes].join('\n'));
    return 0;
  }
  const added = plan.changes.filter((c) => c.kind === 'add').length;
  console.log([
    ...plan.changes.flatMap(describeChange),
    '',
    transferMessages.summary(added, plan.changes.length - added, plan.unchanged),
    ...notes,
  ].join('\n'));

  if (!yes) {
    const answer = await ask(transferMessages.confirm(plan.changes.length), io);
    if (!/^\s*y(?:es)?\s*$/iu.test(answer)) {
      console.log(transferMessages.declined);
      return 1;
    }
  }
  const result = await store.applyAll(changes, actor, reason);
  if (result.ok) {
    console.log(transferMessages.applied(result.entries.length, result.entries[0]?.seq ?? 0, result.entries.at(-1)?.seq ?? 0));
    return 0;
  }
  // Changed on disk between the check and the answer: nothing was written.
  if (result.reason === 'refused' || result.reason === 'invalid') throw refusedError(refusalErrors(result, plan.changes, csv), format);
  throw new StartupError(transferMessages.stopped(result.applied.length, plan.changes.length, result.message));
}
