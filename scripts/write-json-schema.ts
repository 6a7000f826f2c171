/** Writes knowledge/*.schema.json from the zod schemas: `npm run schema` after changing src/core/schema.ts. */
import { writeFile } from 'node:fs/promises';
import { jsonSchemaFiles } from '../src/store/json-schema.js';

// Paths are relative to the repository root, wherever the script is run from.
const root = new URL('../', import.meta.url);

for (const file of jsonSchemaFiles()) {
  await writeFile(new URL(file.path, root), file.text, 'utf8');
  console.log(`wrote ${file.path}`);
}
