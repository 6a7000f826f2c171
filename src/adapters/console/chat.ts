/** The local chat: a prompt in the terminal that takes commands, questions and moderator commands. */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { AdminContext } from '../../../commands/admin/admin-command.js';
import { errorsText } from '../../../commands/admin/dispatch.js';
import type { FormField, FormSpec, FormValues } from '../../../commands/admin/fact-form.js';
import type { Engine } from '../../core/engine.js';
import { messages } from '../../core/messages.js';
import { renderText } from '../../core/render-text.js';
import { createLogger, type Logger } from '../../logger.js';
import { parseReason } from '../../store/feedback-store.js';
import { createPipeline, type Outcome, type Request, type Requester } from '../shared/pipeline.js';

export interface ConsoleChatOptions {
  input: Readable;
  output: Writable;
  /** A line shown once at the start. */
  greeting?: string;
  /** Moderation from the console acts as the local user. */
  admin?: AdminContext;
  /** Where an unexpected error is logged; by default standard error. */
  logger?: Logger;
}

const EXIT = new Set(['exit', 'quit', '/exit', '/quit', ':q']);
const ADMIN = /^\/?(?:demining-admin|admin)\b/iu;
/** After an answer: `good`, or `wrong` with an optional reason ("wrong out of date"). */
const FEEDBACK = /^(good|wrong)\b\s*(.*)$/iu;

/** A form being filled in at the prompt, one field at a time. */
interface FormState {
  spec: FormSpec;
  values: FormValues;
  queue: FormField[];
  /** Lines of a multi-line field so far. */
  lines: string[] | undefined;
}

/** Runs the chat until `exit` or end of input (Ctrl-D); resolves when it has closed. */
export function runConsoleChat(engine: () => Engine, options: ConsoleChatOptions): Promise<void> {
  const rl = createInterface({ input: options.input, output: options.output, terminal: 'isTTY' in options.input && options.input.isTTY === true });
  const write = (text: string) => options.output.write(`${text}\n`);
  const admin = options.admin;
  const pipeline = createPipeline({
    engine,
    logger: options.logger ?? createLogger({ level: 'error', secrets: [] }),
    ...(admin === undefined ? {} : { admin: { store: admin.store, forms: admin.forms } }),
  });
  const requester: Requester = { face: 'console', user: { id: admin?.actor.id ?? 'local', name: admin?.actor.name ?? 'local' }, authority: { platform: 'console' } };
  let form: FormState | undefined;
  let busy: Promise<void> = Promise.resolve();
  /** The last answer shown, which `good` and `wrong` rate. */
  let lastAnswerId: string | undefined;

  /** The request a typed line makes: feedback on the last answer, a moderator's command, or everyone's. */
  const requestOf = (text: string): Request => {
    const feedback = lastAnswerId === undefined ? null : FEEDBACK.exec(text);
    if (feedback !== null && lastAnswerId !== undefined) {
      const reason = feedback[1]!.toLowerCase() === 'wrong' ? parseReason(feedback[2] ?? '') : undefined;
      const vote = feedback[1]!.toLowerCase() === 'good' ? 'up' : 'down';
      return { ...requester, root: 'demining', input: { feedback: { answerId: lastAnswerId, vote, ...(reason === undefined ? {} : { reason }) } }, mustAnswer: true };
    }
    const moderation = ADMIN.test(text);
    return {
      ...requester,
      root: moderation ? 'demining-admin' : 'demining',
      input: { line: moderation ? text.replace(/^\/?admin\b/iu, 'demining-admin') : text },
      mustAnswer: true,
    };
  };

  const ask = (f: FormField) => {
    const current = f.value === '' ? '' : `\n  now: ${f.value.replace(/\n/gu, '\n       ')}`;
    const how = f.multiline ? ' (several lines; end with a line holding only ".")' : '';
    write(`\n${f.label}${f.required ? '' : ' (optional)'}${how}\n  e.g. ${f.placeholder.replace(/\n/gu, ' / ')}${current}\n  Enter alone keeps what is there; "cancel" stops.`);
    rl.setPrompt(`${f.name}> `);
    rl.prompt();
  };

  const submit = async (state: FormState) => {
    const result = await pipeline.submitForm(requester, state.spec.token, state.values);
    if ('kind' in result || result.done) {
      form = undefined;
      write(`\n${'kind' in result ? result.text : renderText(result.reply)}\n`);
      rl.setPrompt('demining> ');
      rl.prompt();
      return;
    }
    write(`\nNothing was saved. Please fix:\n${errorsText(result.errors)}`);
    state.queue = state.spec.fields.filter((f) => f.name in result.errors).map((f) => ({ ...f, value: state.values[f.name] ?? '' }));
    ask(state.queue[0]!);
  };

  const onFormLine = async (state: FormState, line: string): Promise<void> => {
    const field = state.queue[0]!;
    if (state.lines === undefined && line.trim().toLowerCase() === 'cancel') {
      form = undefined;
      write('Cancelled; nothing was saved.');
      rl.setPrompt('demining> ');
      rl.prompt();
      return;
    }
    if (field.multiline) {
      if (state.lines === undefined && line.trim() === '') {
        state.values[field.name] = field.value;
      } else if (line.trim() === '.') {
        state.values[field.name] = (state.lines ?? []).join('\n');
        state.lines = undefined;
      } else {
        (state.lines ??= []).push(line);
        rl.prompt();
        return;
      }
    } else {
      state.values[field.name] = line.trim() === '' ? field.value : line.trim();
    }
    state.queue.shift();
    if (state.queue.length > 0) ask(state.queue[0]!);
    else await submit(state);
  };

  const show = (outcome: Outcome) => {
    if (outcome.kind === 'form') {
      form = { spec: outcome.form, values: {}, queue: [...outcome.form.fields], lines: undefined };
      write(`\n${outcome.form.title}: ${outcome.form.fields.length} fields.`);
      ask(form.queue[0]!);
    } else if (outcome.kind === 'reply') {
      write(`\n${renderText(outcome.reply)}\n`);
      if (outcome.reply.answerId !== undefined) write(`${messages.feedbackConsoleHint}\n`);
      lastAnswerId = outcome.reply.answerId;
    } else if (outcome.kind === 'feedback') {
      write(outcome.askReason ? `${outcome.text} ${messages.feedbackConsoleReasons}` : outcome.text);
    } else if (outcome.kind === 'notice') {
      // The console has always said "not available here" and the apology without the blank lines around answers.
      write(outcome.text);
    }
  };

  if (options.greeting !== undefined) write(options.greeting);
  rl.setPrompt('demining> ');
  rl.prompt();
  return new Promise((resolve) => {
    rl.on('line', (line) => {
      busy = busy.then(async () => {
        if (form !== undefined) {
          await onFormLine(form, line);
          return;
        }
        const text = line.trim();
        if (EXIT.has(text.toLowerCase())) {
          rl.close();
          return;
        }
        if (text.length > 0) {
          try {
            show(await pipeline.handle(requestOf(text)));
          } catch (e) {
            // The pipeline answers a command's errors; this is the terminal failing to show one.
            console.error('Error while answering:', e);
            write(messages.apology);
          }
        }
        if (form === undefined) rl.prompt();
      });
    });
    rl.on('close', () => {
      void busy.then(() => {
        write('Bye.');
        resolve();
      });
    });
  });
}
