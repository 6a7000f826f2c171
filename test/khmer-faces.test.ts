/**
 * A Khmer question end to end on every face: the console chat, the real discord.js client against
 * the fake Discord, and the real Bolt app against the fake Slack. What a user sees is asserted: the
 * Khmer headline, the Khmer date, the Khmer labels and the English quote marked as the source's own
 * words; `lang:` overrides the language either way; a Khmer partial autocompletes a Khmer topic; and
 * a headline longer than a platform's limit is cut on a whole cluster.
 *
 * The fact base is a copy of the real one in a temporary directory, with a Khmer translation of
 * one fact and two Khmer synonyms, so that the test does not depend on the Khmer data being added
 * to knowledge/.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConsoleChat } from '../src/adapters/console/chat.js';
import { createDiscordAdapter, type DiscordAdapter } from '../src/adapters/discord/discord-adapter.js';
import { LIMITS, renderDiscord } from '../src/adapters/discord/render.js';
import { renderSlack, SLACK_LIMITS } from '../src/adapters/slack/render.js';
import { createSlackAdapter, type SlackAdapter } from '../src/adapters/slack/slack-adapter.js';
import { messagesFor } from '../src/core/catalogue.js';
import type { Engine } from '../src/core/engine.js';
import type { Reply } from '../src/core/reply.js';
import { createLogger } from '../src/logger.js';
import { startDiscordFake, type DiscordFake } from './fakes/discord/index.js';
import { createFakeSlack, directMessageEvent, type FakeSlack } from './fakes/slack/index.js';
import { engineFor, REAL_KNOWLEDGE, say } from './helpers.js';

const km = messagesFor('km');
const HEADLINE = 'ជាង ១,៧០០ គីឡូម៉ែត្រការ៉េ ដីនៅសល់ត្រូវបោសសម្អាត';
const DATE = '១១ កក្កដា ២០២៤';
const STATEMENT = 'កម្ពុជានៅមានដីជាង ១៧០០ គីឡូម៉ែត្រការ៉េ ដែលត្រូវបោសសម្អាត។';
const TOPIC = 'ដីដែលនៅសល់ត្រូវបោសសម្អាត';
const QUOTE = 'will continue to work to clear more than 1,700 additional square kilometres';
const ENGLISH_HEADLINE = 'more than 1,700 km² still to clear';
/** One of the fact's Khmer phrasings: an exact question. */
const EXACT = 'ដីនៅសល់ប៉ុន្មាន?';
/** Not a phrasing of the fact: read through the Khmer synonyms added below. */
const READ = 'តើនៅសល់ដីប៉ុន្មាន';
/**
 * A Khmer label longer than the Slack header (150), made of conjuncts: its two leading letters put
 * unit 149 of the headline right after a COENG, where a cut by UTF-16 units breaks "ក្ស".
 */
const LONG_LABEL = `កក${'ក្សត្រ ស្រ្តី ប្រជាជនកម្ពុជា '.repeat(6).trim()}`;

const COENG = '\u17D2';
const graphemeStarts = (text: string): Set<number> =>
  new Set([...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.index));

/** A text cut to `max` is a prefix of whole clusters of the original, ends with '…', and leaves no COENG dangling. */
function expectCutOnCluster(shown: string | undefined, original: string, max: number): void {
  expect(shown).toBeDefined();
  const text = shown ?? '';
  expect(text.length).toBeLessThanOrEqual(max);
  expect(text.endsWith('…')).toBe(true);
  const kept = text.slice(0, -1);
  expect(original.startsWith(kept)).toBe(true);
  expect(graphemeStarts(original).has(kept.length)).toBe(true);
  expect(kept.endsWith(COENG)).toBe(false);
  expect(/^\p{M}/u.test(original.slice(kept.length))).toBe(false);
}

let dir: string;
let engine: Engine;

interface FactsFile { facts: Array<{ id: string; translations?: unknown }> }
interface VocabularyFile { synonyms: Array<{ id: string; words: string[] }> }

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'khmer-faces-'));
  await cp(REAL_KNOWLEDGE, dir, { recursive: true });
  const facts = JSON.parse(await readFile(join(dir, 'facts.json'), 'utf8')) as FactsFile;
  const translate = (id: string, km: Record<string, unknown>) => {
    const fact = facts.facts.find((f) => f.id === id);
    if (fact === undefined) throw new Error(`no fact ${id} in the real fact base`);
    fact.translations = { km };
  };
  translate('cambodia-area-remaining', { topic: TOPIC, label: 'ដីនៅសល់ត្រូវបោសសម្អាត', statement: STATEMENT, aliases: ['ដីនៅសល់ប៉ុន្មាន'] });
  translate('cambodia-area-cleared', { label: LONG_LABEL, aliases: [] });
  await writeFile(join(dir, 'facts.json'), JSON.stringify(facts));
  // "remaining" and "land" in Khmer, so that a question that is no phrasing of the fact is read.
  const vocabulary = JSON.parse(await readFile(join(dir, 'vocabulary.json'), 'utf8')) as VocabularyFile;
  const group = (id: string) => {
    const g = vocabulary.synonyms.find((s) => s.id === id);
    if (g === undefined) throw new Error(`no synonym group ${id}`);
    return g;
  };
  group('remaining').words.push('នៅសល់');
  group('area').words.push('ដី');
  await writeFile(join(dir, 'vocabulary.json'), JSON.stringify(vocabulary));
  engine = await engineFor(dir);
});

afterAll(async () => {
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
});

describe('the console face in Khmer', () => {
  async function chat(line: string): Promise<string> {
    const input = new PassThrough();
    const output = new PassThrough();
    let out = '';
    output.on('data', (d: Buffer) => (out += d.toString()));
    const done = runConsoleChat(() => engine, { input, output, greeting: 'hello' });
    input.end(`${line}\n`);
    await done;
    return out;
  }

  it.each([EXACT, READ, 'lang:km remaining', '/demining remaining lang:km'])('%s answers in Khmer, with the Khmer date and labels and the quote marked', async (line) => {
    const out = await chat(line);
    expect(out).toContain(HEADLINE);
    expect(out).toContain(DATE);
    expect(out).toContain(STATEMENT);
    expect(out).toContain(`${km.scopeLabel}:`);
    expect(out).toContain(`${km.sourceLabel(1)}:`);
    expect(out).toContain(`${km.sourceWords}: "${QUOTE}"`);
    expect(out).not.toContain(ENGLISH_HEADLINE);
  });

  it('a Khmer question with lang:en answers in English, the quote unmarked', async () => {
    const out = await chat(`${EXACT} lang:en`);
    expect(out).toContain(ENGLISH_HEADLINE);
    expect(out).toContain('11 July 2024');
    expect(out).toContain(`"${QUOTE}"`);
    expect(out).not.toContain(km.sourceWords);
    expect(out).not.toContain(HEADLINE);
  });
});

/**
 * A reply whose headline is far longer than any platform's title or header. Ten units of ASCII
 * first put both limits (Discord's 256 and Slack's 150, less the ellipsis) inside a conjunct.
 */
function longHeadline(): { reply: Reply; headline: string } {
  const { reply } = say(engine, EXACT);
  const headline = `headline: ${'ក្សត្រស្រ្តីប្រជាជនកម្ពុជា'.repeat(30)}`;
  const item = reply.items[0];
  if (item === undefined) throw new Error('the Khmer question has no answer');
  return { reply: { ...reply, title: headline, items: [{ ...item, headline }, ...reply.items.slice(1)] }, headline };
}

describe('the Discord face in Khmer', () => {
  let fake: DiscordFake;
  let adapter: DiscordAdapter;
  let users = 0;
  const user = () => ({ id: String(1600000000000000000n + BigInt(++users)), username: `khmer${users}` });

  beforeAll(async () => {
    fake = await startDiscordFake({ heartbeatIntervalMs: 200 });
    adapter = createDiscordAdapter({
      token: 'fake-discord-token-km',
      apiUrl: fake.apiUrl,
      engine: () => engine,
      logger: createLogger({ level: 'error', secrets: [], write: () => {} }),
      rateLimit: { burst: 50, perSecond: 1 },
      readyTimeoutMs: 3000,
    });
    await adapter.start();
  });

  afterAll(async () => {
    await adapter?.stop();
    await fake?.close();
  });

  interface Embed { title?: string; description?: string; footer?: { text: string }; fields?: Array<{ name: string; value: string }> }
  interface Callback { type: number; data: { embeds?: Embed[]; choices?: Array<{ name: string; value: string }> } }

  async function slash(subcommand: string, options: Array<{ name: string; value: string }>): Promise<Embed> {
    const interaction = fake.slashCommand({ name: 'demining', subcommand, options, user: user() });
    fake.dispatch('INTERACTION_CREATE', interaction);
    const body = (await fake.waitForCallback(interaction, 3000)).body as Callback;
    const embed = body.data.embeds?.[0];
    if (embed === undefined) throw new Error(`no embed in ${JSON.stringify(body)}`);
    return embed;
  }

  it.each([
    ['ask', [{ name: 'question', value: EXACT }]],
    ['ask', [{ name: 'question', value: READ }]],
    ['remaining', [{ name: 'lang', value: 'km' }]],
    ['fact', [{ name: 'topic', value: 'cambodia-area-remaining' }, { name: 'lang', value: 'km' }]],
  ])('/demining %s %j shows the Khmer embed', async (subcommand, options) => {
    const embed = await slash(subcommand, options);
    expect(embed.title).toBe(HEADLINE);
    expect(embed.description).toContain(STATEMENT);
    expect(embed.description).toContain(`*${km.sourceWords}:*\n> ${QUOTE}`);
    expect(embed.footer?.text).toContain(DATE);
    const fields = embed.fields ?? [];
    expect(fields.find((f) => f.name === km.asOfLabel)?.value).toContain(DATE);
    expect(fields.map((f) => f.name)).toContain(km.sourceLabel(1));
    expect(fields.map((f) => f.name)).toContain(km.scopeLabel);
  });

  it('/demining ask with a Khmer question and lang English answers in English', async () => {
    const embed = await slash('ask', [{ name: 'question', value: EXACT }, { name: 'lang', value: 'en' }]);
    expect(embed.title).toBe(ENGLISH_HEADLINE);
    expect(embed.description).not.toContain(km.sourceWords);
    expect(embed.fields?.map((f) => f.name)).toContain('As of');
  });

  it('autocompletes a partly typed Khmer topic with the Khmer topic', async () => {
    const interaction = fake.autocomplete({ name: 'demining', subcommand: 'fact', options: [{ name: 'topic', value: 'ដីដែលនៅស' }], focused: 'topic', user: user() });
    fake.dispatch('INTERACTION_CREATE', interaction);
    const body = (await fake.waitForCallback(interaction, 3000)).body as Callback;
    expect(body.type).toBe(8);
    expect(body.data.choices?.[0]).toEqual({ name: TOPIC, value: 'cambodia-area-remaining' });
  });

  it('cuts a Khmer headline longer than an embed title on a whole cluster', () => {
    const { reply, headline } = longHeadline();
    const title = renderDiscord(reply).embeds.map((e) => e.title).find((t) => t?.startsWith('headline: '));
    expectCutOnCluster(title, headline, LIMITS.title);
  });
});

describe('the Slack face in Khmer', () => {
  let fake: FakeSlack;
  let slack: SlackAdapter;
  let url: string;
  const SECRET = 'slack-signing-secret-km';
  let users = 0;
  const user = () => `U0KHMER${String(++users).padStart(3, '0')}`;

  interface Block { type: string; text?: { text: string }; elements?: Array<{ text?: unknown }> }
  interface Message { text: string; blocks: Block[] }

  beforeAll(async () => {
    fake = await createFakeSlack();
    slack = createSlackAdapter({
      botToken: 'xoxb-bot-token-km',
      signingSecret: SECRET,
      port: 0,
      host: '127.0.0.1',
      apiUrl: fake.apiUrl,
      engine: () => engine,
      logger: createLogger({ level: 'error', secrets: [], write: () => {} }),
      rateLimit: { burst: 50, perSecond: 1 },
    });
    url = (await slack.start()) ?? '';
  });

  afterAll(async () => {
    await slack?.stop();
    await fake?.close();
  });

  const command = async (text: string): Promise<Message> => {
    const r = await fake.sendSlashCommand(url, SECRET, { text, user_id: user() });
    expect(r.status).toBe(200);
    return r.body as Message;
  };

  function expectKhmer(m: Message): void {
    expect(m.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: HEADLINE } });
    const all = JSON.stringify(m.blocks);
    expect(all).toContain(STATEMENT);
    expect(all).toContain(JSON.stringify(`_${km.sourceWords}:_\n> ${QUOTE}`).slice(1, -1));
    const context = m.blocks.find((b) => b.type === 'context');
    expect(JSON.stringify(context)).toContain(`${km.asOfLabel} ${DATE}`);
    expect(m.text).toContain(HEADLINE);
  }

  it.each([EXACT, READ, 'lang:km remaining'])('/demining %s shows the Khmer blocks', async (text) => {
    expectKhmer(await command(text));
  });

  it('a direct message in Khmer is answered in Khmer', async () => {
    await fake.sendEvent(url, SECRET, directMessageEvent({ text: READ, user: user() }));
    const post = await fake.waitFor((c) => c.method === 'chat.postMessage');
    expectKhmer({ text: String(post.args.text), blocks: post.args.blocks as Block[] });
  });

  it('/demining with a Khmer question and lang:en answers in English', async () => {
    const m = await command(`${EXACT} lang:en`);
    expect(m.blocks[0]?.text?.text).toBe(ENGLISH_HEADLINE);
    expect(JSON.stringify(m.blocks)).not.toContain(km.sourceWords);
  });

  it('cuts a Khmer headline longer than a header on a whole cluster, through the face and in the renderer', async () => {
    const m = await command('lang:km cleared');
    const header = m.blocks[0]?.text?.text;
    expect(header?.startsWith('ជាង ៣,០០០ គីឡូម៉ែត្រការ៉េ កកក្សត្រ')).toBe(true);
    expectCutOnCluster(header, `ជាង ៣,០០០ គីឡូម៉ែត្រការ៉េ ${LONG_LABEL}`, SLACK_LIMITS.header);
    const { reply, headline } = longHeadline();
    for (const b of renderSlack(reply).blocks.filter((x) => x.type === 'header')) {
      expectCutOnCluster((b.text as { text: string }).text, headline, SLACK_LIMITS.header);
    }
  });
});
