import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigSchema, parseConfig, planFaces, SECRET_VARIABLES, type Config } from '../src/config.js';

function configOf(env: Record<string, string>): Config {
  const r = parseConfig(env);
  if (!r.ok) throw new Error(`expected a valid configuration, got: ${r.errors.join('; ')}`);
  return r.config;
}

function errorsOf(env: Record<string, string>): string[] {
  const r = parseConfig(env);
  if (r.ok) throw new Error(`expected a configuration error for ${JSON.stringify(Object.keys(env))}`);
  return r.errors;
}

describe('parseConfig', () => {
  it('GIVEN an empty environment THEN starts with the defaults', () => {
    const config = configOf({});
    expect(config).toMatchObject({ KNOWLEDGE_DIR: 'knowledge', DATA_DIR: 'data', SLACK_PORT: 3000, LOG_LEVEL: 'info' });
    expect(config.DISCORD_TOKEN).toBeUndefined();
    expect(config.DISCORD_MODERATOR_ROLE_IDS).toEqual([]);
  });

  it('GIVEN empty or blank values THEN treats them as unset', () => {
    expect(configOf({ SLACK_PORT: '', KNOWLEDGE_DIR: '  ', DISCORD_TOKEN: '' })).toMatchObject({
      SLACK_PORT: 3000,
      KNOWLEDGE_DIR: 'knowledge',
      DISCORD_TOKEN: undefined,
    });
  });

  it('GIVEN set values THEN uses them', () => {
    expect(configOf({ SLACK_PORT: '8080', LOG_LEVEL: 'debug', SLACK_MODERATOR_USER_IDS: 'U1, U2,,' })).toMatchObject({
      SLACK_PORT: 8080,
      LOG_LEVEL: 'debug',
      SLACK_MODERATOR_USER_IDS: ['U1', 'U2'],
    });
  });

  it.each(['abc', '0', '70000', '80.5'])('GIVEN SLACK_PORT=%s THEN the one error names SLACK_PORT', (value) => {
    const errors = errorsOf({ SLACK_PORT: value });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^SLACK_PORT\b/u);
    expect(errors[0]).toContain('1 to 65535');
  });

  it('GIVEN an unknown LOG_LEVEL THEN the error names LOG_LEVEL and the allowed values', () => {
    const errors = errorsOf({ LOG_LEVEL: 'verbose' });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^LOG_LEVEL\b/u);
    expect(errors[0]).toContain('debug, info, warn, error');
  });

  it('GIVEN two bad variables THEN names both', () => {
    const errors = errorsOf({ SLACK_PORT: 'x', SLACK_API_URL: 'nope' });
    expect(errors.map((e) => e.split(/[ :]/u)[0]).sort()).toEqual(['SLACK_API_URL', 'SLACK_PORT']);
  });

  it('GIVEN a bad URL and secrets set THEN no error shows a secret', () => {
    const secrets = Object.fromEntries(SECRET_VARIABLES.map((name) => [name, `secret-xyz-${name}`]));
    const errors = errorsOf({ ...secrets, DISCORD_API_URL: 'not a url' });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^DISCORD_API_URL\b/u);
    expect(errors.join('\n')).not.toContain('secret-xyz');
  });

  it('GIVEN a secret pasted into the wrong variable THEN the error does not echo it', () => {
    const errors = errorsOf({ DISCORD_TOKEN: 'secret-xyz', DISCORD_API_URL: 'secret-xyz', SLACK_PORT: 'secret-xyz', LOG_LEVEL: 'secret-xyz' });
    expect(errors).toHaveLength(3);
    expect(errors.join('\n')).not.toContain('secret-xyz');
  });
});

describe('planFaces', () => {
  const plan = (env: Record<string, string>) => Object.fromEntries(planFaces(configOf(env)).map((p) => [p.face, p]));

  it('GIVEN no credentials THEN skips both faces, naming what to set', () => {
    const faces = plan({});
    expect(faces.discord).toEqual({ face: 'discord', start: false, reason: 'no DISCORD_TOKEN or DISCORD_APPLICATION_ID set' });
    expect(faces.slack).toEqual({ face: 'slack', start: false, reason: 'no SLACK_BOT_TOKEN set' });
  });

  it('GIVEN a Discord token without an application id THEN names only the missing one', () => {
    const faces = plan({ DISCORD_TOKEN: 'secret-xyz' });
    expect(faces.discord).toEqual({ face: 'discord', start: false, reason: 'no DISCORD_APPLICATION_ID set' });
  });

  it('GIVEN a Slack bot token alone THEN says it needs the app token or the signing secret', () => {
    const faces = plan({ SLACK_BOT_TOKEN: 'xoxb-secret-xyz' });
    expect(faces.slack?.start).toBe(false);
    expect(faces.slack?.reason).toContain('SLACK_APP_TOKEN');
    expect(faces.slack?.reason).toContain('SLACK_SIGNING_SECRET');
    expect(faces.slack?.reason).not.toContain('secret-xyz');
  });

  it.each([
    ['Socket Mode', { SLACK_APP_TOKEN: 'xapp-1' }],
    ['HTTP', { SLACK_SIGNING_SECRET: 'sig' }],
  ])('GIVEN full credentials (Slack in %s) THEN starts both faces', (_mode, slack) => {
    const faces = plan({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '1', SLACK_BOT_TOKEN: 'xoxb-1', ...slack });
    expect(faces.discord).toEqual({ face: 'discord', start: true });
    expect(faces.slack).toEqual({ face: 'slack', start: true });
  });
});

describe('.env.example', () => {
  const text = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
  const entries = [...text.matchAll(/^([A-Z][A-Z0-9_]*)=(.*)$/gmu)].map((m) => [m[1]!, m[2]!] as const);

  it('lists exactly the variables the configuration reads, once each', () => {
    const keys = entries.map(([key]) => key);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(Object.keys(ConfigSchema.shape).sort());
  });

  it('is itself a valid configuration, with the same defaults as an empty one', () => {
    expect(configOf(Object.fromEntries(entries))).toEqual(configOf({}));
  });

  it('holds no secret values', () => {
    for (const name of SECRET_VARIABLES) expect(entries.find(([key]) => key === name)?.[1]).toBe('');
  });
});
