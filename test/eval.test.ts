/** Holds the matcher to the evaluation set: see `npm run eval` for the figures. */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/core/engine.js';
import { evaluate, readEvalSet } from '../scripts/evaluate.js';
import { engineFor, REAL_KNOWLEDGE } from './helpers.js';

const rows = readEvalSet(fileURLToPath(new URL('./eval/questions.jsonl', import.meta.url)));
let engine: Engine;
beforeAll(async () => {
  engine = await engineFor(REAL_KNOWLEDGE);
});

describe('the evaluation set', () => {
  it('is large and honest: 200+ questions, 70+ to decline, half of those near misses', () => {
    const none = rows.filter((r) => r.expect === 'none');
    expect(rows.length).toBeGreaterThanOrEqual(200);
    expect(none.length).toBeGreaterThanOrEqual(70);
    expect(none.filter((r) => r.kind === 'near-miss').length).toBeGreaterThanOrEqual(none.length / 2);
  });

  it('labels only facts that exist', () => {
    const ids = new Set([...engine.kb.facts.map((f) => f.id), ...engine.kb.derived.map((d) => d.id), ...engine.kb.glossary.map((g) => `glossary:${g.term}`)]);
    for (const r of rows) {
      for (const e of Array.isArray(r.expect) ? r.expect : [r.expect]) {
        if (e !== 'none') expect(ids, `${r.q} -> ${e}`).toContain(e);
      }
    }
  });

  it('is answered right 90% of the time, declined right 90% of the time, with at most 2% wrong answers', () => {
    const r = evaluate(engine, rows);
    const wrong = r.outcomes.filter((o) => o.verdict === 'wrong').map((o) => `${o.row.q} -> ${o.got ?? 'none'}`);
    expect(r.answerRate).toBeGreaterThanOrEqual(0.9);
    expect(r.declineRate).toBeGreaterThanOrEqual(0.9);
    expect(r.wrongRate, wrong.join('\n')).toBeLessThanOrEqual(0.02);
  });
});
