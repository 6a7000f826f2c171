import { defineCommand, showFigures } from './command.js';

export default defineCommand({
  name: 'cleared',
  description: 'How much land Cambodia has cleared of mines and explosive remnants of war since 1992',
  translations: { km: 'ទំហំដីដែលកម្ពុជាបានបោសសម្អាតមីន និងសំណល់ជាតិផ្ទុះពីសង្គ្រាម តាំងពីឆ្នាំ ១៩៩២' },
  options: [],
  examples: ['cleared'],
  figures: { measure: 'area-cleared' },
  run: (_args, { engine }) => showFigures({ measure: 'area-cleared' }, engine),
});
