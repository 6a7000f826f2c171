import { defineCommand } from './command.js';

export default defineCommand({
  name: 'sources',
  description: 'List the sources the facts come from',
  translations: { km: 'បញ្ជីប្រភពដែលព័ត៌មានបានមកពី' },
  options: [],
  examples: ['sources'],
  run: (_args, { engine }) => engine.sources(),
});
