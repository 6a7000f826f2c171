/** One reply as one JSON object, for scripts: `npm run ask -- --jsonl`. */
import type { Reply } from '../../core/reply.js';
import { renderText } from '../../core/render-text.js';

export interface JsonLine {
  q: string;
  answered: boolean;
  text: string;
  facts: string[];
  suggestions: string[];
}

export function toJsonLine(q: string, r: Reply): JsonLine {
  return {
    q,
    answered: r.kind === 'answer',
    text: renderText(r),
    facts: r.facts,
    suggestions: r.suggestions.map((s) => s.label),
  };
}
