/**
 * The gateway half of the fake: one session at a time, HELLO -> IDENTIFY -> READY, heartbeat
 * ACKs, sequence numbers, RESUME with replay of missed events, and intent filtering of messages.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { GatewayCloseCodes, GatewayIntentBits, GatewayOpcodes } from 'discord.js';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Payload } from './payloads.js';

/** One frame on the gateway: `in` from the client, `out` from the fake. */
export interface GatewayFrame {
  direction: 'in' | 'out';
  op: number;
  t: string | null;
  s: number | null;
  d: unknown;
  at: number;
}

export interface GatewayHooks {
  heartbeatIntervalMs: number;
  /** READY's data for a new session. */
  ready(sessionId: string): Payload;
  /** Dispatches that follow READY, e.g. one GUILD_CREATE per guild. */
  afterReady(intents: number): Array<[string, Payload]>;
  onFrame(frame: GatewayFrame): void;
}

interface Dispatched {
  s: number;
  t: string;
  d: unknown;
}

const MESSAGE_EVENTS = new Set(['MESSAGE_CREATE', 'MESSAGE_UPDATE', 'MESSAGE_DELETE']);

/**
 * Whether Discord would send this dispatch to a client with these intents, and what it would
 * strip: without MESSAGE_CONTENT, a guild message that does not mention the bot arrives empty.
 */
export function filterByIntents(t: string, d: unknown, intents: number, botId: string): unknown {
  if (!MESSAGE_EVENTS.has(t) || typeof d !== 'object' || d === null) return d;
  const message = d as Payload;
  const inGuild = typeof message.guild_id === 'string';
  const needed = inGuild ? GatewayIntentBits.GuildMessages : GatewayIntentBits.DirectMessages;
  if ((intents & needed) === 0) return undefined;
  const mentions = Array.isArray(message.mentions) ? (message.mentions as Payload[]) : [];
  const author = message.author as Payload | undefined;
  const exempt = !inGuild || author?.id === botId || mentions.some((user) => user.id === botId);
  if ((intents & GatewayIntentBits.MessageContent) !== 0 || exempt) return d;
  return { ...message, content: '', embeds: [], attachments: [], components: [] };
}

export class FakeGateway {
  readonly #server = new WebSocketServer({ noServer: true });
  readonly #sockets = new Set<WebSocket>();
  #current: WebSocket | null = null;
  #sessionId: string | null = null;
  #sequence = 0;
  #log: Dispatched[] = [];
  /** Intents of the last IDENTIFY, or null before one. */
  intents: number | null = null;

  constructor(
    private readonly hooks: GatewayHooks,
    private readonly botId: string,
  ) {}

  get sessionId(): string | null {
    return this.#sessionId;
  }

  get connected(): boolean {
    return this.#current !== null;
  }

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.#server.handleUpgrade(request, socket, head, (ws) => this.#accept(ws));
  }

  #accept(ws: WebSocket): void {
    this.#sockets.add(ws);
    ws.on('close', () => {
      this.#sockets.delete(ws);
      if (this.#current === ws) this.#current = null;
    });
    ws.on('message', (raw: Buffer) => this.#receive(ws, raw));
    this.#send(ws, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.hooks.heartbeatIntervalMs } });
  }

  #send(ws: WebSocket, frame: { op: number; d: unknown; t?: string; s?: number }): void {
    this.hooks.onFrame({ direction: 'out', op: frame.op, t: frame.t ?? null, s: frame.s ?? null, d: frame.d, at: Date.now() });
    ws.send(JSON.stringify({ t: null, s: null, ...frame }));
  }

  #receive(ws: WebSocket, raw: Buffer): void {
    let frame: { op?: unknown; d?: unknown };
    try {
      frame = JSON.parse(raw.toString('utf8')) as { op?: unknown; d?: unknown };
    } catch {
      ws.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
      return;
    }
    const op = typeof frame.op === 'number' ? frame.op : -1;
    this.hooks.onFrame({ direction: 'in', op, t: null, s: null, d: frame.d ?? null, at: Date.now() });
    const d = (typeof frame.d === 'object' && frame.d !== null ? frame.d : {}) as Payload;
    switch (op) {
      case GatewayOpcodes.Heartbeat:
        this.#send(ws, { op: GatewayOpcodes.HeartbeatAck, d: null });
        return;
      case GatewayOpcodes.Identify:
        this.#identify(ws, typeof d.intents === 'number' ? d.intents : 0);
        return;
      case GatewayOpcodes.Resume:
        this.#resume(ws, d);
        return;
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
      case GatewayOpcodes.RequestGuildMembers:
        return;
      default:
        ws.close(GatewayCloseCodes.UnknownOpcode, 'Unknown opcode.');
    }
  }

  #identify(ws: WebSocket, intents: number): void {
    this.intents = intents;
    this.#sessionId = randomUUID().replaceAll('-', '');
    this.#sequence = 0;
    this.#log = [];
    this.#current = ws;
    this.#emit('READY', this.hooks.ready(this.#sessionId));
    for (const [t, d] of this.hooks.afterReady(intents)) this.#emit(t, d);
  }

  #resume(ws: WebSocket, d: Payload): void {
    if (this.#sessionId === null || d.session_id !== this.#sessionId) {
      this.#send(ws, { op: GatewayOpcodes.InvalidSession, d: false });
      return;
    }
    this.#current = ws;
    const seen = typeof d.seq === 'number' ? d.seq : 0;
    for (const event of this.#log) {
      if (event.s > seen) this.#send(ws, { op: GatewayOpcodes.Dispatch, t: event.t, s: event.s, d: event.d });
    }
    this.#emit('RESUMED', {});
  }

  #emit(t: string, d: unknown): number {
    const s = ++this.#sequence;
    const payload = JSON.parse(JSON.stringify(d)) as unknown;
    this.#log.push({ s, t, d: payload });
    if (this.#current) this.#send(this.#current, { op: GatewayOpcodes.Dispatch, t, s, d: payload });
    return s;
  }

  /**
   * Sends a dispatch with the next sequence number, or keeps it for the RESUME if the socket is
   * down. Returns the sequence, or null when the client's intents exclude the event.
   */
  dispatch(t: string, d: unknown): number | null {
    if (this.#sessionId === null || this.intents === null) {
      throw new Error(`fake Discord: cannot dispatch ${t} before the client has identified (wait for clientReady)`);
    }
    const filtered = filterByIntents(t, d, this.intents, this.botId);
    return filtered === undefined ? null : this.#emit(t, filtered);
  }

  /** Closes the client's socket. A 4000-range code other than 4004/4010-4014 makes discord.js resume. */
  drop(code: number = GatewayCloseCodes.UnknownError, invalidate = false): void {
    if (invalidate) this.#sessionId = null;
    this.#current?.close(code, 'fake Discord dropped the connection');
    this.#current = null;
  }

  async close(): Promise<void> {
    for (const ws of this.#sockets) ws.terminate();
    this.#sockets.clear();
    this.#current = null;
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
