/**
 * The Discord face end to end: the real discord.js client, driven by the adapter, against the local
 * fake Discord (REST and gateway on 127.0.0.1). What reaches the fake is what a user would see.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { GatewayIntentBits } from 'discord.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { adminCommands } from '../commands/admin/index.js';
import { commands } from '../commands/index.js';
import { discordCommandsBody } from '../src/adapters/discord/commands-json.js';
import { createDiscordAdapter, type DiscordAdapter } from '../src/adapters/discord/discord-adapter.js';
import type { Engine } from '../src/core/engine.js';
import { createLogger } from '../src/logger.js';
import { startDiscordFake, type DiscordFake, type Payload, type RecordedRequest } from './fakes/discord/index.js';
import { engineFor, REAL_KNOWLEDGE, REPO } from './helpers.js';

const run = promisify(execFile);

let fake: DiscordFake;
let adapter: DiscordAdapter;
let engine: Engine;
let failNextRun = false;
const logLines: string[] = [];

beforeAll(async () => {
  engine = await engineFor(REAL_KNOWLEDGE);
  fake = await startDiscordFake({ heartbeatIntervalMs: 200 });
  adapter = createDiscordAdapter({
    token: 'fake-discord-token-123',
    apiUrl: fake.apiUrl,
    engine: () => {
      if (failNextRun) {
        failNextRun = false;
        throw new Error('boom: the fact base exploded');
      }
      return engine;
    },
    logger: createLogger({ level: 'debug', secrets: ['fake-discord-token-123'], write: (l) => logLines.push(l) }),
    rateLimit: { burst: 20, perSecond: 0.01 },
    readyTimeoutMs: 3000,
  });
  await adapter.start();
});

afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
});

beforeEach(() => {
  fake.reset();
});

let userCounter = 0;
/** A fresh user for each interaction, so flood control never interferes between tests. */
function user() {
  userCounter += 1;
  return { id: String(1500000000000000000n + BigInt(userCounter)), username: `user${userCounter}` };
}

async function slash(subcommand: string, options: Array<{ name: string; value: string }> = [], extra: Record<string, unknown> = {}): Promise<RecordedRequest> {
  const interaction = fake.slashCommand({ name: 'demining', subcommand, options, user: user(), ...extra });
  fake.dispatch('INTERACTION_CREATE', interaction);
  return fake.waitForCallback(interaction, 2000);
}

interface CallbackBody {
  type: number;
  data: {
    flags?: number;
    content?: string;
    embeds?: Array<{ title?: string; description?: string; url?: string; footer?: { text: string }; fields?: Array<{ name: string; value: string }> }>;
    components?: Array<{ components: Array<{ custom_id: string; label: string }> }>;
    choices?: Array<{ name: string; value: string }>;
    allowed_mentions?: { parse: string[] };
  };
}

const body = (r: RecordedRequest) => r.body as CallbackBody;
const EPHEMERAL = 64;
const text = (b: CallbackBody) => JSON.stringify(b.data.embeds ?? []) + (b.data.content ?? '');

describe('the Discord face', () => {
  it('logs in with only the intents it needs', () => {
    expect(adapter.isReady()).toBe(true);
    expect(fake.intents).toBe(GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages);
  });

  it('/demining remaining answers in the channel with the qualified figure, the quote and the source as a linked footer', async () => {
    const b = body(await slash('remaining'));
    expect(b.type).toBe(4);
    expect((b.data.flags ?? 0) & EPHEMERAL).toBe(0);
    const embed = b.data.embeds?.[0];
    expect(embed?.title).toBe('more than 1,700 km² still to clear');
    expect(embed?.description).toContain('will continue to work to clear more than 1,700 additional square kilometres');
    expect(embed?.description).toContain('Hun Manet');
    expect(embed?.url).toBe('https://m.phnompenhpost.com/national/manet-urges-japanese-ngo-to-expand-mine-clearance-in-kingdom');
    expect(embed?.footer?.text).toContain('The Phnom Penh Post');
    expect(embed?.footer?.text).toContain('11 July 2024 (year inferred)');
    expect(embed?.fields).toContainEqual({ name: 'As of', value: '11 July 2024', inline: true });
    expect(b.data.allowed_mentions).toMatchObject({ parse: [] });
  });

  it.each([
    ['cleared', [], 'more than 3,000 km² cleared since 1992'],
    ['jmas', [], '20,000 anti-personnel mines destroyed through JMAS–CMAC collaboration'],
    ['fact', [{ name: 'topic', value: 'jmas-cmac-area-cleared' }], 'more than 6,000 ha cleared through JMAS–CMAC collaboration'],
    ['ask', [{ name: 'question', value: 'how many mines did JMAS destroy?' }], '20,000 anti-personnel mines'],
    ['search', [{ name: 'words', value: 'schools' }], 'JMAS has assisted people in agriculture and education'],
    ['define', [{ name: 'term', value: 'uxo' }], 'UXO: unexploded ordnance'],
    ['sources', [], 'The Phnom Penh Post'],
    ['help', [], 'ask <question>'],
  ])('/demining %s answers', async (sub, options, expected) => {
    const b = body(await slash(sub, options));
    expect(b.type).toBe(4);
    expect(text(b)).toContain(expected);
  });

  it('understands a question with typos', async () => {
    const b = body(await slash('ask', [{ name: 'question', value: 'how much lnad is stil mined in cambodai?' }]));
    expect(b.data.embeds?.[0]?.title).toBe('more than 1,700 km² still to clear');
  });

  it('autocompletes fact topics from the fact base, at most 25', async () => {
    const interaction = fake.autocomplete({ name: 'demining', subcommand: 'fact', options: [{ name: 'topic', value: 'anti-pers' }], focused: 'topic', user: user() });
    fake.dispatch('INTERACTION_CREATE', interaction);
    const b = body(await fake.waitForCallback(interaction, 2000));
    expect(b.type).toBe(8);
    expect(b.data.choices?.length).toBeLessThanOrEqual(25);
    expect(b.data.choices?.[0]).toEqual({ name: 'Anti-personnel mines destroyed by JMAS with CMAC', value: 'jmas-cmac-ap-mines-destroyed' });
  });

  it('autocompletes glossary terms for define', async () => {
    const interaction = fake.autocomplete({ name: 'demining', subcommand: 'define', options: [{ name: 'term', value: 'unexpl' }], focused: 'term', user: user() });
    fake.dispatch('INTERACTION_CREATE', interaction);
    const b = body(await fake.waitForCallback(interaction, 2000));
    expect(b.data.choices?.[0]).toEqual({ name: 'UXO (unexploded ordnance)', value: 'UXO' });
  });

  it('a no-answer is private, with suggestion buttons; pressing one answers', async () => {
    const b = body(await slash('ask', [{ name: 'question', value: 'how many anti-tank mines did JMAS destroy?' }]));
    expect(b.data.flags! & EPHEMERAL).toBe(EPHEMERAL);
    expect(b.data.embeds?.[0]?.title).toContain('no figure for that kind of thing');
    const button = b.data.components?.[0]?.components[0];
    expect(button?.label).toBe('Anti-personnel mines destroyed by JMAS with CMAC');
    const click = fake.buttonClick({ customId: button!.custom_id, user: user() });
    fake.dispatch('INTERACTION_CREATE', click);
    const answered = body(await fake.waitForCallback(click, 2000));
    expect(answered.type).toBe(4);
    expect(answered.data.embeds?.[0]?.title).toBe('20,000 anti-personnel mines destroyed through JMAS–CMAC collaboration');
  });

  it('answers a mention in a channel, quoting the message', async () => {
    const message = fake.messageCreate({ content: `<@${fake.bot.id}> how much land is still mined?`, author: user() });
    fake.dispatch('MESSAGE_CREATE', message);
    const post = await fake.waitFor((r) => r.method === 'POST' && r.route === `/channels/${String(message.channel_id)}/messages`, 2000);
    expect(post.body).toMatchObject({ message_reference: { message_id: message.id }, allowed_mentions: { parse: [], replied_user: false } });
    expect(JSON.stringify(post.body)).toContain('more than 1,700 km² still to clear');
  });

  it('ignores channel messages that do not mention it, and other bots', async () => {
    fake.dispatch('MESSAGE_CREATE', fake.messageCreate({ content: 'how much land is still mined?', author: user() }));
    fake.dispatch('MESSAGE_CREATE', fake.messageCreate({ content: `<@${fake.bot.id}> remaining`, author: { id: '1600000000000000001', username: 'otherbot', bot: true } }));
    // A marker message that is answered proves the two before it were read and passed over.
    const marker = fake.messageCreate({ content: `<@${fake.bot.id}> cleared`, author: user() });
    fake.dispatch('MESSAGE_CREATE', marker);
    await fake.waitFor((r) => r.method === 'POST' && JSON.stringify(r.body).includes(String(marker.id)), 2000);
    expect(fake.requests.filter((r) => r.method === 'POST' && r.route.endsWith('/messages'))).toHaveLength(1);
  });

  it('answers any message in a DM', async () => {
    const message = fake.messageCreate({ content: 'how many mines did jmas destroy', guildId: null, author: user() });
    fake.dispatch('MESSAGE_CREATE', message);
    const post = await fake.waitFor((r) => r.method === 'POST' && r.route === `/channels/${String(message.channel_id)}/messages`, 2000);
    expect(JSON.stringify(post.body)).toContain('20,000 anti-personnel mines');
  });

  it('pings nobody when a question carries @everyone or a user mention', async () => {
    await slash('ask', [{ name: 'question', value: '@everyone how much land is left? <@1400000000000000001>' }]);
    await slash('fact', [{ name: 'topic', value: '@everyone @here <@&1200000000000000001>' }]);
    const message = fake.messageCreate({ content: `<@${fake.bot.id}> @everyone what is <@1400000000000000001> doing`, author: user() });
    fake.dispatch('MESSAGE_CREATE', message);
    await fake.waitFor((r) => r.method === 'POST' && r.route.endsWith('/messages'), 2000);
    fake.assertNoPings();
    const echoed = fake.requests.map((r) => JSON.stringify(r.body ?? '')).join('\n');
    expect(echoed).not.toMatch(/(?<!\u200b)@everyone/u);
  });

  it('a handler error gets a private apology, is logged with context, and the next command still works', async () => {
    failNextRun = true;
    const b = body(await slash('remaining'));
    expect(b.data.flags! & EPHEMERAL).toBe(EPHEMERAL);
    expect(b.data.content).toBe('Sorry, something went wrong while answering. It has been logged; please try again.');
    expect(logLines.some((l) => l.includes('boom: the fact base exploded') && l.includes('"level":"error"'))).toBe(true);
    expect(logLines.join('\n')).not.toContain('fake-discord-token-123');
    expect(body(await slash('remaining')).data.embeds?.[0]?.title).toBe('more than 1,700 km² still to clear');
  });

  it('gives a flooding user a polite private slow-down, not silence', async () => {
    const flooder = user();
    const callbacks: Array<Promise<RecordedRequest>> = [];
    for (let i = 0; i < 25; i++) {
      const interaction = fake.slashCommand({ name: 'demining', subcommand: 'remaining', user: flooder });
      fake.dispatch('INTERACTION_CREATE', interaction);
      callbacks.push(fake.waitForCallback(interaction, 3000));
    }
    const bodies = (await Promise.all(callbacks)).map(body);
    const slowDowns = bodies.filter((b) => b.data.content?.includes('please wait a few seconds'));
    expect(bodies.filter((b) => b.data.embeds?.[0]?.title === 'more than 1,700 km² still to clear')).toHaveLength(20);
    expect(slowDowns).toHaveLength(5);
    for (const s of slowDowns) expect(s.data.flags! & EPHEMERAL).toBe(EPHEMERAL);
  });

  it('refuses over-long input with a clear message', async () => {
    const b = body(await slash('ask', [{ name: 'question', value: 'how much '.repeat(80) }]));
    expect(b.data.flags! & EPHEMERAL).toBe(EPHEMERAL);
    expect(b.data.embeds?.[0]?.title).toMatch(/too long/);
  });

  it('keeps every reply inside Discord\'s limits (the fake refuses any that is not)', async () => {
    for (const [sub, options] of [['search', [{ name: 'words', value: 'jmas' }]], ['help', []], ['sources', []], ['jmas', []]] as const) {
      const r = await slash(sub, [...options]);
      expect(r.status, `${sub}: ${JSON.stringify(r.response)}`).toBe(204);
    }
  });
});

describe('npm start with Discord credentials', () => {
  it('brings up the Discord face, says so, and stops cleanly on SIGTERM', async () => {
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DISCORD_TOKEN: 'fake-discord-token-123', DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'warn' };
    const child = execFile(join(REPO, 'node_modules', '.bin', 'tsx'), [join(REPO, 'src', 'main.ts')], { cwd: REPO, env });
    let stdout = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    await fake.waitFor((r) => r.route === '/gateway/bot', 10_000);
    await new Promise<void>((resolve, reject) => {
      const t = setInterval(() => {
        if (stdout.includes('Discord: connected')) {
          clearInterval(t);
          resolve();
        }
      }, 20);
      setTimeout(() => {
        clearInterval(t);
        reject(new Error(`not connected; stdout: ${stdout}`));
      }, 10_000);
    });
    expect(stdout).toContain('Slack: not started (no SLACK_BOT_TOKEN set)');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});

describe('registration', () => {
  it('the body generated from commands/ is the reviewed snapshot', async () => {
    await expect(`${JSON.stringify(discordCommandsBody(commands, adminCommands, engine.kb.about), null, 2)}\n`).toMatchFileSnapshot('./__snapshots__/discord-commands.json');
  });

  it('npm run discord:register installs it to the test server in one bulk call and prints the invite link', async () => {
    const env = { ...process.env, DISCORD_TOKEN: 'fake-discord-token-123', DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_GUILD_ID: fake.guilds[0]!.id, DISCORD_API_URL: fake.apiUrl };
    const { stdout } = await run(join(REPO, 'node_modules', '.bin', 'tsx'), [join(REPO, 'scripts', 'discord-register.ts')], { cwd: REPO, env });
    const puts = fake.requests.filter((r) => r.method === 'PUT');
    expect(puts).toHaveLength(1);
    expect(puts[0]?.body).toEqual(discordCommandsBody(commands, adminCommands, engine.kb.about));
    expect(fake.commands(fake.guilds[0]!.id).map((c: Payload) => c.name)).toEqual(['demining-admin', 'demining']);
    expect(fake.commands(fake.guilds[0]!.id)[0]).toMatchObject({ default_member_permissions: '32' });
    expect(stdout).toContain('Registered /demining-admin and /demining (9 and 13 subcommands');
    expect(stdout).toContain(`https://discord.com/oauth2/authorize?client_id=${fake.applicationId}&scope=bot+applications.commands&permissions=84992`);
  });
});
