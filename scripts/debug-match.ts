/** `npx tsx scripts/debug-match.ts [--knowledge DIR] "question" ...`: how the matcher reads and ranks a question. */
import { loadEngineOrThrow, runMain } from '../src/start.js';
import { analyse, refusal, type MatchIndex } from '../src/core/matcher.js';

runMain(async () => {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--knowledge');
  const dir = at >= 0 ? argv[at + 1] ?? 'knowledge' : 'knowledge';
  const questions = argv.filter((_, i) => at < 0 || (i !== at && i !== at + 1));
  const engine = await loadEngineOrThrow(dir);
  for (const q of questions) {
    const m = engine.match(q);
    const index = (engine as unknown as { index?: MatchIndex }).index;
    console.log(`\n${q}\n  tokens: ${m.analysed.tokens.join(' ')}  names: ${[...m.analysed.names].join(',')} proper: ${m.analysed.properNames.join(',')}`);
    console.log(`  frame: ${JSON.stringify({ ...m.analysed.frame, dates: m.analysed.frame.dates.map((d) => `${d.prep}:${d.start}..${d.end}`) })}`);
    for (const r of m.ranked.slice(0, 5)) {
      const why = index === undefined ? '' : refusal(index, r.entry, analyse(index, q), new Set(m.analysed.tokens)) ?? 'ok';
      console.log(`  ${r.score.toFixed(3)} cov ${(r.coverage ?? 0).toFixed(3)} ${r.entry.id} ${why}`);
    }
    console.log(`  best: ${m.best.map((b) => b.entry.id).join(', ')} refused: ${m.refused ?? '-'} ambiguous: ${m.ambiguous}`);
  }
});
