/**
 * The words a figure is written with, in each language the bot speaks: qualifiers, units, "million",
 * and digits. Kept beside the message catalogues (messages.ts) because units.ts writes every figure.
 */
import { MONTHS } from './english.js';
import type { Lang } from './i18n.js';
import type { Qualifier } from './schema.js';

export type UnitWord = 'km2' | 'ha' | 'acre' | 'm2' | 'sqmi';

export interface FigureWords {
  qualifier: Readonly<Record<Qualifier, string>>;
  unit: Readonly<Record<UnitWord, string>>;
  million: string;
  since: string;
  with: string;
  /** Digits 0-9 as the language writes them. */
  digits: string;
  /** Month names, January first. */
  months: readonly string[];
}

export const figureWords: Readonly<Record<Lang, FigureWords>> = {
  en: {
    qualifier: { 'more-than': 'more than ', 'at-least': 'at least ', about: 'about ', exactly: 'exactly ', 'up-to': 'up to ', stated: '' },
    unit: { km2: 'km²', ha: 'ha', acre: 'acres', m2: 'm²', sqmi: 'sq mi' },
    million: 'million',
    since: 'since',
    with: 'with',
    digits: '0123456789',
    months: MONTHS.map((m) => `${m[0]!.toUpperCase()}${m.slice(1)}`),
  },
  km: {
    qualifier: { 'more-than': 'ជាង ', 'at-least': 'យ៉ាងហោចណាស់ ', about: 'ប្រហែល ', exactly: 'ត្រឹមត្រូវ ', 'up-to': 'រហូតដល់ ', stated: '' },
    unit: { km2: 'គីឡូម៉ែត្រការ៉េ', ha: 'ហិកតា', acre: 'អាក្រ', m2: 'ម៉ែត្រការ៉េ', sqmi: 'ម៉ាយការ៉េ' },
    million: 'លាន',
    since: 'តាំងពី',
    with: 'ជាមួយ',
    digits: '០១២៣៤៥៦៧៨៩',
    months: ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ'],
  },
};

/** ASCII digits written the language's way: "1,700" -> "១,៧០០" in Khmer. */
export function localDigits(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  const digits = figureWords[lang].digits;
  return text.replace(/[0-9]/gu, (d) => digits[Number(d)] ?? d);
}
