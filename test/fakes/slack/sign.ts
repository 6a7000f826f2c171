import { createHmac } from 'node:crypto';

/** Slack: requests older than 5 minutes are rejected as replays. */
export const STALE_AFTER_SECONDS = 5 * 60;

/** How a signed request should (mis)behave. */
export interface SignOptions {
  /** Sign with a wrong secret: the app must answer 401. */
  forge?: boolean;
  /** Use a correctly signed timestamp older than 5 minutes: the app must answer 401. */
  stale?: boolean;
  /** An explicit timestamp in seconds; overrides `stale`. */
  timestampSec?: number;
}

/** `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{raw body}`, as Slack signs requests. */
export function slackSignature(secret: string, timestampSec: number, rawBody: string): string {
  const hmac = createHmac('sha256', secret).update(`v0:${timestampSec}:${rawBody}`);
  return `v0=${hmac.digest('hex')}`;
}

/** The two headers Slack adds to every request it sends to an app. */
export function signatureHeaders(
  secret: string,
  rawBody: string,
  options: SignOptions = {},
): Record<'x-slack-request-timestamp' | 'x-slack-signature', string> {
  const now = Math.floor(Date.now() / 1000);
  const timestampSec = options.timestampSec ?? (options.stale ? now - STALE_AFTER_SECONDS - 60 : now);
  const key = options.forge ? `${secret}-forged` : secret;
  return {
    'x-slack-request-timestamp': String(timestampSec),
    'x-slack-signature': slackSignature(key, timestampSec, rawBody),
  };
}
