/** The local chat: a prompt in the terminal that takes commands and questions. */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
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
}

const EXIT = new Set(['exit', 'quit', '/exit', '/quit', ':q']);

/** Runs the chat until `exit` or end of input (Ctrl-D); resolves when it has closed. */
export function runConsoleChat(engine: () => Engine, options: ConsoleChatOptions): Promise<void> {
  const rl = createInterface({ input: options.input, output: options.output, terminal: 'isTTY' in options.input && options.input.isTTY === true });
  const write = (text: string) => options.output.write(`${text}\n`);
  if (options.greeting !== undefined) write(options.greeting);
  rl.setPrompt('demining> ');
  rl.prompt();
  return new Promise((resolve) => {
    rl.on('line', (line) => {
      const text = line.trim();
      if (EXIT.has(text.toLowerCase())) {
        rl.close();
        return;
      }
      if (text.length > 0) {
        try {
          write(`\n${renderText(runLine(text, { engine: engine(), commands, face: 'console' }))}\n`);
        } catch (e) {
          // The edge: an unexpected error is reported and the chat goes on.
          console.error('Error while answering:', e);
          write(messages.apology);
        }
      }
      rl.prompt();
    });
    rl.on('close', () => {
      write('Bye.');
      resolve();
    });
  });
}
