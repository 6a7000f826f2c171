import { messages } from '../../src/core/messages.js';
import { reply } from '../../src/core/reply.js';
import { textOption } from '../command.js';
import { defineAdminCommand } from './admin-command.js';
import { factForm } from './fact-form.js';

export default defineAdminCommand({
  name: 'edit',
  description: 'Correct a fact: opens its form, filled in',
  options: [textOption('fact', 'The fact id', { autocomplete: 'fact' }), textOption('reason', 'Why: e.g. "figure updated by the 2025 report"')],
  examples: ['edit cambodia-area-remaining reason: 2025 figure'],
  run: async ({ fact: id, reason }, { store, actor, forms }) => {
    const fact = store.kb().facts.find((f) => f.id === id);
    if (fact === undefined) return { reply: reply('error', messages.unknownFact(id ?? '')) };
    const token = forms.open({ kind: 'edit', factId: fact.id, baseRevision: fact.revision, reason: reason ?? '', actor, values: {} });
    return { form: factForm(token, `Edit ${fact.id}`, fact) };
  },
});
