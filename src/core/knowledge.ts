/**
 * Parses and checks the knowledge files. Pure: the store reads the files and passes their text in.
 * Every problem found is reported with the file, the fact (or source or term) and the field.
 */
import type { z } from 'zod';
import {
  FactsFile, GlossaryFile, SourcesFile, VocabularyFile,
  type About, type Derivation, type Entity, type Fact, type GlossaryEntry, type Source, type SynonymGroup,
} from './schema.js';
import { foldWhitespace, formatNumber } from './text.js';

export interface RawFile {
  /** Path as shown to people, e.g. "knowledge/facts.json". */
  path: string;
  text: string;
}

export interface KnowledgeInput {
  facts: RawFile;
  sources: RawFile;
  glossary: RawFile;
  /** The words of the domain; a fact base without one learns only from its facts and glossary. */
  vocabulary?: RawFile;
  /** Source texts by their path relative to the knowledge folder ("sources/x.txt"). */
  sourceTexts: ReadonlyMap<string, string>;
}

export interface KnowledgeProblem {
  file: string;
  /** The fact id, source id or glossary term concerned, when there is one. */
  item?: string;
  /** Dotted path of the field, e.g. "figure.value". */
  field?: string;
  message: string;
}

/** The checked fact base. Retired facts are kept (history and undo need them) but never answer. */
export interface KnowledgeBase {
  revision: number;
  facts: readonly Fact[];
  derived: readonly Derivation[];
  sources: ReadonlyMap<string, Source>;
  glossary: readonly GlossaryEntry[];
  /** Named things and synonyms (knowledge/vocabulary.json). */
  vocabulary: { revision: number; entities: readonly Entity[]; synonyms: readonly SynonymGroup[]; stopwords: readonly string[] };
  /** Facts whose quote could be checked against a source text on file. */
  quoteChecked: ReadonlySet<string>;
  /** What the fact base is about, when sources.json says (the bot's self-description). */
  about?: About;
}

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export function describeProblem(p: KnowledgeProblem): string {
  const where = [p.item === undefined ? undefined : `"${p.item}"`, p.field === undefined ? undefined : `field "${p.field}"`]
    .filter((x) => x !== undefined)
    .join(', ');
  return `${p.file}${where ? `: ${where}` : ''}: ${p.message}`;
}

/** Node reports a JSON error at a character position; people editing a file want line and column. */
function jsonErrorText(message: string, text: string): string {
  const m = / at position (\d+)/u.exec(message);
  if (m === null) return message.replace(/^JSON\.parse: /u, '');
  const before = text.slice(0, Number(m[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message.slice(0, m.index).replace(/ in JSON$/u, '')} at line ${line}, column ${column}`;
}

function parseJson<T>(file: RawFile, schema: z.ZodType<T>, itemsKey: string, itemId: (x: unknown) => string | undefined):
  Result<T, KnowledgeProblem[]> {
  let data: unknown;
  try {
    data = JSON.parse(file.text);
  } catch (e) {
    return { ok: false, error: [{ file: file.path, message: `is not valid JSON: ${jsonErrorText((e as Error).message, file.text)}` }] };
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems = parsed.error.issues.map((issue): KnowledgeProblem => {
    const path = issue.path.map(String);
    let item: string | undefined;
    let fieldPath = path;
    if (path[0] === itemsKey && path[1] !== undefined) {
      const items = (data as Record<string, unknown[]>)[itemsKey];
      item = itemId(items?.[Number(path[1])]) ?? `${itemsKey}[${path[1]}]`;
      fieldPath = path.slice(2);
    }
    const missing = issue.code === 'invalid_type' && / received undefined$/u.test(issue.message);
    const problem: KnowledgeProblem = { file: file.path, message: missing ? `is missing (${issue.message.replace(/^Invalid input: | received undefined$/gu, '').replace(/,$/u, '')})` : issue.message };
    if (item !== undefined) problem.item = item;
    if (fieldPath.length > 0) problem.field = fieldPath.join('.');
    return problem;
  });
  return { ok: false, error: problems };
}

const idOf = (key: string) => (x: unknown): string | undefined => {
  if (typeof x === 'object' && x !== null && typeof (x as Record<string, unknown>)[key] === 'string') {
    return (x as Record<string, string>)[key];
  }
  return undefined;
};

/** The forms in which a figure's value may be written in its quote: 1700, 1,700, 1.7 million... */
function valueForms(value: number): string[] {
  const forms = [String(value), formatNumber(value)];
  if (value >= 1_000_000) forms.push(`${formatNumber(value / 1_000_000)} million`, `${formatNumber(value / 1_000_000)}m`, `${formatNumber(value / 1_000_000)} m`);
  if (value >= 1_000_000_000) forms.push(`${formatNumber(value / 1_000_000_000)} billion`, `${formatNumber(value / 1_000_000_000)}bn`);
  return forms;
}

/** Parses and checks all knowledge files; returns every problem found, not only the first. */
export function parseKnowledge(input: KnowledgeInput): Result<KnowledgeBase, KnowledgeProblem[]> {
  const sourcesR = parseJson(input.sources, SourcesFile, 'sources', idOf('id'));
  const factsR = parseJson(input.facts, FactsFile, 'facts', idOf('id'));
  const glossaryR = parseJson(input.glossary, GlossaryFile, 'terms', idOf('term'));
  const vocabularyR = input.vocabulary === undefined
    ? { ok: true as const, value: VocabularyFile.parse({}) }
    : parseJson(input.vocabulary, VocabularyFile, 'entities', idOf('id'));
  const problems: KnowledgeProblem[] = [];
  for (const r of [sourcesR, factsR, glossaryR, vocabularyR]) if (!r.ok) problems.push(...r.error);
  if (!sourcesR.ok || !factsR.ok || !glossaryR.ok || !vocabularyR.ok) return { ok: false, error: problems };

  const factsPath = input.facts.path;
  const sources = new Map<string, Source>();
  const sourceText = new Map<string, string>();
  for (const s of sourcesR.value.sources) {
    if (sources.has(s.id)) problems.push({ file: input.sources.path, item: s.id, field: 'id', message: 'is used by more than one source' });
    sources.set(s.id, s);
    if (s.text !== undefined) {
      const text = input.sourceTexts.get(s.text);
      if (text === undefined) {
        problems.push({ file: input.sources.path, item: s.id, field: 'text', message: `names ${s.text}, which is not on file` });
      } else {
        sourceText.set(s.id, foldWhitespace(text));
      }
    }
  }

  const { facts, derived, revision } = factsR.value;
  const ids = new Set<string>();
  const quoteChecked = new Set<string>();
  for (const f of facts) {
    if (ids.has(f.id)) problems.push({ file: factsPath, item: f.id, field: 'id', message: 'is used by more than one fact' });
    ids.add(f.id);
    for (const [i, rev] of [...(f.history ?? []).map((h) => [h, 'history'] as const), [f, ''] as const].entries()) {
      const field = (name: string) => (rev[1] === '' ? name : `history.${i}.${name}`);
      const r = rev[0];
      const source = sources.get(r.source);
      if (source === undefined) {
        problems.push({ file: factsPath, item: f.id, field: field('source'), message: `names source "${r.source}", which is not in ${input.sources.path}` });
        continue;
      }
      const text = sourceText.get(r.source);
      const q = foldWhitespace(r.quote);
      if (text !== undefined) {
        if (!text.includes(q)) {
          problems.push({ file: factsPath, item: f.id, field: field('quote'), message: `is not found word for word in ${source.text ?? r.source}` });
        } else if (rev[1] === '') {
          quoteChecked.add(f.id);
        }
      }
      if (r.figure !== undefined) {
        if (!valueForms(r.figure.value).some((form) => q.includes(form))) {
          problems.push({ file: factsPath, item: f.id, field: field('figure.value'), message: `${formatNumber(r.figure.value)} does not appear in the fact's own quote` });
        }
      }
    }
    const revisions = [...(f.history ?? []).map((h) => h.revision), f.revision];
    if (revisions.some((r, i) => i > 0 && r <= revisions[i - 1]!)) {
      problems.push({ file: factsPath, item: f.id, field: 'revision', message: 'revisions in history must increase, ending with the current one' });
    }
  }

  const derivedIds = new Set<string>();
  for (const d of derived) {
    if (ids.has(d.id) || derivedIds.has(d.id)) {
      problems.push({ file: factsPath, item: d.id, field: 'id', message: 'is used by more than one fact or derivation' });
    }
    d.of.forEach((ref, i) => {
      if (!ids.has(ref) && !derivedIds.has(ref)) {
        problems.push({ file: factsPath, item: d.id, field: `of.${i}`, message: `names "${ref}", which is neither a fact nor an earlier derivation` });
      }
    });
    derivedIds.add(d.id);
  }

  const terms = new Set<string>();
  for (const g of glossaryR.value.terms) {
    const key = g.term.toLowerCase();
    if (terms.has(key)) problems.push({ file: input.glossary.path, item: g.term, field: 'term', message: 'is defined more than once' });
    terms.add(key);
    if (g.source !== undefined) {
      if (!sources.has(g.source)) {
        problems.push({ file: input.glossary.path, item: g.term, field: 'source', message: `names source "${g.source}", which is not in ${input.sources.path}` });
      } else if (g.quote !== undefined) {
        const text = sourceText.get(g.source);
        if (text !== undefined && !text.includes(foldWhitespace(g.quote))) {
          problems.push({ file: input.glossary.path, item: g.term, field: 'quote', message: 'is not found word for word in its source' });
        }
      }
    }
  }

  const vocabulary = vocabularyR.value;
  const vocabularyPath = input.vocabulary?.path ?? 'vocabulary.json';
  const known = new Set<string>([...terms]);
  const entityIds = new Set<string>();
  for (const e of vocabulary.entities) {
    if (entityIds.has(e.id)) problems.push({ file: vocabularyPath, item: e.id, field: 'id', message: 'is used by more than one entity' });
    entityIds.add(e.id);
    known.add(e.id);
    for (const n of e.names) known.add(n.toLowerCase());
  }
  const broader = [
    ...vocabulary.entities.map((e) => ({ file: vocabularyPath, item: e.id, within: e.within })),
    ...glossaryR.value.terms.map((g) => ({ file: input.glossary.path, item: g.term, within: g.within })),
  ];
  for (const b of broader) {
    if (b.within !== undefined && !known.has(b.within.toLowerCase())) {
      problems.push({ file: b.file, item: b.item, field: 'within', message: `names "${b.within}", which is neither an entity nor a term` });
    }
  }
  const groupIds = new Set<string>();
  for (const g of vocabulary.synonyms) {
    if (groupIds.has(g.id)) problems.push({ file: vocabularyPath, item: g.id, field: 'id', message: 'is used by more than one synonym group' });
    groupIds.add(g.id);
  }

  if (problems.length > 0) return { ok: false, error: problems };
  return {
    ok: true,
    value: {
      revision, facts, derived, sources, glossary: glossaryR.value.terms, quoteChecked,
      ...(sourcesR.value.about === undefined ? {} : { about: sourcesR.value.about }),
      vocabulary: { revision: vocabulary.revision, entities: vocabulary.entities, synonyms: vocabulary.synonyms, stopwords: vocabulary.stopwords },
    },
  };
}
