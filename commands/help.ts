import { messagesFor } from '../src/core/catalogue.js';
import { commandRef } from '../src/core/messages.js';
import { reply } from '../src/core/reply.js';
import type { About } from '../src/core/schema.js';
import { defineCommand, usage } from './command.js';

export default defineCommand({
  name: 'help',
  description: 'What the bot can do, and how to ask',
  translations: { km: 'អ្វីដែលបូតអាចធ្វើបាន និងរបៀបសួរ' },
  options: [],
  examples: ['help'],
  run: (_args, { commands, engine, face, lang = 'en' }) => {
    const m = messagesFor(lang);
    // Each renderer spells the commands for its face: "search <words>" or "/demining search <words>".
    const lines = commands.map((c) => `${commandRef(usage(c))}: ${lang === 'en' ? c.description : c.translations?.[lang] ?? c.description}`);
    const examples = commands.flatMap((c) => c.examples.slice(0, 1)).map((e) => `  ${commandRef(e)}`);
    const mention = face === 'console' ? m.helpConsoleHint : m.helpChatHint;
    // What the fact base is about, in the reply's language where sources.json gives it.
    const base = engine.kb.about;
    const tr = lang === 'en' ? undefined : base?.translations?.[lang];
    const about: About | undefined = base === undefined || tr === undefined ? base : { ...base, ...tr };
    return reply('help', m.helpTitle(about), {
      body: `${m.helpIntro(about)}\n\n${lines.join('\n')}\n\n${m.helpExamples}:\n${examples.join('\n')}\n\n${mention}`,
      private: true,
    });
  },
});
