/**
 * A local Discord for end-to-end tests: one HTTP server on 127.0.0.1 that serves REST under
 * `/api/v10` and the gateway WebSocket on upgrade, so the real discord.js Client can log in with
 * `rest: { api: fake.apiUrl }` and any token.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeGateway, type GatewayFrame } from './gateway.js';
import {
  DEFAULT_BOT,
  DEFAULT_GUILD,
  DEFAULT_USER,
  PayloadFactory,
  dmChannel,
  guildCreatePayload,
  readyPayload,
  snowflakes,
  type AutocompleteInput,
  type ButtonClickInput,
  type FakeGuild,
  type FakeUser,
  type MessageCreateInput,
  type ModalSubmitInput,
  type Payload,
  type SlashCommandInput,
} from './payloads.js';
import { findPings, type PingViolation } from './pings.js';
import { FakeRest, type RestAnswer } from './rest.js';

export interface DiscordFakeOptions {
  bot?: FakeUser;
  applicationId?: string;
  /** Guilds the bot is in; each gets a GUILD_CREATE after READY. Default: one guild, one channel. */
  guilds?: FakeGuild[];
  /** Sent in HELLO. Discord sends about 41 250; a small value makes discord.js beat at once. */
  heartbeatIntervalMs?: number;
  /** How long an interaction token takes its first response (Discord: 3 s). */
  interactionDeadlineMs?: number;
}

/** One REST call as the fake received and answered it. */
export interface RecordedRequest {
  method: string;
  /** Full path without the query, e.g. `/api/v10/channels/1/messages`. */
  path: string;
  /** Path after `/api/v10`, e.g. `/channels/1/messages`. */
  route: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** Parsed JSON, or `payload_json` of a multipart body; undefined when empty. */
  body: unknown;
  /** Names of files in a multipart body. */
  files: string[];
  status: number;
  response: unknown;
  /** Answered by `failNext`. */
  injected: boolean;
  /** No route matched: answered 404 `{ message: 'Unknown', code: 0 }`. */
  unhandled: boolean;
  at: number;
}

interface Fault {
  pattern: RegExp;
  status: number;
  body: unknown;
  headers: Record<string, string>;
  remaining: number;
}

/** A growing list that can be awaited for an item matching a predicate. */
class Watched<T> {
  items: T[] = [];
  readonly #waiters = new Set<(item: T) => void>();

  push(item: T): void {
    this.items.push(item);
    for (const waiter of [...this.#waiters]) waiter(item);
  }

  waitFor(predicate: (item: T) => boolean, timeoutMs: number, describe: () => string): Promise<T> {
    const found = this.items.find(predicate);
    if (found !== undefined) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const waiter = (item: T): void => {
        if (!predicate(item)) return;
        clearTimeout(timer);
        this.#waiters.delete(waiter);
        resolve(item);
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(waiter);
        reject(new Error(`fake Discord: nothing matched within ${timeoutMs} ms. Seen:\n${describe()}`));
      }, timeoutMs);
      this.#waiters.add(waiter);
    });
  }
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function parseBody(raw: Buffer, contentType: string | undefined): Promise<{ body: unknown; files: string[] }> {
  if (raw.length === 0) return { body: undefined, files: [] };
  if (contentType?.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    let body: unknown;
    const files: string[] = [];
    for (const [name, value] of form.entries()) {
      if (typeof value !== 'string') files.push(value.name);
      else if (name === 'payload_json') body = JSON.parse(value);
    }
    return { body, files };
  }
  const text = raw.toString('utf8');
  try {
    return { body: JSON.parse(text), files: [] };
  } catch {
    return { body: text, files: [] };
  }
}

function flatHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

/** Discord's 429: retry_after in seconds in the body and in the headers discord.js reads. */
function rateLimitFault(body: unknown): { body: unknown; headers: Record<string, string> } {
  const given = (typeof body === 'object' && body !== null ? body : {}) as Payload;
  const retryAfter = typeof given.retry_after === 'number' ? given.retry_after : 0.05;
  const full = { message: 'You are being rate limited.', retry_after: retryAfter, global: false, ...given };
  return {
    body: full,
    headers: {
      'retry-after': String(retryAfter),
      'x-ratelimit-limit': '1',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset-after': String(retryAfter),
      'x-ratelimit-bucket': 'fake-bucket',
      'x-ratelimit-scope': full.global === true ? 'global' : 'user',
      ...(full.global === true ? { 'x-ratelimit-global': 'true' } : {}),
    },
  };
}

const API_PREFIX = '/api/v10';

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export class DiscordFake {
  readonly #server: Server;
  readonly #gateway: FakeGateway;
  readonly #rest: FakeRest;
  readonly #factory: PayloadFactory;
  readonly #requests = new Watched<RecordedRequest>();
  readonly #frames = new Watched<GatewayFrame>();
  #faults: Fault[] = [];
  #port = 0;

  private constructor(options: DiscordFakeOptions) {
    const bot = options.bot ?? DEFAULT_BOT;
    const applicationId = options.applicationId ?? bot.id;
    const guilds = options.guilds ?? [DEFAULT_GUILD];
    const startedAt = new Date().toISOString();
    this.#factory = new PayloadFactory(snowflakes(), bot, applicationId, guilds, startedAt);
    this.#rest = new FakeRest(this.#factory, () => this.gatewayUrl, options.interactionDeadlineMs ?? 3000);
    this.#gateway = new FakeGateway(
      {
        heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
        ready: (sessionId) => readyPayload(bot, applicationId, guilds, sessionId, this.gatewayUrl),
        // GUILD_CREATE belongs to the GUILDS intent; without it discord.js stops waiting at once.
        afterReady: (intents) => ((intents & 1) === 0 ? [] : guilds.map((guild) => ['GUILD_CREATE', guildCreatePayload(guild, bot, startedAt)])),
        onFrame: (frame) => this.#frames.push(frame),
      },
      bot.id,
    );
    this.#server = createServer((request, response) => void this.#onRequest(request, response));
    this.#server.on('upgrade', (request: IncomingMessage, socket, head: Buffer) => {
      if (request.url?.startsWith('/api')) socket.destroy();
      else this.#gateway.handleUpgrade(request, socket, head);
    });
  }

  /** Starts a fake on 127.0.0.1 and a free port. */
  static async start(options: DiscordFakeOptions = {}): Promise<DiscordFake> {
    const fake = new DiscordFake(options);
    await new Promise<void>((resolve, reject) => {
      fake.#server.once('error', reject);
      fake.#server.listen(0, '127.0.0.1', () => resolve());
    });
    fake.#port = (fake.#server.address() as AddressInfo).port;
    return fake;
  }

  get url(): string {
    return `http://127.0.0.1:${this.#port}`;
  }

  /** For `new Client({ rest: { api: fake.apiUrl } })`; discord.js appends `/v10`. */
  get apiUrl(): string {
    return `${this.url}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.#port}`;
  }

  get bot(): FakeUser {
    return this.#factory.bot;
  }

  get applicationId(): string {
    return this.#factory.applicationId;
  }

  get guilds(): readonly FakeGuild[] {
    return this.#factory.guilds;
  }

  /** Every REST call since start or the last `reset()`, in order. */
  get requests(): readonly RecordedRequest[] {
    return this.#requests.items;
  }

  /** Calls no route matched: usually a sign the bot did something the tests did not expect. */
  get unhandledRequests(): readonly RecordedRequest[] {
    return this.#requests.items.filter((request) => request.unhandled);
  }

  /** Every gateway frame both ways since start or the last `reset()`. */
  get gatewayFrames(): readonly GatewayFrame[] {
    return this.#frames.items;
  }

  /** Intents the client sent in its last IDENTIFY; null before it identified. */
  get intents(): number | null {
    return this.#gateway.intents;
  }

  /** Commands registered with PUT, by scope: 'global' (default) or a guild id. */
  commands(scope?: string): Payload[] {
    return this.#rest.commands(scope);
  }

  /**
   * Sends a dispatch (op 0) with the next sequence number. MESSAGE_* events are filtered by the
   * client's intents as Discord does (null when not delivered; content blanked in guilds without
   * MESSAGE_CONTENT unless the bot is mentioned). Throws before the client identified.
   */
  dispatch(t: string, d: Payload): number | null {
    this.#rest.noteDispatch(t, d);
    return this.#gateway.dispatch(t, d);
  }

  /** INTERACTION_CREATE data for a chat-input command, optionally with a subcommand. */
  slashCommand(input: SlashCommandInput): Payload {
    return this.#factory.slashCommand(input);
  }

  /** INTERACTION_CREATE data for autocomplete (type 4); `focused` names the option being typed. */
  autocomplete(input: AutocompleteInput): Payload {
    return this.#factory.autocomplete(input);
  }

  /** INTERACTION_CREATE data for a button click (type 3) on a bot message. */
  buttonClick(input: ButtonClickInput): Payload {
    return this.#factory.buttonClick(input);
  }

  /** INTERACTION_CREATE data for a modal submission (type 5), one text input a row. */
  modalSubmit(input: ModalSubmitInput): Payload {
    return this.#factory.modalSubmit(input);
  }

  /**
   * MESSAGE_CREATE data. `guildId: null` makes a DM. Like Discord, no CHANNEL_CREATE precedes a
   * DM: the client needs `partials: [Partials.Channel]`, or call `openDm` first.
   */
  messageCreate(input: MessageCreateInput): Payload {
    return this.#factory.messageCreate(input);
  }

  /** Dispatches CHANNEL_CREATE for the user's DM channel (Discord no longer does) and returns its id. */
  openDm(user: FakeUser = DEFAULT_USER): string {
    const id = this.#factory.dmChannelId(user.id);
    this.dispatch('CHANNEL_CREATE', dmChannel(id, user));
    return id;
  }

  /** The DM channel id between the bot and a user. */
  dmChannelId(userId: string = DEFAULT_USER.id): string {
    return this.#factory.dmChannelId(userId);
  }

  /** Resolves with the first recorded request (past or future) that matches. */
  waitFor(predicate: (request: RecordedRequest) => boolean, timeoutMs = 1000): Promise<RecordedRequest> {
    return this.#requests.waitFor(predicate, timeoutMs, () => this.#describeRequests());
  }

  /** The callback (`POST /interactions/:id/:token/callback`) answering this interaction. */
  waitForCallback(interaction: Payload, timeoutMs = 1000): Promise<RecordedRequest> {
    const route = `/interactions/${String(interaction.id)}/${String(interaction.token)}/callback`;
    return this.waitFor((request) => request.route === route && request.status < 300, timeoutMs);
  }

  /** Resolves with the first gateway frame (past or future) that matches. */
  waitForGateway(predicate: (frame: GatewayFrame) => boolean, timeoutMs = 1000): Promise<GatewayFrame> {
    return this.#frames.waitFor(predicate, timeoutMs, () =>
      this.#frames.items.map((f) => `${f.direction} op ${f.op}${f.t ? ` ${f.t}` : ''}`).join('\n'),
    );
  }

  /**
   * Answers the next `times` requests whose route (path after `/api/v10`, no query) matches with
   * this status. A 429 gets `retry_after` (default 0.05 s) and the rate-limit headers discord.js
   * reads, so it waits and retries. discord.js retries a 5xx 3 times: use times 4 to make it fail.
   */
  failNext(pathRegex: RegExp, status: number, body?: unknown, times = 1): void {
    const fault =
      status === 429
        ? rateLimitFault(body)
        : { body: body ?? { message: status >= 500 ? 'Internal Server Error' : 'Fault injected', code: 0 }, headers: {} };
    this.#faults.push({ pattern: pathRegex, status, ...fault, remaining: times });
  }

  /**
   * Closes the client's gateway socket. The default code 4000 makes discord.js RESUME after about
   * 0.5 s; events dispatched meanwhile are replayed then. `invalidate` forgets the session so the
   * RESUME gets op 9 and discord.js IDENTIFYs again (its identify throttle may wait up to 6.5 s).
   */
  dropGateway(options: { code?: number; invalidate?: boolean } = {}): void {
    this.#gateway.drop(options.code, options.invalidate ?? false);
  }

  /** Bodies sent so far that could ping someone; see pings.ts for the rule. */
  pingViolations(): Array<PingViolation<RecordedRequest>> {
    return findPings(this.#requests.items);
  }

  /** Throws, listing them, if any body sent so far could ping someone. */
  assertNoPings(): void {
    const violations = this.pingViolations();
    if (violations.length === 0) return;
    const lines = violations.map((v) => `${v.request.method} ${v.request.route}: ${v.reason}`);
    throw new Error(`fake Discord: the bot sent bodies that can ping:\n${lines.join('\n')}`);
  }

  /** Forgets recorded requests, gateway frames and pending faults; sessions and state stay. */
  reset(): void {
    this.#requests.items = [];
    this.#frames.items = [];
    this.#faults = [];
  }

  /** Closes the gateway sockets and the server. Call after `await client.destroy()`. */
  async close(): Promise<void> {
    await this.#gateway.close();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.#server.close((error) => (error ? reject(error) : resolve())));
  }

  #describeRequests(): string {
    return this.#requests.items.map((r) => `${r.method} ${r.route} -> ${r.status}`).join('\n') || '(no requests)';
  }

  #takeFault(route: string): Fault | undefined {
    const fault = this.#faults.find((candidate) => candidate.remaining > 0 && candidate.pattern.test(route));
    if (fault) fault.remaining -= 1;
    this.#faults = this.#faults.filter((candidate) => candidate.remaining > 0);
    return fault;
  }

  async #onRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url);
    const method = request.method ?? 'GET';
    const { body, files } = await parseBody(await readBody(request), request.headers['content-type']);
    // discord.js encodes `@original` as `%40original`; tests match on the decoded path.
    const path = safeDecode(url.pathname);
    const versioned = path.startsWith(`${API_PREFIX}/`);
    const route = versioned ? path.slice(API_PREFIX.length) : path;
    const fault = versioned ? this.#takeFault(route) : undefined;
    const routed = fault || !versioned ? null : this.#rest.handle({ method, route, query: url.searchParams, body });
    const answer: RestAnswer = fault ?? routed ?? { status: 404, body: { message: 'Unknown', code: 0 } };
    this.#requests.push({
      method,
      path,
      route,
      query: Object.fromEntries(url.searchParams),
      headers: flatHeaders(request),
      body,
      files,
      status: answer.status,
      response: answer.body,
      injected: fault !== undefined,
      unhandled: fault === undefined && routed === null,
      at: Date.now(),
    });
    const headers: Record<string, string> = { ...answer.headers };
    if (answer.body !== undefined) headers['content-type'] = 'application/json';
    response.writeHead(answer.status, headers);
    response.end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
  }
}

/** Starts a fake Discord; see `DiscordFake`. */
export function startDiscordFake(options: DiscordFakeOptions = {}): Promise<DiscordFake> {
  return DiscordFake.start(options);
}
