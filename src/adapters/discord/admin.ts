/**
 * /demining-admin on Discord: permission checks, the fact form as a modal, field errors as a private
 * list with a button that reopens the form holding what was typed.
 */
import {
  MessageFlags, PermissionFlagsBits,
  type APIModalInteractionResponseCallbackData, type AutocompleteInteraction, type ButtonInteraction,
  type ChatInputCommandInteraction, type GuildMember, type ModalSubmitInteraction,
} from 'discord.js';
import type { AdminContext } from '../../../commands/admin/admin-command.js';
import { adminHelp, errorsText, parseAdminArgs, runAdmin, submitForm } from '../../../commands/admin/dispatch.js';
import { factForm, FORM_FIELDS, type FormSpec, type FormValues, type PendingForms } from '../../../commands/admin/fact-form.js';
import { findAdminCommand } from '../../../commands/admin/index.js';
import { truncate } from '../../core/text.js';
import type { FactStore } from '../../store/fact-store.js';
import { interactionPayload } from './render.js';

export const FORM_PREFIX = 'dmadmin:form:';
export const REOPEN_PREFIX = 'dmadmin:reopen:';

export interface DiscordAdminOptions {
  store: FactStore;
  forms: PendingForms;
  moderatorRoleIds: readonly string[];
}

export const REFUSAL = 'Only moderators can change the fact base: you need Manage Server or a moderator role. Nothing was changed.';

type AdminInteraction = ChatInputCommandInteraction | ModalSubmitInteraction | ButtonInteraction | AutocompleteInteraction;

/** Manage Server, or one of the configured moderator roles; checked on every use. */
export function isModerator(i: AdminInteraction, roleIds: readonly string[]): boolean {
  if (!i.inGuild()) return false;
  if (i.memberPermissions?.has(PermissionFlagsBits.ManageGuild) === true) return true;
  const roles = (i.member as GuildMember | { roles: string[] } | null)?.roles;
  const ids: string[] = Array.isArray(roles) ? roles : roles === undefined ? [] : [...roles.cache.keys()];
  return ids.some((r) => roleIds.includes(r));
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

function ctxFor(i: AdminInteraction, o: DiscordAdminOptions): AdminContext {
  return { store: o.store, forms: o.forms, actor: { id: i.user.id, name: i.user.username, face: 'discord' } };
}

export async function handleAdminCommand(i: ChatInputCommandInteraction, o: DiscordAdminOptions): Promise<void> {
  if (!isModerator(i, o.moderatorRoleIds)) {
    await i.reply({ content: REFUSAL, flags: MessageFlags.Ephemeral });
    return;
  }
  const group = i.options.getSubcommandGroup(false) ?? undefined;
  const name = i.options.getSubcommand(false) ?? '';
  const command = findAdminCommand(name, group);
  // A subcommand the bot does not know (registered commands out of date): answered, or Discord shows "interaction failed".
  if (command === undefined) {
    const unknown = group === undefined ? name : `${group} ${name}`;
    await i.reply(interactionPayload(adminHelp('discord', unknown === '' ? undefined : unknown), true));
    return;
  }
  const raw: Record<string, string> = {};
  for (const opt of command.options) {
    const v = i.options.getString(opt.name, false);
    if (v !== null) raw[opt.name] = v;
  }
  const result = await runAdmin(parseAdminArgs(command, raw), ctxFor(i, o));
  if ('form' in result) await i.showModal(modalOf(result.form));
  else await i.reply(interactionPayload(result.reply, true));
}

export async function handleAdminModal(i: ModalSubmitInteraction, o: DiscordAdminOptions): Promise<void> {
  if (!isModerator(i, o.moderatorRoleIds)) {
    await i.reply({ content: REFUSAL, flags: MessageFlags.Ephemeral });
    return;
  }
  const token = i.customId.slice(FORM_PREFIX.length);
  const values: FormValues = {};
  for (const name of FORM_FIELDS) {
    try {
      values[name] = i.fields.getTextInputValue(name);
    } catch {
      values[name] = '';
    }
  }
  const result = await submitForm(token, values, { store: o.store, forms: o.forms });
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

export async function handleAdminReopen(i: ButtonInteraction, o: DiscordAdminOptions): Promise<void> {
  if (!isModerator(i, o.moderatorRoleIds)) {
    await i.reply({ content: REFUSAL, flags: MessageFlags.Ephemeral });
    return;
  }
  const token = i.customId.slice(REOPEN_PREFIX.length);
  const pending = o.forms.get(token);
  if (pending === undefined) {
    await i.reply({ content: 'This form has expired; run the command again.', flags: MessageFlags.Ephemeral });
    return;
  }
  const fact = pending.factId === undefined ? undefined : o.store.kb().facts.find((f) => f.id === pending.factId);
  await i.showModal(modalOf(factForm(token, pending.kind === 'add' ? 'Add a fact' : `Edit ${pending.factId ?? ''}`, fact, pending.values)));
}

/**
 * Admin autocomplete lists retired facts too, so `restore` can find them, and the vocabulary's
 * entities and synonym groups for the `term` commands; only to moderators.
 */
export async function handleAdminAutocomplete(i: AutocompleteInteraction, o: DiscordAdminOptions): Promise<void> {
  if (!isModerator(i, o.moderatorRoleIds)) {
    await i.respond([]);
    return;
  }
  const focused = i.options.getFocused(true);
  const typed = focused.value.toLowerCase();
  const command = findAdminCommand(i.options.getSubcommand(false) ?? '', i.options.getSubcommandGroup(false) ?? undefined);
  if (command?.options.find((opt) => opt.name === focused.name)?.autocomplete === 'entity') {
    const { entities, synonyms } = o.store.kb().vocabulary;
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
  const choices = o.store.kb().facts
    .filter((f) => typed === '' || f.id.includes(typed) || f.topic.toLowerCase().includes(typed))
    .slice(0, 25)
    .map((f) => ({ name: truncate(`${f.topic}${f.retired === true ? ' (retired)' : ''}`, 100), value: f.id }));
  await i.respond(choices);
}
