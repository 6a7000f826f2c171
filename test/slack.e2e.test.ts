/**
 * The Slack face end to end: the real Bolt app, driven by the adapter, against the local fake Slack
 * (signed HTTP requests in; Web API calls and response_url posts out; a Socket Mode server).
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import { MANIFEST_PATH, manifestText, slackManifest } from '../src/adapters/slack/manifest.js';
import { createSlackAdapter, type SlackAdapter } from '../src/adapters/slack/slack-adapter.js';
import type { Engine } from '../src/core/engine.js';
import { createLogger } from '../src/logger.js';
import { appMentionEvent, blockActionsPayload, createFakeSlack, directMessageEvent, type FakeSlack } from './fakes/slack/index.js';
import { engineFor, REAL_KNOWLEDGE, REPO } from './helpers.js';

const SECRET = 'slack-signing-secret-xyz';
const BOT_TOKEN = 'xoxb-bot-token-123';

let engine: Engine;
let failNextRun = false;
const logLines: string[] = [];
const logger = createLogger({ level: 'debug', secrets: [SECRET, BOT_TOKEN, 'xapp-app-token-456'], write: (l) => logLines.push(l) });
const engineGetter = () => {
  if (failNextRun) {
    failNextRun = false;
    throw new Error('boom: the fact base exploded');
  }
  return engine;
};

/** Polls a condition that no fake is told about (a child's output). */
async function until(cond: () => boolean, timeoutMs: number, why: () => string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error(why());
    await new Promise((r) => setTimeout(r, 20));
  }
}

let users = 0;
/** A fresh user id for each request, so flood control never interferes between tests. */
const user = () => `U0TEST${String(++users).padStart(4, '0')}`;

interface Block {
  type: string;
  text?: { text: string };
  elements?: Array<{ text?: string | { text: string }; value?: string; action_id?: string }>;
}
interface SlackBody {
  text: string;
  blocks: Block[];
  response_type?: string;
}
const allText = (b: unknown) => JSON.stringify(b);

beforeAll(async () => {
  engine = await engineFor(REAL_KNOWLEDGE);
});

describe('Slack in HTTP mode', () => {
  let fake: FakeSlack;
  let slack: SlackAdapter;
  let url: string;

  beforeAll(async () => {
    fake = await createFakeSlack();
    slack = createSlackAdapter({
      botToken: BOT_TOKEN,
      signingSecret: SECRET,
      port: 0,
      host: '127.0.0.1',
      apiUrl: fake.apiUrl,
      engine: engineGetter,
      logger,
      rateLimit: { burst: 20, perSecond: 0.01 },
    });
    url = (await slack.start())!;
  });

  afterAll(async () => {
    await slack?.stop();
    await fake?.close();
  });

  beforeEach(() => fake.reset());

  const command = async (text: string, userId = user()) => {
    const r = await fake.sendSlashCommand(url, SECRET, { text, user_id: userId });
    expect(r.status).toBe(200);
    return r.body as SlackBody;
  };

  it('/demining remaining answers in the channel with the qualified figure, the quote and a context line with the linked source', async () => {
    const b = await command('remaining');
    expect(b.response_type).toBe('in_channel');
    expect(b.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'more than 1,700 km² still to clear' } });
    expect(allText(b.blocks)).toContain('will continue to work to clear more than 1,700 additional square kilometres');
    const context = b.blocks.find((x) => x.type === 'context');
    const contextText = (context?.elements?.[0]?.text ?? '') as string;
    expect(contextText).toContain('As of 11 July 2024');
    expect(contextText).toContain('<https://m.phnompenhpost.com/national/manet-urges-japanese-ngo-to-expand-mine-clearance-in-kingdom|Manet urges Japanese NGO to expand mine clearance in Kingdom>');
    expect(contextText).toContain('The Phnom Penh Post');
    expect(b.text).toContain('more than 1,700 km² still to clear (as of 11 July 2024)');
  });

  it.each([
    ['cleared', 'more than 3,000 km² cleared since 1992'],
    ['jmas', '20,000 anti-personnel mines destroyed through JMAS–CMAC collaboration'],
    ['fact jmas-cmac-area-cleared', 'more than 6,000 ha cleared through JMAS–CMAC collaboration'],
    ['ask how many mines did JMAS destroy?', '20,000 anti-personnel mines'],
    ['search schools', 'JMAS has assisted people in agriculture and education'],
    ['define uxo', 'UXO: unexploded ordnance'],
    ['sources', 'The Phnom Penh Post'],
    // Shown as "<question>": in mrkdwn the angle brackets are escaped.
    ['help', '/demining ask &lt;question&gt;'],
    ['cambodia-area-cleared', 'more than 3,000 km² cleared since 1992'],
    ['how much land is still mined?', 'more than 1,700 km² still to clear'],
  ])('/demining %s', async (text, expected) => {
    expect(allText(await command(text))).toContain(expected);
  });

  it('understands a question with typos', async () => {
    const b = await command('how much lnad is stil mined in cambodai?');
    expect(b.blocks[0]?.text?.text).toBe('more than 1,700 km² still to clear');
  });

  it('refuses a forged or a stale request with 401, and answers nothing', async () => {
    const forged = await fake.sendSlashCommand(url, SECRET, { text: 'remaining' }, { forge: true });
    const stale = await fake.sendSlashCommand(url, SECRET, { text: 'remaining' }, { stale: true });
    expect([forged.status, stale.status]).toEqual([401, 401]);
    expect(allText(forged.body) + allText(stale.body)).not.toContain('1,700');
  });

  it('a no-answer is ephemeral with suggestion buttons; pressing one answers through response_url', async () => {
    const b = await command('how many anti-tank mines did JMAS destroy?');
    expect(b.response_type).toBe('ephemeral');
    const actions = b.blocks.find((x) => x.type === 'actions');
    const button = actions?.elements?.[0];
    expect(button?.value).toBe('fact jmas-cmac-ap-mines-destroyed');
    const responseId = 'press-1';
    const click = blockActionsPayload({ actionId: button!.action_id!, value: button!.value!, responseUrl: fake.responseUrl(responseId), userId: user() });
    expect((await fake.sendInteraction(url, SECRET, click)).status).toBe(200);
    const posted = await fake.waitForResponse(responseId);
    expect(allText(posted.body)).toContain('20,000 anti-personnel mines destroyed through JMAS–CMAC collaboration');
    expect((posted.body as { replace_original: boolean }).replace_original).toBe(false);
  });

  it('answers an app_mention in its thread through chat.postMessage', async () => {
    const event = appMentionEvent({ text: 'how many mines did JMAS destroy?', user: user() });
    expect((await fake.sendEvent(url, SECRET, event)).status).toBe(200);
    const post = await fake.waitFor((c) => c.method === 'chat.postMessage');
    expect(post.args.thread_ts).toBe(event.ts);
    expect(post.args.channel).toBe(event.channel);
    expect(post.token).toBe(BOT_TOKEN);
    expect(allText(post.args.blocks)).toContain('20,000 anti-personnel mines');
    expect(String(post.args.text)).toContain('20,000 anti-personnel mines');
  });

  it('answers a direct message in the DM, and ignores its own and other bots\' messages', async () => {
    await fake.sendEvent(url, SECRET, { ...directMessageEvent({ text: 'remaining' }), user: fake.ids.botUserId });
    await fake.sendEvent(url, SECRET, { ...directMessageEvent({ text: 'remaining' }), bot_id: 'B0OTHER' });
    const dm = directMessageEvent({ text: 'how much land has been cleared since 1992?', user: user() });
    await fake.sendEvent(url, SECRET, dm);
    const post = await fake.waitFor((c) => c.method === 'chat.postMessage');
    expect(post.args.channel).toBe(dm.channel);
    expect(post.args.thread_ts).toBeUndefined();
    expect(allText(post.args.blocks)).toContain('more than 3,000 km² cleared since 1992');
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('answers a retried event once', async () => {
    const event = appMentionEvent({ text: 'remaining', user: user() });
    await fake.sendEvent(url, SECRET, event, { eventId: 'Ev0RETRY1' });
    await fake.waitFor((c) => c.method === 'chat.postMessage');
    await fake.sendEvent(url, SECRET, event, { eventId: 'Ev0RETRY1', retryNum: 1, retryReason: 'http_timeout' });
    await fake.sendEvent(url, SECRET, event, { eventId: 'Ev0RETRY1', retryNum: 2, retryReason: 'http_timeout' });
    // A later, different event is answered: by then the retries have been read and passed over.
    await fake.sendEvent(url, SECRET, appMentionEvent({ text: 'cleared', user: user() }), { eventId: 'Ev0OTHER1' });
    await fake.waitUntil(() => fake.callsTo('chat.postMessage').length === 2, 2000, 'the second answer');
    expect(fake.callsTo('chat.postMessage').map((c) => allText(c.args.blocks).includes('1,700'))).toEqual([true, false]);
  });

  it('escapes user text: <!channel> and forged mentions ping nobody', async () => {
    await command('fact <!channel> <@U0VICTIM> <!here>');
    const b = await command('search <!everyone>');
    expect(fake.liveMentions()).toEqual([]);
    expect(allText(b)).not.toMatch(/<!(channel|here|everyone)>/u);
    const event = appMentionEvent({ text: '<!channel> what is <@U0VICTIM> doing', user: user() });
    await fake.sendEvent(url, SECRET, event);
    const post = await fake.waitFor((c) => c.method === 'chat.postMessage');
    expect(allText(post.args).replaceAll(`<@${fake.ids.botUserId}>`, '')).not.toMatch(/<!channel>|<@U0VICTIM>/u);
  });

  it('a handler error gets an ephemeral apology, is logged with context, and the next request works', async () => {
    failNextRun = true;
    const b = await command('remaining');
    expect(b).toEqual({ response_type: 'ephemeral', text: 'Sorry, something went wrong while answering. It has been logged; please try again.' });
    expect(logLines.some((l) => l.includes('boom: the fact base exploded') && l.includes('"face":"slack"'))).toBe(true);
    for (const secret of [SECRET, BOT_TOKEN]) expect(logLines.join('\n')).not.toContain(secret);
    expect(allText(await command('remaining'))).toContain('more than 1,700 km²');
  });

  it('gives a flooding user a polite ephemeral slow-down', async () => {
    const flooder = user();
    const bodies = await Promise.all(Array.from({ length: 25 }, () => command('remaining', flooder)));
    expect(bodies.filter((b) => allText(b).includes('more than 1,700 km²'))).toHaveLength(20);
    const slow = bodies.filter((b) => b.text?.includes('please wait a few seconds'));
    expect(slow).toHaveLength(5);
    for (const s of slow) expect(s.response_type).toBe('ephemeral');
  });

  it('refuses over-long input clearly, and keeps replies within Block Kit limits', async () => {
    const long = await command(`ask ${'how much '.repeat(200)}`);
    expect(long.response_type).toBe('ephemeral');
    expect(allText(long)).toMatch(/too long|keep it under/);
    for (const text of ['search jmas', 'help', 'sources', 'jmas', 'how much was contaminated in total, cleared plus remaining']) {
      const b = await command(text);
      expect(b.blocks.length).toBeLessThanOrEqual(50);
      for (const block of b.blocks) {
        if (block.type === 'section') expect(block.text!.text.length).toBeLessThanOrEqual(3000);
        if (block.type === 'header') expect(block.text!.text.length).toBeLessThanOrEqual(150);
      }
      expect(b.text.length).toBeGreaterThan(0);
    }
  });
});

describe('Slack in Socket Mode', () => {
  let fake: FakeSlack;
  let slack: SlackAdapter;

  beforeAll(async () => {
    fake = await createFakeSlack();
    slack = createSlackAdapter({ botToken: BOT_TOKEN, appToken: 'xapp-app-token-456', apiUrl: fake.apiUrl, engine: engineGetter, logger });
    await slack.start();
  });

  afterAll(async () => {
    await fake?.close();
  });

  it('says hello, acks a slash command envelope with the answer, and stops cleanly', async () => {
    expect(fake.callsTo('apps.connections.open').map((c) => c.token)).toEqual(['xapp-app-token-456']);
    expect(fake.openSockets).toBe(1);
    const { envelopeId } = fake.socketSlashCommand({ text: 'remaining', user_id: user() });
    const ack = await fake.waitForAck(envelopeId);
    expect(allText(ack.payload)).toContain('more than 1,700 km² still to clear');
    expect((ack.payload as unknown as SlackBody).response_type).toBe('in_channel');
    await slack.stop();
    // Bolt's stop() returns before the socket has closed: wait for it, then nothing is left open.
    await fake.waitUntil(() => fake.openSockets === 0, 3000, 'the socket to close');
    expect(slack.isReady()).toBe(false);
  });
});

describe('npm start with Slack credentials', () => {
  it('brings up the Slack face in Socket Mode, says so, and stops cleanly on SIGTERM', async () => {
    const fake = await createFakeSlack();
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: 'xapp-app-token-456', SLACK_API_URL: fake.apiUrl, LOG_LEVEL: 'warn' };
    const child = execFile(join(REPO, 'node_modules', '.bin', 'tsx'), [join(REPO, 'src', 'main.ts')], { cwd: REPO, env });
    let stdout = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    await fake.waitUntil(() => fake.openSockets === 1, 10_000, 'the bot to open its socket');
    await until(() => stdout.includes('Slack: connected in Socket Mode.'), 10_000, () => `no start line; stdout: ${stdout}`);
    expect(stdout).toContain('Discord: not started (no DISCORD_TOKEN or DISCORD_APPLICATION_ID set)');
    const { envelopeId } = fake.socketSlashCommand({ text: 'remaining', user_id: user() });
    expect(allText((await fake.waitForAck(envelopeId, 5000)).payload)).toContain('more than 1,700 km²');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    await fake.close();
  });
});

describe('the app manifest', () => {
  it('in the repo is the one generated from commands/ and the fact base (run npm run slack:manifest after a change)', async () => {
    expect(await readFile(join(REPO, MANIFEST_PATH), 'utf8')).toBe(manifestText(commands, engine.kb.about));
  });

  it('declares the slash command, the scopes, the events, interactivity and Socket Mode', () => {
    const m = slackManifest(commands, engine.kb.about) as {
      features: { slash_commands: Array<{ command: string; usage_hint: string }> };
      oauth_config: { scopes: { bot: string[] } };
      settings: { event_subscriptions: { bot_events: string[] }; interactivity: { is_enabled: boolean }; socket_mode_enabled: boolean };
    };
    expect(m.features.slash_commands[0]?.command).toBe('/demining');
    for (const c of commands) expect(m.features.slash_commands[0]?.usage_hint).toContain(c.name);
    expect(m.oauth_config.scopes.bot.sort()).toEqual(['app_mentions:read', 'chat:write', 'commands', 'im:history']);
    expect(m.settings.event_subscriptions.bot_events.sort()).toEqual(['app_mention', 'message.im']);
    expect(m.settings.interactivity.is_enabled).toBe(true);
    expect(m.settings.socket_mode_enabled).toBe(true);
  });
});
