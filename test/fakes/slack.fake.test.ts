/**
 * Proves the Slack fake against the real Bolt App, in HTTP mode and in Socket Mode.
 */
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, LogLevel, SocketModeReceiver, type BlockAction, type ButtonAction } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appMentionEvent,
  blockActionsPayload,
  createFakeSlack,
  directMessageEvent,
  findLiveMentions,
  postSigned,
  viewSubmissionPayload,
  type FakeSlack,
} from './slack/index.js';

const SIGNING_SECRET = 'test-signing-secret';

// Slack: in mrkdwn only &, < and > need escaping; that neutralises mentions in echoed user text.
const escapeMrkdwn = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function clientOptionsFor(fake: FakeSlack): { slackApiUrl: string; retryConfig: { retries: number } } {
  // Without retries: 0 a failing call is retried for about 30 minutes.
  return { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } };
}

describe('findLiveMentions', () => {
  it('finds broadcasts and user mentions in text and nested blocks, not escaped ones', () => {
    const found = findLiveMentions({
      text: 'hi <!here|here> &lt;!channel&gt;',
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'ask <@U123ABC|bob>' } }],
      attachments: [{ fields: [{ value: '<!everyone> <!subteam^S1ABC>' }] }],
    });
    expect(found).toEqual([
      { mention: '<!here|here>', path: '$.text' },
      { mention: '<@U123ABC|bob>', path: '$.blocks[0].text.text' },
      { mention: '<!everyone>', path: '$.attachments[0].fields[0].value' },
      { mention: '<!subteam^S1ABC>', path: '$.attachments[0].fields[0].value' },
    ]);
    expect(findLiveMentions('<#C123> and &lt;@U1&gt;')).toEqual([]);
  });
});

describe('the Slack fake with a real Bolt App over HTTP', () => {
  let fake: FakeSlack;
  let app: App;
  let appUrl: string;

  beforeAll(async () => {
    fake = await createFakeSlack();
    // An explicit HTTPReceiver, because App does not pass unhandledRequestTimeoutMillis through.
    const receiver = new HTTPReceiver({
      signingSecret: SIGNING_SECRET,
      unhandledRequestTimeoutMillis: 300,
      logLevel: LogLevel.ERROR,
    });
    app = new App({ token: 'xoxb-test', receiver, clientOptions: clientOptionsFor(fake), logLevel: LogLevel.ERROR });
    app.command('/demining', async ({ ack, respond }) => {
      await ack();
      await respond({ text: 'hi', response_type: 'ephemeral' });
    });
    app.command('/never-acks', async () => {});
    app.event('app_mention', async ({ event, say }) => {
      await say({ text: `echo: ${escapeMrkdwn(event.text)}` });
    });
    app.message(async ({ message, context, say }) => {
      const text = 'text' in message ? message.text : '';
      await say(`dm ${escapeMrkdwn(text ?? '')} retry=${context.retryNum} reason=${context.retryReason}`);
    });
    app.action<BlockAction<ButtonAction>>('show_source', async ({ ack, action, respond }) => {
      await ack();
      await respond({ text: `source ${action.value}`, replace_original: false });
    });
    app.view('feedback', async ({ ack, view }) => {
      const note = view.state.values.note_block?.note_input?.value ?? '';
      await ack({ response_action: 'errors', errors: { note_block: `too short: ${note}` } });
    });
    const server = await app.start({ port: 0, host: '127.0.0.1' });
    appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  });

  afterAll(async () => {
    await app.stop();
    await fake.close();
  });

  it('answers a signed slash command and posts the reply to response_url', async () => {
    const result = await fake.sendSlashCommand(appUrl, SIGNING_SECRET, { text: 'remaining' });
    expect(result.status).toBe(200);
    const post = await fake.waitForResponse(result.responseId);
    expect(post.body).toEqual({ text: 'hi', response_type: 'ephemeral' });
    const authTest = await fake.waitFor((call) => call.method === 'auth.test');
    expect(authTest.token).toBe('xoxb-test');
  });

  it('answers 401 to a forged or stale signature and 400 to a form with a charset', async () => {
    const before = fake.responses.length;
    const forged = await fake.sendSlashCommand(appUrl, SIGNING_SECRET, { text: 'x' }, { forge: true });
    const stale = await fake.sendSlashCommand(appUrl, SIGNING_SECRET, { text: 'x' }, { stale: true });
    expect([forged.status, stale.status]).toEqual([401, 401]);
    const charset = await postSigned(
      appUrl,
      SIGNING_SECRET,
      'command=%2Fdemining&text=x',
      'application/x-www-form-urlencoded; charset=utf-8',
    );
    expect(charset.status).toBe(400);
    expect(fake.responses.length).toBe(before);
  });

  it('answers 404 when a listener does not ack in time', async () => {
    const result = await fake.sendSlashCommand(appUrl, SIGNING_SECRET, { command: '/never-acks' });
    expect(result.status).toBe(404);
  });

  it('replies to an app_mention with chat.postMessage, with no live mention', async () => {
    const result = await fake.sendEvent(appUrl, SIGNING_SECRET, appMentionEvent({ text: 'hello <!channel>' }));
    expect(result.status).toBe(200);
    const post = await fake.waitFor((call) => call.method === 'chat.postMessage' && call.args.channel === fake.ids.channelId);
    expect(post.token).toBe('xoxb-test');
    expect(post.args.text).toBe(`echo: &lt;@${fake.ids.botUserId}&gt; hello &lt;!channel&gt;`);
    expect(fake.liveMentions()).toEqual([]);
  });

  it('passes the retry headers of a redelivered direct message', async () => {
    const event = directMessageEvent({ text: 'again' });
    await fake.sendEvent(appUrl, SIGNING_SECRET, event, { retryNum: 1, retryReason: 'http_timeout' });
    const post = await fake.waitFor((call) => call.method === 'chat.postMessage' && call.args.channel === event.channel);
    expect(post.args.text).toBe('dm again retry=1 reason=http_timeout');
  });

  it('delivers a button click and a modal submission', async () => {
    const responseId = 'button-1';
    const click = blockActionsPayload({ actionId: 'show_source', value: 'cmac-2024', responseUrl: fake.responseUrl(responseId) });
    expect((await fake.sendInteraction(appUrl, SIGNING_SECRET, click)).status).toBe(200);
    expect((await fake.waitForResponse(responseId)).body).toEqual({ text: 'source cmac-2024', replace_original: false });

    const submission = viewSubmissionPayload({
      callbackId: 'feedback',
      values: { note_block: { note_input: { type: 'plain_text_input', value: 'x' } } },
    });
    const result = await fake.sendInteraction(appUrl, SIGNING_SECRET, submission);
    expect(result.body).toEqual({ response_action: 'errors', errors: { note_block: 'too short: x' } });
  });

  it('injects faults: an error answer and a 429 with retry-after', async () => {
    fake.failNext('chat.postMessage', { error: 'internal_error' });
    await expect(app.client.chat.postMessage({ channel: 'C1', text: 'x' })).rejects.toMatchObject({
      code: 'slack_webapi_platform_error',
      data: { ok: false, error: 'internal_error' },
    });
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 0 });
    await expect(app.client.chat.postMessage({ channel: 'C1', text: 'x' })).rejects.toThrow(/rate limit/);
    const ok = await app.client.chat.postMessage({ channel: 'C1', text: 'x', blocks: [{ type: 'divider' }] });
    expect(ok).toMatchObject({ ok: true, channel: 'C1', message: { text: 'x', blocks: [{ type: 'divider' }] } });
    expect(fake.callsTo('chat.postMessage').at(-1)?.args.blocks).toEqual([{ type: 'divider' }]);
  });
});

describe('the Slack fake with a real Bolt App in Socket Mode', () => {
  let fake: FakeSlack;
  let app: App;

  beforeAll(async () => {
    fake = await createFakeSlack();
    const clientOptions = clientOptionsFor(fake);
    app = new App({
      token: 'xoxb-test',
      appToken: 'xapp-test',
      socketMode: true,
      clientOptions,
      // The socket client builds its own WebClient from installerOptions.clientOptions.
      installerOptions: { clientOptions },
      logLevel: LogLevel.ERROR,
    });
    app.command('/demining', async ({ ack, command }) => {
      await ack({ text: `you asked: ${command.text}`, response_type: 'ephemeral' });
    });
    app.event('app_mention', async ({ say }) => {
      await say('pong');
    });
    await app.start();
  });

  afterAll(async () => {
    await fake.close();
  });

  it('connects with the app token and carries the response payload in the ack', async () => {
    const open = fake.callsTo('apps.connections.open');
    expect(open.map((call) => call.token)).toEqual(['xapp-test']);
    expect(fake.openSockets).toBe(1);

    const { envelopeId } = fake.socketSlashCommand({ text: 'remaining' });
    const ack = await fake.waitForAck(envelopeId);
    expect(ack.payload).toEqual({ text: 'you asked: remaining', response_type: 'ephemeral' });
  });

  it('delivers events_api envelopes and acks them empty', async () => {
    const envelopeId = fake.socketEvent(appMentionEvent({ text: 'ping' }));
    expect((await fake.waitForAck(envelopeId)).payload).toEqual({});
    const post = await fake.waitFor((call) => call.method === 'chat.postMessage');
    expect(post).toMatchObject({ token: 'xoxb-test', args: { text: 'pong', channel: fake.ids.channelId } });
    expect(fake.liveMentions()).toEqual([]);
  });

  it('closes the socket cleanly on app.stop()', async () => {
    await app.stop();
    // Bolt's SocketModeReceiver.stop() does not wait for the close handshake.
    await fake.waitUntil(() => fake.openSockets === 0, 2000, 'socket close');
    expect(fake.connectionCount).toBe(1);
  });
});

describe('Socket Mode reconnection against the fake', () => {
  it('reconnects after a dropped socket and after a disconnect message', async () => {
    const fake = await createFakeSlack();
    const clientOptions = clientOptionsFor(fake);
    // A custom receiver, because App does not pass clientPingTimeout through; it also sets the reconnect delay.
    const receiver = new SocketModeReceiver({
      appToken: 'xapp-test',
      clientPingTimeout: 500,
      installerOptions: { clientOptions },
      logLevel: LogLevel.ERROR,
    });
    const app = new App({ token: 'xoxb-test', receiver, clientOptions, logLevel: LogLevel.ERROR });
    app.command('/demining', async ({ ack }) => {
      await ack({ text: 'still here' });
    });
    try {
      await app.start();
      fake.dropSocket();
      await fake.waitUntil(() => fake.connectionCount === 2 && fake.openSockets === 1, 3000, 'reconnection');
      fake.sendDisconnect('refresh_requested');
      await fake.waitUntil(() => fake.connectionCount === 3 && fake.openSockets === 1, 3000, 'second reconnection');
      const { envelopeId } = fake.socketSlashCommand();
      expect((await fake.waitForAck(envelopeId)).payload).toEqual({ text: 'still here' });
      expect(fake.callsTo('apps.connections.open')).toHaveLength(3);
    } finally {
      await app.stop();
      await fake.waitUntil(() => fake.openSockets === 0, 2000, 'socket close');
      await fake.close();
    }
  });
});
