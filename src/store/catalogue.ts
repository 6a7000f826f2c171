/**
 * The store's catalogues of a language: store-messages.ts and transfer-messages.ts in English, or
 * their Khmer translations. Apart from those files, since the Khmer ones import from them.
 */
import type { Catalogue, Lang } from '../core/i18n.js';
import { storeMessages } from './store-messages.js';
import { storeMessagesKm, type StoreCatalogue } from './store-messages-km.js';
import { transferMessages } from './transfer-messages.js';
import { transferMessagesKm } from './transfer-messages-km.js';

/** What the store says to moderators, in `lang`. */
export function storeMessagesFor(lang: Lang): StoreCatalogue {
  return lang === 'km' ? storeMessagesKm : storeMessages;
}

/** What export and import say, in `lang`. */
export function transferMessagesFor(lang: Lang): Catalogue<typeof transferMessages> {
  return lang === 'km' ? transferMessagesKm : transferMessages;
}
