/** Sends signed requests to an app in HTTP mode, as Slack does. */
import { request, type IncomingHttpHeaders } from 'node:http';
import type { EventCallback, SlashCommandBody } from './payloads.js';
import { signatureHeaders, type SignOptions } from './sign.js';

/** What the app answered. `body` is parsed JSON when the answer is JSON, else the text, else undefined. */
export interface SlackHttpResult {
  status: number;
  body: unknown;
  text: string;
  headers: IncomingHttpHeaders;
}

/** Slack's retry headers for a redelivered event. */
export interface RetryOptions {
  retryNum?: number;
  retryReason?: string;
}

// Slack: slash commands and interactivity are form-encoded with exactly this type; Bolt's HTTPReceiver
// answers 400 to `application/x-www-form-urlencoded; charset=utf-8`.
const FORM = 'application/x-www-form-urlencoded';

/** POSTs a raw body with Slack's signature. Each request uses its own connection, closed after. */
export function postSigned(
  url: string,
  secret: string,
  rawBody: string,
  contentType: string,
  options: SignOptions & { headers?: Record<string, string> } = {},
): Promise<SlackHttpResult> {
  const headers = {
    'content-type': contentType,
    'content-length': String(Buffer.byteLength(rawBody)),
    'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
    connection: 'close',
    ...signatureHeaders(secret, rawBody, options),
    ...options.headers,
  };
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, body: parseBody(text), text, headers: res.headers });
      });
    });
    req.on('error', reject);
    req.end(rawBody);
  });
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function sendSlashCommand(
  appUrl: string,
  secret: string,
  body: SlashCommandBody,
  options: SignOptions = {},
): Promise<SlackHttpResult> {
  return postSigned(appUrl, secret, new URLSearchParams({ ...body }).toString(), FORM, options);
}

export function sendEventCallback(
  appUrl: string,
  secret: string,
  envelope: EventCallback,
  options: SignOptions & RetryOptions = {},
): Promise<SlackHttpResult> {
  const headers: Record<string, string> = {};
  if (options.retryNum !== undefined) headers['x-slack-retry-num'] = String(options.retryNum);
  if (options.retryReason !== undefined) headers['x-slack-retry-reason'] = options.retryReason;
  return postSigned(appUrl, secret, JSON.stringify(envelope), 'application/json', { ...options, headers });
}

/** Interactivity (block_actions, view_submission...) travels as a JSON string in the form field `payload`. */
export function sendInteraction(
  appUrl: string,
  secret: string,
  payload: object,
  options: SignOptions = {},
): Promise<SlackHttpResult> {
  const rawBody = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return postSigned(appUrl, secret, rawBody, FORM, options);
}
