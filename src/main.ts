/**
 * Starts every face whose credentials are set; with none, the local console chat. Says which faces
 * it did not start and why.
 */
import { runConsoleChat } from './adapters/console/chat.js';
import { planFaces } from './config.js';
import { loadConfigOrThrow, loadEngineOrThrow, runMain } from './start.js';
import { checkRegistry, commands } from '../commands/index.js';

runMain(async () => {
  const config = loadConfigOrThrow();
  const problems = checkRegistry(commands);
  if (problems.length > 0) throw new Error(`Command registry is invalid:\n${problems.join('\n')}`);
  const engine = await loadEngineOrThrow(config.KNOWLEDGE_DIR);
  const lines: string[] = [];
  for (const plan of planFaces(config)) {
    const name = plan.face === 'discord' ? 'Discord' : 'Slack';
    if (!plan.start) lines.push(`${name}: not started (${plan.reason}).`);
    else lines.push(`${name}: credentials found, but this version has no ${name} face yet; not started.`);
  }
  const { kb } = engine;
  const live = kb.facts.filter((f) => f.retired !== true).length;
  lines.push(`Fact base: ${live} facts, ${kb.derived.length} derived figures, ${kb.glossary.length} terms (revision ${kb.revision}).`);
  // No platform face is built yet, so the console always runs; later faces start beside it.
  lines.push('Console: type a question or a command (`help`), `exit` or Ctrl-D to leave.');
  await runConsoleChat(() => engine, { input: process.stdin, output: process.stdout, greeting: lines.join('\n') });
});
