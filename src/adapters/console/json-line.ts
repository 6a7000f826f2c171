/** JSON lines for scripts (`npm run ask -- --jsonl`): input read line by line, one reply a line. */
import type { Reply } from '../../core/reply.js';
import { reply } from '../../core/reply.js';
import { renderText } from '../../core/render-text.js';

export interface JsonLine {
  q: string;
  answered: boolean;
  text: string;
  facts: string[];
  suggestions: string[];
}

/** Longest input line read, in bytes; a longer one is skipped with an error, never held whole. */
export const MAX_JSONL_LINE_BYTES = 64 * 1024;

export const jsonLineMessages = {
  notAnObject: (line: number) => `Line ${line} is not a JSON object with a string "q".`,
  tooLong: (line: number, max: number) => `Line ${line} is longer than ${max.toLocaleString('en-US')} bytes; it was skipped.`,
};

export function toJsonLine(q: string, r: Reply): JsonLine {
  return {
    q,
    answered: r.kind === 'answer',
    text: renderText(r),
    facts: r.facts,
    suggestions: r.suggestions.map((s) => s.label),
  };
}

/** The object written for a line that could not be read; it never echoes the line. */
export function errorJsonLine(message: string): JsonLine & { error: string } {
  const r = reply('error', message);
  return { ...toJsonLine('', r), error: r.title };
}

/** One input line, numbered from 1, or the note that it was over the limit. */
export type InputLine =
  | { kind: 'line'; number: number; text: string }
  | { kind: 'overlong'; number: number };

/**
 * Splits a byte stream into lines (`\n` or `\r\n`), holding at most `maxBytes` of one line: the
 * rest of an overlong line is counted and discarded as it arrives. readline cannot do this, as it
 * builds each line whole before handing it over.
 */
export async function* splitLines(input: AsyncIterable<Buffer | string> | Iterable<Buffer | string>, maxBytes = MAX_JSONL_LINE_BYTES): AsyncGenerator<InputLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let overlong = false;
  let number = 0;
  const finish = (): InputLine => {
    number += 1;
    const line: InputLine = overlong
      ? { kind: 'overlong', number }
      : { kind: 'line', number, text: Buffer.concat(parts).toString('utf8').replace(/\r$/u, '') };
    parts = [];
    size = 0;
    overlong = false;
    return line;
  };
  for await (const chunk of input) {
    // A newline byte never occurs inside a multi-byte UTF-8 character, so splitting bytes is safe.
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let start = 0;
    while (start < bytes.length) {
      const newline = bytes.indexOf(0x0a, start);
      const end = newline === -1 ? bytes.length : newline;
      size += end - start;
      if (!overlong && size > maxBytes) {
        overlong = true;
        parts = [];
      } else if (!overlong && end > start) {
        parts.push(bytes.subarray(start, end));
      }
      if (newline === -1) break;
      yield finish();
      start = newline + 1;
    }
  }
  if (size > 0) yield finish();
}
