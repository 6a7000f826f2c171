/**
 * The Discord registration body, generated from the command definitions: one `/demining` command
 * with a subcommand per definition. Registration is one idempotent bulk PUT (scripts/discord-register.ts).
 */
import type { RESTPutAPIApplicationCommandsJSONBody } from 'discord.js';
import type { CommandDefinition } from '../../../commands/command.js';
import { langNames, langs } from '../../core/i18n.js';
import { messages } from '../../core/messages.js';
import type { About } from '../../core/schema.js';
import { truncate } from '../../core/text.js';

export const ROOT_COMMAND = 'demining';
export const ADMIN_COMMAND = 'demining-admin';
/** Manage Server: the admin command is hidden from members without it, by default. */
export const ADMIN_DEFAULT_PERMISSIONS = String(1n << 5n);

/** Permissions the bot needs: View Channel, Send Messages, Embed Links, Read Message History. */
export const BOT_PERMISSIONS = (1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 16n);

/** A command, or a group of them (`/demining-admin term add`): Discord nests it as a subcommand group. */
type Described = Pick<CommandDefinition, 'name' | 'description' | 'options'> & { subcommands?: readonly Described[] };

/** Every `/demining` subcommand takes the reply's language as a choice (the pipeline reads it). */
const LANG_OPTION = {
  type: 3 as const,
  name: 'lang',
  description: messages.langOption,
  required: false,
  choices: langs.map((l) => ({ name: langNames[l], value: l })),
};

function subcommand(c: Described, withLang = false) {
  return {
    type: 1 as const,
    name: c.name,
    description: c.description,
    options: [
      ...c.options.map((o) => ({
        type: 3 as const,
        name: o.name,
        description: o.description,
        required: o.required,
        max_length: o.maxLength,
        ...(o.autocomplete === undefined ? {} : { autocomplete: true }),
      })),
      ...(withLang ? [LANG_OPTION] : []),
    ],
  };
}

function subcommands(commands: readonly Described[], withLang = false) {
  return commands.map((c) => (c.subcommands === undefined
    ? subcommand(c, withLang)
    : { type: 2 as const, name: c.name, description: c.description, options: c.subcommands.map((x) => subcommand(x, withLang)) }));
}

/** `about` is the fact base's (sources.json): the root command's description says what it is about. */
export function discordCommandsBody(commands: readonly CommandDefinition[], admin: readonly Described[], about: About | undefined): RESTPutAPIApplicationCommandsJSONBody {
  const adminBody = admin.length === 0 ? [] : [{
    name: ADMIN_COMMAND,
    description: 'Moderators: add, correct and retire facts, see history, undo, gaps',
    type: 1 as const,
    default_member_permissions: ADMIN_DEFAULT_PERMISSIONS,
    // Servers only: moderation is by server role.
    contexts: [0],
    integration_types: [0],
    options: subcommands(admin),
  }];
  return [
    ...adminBody,
    {
      name: ROOT_COMMAND,
      description: truncate(messages.appDescription(about), 100),
      type: 1,
      // Usable in servers, in the bot's DMs and in private channels.
      contexts: [0, 1, 2],
      integration_types: [0],
      options: subcommands(commands, true),
    },
  ];
}

export function inviteUrl(applicationId: string): string {
  const params = new URLSearchParams({ client_id: applicationId, scope: 'bot applications.commands', permissions: BOT_PERMISSIONS.toString() });
  return `https://discord.com/oauth2/authorize?${params.toString()}`;
}
