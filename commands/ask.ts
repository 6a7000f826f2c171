import { defineCommand, textOption } from './command.js';

export default defineCommand({
  name: 'ask',
  description: 'Ask a question in plain words',
  translations: { km: 'សួរសំណួរជាភាសាធម្មតា' },
  options: [textOption('question', 'Your question, e.g. how much land is still mined?')],
  examples: ['ask how much land is still mined?', 'ask how many mines did JMAS destroy'],
  run: ({ question }, { engine, onUnanswered }) => {
    const r = engine.ask(question ?? '');
    if (r.kind === 'no-answer') onUnanswered?.(question ?? '');
    return r;
  },
});
