/** `npm run facts -- export` and `import`: a spreadsheet's edits read back like hand edits, all or nothing. */
import { readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runFacts } from '../src/adapters/console/facts-cli.js';
import { COLUMNS } from '../src/store/fact-rows.js';
import { readImportFile } from '../src/store/fact-transfer.js';
import { changelogOnDisk, factsOnDisk, fileBytes, tempKnowledge, type TempKnowledge } from './fixtures/store-fixture.js';

let t: TempKnowledge;
let printed: string[];

beforeEach(async () => {
  t = await tempKnowledge();
  printed = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void printed.push(args.map(String).join(' ')));
});

afterEach(async () => {
  vi.restoreAllMocks();
  await t.cleanup();
});

/** Runs `npm run facts -- ...` in this process on the temporary fact base; `answer` is what is typed at the prompt. */
async function facts(args: string[], answer = ''): Promise<{ code: number | void; out: string; prompt: string }> {
  printed.length = 0;
  const output = new PassThrough();
  let prompt = '';
  output.on('data', (d: Buffer) => { prompt += d.toString(); });
  const code = await runFacts([...args, '--knowledge', t.knowledgeDir], { ...process.env, DATA_DIR: t.dataDir }, { input: Readable.from([answer]), output });
  return { code, out: printed.join('\n'), prompt };
}

/** The error `npm run facts` stops with (a StartupError, printed without a stack). */
async function refusal(args: string[]): Promise<string> {
  return facts(args).then(() => 'no error', (e: unknown) => (e as Error).message);
}

type Row = Record<string, string>;

async function exportCsv(): Promise<{ path: string; rows: Row[] }> {
  const path = join(t.root, 'facts.csv');
  await facts(['export', '--format', 'csv', '--out', path]);
  return { path, rows: parse(await readFile(path, 'utf8'), { bom: true, columns: true }) as Row[] };
}

async function writeCsv(name: string, rows: Row[]): Promise<string> {
  const path = join(t.root, name);
  await writeFile(path, stringify(rows, { header: true, columns: [...COLUMNS] }));
  return path;
}

const rowOf = (rows: Row[], id: string): Row => {
  const row = rows.find((r) => r.id === id);
  if (row === undefined) throw new Error(`no row ${id}`);
  return row;
};

describe('export', () => {
  it('GIVEN --format csv THEN a header and one row per fact, lists joined with " | ", figure fields flattened', async () => {
    const { rows } = await exportCsv();
    const onFile = (await factsOnDisk(t.knowledgeDir)).facts;
    expect(rows).toHaveLength(onFile.length);
    expect(Object.keys(rows[0]!)).toEqual([...COLUMNS]);
    const remaining = rowOf(rows, 'cambodia-area-remaining');
    expect(remaining).toMatchObject({ value: '1700', unit: 'km2', qualifier: 'more-than', label: 'still to clear', asOf: '2024-07-11', 'scope.where': 'Cambodia', revision: '1' });
    expect(remaining.aliases!.split(' | ')).toEqual(onFile.find((f) => f.id === 'cambodia-area-remaining')!.aliases);
  });

  it('GIVEN --format json and no --out THEN the facts array on standard output, as facts.json has it', async () => {
    const { out } = await facts(['export', '--format', 'json']);
    const exported = JSON.parse(out) as Array<Record<string, unknown>>;
    const onFile = (await factsOnDisk(t.knowledgeDir)).facts;
    expect(exported.map((f) => f.id)).toEqual(onFile.map((f) => f.id));
    expect(exported[0]).toEqual(Object.fromEntries(Object.entries(onFile[0]!).filter(([k]) => k !== 'history')));
  });
});

describe('import', () => {
  it('GIVEN an export imported unchanged (CSV, then JSON) THEN no changes, nothing written', async () => {
    const before = await fileBytes(t.knowledgeDir);
    const { path } = await exportCsv();
    const csv = await facts(['import', path]);
    expect(csv.code).toBe(0);
    expect(csv.out).toContain('No changes: the 14 facts in the file match the fact base.');
    expect(csv.prompt).toBe('');
    const json = join(t.root, 'facts.json');
    await facts(['export', '--format', 'json', '--out', json]);
    expect((await facts(['import', json, '--yes'])).out).toContain('No changes');
    expect(await fileBytes(t.knowledgeDir)).toEqual(before);
  });

  it('GIVEN an edited figure and statement THEN a diff, then one changelog entry per changed fact, by the cli with the reason', async () => {
    const { rows } = await exportCsv();
    rowOf(rows, 'cambodia-area-remaining').label = 'still to be cleared';
    rowOf(rows, 'cambodia-area-cleared').statement = 'Since 1992 Cambodia has cleared more than 3,000 km² of land.';
    const path = await writeCsv('edited.csv', rows);
    const { code, out } = await facts(['import', path, '--yes', '--reason', 'spreadsheet review']);
    expect(code).toBe(0);
    expect(out).toContain('~ cambodia-area-remaining  row 2 (cambodia-area-remaining): revision 1 → 2');
    expect(out).toContain('    label: still to clear → still to be cleared');
    expect(out).toMatch(/statement:\n {6}- .*\n {6}\+ Since 1992 Cambodia has cleared more than 3,000 km² of land\./u);
    expect(out).toContain('0 new facts, 2 changed facts, 12 facts unchanged.');
    expect(out).toContain('Imported 2 changes: changelog #1–#2.');
    const log = await changelogOnDisk(t.knowledgeDir);
    expect(log.map((e) => [e.factId, e.kind, e.reason, (e.actor as { face: string }).face])).toEqual([
      ['cambodia-area-remaining', 'edit', 'spreadsheet review', 'cli'],
      ['cambodia-area-cleared', 'edit', 'spreadsheet review', 'cli'],
    ]);
    const onFile = (await factsOnDisk(t.knowledgeDir)).facts.find((f) => f.id === 'cambodia-area-remaining')!;
    expect(onFile).toMatchObject({ revision: 2, figure: { label: 'still to be cleared', value: 1700 } });
    expect(onFile.history?.[0]?.figure?.label).toBe('still to clear');
    // Imported again, the file changes nothing more.
    expect((await facts(['import', path, '--yes'])).out).toContain('No changes');
  });

  it('GIVEN a bad unit, a quote not in the source and an unreadable number THEN nothing is applied and every row is named with its column', async () => {
    const { rows } = await exportCsv();
    rowOf(rows, 'cambodia-area-remaining').label = 'a good edit that must not be applied alone';
    rowOf(rows, 'cambodia-area-cleared').unit = 'acres';
    rowOf(rows, 'jmas-cmac-area-cleared').quote = 'words that are not in the article';
    rowOf(rows, 'jmas-cmac-ap-mines-destroyed').value = 'many';
    const path = await writeCsv('bad.csv', rows);
    const before = await fileBytes(t.knowledgeDir);
    const message = await refusal(['import', path, '--yes']);
    expect(message).toContain('Nothing was imported: 3 rows have problems (the whole file is applied or none of it).');
    expect(message).toMatch(/row 3 \(cambodia-area-cleared\), unit: .*"km2"/u);
    expect(message).toMatch(/row 4 \(jmas-cmac-area-cleared\), quote: is not found word for word in sources\//u);
    expect(message).toContain('row 5 (jmas-cmac-ap-mines-destroyed), value: must be a number');
    expect(message).not.toContain('cambodia-area-remaining');
    expect(await fileBytes(t.knowledgeDir)).toEqual(before);
  });

  it('GIVEN a JSON fact with a figure missing from its quote THEN refused, naming the fact and the field', async () => {
    const path = join(t.root, 'facts.json');
    await facts(['export', '--format', 'json', '--out', path]);
    const exported = JSON.parse(await readFile(path, 'utf8')) as Array<{ id: string; figure?: { value: number } }>;
    exported.find((f) => f.id === 'cambodia-area-remaining')!.figure!.value = 1800;
    await writeFile(path, JSON.stringify(exported));
    expect(await refusal(['import', path, '--yes'])).toContain("fact 1 (cambodia-area-remaining), figure.value: 1,800 does not appear in the fact's own quote");
  });

  it('GIVEN no --yes THEN asks; "n" applies nothing, "y" applies', async () => {
    const { rows } = await exportCsv();
    rowOf(rows, 'jmas-cmac-area-cleared').retired = 'yes';
    const path = await writeCsv('retire.csv', rows);
    const before = await fileBytes(t.knowledgeDir);
    const declined = await facts(['import', path], 'n\n');
    expect(declined.prompt).toContain('Apply 1 change, one per fact, each recorded in the changelog? [y/N]');
    expect(declined.out).toContain('~ jmas-cmac-area-cleared  row 4 (jmas-cmac-area-cleared): retired');
    expect(declined.out).toContain('Nothing was changed.');
    expect(declined.code).toBe(1);
    expect(await fileBytes(t.knowledgeDir)).toEqual(before);
    // No answer at all (the input ends) is a no too.
    expect((await facts(['import', path], '')).code).toBe(1);
    expect(await fileBytes(t.knowledgeDir)).toEqual(before);

    const accepted = await facts(['import', path], 'y\n');
    expect(accepted.code).toBe(0);
    expect((await changelogOnDisk(t.knowledgeDir)).map((e) => [e.factId, e.kind])).toEqual([['jmas-cmac-area-cleared', 'retire']]);
    expect((await factsOnDisk(t.knowledgeDir)).facts.find((f) => f.id === 'jmas-cmac-area-cleared')?.retired).toBe(true);
  });

  it('GIVEN an import of two changes THEN each is undone on its own, the latest first', async () => {
    const { rows } = await exportCsv();
    rowOf(rows, 'cambodia-area-remaining').label = 'still to be cleared';
    const edited = rowOf(rows, 'cambodia-area-cleared');
    edited.statement = 'Cambodia has cleared more than 3,000 km² since 1992.';
    edited.retired = 'yes';
    await facts(['import', await writeCsv('edited.csv', rows), '--yes']);
    const afterImport = (await factsOnDisk(t.knowledgeDir)).facts.find((f) => f.id === 'cambodia-area-cleared')!;
    // A content change and a retirement in one row: one change of that fact.
    expect(afterImport).toMatchObject({ revision: 2, retired: true, statement: edited.statement });
    expect(await changelogOnDisk(t.knowledgeDir)).toHaveLength(2);

    expect((await facts(['undo', '--reason', 'import was wrong'])).code).not.toBe(1);
    const cleared = (await factsOnDisk(t.knowledgeDir)).facts.find((f) => f.id === 'cambodia-area-cleared')!;
    expect(cleared.retired).toBeUndefined();
    expect(cleared.statement).not.toBe(edited.statement);
    expect((await factsOnDisk(t.knowledgeDir)).facts.find((f) => f.id === 'cambodia-area-remaining')?.figure?.label).toBe('still to be cleared');
    await facts(['undo', '--reason', 'import was wrong']);
    expect((await factsOnDisk(t.knowledgeDir)).facts.find((f) => f.id === 'cambodia-area-remaining')?.figure?.label).toBe('still to clear');
    expect((await changelogOnDisk(t.knowledgeDir)).map((e) => e.kind)).toEqual(['edit', 'edit', 'undo', 'undo']);
  });

  it('GIVEN a new row and missing rows THEN the new fact is added, the missing ones left alone with a note', async () => {
    const { rows } = await exportCsv();
    const added = { ...rowOf(rows, 'cambodia-area-remaining'), id: 'cambodia-area-remaining-copy', topic: 'Land still to clear, again', revision: '' };
    const path = await writeCsv('partial.csv', [rowOf(rows, 'cambodia-area-cleared'), added]);
    const { out } = await facts(['import', path, '--yes']);
    expect(out).toContain('+ cambodia-area-remaining-copy  row 3 (cambodia-area-remaining-copy): new fact');
    expect(out).toMatch(/13 facts on file are not in the file and are left alone \(to retire a fact, keep its row and set retired to yes\): cambodia-area-remaining, /u);
    const onFile = (await factsOnDisk(t.knowledgeDir)).facts;
    expect(onFile).toHaveLength(15);
    expect(onFile.filter((f) => f.retired === true)).toHaveLength(0);
    expect((await changelogOnDisk(t.knowledgeDir)).map((e) => [e.factId, e.kind])).toEqual([['cambodia-area-remaining-copy', 'add']]);
  });

  it('GIVEN a row exported before the fact changed THEN refused as stale, not written over the newer change', async () => {
    const { rows } = await exportCsv();
    await facts(['alias', 'cambodia-area-remaining', '--phrase', 'how much land is still dangerous', '--reason', 'asked in gaps']);
    rowOf(rows, 'cambodia-area-remaining').label = 'still to be cleared';
    const message = await refusal(['import', await writeCsv('old.csv', rows), '--yes']);
    expect(message).toContain('row 2 (cambodia-area-remaining), revision: the fact was changed since the export (the file has revision 1, the fact base revision 2)');
    expect((await factsOnDisk(t.knowledgeDir)).facts.find((f) => f.id === 'cambodia-area-remaining')?.figure?.label).toBe('still to clear');
  });

  it('GIVEN a malformed file THEN a clear error naming the line, column or fact, and nothing applied', async () => {
    const before = await fileBytes(t.knowledgeDir);
    const broken = join(t.root, 'broken.csv');
    await writeFile(broken, `${COLUMNS.join(',')}\ncambodia-area-remaining,"an unclosed quote\n`);
    expect(await refusal(['import', broken])).toMatch(/broken\.csv cannot be read as CSV at line \d: Quote Not Closed/u);
    await writeFile(broken, 'id,topic,colour\nx,y,z\n');
    expect(await refusal(['import', broken])).toMatch(/a column the import does not know: "colour"/u);
    const { rows } = await exportCsv();
    const twice = await writeCsv('twice.csv', [rows[0]!, rows[0]!]);
    expect(await refusal(['import', twice])).toContain('row 3 (cambodia-area-remaining), id: "cambodia-area-remaining" is also on row 2');
    const json = join(t.root, 'odd.json');
    await writeFile(json, JSON.stringify([{ id: 'cambodia-area-remaining', colour: 'red' }]));
    const odd = await refusal(['import', json]);
    expect(odd).toContain('Nothing was imported: 1 fact has a problem');
    expect(odd).toContain('fact 1 (cambodia-area-remaining), topic: is missing');
    expect(odd).toContain('fact 1 (cambodia-area-remaining): Unrecognized key: "colour"');
    await writeFile(json, '{"facts": [');
    expect(await refusal(['import', json])).toContain('odd.json is not valid JSON');
    expect(await refusal(['import', join(t.root, 'facts.txt')])).toContain('add --format csv or --format json');
    expect(await fileBytes(t.knowledgeDir)).toEqual(before);
  });

  it('GIVEN a file over 20 MB THEN refused before it is read; more rows than the cap THEN refused', async () => {
    const huge = join(t.root, 'huge.csv');
    await writeFile(huge, '');
    await truncate(huge, 21 * 1024 * 1024);
    expect(await refusal(['import', huge, '--yes'])).toContain('huge.csv is larger than 20 MB, the most an import reads');

    const { path } = await exportCsv();
    const read = await readImportFile(path, 'facts.csv', 'csv', { maxBytes: 1024 * 1024, maxFacts: 3 });
    expect(read.errors.map((e) => e.message)).toEqual(['facts.csv holds more than 3 facts, the most an import takes: split it, or keep only the rows that change.']);
    const small = await readImportFile(path, 'facts.csv', 'csv', { maxBytes: 1000, maxFacts: 100 });
    expect(small.errors[0]?.message).toContain('larger than');
  });
});
