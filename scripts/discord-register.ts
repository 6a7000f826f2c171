/**
 * `npm run discord:register`: installs the /demining commands with one idempotent bulk PUT — to
 * DISCORD_GUILD_ID when set (instant, for testing), else globally — and prints the invite link.
 */
import { REST, Routes } from 'discord.js';
import { adminCommands } from '../commands/admin/index.js';
import { commands, checkRegistry } from '../commands/index.js';
import { discordCommandsBody, inviteUrl } from '../src/adapters/discord/commands-json.js';
import { describeProblem } from '../src/core/knowledge.js';
import { loadConfigOrThrow, runMain, StartupError } from '../src/start.js';
import { loadKnowledge } from '../src/store/load-knowledge.js';

runMain(async () => {
  const config = loadConfigOrThrow();
  const missing = (['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID'] as const).filter((k) => config[k] === undefined);
  if (missing.length > 0) throw new StartupError(`Set ${missing.join(' and ')} (see .env.example) to register the commands.`);
  const problems = [...checkRegistry(commands), ...checkRegistry(adminCommands)];
  if (problems.length > 0) throw new StartupError(`The command definitions break Discord's rules:\n${problems.join('\n')}`);
  const rest = new REST(config.DISCORD_API_URL === undefined ? {} : { api: config.DISCORD_API_URL }).setToken(config.DISCORD_TOKEN!);
  const app = config.DISCORD_APPLICATION_ID!;
  const route = config.DISCORD_GUILD_ID === undefined ? Routes.applicationCommands(app) : Routes.applicationGuildCommands(app, config.DISCORD_GUILD_ID);
  // The root command's description says what the fact base is about (sources.json `about`).
  const kb = await loadKnowledge(config.KNOWLEDGE_DIR);
  if (!kb.ok) throw new StartupError(`The fact base in ${config.KNOWLEDGE_DIR} does not load:\n${kb.error.map(describeProblem).join('\n')}`);
  const body = discordCommandsBody(commands, adminCommands, kb.value.about);
  const result = (await rest.put(route, { body })) as Array<{ name: string; id: string }>;
  console.log(`Registered ${result.map((c) => `/${c.name}`).join(' and ')} (${commands.length} and ${adminCommands.length} subcommands; the admin one hidden from members without Manage Server) ${config.DISCORD_GUILD_ID === undefined ? 'globally (may take up to an hour to appear)' : `in server ${config.DISCORD_GUILD_ID} (instant)`}.`);
  console.log(`Invite the bot: ${inviteUrl(app)}`);
});
