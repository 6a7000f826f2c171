/** Reads the knowledge folder from disk and hands its text to the core to parse and check. */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseKnowledge, type KnowledgeBase, type KnowledgeProblem, type Result } from '../core/knowledge.js';

export const KNOWLEDGE_FILES = { facts: 'facts.json', sources: 'sources.json', glossary: 'glossary.json', vocabulary: 'vocabulary.json' } as const;

async function readRaw(dir: string, name: string): Promise<{ path: string; text: string } | KnowledgeProblem> {
  const path = join(dir, name);
  const rel = relative(process.cwd(), path);
  const shown = rel === '' || rel.startsWith('..') ? path : rel;
  try {
    return { path: shown, text: await readFile(path, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { file: shown, message: code === 'ENOENT' ? 'is missing' : `cannot be read (${code ?? String(e)})` };
  }
}

/** Loads and checks the fact base in `dir`; every problem is returned, naming file, item and field. */
export async function loadKnowledge(dir: string): Promise<Result<KnowledgeBase, KnowledgeProblem[]>> {
  const [facts, sources, glossary, vocabulary] = await Promise.all([
    readRaw(dir, KNOWLEDGE_FILES.facts),
    readRaw(dir, KNOWLEDGE_FILES.sources),
    readRaw(dir, KNOWLEDGE_FILES.glossary),
    readRaw(dir, KNOWLEDGE_FILES.vocabulary),
  ]);
  const problems = [facts, sources, glossary].filter((f): f is KnowledgeProblem => 'message' in f);
  if (problems.length > 0) return { ok: false, error: problems };
  const sourceTexts = new Map<string, string>();
  let names: string[] = [];
  try {
    names = await readdir(join(dir, 'sources'));
  } catch {
    // No sources folder: every source without text is "quote not checked"; one naming a text is reported.
  }
  await Promise.all(
    names.map(async (name) => {
      sourceTexts.set(`sources/${name}`, await readFile(join(dir, 'sources', name), 'utf8'));
    }),
  );
  return parseKnowledge({
    facts: facts as { path: string; text: string },
    sources: sources as { path: string; text: string },
    glossary: glossary as { path: string; text: string },
    // Optional: a fact base without a vocabulary learns its words from its facts and glossary alone.
    ...('text' in vocabulary ? { vocabulary } : {}),
    sourceTexts,
  });
}
