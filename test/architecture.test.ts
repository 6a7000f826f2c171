/**
 * The dependency rule (DESIGN.md, STYLE.md habit 1): adapters -> commands -> core, store -> core.
 * The core imports nothing platform-specific and never reads the environment.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

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
const CORE_PACKAGES = ['zod', 'fuse.js'];

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
      'src/core/fake.ts:2 imports "discord.js": src/core may not import a package other than zod or fuse.js',
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
      'src/core/fake.ts:1 imports "@slack/bolt": src/core may not import a package other than zod or fuse.js',
      'src/core/fake.ts:2 imports "node:fs/promises": src/core may not import a package other than zod or fuse.js',
      'src/core/fake.ts:3 imports "dotenv/config": src/core may not import a package other than zod or fuse.js',
      'src/core/fake.ts:4 imports "../store/load-knowledge.js": src/core may not import a file outside src/core',
      'src/core/fake.ts:5 imports "fs": src/core may not import a package other than zod or fuse.js',
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
  it('src/core imports only src/core, zod and fuse.js, and never touches process', () => {
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
