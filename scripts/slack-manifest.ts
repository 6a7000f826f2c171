/** `npm run slack:manifest`: writes the Slack app manifest generated from commands/. */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { adminCommands } from '../commands/admin/index.js';
import { commands } from '../commands/index.js';
import { MANIFEST_PATH, manifestText } from '../src/adapters/slack/manifest.js';

const path = fileURLToPath(new URL(`../${MANIFEST_PATH}`, import.meta.url));
await writeFile(path, manifestText(commands, adminCommands));
console.log(`wrote ${MANIFEST_PATH}`);
