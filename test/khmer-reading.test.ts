/**
 * Reading Khmer (khmer.ts and its use in vocabulary.ts): the word segmenter is there, zero-width
 * spaces and Khmer digits make no difference, legacy orders of a syllable's marks read as the
 * canonical spelling, mixed Khmer and English questions keep both, and ASCII text is read as before.
 */
import { describe, expect, it } from 'vitest';
import { assertKhmerSegmenter, correctKhmer, hasKhmer, khmerSpellerWords, markKnownKhmer, normaliseKhmer, readKhmerAsEnglish, segmentKhmer } from '../src/core/khmer.js';
import { Speller } from '../src/core/spelling.js';
import { prepare, words } from '../src/core/vocabulary.js';
import { evalQuestions } from './helpers.js';

const read = (text: string) => words(prepare(text));

describe('the Khmer word segmenter', () => {
  it('is in this Node.js (full ICU); otherwise this fails saying so', () => {
    expect(() => assertKhmerSegmenter()).not.toThrow();
  });

  it('splits a Khmer question into several words that join back to it', () => {
    const q = 'តើនៅសល់ដីប៉ុន្មានទៀត';
    const ws = segmentKhmer(q);
    expect(ws.length).toBeGreaterThanOrEqual(3);
    expect(ws.join('')).toBe(q);
    expect(ws).toContain('ដី');
  });

  it('keeps only word-like segments', () => {
    expect(segmentKhmer('ខ្ញុំ ទៅ។')).toEqual(['ខ្ញុំ', 'ទៅ']);
  });
});

describe('hasKhmer', () => {
  it('finds Khmer letters, digits and lunar symbols, and nothing in other text', () => {
    expect(hasKhmer('how much ដី')).toBe(true);
    expect(hasKhmer('១៧')).toBe(true);
    expect(hasKhmer('\u19E0')).toBe(true);
    expect(hasKhmer('how much land, café, 1,700')).toBe(false);
  });
});

describe('normaliseKhmer', () => {
  it('drops zero-width spaces, joiners, word joiners and BOMs: they make no difference to the words', () => {
    const plain = 'តើនៅសល់ដីប៉ុន្មានទៀត';
    const typed = '\uFEFFតើ\u200Bនៅសល់\u200Bដី\u200Cប៉ុន្មាន\u2060ទៀត\u200D';
    expect(normaliseKhmer(typed)).toBe(plain);
    expect(read(typed)).toEqual(read(plain));
  });

  it('reads Khmer digits as ASCII digits, with separators', () => {
    expect(normaliseKhmer('១,៧០០')).toBe('1,700');
    expect(normaliseKhmer('០១២៣៤៥៦៧៨៩')).toBe('0123456789');
    expect(read('ដី ១,៧០០ ហិកតា')).toEqual(read('ដី 1,700 ហិកតា'));
    expect(read('ដី ១,៧០០ ហិកតា')).toContain('1700');
    expect(read('ឆ្នាំ២០២៤')).toEqual(read('ឆ្នាំ2024'));
  });

  // [legacy order as typed, canonical spelling, the rule]
  const cases: Array<[string, string, string]> = [
    ['\u179F\u17B8\u17D2\u179A', '\u179F\u17D2\u179A\u17B8', 'vowel typed before COENG + subscript'],
    ['\u1780\u17B6\u17D2\u179A\u17B6\u17C6', '\u1780\u17D2\u179A\u17B6\u17C6', 'vowel before the subscript, typed twice'],
    ['\u1798\u17C4\u17C9\u1784', '\u1798\u17C9\u17C4\u1784', 'shifter typed after the vowel'],
    ['\u1794\u17BB\u17C9\u1793\u17D2\u1798\u17B6\u1793', '\u1794\u17C9\u17BB\u1793\u17D2\u1798\u17B6\u1793', 'shifter after a below vowel'],
    ['\u1794\u17CA\u17D2\u179A', '\u1794\u17D2\u179A\u17CA', 'shifter typed before the subscript'],
    ['\u1785\u17C6\u17B6', '\u1785\u17B6\u17C6', 'sign typed before the vowel'],
    ['\u1780\u17C7\u17C4', '\u1780\u17C4\u17C7', 'REAHMUK typed before the vowel'],
    ['\u1780\u17D2\u1780\u17CC', '\u1780\u17CC\u17D2\u1780', 'ROBAT typed after the subscript'],
    ['\u179F\u17D2\u179A\u17D2\u178F\u17B8', '\u179F\u17D2\u178F\u17D2\u179A\u17B8', 'COENG RO typed before another subscript'],
    ['\u179F\u17D2\u178A\u17B8', '\u179F\u17D2\u178F\u17B8', 'COENG DA for the identical COENG TA'],
    ['\u178A\u17C1\u17B8\u1798', '\u178A\u17BE\u1798', 'split vowel OE typed as E + II'],
    ['\u1780\u17C1\u17B6\u17C7', '\u1780\u17C4\u17C7', 'split vowel OO typed as E + AA'],
    ['\u1780\u17B8\u17C1', '\u1780\u17BE', 'split vowel OE typed as II + E'],
    ['\u17A3\u1780', '\u17A2\u1780', 'deprecated QAQ'],
    ['\u17A4\u1780', '\u17A2\u17B6\u1780', 'deprecated QAA'],
    ['\u1780\u17B4\u1780', '\u1780\u1780', 'invisible inherent vowel AQ'],
    ['\u1780\u17B6\u17B6', '\u1780\u17B6', 'a vowel typed twice'],
  ];
  it.each(cases)('reads %j as %j (%s)', (legacy, canonical) => {
    expect(normaliseKhmer(legacy)).toBe(canonical);
    expect(normaliseKhmer(canonical)).toBe(canonical);
  });

  it('gives legacy and canonical spellings the same words', () => {
    for (const [legacy, canonical] of cases) expect(read(`ដី ${legacy} ទៀត`)).toEqual(read(`ដី ${canonical} ទៀត`));
  });

  it('is idempotent and leaves well-formed Khmer as it is', () => {
    for (const t of ['តើនៅសល់ដីប៉ុន្មានទៀត', 'JMAS បានបំផ្លាញមីនប៉ុន្មាន', 'ស្ត្រី កោះកុង ឆ្នាំ២០២៤']) {
      const once = normaliseKhmer(t);
      expect(normaliseKhmer(once)).toBe(once);
    }
    expect(normaliseKhmer('តើនៅសល់ដីប៉ុន្មានទៀត')).toBe('តើនៅសល់ដីប៉ុន្មានទៀត');
  });

  it('leaves text without Khmer alone but for invisible separators', () => {
    expect(normaliseKhmer('how much land, café? 1,700')).toBe('how much land, café? 1,700');
    expect(normaliseKhmer('mine\u200Bfree')).toBe('minefree');
  });
});

describe('Khmer words the dictionary cuts otherwise, typos and numbers in words', () => {
  it('a known word inside a run is marked whole where the dictionary cuts across it, and left inside a word the dictionary keeps', () => {
    const known = new Set(['គោលដៅ', 'នាយក']);
    // "ជាគោលដៅ" is cut "ជាគោល|ដៅ" by the dictionary: the known "គោលដៅ" is marked.
    expect(words(markKnownKhmer('ជាគោលដៅសំខាន់', known, 6))).toContain('គោលដៅ');
    // "លោកនាយក" is one word to the dictionary: "នាយក" inside it is left alone.
    expect(markKnownKhmer('លោកនាយក', known, 6)).toBe('លោកនាយក');
  });
  it('a typo is corrected to the nearest known word, a subscript consonant counting as one letter', () => {
    const known = new Set(['ប៉ុន្មាន']);
    const speller = new Speller(khmerSpellerWords(known));
    // The speller sees "ប៉ុន្នាន" as "ប៉ុន" + one subscript letter + "ាន".
    expect(correctKhmer('នៅសល់ប៉ុន្នាន', speller, (segments) => segments.map((s) => (s === 'នៅសល់' ? 'word' : known.has(s) ? 'word' : undefined)))).toBe('នៅសល់ប៉ុន្មាន');
  });
  it('numbers in words become digits only when they hold a ten or a multiplier and start with a count', () => {
    expect(readKhmerAsEnglish(normaliseKhmer('មួយពាន់ប្រាំពីររយ')).trim()).toBe('1700');
    expect(readKhmerAsEnglish(normaliseKhmer('ម្ភៃពាន់គ្រាប់'))).toContain('20000');
    // "with" (ជាមួយ) holds "one" (មួយ), and "percent" (ភាគរយ) holds "hundred" (រយ): neither is a number.
    expect(readKhmerAsEnglish(normaliseKhmer('ជាមួយ CMAC'))).not.toMatch(/\d/u);
    expect(readKhmerAsEnglish(normaliseKhmer('សែសិបភាគរយ'))).toContain('ភាគរយ');
  });
});

describe('mixed Khmer and English questions', () => {
  it('keep the English words and the Khmer words', () => {
    const ws = read('how much ដី is still មីន?');
    expect(ws).toEqual(expect.arrayContaining(['ដី', 'មីន', 'is', 'still']));
    // The English is read exactly as it is read without the Khmer.
    expect(ws.filter((w) => !hasKhmer(w))).toEqual(read('how much is still?'));
  });

  it('split Khmer written without spaces, next to a Latin name', () => {
    expect(read('JMAS បានបំផ្លាញមីនប៉ុន្មាន')).toEqual(['jmas', 'បាន', 'បំផ្លាញ', 'មីន', 'ប៉ុន្មាន']);
    expect(read('JMASបាន')).toEqual(['jmas', 'បាន']);
  });

  it('keep a Khmer word whole: combining vowel signs do not cut it', () => {
    expect(read('ប៉ុន្មាន')).toEqual(['ប៉ុន្មាន']);
  });
});


/** words() as it was before Khmer: split on anything but letters and digits. */
const oldWords = (prepared: string): string[] =>
  prepared.replace(/'s\b/gu, '').replace(/'/gu, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);

describe('ASCII text', () => {
  it('is read into the same words as before', () => {
    const questions = evalQuestions().filter((q) => /^[\x20-\x7E]*$/u.test(q));
    expect(questions.length).toBeGreaterThan(300);
    for (const q of questions) {
      const p = prepare(q);
      expect(words(p), q).toEqual(oldWords(p));
    }
  });
});
