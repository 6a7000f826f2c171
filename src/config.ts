/**
 * The one reader of the environment. Every variable is optional; a face starts when its
 * credentials are set. Errors name the variable and the fix. Secrets are never printed.
 */
import { z } from 'zod';

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
});

export type Config = z.infer<typeof ConfigSchema>;

/** The variables that hold secrets: never logged, never echoed in an error. */
export const SECRET_VARIABLES = ['DISCORD_TOKEN', 'SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN'] as const;

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
