import { defineCommand, showFigures } from './command.js';

export default defineCommand({
  name: 'jmas',
  description: 'What the Japan Mine Action Service (JMAS) and CMAC have cleared and destroyed together',
  translations: { km: 'អ្វីដែលសេវាកម្មសកម្មភាពកំចាត់មីនជប៉ុន (JMAS) និង CMAC បានបោសសម្អាត និងបំផ្លាញរួមគ្នា' },
  options: [],
  examples: ['jmas'],
  figures: { by: 'JMAS', all: true },
  run: (_args, { engine, lang }) => showFigures({ by: 'JMAS', all: true }, engine,
    lang === 'km' ? 'JMAS និង CMAC៖ ដីដែលបានបោសសម្អាត និងមីនដែលបានបំផ្លាញ' : 'JMAS and CMAC: land cleared and mines destroyed'),
});
