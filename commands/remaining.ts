import { defineCommand, showFigures } from './command.js';

export default defineCommand({
  name: 'remaining',
  description: 'How much land in Cambodia is still to be cleared of mines and explosive remnants of war',
  options: [],
  examples: ['remaining'],
  figures: { measure: 'area-remaining' },
  run: (_args, { engine }) => showFigures({ measure: 'area-remaining' }, engine),
});
