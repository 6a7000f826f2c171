import { messages } from '../src/core/messages.js';
import { reply } from '../src/core/reply.js';
import { defineCommand, usage } from './command.js';

const PREFIX = { console: '', discord: '/demining ', slack: '/demining ' } as const;

export default defineCommand({
  name: 'help',
  description: 'What the bot can do, and how to ask',
  options: [],
  examples: ['help'],
  run: (_args, { commands, face }) => {
    const p = PREFIX[face];
    const lines = commands.map((c) => `${p}${usage(c)}: ${c.description}`);
    const examples = commands.flatMap((c) => c.examples.slice(0, 1)).map((e) => `  ${p}${e}`);
    const mention = face === 'console' ? 'Type any question, or `exit` to leave.' : 'You can also mention the bot with a question, or send it a direct message.';
    return reply('help', messages.helpTitle, {
      body: `${messages.helpIntro}\n\n${lines.join('\n')}\n\nExamples:\n${examples.join('\n')}\n\n${mention}`,
      private: true,
    });
  },
});
