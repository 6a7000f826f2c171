import fc from 'fast-check';
import { it } from 'vitest';
import { runLine } from '../../commands/dispatch.js';
import { commands } from '../../commands/index.js';
import { REAL_KNOWLEDGE, engineFor } from '../helpers.js';
import { commandLine } from './arbitraries.js';
it('prof', async () => {
  const engine = await engineFor(REAL_KNOWLEDGE);
  const ctx = { engine, commands, face: 'console' as const };
  const lines = fc.sample(commandLine, { numRuns: 1500, seed: 1 });
  const times: Array<[number, string]> = [];
  const t0 = performance.now();
  for (const l of lines) { const t = performance.now(); runLine(l, ctx); times.push([performance.now() - t, l]); }
  console.log('total', performance.now() - t0);
  times.sort((a, b) => b[0] - a[0]);
  for (const [t, l] of times.slice(0, 15)) console.log(t.toFixed(1), l.length, JSON.stringify(l.slice(0, 120)));
  const t1 = performance.now(); fc.sample(commandLine, { numRuns: 1500, seed: 2 }); console.log('gen', performance.now() - t1);
}, 60000);
