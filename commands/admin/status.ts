import { messages } from '../../src/core/messages.js';
import { reply } from '../../src/core/reply.js';
import { defineAdminCommand } from './admin-command.js';
import { reviewCounts, reviewText } from './review.js';
import { channelSettingsLines } from './channel.js';

export default defineAdminCommand({
  name: 'status',
  description: 'Revision, counts, the last reload and any error',
  options: [],
  examples: ['status'],
  run: async (_args, { store, place }) => {
    const s = store.status();
    const open = reviewCounts(store);
    const body = [
      `Revision ${s.revision}: ${s.facts} facts answering, ${s.retired} retired, ${s.sources} sources.`,
      messages.dueSummary(store.dueForReview()),
      reviewText.statusLine(open.questions, open.flagged),
      `Vocabulary revision ${s.vocabulary.revision}: ${s.vocabulary.entities} entities, ${s.vocabulary.synonyms} synonym groups.`,
      `Last change: ${s.lastChangeAt ?? 'none since start'}.`,
      `Last reload: ${s.lastReloadAt ?? 'none since start'}.`,
      s.lastReloadError === null ? 'No reload error.' : `Last reload error (the last good fact base keeps answering): ${s.lastReloadError}`,
      ...(s.changelogError === null ? [] : [`Changelog: ${s.changelogError}`]),
      ...channelSettingsLines(store.channels, place),
    ].join('\n');
    return { reply: reply('list', 'Fact base status', { body, private: true }) };
  },
});
