import { defineCommand } from './command.js';

export default defineCommand({
  name: 'cleared',
  description: 'How much land Cambodia has cleared of mines and explosive remnants of war since 1992',
  options: [],
  examples: ['cleared'],
  run: (_args, { engine }) => engine.facts(['cambodia-area-cleared']),
});
