import { commandRef, messages } from '../src/core/messages.js';
import { reply } from '../src/core/reply.js';
import { defineCommand, usage } from './command.js';

export default defineCommand({
  name: 'help',
  description: 'What the bot can do, and how to ask',
  options: [],
  examples: ['help'],
  run: (_args, { commands, engine, face }) => {
    // Each renderer spells the commands for its face: "search <words>" or "/demining search <words>".
    const lines = commands.map((c) => `${commandRef(usage(c))}: ${c.description}`);
    const examples = commands.flatMap((c) => c.examples.slice(0, 1)).map((e) => `  ${commandRef(e)}`);
    const mention = face === 'console' ? messages.helpConsoleHint : messages.helpChatHint;
    const about = engine.kb.about;
    return reply('help', messages.helpTitle(about), {
      body: `${messages.helpIntro(about)}\n\n${lines.join('\n')}\n\nExamples:\n${examples.join('\n')}\n\n${mention}`,
      private: true,
    });
  },
});
