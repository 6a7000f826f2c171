import { textOption } from '../command.js';
import { defineAdminCommand } from './admin-command.js';
import { factForm } from './fact-form.js';

export default defineAdminCommand({
  name: 'add',
  description: 'Add a fact: opens a form for the statement, figure, source, exact words and phrasings',
  options: [textOption('reason', 'Why: e.g. "CMAA 2025 annual report"')],
  examples: ['add reason: CMAA 2025 report'],
  run: async ({ reason }, { actor, forms }) => {
    const token = forms.open({ kind: 'add', reason: reason ?? '', actor, values: {} });
    return { form: factForm(token, 'Add a fact', undefined) };
  },
});
