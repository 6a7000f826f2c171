/**
 * Running it as a service: the real start command with both faces against the local fakes, the
 * health endpoint, a face that cannot be reached, configuration errors, secrets, a clean stop.
 */
import { execFile, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FaceSupervisor } from '../src/supervise.js';
import { silentLogger } from '../src/logger.js';
import { ConfigurationError } from '../src/startup-error.js';
import { startDiscordFake, type DiscordFake } from './fakes/discord/index.js';
import { createFakeSlack, type FakeSlack } from './fakes/slack/index.js';
import { freePort, MAIN, REPO, until } from './helpers.js';

const TSX = join(REPO, 'node_modules', '.bin', 'tsx');

interface Running {
  child: ChildProcess;
  out: () => string;
  err: () => string;
  exited: Promise<number | null>;
}

function start(env: Record<string, string>): Running {
  const child = execFile(TSX, [MAIN], { cwd: REPO, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env } });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  return { child, out: () => out, err: () => err, exited: new Promise((r) => child.on('close', r)) };
}

const getHealth = async (port: number) => {
  const r = await fetch(`http://127.0.0.1:${port}/health`);
  return { status: r.status, body: (await r.json()) as { status: string; faces: Record<string, { state: string; healthy?: boolean }>; factBase: { revision: number; facts: number } } };
};

describe('the bot as a service', () => {
  let discord: DiscordFake;
  let slack: FakeSlack;

  beforeAll(async () => {
    discord = await startDiscordFake({ heartbeatIntervalMs: 500 });
    slack = await createFakeSlack();
  });

  afterAll(async () => {
    await discord?.close();
    await slack?.close();
  });

  it('starts both faces, reports them healthy with the fact base revision, and stops cleanly on SIGTERM within 10 s', async () => {
    const port = await freePort();
    const bot = start({
      DISCORD_TOKEN: 'discord-secret-token-1', DISCORD_APPLICATION_ID: discord.applicationId, DISCORD_API_URL: discord.apiUrl,
      SLACK_BOT_TOKEN: 'xoxb-slack-secret-2', SLACK_APP_TOKEN: 'xapp-slack-secret-3', SLACK_API_URL: slack.apiUrl,
      HEALTH_PORT: String(port), LOG_LEVEL: 'debug',
    });
    await until(() => bot.out().includes('Health:'), 15_000, () => `no start lines: ${bot.out()} ${bot.err()}`);
    expect(bot.out()).toContain('Discord: connected');
    expect(bot.out()).toContain('Slack: connected in Socket Mode.');
    const h = await getHealth(port);
    expect(h.status).toBe(200);
    expect(h.body.status).toBe('ok');
    expect(h.body.faces.discord?.state).toBe('connected');
    expect(h.body.faces.slack?.state).toBe('connected');
    expect(h.body.factBase).toMatchObject({ revision: 1, facts: 14 });
    const { envelopeId } = slack.socketSlashCommand({ text: 'remaining' });
    expect(JSON.stringify((await slack.waitForAck(envelopeId, 5000)).payload)).toContain('more than 1,700 km²');
    const t0 = Date.now();
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(Date.now() - t0).toBeLessThan(10_000);
    await slack.waitUntil(() => slack.openSockets === 0, 3000, 'the socket to close');
    for (const secret of ['discord-secret-token-1', 'xoxb-slack-secret-2', 'xapp-slack-secret-3']) {
      expect(bot.out() + bot.err()).not.toContain(secret);
    }
    const logLines = bot.err().trim().split('\n').filter((l) => l.startsWith('{'));
    expect(logLines.length).toBeGreaterThan(0);
    for (const l of logLines) expect(JSON.parse(l)).toHaveProperty('level');
  });

  it('retries a face whose platform cannot be reached, shows it unhealthy, and keeps serving on the other', async () => {
    const closed = await freePort();
    const port = await freePort();
    const bot = start({
      DISCORD_TOKEN: 'discord-secret-token-1', DISCORD_APPLICATION_ID: '1', DISCORD_API_URL: `http://127.0.0.1:${closed}/api`,
      SLACK_BOT_TOKEN: 'xoxb-slack-secret-2', SLACK_APP_TOKEN: 'xapp-slack-secret-3', SLACK_API_URL: slack.apiUrl,
      HEALTH_PORT: String(port), LOG_LEVEL: 'warn',
    });
    try {
      await until(() => bot.out().includes('Health:'), 20_000, () => `no start lines: ${bot.out()} ${bot.err()}`);
      expect(bot.out()).toMatch(/Discord: could not connect \(.*\); retrying with backoff\./u);
      const h = await getHealth(port);
      expect(h.status).toBe(503);
      expect(h.body.status).toBe('degraded');
      expect(h.body.faces.discord?.state).toBe('retrying');
      expect(h.body.faces.slack?.state).toBe('connected');
      const { envelopeId } = slack.socketSlashCommand({ text: 'cleared' });
      expect(JSON.stringify((await slack.waitForAck(envelopeId, 5000)).payload)).toContain('more than 3,000 km²');
      expect(bot.err()).toContain('will retry');
      expect(bot.err()).not.toContain('discord-secret-token-1');
    } finally {
      bot.child.kill('SIGTERM');
      await bot.exited;
    }
  });

  it('exits non-zero at once on a configuration error, naming the variable and the fix', async () => {
    const bot = start({ SLACK_PORT: 'eighty', LOG_LEVEL: 'loud', DISCORD_TOKEN: 'discord-secret-token-1' });
    expect(await bot.exited).toBe(1);
    expect(bot.err()).toContain('SLACK_PORT must be a port number');
    expect(bot.err()).toContain('LOG_LEVEL must be one of');
    expect(bot.err()).toContain('.env.example');
    expect(bot.err()).not.toContain('discord-secret-token-1');
    expect(bot.err()).not.toMatch(/\n\s+at /u);
  });
});

describe('the face supervisor', () => {
  it('retries with growing delays until the face connects, unhealthy meanwhile', async () => {
    let attempts = 0;
    let ready = false;
    const s = new FaceSupervisor({
      name: 'test',
      start: async () => {
        attempts++;
        if (attempts < 3) throw new Error(`unreachable #${attempts}`);
        ready = true;
      },
      stop: async () => {},
      isReady: () => ready,
    }, silentLogger, { minDelayMs: 20, maxDelayMs: 1000 });
    expect(await s.start()).toBe(false);
    expect(s.status()).toMatchObject({ state: 'retrying', healthy: false, lastError: 'unreachable #1' });
    await until(() => s.status().state === 'connected', 2000, () => JSON.stringify(s.status()));
    expect(attempts).toBe(3);
    expect(s.status().healthy).toBe(true);
    ready = false;
    expect(s.status().state).toBe('reconnecting');
    await s.stop();
  });

  it('stops retrying at a configuration error found on a retry, and hands it on once', async () => {
    let attempts = 0;
    const fatal: string[] = [];
    const s = new FaceSupervisor({
      name: 'test',
      start: async () => {
        attempts++;
        if (attempts === 1) throw new Error('unreachable');
        throw new ConfigurationError('TEST_TOKEN', 'was refused.');
      },
      stop: async () => {},
      isReady: () => false,
    }, silentLogger, { minDelayMs: 20, maxDelayMs: 1000, onFatal: (e) => fatal.push(e.message) });
    expect(await s.start()).toBe(false);
    expect(fatal).toEqual([]);
    await until(() => fatal.length > 0, 2000, () => JSON.stringify(s.status()));
    expect(fatal).toEqual([expect.stringMatching(/^Configuration error: TEST_TOKEN was refused\./u)]);
    expect(s.status()).toMatchObject({ state: 'stopped', healthy: false, nextRetryAt: null });
    await new Promise((r) => setTimeout(r, 100));
    expect(attempts).toBe(2);
    await s.stop();
  });
});
