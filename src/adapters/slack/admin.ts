/**
 * /demining-admin on Slack, the parts only Slack has: the command's text goes to the request
 * pipeline (which decides who is a moderator, from SLACK_MODERATOR_USER_IDS), and the fact form is a
 * modal (views.open) whose invalid fields are answered inline; nothing is written until valid.
 */
import type { App } from '@slack/bolt';
import { FORM_FIELDS, type FormSpec, type FormValues, type PendingForms } from '../../../commands/admin/fact-form.js';
import { messages } from '../../core/messages.js';
import { truncate } from '../../core/text.js';
import type { Logger } from '../../logger.js';
import type { FactStore } from '../../store/fact-store.js';
import type { Pipeline, Requester } from '../shared/pipeline.js';
import { renderSlack } from './render.js';

export const ADMIN_SLASH = '/demining-admin';
export const FORM_CALLBACK = 'demining_admin_form';

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

export function slackRequester(user: { id: string; name?: string }, channel?: string, team?: string): Requester {
  return {
    face: 'slack',
    user: { id: user.id, name: user.name ?? user.id },
    authority: { platform: 'slack', userId: user.id },
    ...(channel === undefined ? {} : { channel }),
    ...(team === undefined || team === '' ? {} : { server: team }),
  };
}

export function registerSlackAdmin(app: App, pipeline: Pipeline, log: Logger): void {
  app.command(ADMIN_SLASH, async ({ command, ack, client }) => {
    try {
      const outcome = await pipeline.handle({
        ...slackRequester({ id: command.user_id, name: command.user_name }, command.channel_id, command.team_id),
        root: 'demining-admin',
        input: { line: command.text },
        mustAnswer: true,
      });
      if (outcome.kind === 'form') {
        // Slack: the trigger_id is valid for about 3 s: ack, then open the modal at once.
        await ack();
        await client.views.open({ trigger_id: command.trigger_id, view: modalView(outcome.form) as never });
      } else if (outcome.kind === 'reply') {
        await ack(renderSlack(outcome.reply));
      } else if (outcome.kind === 'notice') {
        await ack({ response_type: 'ephemeral', text: outcome.text });
      } else {
        await ack();
      }
    } catch (e) {
      log.error({ err: e, user: command.user_id }, 'error in an admin command');
      await ack({ response_type: 'ephemeral', text: messages.adminApology }).catch(() => undefined);
    }
  });

  app.view(FORM_CALLBACK, async ({ ack, view, body }) => {
    const values: FormValues = {};
    for (const name of FORM_FIELDS) values[name] = view.state.values[name]?.[name]?.value ?? '';
    const result = await pipeline.submitForm(slackRequester({ id: body.user.id, name: body.user.name }), view.private_metadata, values);
    if ('kind' in result) {
      await ack({ response_action: 'errors', errors: { statement: truncate(result.text, 150) } });
      return;
    }
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
