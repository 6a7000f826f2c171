/** Parsing of Web API requests and the fake's default answers. */
import type { FakeIds } from './ids.js';

export type ApiArgs = Record<string, unknown>;

/** One Web API call as the fake received it. */
export interface ApiCall {
  /** The method name, e.g. `chat.postMessage`. */
  method: string;
  /** Arguments from the form or JSON body (and query string), with JSON-encoded fields decoded. */
  args: ApiArgs;
  /** The bearer token from `Authorization`, or the legacy `token` argument. */
  token: string | undefined;
  contentType: string;
  at: number;
}

// Fields that are prose: never decode them even if they look like JSON.
const PROSE_FIELDS = new Set(['text', 'markdown_text', 'title', 'initial_comment']);

function decodeField(key: string, value: string): unknown {
  const head = value.trimStart()[0];
  if (PROSE_FIELDS.has(key) || (head !== '{' && head !== '[')) return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/**
 * The Web API client sends `application/x-www-form-urlencoded`, with objects (blocks, view,
 * attachments, metadata) as JSON strings inside fields; other clients send JSON.
 */
export function parseApiArgs(raw: string, contentType: string, query: URLSearchParams): ApiArgs {
  const args: ApiArgs = {};
  for (const [key, value] of query) args[key] = decodeField(key, value);
  if (raw.trim() === '') return args;
  if (contentType.includes('json')) {
    const parsed = JSON.parse(raw) as unknown;
    return parsed !== null && typeof parsed === 'object' ? { ...args, ...(parsed as ApiArgs) } : args;
  }
  for (const [key, value] of new URLSearchParams(raw)) args[key] = decodeField(key, value);
  return args;
}

export function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  return match?.[1];
}

export interface AnswerContext {
  ids: FakeIds;
  nextTs(): string;
  nextId(prefix: string): string;
  /** A fresh Socket Mode URL with a one-use ticket. */
  socketUrl(): string;
}

function str(value: unknown, fallback: string): string {
  return typeof value === 'string' && value !== '' ? value : fallback;
}

function message(call: ApiCall, ctx: AnswerContext, ts: string): Record<string, unknown> {
  const { ids } = ctx;
  return {
    type: 'message',
    subtype: 'bot_message',
    text: str(call.args.text, ''),
    ts,
    user: ids.botUserId,
    bot_id: ids.botId,
    app_id: ids.appId,
    team: ids.teamId,
    ...(call.args.blocks === undefined ? {} : { blocks: call.args.blocks }),
    ...(call.args.thread_ts === undefined ? {} : { thread_ts: call.args.thread_ts }),
  };
}

function view(call: ApiCall, ctx: AnswerContext): Record<string, unknown> {
  const given = call.args.view !== null && typeof call.args.view === 'object' ? (call.args.view as ApiArgs) : {};
  const id = str(call.args.view_id, ctx.nextId('V0FAKE'));
  return {
    id,
    team_id: ctx.ids.teamId,
    type: 'modal',
    blocks: [],
    private_metadata: '',
    callback_id: '',
    external_id: '',
    state: { values: {} },
    hash: `${Math.floor(Date.now() / 1000)}.${ctx.nextId('h')}`,
    clear_on_close: false,
    notify_on_close: false,
    root_view_id: id,
    previous_view_id: null,
    app_id: ctx.ids.appId,
    app_installed_team_id: ctx.ids.teamId,
    bot_id: ctx.ids.botId,
    ...given,
  };
}

/** The answer Slack would give to a successful call. Unknown methods get `{ ok: true }`. */
export function defaultAnswer(call: ApiCall, ctx: AnswerContext): Record<string, unknown> {
  const { ids } = ctx;
  const channel = str(call.args.channel, ids.channelId);
  switch (call.method) {
    case 'auth.test':
      return {
        ok: true,
        url: `https://${ids.teamDomain}.slack.com/`,
        team: 'Fake Team',
        user: 'demining-bot',
        team_id: ids.teamId,
        user_id: ids.botUserId,
        bot_id: ids.botId,
        is_enterprise_install: false,
      };
    case 'apps.connections.open':
      // Slack answers `not_allowed_token_type` to a non-xapp token, which the socket client retries
      // without end; `invalid_auth` makes a misconfigured test fail at once instead.
      if (!call.token?.startsWith('xapp-')) return { ok: false, error: 'invalid_auth' };
      return { ok: true, url: ctx.socketUrl() };
    case 'chat.postMessage': {
      const ts = ctx.nextTs();
      return { ok: true, channel, ts, message: message(call, ctx, ts) };
    }
    case 'chat.postEphemeral':
      return { ok: true, message_ts: ctx.nextTs() };
    case 'chat.update': {
      const ts = str(call.args.ts, ctx.nextTs());
      return { ok: true, channel, ts, text: str(call.args.text, ''), message: message(call, ctx, ts) };
    }
    case 'views.open':
    case 'views.update':
    case 'views.push':
    case 'views.publish':
      return { ok: true, view: view(call, ctx) };
    case 'conversations.open': {
      const users = str(call.args.users, ids.userId);
      return { ok: true, channel: { id: `D${users.split(',')[0]?.slice(1) ?? '0FAKEDM'}` } };
    }
    case 'users.info': {
      const id = str(call.args.user, ids.userId);
      const name = id === ids.userId ? ids.userName : id.toLowerCase();
      return {
        ok: true,
        user: {
          id,
          team_id: ids.teamId,
          name,
          real_name: name,
          tz: 'Asia/Phnom_Penh',
          is_bot: id === ids.botUserId,
          deleted: false,
          profile: { display_name: name, real_name: name },
        },
      };
    }
    default:
      return { ok: true };
  }
}
