/**
 * Finds bodies that could ping someone. The rule, kept simple:
 * - text that contains `@everyone`, `@here`, `<@id>`, `<@!id>` or `<@&id>` must travel with
 *   `allowed_mentions: { parse: [] }` and no `users` or `roles` lists;
 * - a reply (`message_reference`) must carry `allowed_mentions` with `replied_user` not true,
 *   because without `allowed_mentions` Discord pings the author of the message replied to.
 * Embeds never ping, so only `content` is read. Interaction callbacks are read at `body.data`.
 */
import type { Payload } from './payloads.js';

/** A request as far as the ping check needs it. */
export interface PingCheckable {
  method: string;
  route: string;
  body: unknown;
}

export interface PingViolation<R extends PingCheckable = PingCheckable> {
  request: R;
  reason: string;
}

const PING = /@everyone|@here|<@[!&]?\d+>/;

function silenced(mentions: unknown): boolean {
  if (typeof mentions !== 'object' || mentions === null) return false;
  const { parse, users, roles } = mentions as Payload;
  const empty = (value: unknown): boolean => value === undefined || (Array.isArray(value) && value.length === 0);
  return Array.isArray(parse) && parse.length === 0 && empty(users) && empty(roles);
}

function messageBody(request: PingCheckable): Payload | undefined {
  if (request.method === 'GET' || request.method === 'DELETE') return undefined;
  if (typeof request.body !== 'object' || request.body === null || Array.isArray(request.body)) return undefined;
  const body = request.body as Payload;
  if (/^\/interactions\/[^/]+\/[^/]+\/callback$/.test(request.route)) {
    return typeof body.data === 'object' && body.data !== null ? (body.data as Payload) : undefined;
  }
  return body;
}

export function findPings<R extends PingCheckable>(requests: readonly R[]): Array<PingViolation<R>> {
  const violations: Array<PingViolation<R>> = [];
  for (const request of requests) {
    const body = messageBody(request);
    if (!body) continue;
    const content = typeof body.content === 'string' ? body.content : '';
    const mention = PING.exec(content);
    if (mention && !silenced(body.allowed_mentions)) {
      violations.push({ request, reason: `content contains ${mention[0]} without allowed_mentions {parse: []}` });
    }
    if (body.message_reference !== undefined) {
      const allowed = body.allowed_mentions as Payload | undefined;
      if (allowed === undefined || allowed.replied_user === true) {
        violations.push({ request, reason: 'reply pings its author (set allowed_mentions.replied_user: false)' });
      }
    }
  }
  return violations;
}
