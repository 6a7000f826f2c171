/**
 * `npm run eval [-- --file F] [-- --verbose]`: the share of answerable questions answered right,
 * the share of unanswerable ones declined, and the wrong answers, on test/eval/questions.jsonl.
 */
import { loadEngineOrThrow, runMain } from '../src/start.js';
import { evaluate, readEvalSet } from './evaluate.js';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

runMain(async () => {
  const argv = process.argv.slice(2);
  const fileAt = argv.indexOf('--file');
  const file = fileAt >= 0 ? argv[fileAt + 1] ?? '' : 'test/eval/questions.jsonl';
  const knowledgeAt = argv.indexOf('--knowledge');
  const engine = await loadEngineOrThrow(knowledgeAt >= 0 ? argv[knowledgeAt + 1] ?? 'knowledge' : 'knowledge');
  const rows = readEvalSet(file);
  const r = evaluate(engine, rows);
  console.log(`Evaluation set: ${file} (${rows.length} questions: ${r.answerable} answerable, ${r.none} to decline)`);
  console.log(`Answered right:    ${r.answeredRight}/${r.answerable} = ${pct(r.answerRate)}  (test floor 90%, goal 97%)`);
  console.log(`Declined right:    ${r.declinedRight}/${r.none} = ${pct(r.declineRate)}  (test floor 90%, goal 97%)`);
  console.log(`Wrong answers:     ${r.wrong}/${rows.length} = ${pct(r.wrongRate)}  (test ceiling 2%, goal 0)`);
  const kinds = [...new Set(rows.map((x) => x.kind))].sort();
  for (const k of kinds) {
    const of = r.outcomes.filter((o) => o.row.kind === k);
    const ok = of.filter((o) => o.verdict === 'right' || o.verdict === 'declined-right').length;
    console.log(`  ${k.padEnd(12)} ${ok}/${of.length}`);
  }
  if (argv.includes('--verbose')) {
    for (const o of r.outcomes) {
      if (o.verdict === 'missed' || o.verdict === 'wrong') {
        console.log(`${o.verdict.toUpperCase().padEnd(7)} ${o.row.q}  expected ${JSON.stringify(o.row.expect)}, got ${o.got ?? 'no answer'}`);
      }
    }
  }
});
