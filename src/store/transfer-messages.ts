/** What export and import say to moderators, in one place so the wording is reviewed together. */

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export const transferMessages = {
  formatUnknown: (format: string) => `--format must be csv or json, not "${format}".`,
  formatNotGuessed: (file: string) => `Cannot tell the format of ${file} from its name: add --format csv or --format json.`,
  fileMissing: 'Name the file to import: npm run facts -- import FILE [--format csv|json] [--yes] [--reason "..."]',
  notAFile: (file: string) => `${file} is not a regular file.`,
  cannotRead: (file: string, code: string) => `cannot read ${file} (${code}).`,
  tooBig: (file: string, maxBytes: number) =>
    `${file} is larger than ${Math.round(maxBytes / 1024 / 1024)} MB, the most an import reads: split it, or keep only the rows that change.`,
  tooManyRows: (max: number) => `holds more than ${max.toLocaleString('en')} facts, the most an import takes: split it, or keep only the rows that change.`,
  notUtf8: 'is not UTF-8 text: save it as "CSV UTF-8" (Excel) or with the UTF-8 encoding.',
  csvUnreadable: (line: number | undefined, detail: string) => `cannot be read as CSV${line === undefined ? '' : ` at line ${line}`}: ${detail}`,
  csvEmpty: 'is empty: it needs a header row and one row per fact.',
  columnUnknown: (names: readonly string[], known: readonly string[]) =>
    `has ${names.length === 1 ? 'a column' : 'columns'} the import does not know: ${names.map((n) => `"${n}"`).join(', ')} (known: ${known.join(', ')}).`,
  columnMissing: (names: readonly string[]) =>
    `lacks ${names.length === 1 ? 'the column' : 'the columns'} ${names.map((n) => `"${n}"`).join(', ')}: keep every column of the export, empty where unused.`,
  columnTwice: (name: string) => `has the column "${name}" twice.`,
  jsonUnreadable: (detail: string) => `is not valid JSON: ${detail}`,
  jsonShape: 'must hold an array of facts, or an object with a "facts" array (a facts.json file).',
  notANumber: 'must be a number, e.g. 1700 or 1,700',
  notAWholeNumber: 'must be a whole number, or empty',
  notYesNo: 'must be yes, no or empty',
  notADate: 'is not a real date',
  idTwice: (id: string, first: string) => `"${id}" is also on ${first}: each fact once`,
  staleRow: (fileRevision: number, now: number) =>
    `the fact was changed since the export (the file has revision ${fileRevision}, the fact base revision ${now}): export again and redo this row's edit`,
  addedRetired: 'a new fact cannot be added retired: add it, then retire it',
  listSeparator: (id: string, field: string) =>
    `Cannot export: a ${field} of "${id}" holds " | ", which the CSV uses between list items. Use --format json, or change that phrasing first.`,
  rowPlace: (kind: 'row' | 'fact', n: number, id: string | undefined) => `${kind} ${n}${id === undefined || id === '' ? '' : ` (${id})`}`,
  fileRefused: 'Nothing was imported:',
  refused: (n: number, noun: 'row' | 'fact') =>
    `Nothing was imported: ${plural(n, noun)} ${n === 1 ? 'has a problem' : 'have problems'} (the whole file is applied or none of it). Fix ${n === 1 ? 'it' : 'them'} and import again:`,
  noChanges: (unchanged: number) => `No changes: the ${plural(unchanged, 'fact')} in the file match the fact base.`,
  summary: (added: number, changed: number, unchanged: number) =>
    `${plural(added, 'new fact')}, ${plural(changed, 'changed fact')}, ${plural(unchanged, 'fact')} unchanged.`,
  absent: (ids: readonly string[]) =>
    `${plural(ids.length, 'fact')} on file ${ids.length === 1 ? 'is' : 'are'} not in the file and ${ids.length === 1 ? 'is' : 'are'} left alone ` +
    `(to retire a fact, keep its row and set retired to yes): ${ids.slice(0, 20).join(', ')}${ids.length > 20 ? ', ...' : ''}`,
  confirm: (n: number) => `Apply ${plural(n, 'change')}, one per fact, each recorded in the changelog? [y/N] `,
  declined: 'Nothing was changed.',
  reasonDefault: (file: string) => `import of ${file}`,
  applied: (n: number, first: number, last: number) =>
    `Imported ${plural(n, 'change')}: changelog #${first}${n > 1 ? `–#${last}` : ''}. Each is undone on its own with: npm run facts -- undo --reason "..."`,
  stopped: (applied: number, total: number, message: string) =>
    `The import stopped after ${applied} of ${total} changes: ${message}` +
    (applied > 0 ? ` The ${plural(applied, 'change')} made before ${applied === 1 ? 'is' : 'are'} in the changelog; import the file again to make the rest.` : ''),
  exported: (n: number, file: string) => `Exported ${plural(n, 'fact')} to ${file}.`,
} as const;
