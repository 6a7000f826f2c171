import { defineCommand, textOption } from './command.js';

export default defineCommand({
  name: 'search',
  description: 'Find facts that mention some words',
  translations: { km: 'ស្វែងរកព័ត៌មានដែលមានពាក្យណាមួយ' },
  options: [textOption('words', 'Words to look for, e.g. schools')],
  examples: ['search schools', 'search victims'],
  run: ({ words }, { engine }) => engine.search(words ?? ''),
});
