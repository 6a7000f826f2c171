/**
 * The JSON Schemas written beside the knowledge files, so editors can check and complete them.
 * Generated from the zod schemas in src/core/schema.ts, never edited by hand: `npm run schema`.
 */
import { z } from 'zod';
import { FactsFile, GlossaryFile, SourcesFile, VocabularyFile } from '../core/schema.js';

export interface GeneratedFile {
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  text: string;
}

/** The file each knowledge file names in its "$schema", e.g. "./facts.schema.json". */
export const JSON_SCHEMA_FILES = {
  facts: 'facts.schema.json',
  sources: 'sources.schema.json',
  glossary: 'glossary.schema.json',
  vocabulary: 'vocabulary.schema.json',
} as const;

const schemas = { facts: FactsFile, sources: SourcesFile, glossary: GlossaryFile, vocabulary: VocabularyFile } as const;

/**
 * The schema files for the knowledge folder `dir`, in the form they are written to disk.
 * Input mode, so a field with a default (a term's aliases, the derived facts) is optional, as in
 * the files people write.
 */
export function jsonSchemaFiles(dir = 'knowledge'): GeneratedFile[] {
  return (Object.keys(schemas) as (keyof typeof schemas)[]).map((key) => ({
    path: `${dir}/${JSON_SCHEMA_FILES[key]}`,
    text: `${JSON.stringify(z.toJSONSchema(schemas[key], { io: 'input' }), null, 2)}\n`,
  }));
}
