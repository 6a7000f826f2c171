/**
 * A local fake of Slack for end-to-end tests of the real Bolt App: Web API, response_url,
 * signed HTTP requests to the app, and Socket Mode, all on one HTTP server on 127.0.0.1.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  sendEventCallback,
  sendInteraction,
  sendSlashCommand,
  type RetryOptions,
  type SlackHttpResult,
} from './http-sender.js';
import { FAKE_IDS, type FakeIds } from './ids.js';
import { findLiveMentions, type LiveMention } from './mentions.js';
import { eventCallback, slashCommandBody, slackTs, type SlashCommandBody } from './payloads.js';
import type { SignOptions } from './sign.js';
import { bearerToken, defaultAnswer, parseApiArgs, type ApiCall, type AnswerContext } from './web-api.js';

export type { ApiCall } from './web-api.js';

/** A POST the app made to a response_url handed out by {@link FakeSlack.responseUrl}. */
export interface ResponseUrlPost {
  id: string;
  body: unknown;
  at: number;
}

/** An acknowledgement the app sent over Socket Mode. */
export interface SocketAck {
  envelope_id: string;
  payload: Record<string, unknown> | undefined;
  at: number;
}

/** What the app answered to a request sent through the fake's senders (HTTP mode). */
export interface HttpReply {
  kind: 'slash_command' | 'event' | 'interaction';
  status: number;
  body: unknown;
  at: number;
}

/** A failure to inject into the next call of a method (or `'response_url'` for the next response_url POST). */
export interface Fault {
  /** HTTP status; default 200 (Slack reports most errors as 200 `{ ok: false }`). */
  status?: number;
  /** The `error` of the `{ ok: false }` body; default `ratelimited` for 429, else `internal_error`. */
  error?: string;
  /** Seconds, sent as the `retry-after` header. */
  retryAfter?: number;
}

export type SocketEnvelopeType = 'slash_commands' | 'events_api' | 'interactive';

export interface SocketEnvelope {
  envelope_id?: string;
  type: SocketEnvelopeType;
  payload: object;
  /** Default: true except for `events_api`, as Slack sends. */
  accepts_response_payload?: boolean;
  retry_attempt?: number;
  retry_reason?: string;
}

/** Overrides the answer to a Web API method. */
export type ApiHandler = (call: ApiCall) => Record<string, unknown>;

export interface SlashCommandResult extends SlackHttpResult {
  /** The id of the response_url put in the command; wait on it with `waitForResponse`. */
  responseId: string;
}

export interface FakeSlack {
  readonly ids: FakeIds;
  readonly port: number;
  /** `http://127.0.0.1:PORT/api/`: give it to Bolt as `clientOptions.slackApiUrl`. */
  readonly apiUrl: string;
  /** Every Web API call, oldest first (including `auth.test` and `apps.connections.open`). */
  readonly calls: readonly ApiCall[];
  readonly responses: readonly ResponseUrlPost[];
  readonly acks: readonly SocketAck[];
  readonly replies: readonly HttpReply[];
  /** Socket Mode connections open now. */
  readonly openSockets: number;
  /** Socket Mode connections accepted since start (or the last `reset`). */
  readonly connectionCount: number;

  /** A response_url served by the fake; a fresh id if none is given. */
  responseUrl(id?: string): string;
  callsTo(method: string): ApiCall[];
  handle(method: string, handler: ApiHandler): void;
  failNext(method: string, fault: Fault): void;

  /** Resolves with the first recorded call (past or future) that satisfies the predicate. */
  waitFor(predicate: (call: ApiCall) => boolean, timeoutMs?: number): Promise<ApiCall>;
  waitForResponse(id?: string, timeoutMs?: number): Promise<ResponseUrlPost>;
  waitForAck(envelopeId: string, timeoutMs?: number): Promise<SocketAck>;
  /** Resolves when the condition over the fake's state holds; re-checked on every change. */
  waitUntil(condition: () => boolean, timeoutMs?: number, label?: string): Promise<void>;

  sendSlashCommand(
    appUrl: string,
    signingSecret: string,
    fields?: Partial<SlashCommandBody>,
    options?: SignOptions,
  ): Promise<SlashCommandResult>;
  sendEvent(
    appUrl: string,
    signingSecret: string,
    event: object,
    options?: SignOptions & RetryOptions & { eventId?: string },
  ): Promise<SlackHttpResult>;
  sendInteraction(appUrl: string, signingSecret: string, payload: object, options?: SignOptions): Promise<SlackHttpResult>;

  /** Sends an envelope to the newest open Socket Mode connection; returns its envelope_id. */
  socketSend(envelope: SocketEnvelope): string;
  socketSlashCommand(fields?: Partial<SlashCommandBody>): { envelopeId: string; responseId: string };
  socketEvent(event: object, options?: { eventId?: string; retryAttempt?: number; retryReason?: string }): string;
  socketInteraction(payload: object): string;
  /** Cuts every Socket Mode connection abruptly, as a network failure would. */
  dropSocket(): void;
  /** Asks every connected client to reconnect, as Slack does before recycling a server. */
  sendDisconnect(reason?: 'warning' | 'refresh_requested' | 'link_disabled'): void;

  /** Live mentions in everything the app sent: Web API args, response_url posts, acks, HTTP replies. */
  liveMentions(): LiveMention[];
  /** Forgets recordings, faults and handlers; keeps connections open. */
  reset(): void;
  close(): Promise<void>;
}

export interface FakeSlackOptions {
  ids?: Partial<FakeIds>;
  /** Default timeout of the `waitFor…` methods. */
  waitTimeoutMs?: number;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function faultAnswer(fault: Fault): { status: number; body: Record<string, unknown>; headers: Record<string, string> } {
  const status = fault.status ?? 200;
  const headers: Record<string, string> = {};
  if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
  return { status, headers, body: { ok: false, error: fault.error ?? (status === 429 ? 'ratelimited' : 'internal_error') } };
}

export async function createFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const ids: FakeIds = { ...FAKE_IDS, ...options.ids };
  const defaultTimeout = options.waitTimeoutMs ?? 3000;
  const calls: ApiCall[] = [];
  const responses: ResponseUrlPost[] = [];
  const acks: SocketAck[] = [];
  const replies: HttpReply[] = [];
  const faults = new Map<string, Fault[]>();
  const handlers = new Map<string, ApiHandler>();
  const sockets = new Set<WebSocket>();
  const tickets = new Set<string>();
  const waiters = new Set<() => void>();
  let connectionCount = 0;
  let sequence = 0;
  let port = 0;

  const changed = (): void => {
    for (const check of [...waiters]) check();
  };

  function waitForValue<T>(probe: () => T | undefined, timeoutMs: number, label: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const finish = (): void => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      const check = (): void => {
        const value = probe();
        if (value === undefined) return;
        finish();
        resolve(value);
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`fake Slack: no ${label} within ${timeoutMs} ms`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });
  }

  function takeFault(key: string): Fault | undefined {
    const queue = faults.get(key);
    const fault = queue?.shift();
    if (queue?.length === 0) faults.delete(key);
    return fault;
  }

  const ctx: AnswerContext = {
    ids,
    nextTs: slackTs,
    nextId: (prefix) => {
      sequence += 1;
      return `${prefix}${String(sequence).padStart(4, '0')}`;
    },
    socketUrl: () => {
      const ticket = randomUUID();
      tickets.add(ticket);
      return `ws://127.0.0.1:${port}/socket?ticket=${ticket}&app_id=${ids.appId}`;
    },
  };

  async function onApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const contentType = req.headers['content-type'] ?? '';
    const args = parseApiArgs(await readBody(req), contentType, url.searchParams);
    const method = decodeURIComponent(url.pathname.slice('/api/'.length));
    const token = bearerToken(req.headers.authorization) ?? (typeof args.token === 'string' ? args.token : undefined);
    const call: ApiCall = { method, args, token, contentType, at: Date.now() };
    calls.push(call);
    changed();
    const fault = takeFault(method);
    if (fault) {
      const answer = faultAnswer(fault);
      sendJson(res, answer.status, answer.body, answer.headers);
      return;
    }
    sendJson(res, 200, (handlers.get(method) ?? ((c: ApiCall) => defaultAnswer(c, ctx)))(call));
  }

  async function onResponseUrl(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const raw = await readBody(req);
    let body: unknown = raw;
    try {
      body = JSON.parse(raw) as unknown;
    } catch {
      // Kept as text: the test will see what was sent.
    }
    responses.push({ id: decodeURIComponent(url.pathname.slice('/response/'.length)), body, at: Date.now() });
    changed();
    const fault = takeFault('response_url');
    if (fault) {
      const answer = faultAnswer(fault);
      sendJson(res, answer.status, answer.body, answer.headers);
      return;
    }
    sendJson(res, 200, { ok: true });
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = url.pathname.startsWith('/api/')
      ? onApi
      : url.pathname.startsWith('/response/') && req.method === 'POST'
        ? onResponseUrl
        : undefined;
    if (!route) {
      sendJson(res, 404, { ok: false, error: 'unknown_path' });
      return;
    }
    route(req, res, url).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: 'fake_error', detail: String(error) });
    });
  });

  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const ticket = url.searchParams.get('ticket') ?? '';
    // Slack: a socket URL is valid once, and only as returned by apps.connections.open.
    if (url.pathname !== '/socket' || !tickets.delete(ticket)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      connectionCount += 1;
      ws.on('message', (data, isBinary) => {
        if (isBinary) return;
        try {
          const message = JSON.parse(String(data)) as { envelope_id?: unknown; payload?: unknown };
          if (typeof message.envelope_id !== 'string') return;
          const payload =
            message.payload !== null && typeof message.payload === 'object'
              ? (message.payload as Record<string, unknown>)
              : undefined;
          acks.push({ envelope_id: message.envelope_id, payload, at: Date.now() });
          changed();
        } catch {
          // Not JSON: Slack ignores it too.
        }
      });
      ws.on('close', () => {
        sockets.delete(ws);
        changed();
      });
      ws.send(
        JSON.stringify({
          type: 'hello',
          num_connections: sockets.size,
          debug_info: { host: 'applink-fake-1', build_number: 1, approximate_connection_time: 18060 },
          connection_info: { app_id: ids.appId },
        }),
      );
      changed();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;

  const responseUrl = (id: string = randomUUID()): string => `${base}/response/${encodeURIComponent(id)}`;

  function record(kind: HttpReply['kind'], result: SlackHttpResult): void {
    replies.push({ kind, status: result.status, body: result.body, at: Date.now() });
    changed();
  }

  function socketSend(envelope: SocketEnvelope): string {
    const open = [...sockets].filter((ws) => ws.readyState === ws.OPEN);
    const target = open[open.length - 1];
    if (!target) throw new Error('fake Slack: no open Socket Mode connection');
    const envelopeId = envelope.envelope_id ?? randomUUID();
    target.send(
      JSON.stringify({
        envelope_id: envelopeId,
        type: envelope.type,
        payload: envelope.payload,
        accepts_response_payload: envelope.accepts_response_payload ?? envelope.type !== 'events_api',
        ...(envelope.type === 'events_api'
          ? { retry_attempt: envelope.retry_attempt ?? 0, retry_reason: envelope.retry_reason ?? '' }
          : {}),
      }),
    );
    return envelopeId;
  }

  return {
    ids,
    port,
    apiUrl: `${base}/api/`,
    calls,
    responses,
    acks,
    replies,
    get openSockets() {
      return sockets.size;
    },
    get connectionCount() {
      return connectionCount;
    },
    responseUrl,
    callsTo: (method) => calls.filter((call) => call.method === method),
    handle: (method, handler) => {
      handlers.set(method, handler);
    },
    failNext: (method, fault) => {
      faults.set(method, [...(faults.get(method) ?? []), fault]);
    },

    waitFor: (predicate, timeoutMs = defaultTimeout) =>
      waitForValue(() => calls.find(predicate), timeoutMs, 'matching Web API call'),
    waitForResponse: (id, timeoutMs = defaultTimeout) =>
      waitForValue(
        () => responses.find((post) => id === undefined || post.id === id),
        timeoutMs,
        `response_url post${id === undefined ? '' : ` to ${id}`}`,
      ),
    waitForAck: (envelopeId, timeoutMs = defaultTimeout) =>
      waitForValue(() => acks.find((ack) => ack.envelope_id === envelopeId), timeoutMs, `ack of ${envelopeId}`),
    waitUntil: (condition, timeoutMs = defaultTimeout, label = 'condition') =>
      waitForValue(() => (condition() ? true : undefined), timeoutMs, label).then(() => undefined),

    async sendSlashCommand(appUrl, signingSecret, fields = {}, signOptions = {}) {
      const responseId = randomUUID();
      const body = slashCommandBody({ response_url: responseUrl(responseId), ...fields }, ids);
      const result = await sendSlashCommand(appUrl, signingSecret, body, signOptions);
      record('slash_command', result);
      return { ...result, responseId };
    },
    async sendEvent(appUrl, signingSecret, event, sendOptions = {}) {
      const { eventId, ...rest } = sendOptions;
      const envelope = eventCallback(event, eventId === undefined ? {} : { eventId }, ids);
      const result = await sendEventCallback(appUrl, signingSecret, envelope, rest);
      record('event', result);
      return result;
    },
    async sendInteraction(appUrl, signingSecret, payload, signOptions = {}) {
      const result = await sendInteraction(appUrl, signingSecret, payload, signOptions);
      record('interaction', result);
      return result;
    },

    socketSend,
    socketSlashCommand(fields = {}) {
      const responseId = randomUUID();
      const payload = slashCommandBody({ response_url: responseUrl(responseId), ...fields }, ids);
      return { envelopeId: socketSend({ type: 'slash_commands', payload }), responseId };
    },
    socketEvent(event, eventOptions = {}) {
      const payload = eventCallback(event, eventOptions.eventId === undefined ? {} : { eventId: eventOptions.eventId }, ids);
      return socketSend({
        type: 'events_api',
        payload,
        ...(eventOptions.retryAttempt === undefined ? {} : { retry_attempt: eventOptions.retryAttempt }),
        ...(eventOptions.retryReason === undefined ? {} : { retry_reason: eventOptions.retryReason }),
      });
    },
    socketInteraction: (payload) => socketSend({ type: 'interactive', payload }),
    dropSocket() {
      for (const ws of sockets) ws.terminate();
    },
    sendDisconnect(reason = 'refresh_requested') {
      const message = JSON.stringify({ type: 'disconnect', reason, debug_info: { host: 'applink-fake-1' } });
      for (const ws of sockets) ws.send(message);
    },

    liveMentions: () => [
      ...calls.flatMap((call, i) => findLiveMentions(call.args, `calls[${i}](${call.method})`)),
      ...responses.flatMap((post, i) => findLiveMentions(post.body, `responses[${i}]`)),
      ...acks.flatMap((ack, i) => findLiveMentions(ack.payload, `acks[${i}]`)),
      ...replies.flatMap((reply, i) => findLiveMentions(reply.body, `replies[${i}](${reply.kind})`)),
    ],
    reset() {
      calls.length = 0;
      responses.length = 0;
      acks.length = 0;
      replies.length = 0;
      faults.clear();
      handlers.clear();
      connectionCount = sockets.size;
    },
    async close() {
      for (const ws of sockets) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
