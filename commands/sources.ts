import { defineCommand } from './command.js';

export default defineCommand({
  name: 'sources',
  description: 'List the sources the facts come from',
  options: [],
  examples: ['sources'],
  run: (_args, { engine }) => engine.sources(),
});
