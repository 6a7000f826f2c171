/**
 * The Slack app manifest, generated from the command definitions: paste it into "Create an app ->
 * From a manifest" for a one-click set-up. `npm run slack:manifest` writes it; a test keeps the
 * copy in the repo in step with commands/.
 */
import { ADMIN_DESCRIPTION, leafCommands, type AdminCommandDefinition } from '../../../commands/admin/admin-command.js';
import { adminCommands } from '../../../commands/admin/index.js';
import { usage, type CommandDefinition } from '../../../commands/command.js';
import { typedUsage } from '../../../commands/dispatch.js';
import { messages } from '../../core/messages.js';
import type { About } from '../../core/schema.js';
import { truncate } from '../../core/text.js';
import { ADMIN_SLASH } from './admin.js';

export const SLACK_COMMAND = '/demining';
export const BOT_SCOPES = ['commands', 'chat:write', 'app_mentions:read', 'im:history'] as const;
export const BOT_EVENTS = ['app_mention', 'message.im'] as const;

/**
 * Every slash command the Slack face listens for is declared here, or Slack never delivers it:
 * `/demining` and the moderators' `/demining-admin`. What the app is about comes from the fact
 * base (`about` in sources.json).
 */
export function slackManifest(commands: readonly CommandDefinition[], about: About | undefined, admin: readonly AdminCommandDefinition[] = adminCommands): Record<string, unknown> {
  // Slack: a slash command's description is at most 2,000 characters and its usage hint 1,000; both are read
  // by people, so they are cut on whole clusters.
  const hint = `${commands.map(usage).join(' | ')} | or any question`;
  const adminHint = leafCommands(admin).map(typedUsage).join(' | ');
  const description = truncate(messages.appDescription(about), 140);
  return {
    display_information: {
      name: 'demining-bot',
      description,
      long_description:
        `${messages.appInvitation(about)}, and get the figure with its ` +
        'qualifier, its date, who said it, where it was published and the exact words. When the fact base has no answer, ' +
        'the bot says so and suggests the nearest facts.',
      background_color: '#2e7d32',
    },
    features: {
      app_home: { home_tab_enabled: false, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      bot_user: { display_name: 'demining-bot', always_online: true },
      slash_commands: [
        {
          command: SLACK_COMMAND,
          description,
          usage_hint: truncate(hint, 1000),
          should_escape: false,
        },
        {
          command: ADMIN_SLASH,
          description: ADMIN_DESCRIPTION,
          usage_hint: truncate(adminHint, 1000),
          should_escape: false,
        },
      ],
    },
    oauth_config: { scopes: { bot: [...BOT_SCOPES] } },
    settings: {
      event_subscriptions: { bot_events: [...BOT_EVENTS] },
      interactivity: { is_enabled: true },
      org_deploy_enabled: false,
      socket_mode_enabled: true,
      token_rotation_enabled: false,
    },
  };
}

export const MANIFEST_PATH = 'src/adapters/slack/app-manifest.json';

export function manifestText(commands: readonly CommandDefinition[], about: About | undefined, admin: readonly AdminCommandDefinition[] = adminCommands): string {
  return `${JSON.stringify(slackManifest(commands, about, admin), null, 2)}\n`;
}
