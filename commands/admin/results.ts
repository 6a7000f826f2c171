/** Replies for the outcomes of moderator changes, shared by every admin command and face. */
import { reply, type Reply } from '../../src/core/reply.js';
import type { ChangeResult } from '../../src/store/fact-store.js';
import { editLines, editTitle, termText } from './term-text.js';

/** The store's messages name fields in backticks; quotes read the same on every face, unescaped. */
export function plainNames(message: string): string {
  return message.replace(/`([^`]*)`/gu, '"$1"');
}

/**
 * `done` words a fact change; a vocabulary change (a `term` command, or the undo of one) says what
 * it added or removed. `invalid` is the title when the change is refused field by field.
 */
export function changeReply(result: ChangeResult, done: (factId: string, revision: number) => string, invalid = 'Nothing was changed: the fact is not valid.'): Reply {
  if (result.ok && 'vocabulary' in result) {
    const { entry } = result;
    return reply('answer', editTitle(result.vocabulary, entry.undoes), {
      body: `${editLines(result.vocabulary).join('\n')}\n\n${termText.recorded(result.revision, entry.seq, entry.actor.name)}`,
      private: true,
    });
  }
  if (result.ok) {
    return reply('answer', done(result.factId, result.entry.revision), {
      body: `Fact base revision ${result.revision}. Recorded in the changelog as change #${result.entry.seq} by ${result.entry.actor.name}.`,
      private: true,
      facts: [result.factId],
    });
  }
  if (result.reason === 'invalid') {
    return reply('error', invalid, {
      body: result.errors.map((e) => (e.field === '' ? plainNames(e.message) : `${e.field}: ${plainNames(e.message)}`)).join('\n'),
    });
  }
  return reply('error', `Nothing was changed: ${plainNames(result.message)}`);
}
