/** Replies for the outcomes of moderator changes, shared by every admin command and face. */
import { reply, type Reply } from '../../src/core/reply.js';
import type { ChangeResult } from '../../src/store/fact-store.js';

export function changeReply(result: ChangeResult, done: (factId: string, revision: number) => string): Reply {
  if (result.ok) {
    return reply('answer', done(result.factId, result.entry.revision), {
      body: `Fact base revision ${result.revision}. Recorded in the changelog as change #${result.entry.seq} by ${result.entry.actor.name}.`,
      private: true,
      facts: [result.factId],
    });
  }
  if (result.reason === 'invalid') {
    return reply('error', 'Nothing was changed: the fact is not valid.', {
      body: result.errors.map((e) => `${e.field}: ${e.message}`).join('\n'),
    });
  }
  return reply('error', `Nothing was changed: ${result.message}`);
}
