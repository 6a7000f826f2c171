/**
 * The moderator surface on every face (issue 9, point 5): the Slack manifest declares what the Slack
 * face listens for, an unknown admin subcommand is answered, admin autocomplete serves moderators
 * only, commands are named as each face spells them, usage lines parse, and gaps tells the truth.
 */
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { App } from '@slack/bolt';
import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { leafCommands, type AdminContext } from '../commands/admin/admin-command.js';
import { parseAdminLine, runAdmin } from '../commands/admin/dispatch.js';
import { PendingForms } from '../commands/admin/fact-form.js';
import { adminCommands } from '../commands/admin/index.js';
import { runConsoleChat } from '../src/adapters/console/chat.js';
import { createDiscordAdapter, type DiscordAdapter } from '../src/adapters/discord/discord-adapter.js';
import { renderDiscord } from '../src/adapters/discord/render.js';
import { MANIFEST_PATH } from '../src/adapters/slack/manifest.js';
import { renderSlack } from '../src/adapters/slack/render.js';
import { createSlackAdapter, type SlackAdapter } from '../src/adapters/slack/slack-adapter.js';
import { messages } from '../src/core/messages.js';
import type { Reply } from '../src/core/reply.js';
import { silentLogger } from '../src/logger.js';
import { loadDictionary } from '../src/store/dictionary.js';
import { FactStore } from '../src/store/fact-store.js';
import { startDiscordFake, type DiscordFake, type RecordedRequest } from './fakes/discord/index.js';
import { createFakeSlack, type FakeSlack } from './fakes/slack/index.js';
import { REAL_KNOWLEDGE, REPO } from './helpers.js';

const UNANSWERABLE = 'what colour is the sky on mars';
const ESCAPED_BACKTICK = '\\`';

async function openStore(): Promise<FactStore> {
  const dir = await mkdtemp(join(tmpdir(), 'surface-kb-'));
  await cp(REAL_KNOWLEDGE, dir, { recursive: true });
  return FactStore.open({ knowledgeDir: dir, dataDir: await mkdtemp(join(tmpdir(), 'surface-data-')), logger: silentLogger, dictionary: await loadDictionary() });
}

/** Every text a Discord message shows: content, embed titles, descriptions, fields and footers. */
function discordTexts(body: unknown): string[] {
  const data = (body as { data?: { content?: string; embeds?: Array<{ title?: string; description?: string; footer?: { text: string }; fields?: Array<{ name: string; value: string }> }> } }).data ?? {};
  return [data.content ?? '', ...(data.embeds ?? []).flatMap((e) => [e.title ?? '', e.description ?? '', e.footer?.text ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])])];
}

/** Runs lines through the console chat and returns what it printed. */
async function consoleSays(store: FactStore, lines: readonly string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (d: Buffer) => (out += d.toString()));
  const done = runConsoleChat(() => store.engine(), { input, output, admin: { store, forms: new PendingForms(), actor: { id: 'local:test', name: 'tester', face: 'console' } } });
  for (const l of [...lines, 'exit']) input.write(`${l}\n`);
  await done;
  return out;
}

describe('Slack', () => {
  let fake: FakeSlack;
  let slack: SlackAdapter;
  let store: FactStore;
  let url: string;
  const SECRET = 'surface-secret';
  const MOD = 'U0MODERATOR';
  const listened: unknown[] = [];

  beforeAll(async () => {
    store = await openStore();
    fake = await createFakeSlack();
    const command = vi.spyOn(App.prototype, 'command');
    slack = createSlackAdapter({
      botToken: 'xoxb-surface', signingSecret: SECRET, port: 0, host: '127.0.0.1', apiUrl: fake.apiUrl,
      engine: () => store.engine(), logger: silentLogger, rateLimit: { burst: 100, perSecond: 100 },
      admin: { store, forms: new PendingForms(), moderatorUserIds: [MOD] },
    });
    listened.push(...command.mock.calls.map((c) => c[0]));
    command.mockRestore();
    url = (await slack.start())!;
  });

  afterAll(async () => {
    await slack?.stop();
    await fake?.close();
    await store?.close();
  });

  it('the manifest in the repo declares every slash command the Slack face listens for', async () => {
    expect(listened.length).toBeGreaterThan(1);
    expect(listened.every((c) => typeof c === 'string')).toBe(true);
    const manifest = JSON.parse(await readFile(join(REPO, MANIFEST_PATH), 'utf8')) as { features: { slash_commands: Array<{ command: string; usage_hint?: string }> } };
    const declared = manifest.features.slash_commands.map((c) => c.command);
    for (const c of listened) expect(declared).toContain(c);
    for (const c of manifest.features.slash_commands) expect(c.usage_hint ?? '', c.command).not.toBe('');
  });

  it('answers an unknown /demining-admin subcommand privately, listing the subcommands', async () => {
    const r = await fake.sendSlashCommand(url, SECRET, { command: '/demining-admin', text: 'frobnicate now', user_id: MOD });
    expect(r.body).toMatchObject({ response_type: 'ephemeral' });
    const text = JSON.stringify(r.body);
    expect(text).toContain('frobnicate');
    for (const c of adminCommands) expect(text).toContain(`/demining-admin ${c.name}`);
  });

  it('names commands as Slack spells them: /demining search <words>, as code, in the blocks and the fallback', async () => {
    const r = await fake.sendSlashCommand(url, SECRET, { command: '/demining', text: UNANSWERABLE, user_id: 'U0ASKER' });
    const body = r.body as { text: string; blocks: unknown[] };
    expect(JSON.stringify(body.blocks)).toContain('`/demining search &lt;words&gt;`');
    expect(body.text).toContain('/demining search &lt;words&gt;');
    expect(JSON.stringify(body)).not.toContain(ESCAPED_BACKTICK);
  });
});

describe('Discord', () => {
  let fake: DiscordFake;
  let adapter: DiscordAdapter;
  let store: FactStore;
  const MOD = PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages;
  let n = 0;
  const user = () => ({ id: String(1700000000000000000n + BigInt(++n)), username: `user${n}` });

  beforeAll(async () => {
    store = await openStore();
    fake = await startDiscordFake({ heartbeatIntervalMs: 200 });
    adapter = createDiscordAdapter({
      token: 'fake-token', apiUrl: fake.apiUrl, engine: () => store.engine(), logger: silentLogger,
      rateLimit: { burst: 100, perSecond: 100 },
      admin: { store, forms: new PendingForms(), moderatorRoleIds: [] },
    });
    await adapter.start();
  });

  afterAll(async () => {
    await adapter?.stop();
    await fake?.close();
    await store?.close();
  });

  const callback = async (i: ReturnType<DiscordFake['slashCommand']>): Promise<RecordedRequest> => {
    fake.dispatch('INTERACTION_CREATE', i);
    return fake.waitForCallback(i, 3000);
  };

  it('answers an unknown /demining-admin subcommand privately, listing the subcommands (not "interaction failed")', async () => {
    const r = await callback(fake.slashCommand({ name: 'demining-admin', subcommand: 'frobnicate', options: [], memberPermissions: MOD, user: user() }));
    const body = r.body as { type: number; data: { flags?: number } };
    expect(body.type).toBe(4);
    expect((body.data.flags ?? 0) & 64).toBe(64);
    const text = discordTexts(body).join('\n');
    expect(text).toContain('frobnicate');
    for (const c of adminCommands) expect(text).toContain(`/demining-admin ${c.name}`);
    expect(text).not.toContain(ESCAPED_BACKTICK);
  });

  it('admin autocomplete answers moderators, and others get an empty list', async () => {
    const ask = (perms: bigint) => callback(fake.autocomplete({ name: 'demining-admin', subcommand: 'retire', options: [{ name: 'fact', value: 'jmas' }], focused: 'fact', memberPermissions: perms, user: user() }));
    const choices = (r: RecordedRequest) => (r.body as { type: number; data: { choices: unknown[] } }).data.choices;
    expect(choices(await ask(MOD)).length).toBeGreaterThan(0);
    expect(choices(await ask(PermissionFlagsBits.ViewChannel))).toEqual([]);
  });

  it('names commands as Discord spells them: /demining search <words>, as code, never an escaped backtick', async () => {
    const r = await callback(fake.slashCommand({ name: 'demining', subcommand: 'ask', options: [{ name: 'question', value: UNANSWERABLE }], user: user() }));
    const text = discordTexts(r.body).join('\n');
    expect(text).toContain('`/demining search <words>`');
    expect(text).not.toContain(ESCAPED_BACKTICK);
  });
});

describe('the console', () => {
  let store: FactStore;
  beforeAll(async () => {
    store = await openStore();
  });
  afterAll(async () => {
    await store?.close();
  });

  it('names commands as the console spells them: `search <words>`, and `admin help` shows console syntax', async () => {
    const out = await consoleSays(store, [UNANSWERABLE, 'admin help']);
    expect(out).toContain('`search <words>`');
    expect(out).toContain('`admin retire <fact>');
    expect(out).not.toContain('/demining');
  });

  it('answers an unknown admin subcommand with the list of subcommands', async () => {
    const out = await consoleSays(store, ['admin frobnicate']);
    expect(out).toContain('frobnicate');
    for (const c of adminCommands) expect(out).toContain(`\`admin ${c.name}`);
  });

  it('every usage line that admin help shows is accepted by the parser, each option filled', async () => {
    const out = await consoleSays(store, ['admin help']);
    const usages = [...out.matchAll(/`admin ([^`]+)`/gu)].map((m) => m[1]!);
    expect([...new Set(usages.map((u) => u.split(' ')[0]))].sort()).toEqual(adminCommands.map((c) => c.name).sort());
    expect(usages).toHaveLength(leafCommands(adminCommands).length);
    for (const u of usages) {
      let i = 0;
      const line = u.replace(/<([a-z]+)>/gu, (_m, name: string) => (name === 'fact' ? 'cambodia-area-remaining' : name === 'id' || name === 'group' ? 'some-id' : `words for the ${name} ${++i}`));
      const parsed = parseAdminLine(line);
      expect(parsed?.ok, line).toBe(true);
      const [head = '', sub = ''] = u.split(' ');
      const group = adminCommands.find((c) => c.name === head)!;
      const command = group.subcommands?.find((c) => c.name === sub) ?? group;
      if (parsed?.ok === true) expect(parsed.command, line).toBe(command);
      if (parsed?.ok === true) for (const o of command.options) expect(parsed.args[o.name], `${line}: ${o.name}`).toBeTruthy();
    }
  });
});

describe('renderers', () => {
  it('every message names commands through commandRef, never between backticks (Discord would show them escaped)', () => {
    for (const [key, message] of Object.entries(messages)) {
      // The console's own hint: only the console shows it, and shows backticks as they are.
      if (key === 'helpConsoleHint') continue;
      let text: unknown = message;
      if (typeof message === 'function') {
        try {
          text = (message as (...args: unknown[]) => unknown)('x', 'y', 'z');
        } catch {
          text = undefined;
        }
      }
      if (typeof text === 'string') expect(text, key).not.toContain('`');
    }
  });

  it('no reply the bot builds about commands shows an escaped backtick on Discord or Slack', async () => {
    const store = await openStore();
    try {
      const ctx: AdminContext = { store, forms: new PendingForms(), actor: { id: 'local:test', name: 'tester', face: 'console' } };
      const replies: Reply[] = [
        store.engine().ask(UNANSWERABLE),
        store.engine().fact(''),
        store.engine().search(''),
        (await runAdmin(parseAdminLine('retire cambodia-area-remaining')!, ctx) as { reply: Reply }).reply,
        (await runAdmin(parseAdminLine('gaps')!, ctx) as { reply: Reply }).reply,
      ];
      for (const r of replies) {
        expect(JSON.stringify(renderDiscord(r)), r.title).not.toContain(ESCAPED_BACKTICK);
        expect(JSON.stringify(renderSlack(r)), r.title).not.toContain(ESCAPED_BACKTICK);
      }
      expect(JSON.stringify(renderDiscord(replies[3]!))).toContain('/demining-admin retire');
    } finally {
      await store.close();
    }
  });
});

describe('gaps', () => {
  it('shows the real count of unanswered questions, and drops one a taught phrasing now answers', async () => {
    const store = await openStore();
    try {
      const ctx: AdminContext = { store, forms: new PendingForms(), actor: { id: 'local:test', name: 'tester', face: 'console' } };
      const gaps = async () => (await runAdmin(parseAdminLine('gaps')!, ctx) as { reply: Reply }).reply;
      const taught = 'whats the mine situation like';
      for (let i = 0; i < 3; i++) store.recordGap(taught);
      for (let i = 0; i < 30; i++) store.recordGap(`unanswerable question number ${i} about the moon`);
      expect(store.engine().ask(taught).kind).toBe('no-answer');
      const before = await gaps();
      expect(before.title).toMatch(/^31 unanswered questions/u);
      expect(before.body).toContain(taught);
      const alias = await runAdmin(parseAdminLine(`alias cambodia-area-remaining ${taught} reason: from gaps`)!, ctx);
      expect('reply' in alias && alias.reply.kind).toBe('answer');
      const after = await gaps();
      expect(after.title).toMatch(/^30 unanswered questions/u);
      expect(after.body).not.toContain(taught);
    } finally {
      await store.close();
    }
  });
});
