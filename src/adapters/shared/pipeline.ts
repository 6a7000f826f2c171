/**
 * The one request pipeline. Every face (Discord, Slack, the console) turns a platform event into a
 * `Request` and hands it to `handle`; what comes back is an `Outcome` the face turns into its
 * platform's payload. Flood control, dedupe of redelivered events, the moderator precondition,
 * dispatch to the command registry, the gap log, feedback on answers (an answer is recorded and given
 * an id its 👍 / 👎 carry; a click is a `feedback` request) and the apology on an unexpected error
 * happen here, once, for every face.
 */
import type { AdminContext } from '../../../commands/admin/admin-command.js';
import { adminHelp, parseAdminArgs, parseAdminLineOrHelp, submitForm, type SubmitResult } from '../../../commands/admin/dispatch.js';
import type { FormSpec, FormValues, PendingForms } from '../../../commands/admin/fact-form.js';
import { adminRoot, findAdminCommand } from '../../../commands/admin/index.js';
import type { CommandContext } from '../../../commands/command.js';
import { parseArgs, parseLine, runParsed } from '../../../commands/dispatch.js';
import { messagesFor } from '../../core/catalogue.js';
import { detectLang, isLang, langs, type Lang } from '../../core/i18n.js';
import { commands, findCommand } from '../../../commands/index.js';
import type { Engine } from '../../core/engine.js';
import { MAX_QUESTION_LENGTH, messages, type CommandRoot, type Face } from '../../core/messages.js';
import { reply, type Reply } from '../../core/reply.js';
import type { Logger } from '../../logger.js';
import { looksLikeQuestion, type ChannelSettings, type EffectiveSettings } from '../../store/channel-settings.js';
import type { FactStore } from '../../store/fact-store.js';
import type { FeedbackReason, FeedbackStore, Vote } from '../../store/feedback-store.js';
import { isModerator, NO_MODERATORS, type Authority, type ModeratorPolicy } from './moderators.js';
import { RateLimiter } from './rate-limit.js';

/** Who is asking, as the face received it. */
export interface Requester {
  face: Face;
  user: { id: string; name: string };
  /** What the platform says about the person; `isModerator` decides what it allows. */
  authority: Authority;
  channel?: string;
  /** The Discord server or Slack workspace, for its default channel settings. */
  server?: string;
}

export interface Request extends Requester {
  /** `/demining` (everyone's commands and questions) or `/demining-admin` (moderators'). */
  root: CommandRoot;
  /**
   * What was typed ("fact jmas", a question, "retire x reason: y"), as a `command` line or a `message`
   * (a mention or a direct message: a question in plain words); or a command with its options already
   * structured by the platform (Discord's slash commands).
   */
  input:
    | { line: string; message?: boolean }
    | { command: string; group?: string; options: Readonly<Record<string, string>> }
    /** A click on 👍 / 👎 under an answer, or on one of the reasons after 👎 (the console: `good`, `wrong [reason]`). */
    | { feedback: FeedbackInput };
  /** The platform's id of this delivery: a redelivered event carries the same one and is answered once. */
  deliveryId?: string;
  /**
   * How a `message` reached the bot, for the channel's settings: a `mention` (or a direct message),
   * or a `plain` message in a channel that did not mention the bot. Absent: a slash command or a click.
   */
  via?: 'mention' | 'plain';
  /**
   * An interaction or slash command must get an answer (or the platform shows a failure), so a
   * flooding user is told to slow down every time; a message is answered once, then silence.
   */
  mustAnswer: boolean;
}

export interface FeedbackInput {
  answerId: string;
  vote: Vote;
  reason?: FeedbackReason;
}

export type Outcome =
  /** `toAskerOnly`: a reply to a message that the channel's settings want private (Slack: ephemeral; Discord cannot, and posts nothing). */
  | { kind: 'reply'; reply: Reply; toAskerOnly?: true }
  /** A moderator's command that asks for a form (add, edit): the face shows it as its platform does. */
  | { kind: 'form'; form: FormSpec }
  /** Short private text: a slow-down, a refusal, the apology, "not available here". */
  | { kind: 'notice'; text: string; why: 'slow-down' | 'refused' | 'apology' | 'unavailable' }
  /** Nothing to send: a redelivery already answered, or a flood already warned. */
  | { kind: 'silent'; why: 'duplicate' | 'flood' | 'channel-settings' }
  /**
   * A vote taken (or not: an unknown answer, no store). Shown privately; after 👎 without a reason,
   * `askReason` says to offer the four reasons for `answerId`.
   */
  | { kind: 'feedback'; text: string; answerId: string; askReason: boolean };

export interface PipelineOptions {
  engine: () => Engine;
  logger: Logger;
  /** Per-user flood control on everyone's commands; default 8 requests in a burst, then one every 2 seconds. */
  rateLimit?: { burst: number; perSecond: number };
  /** Moderation and the gap log: without a store, moderators' commands are unavailable and gaps are not logged. */
  admin?: { store: FactStore; forms: PendingForms };
  moderators?: ModeratorPolicy;
  /** Where feedback on answers is kept; by default the store's. Without either, answers carry no buttons. */
  feedback?: FeedbackStore;
  /** Per channel: mentions only, plain questions too, or silent; by default the store's. Without either, every channel answers mentions. */
  channels?: ChannelSettings;
}

export interface Pipeline {
  handle(request: Request): Promise<Outcome>;
  /** A submitted fact form (the second half of add and edit). */
  submitForm(requester: Requester, token: string, values: FormValues): Promise<SubmitResult | Extract<Outcome, { kind: 'notice' }>>;
  /** Whether this person may use moderators' commands (their autocomplete, reopening their forms). */
  mayModerate(requester: Requester): boolean;
}

const SEEN_DELIVERIES = 10_000;

/** Remembers recent delivery ids so a retried delivery is answered once. */
class SeenDeliveries {
  private readonly ids = new Set<string>();
  /** True the first time an id is seen. */
  first(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > SEEN_DELIVERIES) {
      const oldest = this.ids.values().next().value;
      if (oldest !== undefined) this.ids.delete(oldest);
    }
    return true;
  }
}

const ROOTS = { demining: { requires: undefined }, [adminRoot.name]: adminRoot } as const;

export function createPipeline(options: PipelineOptions): Pipeline {
  const log = options.logger;
  const limiter = new RateLimiter(options.rateLimit ?? { burst: 8, perSecond: 0.5 });
  const seen = new SeenDeliveries();
  const policy = options.moderators ?? NO_MODERATORS;
  const admin = options.admin;
  const mayModerate = (r: Requester) => isModerator(r.authority, policy);
  const feedbackStore = options.feedback ?? admin?.store.feedback;
  const channelSettings = options.channels ?? admin?.store.channels;
  const settingsOf = (r: Requester): EffectiveSettings | undefined =>
    channelSettings?.effective({ face: r.face, ...(r.server === undefined ? {} : { server: r.server }), ...(r.channel === undefined ? {} : { channel: r.channel }) });
  const refusal = (r: Requester): Outcome => ({ kind: 'notice', text: messages.moderatorsOnly(r.face), why: 'refused' });

  const commandContext = (face: Face, logGaps = true): CommandContext => ({
    engine: options.engine(),
    commands,
    face,
    ...(admin === undefined || !logGaps ? {} : { onUnanswered: (question: string) => admin.store.recordGap(question) }),
  });

  const everyone = (request: Request): Outcome => {
    // A plain message in the channel was not addressed to the bot: what it does not answer is not a gap.
    const ctx = commandContext(request.face, request.via !== 'plain');
    const { input } = request;
    if ('feedback' in input) return feedback(request, input.feedback);
    let parsed;
    // The language chosen for the reply: "lang:km" typed in a line (parseLine reads it), or the `lang` option.
    let chosen: Lang | undefined;
    if ('line' in input) {
      const text = input.line;
      // A message is a question in plain words: one too long to be one is refused before any parsing.
      if (input.message === true && text.length > MAX_QUESTION_LENGTH) {
        const lang = detectLang(text);
        return { kind: 'reply', reply: reply('error', messagesFor(lang).tooLong(text.length, MAX_QUESTION_LENGTH), { lang }) };
      }
      parsed = parseLine(text, ctx);
    } else {
      const command = findCommand(input.command === '' ? 'help' : input.command);
      if (command === undefined) return { kind: 'reply', reply: reply('error', messages.dontKnow) };
      const { lang: option, ...options } = input.options;
      if (option !== undefined) {
        const value = String(option).trim().toLowerCase();
        if (!isLang(value)) return { kind: 'reply', reply: reply('error', messages.unknownLanguage(String(option), [...langs])) };
        chosen = value;
      }
      parsed = parseArgs(command, options);
    }
    if (!parsed.ok) return { kind: 'reply', reply: parsed.reply };
    if (parsed.command.requires === 'moderator' && !mayModerate(request)) return refusal(request);
    // What was asked: the question itself, or the command with its options ("fact jmas").
    const asked = parsed.args.question ?? [parsed.command.name, ...Object.values(parsed.args)].join(' ');
    return { kind: 'reply', reply: rateable(request, runParsed(chosen === undefined ? parsed : { ...parsed, lang: chosen }, ctx), ctx.engine, asked) };
  };

  /** An answer is recorded with the question, the facts shown and their revisions, and gets the id its buttons carry. */
  const rateable = (request: Request, r: Reply, engine: Engine, question: string): Reply => {
    if (feedbackStore === undefined || r.kind !== 'answer') return r;
    const revisions = new Map(engine.kb.facts.map((f) => [f.id, f.revision]));
    const answerId = feedbackStore.recordAnswer({
      question,
      facts: r.facts.map((id) => {
        const revision = revisions.get(id);
        return revision === undefined ? { id } : { id, revision };
      }),
      kbRevision: engine.kb.revision,
      face: request.face,
      ...(request.channel === undefined ? {} : { channel: request.channel }),
    });
    return { ...r, answerId };
  };

  const feedback = (request: Request, input: FeedbackInput): Outcome => {
    const base = { kind: 'feedback' as const, answerId: input.answerId, askReason: false };
    if (feedbackStore === undefined) return { ...base, text: messages.feedbackUnavailable };
    const result = feedbackStore.vote({ answerId: input.answerId, userId: request.user.id, vote: input.vote, ...(input.reason === undefined ? {} : { reason: input.reason }) });
    if (result === 'unknown-answer') return { ...base, text: messages.feedbackExpired };
    if (input.vote === 'up') return { ...base, text: messages.feedbackThanks };
    if (input.reason === undefined) return { ...base, text: messages.feedbackWhy, askReason: true };
    return { ...base, text: messages.feedbackNoted(messages.feedbackReasons[input.reason]) };
  };

  const moderators = async (request: Request): Promise<Outcome> => {
    if (admin === undefined) return { kind: 'notice', text: messages.adminUnavailable, why: 'unavailable' };
    const { input } = request;
    if ('feedback' in input) return feedback(request, input.feedback);
    let parsed;
    if ('line' in input) {
      parsed = parseAdminLineOrHelp(input.line, request.face);
    } else {
      const command = findAdminCommand(input.command, input.group);
      // A subcommand the bot does not know (registered commands out of date) gets the list of them.
      if (command === undefined) {
        const unknown = input.group === undefined ? input.command : `${input.group} ${input.command}`;
        return { kind: 'reply', reply: adminHelp(request.face, unknown === '' ? undefined : unknown) };
      }
      parsed = parseAdminArgs(command, input.options);
    }
    if (!parsed.ok) return { kind: 'reply', reply: parsed.reply };
    if (parsed.command.requires === 'moderator' && !mayModerate(request)) return refusal(request);
    const ctx: AdminContext = {
      store: admin.store,
      forms: admin.forms,
      actor: { id: request.user.id, name: request.user.name, face: request.face },
      place: { face: request.face, ...(request.server === undefined ? {} : { server: request.server }), ...(request.channel === undefined ? {} : { channel: request.channel }) },
    };
    const result = await parsed.command.run(parsed.args, ctx);
    return 'form' in result ? { kind: 'form', form: result.form } : { kind: 'reply', reply: result.reply };
  };

  /** A plain message gets an answer or nothing; a no-answer is private or public as the channel chose. */
  const withChannelSettings = (request: Request, outcome: Outcome): Outcome => {
    if (request.root !== 'demining' || outcome.kind !== 'reply') return outcome;
    if (request.via === 'plain' && outcome.reply.kind !== 'answer') return { kind: 'silent', why: 'channel-settings' };
    if (outcome.reply.kind !== 'no-answer') return outcome;
    const privately = settingsOf(request)?.privateNoAnswer;
    if (privately === undefined) return outcome;
    if (request.via === undefined) return { kind: 'reply', reply: { ...outcome.reply, private: privately } };
    return privately ? { kind: 'reply', reply: outcome.reply, toAskerOnly: true } : outcome;
  };

  const handle = async (request: Request): Promise<Outcome> => {
    const started = performance.now();
    if (request.deliveryId !== undefined && !seen.first(`${request.face}:${request.deliveryId}`)) {
      log.info({ face: request.face, deliveryId: request.deliveryId }, 'ignored a retried event already answered');
      return { kind: 'silent', why: 'duplicate' };
    }
    // The channel's settings: silent answers slash commands only; plain messages only where questions are wanted, and only questions.
    const settings = request.via === undefined || request.root !== 'demining' ? undefined : settingsOf(request);
    if (request.via === 'plain') {
      const line = 'line' in request.input ? request.input.line : '';
      if (settings?.mode !== 'questions' || !looksLikeQuestion(line)) return { kind: 'silent', why: 'channel-settings' };
    }
    if (request.via === 'mention' && settings?.mode === 'silent') return { kind: 'silent', why: 'channel-settings' };
    const root = ROOTS[request.root];
    // Preconditions of the whole root first: a non-moderator learns nothing of the moderators' commands.
    if (root.requires === 'moderator' && !mayModerate(request)) return refusal(request);
    // The console is its own operator's; moderators' commands are already limited to the trusted.
    if (request.face !== 'console' && root.requires === undefined) {
      const decision = limiter.take(`${request.face}:${request.user.id}`);
      if (decision === 'warn' || (decision === 'drop' && request.mustAnswer)) return { kind: 'notice', text: messages.slowDown, why: 'slow-down' };
      if (decision === 'drop') return { kind: 'silent', why: 'flood' };
    }
    const { input } = request;
    const command = 'line' in input ? (input.message === true ? 'message' : input.line.trim().split(/\s+/u)[0] ?? '') : 'command' in input ? input.command : 'feedback';
    try {
      const outcome = withChannelSettings(request, request.root === 'demining' ? everyone(request) : await moderators(request));
      log.info({ face: request.face, root: request.root, command, outcome: outcome.kind === 'reply' ? outcome.reply.kind : outcome.kind, ms: +(performance.now() - started).toFixed(2) }, 'answered');
      return outcome;
    } catch (e) {
      log.error({ err: e, face: request.face, root: request.root, command, user: request.user.id, channel: request.channel }, 'error while answering');
      return { kind: 'notice', text: request.root === 'demining' ? messages.apology : messages.adminApology, why: 'apology' };
    }
  };

  return {
    handle,
    mayModerate,
    submitForm: async (requester, token, values) => {
      if (admin === undefined) return { kind: 'notice', text: messages.adminUnavailable, why: 'unavailable' };
      if (!mayModerate(requester)) return { kind: 'notice', text: messages.moderatorsOnly(requester.face), why: 'refused' };
      try {
        return await submitForm(token, values, admin);
      } catch (e) {
        log.error({ err: e, face: requester.face, user: requester.user.id }, 'error while saving a form');
        return { kind: 'notice', text: messages.adminApology, why: 'apology' };
      }
    },
  };
}
