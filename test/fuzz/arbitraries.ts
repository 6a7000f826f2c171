/**
 * Arbitraries for the fuzz test (test/fuzz.test.ts): hostile text of every kind people or bots
 * might type, command lines built from it, and moderator forms both hostile and nearly valid.
 */
import fc from 'fast-check';
import type { FormValues } from '../../commands/admin/fact-form.js';

export const CONTROL_CHARS: readonly string[] = [...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)), '\u007f'];

export const RTL_MARKS = ['\u200f', '\u202e', '\u202b', '\u2067', '\u200e', '\u061c', '\u200b', '\u2060', '\ufeff'] as const;

export const KHMER = ['សួស្តី', 'មីន', 'កម្ពុជា', 'ដីនៅសល់ប៉ុន្មាន?', '១៧០០', 'គ.ម²'] as const;

export const JAPANESE = ['地雷', 'カンボジア', '不発弾', '残りの土地はどれくらい？', '１，７００　ｋｍ２', 'ｈｏｗ　ｍｕｃｈ　ｌａｎｄ'] as const;

export const EMOJI = [
  '💣', '🇰🇭', '🇯🇵', '👩‍👩‍👧‍👦', '🧑🏽‍🚒', '🏳️‍🌈', '❤️‍🔥', '👍🏿', '🫠', '#️⃣', '㎢', '%',
] as const;

export const MARKDOWN = [
  '**', '__', '*', '_', '~~', '||', '`', '```', '```js\nx\n```', '> ', '>>> ', '# ', '- ', '1. ', '\\',
  '[link](http://x)', '[click](https://evil.example/<@123>)', '<http://x|y>', '<https://x.example|@here>',
  '***bold italic***', '~~strike~~', '||spoiler||', '&amp;', '&lt;!channel&gt;', '<', '>', '&',
] as const;

export const MENTIONS = [
  '@everyone', '@here', '@Everyone', '@@here', '<@123>', '<@!123>', '<@&456>', '<#789>', '<@123', '<@',
  '<@1234567890123456789>', '<!channel>', '<!here>', '<!everyone>', '<!channel|channel>', '<@U123>',
  '<@W0ABC>', '<@U123|bob>', '<!subteam^S1>', '<!subteam^S1|team>', '<!date^1392734382^{date}|x>',
  '<@U0LAN0Z89>', '@channel', '@U123',
] as const;

export const NUMBERS = [
  '1'.repeat(400), '9'.repeat(30), '1e309', '-1e309', '-0', '0', 'NaN', 'Infinity', '-Infinity', '0x1F',
  '1,700', '1,700,000', '3,000', '6000', '20,000', '1.7e3', '1.7k', '17k', '99999999999999999999', '0.0000001',
  '1992', '2024', '1990s', "'92", '100%', '٣٠٠٠', '①', '1/0', '-5', '1_000',
] as const;

export const FRAGMENTS = [
  'how much land', 'how much land is still mined?', 'remaining', 'remaining in hectares', 'cleared', 'jmas',
  'how many mines did JMAS destroy', '/demining fact ', 'demining ', '/demining ', 'define ', 'search ',
  'fact ', 'ask ', 'help', 'sources', 'what is UXO', 'define uxo', 'fact cambodia-area-remaining',
  'km2', 'hectares', 'acres', 'since 1992', 'in 2023', 'Hun Manet', 'CMAC', 'anti-personnel', '?', 'and',
] as const;

/** Every named piece, one by one. */
export const NAMED_PIECES: readonly string[] = [
  ...CONTROL_CHARS, ...RTL_MARKS, ...KHMER, ...JAPANESE, ...EMOJI, ...MARKDOWN, ...MENTIONS, ...NUMBERS, ...FRAGMENTS,
];

/** A lone half of a surrogate pair: not well-formed UTF-16, but a JavaScript string may hold it. */
export const loneSurrogate: fc.Arbitrary<string> = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** One piece of hostile text. */
export const hostilePiece: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 3, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...CONTROL_CHARS), maxLength: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom(...RTL_MARKS) },
  { weight: 2, arbitrary: fc.constantFrom(...KHMER, ...JAPANESE) },
  { weight: 2, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKDOWN) },
  { weight: 4, arbitrary: fc.constantFrom(...MENTIONS) },
  { weight: 2, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 1, arbitrary: fc.oneof(fc.double().map(String), fc.bigInt().map(String), fc.integer().map(String)) },
  { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
);

const separator = fc.constantFrom('', ' ', ' ', '  ', '\n', '\t', '\r\n', '\u00a0', '\u3000');

/** Pieces joined by white space (or nothing). */
export const hostileShort: fc.Arbitrary<string> = fc
  .array(fc.tuple(hostilePiece, separator), { maxLength: 10 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));

/** A 10,000-character message: a piece repeated, or random text. */
export const hostileLong: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(hostileShort.filter((s) => s.length > 0), fc.constantFrom(' ', '')).map(([s, sep]) => {
    const unit = s + sep;
    return unit.repeat(Math.ceil(10_000 / unit.length)).slice(0, 10_000);
  }),
  fc.string({ unit: 'binary', minLength: 10_000, maxLength: 10_000 }),
  fc.constant('a'.repeat(10_000)),
);

/** Hostile text: mostly short, sometimes empty or 10,000 characters. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n', '\u200f', '\u0000') },
  { weight: 12, arbitrary: hostileShort },
  { weight: 1, arbitrary: hostileLong },
);

/** Words of random lower-case letters, with punctuation: noise that looks like a sentence. */
export const letterNoise: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 1, maxLength: 9 }), fc.constantFrom(' ', ' ', ', ', '? ', '-')), { minLength: 1, maxLength: 8 })
  .map((ws) => ws.map(([w, sep]) => w + sep).join('').trim());

export const COMMAND_PREFIXES = ['', '', '/', '/demining ', 'demining ', 'DEMINING ', '/demining', '  '] as const;
export const COMMAND_NAMES = ['fact', 'define', 'search', 'ask', 'remaining', 'cleared', 'jmas', 'sources', 'help', 'FACT', 'Define'] as const;

/** A typed line: sometimes a command with hostile arguments, sometimes plain hostile text. */
export const commandLine: fc.Arbitrary<string> = fc.oneof(
  hostileText,
  fc
    .tuple(fc.constantFrom(...COMMAND_PREFIXES), fc.constantFrom(...COMMAND_NAMES), separator, hostileText)
    .map(([prefix, name, sep, rest]) => `${prefix}${name}${sep === '' ? ' ' : sep}${rest}`),
);

/** Text whose echo must not ping anyone: mention syntax surrounded by hostile pieces. */
export const mentionHeavy: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...MENTIONS) }, { weight: 1, arbitrary: hostilePiece }), { minLength: 1, maxLength: 6 })
  .chain((parts) => fc.constantFrom(' ', '', '\n').map((sep) => parts.join(sep)));

/** A command that echoes what was typed ("fact <text>", "define <text>", "search <text>"). */
export const echoLine: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('fact', 'define', 'search', '/demining fact', '/demining define', 'demining search'), fc.oneof(mentionHeavy, hostileShort))
  .map(([command, text]) => `${command} ${text}`);

// ---- moderator forms ----

/** The verbatim text of the real source, whose substrings are quotes the checker will find. */
export function quoteFrom(sourceText: string): fc.Arbitrary<string> {
  const words = sourceText.replace(/\s+/gu, ' ').trim().split(' ');
  return fc
    .tuple(fc.nat({ max: words.length - 1 }), fc.integer({ min: 1, max: 25 }))
    .map(([start, n]) => words.slice(start, start + n).join(' '));
}

const qualifier = fc.oneof(
  fc.constantFrom('', 'more than ', 'over ', 'about ', '~', 'approx. ', 'at least ', 'up to ', 'exactly ', 'More Than ', 'nearly'),
  hostilePiece,
);
const quantity = fc.oneof(
  fc.constantFrom(...NUMBERS),
  fc.nat({ max: 1_000_000 }).map(String),
  fc.nat({ max: 1_000_000 }).map((n) => n.toLocaleString('en-US')),
  fc.double({ min: 0, max: 1e6, noNaN: true }).map(String),
  hostilePiece,
);
const unit = fc.oneof(
  fc.constantFrom('km2', 'km²', 'sq km', 'sq. km', 'square kilometres', 'ha', 'hectares', 'anti-personnel mines', 'UXO', '', 'KM2'),
  hostilePiece,
);
const label = fc.oneof(fc.constantFrom('still to clear', 'cleared since 1992', 'destroyed', 'left', '', 'since 19999'), hostileShort);
const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const date = fc.oneof(fc.constantFrom('2024-07-11', '2024-02-30', '2024-13-01', '2024-00-10', '11 July 2024', '', '2024-7-1', '0000-00-00'), isoDate, hostilePiece);
const place = fc.oneof(fc.constantFrom('Cambodia', '', 'Battambang', 'by CMAC'), hostilePiece);

/** "<qualifier> <number> <unit> | <label> | <date> | <place> [| by X]", with parts dropped or hostile. */
export const nearFigure: fc.Arbitrary<string> = fc
  .tuple(qualifier, quantity, fc.constantFrom(' ', '', '  '), unit, label, date, place, fc.oneof(fc.constant(undefined), fc.constantFrom('by CMAC', 'JMAS', '', 'by '), hostilePiece), fc.integer({ min: 1, max: 5 }))
  .map(([q, n, sp, u, l, d, p, by, keep]) => {
    const parts = [`${q}${n}${sp}${u}`, l, d, p, ...(by === undefined ? [] : [by])];
    return parts.slice(0, Math.max(keep, 1)).join(' | ');
  });

const url = fc.oneof(
  fc.constantFrom('https://example.org/report', 'http://x', 'http:x', 'ftp://example.org/x', 'javascript:alert(1)', 'https://x/<@U123>', 'https://x.example/<!channel>', 'not a url', '', 'HTTPS://EXAMPLE.ORG'),
  fc.webUrl(),
  hostilePiece,
);
const publisher = fc.oneof(
  fc.constantFrom('CMAA', 'The Phnom Penh Post', 'Khmer Times', 'សារព័ត៌មាន', '地雷新聞', `${'x'.repeat(59)} y`, `${'a'.repeat(58)} b c`, '<!channel>', '@everyone', ''),
  hostilePiece,
);

/** A source id on file, or "Publisher | Headline | https://address | YYYY-MM-DD" with random parts. */
export function nearSource(sourceIds: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...sourceIds, 'no-such-source', ''),
    fc
      .tuple(publisher, fc.oneof(fc.constantFrom('Annual report', 'Mines cleared', ''), hostileShort), url, date, fc.integer({ min: 1, max: 5 }))
      .map(([p, h, u, d, keep]) => [p, h, u, d, 'extra'].slice(0, Math.max(keep, 2)).join(' | ')),
  );
}

/** Exact words then "— speaker", the words sometimes from the source, sometimes hostile. */
export function nearQuote(sourceText: string): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.oneof(quoteFrom(sourceText), hostileShort, fc.constantFrom('"', '“”', '""', '"  "', '', 'more than 1,700 km2 remain', 'cleared 20,000 mines')),
      fc.constantFrom('—', '–', '-', '--', '', '— ', '---'),
      fc.oneof(fc.constantFrom('Hun Manet', 'CMAA', ' ', ''), hostilePiece),
    )
    .map(([words, dash, speaker]) => (dash === '' && speaker === '' ? words : `${words}\n${dash} ${speaker}`));
}

const phrasingLine = fc.oneof(fc.constantFrom('Land still to clear', 'how much land is left', 'mines in Battambang', 'x'.repeat(101), 'y'.repeat(201), ''), hostileShort);

/** A topic line, then phrasings, one a line. */
export const nearPhrasings: fc.Arbitrary<string> = fc
  .array(phrasingLine, { maxLength: 5 })
  .chain((lines) => fc.constantFrom('\n', '\r\n', '\n\n').map((sep) => lines.join(sep)));

const statement = fc.oneof(
  fc.constantFrom('Cambodia still has more than 1,700 km² of land to clear.', 'A fact.', '', ' ', 'z'.repeat(1001)),
  hostileShort,
);

const field = (near: fc.Arbitrary<string>): fc.Arbitrary<string | undefined> =>
  fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 2, arbitrary: hostileText }, { weight: 6, arbitrary: near });

/** A moderator form: every field hostile, nearly valid, or missing. */
export function formValues(sourceIds: readonly string[], sourceText: string): fc.Arbitrary<FormValues> {
  return fc
    .record({
      statement: field(statement),
      figure: field(fc.oneof(nearFigure, fc.constant(''))),
      source: field(nearSource(sourceIds)),
      quote: field(nearQuote(sourceText)),
      phrasings: field(nearPhrasings),
    })
    .map((r) => {
      const out: FormValues = {};
      for (const [k, v] of Object.entries(r) as Array<[keyof FormValues, string | undefined]>) if (v !== undefined) out[k] = v;
      return out;
    });
}

/**
 * A form likely to be accepted: a statement, an optional figure whose number is in the quote,
 * and either a new source (quotes unchecked) or the real source with words taken from its text.
 */
export function validishForm(sourceIds: readonly string[], sourceText: string): fc.Arbitrary<FormValues> {
  return fc
    .record({
      n: fc.nat({ max: 100_000 }),
      withFigure: fc.boolean(),
      newSource: fc.boolean(),
      topic: fc.oneof(fc.constantFrom('Mines in Battambang', 'Land cleared by CMAC', 'Cambodia—Japan'), hostileShort),
      alias: fc.oneof(fc.constantFrom('how many mines in battambang', 'cmac land cleared'), hostileShort),
      statement: fc.oneof(fc.constantFrom('CMAC cleared land.', 'A fact with <!channel> and @everyone in it.'), hostileShort),
      quoteWords: quoteFrom(sourceText),
      speaker: fc.oneof(fc.constantFrom('CMAA', 'Hun Manet'), hostilePiece),
      publisher: fc.oneof(fc.constantFrom('CMAA', 'Khmer Times', `${'x'.repeat(59)} y`), hostilePiece),
      headline: fc.oneof(fc.constantFrom('Report', 'Annual report'), hostilePiece),
      // Web addresses the form accepts, some with mention syntax in their path or query.
      url: fc.oneof(
        { weight: 3, arbitrary: fc.constant('https://example.org/r/') },
        { weight: 1, arbitrary: fc.constantFrom(...MENTIONS).map((m) => `https://example.org/${m}/`) },
        { weight: 1, arbitrary: fc.webUrl({ withQueryParameters: true }).map((u) => `${u}/`) },
      ),
      date: isoDate,
    })
    .map((f): FormValues => {
      const figure = f.withFigure ? `about ${f.n} hectares | cleared | ${f.date} | Cambodia` : '';
      const quote = f.newSource ? `cleared ${f.n} hectares of ${f.quoteWords}` : f.quoteWords;
      return {
        statement: f.statement,
        figure: f.newSource ? figure : '',
        source: f.newSource ? `${f.publisher} | ${f.headline} ${f.n} | ${f.url}${f.n} | ${f.date}` : (sourceIds[0] ?? ''),
        quote: `${quote}\n— ${f.speaker}`,
        phrasings: `${f.topic}\n${f.alias}`,
      };
    });
}
