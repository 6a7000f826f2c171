/**
 * The two faces under load for `scripts/load.ts`, each the real adapter in front of the local fake
 * of its platform on 127.0.0.1: signed HTTP slash commands to the Slack (Bolt) face, and
 * INTERACTION_CREATE through the fake gateway to the Discord (discord.js) face, timed to the
 * interaction callback. Nothing here ever addresses anything but 127.0.0.1.
 */
import { createDiscordAdapter } from '../../src/adapters/discord/discord-adapter.js';
import { createSlackAdapter } from '../../src/adapters/slack/slack-adapter.js';
import type { Engine } from '../../src/core/engine.js';
import type { Logger } from '../../src/logger.js';
import { startDiscordFake, type CommandOptionInput, type DiscordFake, type Payload } from '../../test/fakes/discord/index.js';
import { createFakeSlack, sendSlashCommand, slashCommandBody } from '../../test/fakes/slack/index.js';
import { TimeoutError, withTimeout, type Answer } from './pool.js';

export const LOOPBACK = '127.0.0.1';

/** Throws unless the URL points at 127.0.0.1: the load never leaves the machine. */
export function assertLoopback(url: string): string {
  const host = new URL(url).hostname;
  if (host !== LOOPBACK) throw new Error(`load: refusing to send anywhere but ${LOOPBACK} (got ${url})`);
  return url;
}

export interface RateLimit {
  burst: number;
  perSecond: number;
}

export interface FaceOptions {
  engine: Engine;
  logger: Logger;
  rateLimit: RateLimit;
  /** Synthetic users the requests rotate over. */
  users: number;
  /** What is asked, cycled: Slack command lines ("remaining", "fact x", or a question). */
  lines: readonly string[];
  timeoutMs: number;
}

export interface Face {
  /** Sends the next request and classifies its answer. */
  send(): Promise<Answer>;
  /** The fake's recordings dropped (the Discord fake records every REST call). */
  forget(): void;
  close(): Promise<void>;
}

/** The flood control's polite refusal (src/adapters/{slack,discord}: SLOW_DOWN, not exported). */
const SLOW_DOWN = /faster than I can answer/u;

export async function startSlackFace(o: FaceOptions): Promise<Face> {
  const fake = await createFakeSlack();
  const secret = 'load-signing-secret';
  const adapter = createSlackAdapter({
    botToken: 'xoxb-load',
    signingSecret: secret,
    port: 0,
    host: LOOPBACK,
    apiUrl: assertLoopback(fake.apiUrl),
    engine: () => o.engine,
    logger: o.logger,
    rateLimit: o.rateLimit,
  });
  const url = assertLoopback((await adapter.start()) ?? '');
  // The answer comes in the HTTP acknowledgement; the response_url (the fake's) is only for errors.
  const responseUrl = assertLoopback(fake.responseUrl('load'));
  let seq = 0;
  return {
    // Sent with the fake's signer directly, not fake.sendSlashCommand, which records every reply.
    send: async () => {
      const n = seq++;
      const u = n % o.users;
      const body = slashCommandBody({ text: o.lines[n % o.lines.length]!, user_id: `ULOAD${u}`, user_name: `load${u}`, response_url: responseUrl }, fake.ids);
      const r = await withTimeout(sendSlashCommand(url, secret, body), o.timeoutMs, 'slack slash command');
      if (r.status !== 200) return { outcome: 'error', detail: `HTTP ${r.status}: ${r.text.slice(0, 120)}` };
      const b = (typeof r.body === 'object' && r.body !== null ? r.body : {}) as { blocks?: unknown; text?: unknown };
      if (Array.isArray(b.blocks) && b.blocks.length > 0) return { outcome: 'ok' };
      if (typeof b.text === 'string' && SLOW_DOWN.test(b.text)) return { outcome: 'slowed', detail: 'flood control: slow down' };
      return { outcome: 'error', detail: `200 without blocks: ${r.text.slice(0, 120)}` };
    },
    forget: () => fake.reset(),
    close: async () => {
      await adapter.stop();
      await fake.close();
    },
  };
}

/** A Slack command line as a Discord subcommand with its option. */
function asInteraction(line: string): [string, CommandOptionInput[]] {
  const [head = '', ...rest] = line.split(/\s+/u);
  const arg = rest.join(' ');
  if (head === 'remaining' || head === 'jmas' || head === 'sources' || head === 'cleared') return [head, []];
  if (head === 'fact') return ['fact', [{ name: 'topic', value: arg }]];
  if (head === 'define') return ['define', [{ name: 'term', value: arg }]];
  if (head === 'search') return ['search', [{ name: 'words', value: arg }]];
  return ['ask', [{ name: 'question', value: line }]];
}

export async function startDiscordFace(o: FaceOptions): Promise<Face> {
  const fake: DiscordFake = await startDiscordFake({ heartbeatIntervalMs: 5000, interactionDeadlineMs: 3000 });
  const adapter = createDiscordAdapter({
    token: 'load-token',
    apiUrl: assertLoopback(fake.apiUrl),
    engine: () => o.engine,
    logger: o.logger,
    rateLimit: o.rateLimit,
    readyTimeoutMs: 10_000,
  });
  await adapter.start();
  const interactions = o.lines.map(asInteraction);
  let seq = 0;
  return {
    send: async () => {
      const n = seq++;
      const u = n % o.users;
      const [subcommand, options] = interactions[n % interactions.length]!;
      const user = { id: String(1_800_000_000_000_000_000n + BigInt(u)), username: `load${u}` };
      const interaction: Payload = fake.slashCommand({ name: 'demining', subcommand, options, user });
      const route = `/interactions/${String(interaction.id)}/${String(interaction.token)}/callback`;
      // Any status: a late callback gets 10062 from the fake and counts as an error at once.
      const answered = fake.waitFor((r) => r.route === route, o.timeoutMs);
      fake.dispatch('INTERACTION_CREATE', interaction);
      const cb = await answered.catch((e: unknown) => {
        throw new TimeoutError(`discord interaction: no callback within ${o.timeoutMs} ms (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
      });
      if (cb.status >= 300) return { outcome: 'error', detail: `callback answered ${cb.status}: ${JSON.stringify(cb.response).slice(0, 120)}` };
      const data = ((cb.body as { data?: unknown } | undefined)?.data ?? {}) as { embeds?: unknown; content?: unknown };
      if (Array.isArray(data.embeds) && data.embeds.length > 0) return { outcome: 'ok' };
      if (typeof data.content === 'string' && SLOW_DOWN.test(data.content)) return { outcome: 'slowed', detail: 'flood control: slow down' };
      return { outcome: 'error', detail: `callback without embeds: ${JSON.stringify(cb.body).slice(0, 120)}` };
    },
    forget: () => fake.reset(),
    close: async () => {
      await adapter.stop();
      await fake.close();
    },
  };
}
