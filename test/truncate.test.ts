/** truncate cuts on grapheme boundaries, and never leaves a Khmer conjunct or a base without its marks. */
import { describe, expect, it } from 'vitest';
import { truncate } from '../src/core/text.js';

const COENG = '\u17D2';
const graphemeStarts = (text: string): Set<number> => {
  const out = new Set<number>([text.length]);
  for (const s of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) out.add(s.index);
  return out;
};

/** Every cut of the text, from one unit to its whole length, checked for what a reader would see. */
function checkEveryCut(text: string): void {
  const starts = graphemeStarts(text);
  for (let max = 1; max <= text.length; max++) {
    const out = truncate(text, max);
    expect(out.length, `max ${max}`).toBeLessThanOrEqual(max);
    if (text.length <= max) {
      expect(out).toBe(text);
      continue;
    }
    expect(out.endsWith('…'), `max ${max}`).toBe(true);
    const kept = out.slice(0, -1);
    expect(text.startsWith(kept), `max ${max}`).toBe(true);
    expect(starts.has(kept.length), `max ${max}: ${JSON.stringify(kept)} ends inside a cluster`).toBe(true);
    expect(kept.endsWith(COENG), `max ${max}: dangling COENG`).toBe(false);
    expect(/^\p{M}/u.test(text.slice(kept.length)), `max ${max}: a mark left without its base`).toBe(false);
    expect(kept).not.toMatch(/[\uD800-\uDBFF]$/u);
  }
}

describe('truncate', () => {
  it.each([
    ['a Khmer conjunct with two subscripts', 'ក្សត្រ '.repeat(12)],
    ['legacy-ordered Khmer (COENG RO first)', 'ស្រ្តី'.repeat(15)],
    ['a Khmer sentence', 'ប្រជាជនកម្ពុជា '.repeat(8)],
    ['Khmer without spaces', 'ប្រជាជនកម្ពុជា'.repeat(8)],
    ['emoji with ZWJ and skin tones', 'mines 👩‍👩‍👧‍👦 cleared 👍🏽 🏳️‍🌈 '.repeat(5)],
    ['combining Latin accents', 'Ka\u0302mpo\u0301ng Cha\u0301m e\u0301\u0301 '.repeat(6)],
    ['flags', '🇰🇭🇯🇵🇰🇭'.repeat(6)],
  ])('cuts %s on whole clusters at every length', (_, text) => {
    checkEveryCut(text);
  });

  it('keeps as much as fits', () => {
    expect(truncate('ក្សត្រក្សត្រ', 7)).toBe('ក្សត្រ…');
    // "ក្ស|ត្|រ": the cut after "ត្" would leave COENG dangling, so the conjunct goes whole.
    expect(truncate('ក្សត្រក្សត្រ', 6)).toBe('ក្ស…');
    expect(truncate('ស្រ្តីស្រ្តី', 6)).toBe('…');
    expect(truncate('ស្រ្តីស្រ្តី', 7)).toBe('ស្រ្តី…');
    expect(truncate('e\u0301e\u0301e\u0301', 4)).toBe('e\u0301…');
    expect(truncate('👩‍👩‍👧‍👦👩‍👩‍👧‍👦', 12)).toBe('👩‍👩‍👧‍👦…');
    expect(truncate('👩‍👩‍👧‍👦👩‍👩‍👧‍👦', 11)).toBe('…');
  });

  it('keeps ASCII behaviour: cut at the unit, white space before the ellipsis dropped', () => {
    expect(truncate('hello world', 7)).toBe('hello…');
    expect(truncate('hello', 5)).toBe('hello');
    expect(truncate('hello', 1)).toBe('…');
    expect(truncate('hello', 0)).toBe('');
  });

  it('only segments the part that is kept of a long text', () => {
    const long = 'ប្រជាជនកម្ពុជា'.repeat(100_000);
    const t0 = performance.now();
    for (let i = 0; i < 100; i++) truncate(long, 256);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
