/**
 * Issue 9, points 1 and 4: the real start command, run as a process against the local fakes,
 * provoked with the faults that used to crash it, print a token, hang or survive a SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createDiscordAdapter } from '../src/adapters/discord/discord-adapter.js';
import { silentLogger } from '../src/logger.js';
import { FactStore } from '../src/store/fact-store.js';
import { FaceSupervisor } from '../src/supervise.js';
import { startDiscordFake, type DiscordFake } from './fakes/discord/index.js';
import { createFakeSlack, type FakeSlack } from './fakes/slack/index.js';
import { engineFor, freePort, MAIN, REAL_KNOWLEDGE, REPO, until } from './helpers.js';

const SECRETS = {
  DISCORD_TOKEN: 'discord-SECRET-4f1e9c',
  SLACK_BOT_TOKEN: 'xoxb-SECRET-bot-77a0',
  SLACK_SIGNING_SECRET: 'SECRET-signing-5ab3',
  SLACK_APP_TOKEN: 'xapp-SECRET-app-91d2',
};
const UNREACHABLE_API = 'http://127.0.0.1:9/api/';

interface Running {
  child: ChildProcess;
  output: () => string;
  out: () => string;
  err: () => string;
  /** Resolves with the exit code, or 'still running' when the process outlives `ms`. */
  exit: (ms: number) => Promise<number | null | 'still running'>;
}

const running: Running[] = [];

/** `node --import tsx src/main.ts` (or `npm start`), with only the given environment. */
function startBot(env: Record<string, string>, options: { via?: 'node' | 'npm'; nodeOptions?: string[] } = {}): Running {
  const [command, args] = options.via === 'npm'
    ? ['npm', ['start']] as const
    : [process.execPath, [...(options.nodeOptions ?? []), '--import', 'tsx', MAIN]] as const;
  const child = spawn(command, args, {
    cwd: REPO,
    // Its own process group, so that a failed test leaves no bot behind (see afterEach).
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', npm_config_update_notifier: 'false', ...env },
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const closed = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
  const bot: Running = {
    child,
    out: () => out,
    err: () => err,
    output: () => out + err,
    exit: (ms) => Promise.race([closed, new Promise<'still running'>((r) => setTimeout(() => r('still running'), ms))]),
  };
  running.push(bot);
  return bot;
}

interface HealthBody {
  status: string;
  faces: Record<string, { state: string; attempts?: number; nextRetryAt?: string | null }>;
  factBase: { revision: number; facts: number; lastReloadError: string | null };
}

async function health(port: number, method = 'GET'): Promise<{ status: number; text: string; headers: Headers; body: HealthBody }> {
  const r = await fetch(`http://127.0.0.1:${port}/health`, { method });
  const text = await r.text();
  return { status: r.status, text, headers: r.headers, body: (text === '' ? {} : JSON.parse(text)) as HealthBody };
}

const refused = (port: number) => fetch(`http://127.0.0.1:${port}/health`).then(() => false, () => true);

function expectNoSecret(bot: Running): void {
  for (const secret of Object.values(SECRETS)) expect(bot.output()).not.toContain(secret);
  expect(bot.output()).not.toMatch(/Bearer\s+x/u);
}

/** A Discord command through the fake, answered by the bot in the other process. */
async function discordAnswers(fake: DiscordFake): Promise<string> {
  const interaction = fake.slashCommand({ name: 'demining', subcommand: 'remaining' });
  fake.dispatch('INTERACTION_CREATE', interaction);
  return JSON.stringify((await fake.waitForCallback(interaction, 5000)).body);
}

const fakes: Array<{ close(): Promise<void> }> = [];
const tempDirs: string[] = [];

afterEach(async () => {
  for (const bot of running.splice(0)) {
    try {
      process.kill(-(bot.child.pid ?? 0), 'SIGKILL');
    } catch {
      // The group is gone already: the bot stopped.
    }
    await bot.exit(5000);
  }
  for (const fake of fakes.splice(0)) await fake.close();
});

afterAll(async () => {
  for (const dir of tempDirs) await rm(dir, { recursive: true, force: true });
});

async function discordFake(): Promise<DiscordFake> {
  const fake = await startDiscordFake({ heartbeatIntervalMs: 500 });
  fakes.push(fake);
  return fake;
}

async function slackFake(): Promise<FakeSlack> {
  const fake = await createFakeSlack();
  fakes.push(fake);
  return fake;
}

const discordEnv = (fake: DiscordFake) => ({ DISCORD_TOKEN: SECRETS.DISCORD_TOKEN, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl });

async function dataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'demining-process-'));
  tempDirs.push(dir);
  return dir;
}

describe('Slack start-up never crashes the process and never prints a token', () => {
  it.each(['HTTP mode', 'Socket Mode'] as const)('%s with the Slack API unreachable: stays up, Discord answers, /health shows Slack retrying with backoff', async (mode) => {
    const discord = await discordFake();
    const port = await freePort();
    const bot = startBot({
      ...discordEnv(discord),
      SLACK_BOT_TOKEN: SECRETS.SLACK_BOT_TOKEN,
      ...(mode === 'HTTP mode' ? { SLACK_SIGNING_SECRET: SECRETS.SLACK_SIGNING_SECRET, SLACK_PORT: String(await freePort()) } : { SLACK_APP_TOKEN: SECRETS.SLACK_APP_TOKEN }),
      SLACK_API_URL: UNREACHABLE_API,
      HEALTH_PORT: String(port),
      DATA_DIR: await dataDir(),
      LOG_LEVEL: 'debug',
    });
    await until(() => bot.out().includes('Health:'), 20_000, () => `no start lines:\n${bot.output()}`);
    expect(bot.out()).toMatch(/Slack: could not start \(.*\); retrying with backoff\./u);
    expect(await discordAnswers(discord)).toContain('more than 1,700 km²');
    await until(async () => ((await health(port)).body.faces.slack?.attempts ?? 0) >= 2, 10_000, () => `Slack not retried:\n${bot.output()}`);
    const h = await health(port);
    expect(h.status).toBe(503);
    expect(h.body.faces.slack).toMatchObject({ state: 'retrying' });
    expect(h.body.faces.slack?.nextRetryAt).toEqual(expect.any(String));
    expect(h.body.faces.discord?.state).toBe('connected');
    bot.child.kill('SIGTERM');
    expect(await bot.exit(10_000)).toBe(0);
    expectNoSecret(bot);
  });

  it('Socket Mode with a WebSocket URL that cannot be reached: health, signals and Discord come up, Slack shows as retrying', async () => {
    const discord = await discordFake();
    const slack = await slackFake();
    slack.handle('apps.connections.open', () => ({ ok: true, url: 'ws://127.0.0.1:9/socket' }));
    const port = await freePort();
    const bot = startBot({
      ...discordEnv(discord),
      SLACK_BOT_TOKEN: SECRETS.SLACK_BOT_TOKEN, SLACK_APP_TOKEN: SECRETS.SLACK_APP_TOKEN, SLACK_API_URL: slack.apiUrl,
      HEALTH_PORT: String(port),
      DATA_DIR: await dataDir(),
    });
    await until(() => bot.out().includes('Health:'), 20_000, () => `start-up hangs:\n${bot.output()}`);
    await until(async () => (await health(port)).body.faces.slack?.state === 'retrying', 10_000, () => `Slack not retrying:\n${bot.output()}`);
    expect(await discordAnswers(discord)).toContain('more than 1,700 km²');
    bot.child.kill('SIGTERM');
    expect(await bot.exit(10_000)).toBe(0);
    expectNoSecret(bot);
  });

  it('auth.test answering invalid_auth: one line naming SLACK_BOT_TOKEN, exit 1, no stack, no secret', async () => {
    const slack = await slackFake();
    slack.handle('auth.test', () => ({ ok: false, error: 'invalid_auth' }));
    const bot = startBot({
      SLACK_BOT_TOKEN: SECRETS.SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET: SECRETS.SLACK_SIGNING_SECRET, SLACK_API_URL: slack.apiUrl,
      SLACK_PORT: String(await freePort()), DATA_DIR: await dataDir(), LOG_LEVEL: 'error',
    });
    expect(await bot.exit(15_000)).toBe(1);
    expect(bot.err().trim().split('\n')).toEqual([expect.stringMatching(/^Configuration error: SLACK_BOT_TOKEN .*invalid_auth/u)]);
    expectNoSecret(bot);
  });

  it('Discord answering 401 to the token: one line naming DISCORD_TOKEN, exit 1, no stack, no secret', async () => {
    const discord = await discordFake();
    discord.failNext(/^\/gateway\/bot$/u, 401, { message: '401: Unauthorized', code: 0 }, 10);
    const bot = startBot({ ...discordEnv(discord), DATA_DIR: await dataDir(), LOG_LEVEL: 'error' });
    expect(await bot.exit(15_000)).toBe(1);
    expect(bot.err().trim().split('\n')).toEqual([expect.stringMatching(/^Configuration error: DISCORD_TOKEN /u)]);
    expectNoSecret(bot);
  });

  it('an unhandled rejection and an uncaught exception are logged through the secret scrubber, never printed raw', async () => {
    const slack = await slackFake();
    const dir = await dataDir();
    // Loaded before main: SIGUSR2 rejects a promise nobody handles, SIGHUP throws; both carry secrets.
    const provoke = join(dir, 'provoke.mjs');
    await writeFile(provoke, [
      'process.on("SIGUSR2", () => { Promise.reject(new Error(`request failed: Authorization: Bearer ${process.env.SLACK_BOT_TOKEN}`)); });',
      'process.on("SIGHUP", () => { throw new Error(`boom ${process.env.SLACK_SIGNING_SECRET} ${process.env.DISCORD_TOKEN}`); });',
    ].join('\n'));
    const port = await freePort();
    const bot = startBot({
      SLACK_BOT_TOKEN: SECRETS.SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET: SECRETS.SLACK_SIGNING_SECRET, SLACK_API_URL: slack.apiUrl,
      SLACK_PORT: String(await freePort()), DISCORD_TOKEN: SECRETS.DISCORD_TOKEN,
      HEALTH_PORT: String(port), DATA_DIR: dir,
    }, { nodeOptions: ['--import', pathToFileURL(provoke).href] });
    await until(() => bot.out().includes('Health:'), 20_000, () => `no start lines:\n${bot.output()}`);
    bot.child.kill('SIGUSR2');
    await until(() => bot.err().includes('unhandled rejection'), 5000, () => `rejection not logged:\n${bot.output()}`);
    expect((await health(port)).status).toBe(200);
    bot.child.kill('SIGHUP');
    expect(await bot.exit(10_000)).toBe(1);
    expect(bot.err()).toContain('uncaught exception');
    expect(bot.err()).toContain('[secret]');
    expectNoSecret(bot);
  });

  it('a Discord login that fails leaves nothing behind that rejects later (the READY timeout)', async () => {
    const closed = await freePort();
    const engine = await engineFor(REAL_KNOWLEDGE);
    const adapter = createDiscordAdapter({ token: 't', apiUrl: `http://127.0.0.1:${closed}/api`, engine: () => engine, logger: silentLogger, readyTimeoutMs: 100 });
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      await expect(adapter.start()).rejects.toThrow();
      await new Promise((r) => setTimeout(r, 300));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
      await adapter.stop();
    }
  });

  it('a face whose first start failed answers once it connects (not "restarting")', async () => {
    const discord = await discordFake();
    const engine = await engineFor(REAL_KNOWLEDGE);
    const adapter = createDiscordAdapter({ token: 't', apiUrl: discord.apiUrl, engine: () => engine, logger: silentLogger });
    discord.failNext(/^\/gateway\/bot$/u, 500, undefined, 20);
    const supervisor = new FaceSupervisor({ name: 'discord', start: () => adapter.start(), stop: () => adapter.stop(), isReady: () => adapter.isReady() }, silentLogger, { minDelayMs: 50, maxDelayMs: 200 });
    try {
      expect(await supervisor.start()).toBe(false);
      discord.reset();
      await until(() => supervisor.status().state === 'connected', 10_000, () => JSON.stringify(supervisor.status()));
      expect(await discordAnswers(discord)).toContain('more than 1,700 km²');
    } finally {
      await supervisor.stop();
    }
  });
});

describe('stopping and configuration behave as the README says', () => {
  it('SIGTERM to the process `npm start` created stops the bot gracefully within 10 s', async () => {
    const discord = await discordFake();
    const port = await freePort();
    const bot = startBot({ ...discordEnv(discord), HEALTH_PORT: String(port), DATA_DIR: await dataDir() }, { via: 'npm' });
    await until(() => bot.out().includes('Health:'), 30_000, () => `no start lines:\n${bot.output()}`);
    expect((await health(port)).status).toBe(200);
    bot.child.kill('SIGTERM');
    // The pipes close when every process holding them has exited: npm, its shell and the bot.
    expect(await bot.exit(10_000)).not.toBe('still running');
    expect(bot.err()).toContain('"msg":"stopped"');
    expect(await refused(port)).toBe(true);
  });

  it('HEALTH_PORT already in use: a configuration error naming the variable, exit 1', async () => {
    const taken: Server = createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r));
    const port = (taken.address() as { port: number }).port;
    try {
      const discord = await discordFake();
      const bot = startBot({ ...discordEnv(discord), HEALTH_PORT: String(port), DATA_DIR: await dataDir(), LOG_LEVEL: 'error' });
      expect(await bot.exit(15_000)).toBe(1);
      expect(bot.err()).toMatch(/^Configuration error: HEALTH_PORT /mu);
      expect(bot.err()).toContain(String(port));
      expect(bot.err()).not.toMatch(/\n\s+at /u);
    } finally {
      await new Promise<void>((r) => taken.close(() => r()));
    }
  });

  it('a hand edit that breaks a file and is put back clears the reload error by itself; /health shows no path or file fragment; HEAD answers like GET', async () => {
    const discord = await discordFake();
    const knowledge = join(await dataDir(), 'knowledge');
    await cp(REAL_KNOWLEDGE, knowledge, { recursive: true });
    const factsPath = join(knowledge, 'facts.json');
    const good = await readFile(factsPath, 'utf8');
    const port = await freePort();
    const bot = startBot({ ...discordEnv(discord), KNOWLEDGE_DIR: knowledge, HEALTH_PORT: String(port), DATA_DIR: await dataDir(), LOG_LEVEL: 'warn' });
    await until(() => bot.out().includes('Health:'), 20_000, () => `no start lines:\n${bot.output()}`);
    const fragment = 'FRAGMENT-OF-THE-FILE';
    await writeFile(factsPath, `{ "revision": 1, "facts": [ ${fragment} `);
    await until(async () => (await health(port)).body.factBase.lastReloadError !== null, 10_000, () => `the broken edit was not seen:\n${bot.output()}`);
    const broken = await health(port);
    expect(broken.body.factBase.lastReloadError).toContain('facts.json');
    expect(broken.text).not.toContain(knowledge);
    expect(broken.text).not.toContain(tmpdir());
    expect(broken.text).not.toContain(fragment);
    const head = await health(port, 'HEAD');
    expect(head.status).toBe(broken.status);
    expect(head.text).toBe('');
    expect(head.headers.get('content-type')).toBe(broken.headers.get('content-type'));
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(broken.text)));
    await writeFile(factsPath, good);
    let last: HealthBody['factBase'] | undefined;
    await until(async () => (last = (await health(port)).body.factBase).lastReloadError === null, 10_000, () => `the error stayed after the file was put back: ${JSON.stringify(last)}`);
    expect(await discordAnswers(discord)).toContain('more than 1,700 km²');
  });

  it('the store clears its reload error by itself once the files on disk are good again', async () => {
    const knowledge = join(await dataDir(), 'knowledge');
    await cp(REAL_KNOWLEDGE, knowledge, { recursive: true });
    const factsPath = join(knowledge, 'facts.json');
    const good = await readFile(factsPath, 'utf8');
    const store = await FactStore.open({ knowledgeDir: knowledge, dataDir: await dataDir(), logger: silentLogger, watch: true });
    try {
      await writeFile(factsPath, '{ "facts": [');
      await until(() => store.status().lastReloadError !== null, 5000, () => 'the broken edit was not seen');
      await writeFile(factsPath, good);
      await until(() => store.status().lastReloadError === null, 5000, () => `still: ${store.status().lastReloadError ?? ''}`);
    } finally {
      await store.close();
    }
  });
});
