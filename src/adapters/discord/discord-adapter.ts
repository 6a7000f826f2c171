/**
 * The Discord face: turns interactions and messages into requests of the shared pipeline
 * (shared/pipeline.ts) and its outcomes into Discord messages, modals and private notices. Every interaction is answered at once (all answers are computed in well under
 * a millisecond), which keeps inside Discord's 3-second deadline.
 */
import {
  Client, Events, GatewayIntentBits, MessageFlags, Options, Partials, PermissionFlagsBits,
  type ChatInputCommandInteraction, type CommandInteractionOption, type Interaction, type InteractionReplyOptions, type Message,
} from 'discord.js';
import { findCommand } from '../../../commands/index.js';
import type { Engine } from '../../core/engine.js';
import { messages } from '../../core/messages.js';
import { truncate } from '../../core/text.js';
import { configMessages } from '../../config.js';
import type { Logger } from '../../logger.js';
import { ConfigurationError } from '../../startup-error.js';
import type { Adapter } from '../shared/adapter.js';
import { InFlight, SHUTTING_DOWN } from '../shared/in-flight.js';
import { createPipeline, type Outcome, type Pipeline, type Request } from '../shared/pipeline.js';
import { handleAdminAutocomplete, handleAdminModal, handleAdminReopen, modalOf, REOPEN_PREFIX, FORM_PREFIX, requesterOf, type DiscordAdminOptions } from './admin.js';
import { ADMIN_COMMAND, ROOT_COMMAND } from './commands-json.js';
import { guardGatewayPayloads } from './gateway-guard.js';
import { feedbackPayload, interactionPayload, parseFeedbackId, renderDiscord, RUN_PREFIX } from './render.js';

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
  /**
   * Ask for the privileged Message Content intent (DISCORD_MESSAGE_CONTENT=1), needed to read plain
   * channel messages for the `questions` channel mode. It must be enabled for the bot in the
   * developer portal, or Discord refuses the connection; without it, only mentions are read.
   */
  messageContent?: boolean;
  /** Moderation: the store to change, pending forms, and the roles that may (besides Manage Server). */
  admin?: DiscordAdminOptions;
  /** The request pipeline shared with the other faces; by default one of its own from the options above. */
  pipeline?: Pipeline;
}

export interface DiscordAdapter extends Adapter {
  readonly name: 'discord';
  readonly client: Client;
  start(): Promise<void>;
}

/** The options of a slash command's subcommand, as typed: Discord nests them under the subcommand (and its group). */
function optionsOf(data: readonly CommandInteractionOption[]): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const o of data) {
    if (o.options !== undefined) Object.assign(raw, optionsOf(o.options));
    else if (typeof o.value === 'string') raw[o.name] = o.value;
  }
  return raw;
}

function slashRequest(i: ChatInputCommandInteraction): Request {
  const group = i.options.getSubcommandGroup(false) ?? undefined;
  return {
    ...requesterOf(i),
    root: i.commandName === ADMIN_COMMAND ? 'demining-admin' : 'demining',
    input: { command: i.options.getSubcommand(false) ?? '', ...(group === undefined ? {} : { group }), options: optionsOf(i.options.data) },
    deliveryId: i.id,
    mustAnswer: true,
  };
}

const PRIVATE = { flags: MessageFlags.Ephemeral } as const;
const NO_PINGS = { allowedMentions: { parse: [], repliedUser: false } } as const;

/** discord.js answers a token Discord refuses (401 on the gateway lookup) with TokenInvalid: retrying cannot help. */
function tokenRefused(e: unknown): boolean {
  const err = e as { code?: unknown; status?: unknown } | null | undefined;
  return err?.code === 'TokenInvalid' || err?.status === 401;
}

export function createDiscordAdapter(options: DiscordAdapterOptions): DiscordAdapter {
  const log = options.logger.child({ face: 'discord' });
  const pipeline = options.pipeline ?? createPipeline({
    engine: options.engine,
    logger: options.logger,
    ...(options.rateLimit === undefined ? {} : { rateLimit: options.rateLimit }),
    ...(options.admin === undefined ? {} : { admin: options.admin, moderators: { discordRoleIds: options.admin.moderatorRoleIds, slackUserIds: [] } }),
  });
  const client = new Client({
    // Only what the bot uses: slash commands need no intent; mentions and DMs need these three.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages, ...(options.messageContent === true ? [GatewayIntentBits.MessageContent] : [])],
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

  const autocomplete = async (i: Interaction): Promise<void> => {
    if (!i.isAutocomplete()) return;
    if (i.commandName === ADMIN_COMMAND) {
      await handleAdminAutocomplete(i, pipeline, options.admin);
      return;
    }
    const focused = i.options.getFocused(true);
    const command = findCommand(i.options.getSubcommand(false) ?? '');
    const kind = command?.options.find((o) => o.name === focused.name)?.autocomplete;
    const engine = options.engine();
    const choices = kind === 'term' ? engine.suggestTerms(focused.value) : kind === 'fact' ? engine.suggestFacts(focused.value) : [];
    // Discord: at most 25 choices, names and values of 1-100 characters. A name is read by the user, so it is
    // cut on a whole cluster (a Khmer topic keeps its conjuncts); a value is an id, cut as it is.
    await i.respond(choices.slice(0, 25).map((c) => ({ name: truncate(c.name, 100), value: c.value.slice(0, 100) })));
  };

  /** The request an interaction makes of the pipeline, or undefined when it is not the bot's. */
  const requestOf = (i: Interaction): Request | undefined => {
    if (i.isChatInputCommand() && (i.commandName === ROOT_COMMAND || i.commandName === ADMIN_COMMAND)) return slashRequest(i);
    if (i.isButton() && i.customId.startsWith(RUN_PREFIX)) {
      return { ...requesterOf(i), root: 'demining', input: { line: i.customId.slice(RUN_PREFIX.length) }, deliveryId: i.id, mustAnswer: true };
    }
    const feedback = i.isButton() ? parseFeedbackId(i.customId) : undefined;
    if (feedback !== undefined) return { ...requesterOf(i), root: 'demining', input: { feedback }, deliveryId: i.id, mustAnswer: true };
    return undefined;
  };

  /** An outcome as an interaction's answer; every interaction gets one, or the user sees "interaction failed". */
  const answerInteraction = async (i: Interaction, outcome: Outcome, admin: boolean): Promise<void> => {
    if (!i.isRepliable() || outcome.kind === 'silent') return;
    if (outcome.kind === 'form') {
      if (i.isChatInputCommand()) await i.showModal(modalOf(outcome.form));
      return;
    }
    const payload: InteractionReplyOptions = outcome.kind === 'reply'
      ? interactionPayload(outcome.reply, admin)
      : outcome.kind === 'feedback' ? feedbackPayload(outcome) : { content: outcome.text, ...PRIVATE };
    await i.reply(payload);
  };

  const onInteraction = async (i: Interaction): Promise<void> => {
    try {
      if (i.isAutocomplete()) await autocomplete(i);
      else if (i.isModalSubmit() && i.customId.startsWith(FORM_PREFIX)) await handleAdminModal(i, pipeline);
      else if (i.isButton() && i.customId.startsWith(REOPEN_PREFIX)) await handleAdminReopen(i, pipeline, options.admin);
      else {
        const request = requestOf(i);
        if (request === undefined) return;
        await answerInteraction(i, await pipeline.handle(request), request.root === 'demining-admin');
      }
    } catch (e) {
      // The pipeline answers a command's errors; what is left is Discord refusing what was sent.
      log.error({ err: e, interaction: i.id, type: i.type, user: i.user.id }, 'error while answering an interaction');
      if (i.isRepliable()) {
        const apology = { content: messages.apology, ...PRIVATE } as const;
        await (i.replied || i.deferred ? i.followUp(apology) : i.reply(apology)).catch((err: unknown) => log.warn({ err }, 'could not send the apology'));
      }
    }
  };

  const onMessage = async (m: Message): Promise<void> => {
    if (m.author.bot || client.user === null || m.author.id === client.user.id) return;
    const inDm = m.guildId === null;
    const mentioned = m.mentions.users.has(client.user.id);
    // A plain channel message: the pipeline decides from the channel's settings (without the Message Content intent its text is empty).
    if (!inDm && !mentioned && m.content.trim() === '') return;
    try {
      const text = m.content.replace(new RegExp(`<@!?${client.user.id}>`, 'gu'), ' ').trim();
      const outcome = await pipeline.handle({
        face: 'discord',
        user: { id: m.author.id, name: m.author.username },
        authority: {
          platform: 'discord',
          inGuild: !inDm,
          manageGuild: m.member?.permissions.has(PermissionFlagsBits.ManageGuild) === true,
          roleIds: m.member === null ? [] : [...m.member.roles.cache.keys()],
        },
        channel: m.channelId,
        ...(m.guildId === null ? {} : { server: m.guildId }),
        ...(inDm ? {} : { via: mentioned ? 'mention' as const : 'plain' as const }),
        root: 'demining',
        input: { line: text, message: true },
        deliveryId: m.id,
        mustAnswer: false,
      });
      if (outcome.kind === 'silent' || outcome.kind === 'form' || outcome.kind === 'feedback') return;
      if (outcome.kind === 'notice') {
        await m.reply({ content: outcome.text, ...NO_PINGS });
        return;
      }
      // A reply to a message cannot be private on Discord: a no-answer the channel wants private is not posted.
      if (outcome.toAskerOnly === true) return;
      const rendered = renderDiscord(outcome.reply);
      // A reply to a message cannot be private; it quotes the message it answers.
      await m.reply({ embeds: rendered.embeds, components: rendered.components, ...NO_PINGS });
    } catch (e) {
      log.error({ err: e, message: m.id, channel: m.channelId }, 'error while answering a message');
      await m.reply({ content: messages.apology, ...NO_PINGS }).catch(() => undefined);
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
    name: 'discord',
    client,
    isReady: () => ready,
    status: (connected, lastError) => (connected ? `Discord: connected as ${client.user?.tag ?? 'the bot'}.` : `Discord: could not connect (${lastError ?? ''}); retrying with backoff.`),
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
