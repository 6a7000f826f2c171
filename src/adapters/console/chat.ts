/** The local chat: a prompt in the terminal that takes commands, questions and moderator commands. */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { AdminContext } from '../../../commands/admin/admin-command.js';
import { errorsText, parseAdminLineOrHelp, runAdmin, submitForm } from '../../../commands/admin/dispatch.js';
import type { FormField, FormSpec, FormValues } from '../../../commands/admin/fact-form.js';
import { commands } from '../../../commands/index.js';
import { runLine } from '../../../commands/dispatch.js';
import type { Engine } from '../../core/engine.js';
import { messages } from '../../core/messages.js';
import { renderText } from '../../core/render-text.js';

export interface ConsoleChatOptions {
  input: Readable;
  output: Writable;
  /** A line shown once at the start. */
  greeting?: string;
  /** Moderation from the console acts as the local user. */
  admin?: AdminContext;
}

const EXIT = new Set(['exit', 'quit', '/exit', '/quit', ':q']);
const ADMIN = /^\/?(?:demining-admin|admin)\b/iu;

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
  let form: FormState | undefined;
  let busy: Promise<void> = Promise.resolve();

  const ask = (f: FormField) => {
    const current = f.value === '' ? '' : `\n  now: ${f.value.replace(/\n/gu, '\n       ')}`;
    const how = f.multiline ? ' (several lines; end with a line holding only ".")' : '';
    write(`\n${f.label}${f.required ? '' : ' (optional)'}${how}\n  e.g. ${f.placeholder.replace(/\n/gu, ' / ')}${current}\n  Enter alone keeps what is there; "cancel" stops.`);
    rl.setPrompt(`${f.name}> `);
    rl.prompt();
  };

  const submit = async (state: FormState) => {
    if (admin === undefined) return;
    const result = await submitForm(state.spec.token, state.values, admin);
    if (result.done) {
      form = undefined;
      write(`\n${renderText(result.reply)}\n`);
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

  const onAdminLine = async (text: string) => {
    if (admin === undefined) {
      write('Moderator commands need the fact store; they are not available here.');
      return;
    }
    const result = await runAdmin(parseAdminLineOrHelp(text.replace(/^\/?admin\b/iu, 'demining-admin'), 'console'), admin);
    if ('form' in result) {
      form = { spec: result.form, values: {}, queue: [...result.form.fields], lines: undefined };
      write(`\n${result.form.title}: ${result.form.fields.length} fields.`);
      ask(form.queue[0]!);
      return;
    }
    write(`\n${renderText(result.reply)}\n`);
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
            if (ADMIN.test(text)) await onAdminLine(text);
            else {
              const ctx = { engine: engine(), commands, face: 'console' as const, ...(admin === undefined ? {} : { onUnanswered: (q: string) => admin.store.recordGap(q) }) };
              write(`\n${renderText(runLine(text, ctx))}\n`);
            }
          } catch (e) {
            // The edge: an unexpected error is reported and the chat goes on.
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
