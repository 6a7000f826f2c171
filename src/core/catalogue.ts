/**
 * The catalogue of a language: messages.ts's English or messages-km.ts's Khmer. It lives apart from
 * messages.ts because the Khmer catalogue imports `commandRef` from there (a cycle otherwise).
 */
import type { Catalogue, Lang } from './i18n.js';
import { messages } from './messages.js';
import { messagesKm } from './messages-km.js';

/** Every message the core shows, in `lang`. */
export function messagesFor(lang: Lang): Catalogue<typeof messages> {
  return lang === 'km' ? messagesKm : messages;
}
