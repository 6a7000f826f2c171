import { defineCommand, textOption } from './command.js';

export default defineCommand({
  name: 'fact',
  description: 'Show one fact by its topic, with its source and the exact words',
  translations: { km: 'បង្ហាញព័ត៌មានមួយតាមប្រធានបទរបស់វា ព្រមទាំងប្រភព និងពាក្យពិតប្រាកដ' },
  options: [textOption('topic', 'The fact to show: its topic or id', { autocomplete: 'fact' })],
  examples: ['fact cambodia-area-remaining', 'fact jmas mines'],
  run: ({ topic }, { engine }) => engine.fact(topic ?? ''),
});
