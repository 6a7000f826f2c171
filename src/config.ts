/**
 * The one reader of the environment. Every variable is optional; a face starts when its
 * credentials are set. Errors name the variable and the fix. Secrets are never printed.
 */
import { z } from 'zod';
import { DEFAULT_STALE_AFTER_MONTHS } from './core/age.js';
import { ConfigurationError } from './startup-error.js';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const url = (name: string) =>
  optionalText.refine((v) => v === undefined || URL.canParse(v), `${name} must be a full URL, e.g. http://127.0.0.1:8080/api`);

const idList = optionalText.transform((v) => (v === undefined ? [] : v.split(',').map((s) => s.trim()).filter(Boolean)));

export const ConfigSchema = z.object({
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText,
  DISCORD_GUILD_ID: optionalText,
  DISCORD_API_URL: url('DISCORD_API_URL'),
  DISCORD_MODERATOR_ROLE_IDS: idList,
  /** `1`: ask for the Message Content intent (enable it for the bot first), so the `questions` channel mode can read plain messages. */
  DISCORD_MESSAGE_CONTENT: z.enum(['0', '1', '']).optional().transform((v) => v === '1'),
  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_API_URL: url('SLACK_API_URL'),
  SLACK_PORT: optionalText
    .transform((v) => (v === undefined ? 3000 : Number(v)))
    .refine((n) => Number.isInteger(n) && n > 0 && n < 65536, 'SLACK_PORT must be a port number from 1 to 65535'),
  SLACK_MODERATOR_USER_IDS: idList,
  KNOWLEDGE_DIR: optionalText.transform((v) => v ?? 'knowledge'),
  DATA_DIR: optionalText.transform((v) => v ?? 'data'),
  HEALTH_PORT: optionalText
    .transform((v) => (v === undefined ? undefined : Number(v)))
    .refine((n) => n === undefined || (Number.isInteger(n) && n >= 0 && n < 65536), 'HEALTH_PORT must be a port number from 0 to 65535 (0: any free port)'),
  HEALTH_HOST: optionalText.transform((v) => v ?? '127.0.0.1'),
  LOG_LEVEL: optionalText
    .transform((v) => v ?? 'info')
    .pipe(z.enum(['debug', 'info', 'warn', 'error'], { error: 'LOG_LEVEL must be one of debug, info, warn, error' })),
  // A figure this many months old (by its as-of date) is shown as "may be out of date" and listed as due for review.
  STALE_AFTER_MONTHS: optionalText
    .transform((v) => (v === undefined ? DEFAULT_STALE_AFTER_MONTHS : Number(v)))
    .refine((n) => Number.isInteger(n) && n >= 1 && n <= 120, 'STALE_AFTER_MONTHS must be a whole number of months from 1 to 120 (default 12)'),
});

export type Config = z.infer<typeof ConfigSchema>;

/** The variables that hold secrets: never logged, never echoed in an error. */
export const SECRET_VARIABLES = ['DISCORD_TOKEN', 'SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN'] as const;

/** The values of the secret variables in `env`, as the configuration reads them (trimmed), for the scrubber. */
export function secretValues(env: Readonly<Record<string, string | undefined>>): string[] {
  return SECRET_VARIABLES.map((k) => env[k]?.trim()).filter((v): v is string => v !== undefined && v !== '');
}

/**
 * True when an npm script started the process (`npm start`). npm runs it under `sh -c`, which does
 * not pass on the SIGTERM that npm forwards: the shell dies and the bot is left without its parent.
 */
export function startedByNpmScript(env: Readonly<Record<string, string | undefined>>): boolean {
  return (env.npm_lifecycle_event ?? '') !== '';
}

/** What a configuration error found at run time says after the variable's name. */
export const configMessages = {
  slackTokenRefused: (error: string) =>
    `was refused by Slack (${error}): put the app's Bot User OAuth Token (xoxb-...) there, from the app's OAuth & Permissions page.`,
  slackAppTokenRefused: (error: string) =>
    `was refused by Slack (${error}): put an app-level token (xapp-...) with the connections:write scope there, from the app's Basic Information page.`,
  discordTokenRefused: () =>
    "was refused by Discord (401 Unauthorized): reset the bot's token in the Developer Portal (Bot, Reset Token) and put the new one there.",
  portInUse: (port: number, anyPort: boolean) =>
    `${port} is already in use by another program (EADDRINUSE): choose a free port${anyPort ? ', or 0 for any free one' : ''}.`,
  portDenied: (port: number) => `${port} cannot be used (EACCES: ports under 1024 need privileges): choose a port from 1024 up.`,
} as const;

/** A port the process cannot listen on is a configuration error naming its variable; other errors are not. */
export function listenProblem(variable: string, port: number, error: unknown, anyPort: boolean): ConfigurationError | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') return new ConfigurationError(variable, configMessages.portInUse(port, anyPort));
  if (code === 'EACCES') return new ConfigurationError(variable, configMessages.portDenied(port));
  return undefined;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

export function parseConfig(env: Readonly<Record<string, string | undefined>>): ConfigResult {
  const parsed = ConfigSchema.safeParse(env);
  if (parsed.success) return { ok: true, config: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((i) => {
      const name = String(i.path[0] ?? 'environment');
      return i.message.startsWith(name) ? i.message : `${name}: ${i.message}`;
    }),
  };
}

export interface FacePlan {
  face: 'discord' | 'slack';
  start: boolean;
  /** Why it is not started, naming the variables to set. */
  reason?: string;
}

/** Which faces the configuration has credentials for, and for the others what is missing. */
export function planFaces(config: Config): FacePlan[] {
  const discordMissing = (['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID'] as const).filter((k) => config[k] === undefined);
  const slackReady = config.SLACK_BOT_TOKEN !== undefined && (config.SLACK_APP_TOKEN !== undefined || config.SLACK_SIGNING_SECRET !== undefined);
  return [
    discordMissing.length === 0
      ? { face: 'discord', start: true }
      : { face: 'discord', start: false, reason: `no ${discordMissing.join(' or ')} set` },
    slackReady
      ? { face: 'slack', start: true }
      : {
          face: 'slack',
          start: false,
          reason: config.SLACK_BOT_TOKEN === undefined
            ? 'no SLACK_BOT_TOKEN set'
            : 'SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP)',
        },
  ];
}
