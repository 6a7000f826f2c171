/**
 * Drops malformed gateway payloads before discord.js builds objects from them. Its constructors
 * read fields without checking them (`data.data.options.map`, `data.member.user`), and a throw there
 * happens inside the gateway's message handler, where it becomes an unhandled rejection that ends
 * the process. Each payload the bot acts on is checked against the fields discord.js and the
 * adapter read; a payload that fails, or that discord.js still cannot read, is logged and dropped.
 */
import type { Client } from 'discord.js';
import { z } from 'zod';
import type { Logger } from '../../logger.js';

const Id = z.string().min(1);
const UserRef = z.object({ id: Id });

const CommandOption = z.object({
  name: z.string(),
  type: z.number(),
  get options() {
    return z.array(CommandOption).optional();
  },
});

const CommandData = z.object({ id: Id, name: z.string(), type: z.number(), options: z.array(CommandOption).optional() });

// discord-api-types InteractionType: 1 ping, 2 command, 3 component, 4 autocomplete, 5 modal.
const InteractionData = z.discriminatedUnion('type', [
  z.object({ type: z.literal(1) }),
  z.object({ type: z.literal(2), data: CommandData }),
  z.object({ type: z.literal(3), data: z.object({ custom_id: z.string(), component_type: z.number() }), message: z.object({ id: Id }) }),
  z.object({ type: z.literal(4), data: CommandData }),
  z.object({ type: z.literal(5), data: z.object({ custom_id: z.string(), components: z.array(z.object({})).optional() }) }),
]);

const InteractionPayload = z
  .object({
    id: Id,
    token: z.string().min(1),
    application_id: Id,
    user: UserRef.optional(),
    member: z.object({ user: UserRef }).optional(),
    channel: z.object({ id: Id }).optional(),
    guild_id: Id.optional(),
    entitlements: z.array(z.unknown()),
  })
  .and(InteractionData)
  .refine((i) => i.user !== undefined || i.member !== undefined, { message: 'neither user nor member.user', path: ['user'] });

const MessagePayload = z.object({
  id: Id,
  channel_id: Id,
  author: UserRef,
  content: z.string().optional(),
  mentions: z.array(UserRef).optional(),
});

interface Action {
  handle(data: unknown): unknown;
}

function actionOf(client: Client, name: string): Action {
  // discord.js keeps its per-event handlers on the client's private `actions`; the gateway calls them.
  const action = (client as unknown as { actions?: Record<string, unknown> }).actions?.[name];
  if (typeof action !== 'object' || action === null || typeof (action as Partial<Action>).handle !== 'function') {
    throw new Error(`discord.js has no ${name} action to guard: check src/adapters/discord/gateway-guard.ts against this discord.js version`);
  }
  return action as Action;
}

function idOf(data: unknown): string | undefined {
  const id = typeof data === 'object' && data !== null ? (data as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id.slice(0, 32) : undefined;
}

function guard(client: Client, name: string, event: string, schema: z.ZodType, log: Logger): void {
  const action = actionOf(client, name);
  const handle = action.handle.bind(action);
  action.handle = (data: unknown) => {
    const checked = schema.safeParse(data);
    if (!checked.success) {
      const problems = checked.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`);
      log.warn({ event, id: idOf(data), problems }, 'dropped a malformed gateway payload');
      return {};
    }
    try {
      return handle(data);
    } catch (err) {
      log.error({ err, event, id: idOf(data) }, 'dropped a gateway payload discord.js could not read');
      return {};
    }
  };
}

/** Guards the dispatches the bot acts on: interactions, and messages (mentions and DMs). */
export function guardGatewayPayloads(client: Client, log: Logger): void {
  guard(client, 'InteractionCreate', 'INTERACTION_CREATE', InteractionPayload, log);
  guard(client, 'MessageCreate', 'MESSAGE_CREATE', MessagePayload, log);
}
