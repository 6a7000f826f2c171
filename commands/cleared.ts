import { defineCommand, showFigures } from './command.js';

export default defineCommand({
  name: 'cleared',
  description: 'How much land Cambodia has cleared of mines and explosive remnants of war since 1992',
  options: [],
  examples: ['cleared'],
  figures: { measure: 'area-cleared' },
  run: (_args, { engine }) => showFigures({ measure: 'area-cleared' }, engine),
});
