/** The knowledge files as text, read together, so the store can check a candidate before writing. */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describeProblem, type KnowledgeProblem, type RawFile } from '../core/knowledge.js';
import { TEMP_FILE } from './atomic-write.js';
import { KNOWLEDGE_FILES } from './load-knowledge.js';

export interface KnowledgeTexts {
  facts: RawFile;
  sources: RawFile;
  glossary: RawFile;
  /** Absent when the fact base has no vocabulary file. */
  vocabulary?: RawFile;
  sourceTexts: Map<string, string>;
}

/** The path shown to people: relative to the working folder when inside it. */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') ? path : rel;
}

export async function readKnowledgeTexts(dir: string): Promise<{ ok: true; texts: KnowledgeTexts } | { ok: false; problems: KnowledgeProblem[] }> {
  const problems: KnowledgeProblem[] = [];
  const read = async (name: string): Promise<RawFile> => {
    const path = shownPath(join(dir, name));
    try {
      return { path, text: await readFile(join(dir, name), 'utf8') };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      problems.push({ file: path, message: code === 'ENOENT' ? 'is missing' : `cannot be read (${code ?? String(e)})` });
      return { path, text: '' };
    }
  };
  const [facts, sources, glossary] = await Promise.all([read(KNOWLEDGE_FILES.facts), read(KNOWLEDGE_FILES.sources), read(KNOWLEDGE_FILES.glossary)]);
  const vocabularyPath = join(dir, KNOWLEDGE_FILES.vocabulary);
  const vocabulary = await readFile(vocabularyPath, 'utf8').then(
    (text): RawFile => ({ path: shownPath(vocabularyPath), text }),
    (e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') problems.push({ file: shownPath(vocabularyPath), message: `cannot be read (${e.code ?? String(e)})` });
      return undefined;
    },
  );
  const sourceTexts = new Map<string, string>();
  let names: string[] = [];
  try {
    names = (await readdir(join(dir, 'sources'))).filter((n) => !TEMP_FILE.test(n));
  } catch {
    // No sources folder: every source without text is "quote not checked"; one naming a text is reported.
  }
  await Promise.all(names.map(async (name) => {
    try {
      sourceTexts.set(`sources/${name}`, await readFile(join(dir, 'sources', name), 'utf8'));
    } catch {
      // A folder or unreadable file: a source naming it is reported as "not on file".
    }
  }));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, texts: { facts, sources, glossary, ...(vocabulary === undefined ? {} : { vocabulary }), sourceTexts } };
}

export function sameTexts(a: KnowledgeTexts, b: KnowledgeTexts): boolean {
  if (a.facts.text !== b.facts.text || a.sources.text !== b.sources.text || a.glossary.text !== b.glossary.text) return false;
  if (a.vocabulary?.text !== b.vocabulary?.text) return false;
  if (a.sourceTexts.size !== b.sourceTexts.size) return false;
  for (const [k, v] of a.sourceTexts) if (b.sourceTexts.get(k) !== v) return false;
  return true;
}

export const fileText = (data: unknown): string => `${JSON.stringify(data, null, 2)}\n`;

export function describeAll(problems: readonly KnowledgeProblem[]): string {
  return problems.map(describeProblem).join('; ');
}
