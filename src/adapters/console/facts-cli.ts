/**
 * `npm run facts -- <command>`: the moderator's work from a terminal, for those who keep the fact
 * base in git. The same store, checks, changelog and history as the chat commands.
 *   validate | list | due | show <fact> | history <fact>    (due: the facts due for review, longest overdue first)
 *   add --reason R --statement S [--figure F] --source SRC --quote Q --phrasings P
 *   edit <fact> --reason R [--statement S] [--figure F] [--source SRC] [--quote Q] [--phrasings P]
 *   retire <fact> --reason R | restore <fact> --reason R | alias <fact> --phrase P --reason R | undo --reason R
 *   term list [kind or words] | term show <id> | term add <id> --kind K --names "A, B" [--within W] --reason R
 *   term name <id> --name N --reason R | term synonym <group> --words "a, b" --reason R | term remove <id> --reason R
 *   review | review teach <item> <fact> --reason R | review new <item> | review done <item> --reason R | review dismiss <item> --reason R
 *   export [--format csv|json] [--out FILE] | import FILE [--format csv|json] [--yes] [--reason R]   (see facts-transfer.ts)
 * Field values are those of the form (see README); "\n" in a value is a new line. `validate` also
 * checks the changelog: every line readable, change numbers unique and increasing without gaps.
 */
import { userInfo } from 'node:os';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { factForm, FORM_FIELDS, PendingForms, type FormSpec, type FormValues } from '../../../commands/admin/fact-form.js';
import { errorsText, parseAdminArgs, runAdmin, submitForm } from '../../../commands/admin/dispatch.js';
import { findAdminCommand } from '../../../commands/admin/index.js';
import { isWordOption } from '../../../commands/dispatch.js';
import { describeProblem } from '../../core/knowledge.js';
import { messages } from '../../core/messages.js';
import { renderText } from '../../core/render-text.js';
import { formatFigure } from '../../core/units.js';
import { silentLogger } from '../../logger.js';
import { loadDictionary } from '../../store/dictionary.js';
import { FactStore } from '../../store/fact-store.js';
import { loadKnowledge } from '../../store/load-knowledge.js';
import { CHANGELOG_FILE, readChangelog } from '../../store/changelog.js';
import { shownPath } from '../../store/knowledge-texts.js';
import { loadConfigOrThrow, runMain, StartupError } from '../../start.js';
import { runExport, runImport, type PromptIo } from './facts-transfer.js';

const USAGE = 'Usage: npm run facts -- validate | list | due | show <fact> | history <fact> | add ... | edit <fact> ... | retire <fact> --reason R | restore <fact> --reason R | alias <fact> --phrase P --reason R | undo --reason R' +
  ' | term list [kind] | term show <id> | term add <id> --kind K --names "A, B" [--within W] --reason R | term name <id> --name N --reason R' +
  ' | term synonym <group> --words "a, b" --reason R | term remove <id> --reason R' +
  ' | review | review teach <item> <fact> --reason R | review new <item> | review done <item> --reason R | review dismiss <item> --reason R' +
  ' | export [--format csv|json] [--out FILE] | import FILE [--format csv|json] [--yes] [--reason R]';

/** Flags that take no value. */
const SWITCHES: ReadonlySet<string> = new Set(['yes']);

function parseFlags(argv: readonly string[]): { positional: string[]; flags: Record<string, string> } {
  const positional: string[] = [];
  const flags: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (SWITCHES.has(a.slice(2))) flags[a.slice(2)] = 'yes';
    else if (a.startsWith('--')) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new StartupError(`${a} needs a value.\n${USAGE}`);
      flags[a.slice(2)] = value.replace(/\\n/gu, '\n');
      i++;
    } else positional.push(a);
  }
  return { positional, flags };
}

/** A value quoted for a POSIX shell, a new line written "\\n" as the CLI reads it. */
const shellQuote = (value: string) => `'${value.replace(/\n/gu, '\\n').replace(/'/gu, `'\\''`)}'`;

/** `npm run facts -- add ...` with the form's prefilled fields filled and the others to complete. */
export function addCommandFor(form: FormSpec, reason: string): string {
  const flags = form.fields.map((f) => `--${f.name} ${f.value === '' ? (f.required ? `<${f.name}>` : "''") : shellQuote(f.value)}`);
  return `${messages.reviewAddCommand}\n  npm run facts -- add --reason ${shellQuote(reason)} ${flags.join(' ')}`;
}

/**
 * Runs one command; resolves with the exit code (1 when the change was refused) and throws a
 * StartupError for bad usage. Called in-process by the tests, and by the script below.
 */
export async function runFacts(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = process.env,
  io: PromptIo = { input: process.stdin, output: process.stdout },
): Promise<number | void> {
  const config = loadConfigOrThrow(env);
  const { positional, flags } = parseFlags(argv);
  const [command, target] = positional;
  const dir = flags.knowledge ?? config.KNOWLEDGE_DIR;
  if (command === undefined) throw new StartupError(USAGE);
  if (command === 'validate') {
    const r = await loadKnowledge(dir);
    const changelogPath = join(dir, CHANGELOG_FILE);
    const changelog = await readChangelog(changelogPath).catch((e: unknown) => ({
      entries: [], problems: [`cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`], sequenceProblems: [],
    }));
    const problems = [
      ...(r.ok ? [] : r.error.map(describeProblem)),
      ...[...changelog.problems, ...changelog.sequenceProblems].map((p) => `${shownPath(changelogPath)} ${p}`),
    ];
    if (!r.ok || problems.length > 0) throw new StartupError(`${dir} has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    const live = r.value.facts.filter((f) => f.retired !== true).length;
    const { vocabulary } = r.value;
    console.log(`${dir} is valid: revision ${r.value.revision}, ${live} facts answering, ${r.value.facts.length - live} retired, ${r.value.sources.size} sources, ${r.value.glossary.length} terms, ` +
      `${vocabulary.entities.length} entities and ${vocabulary.synonyms.length} synonym groups in the vocabulary, ${changelog.entries.length} changes in the changelog.`);
    return;
  }
  const store = await FactStore.open({ knowledgeDir: dir, dataDir: config.DATA_DIR, logger: silentLogger, dictionary: await loadDictionary(), staleAfterMonths: config.STALE_AFTER_MONTHS });
  try {
    const actor = { id: `local:${userInfo().username}`, name: userInfo().username, face: 'cli' as const };
    const forms = new PendingForms();
    const ctx = { store, actor, forms };
    const fact = (id: string | undefined) => {
      const f = store.kb().facts.find((x) => x.id === id);
      if (f === undefined) throw new StartupError(`No fact "${id ?? ''}". See: npm run facts -- list`);
      return f;
    };
    if (command === 'export') return await runExport(store, flags);
    if (command === 'import') return await runImport(store, target, flags, flags.yes !== undefined, actor, io);
    if (command === 'list') {
      for (const f of store.kb().facts) {
        console.log(`${f.id}  r${f.revision}${f.retired === true ? ' [retired]' : ''}  ${f.figure === undefined ? f.topic : `${formatFigure(f.figure)} ${f.figure.label}`}`);
      }
      return;
    }
    if (command === 'due') {
      const due = store.dueForReview();
      console.log([messages.dueListTitle(due.length, config.STALE_AFTER_MONTHS), ...due.map((d) => `  ${messages.dueLine(d)}`)].join('\n'));
      return;
    }
    if (command === 'show') {
      console.log(renderText(store.engine().fact(fact(target).id)));
      return;
    }
    if (command === 'add' || command === 'edit') {
      const existing = command === 'edit' ? fact(target) : undefined;
      const token = forms.open({ kind: command, ...(existing === undefined ? {} : { factId: existing.id, baseRevision: existing.revision }), reason: flags.reason ?? '', actor, values: {} });
      if ((flags.reason ?? '').trim() === '') throw new StartupError('--reason is required: every change records why.');
      const spec = factForm(token, command, existing);
      const values: FormValues = {};
      for (const name of FORM_FIELDS) values[name] = flags[name] ?? spec.fields.find((f) => f.name === name)?.value ?? '';
      const result = await submitForm(token, values, { store, forms });
      if (!result.done) throw new StartupError(`Nothing was saved. Please fix:\n${errorsText(result.errors)}`);
      console.log(renderText(result.reply));
      return result.reply.kind === 'error' ? 1 : 0;
    }
    let admin = findAdminCommand(command);
    if (admin === undefined) throw new StartupError(USAGE);
    let words = positional.slice(1);
    // "term add ...": the group's command is the next word.
    if (admin.subcommands !== undefined && words.length > 0) {
      admin = findAdminCommand(words[0]!.toLowerCase(), admin.name);
      if (admin === undefined) throw new StartupError(USAGE);
      words = words.slice(1);
    }
    // As typed in chat: the id first, then the rest of the words fill the next option not given as a flag.
    const raw: Record<string, string> = { ...flags };
    const first = admin.options[0]?.name;
    if (words.length > 0 && first !== undefined && isWordOption(first) && raw[first] === undefined) {
      raw[first] = words[0]!;
      words = words.slice(1);
    }
    const next = admin.options.find((o) => raw[o.name] === undefined);
    if (words.length > 0 && next !== undefined) raw[next.name] = words.join(' ');
    const result = await runAdmin(parseAdminArgs(admin, raw), ctx);
    // A form (review new): the terminal has none, so the add command, prefilled, to complete and run.
    if ('form' in result) {
      console.log(addCommandFor(result.form, forms.get(result.form.token)?.reason ?? ''));
      return 0;
    }
    console.log(renderText(result.reply));
    return result.reply.kind === 'error' ? 1 : 0;
  } finally {
    await store.close();
  }
}

// Run as a script (npm run facts), not when a test imports runFacts.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runMain(async () => {
    const code = await runFacts(process.argv.slice(2));
    if (code === 1) process.exitCode = 1;
  });
}
