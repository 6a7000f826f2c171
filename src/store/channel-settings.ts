/**
 * Where and how the bot speaks, chosen by moderators: per channel, and per server (Discord) or
 * workspace (Slack) as a default. Kept in DATA_DIR/channel-settings.json, written atomically at
 * each change, bounded, and read back after a restart. A file that does not parse (or is too large)
 * is reported, set aside as *.corrupt, and every channel falls back to the defaults.
 *
 * - `mentions` (the default): the bot answers mentions, direct messages and slash commands.
 * - `questions`: it also answers plain messages in the channel that look like questions.
 * - `silent`: it answers slash commands only.
 *
 * `privateNoAnswer`: on, a "no answer" reply is shown only to the asker; off, it is posted where it
 * was asked; unset, as before (private to a slash command, in the thread for a mention).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Logger } from '../logger.js';
import { readDataFile } from './data-file.js';
import { nodeFsOps, writeFileAtomic, type FsOps } from './atomic-write.js';

export const CHANNEL_SETTINGS_FILE = 'channel-settings.json';
export const CHANNEL_MODES = ['mentions', 'questions', 'silent'] as const;
export type ChannelMode = (typeof CHANNEL_MODES)[number];
/** Channels (and, separately, servers or workspaces) with settings; a new one beyond it is refused. */
export const MAX_CHANNEL_SETTINGS = 5_000;
export const MAX_CHANNEL_SETTINGS_FILE_BYTES = 8 * 1024 * 1024;
const MAX_ID = 100;

export type SettingsFace = 'console' | 'discord' | 'slack';

/** Where a request came from: the face, the server or workspace, the channel. */
export interface Place {
  face: SettingsFace;
  server?: string;
  channel?: string;
}

const Setting = z.strictObject({
  mode: z.enum(CHANNEL_MODES).optional(),
  privateNoAnswer: z.boolean().optional(),
});
export type ChannelSetting = z.infer<typeof Setting>;

const Key = z.string().min(1).max(3 * MAX_ID + 2);
const SettingsFile = z.strictObject({
  version: z.literal(1),
  defaults: z.record(Key, Setting),
  channels: z.record(Key, Setting),
});

export interface EffectiveSettings {
  mode: ChannelMode;
  /** Undefined: as before (private to a slash command, in the thread for a mention). */
  privateNoAnswer: boolean | undefined;
  /** What was set on the channel itself, and as the default of its server or workspace. */
  channel: ChannelSetting;
  default: ChannelSetting;
}

export type SettingsScope = 'channel' | 'default';
export type SetResult = 'saved' | 'no-place' | 'full' | 'not-saved';

export interface ChannelSettingsOptions {
  dataDir: string;
  logger: Logger;
  fsOps?: FsOps;
  maxEntries?: number;
  maxFileBytes?: number;
}

const part = (s: string | undefined) => (s === undefined || s === '' ? '-' : Array.from(s).slice(0, MAX_ID).join(''));
const defaultKey = (p: Place) => `${p.face}:${part(p.server)}`;
const channelKey = (p: Place) => `${p.face}:${part(p.server)}:${part(p.channel)}`;

export class ChannelSettings {
  private readonly defaults = new Map<string, ChannelSetting>();
  private readonly channels = new Map<string, ChannelSetting>();
  private saving: Promise<void> = Promise.resolve();

  private constructor(private readonly options: ChannelSettingsOptions & { fsOps: FsOps; maxEntries: number; maxFileBytes: number }) {}

  private get path(): string {
    return join(this.options.dataDir, CHANNEL_SETTINGS_FILE);
  }

  static async open(options: ChannelSettingsOptions): Promise<ChannelSettings> {
    const store = new ChannelSettings({
      ...options,
      fsOps: options.fsOps ?? nodeFsOps,
      maxEntries: options.maxEntries ?? MAX_CHANNEL_SETTINGS,
      maxFileBytes: options.maxFileBytes ?? MAX_CHANNEL_SETTINGS_FILE_BYTES,
    });
    await store.load();
    return store;
  }

  private async load(): Promise<void> {
    const parsed = await readDataFile(this.path, SettingsFile, { logger: this.options.logger, what: 'channel settings file', instead: 'every channel uses the defaults', maxBytes: this.options.maxFileBytes });
    for (const [k, v] of Object.entries(parsed?.defaults ?? {}).slice(0, this.options.maxEntries)) this.defaults.set(k, v);
    for (const [k, v] of Object.entries(parsed?.channels ?? {}).slice(0, this.options.maxEntries)) this.channels.set(k, v);
  }

  /** The settings that apply in a place: the channel's, else its server's or workspace's default, else `mentions`. */
  effective(place: Place): EffectiveSettings {
    const channel = place.channel === undefined ? {} : this.channels.get(channelKey(place)) ?? {};
    const fallback = this.defaults.get(defaultKey(place)) ?? {};
    return {
      mode: channel.mode ?? fallback.mode ?? 'mentions',
      privateNoAnswer: channel.privateNoAnswer ?? fallback.privateNoAnswer,
      channel: { ...channel },
      default: { ...fallback },
    };
  }

  /** Changes the channel's settings (or its server's or workspace's default) and saves them at once. */
  async set(scope: SettingsScope, place: Place, change: ChannelSetting): Promise<SetResult> {
    if (scope === 'channel' && place.channel === undefined) return 'no-place';
    const map = scope === 'channel' ? this.channels : this.defaults;
    const key = scope === 'channel' ? channelKey(place) : defaultKey(place);
    const previous = map.get(key);
    if (previous === undefined && map.size >= this.options.maxEntries) return 'full';
    const next = Setting.parse({ ...previous, ...change });
    map.set(key, next);
    return (await this.save()) ? 'saved' : 'not-saved';
  }

  get size(): number {
    return this.defaults.size + this.channels.size;
  }

  private save(): Promise<boolean> {
    const text = `${JSON.stringify({ version: 1, defaults: Object.fromEntries(this.defaults), channels: Object.fromEntries(this.channels) })}\n`;
    const run = this.saving.then(async () => {
      try {
        await mkdir(this.options.dataDir, { recursive: true });
        await writeFileAtomic(this.path, text, this.options.fsOps);
        return true;
      } catch (e) {
        this.options.logger.warn({ file: this.path, err: e }, 'could not save channel settings; they hold until a restart');
        return false;
      }
    });
    this.saving = run.then(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    await this.saving;
  }
}

const QUESTION_WORDS = /^(how|what|when|where|which|who|whom|whose|why)\b/iu;

/**
 * Whether a plain channel message (no mention) looks like a question to the bot: conservative, since
 * the bot was not addressed. It ends with "?", or starts with a question word; it has at least three
 * words and is not a link, a code block or a reply quoting someone.
 */
export function looksLikeQuestion(text: string): boolean {
  const t = text.trim();
  if (t.length < 10 || t.length > 300 || /```|https?:\/\/|^>/u.test(t)) return false;
  if (t.split(/\s+/u).length < 3) return false;
  return t.endsWith('?') || QUESTION_WORDS.test(t);
}
