/** Problems found in a candidate fact base, as errors on the fields of the moderator's form. */
import { describeProblem, parseKnowledge, type KnowledgeProblem } from '../core/knowledge.js';
import type { Fact } from '../core/schema.js';
import { fileText, type KnowledgeTexts } from './knowledge-texts.js';
import type { Change, FieldError, RawFactsFile } from './prepare-change.js';

/** Problems with the candidate fact base, as errors on the form's fields. */
export function fieldErrors(problems: readonly KnowledgeProblem[], change: Change, factId: string, texts: KnowledgeTexts, newSourceId: string | undefined): FieldError[] {
  return problems.map((p): FieldError => {
    if (p.file === texts.facts.path && p.item === factId && p.field !== undefined) {
      const field = change.kind === 'alias' && p.field.startsWith('aliases') ? 'phrase' : p.field;
      return { field, message: p.message };
    }
    if (p.file === texts.sources.path && newSourceId !== undefined && p.item === newSourceId && p.field !== undefined) {
      return { field: `newSource.${p.field}`, message: p.message };
    }
    return { field: '', message: describeProblem(p) };
  });
}

/** Stand-ins for fields that failed the schema, so the quote and figure checks still run on the rest. */
const PLACEHOLDERS: Readonly<Record<string, unknown>> = { topic: 'x', statement: 'x', saidBy: 'x', aliases: ['x'], figure: undefined };

/**
 * The schema stops the checks before the quote and figure are looked at. So that a moderator is
 * told every problem at once, the fact is checked again with the failing fields stood in for.
 */
export function crossCheckProblems(texts: KnowledgeTexts, factsFile: RawFactsFile, fact: Fact, problems: readonly KnowledgeProblem[]): KnowledgeProblem[] {
  const onFact = problems.filter((p) => p.file === texts.facts.path && p.item === fact.id && p.field !== undefined);
  const keys = new Set(onFact.map((p) => p.field!.split('.')[0]!));
  if (onFact.length === 0 || onFact.length !== problems.length || [...keys].some((k) => !(k in PLACEHOLDERS))) return [];
  const patched: Record<string, unknown> = { ...fact };
  for (const k of keys) {
    if (PLACEHOLDERS[k] === undefined) delete patched[k];
    else patched[k] = PLACEHOLDERS[k];
  }
  const file = { ...factsFile, facts: (factsFile.facts as Fact[]).map((f) => (f.id === fact.id ? patched : f)) };
  const again = parseKnowledge({ ...texts, facts: { path: texts.facts.path, text: fileText(file) } });
  if (again.ok) return [];
  return again.error.filter((p) => p.item === fact.id && p.field !== undefined && !keys.has(p.field.split('.')[0]!));
}
