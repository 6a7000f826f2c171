/** Start-up repairs after an interrupted write: leftover temporary files, a change logged but not written. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseKnowledge } from '../core/knowledge.js';
import type { Fact, Source } from '../core/schema.js';
import type { Logger } from '../logger.js';
import { TEMP_FILE, nodeFsOps, writeFileAtomic, type FsOps } from './atomic-write.js';
import { isVocabularyEntry, type ChangelogEntry, type FactChangelogEntry, type VocabularyChangelogEntry } from './changelog.js';
import { describeAll, fileText, shownPath, type KnowledgeTexts } from './knowledge-texts.js';
import { KNOWLEDGE_FILES } from './load-knowledge.js';
import { canonicalFact, revisionOf, type RawFactsFile, type RawSourcesFile } from './prepare-change.js';
import { EMPTY_VOCABULARY, applyVocabularyEdit, type RawVocabularyFile } from './vocabulary-change.js';

/** Leftover temporary files of a write cut short. */
export async function removeTempFiles(dir: string, log: Logger): Promise<void> {
  for (const folder of [dir, join(dir, 'sources')]) {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch {
      continue;
    }
    for (const name of names.filter((n) => TEMP_FILE.test(n))) {
      await nodeFsOps.unlink(join(folder, name)).then(
        () => log.info({ file: shownPath(join(folder, name)) }, 'removed a temporary file left by an interrupted write'),
        () => {},
      );
    }
  }
}

/**
 * After a crash between logging a change and replacing facts.json (or vocabulary.json), the
 * changelog's last entry is one revision ahead of the file: write it into the file. Only that one
 * entry, and only when it follows on from the file exactly; anything else is reported, not guessed at.
 */
export async function rollForward(dir: string, texts: KnowledgeTexts, entries: readonly ChangelogEntry[], fsOps: FsOps, log: Logger): Promise<boolean> {
  const last = entries.at(-1);
  if (last !== undefined && isVocabularyEntry(last) && await rollVocabularyForward(dir, texts, last, fsOps, log)) return true;
  return rollFactsForward(dir, texts, entries, fsOps, log);
}

async function rollVocabularyForward(dir: string, texts: KnowledgeTexts, entry: VocabularyChangelogEntry, fsOps: FsOps, log: Logger): Promise<boolean> {
  const path = texts.vocabulary?.path ?? shownPath(join(dir, KNOWLEDGE_FILES.vocabulary));
  let file: RawVocabularyFile;
  try {
    file = texts.vocabulary === undefined ? EMPTY_VOCABULARY : JSON.parse(texts.vocabulary.text) as RawVocabularyFile;
  } catch {
    return false;
  }
  if (typeof file !== 'object' || file === null || Array.isArray(file)) return false;
  const revision = typeof file.revision === 'number' ? file.revision : 0;
  if (entry.baseVocabularyRevision < revision) return false;
  const next = entry.baseVocabularyRevision === revision
    ? applyVocabularyEdit(file, { list: entry.list, itemId: entry.itemId, index: entry.index, before: entry.before, after: entry.after })
    : undefined;
  if (next === undefined) {
    log.warn({ file: path, revision, seq: entry.seq }, 'the changelog is ahead of vocabulary.json but does not follow on from it; not rolled forward');
    return false;
  }
  const candidate: KnowledgeTexts = { ...texts, vocabulary: { path, text: fileText(next) } };
  const parsed = parseKnowledge(candidate);
  if (!parsed.ok) {
    log.error({ seq: entry.seq, error: describeAll(parsed.error) }, 'a change in the changelog is not in vocabulary.json and cannot be rolled forward');
    return false;
  }
  await writeFileAtomic(join(dir, KNOWLEDGE_FILES.vocabulary), fileText(next), fsOps);
  log.warn({ seq: entry.seq, item: entry.itemId, revision: next.revision }, 'rolled forward a change that was logged but not yet in vocabulary.json (interrupted write)');
  return true;
}

async function rollFactsForward(dir: string, texts: KnowledgeTexts, entries: readonly ChangelogEntry[], fsOps: FsOps, log: Logger): Promise<boolean> {
  let file: RawFactsFile;
  let sources: RawSourcesFile;
  try {
    file = JSON.parse(texts.facts.text) as RawFactsFile;
    sources = JSON.parse(texts.sources.text) as RawSourcesFile;
  } catch {
    return false;
  }
  if (typeof file?.revision !== 'number' || !Array.isArray(file.facts) || !Array.isArray(sources?.sources)) return false;
  const ahead = entries.filter((e): e is FactChangelogEntry => !isVocabularyEntry(e) && e.baseRevisionOfBase >= file.revision);
  if (ahead.length === 0) return false;
  const entry = ahead[0]!;
  const facts = file.facts as Fact[];
  const old = facts.find((f) => f.id === entry.factId);
  const follows = ahead.length === 1 && entry === entries.at(-1) && entry.baseRevisionOfBase === file.revision &&
    (old === undefined ? entry.kind === 'add' && entry.revision === 1 : old.revision === entry.revision - 1);
  if (!follows) {
    log.warn({ file: texts.facts.path, revision: file.revision, entries: ahead.map((e) => e.seq) },
      'the changelog is ahead of facts.json but does not follow on from it; not rolled forward');
    return false;
  }
  const fact = canonicalFact(old === undefined ? entry.after : { ...entry.after, history: [...(old.history ?? []), revisionOf(old)] });
  const next: RawFactsFile = {
    ...file,
    revision: file.revision + 1,
    facts: old === undefined ? [...facts, fact] : facts.map((f) => (f.id === fact.id ? fact : f)),
  };
  const source: Source | undefined = entry.newSource;
  const addSource = source !== undefined && !sources.sources.some((s) => s.id === source.id);
  const nextSources: RawSourcesFile = addSource ? { ...sources, sources: [...sources.sources, source] } : sources;
  const candidate: KnowledgeTexts = {
    ...texts,
    facts: { path: texts.facts.path, text: fileText(next) },
    sources: addSource ? { path: texts.sources.path, text: fileText(nextSources) } : texts.sources,
  };
  const parsed = parseKnowledge(candidate);
  if (!parsed.ok) {
    log.error({ seq: entry.seq, error: describeAll(parsed.error) }, 'a change in the changelog is not in facts.json and cannot be rolled forward');
    return false;
  }
  if (addSource) await writeFileAtomic(join(dir, KNOWLEDGE_FILES.sources), candidate.sources.text, fsOps);
  await writeFileAtomic(join(dir, KNOWLEDGE_FILES.facts), candidate.facts.text, fsOps);
  log.warn({ seq: entry.seq, fact: entry.factId, revision: next.revision }, 'rolled forward a change that was logged but not yet in facts.json (interrupted write)');
  return true;
}
