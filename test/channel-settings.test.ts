/** The channel settings store: per channel and per server or workspace, kept in DATA_DIR, bounded, a corrupt file set aside. */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger, silentLogger } from '../src/logger.js';
import { CHANNEL_SETTINGS_FILE, ChannelSettings, looksLikeQuestion, type Place } from '../src/store/channel-settings.js';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'channel-settings-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const general: Place = { face: 'discord', server: 'G1', channel: 'C1' };
const other: Place = { face: 'discord', server: 'G1', channel: 'C2' };

describe('channel settings', () => {
  it('answers mentions by default, with no-answer replies as before', async () => {
    const s = await ChannelSettings.open({ dataDir, logger: silentLogger });
    expect(s.effective(general)).toMatchObject({ mode: 'mentions', privateNoAnswer: undefined });
  });

  it("a channel's setting wins over its server's default, which applies to the server's other channels only", async () => {
    const s = await ChannelSettings.open({ dataDir, logger: silentLogger });
    expect(await s.set('default', general, { mode: 'silent', privateNoAnswer: true })).toBe('saved');
    expect(await s.set('channel', general, { mode: 'questions' })).toBe('saved');
    expect(s.effective(general)).toMatchObject({ mode: 'questions', privateNoAnswer: true });
    expect(s.effective(other)).toMatchObject({ mode: 'silent', privateNoAnswer: true });
    expect(s.effective({ face: 'discord', server: 'G2', channel: 'C1' }).mode).toBe('mentions');
    expect(s.effective({ face: 'slack', server: 'G1', channel: 'C1' }).mode).toBe('mentions');
  });

  it('keeps settings across a restart, written atomically (no temporary file left)', async () => {
    const s = await ChannelSettings.open({ dataDir, logger: silentLogger });
    await s.set('channel', general, { mode: 'questions' });
    await s.set('channel', general, { privateNoAnswer: false });
    await s.close();
    const again = await ChannelSettings.open({ dataDir, logger: silentLogger });
    expect(again.effective(general)).toMatchObject({ mode: 'questions', privateNoAnswer: false });
    expect(await readdir(dataDir)).toEqual([CHANNEL_SETTINGS_FILE]);
  });

  it('reports a corrupt file, sets it aside and uses the defaults', async () => {
    await writeFile(join(dataDir, CHANNEL_SETTINGS_FILE), '{"version":1,"defaults":{},"channels":{"x":{"mode":"shout"}}}');
    const lines: string[] = [];
    const s = await ChannelSettings.open({ dataDir, logger: createLogger({ level: 'warn', secrets: [], write: (l) => lines.push(l) }) });
    expect(s.effective(general).mode).toBe('mentions');
    expect(lines.some((l) => l.includes('corrupt'))).toBe(true);
    expect((await readdir(dataDir)).sort()).toEqual([`${CHANNEL_SETTINGS_FILE}.corrupt`]);
    expect(await s.set('channel', general, { mode: 'silent' })).toBe('saved');
    expect(JSON.parse(await readFile(join(dataDir, CHANNEL_SETTINGS_FILE), 'utf8'))).toMatchObject({ version: 1 });
  });

  it('sets aside a file over the size limit unread', async () => {
    await writeFile(join(dataDir, CHANNEL_SETTINGS_FILE), 'x'.repeat(200));
    const s = await ChannelSettings.open({ dataDir, logger: silentLogger, maxFileBytes: 100 });
    expect(s.size).toBe(0);
    expect(await readdir(dataDir)).toEqual([`${CHANNEL_SETTINGS_FILE}.corrupt`]);
  });

  it('is bounded: a new channel beyond the limit is refused, a known one can still change', async () => {
    const s = await ChannelSettings.open({ dataDir, logger: silentLogger, maxEntries: 2 });
    expect(await s.set('channel', general, { mode: 'silent' })).toBe('saved');
    expect(await s.set('channel', other, { mode: 'silent' })).toBe('saved');
    expect(await s.set('channel', { ...general, channel: 'C3' }, { mode: 'silent' })).toBe('full');
    expect(await s.set('channel', general, { mode: 'questions' })).toBe('saved');
    expect(await s.set('default', general, { mode: 'questions' })).toBe('saved');
  });

  it('refuses a channel setting with no channel, and reports a failed write without throwing', async () => {
    const s = await ChannelSettings.open({
      dataDir,
      logger: silentLogger,
      fsOps: { writeFile: () => Promise.reject(Object.assign(new Error('no space'), { code: 'ENOSPC' })), appendFile: async () => {}, rename: async () => {}, truncate: async () => {}, unlink: async () => {}, syncDir: async () => {} },
    });
    expect(await s.set('channel', { face: 'slack', server: 'T1' }, { mode: 'silent' })).toBe('no-place');
    expect(await s.set('default', { face: 'slack', server: 'T1' }, { mode: 'silent' })).toBe('not-saved');
  });

  it('takes a plain message for a question only when it clearly is one', () => {
    for (const q of ['how much land is still mined?', 'What is the casualty count in 2023', 'is the land still mined?']) expect(looksLikeQuestion(q)).toBe(true);
    for (const q of ['thanks everyone', 'lunch?', 'see https://example.org what?', 'the meeting is at noon', '> how is it?']) expect(looksLikeQuestion(q)).toBe(false);
  });
});
