/** A local fake of Discord (REST and gateway) for end-to-end tests with the real discord.js. */
export { DiscordFake, startDiscordFake, type DiscordFakeOptions, type RecordedRequest } from './server.js';
export type { GatewayFrame } from './gateway.js';
export {
  FAKE_IDS,
  DEFAULT_BOT,
  DEFAULT_GUILD,
  DEFAULT_USER,
  MEMBER_PERMISSIONS,
  type AutocompleteInput,
  type ButtonClickInput,
  type CommandOptionInput,
  type FakeGuild,
  type FakeUser,
  type MessageCreateInput,
  type ModalSubmitInput,
  type Payload,
  type SlashCommandInput,
} from './payloads.js';
export { findPings, type PingViolation } from './pings.js';
