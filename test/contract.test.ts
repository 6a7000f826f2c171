/**
 * One contract for every face. The same scenarios run against the Discord face (real discord.js
 * against the local fake Discord), the Slack face (real Bolt against the local fake Slack) and,
 * where they apply, the console: each face only translates, so each must show the same behaviour
 * of the one request pipeline.
 */
import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PendingForms } from '../commands/admin/fact-form.js';
import { runConsoleChat } from '../src/adapters/console/chat.js';
import { createDiscordAdapter, type DiscordAdapter } from '../src/adapters/discord/discord-adapter.js';
import { isModerator, type Authority } from '../src/adapters/shared/moderators.js';
import { createSlackAdapter, type SlackAdapter } from '../src/adapters/slack/slack-adapter.js';
import type { Engine } from '../src/core/engine.js';
import { createLogger } from '../src/logger.js';
import { loadDictionary } from '../src/store/dictionary.js';
import { FactStore } from '../src/store/fact-store.js';
import { ChannelSettings, type Place } from '../src/store/channel-settings.js';
import { FeedbackStore, MAX_FEEDBACK_VOTES, type FeedbackReason } from '../src/store/feedback-store.js';
import { messages } from '../src/core/messages.js';
import { startDiscordFake, type DiscordFake, type RecordedRequest } from './fakes/discord/index.js';
import { appMentionEvent, blockActionsPayload, createFakeSlack, FAKE_IDS, type FakeSlack } from './fakes/slack/index.js';
import { REAL_KNOWLEDGE, REPO } from './helpers.js';

/** What a person sees: the whole payload as text, and whether only they see it. */
interface Seen {
  text: string;
  private: boolean;
}

/** A face under contract: the same gestures, each as its platform makes them. */
interface Face {
  name: 'discord' | 'slack' | 'console';
  /** `/demining <command> [argument]` (the console: the line typed). */
  command(name: string, argument?: string, user?: string): Promise<Seen>;
  /** `/demining-admin <sub>`, as a moderator or as an ordinary member. */
  admin(sub: string, as: 'moderator' | 'member'): Promise<Seen>;
  /** A mention delivered twice with the same delivery id: how many answers were sent. */
  deliverTwice?(text: string): Promise<number>;
  /** The user id the next scenario acts as; flood control is per user. */
  newUser(): string;
  store: FactStore;
  logLines: string[];
  /** Makes the next command fail inside the pipeline. */
  failNext(): void;
  /**
   * Asks a question as `user`, then clicks the answer's feedback buttons in turn (the console: types
   * `good` / `wrong [reason]`): what the answer and each click showed, and the answer's id.
   */
  rate(question: string, clicks: readonly Click[], user: string): Promise<{ answer: Seen; answerId: string; replies: Seen[] }>;
  /** `/demining-admin channel <setting>` in the channel the messages below are sent to. */
  channel(setting: string, as: 'moderator' | 'member'): Promise<Seen>;
  /** A message in that channel, mentioning the bot or not: what the bot posted (private: to the asker alone), or nothing. */
  message?(text: string, mention: boolean, fromBot?: boolean): Promise<Seen | undefined>;
  /** The channel and server or workspace of those messages. */
  place: Place;
}

interface Click {
  vote: 'up' | 'down';
  reason?: FeedbackReason;
}

/** What marks the feedback buttons (the console: its prompt) in what each face sends. */
const FEEDBACK_MARK = { discord: 'dmfb:up:', slack: 'demining_feedback_up', console: 'Was this right?' } as const;

const APOLOGY = 'Sorry, something went wrong while answering. It has been logged; please try again.';
const SLOW_DOWN = 'please wait a few seconds';
const BURST = 3;

/** Waits up to `ms` for `found` to return something. */
async function within<T>(ms: number, found: () => T | undefined): Promise<T | undefined> {
  const until = Date.now() + ms;
  for (;;) {
    const value = found();
    if (value !== undefined || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function openStore(): Promise<FactStore> {
  const dir = await mkdtemp(join(tmpdir(), 'contract-kb-'));
  await cp(REAL_KNOWLEDGE, dir, { recursive: true });
  const data = await mkdtemp(join(tmpdir(), 'contract-data-'));
  return FactStore.open({ knowledgeDir: dir, dataDir: data, logger: createLogger({ level: 'error', secrets: [], write: () => {} }), dictionary: await loadDictionary() });
}

/** The store's engine, or a failure when one was asked for. */
function failingEngine(store: () => FactStore): { engine: () => Engine; failNext: () => void } {
  let fail = false;
  return {
    engine: () => {
      if (fail) {
        fail = false;
        throw new Error('boom: the fact base exploded');
      }
      return store().engine();
    },
    failNext: () => {
      fail = true;
    },
  };
}

async function discordFace(): Promise<Face & { close(): Promise<void> }> {
  const store = await openStore();
  const logLines: string[] = [];
  const failing = failingEngine(() => store);
  const fake: DiscordFake = await startDiscordFake({ heartbeatIntervalMs: 200 });
  const adapter: DiscordAdapter = createDiscordAdapter({
    token: 'fake-discord-token',
    apiUrl: fake.apiUrl,
    engine: failing.engine,
    logger: createLogger({ level: 'info', secrets: [], write: (l) => logLines.push(l) }),
    rateLimit: { burst: BURST, perSecond: 0.001 },
    readyTimeoutMs: 3000,
    admin: { store, forms: new PendingForms(), moderatorRoleIds: [] },
    messageContent: true,
  });
  await adapter.start();
  let n = 0;
  const newUser = () => String(1700000000000000000n + BigInt(++n));
  const seen = (r: RecordedRequest): Seen => {
    const body = r.body as { data?: { flags?: number } };
    return { text: JSON.stringify(r.body), private: ((body.data?.flags ?? 0) & 64) === 64 };
  };
  const interact = async (payload: Record<string, unknown>) => {
    fake.dispatch('INTERACTION_CREATE', payload);
    return seen(await fake.waitForCallback(payload, 3000));
  };
  const OPTION: Record<string, string> = { ask: 'question', fact: 'topic', search: 'words', define: 'term' };
  return {
    name: 'discord',
    store,
    logLines,
    failNext: failing.failNext,
    newUser,
    command: (name, argument, user = newUser()) => interact(fake.slashCommand({
      name: 'demining',
      subcommand: name,
      options: argument === undefined ? [] : [{ name: OPTION[name] ?? 'question', value: argument }],
      user: { id: user, username: `user${user.slice(-3)}` },
    })),
    // "review list": a subcommand of the group "review".
    admin: (sub, as) => interact(fake.slashCommand({
      name: 'demining-admin',
      ...(sub.includes(' ') ? { group: sub.split(' ')[0]!, subcommand: sub.split(' ')[1]! } : { subcommand: sub }),
      memberPermissions: as === 'moderator' ? PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ViewChannel : PermissionFlagsBits.ViewChannel,
      user: { id: newUser(), username: as },
    })),
    rate: async (question, clicks, user) => {
      const asker = { id: user, username: `user${user.slice(-3)}` };
      const answer = await interact(fake.slashCommand({ name: 'demining', subcommand: 'ask', options: [{ name: 'question', value: question }], user: asker }));
      const answerId = /dmfb:up:([\w-]+)/u.exec(answer.text)?.[1] ?? '';
      const replies: Seen[] = [];
      for (const c of clicks) {
        const customId = c.reason === undefined ? `dmfb:${c.vote}:${answerId}` : `dmfb:why:${c.reason}:${answerId}`;
        replies.push(await interact(fake.buttonClick({ customId, user: asker })));
      }
      return { answer, answerId, replies };
    },
    place: { face: 'discord', server: fake.guilds[0]!.id, channel: fake.guilds[0]!.channels[0]!.id },
    channel: (setting, as) => interact(fake.slashCommand({
      name: 'demining-admin',
      subcommand: 'channel',
      options: [{ name: 'setting', value: setting }],
      memberPermissions: as === 'moderator' ? PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ViewChannel : PermissionFlagsBits.ViewChannel,
      user: { id: newUser(), username: as },
    })),
    message: async (text, mention, fromBot = false) => {
      const before = fake.requests.length;
      fake.dispatch('MESSAGE_CREATE', fake.messageCreate({ content: mention ? `<@${fake.bot.id}> ${text}` : text, author: { id: newUser(), username: 'asker', bot: fromBot } }));
      const posted = await within(700, () => fake.requests.slice(before).find((r) => r.method === 'POST' && r.route.endsWith('/messages')));
      return posted === undefined ? undefined : { text: JSON.stringify(posted.body), private: false };
    },
    deliverTwice: async (text) => {
      const message = fake.messageCreate({ content: `<@${fake.bot.id}> ${text}`, author: { id: newUser(), username: 'asker' } });
      const posted = () => fake.requests.filter((r) => r.method === 'POST' && r.route.endsWith('/messages')).length;
      const before = posted();
      fake.dispatch('MESSAGE_CREATE', message);
      await fake.waitFor((r) => r.method === 'POST' && r.route.endsWith('/messages'), 3000);
      fake.dispatch('MESSAGE_CREATE', message);
      await new Promise((resolve) => setTimeout(resolve, 400));
      return posted() - before;
    },
    close: async () => {
      await adapter.stop();
      await fake.close();
      await store.close();
    },
  };
}

async function slackFace(): Promise<Face & { close(): Promise<void> }> {
  const SECRET = 'contract-signing-secret';
  const store = await openStore();
  const logLines: string[] = [];
  const failing = failingEngine(() => store);
  const fake: FakeSlack = await createFakeSlack();
  const MODERATOR = 'U0MODERATOR';
  const adapter: SlackAdapter = createSlackAdapter({
    botToken: 'xoxb-contract',
    signingSecret: SECRET,
    port: 0,
    host: '127.0.0.1',
    apiUrl: fake.apiUrl,
    engine: failing.engine,
    logger: createLogger({ level: 'info', secrets: [], write: (l) => logLines.push(l) }),
    rateLimit: { burst: BURST, perSecond: 0.001 },
    admin: { store, forms: new PendingForms(), moderatorUserIds: [MODERATOR] },
  });
  const url = (await adapter.start())!;
  let n = 0;
  const newUser = () => `U0CONTRACT${String(++n).padStart(4, '0')}`;
  const slash = async (command: string, text: string, user: string): Promise<Seen> => {
    const r = await fake.sendSlashCommand(url, SECRET, { command, text, user_id: user });
    return { text: JSON.stringify(r.body), private: (r.body as { response_type?: string }).response_type === 'ephemeral' };
  };
  let events = 0;
  let clicksSent = 0;
  return {
    name: 'slack',
    store,
    logLines,
    failNext: failing.failNext,
    newUser,
    command: (name, argument, user = newUser()) => slash('/demining', argument === undefined ? name : `${name} ${argument}`, user),
    admin: (sub, as) => slash('/demining-admin', sub, as === 'moderator' ? MODERATOR : newUser()),
    rate: async (question, clicks, user) => {
      const answer = await slash('/demining', `ask ${question}`, user);
      const blocks = (JSON.parse(answer.text) as { blocks?: Array<{ block_id?: string; elements?: Array<{ value?: string }> }> }).blocks ?? [];
      const answerId = blocks.find((b) => b.block_id === 'demining_feedback')?.elements?.[0]?.value ?? '';
      const replies: Seen[] = [];
      for (const c of clicks) {
        const responseId = `fb${++clicksSent}`;
        const actionId = c.reason === undefined ? `demining_feedback_${c.vote}` : `demining_feedback_why_${c.reason}`;
        const click = blockActionsPayload({ actionId, value: answerId, responseUrl: fake.responseUrl(responseId), userId: user });
        expect((await fake.sendInteraction(url, SECRET, click)).status).toBe(200);
        const posted = (await fake.waitForResponse(responseId, 3000)).body;
        replies.push({ text: JSON.stringify(posted), private: (posted as { response_type?: string }).response_type === 'ephemeral' });
      }
      return { answer, answerId, replies };
    },
    place: { face: 'slack', server: FAKE_IDS.teamId, channel: FAKE_IDS.channelId },
    channel: (setting, as) => slash('/demining-admin', `channel ${setting}`, as === 'moderator' ? MODERATOR : newUser()),
    message: async (text, mention, fromBot = false) => {
      const [posts, ephemerals] = [fake.callsTo('chat.postMessage').length, fake.callsTo('chat.postEphemeral').length];
      const mentionEvent = appMentionEvent({ text, user: newUser() });
      const plain = { type: 'message', channel: FAKE_IDS.channelId, channel_type: 'channel', user: mentionEvent.user, text, ts: mentionEvent.ts, event_ts: mentionEvent.ts, team: FAKE_IDS.teamId };
      const event = mention ? mentionEvent : fromBot ? { ...plain, subtype: 'bot_message', bot_id: 'B0OTHERBOT' } : plain;
      await fake.sendEvent(url, SECRET, event, { eventId: `Ev0CONTRACT${++events}` });
      return within(700, () => {
        const ephemeral = fake.callsTo('chat.postEphemeral')[ephemerals];
        if (ephemeral !== undefined) return { text: JSON.stringify(ephemeral.args), private: true };
        const post = fake.callsTo('chat.postMessage')[posts];
        return post === undefined ? undefined : { text: JSON.stringify(post.args), private: false };
      });
    },
    deliverTwice: async (text) => {
      const before = fake.callsTo('chat.postMessage').length;
      const event = appMentionEvent({ text, user: newUser() });
      const eventId = `Ev0CONTRACT${++events}`;
      await fake.sendEvent(url, SECRET, event, { eventId });
      await fake.waitUntil(() => fake.callsTo('chat.postMessage').length > before, 3000, 'the answer');
      await fake.sendEvent(url, SECRET, event, { eventId, retryNum: 1, retryReason: 'http_timeout' });
      await new Promise((resolve) => setTimeout(resolve, 400));
      return fake.callsTo('chat.postMessage').length - before;
    },
    close: async () => {
      await adapter.stop();
      await fake.close();
      await store.close();
    },
  };
}

/** The console: one chat per gesture, as the local user, who moderates their own files. */
async function consoleFace(): Promise<Face & { close(): Promise<void> }> {
  const store = await openStore();
  const logLines: string[] = [];
  const failing = failingEngine(() => store);
  const forms = new PendingForms();
  const chat = async (line: string): Promise<Seen> => {
    const [seen] = await session([line]);
    return { text: seen ?? '', private: true };
  };
  /** One chat, several lines: what was shown after each. */
  const session = async (lines: readonly string[]): Promise<string[]> => {
    const input = new PassThrough();
    const output = new PassThrough();
    let out = '';
    output.on('data', (d: Buffer) => (out += d.toString()));
    const done = runConsoleChat(failing.engine, {
      input,
      output,
      admin: { store, forms, actor: { id: 'local:contract', name: 'contract', face: 'console' } },
      logger: createLogger({ level: 'info', secrets: [], write: (l) => logLines.push(l) }),
    });
    input.write(`${lines.join('\n')}\nexit\n`);
    await done;
    // Not a terminal: lines typed are not echoed, so the prompts split what each line showed.
    return out.split('demining> ').slice(1, lines.length + 1);
  };
  return {
    name: 'console',
    store,
    logLines,
    failNext: failing.failNext,
    newUser: () => 'local:contract',
    command: (name, argument) => chat(argument === undefined ? name : `${name} ${argument}`),
    admin: (sub) => chat(`admin ${sub}`),
    channel: (setting) => chat(`admin channel ${setting}`),
    place: { face: 'console' },
    rate: async (question, clicks) => {
      const typed = clicks.map((c) => (c.vote === 'up' ? 'good' : c.reason === undefined ? 'wrong' : `wrong ${messages.feedbackReasons[c.reason]}`));
      const [answer = '', ...replies] = await session([`ask ${question}`, ...typed]);
      const answerId = store.feedback.list()[0]?.answerId ?? '';
      return { answer: { text: answer, private: true }, answerId, replies: replies.map((text) => ({ text, private: true })) };
    },
    close: () => store.close(),
  };
}

const FACES = [
  ['discord', discordFace],
  ['slack', slackFace],
  ['console', consoleFace],
] as const;

describe.each(FACES)('the face contract: %s', (name, make) => {
  let face: Face & { close(): Promise<void> };

  beforeAll(async () => {
    face = await make();
  });

  afterAll(async () => {
    await face?.close();
  });

  it('answers a question with its figure and its source', async () => {
    const seen = await face.command('ask', 'how much land is still mined?');
    expect(seen.text).toContain('more than 1,700 km² still to clear');
    expect(seen.text).toContain('The Phnom Penh Post');
    expect(seen.text).toContain('will continue to work to clear more than 1,700 additional square kilometres');
  });

  it('answers an unknown moderator command with the list of them', async () => {
    const seen = await face.admin('frobnicate', 'moderator');
    expect(seen.text).toMatch(/There is no moderator command \\?"frobnicate\\?"/u);
    expect(seen.text).toContain('gaps');
    expect(seen.private).toBe(true);
  });

  // Discord names the subcommand; Slack and the console read an unknown word as a question.
  it('answers an unknown command privately, saying it does not know rather than guessing a figure', async () => {
    const seen = await face.command('frobnicate');
    expect(seen.text).toMatch(/don't know|do not know/u);
    expect(seen.text).not.toContain('km²');
    expect(seen.private).toBe(true);
  });

  it.skipIf(name === 'console')('refuses a moderator command to a member who is not a moderator, privately, before anything runs', async () => {
    for (const sub of ['status', 'gaps', 'frobnicate']) {
      const seen = await face.admin(sub, 'member');
      expect(seen.text).toContain('Only moderators can change the fact base');
      expect(seen.private).toBe(true);
    }
  });

  it('runs a moderator command for a moderator', async () => {
    const seen = await face.admin('status', 'moderator');
    expect(seen.text).not.toContain('Only moderators');
    expect(seen.text).toMatch(/revision/iu);
  });

  it.skipIf(name === 'console')(`tells a flooding user to slow down, privately, after ${BURST} requests`, async () => {
    const flooder = face.newUser();
    const seen: Seen[] = [];
    for (let i = 0; i < BURST + 2; i++) seen.push(await face.command('remaining', undefined, flooder));
    expect(seen.slice(0, BURST).every((s) => s.text.includes('more than 1,700 km²'))).toBe(true);
    for (const s of seen.slice(BURST)) {
      expect(s.text).toContain(SLOW_DOWN);
      expect(s.private).toBe(true);
    }
  });

  it('answers an error inside a command with the apology, logs it with its face, and goes on', async () => {
    face.failNext();
    const seen = await face.command('remaining');
    expect(seen.text).toContain(APOLOGY);
    expect(seen.private).toBe(true);
    expect(face.logLines.some((l) => l.includes('boom: the fact base exploded') && l.includes('"level":"error"') && l.includes(`"face":"${name}"`))).toBe(true);
    expect((await face.command('remaining')).text).toContain('more than 1,700 km²');
  });

  it.skipIf(name === 'console')('answers a delivery sent twice once', async () => {
    expect(await face.deliverTwice!('remaining')).toBe(1);
  });

  it('logs a question it cannot answer as a gap, which moderators then see', async () => {
    const question = `how many sea mines were found in atlantis by ${name}?`;
    const seen = await face.command('ask', question);
    expect(seen.text).not.toContain('1,700');
    expect(face.store.gaps(Number.POSITIVE_INFINITY).some((g) => g.text === question)).toBe(true);
    expect((await face.admin('gaps', 'moderator')).text).toContain(question);
  });

  it('shows a figure older than the threshold "as of … — may be out of date", and status counts the facts due for review', async () => {
    expect((await face.command('remaining')).text).toMatch(/11 July 2024 — may be out of date/u);
    expect((await face.admin('status', 'moderator')).text).toMatch(/\d+ facts? due for review/u);
  });

  it('lists an unanswered question in review for a moderator, with the next step', async () => {
    const question = `how many sea mines were found in lemuria, asks ${name}?`;
    await face.command('ask', question);
    const seen = await face.admin('review list', 'moderator');
    expect(seen.text).toContain(question);
    expect(seen.text).toMatch(/review (?:teach|new|dismiss) /u);
    expect(seen.private).toBe(true);
  });

  it('puts 👍 and 👎 under an answer, and not under a no-answer or the help', async () => {
    const mark = FEEDBACK_MARK[name];
    expect((await face.command('ask', 'how much land is still mined?')).text).toContain(mark);
    expect((await face.command('remaining')).text).toContain(mark);
    expect((await face.command('ask', `how many sea mines were found in atlantis, asks ${name}?`)).text).not.toContain(mark);
    expect((await face.command('help')).text).not.toContain(mark);
  });

  it('records 👍 privately with the question, the facts shown and their revisions, the face and the channel', async () => {
    const user = face.newUser();
    const question = `how much land is still mined? (${name} up)`;
    const { answerId, replies } = await face.rate(question, [{ vote: 'up' }], user);
    expect(answerId).not.toBe('');
    expect(replies[0]!.text).toContain(messages.feedbackThanks);
    expect(replies[0]!.private).toBe(true);
    const vote = face.store.feedback.list().find((v) => v.answerId === answerId)!;
    expect(vote).toMatchObject({ vote: 'up', userId: user, answer: { question, face: name } });
    expect(vote.reason).toBeUndefined();
    expect(vote.answer.facts.length).toBeGreaterThan(0);
    expect(vote.answer.facts.every((f) => typeof f.revision === 'number')).toBe(true);
    if (name !== 'console') expect(vote.answer.channel).toBeDefined();
    expect(face.store.feedback.counts(answerId)).toEqual({ up: 1, down: 0 });
  });

  it('asks privately and optionally what was wrong after 👎, and records the reason on the same vote', async () => {
    const user = face.newUser();
    const { answerId, replies } = await face.rate('how much land is still mined?', [{ vote: 'down' }, { vote: 'down', reason: 'out-of-date' }], user);
    expect(replies[0]!.text).toContain(messages.feedbackWhy);
    for (const reason of Object.values(messages.feedbackReasons)) expect(replies[0]!.text).toContain(reason);
    expect(replies.every((r) => r.private)).toBe(true);
    expect(replies[1]!.text).toContain(messages.feedbackNoted('out of date'));
    expect(face.store.feedback.counts(answerId)).toEqual({ up: 0, down: 1 });
    expect(face.store.feedback.list().find((v) => v.answerId === answerId)).toMatchObject({ vote: 'down', reason: 'out-of-date', userId: user });
  });

  it("a person's second click changes their vote, not the count", async () => {
    const before = face.store.feedback.size;
    const { answerId } = await face.rate('how much land is still mined?', [{ vote: 'up' }, { vote: 'down' }], face.newUser());
    expect(face.store.feedback.counts(answerId)).toEqual({ up: 0, down: 1 });
    expect(face.store.feedback.size).toBe(before + 1);
  });

  it('keeps feedback across a restart: a new store on the same DATA_DIR has the votes and can still rate the answer', async () => {
    const user = face.newUser();
    const { answerId } = await face.rate('how much land is still mined?', [{ vote: 'down' }, { vote: 'down', reason: 'wrong-figure' }], user);
    await face.store.feedback.flush();
    const again = await FeedbackStore.open({ dataDir: face.store.feedback.dataDir, logger: createLogger({ level: 'error', secrets: [], write: () => {} }) });
    expect(again.counts(answerId)).toEqual({ up: 0, down: 1 });
    expect(again.list().find((v) => v.answerId === answerId)).toMatchObject({ reason: 'wrong-figure', userId: user });
    expect(again.answer(answerId)?.question).toBe('how much land is still mined?');
  });

  describe.skipIf(name === 'console')('channels choose', () => {
    const QUESTION = 'how much land is still mined?';
    const UNKNOWN = `how many sea mines were found in atlantis, asks ${name} in a channel?`;

    it('by default answers a mention, and not a plain message without one', async () => {
      expect((await face.message!(QUESTION, true))?.text).toContain('more than 1,700 km²');
      expect(await face.message!(QUESTION, false)).toBeUndefined();
    });

    it('refuses the channel settings to a member who is not a moderator, and changes nothing', async () => {
      const seen = await face.channel('mode silent', 'member');
      expect(seen.text).toContain('Only moderators');
      expect(face.store.channels.effective(face.place).mode).toBe('mentions');
    });

    it('silent: ignores a mention but answers a slash command; status shows it', async () => {
      const set = await face.channel('mode silent', 'moderator');
      expect(set.text).toContain('This channel: silent');
      expect(set.private).toBe(true);
      expect(await face.message!(QUESTION, true)).toBeUndefined();
      expect((await face.command('ask', QUESTION)).text).toContain('more than 1,700 km²');
      expect((await face.admin('status', 'moderator')).text).toContain('This channel: silent');
    });

    it('questions: answers a plain question without a mention, ignores a plain message that is not one', async () => {
      await face.channel('mode questions', 'moderator');
      expect((await face.message!(QUESTION, false))?.text).toContain('more than 1,700 km²');
      expect(await face.message!('thanks, see you all at the meeting tomorrow', false)).toBeUndefined();
      // Nor a plain question it cannot answer: the bot was not asked.
      expect(await face.message!(UNKNOWN, false)).toBeUndefined();
      expect((await face.message!(QUESTION, true))?.text).toContain('more than 1,700 km²');
      // Never another bot's question: two bots would answer each other.
      expect(await face.message!(QUESTION, false, true)).toBeUndefined();
    });

    it('private-no-answer: a no-answer to a mention goes to the asker alone (Discord cannot, and posts nothing), to a slash command privately; off makes it public', async () => {
      await face.channel('mode mentions', 'moderator');
      expect((await face.message!(UNKNOWN, true))?.private).toBe(false);
      expect((await face.channel('private-no-answer on', 'moderator')).text).toContain('no-answer replies private');
      const mentioned = await face.message!(UNKNOWN, true);
      if (name === 'slack') expect(mentioned?.private).toBe(true);
      else expect(mentioned).toBeUndefined();
      expect((await face.command('ask', UNKNOWN)).private).toBe(true);
      await face.channel('private-no-answer off', 'moderator');
      expect((await face.command('ask', UNKNOWN)).private).toBe(false);
      expect((await face.command('ask', QUESTION)).text).toContain('more than 1,700 km²');
    });

    it('a default for the server or workspace applies where the channel sets nothing; settings survive a restart', async () => {
      expect((await face.channel('mode silent default', 'moderator')).text).toContain('Default of this');
      const again = await ChannelSettings.open({ dataDir: face.store.feedback.dataDir, logger: createLogger({ level: 'error', secrets: [], write: () => {} }) });
      expect(again.effective(face.place)).toMatchObject({ mode: 'mentions', privateNoAnswer: false, default: { mode: 'silent' } });
      expect(again.effective({ ...face.place, channel: 'another-channel' }).mode).toBe('silent');
      expect((await face.channel('mode louder', 'moderator')).text).toContain('channel mode mentions|questions|silent [default]');
    });
  });

  it.runIf(name === 'console')('says channel settings apply to Discord and Slack channels', async () => {
    expect((await face.channel('show', 'moderator')).text).toContain('apply to Discord and Slack channels');
  });

  it(`keeps at most ${MAX_FEEDBACK_VOTES.toLocaleString('en-US')} votes: the oldest go, a new click still counts`, async () => {
    const feedback = face.store.feedback;
    const filler = feedback.recordAnswer({ question: 'filler', facts: [], kbRevision: 0, face: name });
    for (let i = 0; i <= MAX_FEEDBACK_VOTES; i++) feedback.vote({ answerId: filler, userId: `filler-${i}`, vote: 'up' });
    expect(feedback.size).toBe(MAX_FEEDBACK_VOTES);
    const { answerId } = await face.rate('how much land is still mined?', [{ vote: 'up' }], face.newUser());
    expect(feedback.size).toBe(MAX_FEEDBACK_VOTES);
    expect(feedback.counts(answerId)).toEqual({ up: 1, down: 0 });
    expect(feedback.list().some((v) => v.userId === 'filler-0')).toBe(false);
  });
});

describe('one pipeline, thin faces', () => {
  it('the moderator rule: Discord by Manage Server or a moderator role in a server, Slack by listed user, the console its own operator', () => {
    const policy = { discordRoleIds: ['R1'], slackUserIds: ['U1'] };
    const cases: Array<[Authority, boolean]> = [
      [{ platform: 'discord', inGuild: true, manageGuild: true, roleIds: [] }, true],
      [{ platform: 'discord', inGuild: true, manageGuild: false, roleIds: ['R2', 'R1'] }, true],
      [{ platform: 'discord', inGuild: true, manageGuild: false, roleIds: ['R2'] }, false],
      [{ platform: 'discord', inGuild: false, manageGuild: true, roleIds: ['R1'] }, false],
      [{ platform: 'slack', userId: 'U1' }, true],
      [{ platform: 'slack', userId: 'U2' }, false],
      [{ platform: 'console' }, true],
    ];
    for (const [authority, expected] of cases) expect(isModerator(authority, policy)).toBe(expected);
  });

  it('no face limits rates, checks moderators, dedupes, dispatches commands, logs gaps or stores feedback itself', async () => {
    const offenders: string[] = [];
    for (const dir of ['discord', 'slack', 'console']) {
      for (const file of await readdir(join(REPO, 'src', 'adapters', dir))) {
        if (!file.endsWith('.ts') || ['ask-cli.ts', 'json-line.ts', 'facts-cli.ts', 'facts-transfer.ts'].includes(file)) continue;
        const source = await readFile(join(REPO, 'src', 'adapters', dir, file), 'utf8');
        for (const name of ['RateLimiter', 'isModerator', 'runLine', 'runAdmin', 'parseLine', 'parseAdminLine', 'parseArgs', 'recordGap', 'SeenEvents', 'recordAnswer', 'FeedbackStore']) {
          if (new RegExp(`\\b${name}\\b`, 'u').test(source)) offenders.push(`${dir}/${file}: ${name}`);
        }
      }
    }
    expect(offenders).toEqual([]);
    const main = await readFile(join(REPO, 'src', 'main.ts'), 'utf8');
    expect(main).not.toMatch(/'discord'|'slack'|discord\.js|@slack\/bolt/u);
  });
});
