/**
 * Faults on the platforms' side: 429 and 500 answers, a dropped gateway or socket, a Socket Mode
 * address that cannot be reached. Each is retried or reported, never a crash, and the next request
 * is answered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordAdapter, type DiscordAdapter } from '../src/adapters/discord/discord-adapter.js';
import { createSlackAdapter, type SlackAdapter } from '../src/adapters/slack/slack-adapter.js';
import type { Engine } from '../src/core/engine.js';
import { createLogger } from '../src/logger.js';
import { FaceSupervisor } from '../src/supervise.js';
import { startDiscordFake, type DiscordFake } from './fakes/discord/index.js';
import { appMentionEvent, createFakeSlack, type FakeSlack } from './fakes/slack/index.js';
import { engineFor, REAL_KNOWLEDGE } from './helpers.js';

let engine: Engine;
const logs: string[] = [];
const logger = createLogger({ level: 'debug', secrets: [], write: (l) => logs.push(l) });

beforeAll(async () => {
  engine = await engineFor(REAL_KNOWLEDGE);
});

describe('Discord faults', () => {
  let fake: DiscordFake;
  let adapter: DiscordAdapter;
  let n = 0;
  const user = () => ({ id: String(1950000000000000000n + BigInt(++n)), username: `u${n}` });

  beforeAll(async () => {
    fake = await startDiscordFake({ heartbeatIntervalMs: 200 });
    adapter = createDiscordAdapter({ token: 't', apiUrl: fake.apiUrl, engine: () => engine, logger, rateLimit: { burst: 100, perSecond: 100 } });
    await adapter.start();
  });

  afterAll(async () => {
    await adapter?.stop();
    await fake?.close();
  });

  const remaining = () => {
    const i = fake.slashCommand({ name: 'demining', subcommand: 'remaining', user: user() });
    fake.dispatch('INTERACTION_CREATE', i);
    return i;
  };
  const callbacks = (i: Record<string, unknown>) => fake.requests.filter((r) => r.route.startsWith(`/interactions/${String(i.id)}/`));

  it('a 429 on the reply is waited out and retried; the answer arrives', async () => {
    fake.failNext(/^\/interactions\/[^/]+\/[^/]+\/callback$/u, 429, { retry_after: 0.05 });
    const i = remaining();
    await fake.waitFor((r) => r.route.startsWith(`/interactions/${String(i.id)}/`) && r.status === 204, 3000);
    expect(callbacks(i).map((r) => r.status)).toEqual([429, 204]);
  });

  it('a 500 that does not go away is logged, never a crash, and the next command is answered', async () => {
    fake.failNext(/^\/interactions\/[^/]+\/[^/]+\/callback$/u, 500, { message: 'Internal Server Error', code: 0 }, 8);
    const i = remaining();
    await fake.waitFor((r) => r.route.startsWith(`/interactions/${String(i.id)}/`) && r.status === 500, 3000);
    await new Promise((r) => setTimeout(r, 300));
    expect(logs.some((l) => l.includes('"level":"error"') && l.includes('error while answering an interaction'))).toBe(true);
    fake.reset();
    const next = remaining();
    expect(JSON.stringify((await fake.waitForCallback(next, 3000)).body)).toContain('more than 1,700 km²');
  });

  it('a dropped gateway reconnects by itself and answers again', async () => {
    const resumed = fake.waitForGateway((f) => f.t === 'RESUMED' || f.t === 'READY', 5000);
    fake.dropGateway();
    await resumed;
    const i = remaining();
    expect(JSON.stringify((await fake.waitForCallback(i, 3000)).body)).toContain('more than 1,700 km²');
    expect(adapter.isReady()).toBe(true);
  });
});

describe('Slack faults', () => {
  let fake: FakeSlack;
  let http: SlackAdapter;
  let socket: SlackAdapter;
  let url: string;
  const SECRET = 'fault-secret';

  beforeAll(async () => {
    fake = await createFakeSlack();
    http = createSlackAdapter({ botToken: 'xoxb-f', signingSecret: SECRET, port: 0, host: '127.0.0.1', apiUrl: fake.apiUrl, engine: () => engine, logger, rateLimit: { burst: 100, perSecond: 100 } });
    url = (await http.start())!;
    socket = createSlackAdapter({ botToken: 'xoxb-f', appToken: 'xapp-f', apiUrl: fake.apiUrl, engine: () => engine, logger, rateLimit: { burst: 100, perSecond: 100 } });
    await socket.start();
  });

  afterAll(async () => {
    await http?.stop();
    await socket?.stop();
    await fake.waitUntil(() => fake.openSockets === 0, 3000, 'sockets closed').catch(() => undefined);
    await fake?.close();
  });

  it('a 500 from chat.postMessage is retried, then reported in the log, never a crash; the next mention is answered', async () => {
    const errorsBefore = logs.filter((l) => l.includes('error while answering a message')).length;
    // Three failures outlast the two retries; the apology after them fails too (a fourth).
    for (let k = 0; k < 4; k++) fake.failNext('chat.postMessage', { status: 500 });
    await fake.sendEvent(url, SECRET, appMentionEvent({ text: 'remaining', user: 'U0F1' }));
    await new Promise((r) => setTimeout(r, 1500));
    expect(logs.filter((l) => l.includes('error while answering a message')).length).toBeGreaterThan(errorsBefore);
    const before = fake.callsTo('chat.postMessage').length;
    await fake.sendEvent(url, SECRET, appMentionEvent({ text: 'cleared', user: 'U0F3' }));
    await fake.waitUntil(() => fake.callsTo('chat.postMessage').length > before && JSON.stringify(fake.callsTo('chat.postMessage').at(-1)?.args).includes('3,000'), 3000, 'the next answer');
  });

  it('a 429 from chat.postMessage is waited out and retried; the answer arrives', async () => {
    const before = fake.callsTo('chat.postMessage').length;
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 0 });
    await fake.sendEvent(url, SECRET, appMentionEvent({ text: 'jmas', user: 'U0F2' }));
    await fake.waitUntil(() => fake.callsTo('chat.postMessage').length >= before + 2, 3000, 'the retried post');
    expect(JSON.stringify(fake.callsTo('chat.postMessage').at(-1)?.args)).toContain('20,000 anti-personnel mines');
  });

  it('a dropped socket reconnects by itself and answers again', async () => {
    const opened = fake.callsTo('apps.connections.open').length;
    fake.dropSocket();
    await fake.waitUntil(() => fake.callsTo('apps.connections.open').length > opened && fake.openSockets >= 1, 8000, 'the socket to reconnect');
    const { envelopeId } = fake.socketSlashCommand({ text: 'remaining' });
    expect(JSON.stringify((await fake.waitForAck(envelopeId, 5000)).payload)).toContain('more than 1,700 km²');
  });
});

describe('Slack Socket Mode started while the WebSocket cannot be reached', () => {
  it('retries, then connects with one socket and answers', async () => {
    const fake = await createFakeSlack();
    fake.handle('apps.connections.open', () => ({ ok: true, url: 'ws://127.0.0.1:9/socket' }));
    const socket = createSlackAdapter({ botToken: 'xoxb-f', appToken: 'xapp-f', apiUrl: fake.apiUrl, engine: () => engine, logger });
    const supervisor = new FaceSupervisor({ name: 'slack', start: () => socket.start(), stop: () => socket.stop(), isReady: () => socket.isReady() }, logger, { minDelayMs: 100, maxDelayMs: 400 });
    try {
      expect(await supervisor.start()).toBe(false);
      const failedAt = Date.now();
      expect(supervisor.status()).toMatchObject({ state: 'retrying', lastError: expect.stringContaining('Socket Mode connection could not be opened') });
      fake.reset();
      await until(() => supervisor.status().state === 'connected', 10_000, () => JSON.stringify(supervisor.status()));
      // @slack/socket-mode retries a failed connection by itself 5 s later: that retry must not open a second socket.
      await new Promise((r) => setTimeout(r, Math.max(0, failedAt + 6500 - Date.now())));
      expect({ open: fake.openSockets, opened: fake.connectionCount }).toEqual({ open: 1, opened: 1 });
      const { envelopeId } = fake.socketSlashCommand({ text: 'remaining' });
      expect(JSON.stringify((await fake.waitForAck(envelopeId, 5000)).payload)).toContain('more than 1,700 km²');
    } finally {
      await supervisor.stop();
      await fake.waitUntil(() => fake.openSockets === 0, 3000, 'sockets closed').catch(() => undefined);
      await fake.close();
    }
  });
});

async function until(cond: () => boolean, ms: number, why: () => string): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(why());
    await new Promise((r) => setTimeout(r, 25));
  }
}
