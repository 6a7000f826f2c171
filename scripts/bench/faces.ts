/**
 * Platform figures for `npm run bench`: interactions driven through the real discord.js client and
 * the adapter against the local fake Discord on 127.0.0.1, timed from dispatch to the first response.
 */
import { createDiscordAdapter } from '../../src/adapters/discord/discord-adapter.js';
import type { Engine } from '../../src/core/engine.js';
import { silentLogger } from '../../src/logger.js';
import { createSlackAdapter } from '../../src/adapters/slack/slack-adapter.js';
import { startDiscordFake, type Payload } from '../../test/fakes/discord/index.js';
import { createFakeSlack } from '../../test/fakes/slack/index.js';
import { fmt, latency, loadNow, msBetween, type Latency } from './stats.js';

export interface FaceResult {
  face: string;
  requests: number;
  concurrency: number;
  answered: number;
  withinDeadline: number;
  errors: number;
  firstResponse: Latency;
  wallMs: number;
  /** Load average (1 min) when the run ended. */
  load: number;
}

const DEADLINE_MS = 3000;

/**
 * Runs `total` requests, `concurrency` at a time; `send(i)` resolves true for a good answer. Each is
 * timed from the call to the answer; an error is a bad answer, a throw, or a timeout.
 */
async function drive(total: number, concurrency: number, send: (i: number) => Promise<boolean>):
  Promise<Pick<FaceResult, 'answered' | 'withinDeadline' | 'errors' | 'firstResponse' | 'wallMs'>> {
  const times: number[] = [];
  let errors = 0;
  let within = 0;
  let next = 0;
  const t0 = process.hrtime.bigint();
  const worker = async () => {
    while (next < total) {
      const i = next++;
      const start = process.hrtime.bigint();
      try {
        const good = await send(i);
        const ms = msBetween(start, process.hrtime.bigint());
        times.push(ms);
        if (!good) errors++;
        else if (ms <= DEADLINE_MS) within++;
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { answered: times.length, withinDeadline: within, errors, firstResponse: latency(times), wallMs: msBetween(t0, process.hrtime.bigint()) };
}

/** Dispatches `total` slash commands, `concurrency` in flight at a time, and times each first response. */
export async function benchDiscord(engine: Engine, total = 1000, concurrency = 50): Promise<FaceResult> {
  const fake = await startDiscordFake({ heartbeatIntervalMs: 1000 });
  const adapter = createDiscordAdapter({
    token: 'bench-token',
    apiUrl: fake.apiUrl,
    engine: () => engine,
    logger: silentLogger,
    // Flood control is per user; each synthetic user sends a handful, well inside the limit.
    rateLimit: { burst: 100, perSecond: 100 },
  });
  await adapter.start();
  const subcommands: Array<[string, Array<{ name: string; value: string }>]> = [
    ['remaining', []],
    ['ask', [{ name: 'question', value: 'how many mines did jmas destroy?' }]],
    ['ask', [{ name: 'question', value: 'how much lnad is still mined in hectares' }]],
    ['fact', [{ name: 'topic', value: 'cambodia-area-cleared' }]],
    ['jmas', []],
  ];
  const run = await drive(total, concurrency, async (i) => {
    const [subcommand, options] = subcommands[i % subcommands.length]!;
    const user = { id: String(1700000000000000000n + BigInt(i % 200)), username: `bench${i % 200}` };
    const interaction: Payload = fake.slashCommand({ name: 'demining', subcommand, options, user });
    fake.dispatch('INTERACTION_CREATE', interaction);
    const cb = await fake.waitForCallback(interaction, DEADLINE_MS * 2);
    return cb.status < 300;
  });
  await adapter.stop();
  await fake.close();
  return { face: 'Discord (fake gateway + REST)', requests: total, concurrency, ...run, load: loadNow() };
}

/** Sends `total` signed slash commands over HTTP, `concurrency` at a time, and times each answer. */
export async function benchSlack(engine: Engine, total = 2000, concurrency = 50): Promise<FaceResult> {
  const fake = await createFakeSlack();
  const secret = 'bench-signing-secret';
  const adapter = createSlackAdapter({
    botToken: 'xoxb-bench',
    signingSecret: secret,
    port: 0,
    host: '127.0.0.1',
    apiUrl: fake.apiUrl,
    engine: () => engine,
    logger: silentLogger,
    rateLimit: { burst: 100, perSecond: 100 },
  });
  const url = (await adapter.start())!;
  const texts = ['remaining', 'how many mines did jmas destroy?', 'how much lnad is still mined in hectares', 'fact cambodia-area-cleared', 'jmas'];
  const run = await drive(total, concurrency, async (i) => {
    const r = await fake.sendSlashCommand(url, secret, { text: texts[i % texts.length]!, user_id: `UBENCH${i % 200}` });
    return r.status === 200 && JSON.stringify(r.body).includes('blocks');
  });
  await adapter.stop();
  await fake.close();
  return { face: 'Slack (signed HTTP slash commands)', requests: total, concurrency, ...run, load: loadNow() };
}

export function faceReport(r: FaceResult): string {
  const f = r.firstResponse;
  return [
    `${r.face}: ${r.requests.toLocaleString('en-US')} slash commands, ${r.concurrency} in flight, in ${(r.wallMs / 1000).toFixed(1)} s ` +
      `(${Math.round(r.requests / (r.wallMs / 1000)).toLocaleString('en-US')}/s; the fake and the bot share one process on loopback; load average ${fmt(r.load, 2)})`,
    `  answered ${r.answered.toLocaleString('en-US')}, acknowledged within the 3 s deadline ${r.withinDeadline.toLocaleString('en-US')}, errors ${r.errors}`,
    `  time to the first response: p50 ${f.p50.toFixed(2)} ms, p99 ${f.p99.toFixed(2)} ms, max ${f.max.toFixed(2)} ms`,
  ].join('\n');
}
