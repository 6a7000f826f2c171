/** A local fake of Slack for end-to-end tests of the real Bolt App. See `server.ts`. */
export { createFakeSlack } from './server.js';
export type {
  ApiCall,
  ApiHandler,
  FakeSlack,
  FakeSlackOptions,
  Fault,
  HttpReply,
  ResponseUrlPost,
  SlashCommandResult,
  SocketAck,
  SocketEnvelope,
  SocketEnvelopeType,
} from './server.js';
export { FAKE_IDS, type FakeIds } from './ids.js';
export { findLiveMentions, type LiveMention } from './mentions.js';
export {
  appMentionEvent,
  blockActionsPayload,
  directMessageEvent,
  eventCallback,
  slackTs,
  slashCommandBody,
  viewSubmissionPayload,
} from './payloads.js';
export type {
  AppMentionEvent,
  BlockActionsPayload,
  DirectMessageEvent,
  EventCallback,
  SlashCommandBody,
  ViewStateValues,
  ViewSubmissionPayload,
} from './payloads.js';
export { postSigned, sendEventCallback, sendInteraction, sendSlashCommand } from './http-sender.js';
export type { RetryOptions, SlackHttpResult } from './http-sender.js';
export { signatureHeaders, slackSignature, STALE_AFTER_SECONDS, type SignOptions } from './sign.js';
