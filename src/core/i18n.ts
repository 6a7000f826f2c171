/**
 * The languages the bot speaks. A reply is in the language of the question unless one is chosen
 * (`lang:km`); every message lives in one catalogue per language (messages.ts and its translations),
 * and a test checks that each message has every language.
 */
import { hasKhmer } from './khmer.js';

export const langs = ['en', 'km'] as const;
export type Lang = (typeof langs)[number];

export const langNames: Readonly<Record<Lang, string>> = { en: 'English', km: 'ភាសាខ្មែរ' };

export function isLang(x: string): x is Lang {
  return (langs as readonly string[]).includes(x);
}

/** The language a question is written in: any Khmer in it ("how much ដី is still មីន?") makes it Khmer. */
export function detectLang(text: string): Lang {
  return hasKhmer(text) ? 'km' : 'en';
}

/**
 * The shape of a catalogue: the English one's keys and arguments, with its literal wording widened
 * to any string, so that another language's catalogue is checked against it key by key.
 */
export type Catalogue<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R
    ? (...args: A) => R extends string ? string : R
    : T[K] extends string
      ? string
      : T[K] extends Readonly<Record<string, string>>
        ? { readonly [P in keyof T[K]]: string }
        : T[K];
};

/** "lang:km" (or "lang: km") typed anywhere in a line: the language chosen for the reply. */
const CHOICE = /(?:^|\s)lang:\s*(\S*)/iu;

/**
 * A line without its language choice, and the choice: `lang` when valid, `invalid` (the value typed)
 * when the line names a language the bot does not speak.
 */
export function splitLanguage(line: string): { text: string; lang?: Lang; invalid?: string } {
  const m = CHOICE.exec(line);
  if (m === null) return { text: line };
  const text = `${line.slice(0, m.index)} ${line.slice(m.index + m[0].length)}`.replace(/\s+/gu, ' ').trim();
  const value = (m[1] ?? '').toLowerCase();
  return isLang(value) ? { text, lang: value } : { text, invalid: m[1] ?? '' };
}
