import { defineCommand } from './command.js';

export default defineCommand({
  name: 'jmas',
  description: 'What the Japan Mine Action Service (JMAS) and CMAC have cleared and destroyed together',
  options: [],
  examples: ['jmas'],
  run: (_args, { engine }) =>
    engine.facts(['jmas-cmac-area-cleared', 'jmas-cmac-ap-mines-destroyed'], 'JMAS and CMAC: land cleared and mines destroyed'),
});
