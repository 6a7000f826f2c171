/**
 * The platform faces main.ts can start, each behind the one `Adapter` interface. A face's platform
 * library (discord.js, Bolt) is imported only when that face is configured: the console alone
 * starts in a fraction of the time.
 */
import type { PendingForms } from '../../commands/admin/fact-form.js';
import type { Config, FacePlan } from '../config.js';
import type { Engine } from '../core/engine.js';
import type { Logger } from '../logger.js';
import type { FactStore } from '../store/fact-store.js';
import type { Adapter } from './shared/adapter.js';
import type { Pipeline } from './shared/pipeline.js';

/** What every face is built from: the one request pipeline, and the store for its own moderation screens (forms, autocomplete). */
export interface FaceDeps {
  config: Config;
  engine: () => Engine;
  logger: Logger;
  pipeline: Pipeline;
  store: FactStore;
  forms: PendingForms;
}

export type FaceName = FacePlan['face'];

export const FACE_LOADERS: Readonly<Record<FaceName, (deps: FaceDeps) => Promise<Adapter>>> = {
  discord: async ({ config, engine, logger, pipeline, store, forms }) => {
    const { createDiscordAdapter } = await import('./discord/discord-adapter.js');
    return createDiscordAdapter({
      token: config.DISCORD_TOKEN ?? '',
      ...(config.DISCORD_API_URL === undefined ? {} : { apiUrl: config.DISCORD_API_URL }),
      engine,
      logger,
      pipeline,
      admin: { store, forms, moderatorRoleIds: config.DISCORD_MODERATOR_ROLE_IDS },
      messageContent: config.DISCORD_MESSAGE_CONTENT,
    });
  },
  slack: async ({ config, engine, logger, pipeline, store, forms }) => {
    const { createSlackAdapter } = await import('./slack/slack-adapter.js');
    return createSlackAdapter({
      botToken: config.SLACK_BOT_TOKEN ?? '',
      ...(config.SLACK_APP_TOKEN === undefined ? {} : { appToken: config.SLACK_APP_TOKEN }),
      ...(config.SLACK_SIGNING_SECRET === undefined ? {} : { signingSecret: config.SLACK_SIGNING_SECRET }),
      ...(config.SLACK_API_URL === undefined ? {} : { apiUrl: config.SLACK_API_URL }),
      port: config.SLACK_PORT,
      engine,
      logger,
      pipeline,
      admin: { store, forms, moderatorUserIds: config.SLACK_MODERATOR_USER_IDS },
    });
  },
};

/** How the start-up summary names a face that was not started. */
export const FACE_TITLES: Readonly<Record<FaceName, string>> = { discord: 'Discord', slack: 'Slack' };
