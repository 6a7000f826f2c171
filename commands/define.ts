import { defineCommand, textOption } from './command.js';

export default defineCommand({
  name: 'define',
  description: 'Explain a term or acronym: UXO, ERW, CMAC, JMAS, AP mine...',
  translations: { km: 'ពន្យល់ពាក្យ ឬអក្សរកាត់៖ UXO, ERW, CMAC, JMAS, មីនប្រឆាំងមនុស្ស...' },
  options: [textOption('term', 'The term or acronym', { autocomplete: 'term' })],
  examples: ['define uxo', 'define anti-personnel mine'],
  run: ({ term }, { engine }) => engine.define(term ?? ''),
});
