/**
 * Typo correction over a known vocabulary, by symmetric deletion (as in SymSpell): every known word
 * is indexed under its one- and two-letter deletions, so a look-up costs a few map reads whatever
 * the vocabulary's size.
 */
import { editDistance } from './text.js';

function deletions(word: string, depth: number, out: Set<string>): void {
  if (depth === 0 || word.length <= 2) return;
  for (let i = 0; i < word.length; i++) {
    const d = word.slice(0, i) + word.slice(i + 1);
    if (!out.has(d)) {
      out.add(d);
      deletions(d, depth - 1, out);
    }
  }
}

/** The largest edit distance corrected for a word of this length. */
function allowance(length: number): number {
  if (length < 3) return 0;
  return length < 8 ? 1 : 2;
}

export class Speller {
  private readonly known = new Map<string, number>();
  /**
   * Deletion keys -> the known words they come from, built on the first word to correct: most
   * questions have none, and a one-shot answer (`npm run ask -- remaining`) then never pays for it.
   */
  private deletionIndex: Map<string, string[]> | undefined;

  /** `words` with their frequencies; a more frequent word wins a tie. */
  /**
   * @param words known words with their frequencies; they are what a typo is corrected to.
   * @param shortTargets the only words a three-letter typo may become.
   * @param fixed words known as they are but never the result of a correction.
   */
  constructor(
    words: Iterable<[string, number]>,
    private readonly shortTargets: ReadonlySet<string> = new Set(),
    private readonly fixed: ReadonlySet<string> = new Set(),
  ) {
    for (const [w, n] of words) this.known.set(w, (this.known.get(w) ?? 0) + n);
  }

  private get index(): Map<string, string[]> {
    if (this.deletionIndex !== undefined) return this.deletionIndex;
    const index = new Map<string, string[]>();
    for (const w of this.known.keys()) {
      const keys = new Set<string>([w]);
      deletions(w, allowance(w.length + 2), keys);
      for (const k of keys) {
        const list = index.get(k);
        if (list === undefined) index.set(k, [w]);
        else list.push(w);
      }
    }
    this.deletionIndex = index;
    return index;
  }

  /** The known words, sorted, built on the first clipped word. */
  private sorted: string[] | undefined;

  /**
   * The known words that `prefix` is the start of ("contam" -> "contaminated", "contamination"): a
   * word clipped short is read by what it starts. At most `limit` are returned.
   */
  completions(prefix: string, limit = 8): string[] {
    this.sorted ??= [...this.known.keys()].sort();
    const list = this.sorted;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < list.length && out.length < limit && list[i]!.startsWith(prefix); i++) if (list[i] !== prefix) out.push(list[i]!);
    return out;
  }

  has(word: string): boolean {
    return this.known.has(word) || this.fixed.has(word);
  }

  /** The known word nearest to `word`, or `word` itself when it is known or nothing is near. */
  correct(word: string): string {
    if (this.known.has(word) || this.fixed.has(word) || /\d/u.test(word)) return word;
    const max = allowance(word.length);
    if (max === 0) return word;
    // One edit is tried first: most typos are one edit away, and two-edit keys are many more.
    const near = this.nearest(word, 1);
    if (near !== undefined || max === 1) return near ?? word;
    return this.nearest(word, 2) ?? word;
  }

  private nearest(word: string, max: number): string | undefined {
    const keys = new Set<string>([word]);
    deletions(word, max, keys);
    let best: string | undefined;
    let bestDistance = max + 1;
    let bestFrequency = -1;
    const seen = new Set<string>();
    for (const k of keys) {
      for (const candidate of this.index.get(k) ?? []) {
        if (seen.has(candidate)) continue;
        seen.add(candidate);
        // First letters are rarely mistyped; holding them avoids "mines" -> "lines".
        if (candidate[0] !== word[0]) continue;
        // A three-letter word is corrected only to a function word ("hav" -> "have").
        if (word.length === 3 && !this.shortTargets.has(candidate)) continue;
        const d = editDistance(word, candidate, max);
        if (d > max) continue;
        const f = this.known.get(candidate) ?? 0;
        if (d < bestDistance || (d === bestDistance && f > bestFrequency)) {
          best = candidate;
          bestDistance = d;
          bestFrequency = f;
        }
      }
    }
    return best;
  }
}
