import { defineCommand, showFigures } from './command.js';

export default defineCommand({
  name: 'remaining',
  description: 'How much land in Cambodia is still to be cleared of mines and explosive remnants of war',
  translations: { km: 'ទំហំដីនៅកម្ពុជាដែលនៅត្រូវបោសសម្អាតមីន និងសំណល់ជាតិផ្ទុះពីសង្គ្រាម' },
  options: [],
  examples: ['remaining'],
  figures: { measure: 'area-remaining' },
  run: (_args, { engine }) => showFigures({ measure: 'area-remaining' }, engine),
});
