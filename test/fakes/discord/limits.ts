/**
 * The limits Discord enforces on what a bot sends, answered as Discord does: 400 with code 50035
 * ("Invalid Form Body") and the failing field. The builders in discord.js do not check the 6,000
 * characters of an embed or five buttons a row, so the fake does.
 * Source: https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */
import type { Payload } from './payloads.js';

export interface ApiError {
  status: number;
  body: Payload;
}

function invalid(field: string, message: string, code = 'BASE_TYPE_MAX_LENGTH'): ApiError {
  return {
    status: 400,
    body: {
      message: 'Invalid Form Body',
      code: 50035,
      errors: { [field]: { _errors: [{ code, message }] } },
    },
  };
}

const length = (value: unknown): number => (typeof value === 'string' ? value.length : 0);
const list = (value: unknown): Payload[] => (Array.isArray(value) ? (value as Payload[]) : []);

function checkEmbed(embed: Payload, at: string): ApiError | null {
  const footer = (embed.footer ?? {}) as Payload;
  const author = (embed.author ?? {}) as Payload;
  const fields = list(embed.fields);
  const limits: Array<[string, number, number]> = [
    ['title', length(embed.title), 256],
    ['description', length(embed.description), 4096],
    ['footer.text', length(footer.text), 2048],
    ['author.name', length(author.name), 256],
    ['fields', fields.length, 25],
  ];
  fields.forEach((field, index) => {
    limits.push([`fields.${index}.name`, length(field.name), 256], [`fields.${index}.value`, length(field.value), 1024]);
  });
  for (const [name, actual, max] of limits) {
    if (actual > max) return invalid(`${at}.${name}`, `Must be ${max} or fewer in length.`);
  }
  return null;
}

/** Checks a message body (create, edit, interaction reply). */
export function checkMessage(body: unknown): ApiError | null {
  if (typeof body !== 'object' || body === null) return null;
  const message = body as Payload;
  if (length(message.content) > 2000) return invalid('content', 'Must be 2000 or fewer in length.');
  const embeds = list(message.embeds);
  if (embeds.length > 10) return invalid('embeds', 'Must be 10 or fewer in length.');
  let total = 0;
  for (const [index, embed] of embeds.entries()) {
    const error = checkEmbed(embed, `embeds.${index}`);
    if (error) return error;
    const footer = (embed.footer ?? {}) as Payload;
    const author = (embed.author ?? {}) as Payload;
    total += length(embed.title) + length(embed.description) + length(footer.text) + length(author.name);
    for (const field of list(embed.fields)) total += length(field.name) + length(field.value);
  }
  if (total > 6000) return invalid('embeds', 'Embed size exceeds maximum size of 6000');
  const rows = list(message.components);
  const legacyRows = rows.filter((row) => row.type === 1);
  if (legacyRows.length > 5) return invalid('components', 'Must be 5 or fewer in length.');
  for (const [index, row] of legacyRows.entries()) {
    if (list(row.components).length > 5) return invalid(`components.${index}.components`, 'Must be 5 or fewer in length.');
  }
  return null;
}

/** An autocomplete answer: at most 25 choices. */
export function checkChoices(data: unknown): ApiError | null {
  const choices = list((data as Payload | null)?.choices);
  return choices.length > 25 ? invalid('data.choices', 'Must be 25 or fewer in length.') : null;
}

const NAME = /^[-_'\p{Ll}\p{Lo}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function checkOptions(options: Payload[], at: string): ApiError | null {
  if (options.length > 25) return invalid(`${at}options`, 'Must be 25 or fewer in length.');
  let optionalSeen = false;
  for (const [index, option] of options.entries()) {
    const path = `${at}options.${index}.`;
    if (typeof option.name !== 'string' || !NAME.test(option.name)) return invalid(`${path}name`, 'Invalid command name', 'APPLICATION_COMMAND_INVALID_NAME');
    if (length(option.description) < 1 || length(option.description) > 100) {
      return invalid(`${path}description`, 'Must be between 1 and 100 in length.', 'BASE_TYPE_BAD_LENGTH');
    }
    if (list(option.choices).length > 25) return invalid(`${path}choices`, 'Must be 25 or fewer in length.');
    if (option.required === true && optionalSeen) return invalid(`${path}required`, 'Required options must be placed before non-required options', 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID');
    if (option.required !== true && option.type !== 1 && option.type !== 2) optionalSeen = true;
    const nested = checkOptions(list(option.options), path);
    if (nested) return nested;
  }
  return null;
}

/** A bulk overwrite of commands: names, descriptions, option counts and order. */
export function checkCommands(body: unknown): ApiError | null {
  if (!Array.isArray(body)) return invalid('_root', 'Must be an array');
  const commands = body as Payload[];
  if (commands.length > 100) return invalid('_root', 'Must be 100 or fewer in length.');
  for (const [index, command] of commands.entries()) {
    const chatInput = command.type === undefined || command.type === 1;
    if (typeof command.name !== 'string' || (chatInput ? !NAME.test(command.name) : length(command.name) > 32)) {
      return invalid(`${index}.name`, 'Invalid command name', 'APPLICATION_COMMAND_INVALID_NAME');
    }
    if (chatInput && (length(command.description) < 1 || length(command.description) > 100)) {
      return invalid(`${index}.description`, 'Must be between 1 and 100 in length.', 'BASE_TYPE_BAD_LENGTH');
    }
    const error = checkOptions(list(command.options), `${index}.`);
    if (error) return error;
  }
  return null;
}
