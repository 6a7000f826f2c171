/**
 * The REST half of the fake: the routes discord.js calls for a bot that answers commands and
 * messages, with Discord's answers and error codes. Routes are relative to `/api/v10`.
 */
import { InteractionResponseType, InteractionType, MessageFlags, MessageType } from 'discord.js';
import { checkChoices, checkCommands, checkMessage, type ApiError } from './limits.js';
import { dmChannel, guildTextChannel, type Payload, type PayloadFactory } from './payloads.js';

export interface RestRequest {
  method: string;
  route: string;
  query: URLSearchParams;
  body: unknown;
}

export interface RestAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface InteractionState {
  id: string;
  type: number;
  channelId: string;
  guildId: string | undefined;
  user: Payload;
  owners: Payload;
  receivedAt: number;
  acknowledged: boolean;
  /** The message a component was on, for UPDATE_MESSAGE (7). */
  componentMessage: Payload | undefined;
  original: Payload | undefined;
  followUps: Map<string, Payload>;
}

const error = (status: number, code: number, message: string): ApiError => ({ status, body: { message, code } });
const UNKNOWN_INTERACTION = error(404, 10062, 'Unknown interaction');
const UNKNOWN_WEBHOOK = error(404, 10015, 'Unknown Webhook');
const UNKNOWN_MESSAGE = error(404, 10008, 'Unknown Message');
const UNKNOWN_CHANNEL = error(404, 10003, 'Unknown Channel');

type Handler = (params: string[], request: RestRequest) => RestAnswer;

const asObject = (value: unknown): Payload => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Payload) : {});

export class FakeRest {
  readonly #interactions = new Map<string, InteractionState>();
  readonly #channels = new Map<string, Payload>();
  readonly #messages = new Map<string, Payload>();
  readonly #commands = new Map<string, Payload[]>();
  readonly #routes: Array<[string, RegExp, Handler]>;

  constructor(
    private readonly factory: PayloadFactory,
    private readonly gatewayUrl: () => string,
    private readonly interactionDeadlineMs: number,
  ) {
    const id = '([^/]+)';
    this.#routes = [
      ['GET', /^\/gateway\/bot$/, () => this.#gatewayBot()],
      ['GET', /^\/gateway$/, () => ({ status: 200, body: { url: this.gatewayUrl() } })],
      ['GET', /^\/users\/@me$/, () => ({ status: 200, body: this.#botUser() })],
      ['GET', /^\/applications\/@me$/, () => ({ status: 200, body: this.#application() })],
      ['POST', /^\/users\/@me\/channels$/, (_, r) => this.#openDm(r)],
      ['GET', new RegExp(`^/channels/${id}$`), ([c]) => this.#getChannel(c ?? '')],
      ['POST', new RegExp(`^/channels/${id}/typing$`), ([c]) => (this.channel(c ?? '') ? { status: 204 } : UNKNOWN_CHANNEL)],
      ['POST', new RegExp(`^/channels/${id}/messages$`), ([c], r) => this.#createMessage(c ?? '', r)],
      ['GET', new RegExp(`^/channels/${id}/messages/${id}$`), ([, m]) => this.#stored(m ?? '')],
      ['PATCH', new RegExp(`^/channels/${id}/messages/${id}$`), ([, m], r) => this.#editMessage(m ?? '', r)],
      ['DELETE', new RegExp(`^/channels/${id}/messages/${id}$`), ([, m]) => this.#deleteMessage(m ?? '')],
      ['POST', new RegExp(`^/interactions/${id}/${id}/callback$`), ([i, t], r) => this.#callback(i ?? '', t ?? '', r)],
      ['POST', new RegExp(`^/webhooks/${id}/${id}$`), ([a, t], r) => this.#followUp(a ?? '', t ?? '', r)],
      ['GET', new RegExp(`^/webhooks/${id}/${id}/messages/${id}$`), ([a, t, m]) => this.#webhookMessage(a ?? '', t ?? '', m ?? '')],
      ['PATCH', new RegExp(`^/webhooks/${id}/${id}/messages/${id}$`), ([a, t, m], r) => this.#editWebhookMessage(a ?? '', t ?? '', m ?? '', r)],
      ['DELETE', new RegExp(`^/webhooks/${id}/${id}/messages/${id}$`), ([a, t, m]) => this.#deleteWebhookMessage(a ?? '', t ?? '', m ?? '')],
      ['GET', new RegExp(`^/applications/${id}/commands$`), ([a]) => this.#listCommands(a ?? '', 'global')],
      ['PUT', new RegExp(`^/applications/${id}/commands$`), ([a], r) => this.#putCommands(a ?? '', 'global', r)],
      ['GET', new RegExp(`^/applications/${id}/guilds/${id}/commands$`), ([a, g]) => this.#listCommands(a ?? '', g ?? '')],
      ['PUT', new RegExp(`^/applications/${id}/guilds/${id}/commands$`), ([a, g], r) => this.#putCommands(a ?? '', g ?? '', r)],
    ];
  }

  /** Answers a request, or returns null when no route matches. */
  handle(request: RestRequest): RestAnswer | null {
    for (const [method, pattern, handler] of this.#routes) {
      const match = pattern.exec(request.route);
      if (match && method === request.method) return handler(match.slice(1), request);
    }
    return null;
  }

  /** Learns interactions, messages and channels from what the gateway sends to the client. */
  noteDispatch(t: string, d: unknown): void {
    const data = asObject(d);
    if (t === 'INTERACTION_CREATE' && typeof data.token === 'string') {
      const channel = asObject(data.channel);
      if (typeof channel.id === 'string') this.#channels.set(channel.id, channel);
      const member = asObject(data.member);
      this.#interactions.set(data.token, {
        id: String(data.id),
        type: Number(data.type),
        channelId: String(data.channel_id ?? channel.id),
        guildId: typeof data.guild_id === 'string' ? data.guild_id : undefined,
        user: asObject(data.user ?? member.user),
        owners: asObject(data.authorizing_integration_owners),
        receivedAt: Date.now(),
        acknowledged: false,
        componentMessage: data.message === undefined ? undefined : asObject(data.message),
        original: data.message === undefined ? undefined : asObject(data.message),
        followUps: new Map(),
      });
    } else if (t === 'MESSAGE_CREATE' && typeof data.id === 'string') {
      this.#messages.set(data.id, data);
      const channelId = String(data.channel_id);
      if (!this.channel(channelId)) {
        const author = asObject(data.author);
        this.#channels.set(
          channelId,
          typeof data.guild_id === 'string'
            ? guildTextChannel(data.guild_id, { id: channelId, name: 'channel' })
            : dmChannel(channelId, { id: String(author.id), username: String(author.username) }),
        );
      }
    } else if (t === 'CHANNEL_CREATE' && typeof data.id === 'string') {
      this.#channels.set(data.id, data);
    }
  }

  /** A channel the fake knows: from the guilds, a DM, or a dispatched payload. */
  channel(id: string): Payload | undefined {
    return this.#channels.get(id) ?? this.factory.guildChannel(id) ?? this.factory.dmChannelById(id);
  }

  /** Commands registered by PUT, by scope: 'global' or a guild id. */
  commands(scope = 'global'): Payload[] {
    return this.#commands.get(scope) ?? [];
  }

  #botUser(): Payload {
    const bot = this.factory.bot;
    return { id: bot.id, username: bot.username, discriminator: '0', global_name: null, avatar: null, bot: true, verified: true, flags: 0, mfa_enabled: false };
  }

  #application(): Payload {
    return { id: this.factory.applicationId, name: this.factory.bot.username, description: '', icon: null, bot_public: false, bot_require_code_grant: false, flags: 0, verify_key: '0'.repeat(64), bot: this.#botUser(), owner: { id: '1', username: 'owner', discriminator: '0', avatar: null } };
  }

  #gatewayBot(): RestAnswer {
    return {
      status: 200,
      body: {
        url: this.gatewayUrl(),
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
      },
    };
  }

  #openDm(request: RestRequest): RestAnswer {
    const recipient = asObject(request.body).recipient_id;
    if (typeof recipient !== 'string') return error(400, 50035, 'Invalid Form Body');
    const user = this.factory.userById(recipient);
    return { status: 200, body: dmChannel(this.factory.dmChannelId(user.id), user) };
  }

  #getChannel(id: string): RestAnswer {
    const channel = this.channel(id);
    return channel ? { status: 200, body: channel } : UNKNOWN_CHANNEL;
  }

  #botMessage(channelId: string, body: Payload, extra: Payload = {}): Payload {
    const channel = this.channel(channelId);
    const guildId = typeof channel?.guild_id === 'string' ? channel.guild_id : undefined;
    return this.factory.message({
      id: this.factory.nextId(),
      channelId,
      author: this.factory.bot,
      content: typeof body.content === 'string' ? body.content : '',
      embeds: Array.isArray(body.embeds) ? body.embeds : [],
      components: Array.isArray(body.components) ? body.components : [],
      flags: typeof body.flags === 'number' ? body.flags : 0,
      ...(guildId === undefined ? {} : { guildId }),
      extra,
    });
  }

  #createMessage(channelId: string, request: RestRequest): RestAnswer {
    if (!this.channel(channelId)) return UNKNOWN_CHANNEL;
    const body = asObject(request.body);
    const empty = !body.content && !Array.isArray(body.embeds) && !Array.isArray(body.components) && !body.attachments && !body.sticker_ids;
    if (empty) return error(400, 50006, 'Cannot send an empty message');
    const invalid = checkMessage(body);
    if (invalid) return invalid;
    const extra: Payload = {};
    if (body.message_reference !== undefined) {
      const reference = asObject(body.message_reference);
      const target = this.#messages.get(String(reference.message_id));
      if (!target && reference.fail_if_not_exists !== false) {
        return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors: { message_reference: { _errors: [{ code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', message: 'Unknown message' }] } } } };
      }
      extra.type = MessageType.Reply;
      extra.message_reference = { type: 0, channel_id: channelId, ...reference };
      extra.referenced_message = target ?? null;
    }
    const message = this.#botMessage(channelId, body, extra);
    this.#messages.set(String(message.id), message);
    return { status: 200, body: message };
  }

  #stored(messageId: string): RestAnswer {
    const message = this.#messages.get(messageId);
    return message ? { status: 200, body: message } : UNKNOWN_MESSAGE;
  }

  #editMessage(messageId: string, request: RestRequest): RestAnswer {
    const message = this.#messages.get(messageId);
    if (!message) return UNKNOWN_MESSAGE;
    const invalid = checkMessage(request.body);
    if (invalid) return invalid;
    const edited = merge(message, asObject(request.body));
    this.#messages.set(messageId, edited);
    return { status: 200, body: edited };
  }

  #deleteMessage(messageId: string): RestAnswer {
    return this.#messages.delete(messageId) ? { status: 204 } : UNKNOWN_MESSAGE;
  }

  #callback(interactionId: string, token: string, request: RestRequest): RestAnswer {
    const state = this.#interactions.get(token);
    // Discord: the first response must come within 3 s, later the token is unknown (10062).
    if (!state || state.id !== interactionId || Date.now() - state.receivedAt > this.interactionDeadlineMs) {
      return UNKNOWN_INTERACTION;
    }
    if (state.acknowledged) return error(400, 40060, 'Interaction has already been acknowledged.');
    const body = asObject(request.body);
    const data = asObject(body.data);
    const metadata = { interaction_metadata: { id: state.id, type: state.type, user: state.user, authorizing_integration_owners: state.owners }, webhook_id: this.factory.applicationId, application_id: this.factory.applicationId };
    switch (body.type) {
      case InteractionResponseType.ChannelMessageWithSource: {
        const invalid = checkMessage(data);
        if (invalid) return invalid;
        const type = state.type === InteractionType.ApplicationCommand ? MessageType.ChatInputCommand : MessageType.Default;
        state.original = this.#botMessage(state.channelId, data, { ...metadata, type });
        break;
      }
      case InteractionResponseType.DeferredChannelMessageWithSource: {
        const flags = (typeof data.flags === 'number' ? data.flags : 0) | MessageFlags.Loading;
        state.original = this.#botMessage(state.channelId, { content: '', flags }, metadata);
        break;
      }
      case InteractionResponseType.DeferredMessageUpdate:
        break;
      case InteractionResponseType.UpdateMessage: {
        if (!state.original) return error(400, 40060, 'Interaction has no message to update.');
        const invalid = checkMessage(data);
        if (invalid) return invalid;
        state.original = merge(state.original, data);
        break;
      }
      case InteractionResponseType.ApplicationCommandAutocompleteResult: {
        const invalid = checkChoices(data);
        if (invalid) return invalid;
        break;
      }
      case InteractionResponseType.Modal:
        break;
      default:
        return error(400, 50035, 'Invalid Form Body');
    }
    state.acknowledged = true;
    if (request.query.get('with_response') !== 'true') return { status: 204 };
    const message = state.original;
    return {
      status: 200,
      body: {
        interaction: {
          id: state.id,
          type: state.type,
          response_message_id: message?.id,
          response_message_loading: body.type === InteractionResponseType.DeferredChannelMessageWithSource,
          response_message_ephemeral: ((Number(message?.flags ?? 0)) & MessageFlags.Ephemeral) !== 0,
        },
        resource: { type: body.type, ...(message && body.type !== InteractionResponseType.ApplicationCommandAutocompleteResult ? { message } : {}) },
      },
    };
  }

  #acknowledged(appId: string, token: string): InteractionState | undefined {
    const state = this.#interactions.get(token);
    return appId === this.factory.applicationId && state?.acknowledged ? state : undefined;
  }

  #followUp(appId: string, token: string, request: RestRequest): RestAnswer {
    const state = this.#acknowledged(appId, token);
    if (!state) return UNKNOWN_WEBHOOK;
    const invalid = checkMessage(request.body);
    if (invalid) return invalid;
    const message = this.#botMessage(state.channelId, asObject(request.body), { webhook_id: appId, application_id: appId });
    state.followUps.set(String(message.id), message);
    return { status: 200, body: message };
  }

  #findWebhookMessage(state: InteractionState, messageId: string): Payload | undefined {
    return messageId === '@original' || messageId === state.original?.id ? state.original : state.followUps.get(messageId);
  }

  #webhookMessage(appId: string, token: string, messageId: string): RestAnswer {
    const state = this.#acknowledged(appId, token);
    if (!state) return UNKNOWN_WEBHOOK;
    const message = this.#findWebhookMessage(state, messageId);
    return message ? { status: 200, body: message } : UNKNOWN_MESSAGE;
  }

  #editWebhookMessage(appId: string, token: string, messageId: string, request: RestRequest): RestAnswer {
    const state = this.#acknowledged(appId, token);
    if (!state) return UNKNOWN_WEBHOOK;
    const message = this.#findWebhookMessage(state, messageId);
    if (!message) return UNKNOWN_MESSAGE;
    const invalid = checkMessage(request.body);
    if (invalid) return invalid;
    const edited = merge(message, asObject(request.body));
    edited.flags = Number(edited.flags ?? 0) & ~MessageFlags.Loading;
    if (message === state.original) state.original = edited;
    else state.followUps.set(messageId, edited);
    return { status: 200, body: edited };
  }

  #deleteWebhookMessage(appId: string, token: string, messageId: string): RestAnswer {
    const state = this.#acknowledged(appId, token);
    if (!state) return UNKNOWN_WEBHOOK;
    const message = this.#findWebhookMessage(state, messageId);
    if (!message) return UNKNOWN_MESSAGE;
    if (message === state.original) state.original = undefined;
    else state.followUps.delete(messageId);
    return { status: 204 };
  }

  #listCommands(appId: string, scope: string): RestAnswer {
    if (appId !== this.factory.applicationId) return error(403, 50001, 'Missing Access');
    return { status: 200, body: this.commands(scope) };
  }

  #putCommands(appId: string, scope: string, request: RestRequest): RestAnswer {
    if (appId !== this.factory.applicationId) return error(403, 50001, 'Missing Access');
    const invalid = checkCommands(request.body);
    if (invalid) return invalid;
    const previous = this.commands(scope);
    const saved = (request.body as Payload[]).map((command) => {
      const type = command.type ?? 1;
      const same = previous.find((old) => old.name === command.name && old.type === type);
      return {
        ...command,
        id: same?.id ?? this.factory.nextId(),
        application_id: appId,
        version: this.factory.nextId(),
        type,
        default_member_permissions: command.default_member_permissions ?? null,
        nsfw: command.nsfw ?? false,
        ...(scope === 'global' ? {} : { guild_id: scope }),
      };
    });
    this.#commands.set(scope, saved);
    return { status: 200, body: saved };
  }
}

/** An edit: fields present in the body replace the message's. */
function merge(message: Payload, body: Payload): Payload {
  const edited: Payload = { ...message, edited_timestamp: new Date().toISOString() };
  for (const key of ['content', 'embeds', 'components', 'flags', 'attachments'] as const) {
    if (body[key] !== undefined) edited[key] = body[key];
  }
  return edited;
}
