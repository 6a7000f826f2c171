/**
 * Issue 11: questions in Khmer, and in Khmer mixed with English, answered in Khmer from the real
 * fact base, with the same sources and the same refusals. Khmer words are data (knowledge/); these
 * tests assert what a person sees.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runLine } from '../commands/dispatch.js';
import { commands } from '../commands/index.js';
import type { Engine } from '../src/core/engine.js';
import { hasKhmer, normaliseKhmer, readKhmerAsEnglish } from '../src/core/khmer.js';
import { LIMITS, renderDiscord } from '../src/adapters/discord/render.js';
import { SLACK_LIMITS, renderSlack } from '../src/adapters/slack/render.js';
import { renderText } from '../src/core/render-text.js';
import { findLiveMentions } from './fakes/slack/mentions.js';
import { engineFor, REAL_KNOWLEDGE } from './helpers.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor(REAL_KNOWLEDGE);
});

const khmerAnswer = (q: string, fact: string, headline: string) => () => {
  const r = engine.ask(q);
  expect(r.kind, `${q} -> ${r.title}`).toBe('answer');
  expect(r.lang).toBe('km');
  expect(r.facts[0]).toBe(fact);
  expect(r.title).toContain(headline);
};

const khmerRefusal = (q: string) => () => {
  const r = engine.ask(q);
  expect(r.kind, `${q} -> ${r.title}`).not.toBe('answer');
  expect(r.lang).toBe('km');
  // The refusal is said in Khmer, and prints no figure.
  expect(hasKhmer(r.title)).toBe(true);
  expect(r.title).not.toMatch(/[0-9០-៩]/u);
};

describe('a Khmer question gets its answer in Khmer', () => {
  it('how much land is still to clear (the issue\'s example)',
    khmerAnswer('តើនៅសល់ដីប៉ុន្មានទៀតដែលត្រូវបោសសម្អាតមីន?', 'cambodia-area-remaining', 'ជាង ១,៧០០ គីឡូម៉ែត្រការ៉េ'));
  it('how many mines did JMAS destroy (the issue\'s example)',
    khmerAnswer('តើ JMAS បានបំផ្លាញមីនប៉ុន្មានគ្រាប់?', 'jmas-cmac-ap-mines-destroyed', '២០,០០០'));
  it('mixed Khmer and English, both ways round', () => {
    khmerAnswer('how much ដី is still មីន?', 'cambodia-area-remaining', 'ជាង ១,៧០០')();
    khmerAnswer('JMAS បានបំផ្លាញមីនប៉ុន្មាន', 'jmas-cmac-ap-mines-destroyed', '២០,០០០')();
  });
  it('Khmer digits, zero-width spaces and a legacy character order read as the plain question', () => {
    const plain = engine.ask('តើនៅសល់ដីប៉ុន្មាន?');
    const typed = engine.ask('តើ\u200Bនៅសល់\u200Bដី\u200Bប៉ុន្មាន?');
    expect(typed.facts).toEqual(plain.facts);
    expect(plain.facts[0]).toBe('cambodia-area-remaining');
  });
  it('a Khmer date: since 1992, and a month the fact base has no figure for', () => {
    khmerAnswer('តាំងពីឆ្នាំ ១៩៩២ កម្ពុជាបានបោសសម្អាតដីប៉ុន្មាន?', 'cambodia-area-cleared', 'ជាង ៣,០០០')();
    khmerRefusal('គិតត្រឹមខែមករា ២០២៤ នៅសល់ដីប៉ុន្មាន?')();
  });
  it('mistyped Khmer words are read as the vocabulary\'s nearest: a subscript left out or mistaken, and a dropped letter', () => {
    // "ប៉ុន្នាន" for "ប៉ុន្មាន" (how many), "មនុស" for "មនុស្ស" (person), "គីឡូម៉ែត" for "គីឡូម៉ែត្រ".
    khmerAnswer('JMAS បំផ្លាញមីនប្រឆាំងមនុសបានប៉ុន្នានគ្រាប់', 'jmas-cmac-ap-mines-destroyed', '២០,០០០')();
    khmerAnswer('កម្ពុជានៅសល់ដីប៉ុន្នានគីឡូម៉ែតការ៉េទៀត', 'cambodia-area-remaining', 'ជាង ១,៧០០')();
    // A word that is right as typed is left alone: "ការ៉េ" (square) is not read as "កូរ៉េ" (Korea).
    const r = engine.ask('កម្ពុជានៅសល់ដីប៉ុន្មានគីឡូម៉ែត្រការ៉េ');
    expect(r.facts[0]).toBe('cambodia-area-remaining');
  });
  it('a Buddhist Era year is 544 years ahead, 543 in a month before May, and "ព.ស." marks it', () => {
    // July of BE 2568 is July 2024, the date of the figure of land still to clear.
    khmerAnswer('គិតត្រឹមខែកក្កដា ព.ស. ២៥៦៨ នៅសល់ដីត្រូវបោសសម្អាតមីនប៉ុន្មានទៀត?', 'cambodia-area-remaining', 'ជាង ១,៧០០')();
    // "ពី" (from) a year with no year it runs to is since it.
    khmerAnswer('ដីបោសរួច ពី 1992?', 'cambodia-area-cleared', '៣,០០០')();
    // BE 2536 alone is 1992, the year clearance is counted from.
    khmerAnswer('តាំងពី ព.ស. ២៥៣៦ មកដល់ឥឡូវ កម្ពុជាបោសសម្អាតដីបានប៉ុន្មានហើយ?', 'cambodia-area-cleared', '៣,០០០')();
    // March of BE 2568 is March 2025, after the figure's date: no figure holds then.
    khmerRefusal('គិតត្រឹមខែមីនា ព.ស. ២៥៦៨ នៅសល់ដីត្រូវបោសសម្អាតមីនប៉ុន្មានទៀត?')();
    // BE 2563 is 2019 or 2020, when the fact base has no such figure.
    khmerRefusal('ព.ស. ២៥៦៣ ដីមានមីននៅសល់ប៉ុន្មាន?')();
  });
  it('numbers in Khmer words, and a date with its day word, are read as figures and dates', () => {
    // "more than three thousand square kilometres cleared, is that right?"
    khmerAnswer('ខ្ញុំឮគេថា ប្រទេសយើងបោសសម្អាតដីបានជាងបីពាន់គីឡូម៉ែត្រការ៉េហើយ ពិតមែនឬទេ?', 'cambodia-area-cleared', 'ជាង ៣,០០០')();
    // "one thousand seven hundred" is 1,700; "percent" (ភាគរយ) is not read as a hundred.
    khmerAnswer('តើនៅសល់ដីមួយពាន់ប្រាំពីររយគីឡូម៉ែត្រការ៉េមែនទេ?', 'cambodia-area-remaining', 'ជាង ១,៧០០')();
    khmerAnswer('គិតត្រឹមថ្ងៃទី១១ ខែកក្កដា ឆ្នាំ២០២៤ តើនៅសល់ដីប៉ុន្មានទៀតដែលត្រូវបោសសម្អាតមីន?', 'cambodia-area-remaining', 'ជាង ១,៧០០')();
    // Digits before a multiplier word: "៦ពាន់" is six thousand, "1.5លាន" one and a half million; "១០ភាគរយ" (percent) stays 10.
    expect(readKhmerAsEnglish(normaliseKhmer('ដី ៦ពាន់ហិកតា'))).toContain(' 6000 ');
    expect(readKhmerAsEnglish(normaliseKhmer('1.5លាន ដុល្លារ'))).toContain(' 1500000 ');
    expect(readKhmerAsEnglish(normaliseKhmer('១០ភាគរយ'))).toContain('10ភាគរយ');
    // (A year before a word that begins like "hundred", "រយៈពេល" (a period of), stays a year.)
    expect(readKhmerAsEnglish(normaliseKhmer('ឆ្នាំ២០២៣ រយៈពេល៦ខែ'))).toContain('2023');
  });
  it('the reply shows the date in Khmer, the source, and the quote as the source\'s own words', () => {
    const text = renderText(engine.ask('តើនៅសល់ដីប៉ុន្មាន?'));
    expect(text).toContain('១១ កក្កដា ២០២៤');
    expect(text).toContain('ពាក្យដើមរបស់ប្រភព: "will continue to work to clear more than 1,700 additional square kilometres"');
    expect(text).toContain('The Phnom Penh Post');
  });
  it('the scope names the place in Khmer, a derived figure shows its working in Khmer, and suggestions are Khmer topics', () => {
    expect(engine.ask('តើ JMAS បានបំផ្លាញមីនប៉ុន្មានគ្រាប់?').items[0]?.scope).toBe('កម្ពុជា, JMAS ជាមួយ CMAC');
    const total = engine.ask('ផ្ទៃដីមានមីនសរុប?');
    expect(total.facts[0]).toBe('cambodia-area-known-total');
    expect(total.items[0]?.statement).toContain('ជាង ៣,០០០ គីឡូម៉ែត្រការ៉េ បានបោសសម្អាតតាំងពីឆ្នាំ ១៩៩២ + ជាង ១,៧០០ គីឡូម៉ែត្រការ៉េ');
    const unsure = engine.ask('JMAS ប៉ុន្មាន?');
    expect(unsure.suggestions.length).toBeGreaterThan(0);
    expect(unsure.suggestions.every((s) => hasKhmer(s.label))).toBe(true);
  });
  it('a definition asked in Khmer gets the term defined in Khmer', () => {
    const r = engine.ask('ERW មានន័យថាម៉េច?');
    expect(r.facts).toEqual(['glossary:ERW']);
    expect(hasKhmer(r.body)).toBe(true);
  });
  it('a greeting in Khmer is small talk, answered in Khmer', () => {
    const r = engine.ask('សួស្តី');
    expect(r.kind).toBe('help');
    expect(hasKhmer(r.title)).toBe(true);
  });
});

describe('hostile Khmer input', () => {
  const COENG = '\u17D2';
  it.each([
    ['ten thousand Khmer letters', 'ដី'.repeat(5000)],
    ['only combining marks', '\u17B6\u17C1\u17C6'.repeat(200)],
    ['only COENG signs', COENG.repeat(300)],
    ['zero-width and direction marks between every letter', 'ដី\u200B\u200F\u200Dនៅ\u202Eសល់\u2066ប៉ុន្មាន'.repeat(50)],
    ['Khmer with a mention to echo', 'define @everyone មីន <!channel> <@123>'],
    ['an odd language choice', 'lang:KM lang:en តើនៅសល់ដីប៉ុន្មាន'],
  ])('%s: a well-formed reply, pinging nobody, within every limit, no cluster cut after a COENG', (_what, text) => {
    const r = runLine(text, { engine, commands, face: 'console' });
    expect(typeof r.title).toBe('string');
    const discord = renderDiscord(r);
    const slack = renderSlack(r);
    // Discord: an @everyone is broken by a zero-width space and no <@id> stands whole; Slack: nothing escapes its escaping.
    const discordText = JSON.stringify(discord.embeds);
    expect(discordText).not.toMatch(/(?<!\u200b)@(?:everyone|here)|<(?:@[!&]?|#)\d+>/u);
    expect(findLiveMentions(slack)).toEqual([]);
    // A cut never leaves a COENG with nothing after it to attach to.
    for (const s of [discordText, JSON.stringify(slack.blocks), slack.text]) expect(s).not.toContain(`${COENG}…`);
    for (const e of discord.embeds) expect((e.title ?? '').length).toBeLessThanOrEqual(LIMITS.title);
    const header = slack.blocks.find((b) => b.type === 'header') as { text?: { text: string } } | undefined;
    expect((header?.text?.text ?? '').length).toBeLessThanOrEqual(SLACK_LIMITS.header);
  });
});

describe('long Khmer statements on the faces', () => {
  it('a statement longer than a Slack header or Discord title is shown in full below it', () => {
    const r = engine.inLang('km', () => engine.fact('pm-asks-jmas-to-expand-cooperation'));
    const statement = r.items[0]?.statement ?? '';
    expect(statement.length).toBeGreaterThan(0);
    const slack = JSON.stringify(renderSlack(r).blocks);
    const discord = JSON.stringify(renderDiscord(r).embeds);
    if (statement.length > SLACK_LIMITS.header) expect(slack).toContain(JSON.stringify(statement).slice(1, -1));
    if (statement.length > LIMITS.title) expect(discord).toContain(JSON.stringify(statement).slice(1, -1));
    // Either way, every word of the statement reaches a Slack reader.
    expect(slack).toContain(JSON.stringify(statement.slice(-20)).slice(1, -1));
  });
});

describe('the same refusals in Khmer', () => {
  it.each([
    ['another country', 'តើដីនៅឡាវនៅសល់ប៉ុន្មាន?'],
    ['another kind of mine', 'JMAS បំផ្លាញមីនប្រឆាំងរថក្រោះប៉ុន្មាន?'],
    ['another year', 'ដីនៅសល់ប៉ុន្មានក្នុងឆ្នាំ ២០២០?'],
    ['another measure', 'តើមានជនរងគ្រោះដោយសារមីនប៉ុន្មាននាក់ក្នុងឆ្នាំ ២០២៣?'],
    ['a term the glossary lacks, never another term', 'គ្រាប់បែកចង្កោមគឺជាអ្វី?'],
    // What a hostile reviewer found answered with the very figure the question ruled out, or another year's.
    ['the place the question excludes ("other than Cambodia")', 'ដីនៅសល់ក្រៅពីកម្ពុជាប៉ុន្មាន'],
    ['the organisation the question excludes ("not JMAS")', 'ដីដែលមិនមែនជា JMAS បោសសម្អាតប៉ុន្មាន'],
    ['a year of the Buddhist Era (2560 BE is 2017)', 'ដីនៅសល់ប៉ុន្មានឆ្នាំ២៥៦០'],
    ['a year written with two digits', 'ឆ្នាំ២៣ នៅសល់ដីប៉ុន្មាន'],
    ['anti-tank mines said the short way ("tank mines")', 'JMAS បំផ្លាញមីនរថក្រោះប៉ុន្មាន?'],
  ])('declines %s: "%s"', (_what, q) => khmerRefusal(q)());
});

describe('an explicit choice of language', () => {
  const ctx = () => ({ engine, commands, face: 'console' as const });
  it('"lang:km" on an English command answers in Khmer', () => {
    const r = runLine('lang:km remaining', ctx());
    expect(r.lang).toBe('km');
    expect(r.title).toContain('ជាង ១,៧០០ គីឡូម៉ែត្រការ៉េ');
  });
  it('"lang:en" on a Khmer question answers in English', () => {
    const r = runLine('តើនៅសល់ដីប៉ុន្មាន? lang:en', ctx());
    expect(r.lang).toBe('en');
    expect(r.title).toContain('more than 1,700 km²');
  });
  it('"help" in Khmer lists the commands in Khmer', () => {
    const r = runLine('lang:km help', ctx());
    expect(r.body).toContain('សួរសំណួរជាភាសាធម្មតា');
  });
  it('"lang:" with no language is refused too, not read as a question', () => {
    const r = runLine('lang:', ctx());
    expect(r.kind).toBe('error');
    expect(r.title).toContain('lang:km');
  });
  it('a mistake in a Khmer command line is explained in Khmer', () => {
    const r = runLine('lang:km define', ctx());
    expect(r.kind).toBe('error');
    expect(hasKhmer(r.title)).toBe(true);
  });
  it('a language the bot does not speak is refused, naming the ones it does', () => {
    const r = runLine('lang:fr remaining', ctx());
    expect(r.kind).toBe('error');
    expect(r.title).toContain('lang:km');
  });
});

describe('"tell me about" in Khmer', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineFor(REAL_KNOWLEDGE);
  });
  it('a name asked about with the vocabulary\'s words for "tell me about" gets the summary, in Khmer', () => {
    const r = engine.ask('ប្រាប់ខ្ញុំពី JMAS បន្តិចមើលបង');
    expect(r.kind).toBe('answer');
    expect(r.lang).toBe('km');
    expect(r.facts).toEqual(expect.arrayContaining(['jmas-cmac-area-cleared', 'jmas-cmac-ap-mines-destroyed']));
    expect(r.title).toContain('JMAS');
  });
});

describe('Khmer written in Latin letters, as people type it in chat', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineFor(REAL_KNOWLEDGE);
  });
  // The vocabulary has common romanised spellings (ponman, dei, bos samat, hikta) and particles as stop words.
  it.each([
    ['land still to clear', 'dei nov sol ponman km2 trov bos samat?', 'cambodia-area-remaining'],
    ['hectares JMAS and CMAC cleared', 'JMAS nung CMAC bos samat dei ponman hikta?', 'jmas-cmac-area-cleared'],
  ])('%s', (_what, q, fact) => {
    const r = engine.ask(q);
    expect(r.kind, r.title).toBe('answer');
    expect(r.facts).toEqual([fact]);
  });
  it('a place the fact base lacks, in the same letters, still declines', () => {
    expect(engine.ask('dei nov sol ponman km2 nov Laos?').kind).not.toBe('answer');
  });
});

describe('what the twelfth Khmer writer asked (field staff, Telegram comments)', () => {
  it.each([
    ['បងៗ សូមសួរ ដីនៅស្រុកខ្មែរយើងដែលនៅកប់មីន មិនទាន់ដោះចេញ មានប្រហែលប៉ុន្មានទៀត?', 'cambodia-area-remaining'],
    ['គិតត្រឹមខែ៧ ឆ្នាំ2024 កម្ពុជានៅមានដីប៉ុន្មានទៀតដែលត្រូវរកមីននិងគ្រាប់សល់ពីសង្គ្រាមចេញ?', 'cambodia-area-remaining'],
    ['ឮថាដីមីនសរុបទាំងអស់ (រួចហើយ+នៅសល់) ប្រហែល ៤៧០០ km2 ត្រូវអត់?', 'cambodia-area-known-total'],
    // "ទទួលខុសត្រូវ" (responsible) is the fact's "ការទទួលខុសត្រូវ" (responsibility).
    ['អ្នកណាសរសើរ CMAC ថាធ្វើការ professional និងទទួលខុសត្រូវ?', 'yamazaki-commends-cmac'],
    // "ក្នុងស្រុក" (at home) is Cambodia, not a district; "ក្រុមការងារ" (the team) is its staff.
    ['ខ្មែរនិងជប៉ុនសហការដោះមីនតែក្នុងស្រុក ឬទៅដោះនៅប្រទេសគេដែរ?', 'cambodia-japan-demining-cooperation'],
    ['ភាគីជប៉ុនវាយតម្លៃក្រុមការងារ CMAC យ៉ាងម៉េចដែរ?', 'yamazaki-commends-cmac'],
    ['លោកប្រធាន JMAS និយាយយ៉ាងម៉េចពីការជួយអ្នករបួសដោយមីន និងការធ្វើការជាមួយស្ថាប័នរដ្ឋខ្មែរ?', 'yamazaki-praises-cooperation-and-victim-assistance'],
  ])('%s', (q, fact) => {
    const r = engine.ask(q);
    expect(r.kind, r.title).toBe('answer');
    expect(r.facts[0]).toBe(fact);
    expect(r.lang).toBe('km');
  });
});

describe('what the fifteenth Khmer writer asked (each missed or answered wrongly before)', () => {
  it('"២,០០០ គ.ម²" is an area claimed, not the year 2000: the claim is checked against the figure on file',
    khmerAnswer('ខ្ញុំឮគេថា នៅសល់ដីមីន ២,០០០ គ.ម² ទៀត ពិតមែនទេបង?', 'cambodia-area-remaining', '១,៧០០'));
  it('how many mines lie in the 1,700 km² still to clear is a count the fact base lacks, not the area', () => {
    const r = engine.ask('នៅក្នុងដីនៅសល់ ១៧០០ គ.ម² ហ្នឹង មានគ្រាប់មីនប៉ុន្មានគ្រាប់?');
    expect(r.kind).not.toBe('answer');
    expect(r.lang).toBe('km');
  });
});

describe('what the sixteenth Khmer writer asked', () => {
  it('the bot\'s opinion asked in Khmer ("តាមបងគិត") is declined, in Khmer', () => {
    const r = engine.ask('តាមបងគិត JMAS ធ្វើការល្អជាង CMAC ឬអត់?');
    expect(r.kind).not.toBe('answer');
    expect(r.lang).toBe('km');
  });
  it('"in future" after the land still to clear is no forecast asked', () => {
    expect(engine.ask('តើនៅសល់ដីប៉ុន្មានដែលត្រូវបោសសម្អាតនាពេលអនាគត?').facts).toEqual(['cambodia-area-remaining']);
  });
});

describe('what kind of body a name is, and a unit in another, asked in Khmer', () => {
  it('"JMAS ជាអង្គការរដ្ឋ ឬ NGO?" (is JMAS a state body or an NGO?) gets its definition', () => {
    expect(engine.ask('JMAS ជាអង្គការរដ្ឋ ឬ NGO?').facts).toEqual(['glossary:JMAS']);
  });
  it.each([['1 km² ស្មើប៉ុន្មានហិកតា?', 'glossary:km²'], ['១ ហិចតា ស្មើប៉ុន្មានម៉ែត្រការ៉េ?', 'glossary:hectare']])('"%s" (one unit is how many of another) gets the unit\'s definition', (q, term) => {
    const r = engine.ask(q);
    expect(r.facts).toEqual([term]);
    expect(r.lang).toBe('km');
  });
  it('a figure of the fact base in a unit, asked in another, is still the figure', () => {
    expect(engine.ask('ដីនៅសល់ ១៧០០ គីឡូម៉ែត្រការ៉េ ស្មើប៉ុន្មានហិកតា?').facts).toEqual(['cambodia-area-remaining']);
  });
});

describe('what is counted, next to the Khmer word for "how many"', () => {
  it('"how many villages still have mines" is a count no figure gives, not the land still to clear', () => {
    const r = engine.ask('ភូមិប៉ុន្មាននៅតែមានមីនដែរ?');
    expect(r.kind).not.toBe('answer');
    expect(r.lang).toBe('km');
  });
  it('the same word after it ("cleared how many villages") is declined too', () => {
    expect(engine.ask('តាំងពីឆ្នាំ ៩២ មក ដោះមីនបានប៉ុន្មានភូមិ?').kind).not.toBe('answer');
  });
  it('a verb before "how many" is no thing counted: "land contaminated how much" is the land still to clear', () => {
    expect(engine.ask('ដីប្រឡាក់ប៉ុន្មាន?').facts[0]).toBe('cambodia-area-remaining');
  });
  it('a count the fact base has, with its word next to "how many", is still answered', () => {
    expect(engine.ask('JMAS កម្ទេចមីនបានប៉ុន្មានគ្រាប់?').facts[0]).toBe('jmas-cmac-ap-mines-destroyed');
  });
});

describe('what one did alone, and a name asked about in everyday Khmer', () => {
  it('"CMAC on its own, not counting JMAS" is not answered with the two together', () => {
    const r = engine.ask('CMAC ម្នាក់ឯង ដោយមិនគិត JMAS បានដោះដីប៉ុន្មានហិកតា?');
    expect(r.kind).not.toBe('answer');
    expect(r.lang).toBe('km');
  });
  it('"what institution is CMAC" with the everyday "អី" gets its definition, not a statement about it', () => {
    expect(engine.ask('CMAC ជាស្ថាប័នអី?').facts).toEqual(['glossary:CMAC']);
  });
});

describe('what a reviewer tried against the everyday "អី" (review17; each went wrong in a draft)', () => {
  it('"what type of mines did JMAS destroy" is the figure, not what JMAS is', () => {
    expect(engine.ask('JMAS បំផ្លាញមីនប្រភេទអី?').facts[0]).toBe('jmas-cmac-ap-mines-destroyed');
  });
  it('"what is the government\'s main goal" is its statement, not a term', () => {
    expect(engine.ask('គោលដៅចម្បងរបស់រាជរដ្ឋាភិបាលជាអី?').facts[0]).toBe('clearance-main-government-goal');
  });
});

describe('what a unit is, asked in everyday Khmer', () => {
  it('"how big is one hectare" gets the hectare\'s definition', () => {
    expect(engine.ask('មួយហិកតា ធំប៉ុនណា?').facts).toEqual(['glossary:hectare']);
  });
  it('a hectare\'s price is no question of what a hectare is (review18)', () => {
    expect(engine.ask('ហិកតាមួយថ្លៃប៉ុន្មាន?').facts).not.toContain('glossary:hectare');
  });
  it('"one km² is how many hectares" gets the km²\'s definition, which says', () => {
    expect(engine.ask('គីឡូម៉ែត្រការ៉េ ១ ស្មើហិកតាប៉ុន្មាន?').facts).toEqual(['glossary:km²']);
  });
  it('a unit with a word of the fact base beside it is still the figure ("land left, how many hectares")', () => {
    expect(engine.ask('ដីនៅសល់ប៉ុន្មានហិកតា?').facts).toEqual(['cambodia-area-remaining']);
  });
});

describe('what is left, asked of a count of what was done', () => {
  it('"how many anti-personnel mines are still buried" is not the count destroyed', khmerRefusal('មីនប្រឆាំងមនុស្សនៅកប់ក្នុងដីនៅប៉ុន្មានគ្រាប់?'));
});

describe('what the nineteenth Khmer writer asked (each missed or answered wrongly before)', () => {
  it('"from 1992 to July 2024" is a span the running total since 1992 answers',
    khmerAnswer('ចាប់ពីឆ្នាំ 1992 ទៅដល់ខែកក្កដា 2024 កម្ពុជាដោះមីនរួចអស់ប៉ុន្មានគីឡូម៉ែត្រការ៉េ?', 'cambodia-area-cleared', '៣,០០០'));
  it('two stop words the dictionary runs together ("ឱ្យធ្វើ", to do) weigh nothing', () => {
    expect(engine.ask('PM ask JMAS ឱ្យធ្វើអី?').facts[0]).toBe('pm-asks-jmas-to-expand-cooperation');
  });
  it('"in the time ahead" with "will" asks a forecast, which no figure of the past gives', khmerRefusal('ឆ្នាំខាងមុខ JMAS នឹងបំផ្លាញមីនបានប៉ុន្មានគ្រាប់?'));
  it('"since which year has Yamazaki headed JMAS" is not the date of one meeting', khmerRefusal('លោក Yamazaki ធ្វើជាប្រធាន JMAS តាំងពីឆ្នាំណាមក?'));
});

describe('what the twentieth Khmer writer asked', () => {
  it('"describe JMAS\'s work in Cambodia" is the summary of what the base holds on JMAS', () => {
    const r = engine.ask('រៀបរាប់ពីការងាររបស់ JMAS នៅកម្ពុជាបន្តិចមើល');
    expect(r.kind).toBe('answer');
    expect(r.facts).toContain('jmas-cmac-area-cleared');
    expect(r.title).toContain('JMAS');
  });
  it('with another place, "JMAS in Laos", it is not', khmerRefusal('ប្រាប់ខ្ញុំពី JMAS នៅឡាវ'));
  it('a word inside a name the vocabulary knows ("ធិបតី" of "សម្ដេចធិបតី") is no unknown name', () => {
    expect([...engine.match('សម្ដេច​ធិបតី​ថា​ម៉េច​ដែរ អំពី​កិច្ច​សហការ​នេះ?').analysed.names]).not.toContain('ធិបតី');
  });
});

describe('what the twenty-first Khmer writer asked', () => {
  it('"how many millions of mines are still buried" asks a count, which no figure of land gives', khmerRefusal('នៅសល់គ្រាប់មីនកប់ក្នុងដីប្រហែលប៉ុន្មានលានគ្រាប់ទៀតបង?'));
  it('"how many thousand pieces did JMAS destroy" is still the count destroyed', khmerAnswer('JMAS កម្ទេចមីនបានប៉ុន្មានពាន់គ្រាប់?', 'jmas-cmac-ap-mines-destroyed', '២០,០០០'));
});

describe('what the twenty-third Khmer writer asked', () => {
  it('"in the previous mandate, how many km² were cleared" names a period no figure is of', khmerRefusal('ក្នុងអាណត្តិមុន រដ្ឋាភិបាលបានដោះមីនអស់ប៉ុន្មានគីឡូម៉ែត្រការ៉េ?'));
});

describe('what the twenty-first Khmer writer asked, further', () => {
  it('"ចាប់តាំងពីឆ្នាំ១៩៩២មក" (ever since 1992), with zero-width spaces, is since 1992',
    khmerAnswer('តើ​ចាប់​តាំង​ពី​ឆ្នាំ​១៩៩២​មក ប្រទេស​យើង​ដោះ​ដី​មាន​មីន​អស់​ប៉ុន្មាន​គីឡូម៉ែត្រ​ការ៉េ​ហើយ?', 'cambodia-area-cleared', '៣,០០០'));
  it('romanised Khmer "how many pieces" ("ponman krob") asks a count', () => {
    expect(engine.ask('JMAS kamtech min ban ponman krob?').facts[0]).toBe('jmas-cmac-ap-mines-destroyed');
  });
});

describe('what the twenty-fourth Khmer writer asked', () => {
  it('a pronoun and "how, what" (គាត់, ថាម៉េចខ្លះ) weigh nothing: "what did Yamazaki say in praise of CMAC"', () => {
    expect(engine.ask('លោក Yamazaki និយាយសរសើរ CMAC ថាម៉េចខ្លះដែរ?').facts[0]).toBe('yamazaki-commends-cmac');
  });
  it('"what is the JMAS head\'s name? when did he meet the PM?" is the meeting', () => {
    expect(engine.ask('ប្រធាន JMAS ឈ្មោះអី? គាត់ជួបនាយករដ្ឋមន្ត្រីនៅថ្ងៃណា?').facts[0]).toBe('manet-yamazaki-meeting');
  });
});

describe('what the twenty-sixth Khmer writer asked', () => {
  it('"how many more years" (ប៉ុន្មានឆ្នាំទៀត) asks a duration, which no figure of land gives', khmerRefusal('ត្រូវការពេលប៉ុន្មានឆ្នាំទៀតដើម្បីបោសសម្អាតដីដែលនៅសល់?'));
  it('"which year" (ឆ្នាំប៉ុន្មាន) is still a year', () => {
    expect(engine.ask('JMAS និង CMAC ជួបគ្នានៅឆ្នាំប៉ុន្មាន?').title).not.toContain('រយៈពេល');
  });
  it('"nowadays" (សព្វថ្ងៃ) is no name the fact base lacks', () => {
    expect([...engine.match('សព្វថ្ងៃស្រុកខ្មែរនៅមានដីមីនប៉ុន្មានទៀត?').analysed.names]).not.toContain('សព្វថ្ងៃ');
  });
});

describe('what the twenty-seventh Khmer writer asked', () => {
  it('two words the dictionary cuts in the wrong place ("ណាម" + "ក") are read as the words the vocabulary knows ("ណា" + "មក")', () => {
    const m = engine.match('ដីដែលបោសសម្អាតហើយនោះ គេគិតតាំងពីឆ្នាំណាមក?');
    expect([...m.analysed.names]).toEqual([]);
    expect(engine.ask('ដីដែលបោសសម្អាតហើយនោះ គេគិតតាំងពីឆ្នាំណាមក?').facts[0]).toBe('cambodia-area-cleared');
  });
});

describe('periods said relative to today, in Khmer (fourth session)', () => {
  it('"next year" (ឆ្នាំក្រោយ) asks a forecast no figure gives', khmerRefusal('ឆ្នាំបន្ទាប់ CMAC នឹងបោសសម្អាតដីបានប៉ុន្មានហិកតា?'));
  it('"last year" (ឆ្នាំមុន) and "this month" (ខែនេះ) ask a period no running total is of', () => {
    khmerRefusal('ឆ្នាំមុន JMAS និង CMAC បោសសម្អាតដីបានប៉ុន្មាន?')();
    khmerRefusal('ខែនេះ JMAS បំផ្លាញមីនបានប៉ុន្មានគ្រាប់?')();
  });
  it('"what is planned for next year" (គ្រោង) is a forecast too', khmerRefusal('ឆ្នាំក្រោយ គេគ្រោងបោសសម្អាតដីប៉ុន្មានហិកតា?'));
  it('"three years ago" (៣ឆ្នាំមុន) is a period relative to today too, and the plain question is still answered', () => {
    expect(engine.ask('JMAS និង CMAC បោសសម្អាតដីបានប៉ុន្មានហិកតា?').facts[0]).toBe('jmas-cmac-area-cleared');
    khmerRefusal('៣ឆ្នាំមុន JMAS បោសសម្អាតដីបានប៉ុន្មាន?')();
    // ("ពីឆ្នាំទៅឆ្នាំ", year to year, is no "last year".)
    expect(engine.match('ដីដែលនៅសល់ប្រែប្រួលយ៉ាងណាពីឆ្នាំទៅឆ្នាំ?').analysed.tokens).not.toContain('periodrelative');
  });
});

describe('what the twenty-ninth Khmer writer asked', () => {
  it('"how many km² are left that are not yet demined" is an area asked, of no thing counted', () => {
    expect(engine.ask('How many km² ដែលនៅសល់ មិនទាន់បានបោសសម្អាតមីន?').facts[0]).toBe('cambodia-area-remaining');
  });
  it('"ចាប់តាំងពីឆ្នាំ ១៩៩២" is since 1992 whole, and "រហូតមកដល់ពេលនេះ" (up to now) is to date', () => {
    const r = engine.ask('ខ្ញុំកំពុងរៀបចំអត្ថបទ។ ចាប់តាំងពីឆ្នាំ ១៩៩២ រហូតមកដល់ពេលនេះ កម្ពុជាបោសសម្អាតដីបានប៉ុន្មាន?');
    expect(r.facts[0]).toBe('cambodia-area-cleared');
  });
  it('"មិនគិត" (not counting) rules out what follows it', khmerRefusal('មិនគិតកិច្ចសហការជាមួយ JMAS ទេ CMAC ខ្លួនឯងបំផ្លាញមីនប្រឆាំងមនុស្សបានប៉ុន្មានគ្រាប់?'));
});

describe('what the twenty-eighth Khmer writer asked', () => {
  it('a typo is corrected only up to where a word the dictionary split ends ("ពី|ការងារ" is not "ពិការ|ងារ")', () => {
    const words = engine.match('ប្រធាន JMAS សន្យាអីខ្លះពីការងារជាមួយ CMAC តទៅមុខ?').analysed.rawWords;
    expect(words).not.toContain('ពិការ');
    expect(words).toContain('ពី');
  });
});

describe('a long Khmer name typed with one vowel short for long (fourth session)', () => {
  it('"មិនប្រឆាំងមនុស្ស" (with the short vowel of "not") is still the anti-personnel mine', () => {
    expect(engine.ask('JMAS កំទេចមិនប្រឆាំងមនុស្សបានប៉ុន្មានគ្រាប់?').facts[0]).toBe('jmas-cmac-ap-mines-destroyed');
  });
  it('"មិន" alone is still "not"', () => {
    expect(engine.match('JMAS មិនបានបំផ្លាញមីនប្រឆាំងរថក្រោះទេមែនទេ?').analysed.tokens).not.toContain('antipersonnelmine');
  });
});

describe('shares and parts said the Khmer way (fourth session)', () => {
  it('"ពីរភាគបី" (two thirds) asks the share cleared', () => {
    expect(engine.ask('ធៀបនឹងដីមានមីនទាំងអស់ដែលគេដឹង យើងសម្អាតបានពីរភាគបីហើយឬនៅ?').facts[0]).toBe('cambodia-share-cleared');
  });
  it('"ក្នុងដីនោះ ប៉ុន្មានជាមីន" (of that land, how much is mines) asks one kind\'s part, which the whole\'s figure does not give', khmerRefusal('ក្នុងដី ១៧០០ គីឡូម៉ែត្រការ៉េ នោះ ប៉ុន្មានជាមីន ប៉ុន្មានជាគ្រាប់មិនទាន់ផ្ទុះ?'));
  it('"ប៉ុន្មានជាង" (how much more than) is no part asked', () => {
    expect(engine.match('JMAS បំផ្លាញមីនបានប៉ុន្មានជាងឆ្នាំមុន?').analysed.rawWords).toContain('ជាង');
  });
});

describe('what a second hostile review of this session found in Khmer (review27)', () => {
  it('a typo whose end the dictionary cut badly ("បំផ្លាន់") is still corrected', () => {
    expect(engine.ask('តើ JMAS បានបំផ្លាន់មីនប៉ុន្មានគ្រាប់?').facts[0]).toBe('jmas-cmac-ap-mines-destroyed');
  });
  it('a name\'s slip-variants are no words the speller corrects others into ("រដ្ឋាភិបាលើ")', () => {
    expect(engine.ask('តើគោលនយោបាយរដ្ឋាភិបាលើមីន?').facts[0]).toBe('clearance-main-government-goal');
  });
});

describe('Khmer readings that stop where the word goes on (fourth session)', () => {
  it('"មិនគិតថា" (I don\'t think that) is no "not counting", and "គ្រោងការណ៍" (a plan) no verb "to plan"', () => {
    expect(engine.match('ខ្ញុំមិនគិតថាកម្ពុជាបោសសម្អាតបាន ៣០០០ គីឡូម៉ែត្រការ៉េទេ').analysed.rawWords).not.toContain('not');
    expect(engine.match('តើមានគ្រោងការណ៍ដោះមីនទេ?').analysed.rawWords).not.toContain('plan');
  });
});
