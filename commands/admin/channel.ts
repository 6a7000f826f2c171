/**
 * `channel ...`: where and how the bot speaks, set by moderators for the channel the command is
 * typed in, or with `default` for the whole server (Discord) or workspace (Slack).
 */
import { reply } from '../../src/core/reply.js';
import { CHANNEL_MODES, type ChannelMode, type ChannelSetting, type ChannelSettings, type Place, type SetResult } from '../../src/store/channel-settings.js';
import { textOption } from '../command.js';
import { defineAdminCommand } from './admin-command.js';

export const CHANNEL_USAGE = [
  'channel show',
  'channel mode mentions|questions|silent [default]',
  'channel private-no-answer on|off [default]',
];

const MODE_TEXT: Record<ChannelMode, string> = {
  mentions: 'answers mentions and slash commands',
  questions: 'also answers plain questions asked in the channel without a mention',
  silent: 'answers slash commands only',
};

/** What plain-message questions need of each platform: the bot only hears what the platform sends it. */
export const HEARING_NOTE =
  'Plain questions are heard only where the platform sends the bot channel messages: on Discord with DISCORD_MESSAGE_CONTENT=1 and the Message Content intent enabled for the bot; on Slack with the message.channels event and the channels:history scope added to the app.';

const describeSetting = (s: ChannelSetting): string =>
  [s.mode === undefined ? undefined : `mode ${s.mode}`, s.privateNoAnswer === undefined ? undefined : `private-no-answer ${s.privateNoAnswer ? 'on' : 'off'}`]
    .filter((x) => x !== undefined)
    .join(', ') || 'nothing set';

/** The settings of the channel and the defaults of its server or workspace, as lines (status and `channel show`). */
export function channelSettingsLines(settings: ChannelSettings, place: Place | undefined): string[] {
  if (place === undefined || place.face === 'console') return ['Channel settings: they apply to Discord and Slack channels; the console answers everything typed.'];
  const e = settings.effective(place);
  const noAnswer = e.privateNoAnswer === undefined ? 'as usual (private to a slash command, in the thread for a mention)' : e.privateNoAnswer ? 'private' : 'public';
  return [
    `This channel: ${e.mode}, ${MODE_TEXT[e.mode]}; no-answer replies ${noAnswer}.`,
    `Set on this channel: ${describeSetting(e.channel)}. Default of this ${place.face === 'slack' ? 'workspace' : 'server'}: ${describeSetting(e.default)}.`,
    ...(e.mode === 'questions' ? [HEARING_NOTE] : []),
  ];
}

const SAVED_PROBLEM: Record<Exclude<SetResult, 'saved'>, string> = {
  'no-place': 'This command sets the channel it is typed in; here there is none. Add `default` to set the default.',
  full: 'Too many channels have settings already; change the default instead.',
  'not-saved': 'The setting applies now but could not be saved; it will be lost at a restart. See the log.',
};

export default defineAdminCommand({
  name: 'channel',
  description: 'Where the bot speaks here: mentions, questions or silent; private no-answer replies',
  options: [textOption('setting', 'show | mode mentions|questions|silent [default] | private-no-answer on|off [default]', { required: false })],
  examples: ['channel show', 'channel mode questions', 'channel mode silent default', 'channel private-no-answer on'],
  run: async ({ setting }, { store, place }) => {
    const usage = `Usage:\n${CHANNEL_USAGE.join('\n')}`;
    const words = (setting ?? '').trim().toLowerCase().split(/\s+/u).filter((w) => w !== '');
    const [what = 'show', value, scopeWord, ...extra] = words;
    if (what === 'show' && value === undefined) return { reply: reply('list', 'Channel settings', { body: channelSettingsLines(store.channels, place).join('\n'), private: true }) };
    if (place === undefined) return { reply: reply('error', 'Channel settings are not available here', { body: usage }) };
    const scope = scopeWord === 'default' ? 'default' : 'channel';
    let change: ChannelSetting | undefined;
    if (what === 'mode' && (CHANNEL_MODES as readonly string[]).includes(value ?? '')) change = { mode: value as ChannelMode };
    if (what === 'private-no-answer' && (value === 'on' || value === 'off')) change = { privateNoAnswer: value === 'on' };
    if (change === undefined || (scopeWord !== undefined && scopeWord !== 'default') || extra.length > 0) {
      return { reply: reply('error', `Not a channel setting: ${words.join(' ')}`, { body: usage }) };
    }
    const result = await store.channels.set(scope, place, change);
    if (result !== 'saved' && result !== 'not-saved') return { reply: reply('error', 'Not changed', { body: SAVED_PROBLEM[result] }) };
    const body = [...(result === 'not-saved' ? [SAVED_PROBLEM[result]] : []), ...channelSettingsLines(store.channels, place)].join('\n');
    return { reply: reply('list', scope === 'default' ? 'Default changed' : 'Channel setting changed', { body, private: true }) };
  },
});
