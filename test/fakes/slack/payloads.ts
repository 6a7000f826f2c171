/**
 * Builders for the payloads Slack sends to an app, after sanitised real captures. Each takes the
 * fields a test cares about and fills the rest, so fixtures stay short and keep Slack's shape.
 */
import { FAKE_IDS, type FakeIds } from './ids.js';

let counter = 0;
function next(): number {
  counter += 1;
  return counter;
}

/** A Slack timestamp (`seconds.micro`), unique within the process. */
export function slackTs(): string {
  return `${Math.floor(Date.now() / 1000)}.${String(next()).padStart(6, '0')}`;
}

function triggerId(ids: FakeIds): string {
  return `${next()}.${ids.teamId.slice(1)}.fake${String(next()).padStart(8, '0')}`;
}

/** The form fields of a slash command, all strings, in the order Slack sends them. */
export interface SlashCommandBody {
  token: string;
  team_id: string;
  team_domain: string;
  channel_id: string;
  channel_name: string;
  user_id: string;
  user_name: string;
  command: string;
  text: string;
  api_app_id: string;
  is_enterprise_install: string;
  response_url: string;
  trigger_id: string;
}

export function slashCommandBody(
  fields: Partial<SlashCommandBody> = {},
  ids: FakeIds = FAKE_IDS,
): SlashCommandBody {
  return {
    token: ids.verificationToken,
    team_id: ids.teamId,
    team_domain: ids.teamDomain,
    channel_id: ids.channelId,
    channel_name: ids.channelName,
    user_id: ids.userId,
    user_name: ids.userName,
    command: '/demining',
    text: '',
    api_app_id: ids.appId,
    is_enterprise_install: 'false',
    response_url: 'https://hooks.slack.invalid/commands/unset',
    trigger_id: triggerId(ids),
    ...fields,
  };
}

/** A user's message that mentions the bot in a channel (`app_mention`). */
export interface AppMentionEvent {
  type: 'app_mention';
  user: string;
  text: string;
  ts: string;
  channel: string;
  event_ts: string;
  team: string;
  client_msg_id: string;
  thread_ts?: string;
  blocks: unknown[];
}

function richText(text: string): unknown[] {
  return [
    {
      type: 'rich_text',
      block_id: `b${next()}`,
      elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text }] }],
    },
  ];
}

export function appMentionEvent(
  fields: { text?: string; user?: string; channel?: string; ts?: string; thread_ts?: string } = {},
  ids: FakeIds = FAKE_IDS,
): AppMentionEvent {
  const ts = fields.ts ?? slackTs();
  const text = `<@${ids.botUserId}> ${fields.text ?? 'help'}`;
  return {
    type: 'app_mention',
    user: fields.user ?? ids.userId,
    text,
    ts,
    channel: fields.channel ?? ids.channelId,
    event_ts: ts,
    team: ids.teamId,
    client_msg_id: `00000000-0000-4000-8000-${String(next()).padStart(12, '0')}`,
    ...(fields.thread_ts === undefined ? {} : { thread_ts: fields.thread_ts }),
    blocks: richText(text),
  };
}

/** A direct message to the bot (`message.im`). */
export interface DirectMessageEvent {
  type: 'message';
  channel_type: 'im';
  user: string;
  text: string;
  ts: string;
  channel: string;
  event_ts: string;
  team: string;
  client_msg_id: string;
  blocks: unknown[];
}

export function directMessageEvent(
  fields: { text?: string; user?: string; channel?: string; ts?: string } = {},
  ids: FakeIds = FAKE_IDS,
): DirectMessageEvent {
  const ts = fields.ts ?? slackTs();
  const text = fields.text ?? 'help';
  return {
    type: 'message',
    channel_type: 'im',
    user: fields.user ?? ids.userId,
    text,
    ts,
    channel: fields.channel ?? ids.dmChannelId,
    event_ts: ts,
    team: ids.teamId,
    client_msg_id: `00000000-0000-4000-8000-${String(next()).padStart(12, '0')}`,
    blocks: richText(text),
  };
}

/** The Events API envelope around an event, as POSTed in HTTP mode and carried in Socket Mode. */
export interface EventCallback<E extends object = object> {
  token: string;
  team_id: string;
  context_team_id: string;
  context_enterprise_id: null;
  api_app_id: string;
  event: E;
  type: 'event_callback';
  event_id: string;
  event_time: number;
  authorizations: {
    enterprise_id: null;
    team_id: string;
    user_id: string;
    is_bot: boolean;
    is_enterprise_install: boolean;
  }[];
  is_ext_shared_channel: boolean;
  event_context: string;
}

export function eventCallback<E extends object>(
  event: E,
  options: { eventId?: string } = {},
  ids: FakeIds = FAKE_IDS,
): EventCallback<E> {
  return {
    token: ids.verificationToken,
    team_id: ids.teamId,
    context_team_id: ids.teamId,
    context_enterprise_id: null,
    api_app_id: ids.appId,
    event,
    type: 'event_callback',
    event_id: options.eventId ?? `Ev0FAKE${String(next()).padStart(6, '0')}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      {
        enterprise_id: null,
        team_id: ids.teamId,
        user_id: ids.botUserId,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
    event_context: `4-fake-${next()}`,
  };
}

interface InteractionUser {
  id: string;
  username: string;
  name: string;
  team_id: string;
}

function user(ids: FakeIds, id = ids.userId): InteractionUser {
  return { id, username: ids.userName, name: ids.userName, team_id: ids.teamId };
}

/** A click on a button in a message the app posted. */
export interface BlockActionsPayload {
  type: 'block_actions';
  user: InteractionUser;
  api_app_id: string;
  token: string;
  container: { type: 'message'; message_ts: string; channel_id: string; is_ephemeral: boolean };
  trigger_id: string;
  team: { id: string; domain: string };
  enterprise: null;
  is_enterprise_install: boolean;
  channel: { id: string; name: string };
  state: { values: Record<string, unknown> };
  response_url: string;
  actions: {
    action_id: string;
    block_id: string;
    text: { type: 'plain_text'; text: string; emoji: boolean };
    value: string;
    type: 'button';
    action_ts: string;
  }[];
}

export function blockActionsPayload(
  fields: {
    actionId: string;
    value?: string;
    blockId?: string;
    buttonText?: string;
    responseUrl?: string;
    userId?: string;
    channelId?: string;
    messageTs?: string;
    isEphemeral?: boolean;
  },
  ids: FakeIds = FAKE_IDS,
): BlockActionsPayload {
  const channelId = fields.channelId ?? ids.channelId;
  return {
    type: 'block_actions',
    user: user(ids, fields.userId),
    api_app_id: ids.appId,
    token: ids.verificationToken,
    container: {
      type: 'message',
      message_ts: fields.messageTs ?? slackTs(),
      channel_id: channelId,
      is_ephemeral: fields.isEphemeral ?? false,
    },
    trigger_id: triggerId(ids),
    team: { id: ids.teamId, domain: ids.teamDomain },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: channelId, name: ids.channelName },
    state: { values: {} },
    response_url: fields.responseUrl ?? 'https://hooks.slack.invalid/actions/unset',
    actions: [
      {
        action_id: fields.actionId,
        block_id: fields.blockId ?? `b${next()}`,
        text: { type: 'plain_text', text: fields.buttonText ?? 'Button', emoji: true },
        value: fields.value ?? '',
        type: 'button',
        action_ts: slackTs(),
      },
    ],
  };
}

/** Values of a modal's inputs: block_id -> action_id -> element state. */
export type ViewStateValues = Record<string, Record<string, { type: string; value?: string | null } & object>>;

/** A modal submitted by the user. */
export interface ViewSubmissionPayload {
  type: 'view_submission';
  team: { id: string; domain: string };
  user: InteractionUser;
  api_app_id: string;
  token: string;
  trigger_id: string;
  view: {
    id: string;
    team_id: string;
    type: 'modal';
    blocks: unknown[];
    private_metadata: string;
    callback_id: string;
    state: { values: ViewStateValues };
    hash: string;
    title: { type: 'plain_text'; text: string; emoji: boolean };
    clear_on_close: boolean;
    notify_on_close: boolean;
    close: null;
    submit: { type: 'plain_text'; text: string; emoji: boolean };
    previous_view_id: null;
    root_view_id: string;
    app_id: string;
    external_id: string;
    app_installed_team_id: string;
    bot_id: string;
  };
  response_urls: unknown[];
  is_enterprise_install: boolean;
  enterprise: null;
}

export function viewSubmissionPayload(
  fields: {
    callbackId: string;
    values?: ViewStateValues;
    privateMetadata?: string;
    viewId?: string;
    userId?: string;
    title?: string;
  },
  ids: FakeIds = FAKE_IDS,
): ViewSubmissionPayload {
  const viewId = fields.viewId ?? `V0FAKE${String(next()).padStart(4, '0')}`;
  return {
    type: 'view_submission',
    team: { id: ids.teamId, domain: ids.teamDomain },
    user: user(ids, fields.userId),
    api_app_id: ids.appId,
    token: ids.verificationToken,
    trigger_id: triggerId(ids),
    view: {
      id: viewId,
      team_id: ids.teamId,
      type: 'modal',
      blocks: [],
      private_metadata: fields.privateMetadata ?? '',
      callback_id: fields.callbackId,
      state: { values: fields.values ?? {} },
      hash: `${Math.floor(Date.now() / 1000)}.fakehash`,
      title: { type: 'plain_text', text: fields.title ?? 'Demining', emoji: true },
      clear_on_close: false,
      notify_on_close: false,
      close: null,
      submit: { type: 'plain_text', text: 'Submit', emoji: true },
      previous_view_id: null,
      root_view_id: viewId,
      app_id: ids.appId,
      external_id: '',
      app_installed_team_id: ids.teamId,
      bot_id: ids.botId,
    },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
}
