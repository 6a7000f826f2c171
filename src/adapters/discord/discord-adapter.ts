/**
 * The Discord face: translates interactions and messages into command runs and replies into
 * Discord messages. Every interaction is answered at once (all answers are computed in well under
 * a millisecond), which keeps inside Discord's 3-second deadline.
 */
import {
  Client, Events, GatewayIntentBits, MessageFlags, Options, Partials,
  type AutocompleteInteraction, type ButtonInteraction, type ChatInputCommandInteraction, type Interaction,
  type Message,
} from 'discord.js';
import { parseArgs, runLine } from '../../../commands/dispatch.js';
import { commands, findCommand } from '../../../commands/index.js';
import type { CommandContext } from '../../../commands/command.js';
import type { Engine } from '../../core/engine.js';
import { MAX_QUESTION_LENGTH, messages } from '../../core/messages.js';
import { reply as makeReply, type Reply } from '../../core/reply.js';
import { configMessages } from '../../config.js';
import type { Logger } from '../../logger.js';
import { ConfigurationError } from '../../startup-error.js';
import { InFlight, SHUTTING_DOWN } from '../shared/in-flight.js';
import { RateLimiter } from '../shared/rate-limit.js';
import { handleAdminAutocomplete, handleAdminCommand, handleAdminModal, handleAdminReopen, REOPEN_PREFIX, FORM_PREFIX, type DiscordAdminOptions } from './admin.js';
import { ADMIN_COMMAND, ROOT_COMMAND } from './commands-json.js';
import { guardGatewayPayloads } from './gateway-guard.js';
import { interactionPayload, renderDiscord, RUN_PREFIX } from './render.js';

export interface DiscordAdapterOptions {
  token: string;
  /** Discord's API base, e.g. http://127.0.0.1:PORT/api for a local fake; default Discord's own. */
  apiUrl?: string;
  engine: () => Engine;
  logger: Logger;
  /** Per-user flood control; default 8 requests in a burst, then one every 2 seconds. */
  rateLimit?: { burst: number; perSecond: number };
  /** How long to wait for READY before giving up on start. */
  readyTimeoutMs?: number;
  /** Moderation: the store to change, pending forms, and the roles that may (besides Manage Server). */
  admin?: DiscordAdminOptions;
}

export interface DiscordAdapter {
  readonly client: Client;
  start(): Promise<void>;
  stop(): Promise<void>;
  isReady(): boolean;
}

/** discord.js answers a token Discord refuses (401 on the gateway lookup) with TokenInvalid: retrying cannot help. */
function tokenRefused(e: unknown): boolean {
  const err = e as { code?: unknown; status?: unknown } | null | undefined;
  return err?.code === 'TokenInvalid' || err?.status === 401;
}

const SLOW_DOWN = 'You are sending questions faster than I can answer them well; please wait a few seconds and try again.';

export function createDiscordAdapter(options: DiscordAdapterOptions): DiscordAdapter {
  const log = options.logger.child({ face: 'discord' });
  const limiter = new RateLimiter(options.rateLimit ?? { burst: 8, perSecond: 0.5 });
  const client = new Client({
    // Only what the bot uses: slash commands need no intent; mentions and DMs need these three.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    ...(options.apiUrl === undefined ? {} : { rest: { api: options.apiUrl } }),
    // Caches kept to what the bot uses, so memory stays flat however many servers it is in.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      GuildMemberManager: { maxSize: 0, keepOverLimit: (m) => m.id === m.client.user.id },
      UserManager: { maxSize: 0, keepOverLimit: (u) => u.id === u.client.user.id },
      PresenceManager: 0,
      ReactionManager: 0,
      GuildEmojiManager: 0,
      GuildStickerManager: 0,
      VoiceStateManager: 0,
      ThreadMemberManager: 0,
      GuildScheduledEventManager: 0,
      StageInstanceManager: 0,
      GuildInviteManager: 0,
      GuildBanManager: 0,
      AutoModerationRuleManager: 0,
    }),
  });
  let ready = false;
  const inFlight = new InFlight();

  const ctx = (): CommandContext => ({
    engine: options.engine(),
    commands,
    face: 'discord',
    ...(options.admin === undefined ? {} : { onUnanswered: (q: string) => options.admin?.store.recordGap(q) }),
  });

  const runSlash = (i: ChatInputCommandInteraction): Reply => {
    const command = findCommand(i.options.getSubcommand(false) ?? 'help');
    if (command === undefined) return makeReply('error', messages.dontKnow);
    const raw: Record<string, string> = {};
    for (const o of command.options) {
      const v = i.options.getString(o.name, false);
      if (v !== null) raw[o.name] = v;
    }
    const parsed = parseArgs(command, raw);
    return parsed.ok ? parsed.command.run(parsed.args, ctx()) : parsed.reply;
  };

  const autocomplete = async (i: AutocompleteInteraction): Promise<void> => {
    const focused = i.options.getFocused(true);
    const command = findCommand(i.options.getSubcommand(false) ?? '');
    const kind = command?.options.find((o) => o.name === focused.name)?.autocomplete;
    const engine = options.engine();
    const choices = kind === 'term' ? engine.suggestTerms(focused.value) : kind === 'fact' ? engine.suggestFacts(focused.value) : [];
    // Discord: at most 25 choices, names and values of 1-100 characters.
    await i.respond(choices.slice(0, 25).map((c) => ({ name: c.name.slice(0, 100), value: c.value.slice(0, 100) })));
  };

  const onAdmin = async (i: Interaction, admin: DiscordAdminOptions): Promise<boolean> => {
    if (i.isAutocomplete() && i.commandName === ADMIN_COMMAND) await handleAdminAutocomplete(i, admin);
    else if (i.isChatInputCommand() && i.commandName === ADMIN_COMMAND) await handleAdminCommand(i, admin);
    else if (i.isModalSubmit() && i.customId.startsWith(FORM_PREFIX)) await handleAdminModal(i, admin);
    else if (i.isButton() && i.customId.startsWith(REOPEN_PREFIX)) await handleAdminReopen(i, admin);
    else return false;
    return true;
  };

  const onInteraction = async (i: Interaction): Promise<void> => {
    const started = performance.now();
    try {
      if (options.admin !== undefined && (await onAdmin(i, options.admin))) return;
      if (i.isAutocomplete()) {
        await autocomplete(i);
        return;
      }
      if (!i.isChatInputCommand() && !i.isButton()) return;
      if (i.isChatInputCommand() && i.commandName !== ROOT_COMMAND) return;
      if (i.isButton() && !i.customId.startsWith(RUN_PREFIX)) return;
      if (limiter.take(i.user.id) !== 'allow') {
        // An interaction must be answered or the user sees "interaction failed": answer privately.
        await i.reply({ content: SLOW_DOWN, flags: MessageFlags.Ephemeral });
        return;
      }
      const r = i.isChatInputCommand()
        ? runSlash(i)
        : runLine((i as ButtonInteraction).customId.slice(RUN_PREFIX.length), ctx());
      await i.reply(interactionPayload(r));
      log.info({ kind: r.kind, command: i.isChatInputCommand() ? i.options.getSubcommand(false) : 'button', ms: +(performance.now() - started).toFixed(2) }, 'answered interaction');
    } catch (e) {
      log.error({ err: e, interaction: i.id, type: i.type, user: i.user.id }, 'error while answering an interaction');
      if (i.isRepliable()) {
        const apology = { content: messages.apology, flags: MessageFlags.Ephemeral } as const;
        await (i.replied || i.deferred ? i.followUp(apology) : i.reply(apology)).catch((err: unknown) => log.warn({ err }, 'could not send the apology'));
      }
    }
  };

  const onMessage = async (m: Message): Promise<void> => {
    if (m.author.bot || client.user === null || m.author.id === client.user.id) return;
    const inDm = m.guildId === null;
    if (!inDm && !m.mentions.users.has(client.user.id)) return;
    try {
      const decision = limiter.take(m.author.id);
      if (decision === 'drop') return;
      if (decision === 'warn') {
        await m.reply({ content: SLOW_DOWN, allowedMentions: { parse: [], repliedUser: false } });
        return;
      }
      const text = m.content.replace(new RegExp(`<@!?${client.user.id}>`, 'gu'), ' ').trim();
      const r = text.length > MAX_QUESTION_LENGTH ? makeReply('error', messages.tooLong(text.length, MAX_QUESTION_LENGTH)) : runLine(text, ctx());
      const rendered = renderDiscord(r);
      // A reply to a message cannot be private; it quotes the message it answers.
      await m.reply({ embeds: rendered.embeds, components: rendered.components, allowedMentions: { parse: [], repliedUser: false } });
      log.info({ kind: r.kind, dm: inDm }, 'answered message');
    } catch (e) {
      log.error({ err: e, message: m.id, channel: m.channelId }, 'error while answering a message');
      await m.reply({ content: messages.apology, allowedMentions: { parse: [], repliedUser: false } }).catch(() => undefined);
    }
  };

  guardGatewayPayloads(client, log);
  client.on(Events.InteractionCreate, (i) => {
    if (!inFlight.accepting) {
      if (i.isRepliable()) void i.reply({ content: SHUTTING_DOWN, flags: MessageFlags.Ephemeral }).catch(() => undefined);
      return;
    }
    void inFlight.run(() => onInteraction(i));
  });
  client.on(Events.MessageCreate, (m) => {
    if (inFlight.accepting) void inFlight.run(() => onMessage(m));
  });
  client.on(Events.Error, (e) => log.error({ err: e }, 'discord client error'));
  client.on(Events.ShardDisconnect, () => {
    ready = false;
  });
  client.on(Events.ShardResume, () => {
    ready = true;
  });
  client.on(Events.ShardReady, () => {
    ready = true;
  });

  return {
    client,
    isReady: () => ready,
    start: async () => {
      const timeout = options.readyTimeoutMs ?? 30_000;
      let onReady = (): void => {};
      let timer: NodeJS.Timeout | undefined;
      // discord.js: a broken READY never fails by itself, so race it against a timeout.
      const readyP = new Promise<void>((resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`Discord did not become ready within ${timeout / 1000} s`)), timeout);
        onReady = () => {
          ready = true;
          resolve();
        };
      });
      client.once(Events.ClientReady, onReady);
      try {
        await client.login(options.token);
        await readyP;
      } catch (e) {
        // A failed start leaves nothing running, so that the supervisor can simply start again.
        await client.destroy().catch(() => undefined);
        if (tokenRefused(e)) throw new ConfigurationError('DISCORD_TOKEN', configMessages.discordTokenRefused());
        throw e;
      } finally {
        clearTimeout(timer);
        client.off(Events.ClientReady, onReady);
      }
      log.info({ user: client.user?.tag }, 'connected');
    },
    stop: async () => {
      // New requests are refused politely; answers in flight are finished first.
      await inFlight.drain(5000);
      ready = false;
      await client.destroy();
    },
  };
}
