/** `npm run slack:manifest`: writes the Slack app manifest generated from commands/ and what knowledge/ says it is about. */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { adminCommands } from '../commands/admin/index.js';
import { commands } from '../commands/index.js';
import { MANIFEST_PATH, manifestText } from '../src/adapters/slack/manifest.js';
import { describeProblem } from '../src/core/knowledge.js';
import { loadKnowledge } from '../src/store/load-knowledge.js';

const kb = await loadKnowledge(fileURLToPath(new URL('../knowledge', import.meta.url)));
if (!kb.ok) throw new Error(`knowledge/ does not load:\n${kb.error.map(describeProblem).join('\n')}`);
const path = fileURLToPath(new URL(`../${MANIFEST_PATH}`, import.meta.url));
await writeFile(path, manifestText(commands, kb.value.about, adminCommands));
console.log(`wrote ${MANIFEST_PATH}`);
