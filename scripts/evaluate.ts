/** Scores the engine on a labelled question set. Used by `npm run eval` and by test/eval.test.ts. */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Engine } from '../src/core/engine.js';

export const EvalRow = z.object({
  q: z.string().min(1),
  expect: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  kind: z.string().min(1),
});
export type EvalRow = z.infer<typeof EvalRow>;

export function readEvalSet(path: string): EvalRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, i) => [line, i + 1] as const)
    .filter(([line]) => line.trim().length > 0)
    .map(([line, n]) => {
      const parsed = EvalRow.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path}:${n}: ${parsed.error.issues[0]?.message ?? 'invalid row'}`);
      return parsed.data;
    });
}

export interface Outcome {
  row: EvalRow;
  answered: boolean;
  /** The fact the answer leads with, or undefined when the bot declined. */
  got: string | undefined;
  verdict: 'right' | 'declined-right' | 'missed' | 'wrong';
}

export interface EvalReport {
  outcomes: Outcome[];
  answerable: number;
  answeredRight: number;
  none: number;
  declinedRight: number;
  wrong: number;
  /** answeredRight / answerable */
  answerRate: number;
  /** declinedRight / none */
  declineRate: number;
  /** wrong / all */
  wrongRate: number;
}

export function evaluate(engine: Engine, rows: readonly EvalRow[]): EvalReport {
  const outcomes = rows.map((row): Outcome => {
    const r = engine.ask(row.q);
    const answered = r.kind === 'answer';
    const got = answered ? r.facts[0] : undefined;
    // "term:CMAC" expects the glossary's definition of CMAC.
    const expected = (Array.isArray(row.expect) ? row.expect : [row.expect]).map((e) => e.replace(/^term:/u, 'glossary:'));
    let verdict: Outcome['verdict'];
    if (expected.includes('none')) verdict = answered ? 'wrong' : 'declined-right';
    else if (!answered) verdict = 'missed';
    else verdict = got !== undefined && expected.includes(got) ? 'right' : 'wrong';
    return { row, answered, got, verdict };
  });
  const count = (v: Outcome['verdict']) => outcomes.filter((o) => o.verdict === v).length;
  const none = rows.filter((r) => r.expect === 'none').length;
  const answerable = rows.length - none;
  const wrong = count('wrong');
  return {
    outcomes,
    answerable,
    answeredRight: count('right'),
    none,
    declinedRight: count('declined-right'),
    wrong,
    answerRate: answerable === 0 ? 1 : count('right') / answerable,
    declineRate: none === 0 ? 1 : count('declined-right') / none,
    wrongRate: rows.length === 0 ? 0 : wrong / rows.length,
  };
}
