/** Proves the Discord fake with the real discord.js Client: login, replies, DMs, faults, resume. */
import {
  Client,
  EmbedBuilder,
  Events,
  GatewayIntentBits,
  Partials,
  type Interaction,
  type Message,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordFake, type DiscordFake, type Payload } from './discord/index.js';

let fake: DiscordFake;
let client: Client;

const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages, GatewayIntentBits.GuildMessages];

/** Runs `handle` on the next interaction and settles with its result. */
function onNextInteraction(handle: (interaction: Interaction) => Promise<unknown>): Promise<unknown> {
  return new Promise((resolve, reject) => {
    client.once(Events.InteractionCreate, (interaction) => void handle(interaction).then(resolve, reject));
  });
}

function onNextMessage(handle: (message: Message) => Promise<unknown>): Promise<unknown> {
  return new Promise((resolve, reject) => {
    client.once(Events.MessageCreate, (message) => void handle(message).then(resolve, reject));
  });
}

beforeAll(async () => {
  fake = await startDiscordFake({ heartbeatIntervalMs: 200 });
  client = new Client({
    intents: INTENTS,
    // Discord sends no CHANNEL_CREATE before a DM: without this partial, DMs never arrive.
    partials: [Partials.Channel],
    rest: { api: fake.apiUrl },
    allowedMentions: { parse: [], repliedUser: false },
  });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('discord.js did not become ready against the fake')), 3000);
  });
  await client.login('fake-token');
  await Promise.race([ready, timeout]).finally(() => clearTimeout(timer));
});

afterAll(async () => {
  await client?.destroy();
  await fake?.close();
});

describe('the Discord fake with the real discord.js Client', () => {
  it('logs in: gateway/bot, IDENTIFY with the intents, READY with sequence 1, the guild', async () => {
    expect(fake.requests.some((r) => r.method === 'GET' && r.route === '/gateway/bot')).toBe(true);
    expect(fake.intents).toBe(INTENTS.reduce((sum, bit) => sum | bit, 0));
    const ready = fake.gatewayFrames.find((frame) => frame.t === 'READY');
    expect(ready?.s).toBe(1);
    expect(client.user?.id).toBe(fake.bot.id);
    expect(client.guilds.cache.get(fake.guilds[0]?.id ?? '')?.channels.cache.size).toBe(1);
    const ack = await fake.waitForGateway((frame) => frame.direction === 'out' && frame.op === 11, 1500);
    expect(ack.op).toBe(11);
  });

  it('records a slash command reply with an embed as callback type 4', async () => {
    const interaction = fake.slashCommand({
      name: 'demining',
      subcommand: 'remaining',
      options: [{ name: 'province', value: 'Battambang' }],
    });
    const handled = onNextInteraction(async (i) => {
      if (!i.isChatInputCommand()) throw new Error(`unexpected ${i.type}`);
      expect(i.options.getSubcommand()).toBe('remaining');
      expect(i.options.getString('province')).toBe('Battambang');
      expect(i.inGuild()).toBe(true);
      await i.reply({ embeds: [new EmbedBuilder().setTitle('Remaining').setDescription('42 km²')] });
    });
    fake.dispatch('INTERACTION_CREATE', interaction);
    await handled;
    const callback = await fake.waitForCallback(interaction);
    expect(callback.body).toMatchObject({ type: 4, data: { embeds: [{ title: 'Remaining', description: '42 km²' }] } });
    expect(callback.status).toBe(204);
    expect(callback.headers.authorization).toBeUndefined();
    fake.assertNoPings();
  });

  it('answers a DM with message.reply as POST /channels/:id/messages with message_reference', async () => {
    const dm = fake.messageCreate({ content: 'how much is left?', guildId: null });
    const handled = onNextMessage(async (message) => {
      expect(message.channel.isDMBased()).toBe(true);
      await message.reply('x');
    });
    expect(fake.dispatch('MESSAGE_CREATE', dm)).not.toBeNull();
    await handled;
    const post = await fake.waitFor((r) => r.method === 'POST' && r.route === `/channels/${String(dm.channel_id)}/messages`);
    expect(post.body).toMatchObject({
      content: 'x',
      message_reference: { message_id: dm.id },
      allowed_mentions: { parse: [], replied_user: false },
    });
    expect(post.response).toMatchObject({ type: 19, message_reference: { message_id: dm.id }, content: 'x' });
    expect(post.headers.authorization).toBe('Bot fake-token');
    fake.assertNoPings();
  });

  it('round-trips deferReply and editReply', async () => {
    const interaction = fake.slashCommand({ name: 'demining', subcommand: 'remaining', guildId: null });
    const handled = onNextInteraction(async (i) => {
      if (!i.isChatInputCommand()) throw new Error('expected a command');
      expect(i.inGuild()).toBe(false);
      await i.deferReply();
      const edited = await i.editReply('done');
      expect(edited.content).toBe('done');
    });
    fake.dispatch('INTERACTION_CREATE', interaction);
    await handled;
    expect((await fake.waitForCallback(interaction)).body).toMatchObject({ type: 5 });
    const edit = await fake.waitFor((r) => r.method === 'PATCH' && r.route.endsWith(`/${String(interaction.token)}/messages/@original`));
    expect(edit.route).toBe(`/webhooks/${fake.applicationId}/${String(interaction.token)}/messages/@original`);
    expect(edit.body).toMatchObject({ content: 'done' });
    expect(edit.status).toBe(200);
  });

  it('builds autocomplete, button and modal interactions that discord.js accepts', async () => {
    const typing = fake.autocomplete({
      name: 'demining',
      subcommand: 'remaining',
      options: [{ name: 'province', value: 'Batt' }],
      focused: 'province',
    });
    const button = fake.buttonClick({ customId: 'more', message: { content: 'first page' } });
    const modal = fake.modalSubmit({ customId: 'feedback', fields: { comment: 'useful' } });
    const seen: string[] = [];
    const handled = new Promise<void>((resolve, reject) => {
      const listener = (i: Interaction): void => {
        const step = async (): Promise<void> => {
          if (i.isAutocomplete()) {
            seen.push(`autocomplete ${i.options.getFocused()}`);
            await i.respond([{ name: 'Battambang', value: 'battambang' }]);
          } else if (i.isButton()) {
            seen.push(`button ${i.customId} on "${i.message.content}"`);
            await i.update({ content: 'second page' });
          } else if (i.isModalSubmit()) {
            seen.push(`modal ${i.fields.getTextInputValue('comment')}`);
            await i.reply({ content: 'thanks' });
          }
          if (seen.length === 3) {
            client.off(Events.InteractionCreate, listener);
            resolve();
          }
        };
        step().catch(reject);
      };
      client.on(Events.InteractionCreate, listener);
    });
    for (const interaction of [typing, button, modal]) fake.dispatch('INTERACTION_CREATE', interaction);
    await handled;
    expect(seen).toEqual(['autocomplete Batt', 'button more on "first page"', 'modal useful']);
    expect((await fake.waitForCallback(typing)).body).toMatchObject({ type: 8, data: { choices: [{ value: 'battambang' }] } });
    expect((await fake.waitForCallback(button)).body).toMatchObject({ type: 7, data: { content: 'second page' } });
    expect((await fake.waitForCallback(modal)).body).toMatchObject({ type: 4, data: { content: 'thanks' } });
  });

  it('injects a 429 that discord.js waits out and retries', async () => {
    const interaction = fake.slashCommand({ name: 'demining', subcommand: 'remaining' });
    fake.failNext(/^\/interactions\/[^/]+\/[^/]+\/callback$/, 429, { retry_after: 0.02 });
    const handled = onNextInteraction(async (i) => {
      if (i.isRepliable()) await i.reply('after the limit');
    });
    fake.dispatch('INTERACTION_CREATE', interaction);
    await handled;
    const calls = fake.requests.filter((r) => r.route.startsWith(`/interactions/${String(interaction.id)}/`));
    expect(calls.map((r) => r.status)).toEqual([429, 204]);
    expect(calls[0]?.injected).toBe(true);
  });

  it('flags a body that could ping, and an unexpected call', async () => {
    fake.reset();
    const channel = fake.guilds[0]?.channels[0]?.id ?? '';
    await client.rest.post(`/channels/${channel}/messages`, { body: { content: 'hey @everyone' } });
    await expect(client.rest.get('/guilds/1/audit-logs')).rejects.toThrow('Unknown');
    expect(fake.pingViolations()).toHaveLength(1);
    expect(() => fake.assertNoPings()).toThrow(/@everyone/);
    expect(fake.unhandledRequests.map((r) => r.route)).toEqual(['/guilds/1/audit-logs']);
    fake.reset();
  });

  it('drops the gateway; discord.js resumes and gets the events it missed', async () => {
    const resumed = fake.waitForGateway((frame) => frame.t === 'RESUMED', 2500);
    fake.dropGateway();
    const missed: Payload = fake.messageCreate({ content: 'sent while you were away', guildId: null });
    const received = new Promise<string>((resolve) => client.once(Events.MessageCreate, (m) => resolve(m.content)));
    fake.dispatch('MESSAGE_CREATE', missed);
    await resumed;
    expect(fake.gatewayFrames.some((frame) => frame.direction === 'in' && frame.op === 6)).toBe(true);
    expect(await received).toBe('sent while you were away');
  });
});
