/**
 * Starts every face whose credentials are set; with none, the local console chat. Says which faces
 * it did not start and why.
 */
import { adminCommands } from '../commands/admin/index.js';
import { checkRegistry, commands } from '../commands/index.js';
import { runConsoleChat } from './adapters/console/chat.js';
import { createDiscordAdapter } from './adapters/discord/discord-adapter.js';
import { createSlackAdapter } from './adapters/slack/slack-adapter.js';
import { planFaces, SECRET_VARIABLES } from './config.js';
import { createLogger } from './logger.js';
import { PendingForms } from '../commands/admin/fact-form.js';
import { loadDictionary } from './store/dictionary.js';
import { FactStore } from './store/fact-store.js';
import { loadConfigOrThrow, runMain, StartupError } from './start.js';
import { userInfo } from 'node:os';

interface RunningFace {
  name: string;
  stop(): Promise<void>;
}

runMain(async () => {
  const config = loadConfigOrThrow();
  const problems = [...checkRegistry(commands), ...checkRegistry(adminCommands)];
  if (problems.length > 0) throw new StartupError(`The command definitions are invalid:\n${problems.join('\n')}`);
  const logger = createLogger({
    level: config.LOG_LEVEL,
    secrets: SECRET_VARIABLES.map((k) => config[k]).filter((v): v is string => v !== undefined),
    pretty: process.stderr.isTTY === true,
  });
  let store: FactStore;
  try {
    // Watches knowledge/: hand edits and git pulls are served within a second, invalid ones refused.
    store = await FactStore.open({ knowledgeDir: config.KNOWLEDGE_DIR, dataDir: config.DATA_DIR, logger, dictionary: await loadDictionary(), watch: true });
  } catch (e) {
    throw new StartupError((e as Error).message);
  }
  const engine = () => store.engine();
  const forms = new PendingForms();
  const lines: string[] = [];
  const running: RunningFace[] = [];
  for (const plan of planFaces(config)) {
    const name = plan.face === 'discord' ? 'Discord' : 'Slack';
    if (!plan.start) {
      lines.push(`${name}: not started (${plan.reason}).`);
    } else if (plan.face === 'discord') {
      const discord = createDiscordAdapter({
        token: config.DISCORD_TOKEN!,
        ...(config.DISCORD_API_URL === undefined ? {} : { apiUrl: config.DISCORD_API_URL }),
        engine,
        logger,
        admin: { store, forms, moderatorRoleIds: config.DISCORD_MODERATOR_ROLE_IDS },
      });
      try {
        await discord.start();
        running.push({ name, stop: () => discord.stop() });
        lines.push(`Discord: connected as ${discord.client.user?.tag ?? 'the bot'}.`);
      } catch (e) {
        await discord.stop().catch(() => undefined);
        lines.push(`Discord: could not connect (${(e as Error).message}).`);
      }
    } else {
      const slack = createSlackAdapter({
        botToken: config.SLACK_BOT_TOKEN!,
        ...(config.SLACK_APP_TOKEN === undefined ? {} : { appToken: config.SLACK_APP_TOKEN }),
        ...(config.SLACK_SIGNING_SECRET === undefined ? {} : { signingSecret: config.SLACK_SIGNING_SECRET }),
        ...(config.SLACK_API_URL === undefined ? {} : { apiUrl: config.SLACK_API_URL }),
        port: config.SLACK_PORT,
        engine,
        logger,
        admin: { store, forms, moderatorUserIds: config.SLACK_MODERATOR_USER_IDS },
      });
      try {
        const url = await slack.start();
        running.push({ name, stop: () => slack.stop() });
        lines.push(slack.mode === 'socket' ? 'Slack: connected in Socket Mode.' : `Slack: serving Slack's requests at ${url} (HTTP mode).`);
      } catch (e) {
        await slack.stop().catch(() => undefined);
        lines.push(`Slack: could not start (${(e as Error).message}).`);
      }
    }
  }
  const kb = store.kb();
  const live = kb.facts.filter((f) => f.retired !== true).length;
  lines.push(`Fact base: ${live} facts, ${kb.derived.length} derived figures, ${kb.glossary.length} terms (revision ${kb.revision}).`);
  if (running.length === 0) {
    lines.push('Console: type a question or a command (`help`), `exit` or Ctrl-D to leave.');
    const actor = { id: `local:${userInfo().username}`, name: userInfo().username, face: 'console' as const };
    await runConsoleChat(engine, { input: process.stdin, output: process.stdout, greeting: lines.join('\n'), admin: { store, forms, actor } });
    await store.close();
    return;
  }
  console.log(lines.join('\n'));
  const stop = async (signal: string) => {
    logger.info({ signal }, 'stopping');
    await Promise.allSettled(running.map((f) => f.stop()));
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
});
