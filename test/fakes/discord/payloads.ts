/**
 * Builders for the JSON that Discord sends: users, guilds, channels, READY, interactions and
 * messages. Shapes follow the v10 API as discord.js 14.28 reads them; fields it needs are marked.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  InteractionType,
  MessageType,
  PermissionFlagsBits,
} from 'discord.js';

/** A JSON object as sent over the wire. */
export type Payload = Record<string, unknown>;

/** A user as the tests name it; becomes a Discord user object. */
export interface FakeUser {
  id: string;
  username: string;
  bot?: boolean;
  globalName?: string;
}

export interface FakeChannel {
  id: string;
  name: string;
}

export interface FakeGuild {
  id: string;
  name: string;
  /** Text channels; the first is the default channel of the builders. */
  channels: FakeChannel[];
}

/** The ids every fake starts with, so tests can name them without asking. */
export const FAKE_IDS = {
  bot: '1100000000000000001',
  application: '1100000000000000001',
  guild: '1200000000000000001',
  channel: '1300000000000000001',
  user: '1400000000000000001',
} as const;

export const DEFAULT_BOT: FakeUser = { id: FAKE_IDS.bot, username: 'demining-bot', bot: true };
export const DEFAULT_USER: FakeUser = { id: FAKE_IDS.user, username: 'deminer' };
export const DEFAULT_GUILD: FakeGuild = {
  id: FAKE_IDS.guild,
  name: 'Demining Test Server',
  channels: [{ id: FAKE_IDS.channel, name: 'general' }],
};

const DISCORD_EPOCH = 1_420_070_400_000n;

/** Makes snowflakes: discord.js derives `createdAt` from them, so they must be real ones. */
export function snowflakes(): () => string {
  let increment = 0n;
  return () => {
    increment = (increment + 1n) & 0xfffn;
    return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | increment).toString();
  };
}

const P = PermissionFlagsBits;
/** What an ordinary member may do in a text channel. */
export const MEMBER_PERMISSIONS =
  P.ViewChannel | P.SendMessages | P.ReadMessageHistory | P.EmbedLinks | P.AttachFiles | P.AddReactions |
  P.UseApplicationCommands;
/** What the bot may do where it is invoked (`app_permissions`). */
export const BOT_PERMISSIONS = MEMBER_PERMISSIONS | P.UseExternalEmojis;

export function apiUser(user: FakeUser): Payload {
  return {
    id: user.id,
    username: user.username,
    discriminator: '0',
    global_name: user.globalName ?? null,
    avatar: null,
    bot: user.bot ?? false,
    public_flags: 0,
  };
}

function apiMember(user: FakeUser, permissions: bigint | undefined, joinedAt: string): Payload {
  return {
    user: apiUser(user),
    roles: [],
    nick: null,
    avatar: null,
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    communication_disabled_until: null,
    ...(permissions === undefined ? {} : { permissions: permissions.toString() }),
  };
}

export function guildTextChannel(guildId: string, channel: FakeChannel, position = 0): Payload {
  return {
    id: channel.id,
    type: ChannelType.GuildText,
    guild_id: guildId,
    name: channel.name,
    position,
    permission_overwrites: [],
    parent_id: null,
    nsfw: false,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: 0,
  };
}

export function dmChannel(id: string, recipient: FakeUser): Payload {
  return { id, type: ChannelType.DM, last_message_id: null, flags: 0, recipients: [apiUser(recipient)] };
}

export function readyPayload(bot: FakeUser, applicationId: string, guilds: readonly FakeGuild[], sessionId: string, resumeUrl: string): Payload {
  return {
    v: 10,
    user: { ...apiUser(bot), bot: true, verified: true, mfa_enabled: false, flags: 0 },
    // Discord lists guilds as unavailable in READY and sends one GUILD_CREATE each afterwards.
    guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
    session_id: sessionId,
    session_type: 'normal',
    resume_gateway_url: resumeUrl,
    application: { id: applicationId, flags: 0 },
    shard: [0, 1],
    private_channels: [],
    presences: [],
    relationships: [],
    guild_join_requests: [],
    user_settings: {},
    geo_ordered_rtc_regions: [],
    _trace: ['["fake-discord",{}]'],
  };
}

export function guildCreatePayload(guild: FakeGuild, bot: FakeUser, joinedAt: string): Payload {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: FAKE_IDS.user,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: 'en-US',
    features: [],
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    roles: [
      {
        id: guild.id,
        name: '@everyone',
        color: 0,
        hoist: false,
        icon: null,
        unicode_emoji: null,
        position: 0,
        permissions: MEMBER_PERMISSIONS.toString(),
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    joined_at: joinedAt,
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [apiMember(bot, undefined, joinedAt)],
    channels: guild.channels.map((channel, index) => guildTextChannel(guild.id, channel, index)),
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** Where an interaction or message happens. `guildId: null` means a DM with the bot. */
export interface PlaceInput {
  user?: FakeUser;
  /** Omitted: the default guild. `null`: a DM with the bot. */
  guildId?: string | null;
  /** Omitted: the guild's first channel, or the user's DM channel. */
  channelId?: string;
}

/** An option of a slash command; `type` is inferred from the value when omitted. */
export interface CommandOptionInput {
  name: string;
  value: string | number | boolean;
  type?: ApplicationCommandOptionType;
}

export interface SlashCommandInput extends PlaceInput {
  name: string;
  subcommand?: string;
  /** The subcommand group `subcommand` is in (`/demining-admin term add`). */
  group?: string;
  options?: CommandOptionInput[];
  /** The invoking member's permissions in the channel (guild only). */
  memberPermissions?: bigint;
  locale?: string;
  commandId?: string;
}

export interface AutocompleteInput extends SlashCommandInput {
  /** Name of the option being typed; its `value` is the partial text. */
  focused: string;
}

/** A message the bot sent earlier, as far as a component interaction needs it. */
export interface MessageRefInput {
  id?: string;
  content?: string;
  components?: unknown[];
  embeds?: unknown[];
  flags?: number;
}

export interface ButtonClickInput extends PlaceInput {
  customId: string;
  message?: MessageRefInput;
  memberPermissions?: bigint;
  locale?: string;
}

export interface ModalSubmitInput extends PlaceInput {
  customId: string;
  /** Text input custom id -> submitted value. */
  fields: Record<string, string>;
  memberPermissions?: bigint;
  locale?: string;
}

export interface MessageCreateInput extends PlaceInput {
  content: string;
  author?: FakeUser;
  /** Users mentioned; omitted: derived from `<@id>` in the content. */
  mentions?: FakeUser[];
  /** Reply to this message id. */
  replyTo?: string;
  id?: string;
}

function inferOptionType(value: string | number | boolean): ApplicationCommandOptionType {
  if (typeof value === 'boolean') return ApplicationCommandOptionType.Boolean;
  if (typeof value === 'number') {
    return Number.isInteger(value) ? ApplicationCommandOptionType.Integer : ApplicationCommandOptionType.Number;
  }
  return ApplicationCommandOptionType.String;
}

/**
 * Builds interaction and message payloads with ids, places and defaults filled in. It remembers
 * the DM channel of each user so that replies and `GET /channels/:id` agree.
 */
export class PayloadFactory {
  readonly #dmChannels = new Map<string, string>();
  readonly #users = new Map<string, FakeUser>();

  constructor(
    readonly nextId: () => string,
    readonly bot: FakeUser,
    readonly applicationId: string,
    readonly guilds: readonly FakeGuild[],
    readonly startedAt: string,
  ) {
    this.#users.set(bot.id, bot);
  }

  /** The DM channel id between the bot and this user, made on first use. */
  dmChannelId(userId: string): string {
    let id = this.#dmChannels.get(userId);
    if (id === undefined) {
      id = this.nextId();
      this.#dmChannels.set(userId, id);
    }
    return id;
  }

  /** The DM channel object if `channelId` is one, else undefined. */
  dmChannelById(channelId: string): Payload | undefined {
    for (const [userId, id] of this.#dmChannels) {
      if (id === channelId) return dmChannel(id, this.userById(userId));
    }
    return undefined;
  }

  userById(id: string): FakeUser {
    return this.#users.get(id) ?? { id, username: `user-${id.slice(-4)}` };
  }

  guildChannel(channelId: string): Payload | undefined {
    for (const guild of this.guilds) {
      const index = guild.channels.findIndex((channel) => channel.id === channelId);
      const channel = guild.channels[index];
      if (channel) return guildTextChannel(guild.id, channel, index);
    }
    return undefined;
  }

  #place(input: PlaceInput, user: FakeUser): { guild: FakeGuild | undefined; channelId: string } {
    this.#users.set(user.id, user);
    const guildId = input.guildId === undefined ? this.guilds[0]?.id : input.guildId;
    if (guildId === null || guildId === undefined) {
      return { guild: undefined, channelId: input.channelId ?? this.dmChannelId(user.id) };
    }
    const guild = this.guilds.find((candidate) => candidate.id === guildId) ?? { id: guildId, name: 'guild', channels: [] };
    const channelId = input.channelId ?? guild.channels[0]?.id ?? this.nextId();
    return { guild, channelId };
  }

  #interaction(type: InteractionType, data: Payload, input: PlaceInput & { memberPermissions?: bigint; locale?: string }, message?: Payload): Payload {
    const user = input.user ?? DEFAULT_USER;
    const { guild, channelId } = this.#place(input, user);
    const id = this.nextId();
    const common: Payload = {
      id,
      application_id: this.applicationId,
      type,
      data,
      token: `fake-interaction-token-${id}`,
      version: 1,
      locale: input.locale ?? 'en-US',
      app_permissions: BOT_PERMISSIONS.toString(),
      // discord.js throws before the handler runs without these two.
      entitlements: [],
      authorizing_integration_owners: { '0': guild?.id ?? '0' },
      attachment_size_limit: 10_485_760,
      channel_id: channelId,
      ...(message === undefined ? {} : { message }),
    };
    if (guild === undefined) {
      return { ...common, context: 1, user: apiUser(user), channel: dmChannel(channelId, user) };
    }
    const channel = this.guildChannel(channelId) ?? guildTextChannel(guild.id, { id: channelId, name: 'channel' });
    return {
      ...common,
      context: 0,
      guild_id: guild.id,
      guild_locale: 'en-US',
      guild: { id: guild.id, locale: 'en-US', features: [] },
      member: apiMember(user, input.memberPermissions ?? MEMBER_PERMISSIONS, this.startedAt),
      channel: { ...channel, permissions: BOT_PERMISSIONS.toString() },
    };
  }

  #commandData(input: SlashCommandInput, focused?: string): Payload {
    const options = (input.options ?? []).map((option) => ({
      name: option.name,
      type: option.type ?? inferOptionType(option.value),
      value: option.value,
      ...(option.name === focused ? { focused: true } : {}),
    }));
    return {
      id: input.commandId ?? this.nextId(),
      name: input.name,
      type: ApplicationCommandType.ChatInput,
      options: ((): Payload[] => {
        if (input.subcommand === undefined) return options;
        const subcommand = { type: ApplicationCommandOptionType.Subcommand, name: input.subcommand, options };
        return input.group === undefined ? [subcommand] : [{ type: ApplicationCommandOptionType.SubcommandGroup, name: input.group, options: [subcommand] }];
      })(),
      ...(input.guildId === null ? {} : { guild_id: input.guildId ?? this.guilds[0]?.id }),
    };
  }

  slashCommand(input: SlashCommandInput): Payload {
    return this.#interaction(InteractionType.ApplicationCommand, this.#commandData(input), input);
  }

  autocomplete(input: AutocompleteInput): Payload {
    return this.#interaction(InteractionType.ApplicationCommandAutocomplete, this.#commandData(input, input.focused), input);
  }

  /** A message the bot sent, for component interactions. */
  botMessage(channelId: string, ref: MessageRefInput = {}): Payload {
    return this.message({
      id: ref.id ?? this.nextId(),
      channelId,
      author: this.bot,
      content: ref.content ?? '',
      embeds: ref.embeds ?? [],
      components: ref.components ?? [],
      flags: ref.flags ?? 0,
      type: MessageType.Default,
    });
  }

  buttonClick(input: ButtonClickInput): Payload {
    const user = input.user ?? DEFAULT_USER;
    const { channelId } = this.#place(input, user);
    const data = { custom_id: input.customId, component_type: ComponentType.Button };
    return this.#interaction(InteractionType.MessageComponent, data, { ...input, channelId }, this.botMessage(channelId, input.message));
  }

  modalSubmit(input: ModalSubmitInput): Payload {
    const components = Object.entries(input.fields).map(([customId, value]) => ({
      type: ComponentType.ActionRow,
      components: [{ type: ComponentType.TextInput, custom_id: customId, value }],
    }));
    return this.#interaction(InteractionType.ModalSubmit, { custom_id: input.customId, components }, input);
  }

  /** A full message object, as in MESSAGE_CREATE or a REST answer. */
  message(fields: {
    id: string;
    channelId: string;
    author: FakeUser;
    content: string;
    guildId?: string;
    embeds?: unknown[];
    components?: unknown[];
    mentions?: FakeUser[];
    flags?: number;
    type?: MessageType;
    messageReference?: Payload;
    extra?: Payload;
  }): Payload {
    return {
      id: fields.id,
      type: fields.type ?? MessageType.Default,
      channel_id: fields.channelId,
      ...(fields.guildId === undefined ? {} : { guild_id: fields.guildId }),
      author: apiUser(fields.author),
      content: fields.content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: (fields.mentions ?? []).map(apiUser),
      mention_roles: [],
      mention_channels: [],
      attachments: [],
      embeds: fields.embeds ?? [],
      components: fields.components ?? [],
      reactions: [],
      pinned: false,
      flags: fields.flags ?? 0,
      ...(fields.messageReference === undefined ? {} : { message_reference: fields.messageReference }),
      ...fields.extra,
    };
  }

  /** MESSAGE_CREATE data for a user's message; `channel_type` as Discord now sends it. */
  messageCreate(input: MessageCreateInput): Payload {
    const author = input.author ?? input.user ?? DEFAULT_USER;
    const { guild, channelId } = this.#place(input, author);
    const mentions =
      input.mentions ??
      [...input.content.matchAll(/<@!?(\d+)>/g)].map((match) => this.userById(match[1] ?? ''));
    const base = this.message({
      id: input.id ?? this.nextId(),
      channelId,
      author,
      content: input.content,
      mentions,
      type: input.replyTo === undefined ? MessageType.Default : MessageType.Reply,
      ...(guild === undefined ? {} : { guildId: guild.id }),
      ...(input.replyTo === undefined
        ? {}
        : {
            messageReference: {
              type: 0,
              message_id: input.replyTo,
              channel_id: channelId,
              ...(guild === undefined ? {} : { guild_id: guild.id }),
            },
          }),
    });
    if (guild === undefined) return { ...base, channel_type: ChannelType.DM };
    const member = apiMember(author, undefined, this.startedAt);
    delete member.user;
    return { ...base, channel_type: ChannelType.GuildText, member };
  }
}
