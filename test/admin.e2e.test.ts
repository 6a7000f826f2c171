/**
 * Moderation end to end, on Discord and on Slack through the local fakes, and in the console: what
 * a moderator sees, and what reaches the files.
 */
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PendingForms } from '../commands/admin/fact-form.js';
import { runConsoleChat } from '../src/adapters/console/chat.js';
import { createDiscordAdapter, type DiscordAdapter } from '../src/adapters/discord/discord-adapter.js';
import { createSlackAdapter, type SlackAdapter } from '../src/adapters/slack/slack-adapter.js';
import { silentLogger } from '../src/logger.js';
import { loadDictionary } from '../src/store/dictionary.js';
import { FactStore } from '../src/store/fact-store.js';
import { startDiscordFake, type DiscordFake, type RecordedRequest } from './fakes/discord/index.js';
import { createFakeSlack, viewSubmissionPayload, type FakeSlack } from './fakes/slack/index.js';
import { REAL_KNOWLEDGE } from './helpers.js';

async function openStore(): Promise<{ store: FactStore; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'admin-kb-'));
  await cp(REAL_KNOWLEDGE, dir, { recursive: true });
  const data = await mkdtemp(join(tmpdir(), 'admin-data-'));
  const store = await FactStore.open({ knowledgeDir: dir, dataDir: data, logger: silentLogger, dictionary: await loadDictionary() });
  return { store, dir };
}

const files = async (dir: string) => Promise.all(['facts.json', 'sources.json'].map((f) => readFile(join(dir, f), 'utf8')));

/** A new fact from a source with no text on file: shown as "quote not checked". */
const NEW_FACT = {
  statement: 'The Cambodian Mine Action and Victim Assistance Authority (CMAA) regulates and coordinates mine action in Cambodia.',
  figure: '',
  source: 'CMAA | About the authority | https://www.cmaa.gov.kh/en/about | 2025-01-15',
  quote: 'CMAA regulates and coordinates mine action in Cambodia\n— CMAA',
  phrasings: 'Who coordinates demining in Cambodia\nwho coordinates demining in cambodia\nwhat does the cmaa do',
};

const EDIT_REMAINING = {
  statement: 'Cambodia still has more than 1,700 km² of land to clear of landmines and explosive remnants of war.',
  figure: 'more than 1,700 km2 | still to clear (corrected label) | 2024-07-11 | Cambodia',
  source: 'phnompenhpost-2024-07-11',
  quote: 'will continue to work to clear more than 1,700 additional square kilometres\n— Hun Manet, Prime Minister of Cambodia',
  phrasings: 'Land still to clear in Cambodia\nhow much land is still mined',
};

describe('moderation on Discord', () => {
  let fake: DiscordFake;
  let adapter: DiscordAdapter;
  let store: FactStore;
  let dir: string;
  const MOD = PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages;
  let n = 0;
  const user = () => ({ id: String(1800000000000000000n + BigInt(++n)), username: `mod${n}` });

  beforeAll(async () => {
    ({ store, dir } = await openStore());
    fake = await startDiscordFake({ heartbeatIntervalMs: 200 });
    adapter = createDiscordAdapter({
      token: 'fake-token',
      apiUrl: fake.apiUrl,
      engine: () => store.engine(),
      logger: silentLogger,
      rateLimit: { burst: 100, perSecond: 100 },
      admin: { store, forms: new PendingForms(), moderatorRoleIds: ['1900000000000000001'] },
    });
    await adapter.start();
  });

  afterAll(async () => {
    await adapter?.stop();
    await fake?.close();
    await store?.close();
  });

  const admin = async (subcommand: string, options: Array<{ name: string; value: string }>, perms: bigint = MOD): Promise<RecordedRequest> => {
    const i = fake.slashCommand({ name: 'demining-admin', subcommand, options, memberPermissions: perms, user: user() });
    fake.dispatch('INTERACTION_CREATE', i);
    return fake.waitForCallback(i, 3000);
  };
  const submit = async (customId: string, fields: Record<string, string>): Promise<RecordedRequest> => {
    const i = fake.modalSubmit({ customId, fields, memberPermissions: MOD, user: user() });
    fake.dispatch('INTERACTION_CREATE', i);
    return fake.waitForCallback(i, 3000);
  };
  const ask = async (question: string) => {
    const i = fake.slashCommand({ name: 'demining', subcommand: 'ask', options: [{ name: 'question', value: question }], user: user() });
    fake.dispatch('INTERACTION_CREATE', i);
    return JSON.stringify((await fake.waitForCallback(i, 3000)).body);
  };
  const data = (r: RecordedRequest) => (r.body as { type: number; data: { custom_id?: string; flags?: number; content?: string; components?: Array<{ components: Array<{ custom_id: string; value?: string }> }> } });

  it('refuses a member without Manage Server or a moderator role, privately, and changes nothing', async () => {
    const before = await files(dir);
    const r = data(await admin('retire', [{ name: 'fact', value: 'cambodia-area-remaining' }, { name: 'reason', value: 'test' }], PermissionFlagsBits.ViewChannel));
    expect(r.data.flags! & 64).toBe(64);
    expect(r.data.content).toContain('Only moderators can change the fact base');
    expect(await files(dir)).toEqual(before);
  });

  it('adds a fact through the modal, and the next question is answered from it', async () => {
    expect(await ask('who coordinates demining in cambodia?')).toContain("I don't know");
    const opened = data(await admin('add', [{ name: 'reason', value: 'CMAA website' }]));
    expect(opened.type).toBe(9);
    expect(opened.data.components).toHaveLength(5);
    const saved = JSON.stringify((await submit(opened.data.custom_id!, NEW_FACT)).body);
    expect(saved).toContain('Added');
    const answer = await ask('who coordinates demining in cambodia?');
    expect(answer).toContain('regulates and coordinates mine action in Cambodia');
    expect(answer).toContain('quote not checked');
  });

  it('answers invalid input field by field, privately, with a button that reopens the form holding what was typed; nothing is written', async () => {
    const before = await files(dir);
    const opened = data(await admin('add', [{ name: 'reason', value: 'bad input' }]));
    const bad = { ...NEW_FACT, figure: 'lots of land | x', quote: 'words that are not in any source' };
    const r = data(await submit(opened.data.custom_id!, bad));
    expect(r.data.flags! & 64).toBe(64);
    expect(r.data.content).toMatch(/figure: /);
    expect(r.data.content).toMatch(/quote: /);
    expect(await files(dir)).toEqual(before);
    const reopen = r.data.components?.[0]?.components[0]?.custom_id;
    const click = fake.buttonClick({ customId: reopen!, memberPermissions: MOD, user: user() });
    fake.dispatch('INTERACTION_CREATE', click);
    const modal = data(await fake.waitForCallback(click, 3000));
    expect(modal.type).toBe(9);
    expect(JSON.stringify(modal.data.components)).toContain('lots of land | x');
  });

  it('refuses an edit from a stale form, saying who changed the fact and when', async () => {
    const a = data(await admin('edit', [{ name: 'fact', value: 'cambodia-area-remaining' }, { name: 'reason', value: 'first' }]));
    const b = data(await admin('edit', [{ name: 'fact', value: 'cambodia-area-remaining' }, { name: 'reason', value: 'second' }]));
    expect(JSON.stringify((await submit(b.data.custom_id!, EDIT_REMAINING)).body)).toContain('Updated cambodia-area-remaining');
    const before = await files(dir);
    const stale = JSON.stringify((await submit(a.data.custom_id!, { ...EDIT_REMAINING, figure: EDIT_REMAINING.figure.replace('corrected', 'other') })).body);
    expect(stale).toContain('Nothing was changed');
    expect(stale).toMatch(/changed by mod\d+/);
    expect(await files(dir)).toEqual(before);
  });

  it('lists both revisions in history, and undo restores the previous answer', async () => {
    const h = JSON.stringify((await admin('history', [{ name: 'fact', value: 'cambodia-area-remaining' }])).body);
    expect(h).toContain('r1');
    expect(h).toContain('r2');
    expect(h).toContain('still to clear (corrected label)');
    expect(await ask('how much land is still mined?')).toContain('still to clear (corrected label)');
    expect(JSON.stringify((await admin('undo', [{ name: 'reason', value: 'label was fine' }])).body)).toContain('Undone');
    const after = await ask('how much land is still mined?');
    expect(after).toContain('more than 1,700 km² still to clear');
    expect(after).not.toContain('corrected label');
  });

  it('shows an unanswered question in gaps, and after alias it is answered', async () => {
    expect(await ask('whats the mine situation like')).toContain("I don't know");
    expect(JSON.stringify((await admin('gaps', [])).body)).toContain('whats the mine situation like');
    await admin('alias', [{ name: 'fact', value: 'cambodia-area-remaining' }, { name: 'phrase', value: 'whats the mine situation like' }, { name: 'reason', value: 'from gaps' }]);
    expect(await ask('whats the mine situation like')).toContain('more than 1,700 km² still to clear');
  });
});

describe('moderation on Slack', () => {
  let fake: FakeSlack;
  let slack: SlackAdapter;
  let store: FactStore;
  let dir: string;
  let url: string;
  const SECRET = 'admin-secret';
  const MOD = 'U0MODERATOR';

  beforeAll(async () => {
    ({ store, dir } = await openStore());
    fake = await createFakeSlack();
    slack = createSlackAdapter({
      botToken: 'xoxb-admin', signingSecret: SECRET, port: 0, host: '127.0.0.1', apiUrl: fake.apiUrl,
      engine: () => store.engine(), logger: silentLogger, rateLimit: { burst: 100, perSecond: 100 },
      admin: { store, forms: new PendingForms(), moderatorUserIds: [MOD] },
    });
    url = (await slack.start())!;
  });

  afterAll(async () => {
    await slack?.stop();
    await fake?.close();
    await store?.close();
  });

  const admin = async (text: string, user = MOD) => fake.sendSlashCommand(url, SECRET, { command: '/demining-admin', text, user_id: user });
  const ask = async (text: string) => JSON.stringify((await fake.sendSlashCommand(url, SECRET, { text, user_id: 'U0ASKER' })).body);
  const openedView = async (text: string) => {
    const before = fake.callsTo('views.open').length;
    await admin(text);
    await fake.waitUntil(() => fake.callsTo('views.open').length > before, 3000, 'views.open');
    return fake.callsTo('views.open').at(-1)!.args.view as { private_metadata: string; blocks: Array<{ block_id: string; element: { initial_value?: string } }> };
  };
  const submit = (token: string, fields: Record<string, string>, userId = MOD) => {
    const values = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, { [k]: { type: 'plain_text_input', value: v } }]));
    return fake.sendInteraction(url, SECRET, viewSubmissionPayload({ callbackId: 'demining_admin_form', privateMetadata: token, values, userId }));
  };

  it('refuses a user who is not a moderator, privately, and changes nothing', async () => {
    const before = await files(dir);
    const r = await admin('retire cambodia-area-remaining reason: test', 'U0SOMEONE');
    expect(r.body).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(r.body)).toContain('Only moderators');
    expect(await files(dir)).toEqual(before);
  });

  it('adds a fact through the modal (views.open), and the next question is answered from it', async () => {
    expect(await ask('who coordinates demining in cambodia?')).toContain("I don't know");
    const view = await openedView('add reason: CMAA website');
    expect(view.blocks.map((b) => b.block_id)).toEqual(['statement', 'figure', 'source', 'quote', 'phrasings']);
    const r = await submit(view.private_metadata, NEW_FACT);
    expect(r.status).toBe(200);
    expect(JSON.stringify(r.body)).toContain('update');
    expect(await ask('who coordinates demining in cambodia?')).toContain('regulates and coordinates mine action');
  });

  it('answers invalid input inline on the modal, field by field; nothing is written', async () => {
    const before = await files(dir);
    const view = await openedView('add reason: bad');
    const r = await submit(view.private_metadata, { ...NEW_FACT, statement: '', figure: '12 | x' });
    expect(r.body).toMatchObject({ response_action: 'errors' });
    const errors = (r.body as { errors: Record<string, string> }).errors;
    expect(Object.keys(errors).sort()).toEqual(['figure', 'statement']);
    expect(await files(dir)).toEqual(before);
  });

  it('refuses a stale edit, lists both revisions in history, and undo restores the previous answer', async () => {
    const a = await openedView('edit cambodia-area-remaining reason: first');
    expect(a.blocks.find((b) => b.block_id === 'figure')?.element.initial_value).toMatch(/^more than 1,700 km2 \| still to clear \| 2024-07-11 \| Cambodia \| stock\b/u);
    const b = await openedView('edit cambodia-area-remaining reason: second');
    expect(JSON.stringify((await submit(b.private_metadata, EDIT_REMAINING)).body)).toContain('Updated');
    const stale = JSON.stringify((await submit(a.private_metadata, EDIT_REMAINING)).body);
    expect(stale).toContain('Nothing was changed');
    const history = JSON.stringify((await admin('history cambodia-area-remaining')).body);
    expect(history).toContain('r1');
    expect(history).toContain('r2');
    expect(await ask('how much land is still mined?')).toContain('corrected label');
    expect(JSON.stringify((await admin('undo reason: revert')).body)).toContain('Undone');
    expect(await ask('how much land is still mined?')).not.toContain('corrected label');
  });

  it('shows an unanswered question in gaps, and after alias it is answered', async () => {
    expect(await ask('is it safe to go hiking near the border')).toContain("I don't know");
    expect(JSON.stringify((await admin('gaps')).body)).toContain('is it safe to go hiking near the border');
    const r = await admin('alias cambodia-area-remaining phrase: is it safe to go hiking near the border reason: from gaps');
    expect(JSON.stringify(r.body)).toContain('now asks for cambodia-area-remaining');
  });
});

describe('moderation in the console', () => {
  it('adds a fact through the prompts, as the local user', async () => {
    const { store } = await openStore();
    const input = new PassThrough();
    const output = new PassThrough();
    let out = '';
    output.on('data', (d: Buffer) => (out += d.toString()));
    const done = runConsoleChat(() => store.engine(), { input, output, admin: { store, forms: new PendingForms(), actor: { id: 'local:test', name: 'tester', face: 'console' } } });
    const lines = [
      'admin add reason: from the console',
      NEW_FACT.statement, '.',
      '',
      NEW_FACT.source,
      ...NEW_FACT.quote.split('\n'), '.',
      ...NEW_FACT.phrasings.split('\n'), '.',
      'who coordinates demining in cambodia?',
      'exit',
    ];
    for (const l of lines) input.write(`${l}\n`);
    await done;
    expect(out).toContain('Added');
    expect(out).toContain('regulates and coordinates mine action in Cambodia');
    expect(store.history(store.kb().facts.at(-1)!.id).at(-1)?.updatedBy).toContain('tester');
    await store.close();
  });
});
