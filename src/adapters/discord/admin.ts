/**
 * /demining-admin on Discord, the parts only Discord has: the fact form as a modal, field errors as a
 * private list with a button that reopens the form holding what was typed, and autocomplete. Who may
 * use them is decided by the request pipeline's one rule (shared/moderators.ts).
 */
import {
  MessageFlags, PermissionFlagsBits,
  type APIModalInteractionResponseCallbackData, type AutocompleteInteraction, type ButtonInteraction,
  type GuildMember, type Interaction, type ModalSubmitInteraction,
} from 'discord.js';
import { errorsText } from '../../../commands/admin/dispatch.js';
import { factForm, FORM_FIELDS, type FormSpec, type FormValues, type PendingForms } from '../../../commands/admin/fact-form.js';
import { findAdminCommand } from '../../../commands/admin/index.js';
import { messages } from '../../core/messages.js';
import { truncate } from '../../core/text.js';
import type { FactStore } from '../../store/fact-store.js';
import type { Authority } from '../shared/moderators.js';
import type { Pipeline, Requester } from '../shared/pipeline.js';
import { interactionPayload } from './render.js';

export const FORM_PREFIX = 'dmadmin:form:';
export const REOPEN_PREFIX = 'dmadmin:reopen:';

export interface DiscordAdminOptions {
  store: FactStore;
  forms: PendingForms;
  moderatorRoleIds: readonly string[];
}

/** What Discord says about the person: in a server or not, Manage Server, their roles. */
export function discordAuthority(i: Interaction): Authority {
  if (!i.inGuild()) return { platform: 'discord', inGuild: false, manageGuild: false, roleIds: [] };
  const roles = (i.member as GuildMember | { roles: string[] } | null)?.roles;
  const roleIds: string[] = Array.isArray(roles) ? roles : roles === undefined ? [] : [...roles.cache.keys()];
  return { platform: 'discord', inGuild: true, manageGuild: i.memberPermissions?.has(PermissionFlagsBits.ManageGuild) === true, roleIds };
}

export function requesterOf(i: Interaction): Requester {
  return { face: 'discord', user: { id: i.user.id, name: i.user.username }, authority: discordAuthority(i), ...(i.channelId === null ? {} : { channel: i.channelId }), ...(i.guildId === null ? {} : { server: i.guildId }) };
}

export function modalOf(spec: FormSpec): APIModalInteractionResponseCallbackData {
  return {
    custom_id: `${FORM_PREFIX}${spec.token}`,
    title: truncate(spec.title, 45),
    components: spec.fields.map((f) => ({
      type: 1,
      components: [{
        type: 4,
        custom_id: f.name,
        label: truncate(f.label, 45),
        style: f.multiline ? 2 : 1,
        required: f.required,
        max_length: Math.min(f.maxLength, 4000),
        placeholder: truncate(f.placeholder.replace(/\n/gu, ' / '), 100),
        ...(f.value === '' ? {} : { value: truncate(f.value, Math.min(f.maxLength, 4000)) }),
      }],
    })),
  };
}

export async function handleAdminModal(i: ModalSubmitInteraction, pipeline: Pipeline): Promise<void> {
  const token = i.customId.slice(FORM_PREFIX.length);
  const values: FormValues = {};
  for (const name of FORM_FIELDS) {
    try {
      values[name] = i.fields.getTextInputValue(name);
    } catch {
      values[name] = '';
    }
  }
  const result = await pipeline.submitForm(requesterOf(i), token, values);
  if ('kind' in result) {
    await i.reply({ content: result.text, flags: MessageFlags.Ephemeral });
    return;
  }
  if (result.done) {
    await i.reply(interactionPayload(result.reply, true));
    return;
  }
  await i.reply({
    content: truncate(`Nothing was saved. Please fix:\n${errorsText(result.errors)}`, 2000),
    components: [{ type: 1, components: [{ type: 2, style: 1, label: 'Reopen the form', custom_id: `${REOPEN_PREFIX}${token}` }] }],
    flags: MessageFlags.Ephemeral,
    allowedMentions: { parse: [] },
  });
}

export async function handleAdminReopen(i: ButtonInteraction, pipeline: Pipeline, admin: DiscordAdminOptions | undefined): Promise<void> {
  const requester = requesterOf(i);
  if (admin === undefined || !pipeline.mayModerate(requester)) {
    await i.reply({ content: admin === undefined ? messages.adminUnavailable : messages.moderatorsOnly('discord'), flags: MessageFlags.Ephemeral });
    return;
  }
  const token = i.customId.slice(REOPEN_PREFIX.length);
  const pending = admin.forms.get(token);
  if (pending === undefined) {
    await i.reply({ content: messages.formExpired, flags: MessageFlags.Ephemeral });
    return;
  }
  const fact = pending.factId === undefined ? undefined : admin.store.kb().facts.find((f) => f.id === pending.factId);
  await i.showModal(modalOf(factForm(token, pending.kind === 'add' ? 'Add a fact' : `Edit ${pending.factId ?? ''}`, fact, pending.values)));
}

/**
 * Admin autocomplete lists retired facts too, so `restore` can find them, and the vocabulary's
 * entities and synonym groups for the `term` commands; only to moderators.
 */
export async function handleAdminAutocomplete(i: AutocompleteInteraction, pipeline: Pipeline, admin: DiscordAdminOptions | undefined): Promise<void> {
  if (admin === undefined || !pipeline.mayModerate(requesterOf(i))) {
    await i.respond([]);
    return;
  }
  const focused = i.options.getFocused(true);
  const typed = focused.value.toLowerCase();
  const command = findAdminCommand(i.options.getSubcommand(false) ?? '', i.options.getSubcommandGroup(false) ?? undefined);
  if (command?.options.find((opt) => opt.name === focused.name)?.autocomplete === 'entity') {
    const { entities, synonyms } = admin.store.kb().vocabulary;
    const items = [
      ...entities.map((e) => ({ id: e.id, label: `${e.names[0] ?? e.id} (${e.kind})`, words: [e.id, ...e.names] })),
      ...synonyms.map((g) => ({ id: g.id, label: `${g.id} (synonyms)`, words: [g.id, ...g.words] })),
    ];
    await i.respond(items
      .filter((item) => typed === '' || item.words.some((w) => w.toLowerCase().includes(typed)))
      .slice(0, 25)
      .map((item) => ({ name: truncate(item.label, 100), value: item.id })));
    return;
  }
  const choices = admin.store.kb().facts
    .filter((f) => typed === '' || f.id.includes(typed) || f.topic.toLowerCase().includes(typed))
    .slice(0, 25)
    .map((f) => ({ name: truncate(`${f.topic}${f.retired === true ? ' (retired)' : ''}`, 100), value: f.id }));
  await i.respond(choices);
}
