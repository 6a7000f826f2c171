/**
 * /demining-admin on Slack: moderators are the users in SLACK_MODERATOR_USER_IDS; the fact form is
 * a modal (views.open) whose invalid fields are answered inline, and nothing is written until valid.
 */
import type { App } from '@slack/bolt';
import type { AdminContext } from '../../../commands/admin/admin-command.js';
import { parseAdminLineOrHelp, runAdmin, submitForm } from '../../../commands/admin/dispatch.js';
import { FORM_FIELDS, type FormSpec, type FormValues, type PendingForms } from '../../../commands/admin/fact-form.js';
import { truncate } from '../../core/text.js';
import type { Logger } from '../../logger.js';
import type { FactStore } from '../../store/fact-store.js';
import { renderSlack } from './render.js';

export const ADMIN_SLASH = '/demining-admin';
export const FORM_CALLBACK = 'demining_admin_form';
export const REFUSAL = 'Only moderators can change the fact base. Ask a workspace admin to add you to the bot\'s moderators. Nothing was changed.';

export interface SlackAdminOptions {
  store: FactStore;
  forms: PendingForms;
  moderatorUserIds: readonly string[];
}

const plain = (text: string, max: number) => ({ type: 'plain_text' as const, text: truncate(text, max) });

export function modalView(spec: FormSpec) {
  return {
    type: 'modal' as const,
    callback_id: FORM_CALLBACK,
    private_metadata: spec.token,
    title: plain(spec.title, 24),
    submit: plain('Save', 24),
    close: plain('Cancel', 24),
    blocks: spec.fields.map((f) => ({
      type: 'input',
      block_id: f.name,
      optional: !f.required,
      label: plain(f.label, 2000),
      element: {
        type: 'plain_text_input',
        action_id: f.name,
        multiline: f.multiline,
        max_length: Math.min(f.maxLength, 3000),
        placeholder: plain(f.placeholder.replace(/\n/gu, ' / '), 150),
        ...(f.value === '' ? {} : { initial_value: truncate(f.value, 3000) }),
      },
    })),
  };
}

export function registerSlackAdmin(app: App, o: SlackAdminOptions, log: Logger): void {
  const ctx = (user: { id: string; name?: string }): AdminContext => ({ store: o.store, forms: o.forms, actor: { id: user.id, name: user.name ?? user.id, face: 'slack' } });
  const allowed = (userId: string) => o.moderatorUserIds.includes(userId);

  app.command(ADMIN_SLASH, async ({ command, ack, client }) => {
    if (!allowed(command.user_id)) {
      await ack({ response_type: 'ephemeral', text: REFUSAL });
      return;
    }
    try {
      const result = await runAdmin(parseAdminLineOrHelp(command.text, 'slack'), ctx({ id: command.user_id, name: command.user_name }));
      if ('form' in result) {
        // Slack: the trigger_id is valid for about 3 s: ack, then open the modal at once.
        await ack();
        await client.views.open({ trigger_id: command.trigger_id, view: modalView(result.form) as never });
      } else {
        await ack(renderSlack(result.reply));
      }
    } catch (e) {
      log.error({ err: e, user: command.user_id }, 'error in an admin command');
      await ack({ response_type: 'ephemeral', text: 'Sorry, something went wrong; nothing was changed. It has been logged.' }).catch(() => undefined);
    }
  });

  app.view(FORM_CALLBACK, async ({ ack, view, body }) => {
    if (!allowed(body.user.id)) {
      await ack({ response_action: 'errors', errors: { statement: REFUSAL } });
      return;
    }
    const values: FormValues = {};
    for (const name of FORM_FIELDS) values[name] = view.state.values[name]?.[name]?.value ?? '';
    const result = await submitForm(view.private_metadata, values, { store: o.store, forms: o.forms });
    if (!result.done) {
      await ack({ response_action: 'errors', errors: Object.fromEntries(Object.entries(result.errors).map(([k, v]) => [k, truncate(v, 150)])) });
      return;
    }
    const r = renderSlack(result.reply);
    await ack({
      response_action: 'update',
      view: { type: 'modal', title: plain('Fact base', 24), close: plain('Done', 24), blocks: r.blocks } as never,
    });
  });
}
