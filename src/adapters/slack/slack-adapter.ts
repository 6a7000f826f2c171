/**
 * The Slack face, on Bolt: `/demining <text>`, mentions (answered in their thread), direct messages,
 * and suggestion buttons, each turned into a request of the shared pipeline (shared/pipeline.ts) and
 * its outcome into Block Kit. Socket Mode with an app token, else HTTP with the signing secret; Bolt's
 * signature check stays on. Answers are computed in well under a millisecond, so slash commands are
 * acknowledged with the answer itself, well inside Slack's 3 seconds.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, LogLevel, SocketModeReceiver, type Logger as BoltLogger, type Receiver } from '@slack/bolt';
import type { Engine } from '../../core/engine.js';
import { messages } from '../../core/messages.js';
import { configMessages, listenProblem } from '../../config.js';
import type { Logger } from '../../logger.js';
import { ConfigurationError } from '../../startup-error.js';
import type { Adapter } from '../shared/adapter.js';
import { InFlight, SHUTTING_DOWN } from '../shared/in-flight.js';
import { createPipeline, type Pipeline } from '../shared/pipeline.js';
import { registerSlackAdmin, slackRequester, type SlackAdminOptions } from './admin.js';
import { BoundedHTTPReceiver } from './bounded-http-receiver.js';
import { FEEDBACK_ACTION, feedbackMessage, parseFeedbackAction, renderSlack, RUN_ACTION } from './render.js';

export interface SlackAdapterOptions {
  botToken: string;
  /** xapp- token: Socket Mode. */
  appToken?: string;
  /** HTTP mode: requests are verified with it. */
  signingSecret?: string;
  /** HTTP mode: port to listen on (0 for any free one) and host. */
  port?: number;
  host?: string;
  /** Slack's Web API base, e.g. http://127.0.0.1:PORT/api/ for a local fake; default Slack's own. */
  apiUrl?: string;
  engine: () => Engine;
  logger: Logger;
  rateLimit?: { burst: number; perSecond: number };
  /** HTTP mode: a listener that has not acknowledged by then gets a 404 (Bolt's default 3001 ms). */
  unhandledRequestTimeoutMillis?: number;
  /** Moderation: the store, pending forms and the moderators' user ids. */
  admin?: SlackAdminOptions;
  /** The request pipeline shared with the other faces; by default one of its own from the options above. */
  pipeline?: Pipeline;
}

export interface SlackAdapter extends Adapter {
  readonly name: 'slack';
  readonly app: App;
  readonly mode: 'socket' | 'http';
  /** Starts; in HTTP mode resolves with the URL Slack should call. */
  start(): Promise<string | undefined>;
  stop(): Promise<void>;
  isReady(): boolean;
}

const SOCKET_UNREACHABLE = 'the Socket Mode connection could not be opened (the WebSocket address Slack gave cannot be reached)';
const SOCKET_TIMEOUT_MS = 30_000;
// @slack/socket-mode: after a failed connection the client schedules its own retry 5 s later
// (`clientPingTimeout`); it does nothing if stopped by then, but a start before it would run two.
const SOCKET_CLIENT_RETRY_MS = 5_500;
/** What Slack answers to a token that will never work: a configuration error, not a reason to retry. */
const TOKEN_REFUSED = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'not_allowed_token_type']);

/** The `error` of a Web API answer `{ ok: false, error }`, or undefined for any other failure. */
function platformError(e: unknown): string | undefined {
  const err = e as { code?: unknown; data?: { error?: unknown } } | null | undefined;
  return err?.code === 'slack_webapi_platform_error' && typeof err.data?.error === 'string' ? err.data.error : undefined;
}

/**
 * The failure of a start as the supervisor shows it: the message only. The Web API client's error
 * carries the whole request, `Authorization: Bearer xoxb-...` included.
 */
function startFailure(e: unknown, variable: 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN'): Error {
  const refused = platformError(e);
  if (refused !== undefined && TOKEN_REFUSED.has(refused)) {
    return new ConfigurationError(variable, variable === 'SLACK_BOT_TOKEN' ? configMessages.slackTokenRefused(refused) : configMessages.slackAppTokenRefused(refused));
  }
  return new Error(e instanceof Error ? e.message : String(e));
}

const BOLT_LEVELS: readonly LogLevel[] = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];

/** Bolt's and its Web API client's own lines, through the project's logger and so its secret scrubber. */
function boltLogger(log: Logger): BoltLogger {
  let level: LogLevel = LogLevel.ERROR;
  const text = (parts: unknown[]) => parts.map((p) => (p instanceof Error ? p.message : typeof p === 'string' ? p : String(p))).join(' ');
  const emit = (at: LogLevel, parts: unknown[], write: (fields: Record<string, unknown>, message: string) => void) => {
    if (BOLT_LEVELS.indexOf(at) < BOLT_LEVELS.indexOf(level)) return;
    const err = parts.find((p) => p instanceof Error);
    write({ source: 'bolt', ...(err === undefined ? {} : { err }) }, text(parts));
  };
  return {
    debug: (...parts: unknown[]) => emit(LogLevel.DEBUG, parts, (f, m) => log.debug(f, m)),
    info: (...parts: unknown[]) => emit(LogLevel.INFO, parts, (f, m) => log.info(f, m)),
    warn: (...parts: unknown[]) => emit(LogLevel.WARN, parts, (f, m) => log.warn(f, m)),
    error: (...parts: unknown[]) => emit(LogLevel.ERROR, parts, (f, m) => log.error(f, m)),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const log = options.logger.child({ face: 'slack' });
  const pipeline = options.pipeline ?? createPipeline({
    engine: options.engine,
    logger: options.logger,
    ...(options.rateLimit === undefined ? {} : { rateLimit: options.rateLimit }),
    ...(options.admin === undefined ? {} : { admin: options.admin, moderators: { discordRoleIds: [], slackUserIds: options.admin.moderatorUserIds } }),
  });
  // Two quick retries (a 429 waits its retry-after; a 5xx backs off 0.2 s, then 0.4 s), then the
  // error is reported. The client's default retries an unreachable Slack for about 30 minutes.
  const clientOptions = {
    retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2000, randomize: false },
    ...(options.apiUrl === undefined ? {} : { slackApiUrl: options.apiUrl }),
  };
  const mode: 'socket' | 'http' = options.appToken !== undefined ? 'socket' : 'http';
  let receiver: Receiver;
  if (options.appToken !== undefined) {
    // The socket client builds its own Web API client: give it the same base, or it calls real Slack.
    receiver = new SocketModeReceiver({ appToken: options.appToken, installerOptions: { clientOptions }, logLevel: LogLevel.ERROR });
  } else {
    if (options.signingSecret === undefined) throw new Error('Slack HTTP mode needs SLACK_SIGNING_SECRET');
    // Bolt reads a whole body, unbounded, before it checks the signature: this one bounds it first.
    receiver = new BoundedHTTPReceiver({
      signingSecret: options.signingSecret,
      log,
      logLevel: LogLevel.ERROR,
      ...(options.unhandledRequestTimeoutMillis === undefined ? {} : { unhandledRequestTimeoutMillis: options.unhandledRequestTimeoutMillis }),
    });
  }
  // No conversation store: the bot keeps no conversation state, and Bolt's default looks one up per request.
  // Bolt's constructor would start `auth.test` with nothing awaiting it: an unreachable Slack or a wrong
  // token became an unhandled rejection that killed the process. Deferred, it runs inside start().
  const app = new App({ token: options.botToken, receiver, clientOptions, logger: boltLogger(log), logLevel: LogLevel.ERROR, convoStore: false, deferInitialization: true });
  const inFlight = new InFlight();
  // Every request is counted, so a stop finishes the answers in flight; once stopping, commands are
  // told to ask again and other requests are acknowledged without work.
  app.use(async ({ next, body, ack }) => {
    if (!inFlight.accepting) {
      if (ack !== undefined) await ack((body as { command?: string }).command === undefined ? undefined : { response_type: 'ephemeral', text: SHUTTING_DOWN } as never).catch(() => undefined);
      return;
    }
    await inFlight.run(next);
  });
  let ready = false;
  let botUserId: string | undefined;

  // The admin command is registered only where moderation is configured, as the manifest declares it.
  if (options.admin !== undefined) registerSlackAdmin(app, pipeline, log);

  app.command('/demining', async ({ command, ack, respond }) => {
    try {
      const outcome = await pipeline.handle({
        ...slackRequester({ id: command.user_id, name: command.user_name }, command.channel_id, command.team_id),
        root: 'demining',
        input: { line: command.text },
        mustAnswer: true,
      });
      if (outcome.kind === 'reply') await ack(renderSlack(outcome.reply));
      else if (outcome.kind === 'notice') await ack({ response_type: 'ephemeral', text: outcome.text });
      else await ack();
    } catch (e) {
      log.error({ err: e, user: command.user_id, channel: command.channel_id }, 'error while answering a slash command');
      // Ack may already have failed halfway; the response_url still reaches the user.
      await ack({ response_type: 'ephemeral', text: messages.apology }).catch(() => respond({ response_type: 'ephemeral', text: messages.apology }));
    }
  });

  app.action(new RegExp(`^${RUN_ACTION}_\\d+$`, 'u'), async ({ ack, action, body, respond }) => {
    await ack();
    try {
      const value = 'value' in action && typeof action.value === 'string' ? action.value : '';
      const outcome = await pipeline.handle({
        ...slackRequester({ id: body.user.id }, body.channel?.id),
        root: 'demining',
        input: { line: value },
        mustAnswer: true,
      });
      if (outcome.kind === 'reply') await respond({ ...renderSlack(outcome.reply), replace_original: false });
      else if (outcome.kind === 'notice') await respond({ response_type: 'ephemeral', replace_original: false, text: outcome.text });
    } catch (e) {
      log.error({ err: e, user: body.user.id }, 'error while answering a button');
      await respond({ response_type: 'ephemeral', replace_original: false, text: messages.apology }).catch(() => undefined);
    }
  });

  // 👍 / 👎 under an answer, and the reasons offered after 👎: answered privately, the answer left as it was.
  app.action(new RegExp(`^${FEEDBACK_ACTION}_(?:up|down|why_[a-z-]+)$`, 'u'), async ({ ack, action, body, respond }) => {
    await ack();
    try {
      const feedback = parseFeedbackAction('action_id' in action ? action.action_id : '', 'value' in action && typeof action.value === 'string' ? action.value : '');
      if (feedback === undefined) return;
      const outcome = await pipeline.handle({
        ...slackRequester({ id: body.user.id }, body.channel?.id),
        root: 'demining',
        input: { feedback },
        mustAnswer: true,
      });
      if (outcome.kind === 'feedback') await respond({ response_type: 'ephemeral', replace_original: false, ...feedbackMessage(outcome) });
      else if (outcome.kind === 'notice') await respond({ response_type: 'ephemeral', replace_original: false, text: outcome.text });
    } catch (e) {
      log.error({ err: e, user: body.user.id }, 'error while recording feedback');
      await respond({ response_type: 'ephemeral', replace_original: false, text: messages.apology }).catch(() => undefined);
    }
  });

  /**
   * Answers a mention, a DM or a plain channel message (`via`) with say(); in a channel, in the
   * message's thread. A reply the channel wants private goes to the asker alone (chat.postEphemeral).
   */
  const answerMessage = async (
    event: { user?: string; text?: string; ts: string; thread_ts?: string; bot_id?: string; channel: string },
    body: { event_id?: string; team_id?: string },
    say: (m: Record<string, unknown>) => Promise<unknown>,
    inThread: boolean,
    via?: 'mention' | 'plain',
  ): Promise<void> => {
    const eventId = body.event_id;
    if (event.bot_id !== undefined || event.user === undefined || event.user === botUserId) return;
    const thread = inThread ? { thread_ts: event.thread_ts ?? event.ts } : {};
    try {
      const text = (event.text ?? '').replace(/<@[UW][A-Z0-9]+(?:\|[^>]*)?>/gu, ' ').trim();
      const outcome = await pipeline.handle({
        ...slackRequester({ id: event.user }, event.channel, body.team_id),
        ...(via === undefined ? {} : { via }),
        root: 'demining',
        input: { line: text, message: true },
        ...(eventId === undefined ? {} : { deliveryId: eventId }),
        mustAnswer: false,
      });
      // A message cannot be ephemeral: it is posted where it was asked.
      if (outcome.kind === 'notice') await say({ text: outcome.text, ...thread });
      if (outcome.kind !== 'reply') return;
      const m = renderSlack(outcome.reply);
      if (outcome.toAskerOnly === true) await app.client.chat.postEphemeral({ channel: event.channel, user: event.user, text: m.text, blocks: m.blocks as never, ...thread });
      else await say({ text: m.text, blocks: m.blocks, ...thread });
    } catch (e) {
      log.error({ err: e, channel: event.channel, ts: event.ts }, 'error while answering a message');
      await say({ text: messages.apology, ...thread }).catch(() => undefined);
    }
  };

  app.event('app_mention', async ({ event, body, say }) => {
    await answerMessage(event, body as { event_id?: string; team_id?: string }, (m) => say(m as never), true, 'mention');
  });

  app.message(async ({ message, body, say }) => {
    // Plain ones only: no edits, joins or bot posts. A channel message that mentions the bot is
    // answered as its app_mention; one that does not is for the channel's settings to decide (Slack
    // sends them only with the message.channels event and the channels:history scope).
    if (message.subtype !== undefined) return;
    const inDm = message.channel_type === 'im';
    if (!inDm && (botUserId === undefined || ('text' in message && typeof message.text === 'string' && message.text.includes(`<@${botUserId}`)))) return;
    await answerMessage(message as never, body as { event_id?: string; team_id?: string }, (m) => say(m as never), !inDm, inDm ? undefined : 'plain');
  });

  app.error(async (e) => {
    log.error({ err: e }, 'slack app error');
  });

  let started = false;
  let socketRetryNotBefore = 0;
  /**
   * Opens the Socket Mode connection or fails: the socket client retries an unreachable WebSocket
   * address inside its start() for ever, which would hang the bot's start-up. On failure it is
   * stopped, and the supervisor retries with its backoff.
   */
  const connectSocket = async (): Promise<void> => {
    const client = (receiver as SocketModeReceiver).client;
    const wait = socketRetryNotBefore - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    let onClose = (): void => {};
    let timer: NodeJS.Timeout | undefined;
    const failed = new Promise<never>((_, reject) => {
      onClose = () => reject(new Error(SOCKET_UNREACHABLE));
      timer = setTimeout(() => reject(new Error(`${SOCKET_UNREACHABLE} within ${SOCKET_TIMEOUT_MS / 1000} s`)), SOCKET_TIMEOUT_MS);
    });
    client.on('close', onClose);
    try {
      await Promise.race([app.start(), failed]);
    } catch (e) {
      socketRetryNotBefore = Date.now() + SOCKET_CLIENT_RETRY_MS;
      await app.stop().catch(() => undefined);
      throw startFailure(e, 'SLACK_APP_TOKEN');
    } finally {
      client.off('close', onClose);
      clearTimeout(timer);
    }
  };

  let url: string | undefined;
  return {
    name: 'slack',
    app,
    mode,
    isReady: () => ready,
    status: (connected, lastError) => (!connected
      ? `Slack: could not start (${lastError ?? ''}); retrying with backoff.`
      : mode === 'socket' ? 'Slack: connected in Socket Mode.' : `Slack: serving Slack's requests at ${String(url)} (HTTP mode).`),
    start: async () => {
      let auth: Awaited<ReturnType<typeof app.client.auth.test>>;
      try {
        auth = await app.client.auth.test({ token: options.botToken });
        await app.init();
      } catch (e) {
        throw startFailure(e, 'SLACK_BOT_TOKEN');
      }
      botUserId = typeof auth.user_id === 'string' ? auth.user_id : undefined;
      url = undefined;
      if (mode === 'http') {
        const port = options.port ?? 3000;
        let server: Server;
        try {
          server = (await app.start({ port, host: options.host ?? '0.0.0.0' })) as Server;
        } catch (e) {
          throw listenProblem('SLACK_PORT', port, e, false) ?? e;
        }
        const address = server.address() as AddressInfo;
        url = `http://${options.host ?? '127.0.0.1'}:${address.port}/slack/events`;
      } else {
        await connectSocket();
      }
      started = true;
      ready = true;
      log.info({ mode, url }, 'connected');
      return url;
    },
    stop: async () => {
      await inFlight.drain(5000);
      ready = false;
      if (!started) return;
      started = false;
      await app.stop();
    },
  };
}

