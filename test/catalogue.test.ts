/**
 * Every message has both languages: each Khmer catalogue (core, store, export/import) has exactly
 * the English one's keys, nested records included; no message is empty; each is in Khmer script
 * unless the English is only symbols; every function, called with sample arguments, keeps the
 * arguments the English shows and names the same commands.
 */
import { describe, expect, it } from 'vitest';
import type { DueFact } from '../src/core/age.js';
import { messagesFor } from '../src/core/catalogue.js';
import { hasKhmer } from '../src/core/khmer.js';
import type { Refusal } from '../src/core/matcher.js';
import { messages, type CommandRoot, type Face } from '../src/core/messages.js';
import { messagesKm } from '../src/core/messages-km.js';
import type { About } from '../src/core/schema.js';
import { storeMessagesFor, transferMessagesFor } from '../src/store/catalogue.js';
import { storeMessages } from '../src/store/store-messages.js';
import { storeMessagesKm } from '../src/store/store-messages-km.js';
import { transferMessages } from '../src/store/transfer-messages.js';
import { transferMessagesKm } from '../src/store/transfer-messages-km.js';

type AnyFn = (...args: never[]) => unknown;
/** Sample argument lists for every function of a catalogue, typed by the function's own parameters. */
type Samples<T> = {
  [K in keyof T as T[K] extends AnyFn ? K : never]: T[K] extends (...args: infer A) => unknown ? readonly A[] : never;
};

/** Free text a caller passes: the samples are ARG1, ARG2, ... so that they can be found in the output. */
const SAMPLE = /ARG\d+/gu;
const COMMAND_REF = /[\uE000\uE001][^\uE000-\uE002]*\uE002/gu;

/** The sample strings inside an argument: strings, arrays, objects' values and errors' messages. */
function sampleStrings(x: unknown): string[] {
  if (typeof x === 'string') return x.match(SAMPLE) ?? [];
  if (x instanceof Error) return sampleStrings(x.message);
  if (Array.isArray(x)) return x.flatMap(sampleStrings);
  if (typeof x === 'object' && x !== null) return Object.values(x).flatMap(sampleStrings);
  return [];
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Every problem of the Khmer text `km` against the English `en` of the message `where`. */
function textProblems(where: string, en: unknown, km: unknown, args: readonly unknown[]): string[] {
  if (typeof en !== 'string' || typeof km !== 'string') return [`${where}: not a string (en ${typeof en}, km ${typeof km})`];
  const problems: string[] = [];
  if (km.trim() === '') problems.push(`${where}: empty`);
  // The English's own words, without what the caller passed: only symbols or emoji need no Khmer.
  if (/[A-Za-z]/u.test(en.replace(SAMPLE, '').replace(COMMAND_REF, '')) && !hasKhmer(km)) problems.push(`${where}: no Khmer in ${JSON.stringify(km)}`);
  for (const s of new Set(args.flatMap(sampleStrings))) {
    if (en.includes(s) && !km.includes(s)) problems.push(`${where}: "${s}" is in the English but not in ${JSON.stringify(km)}`);
  }
  const refs = (t: string) => (t.match(COMMAND_REF) ?? []).sort();
  if (JSON.stringify(refs(en)) !== JSON.stringify(refs(km))) {
    problems.push(`${where}: commands ${JSON.stringify(refs(en))} in English, ${JSON.stringify(refs(km))} in Khmer`);
  }
  const marks = (t: string) => (t.match(/[\uE000-\uE002]/gu) ?? []).length;
  if (marks(en) !== marks(km)) problems.push(`${where}: ${marks(en)} command marks in English, ${marks(km)} in Khmer`);
  return problems;
}

/** Every problem of a Khmer catalogue against the English one, nested records included. */
function catalogueProblems(path: string, en: unknown, km: unknown, samples: unknown): string[] {
  if (!isRecord(en) || !isRecord(km)) return [`${path}: not a record`];
  const problems: string[] = [];
  const enKeys = Object.keys(en).sort();
  const kmKeys = Object.keys(km).sort();
  if (JSON.stringify(enKeys) !== JSON.stringify(kmKeys)) {
    problems.push(`${path}: keys differ: only English ${JSON.stringify(enKeys.filter((k) => !kmKeys.includes(k)))}, only Khmer ${JSON.stringify(kmKeys.filter((k) => !enKeys.includes(k)))}`);
  }
  const sampled = isRecord(samples) ? samples : {};
  for (const key of enKeys.filter((k) => kmKeys.includes(k))) {
    const where = path === '' ? key : `${path}.${key}`;
    const e = en[key];
    const k = km[key];
    if (typeof e === 'function') {
      if (typeof k !== 'function') { problems.push(`${where}: a function in English only`); continue; }
      const calls = sampled[key];
      if (!Array.isArray(calls) || calls.length === 0) { problems.push(`${where}: no sample arguments`); continue; }
      for (const args of calls as unknown[][]) {
        const call = (f: unknown) => (f as (...a: unknown[]) => unknown)(...args);
        problems.push(...textProblems(`${where}(${args.map((a) => JSON.stringify(a)).join(', ')})`, call(e), call(k), args));
      }
    } else if (isRecord(e)) {
      problems.push(...catalogueProblems(where, e, k, sampled[key]));
    } else {
      problems.push(...textProblems(where, e, k, []));
    }
  }
  return problems;
}

const REFUSALS: Readonly<Record<Refusal, true>> = {
  'needs-figure': true, measure: true, place: true, hazard: true, organisation: true, person: true, year: true, period: true,
  future: true, 'not-a-total': true, 'not-about-figures': true, 'unknown-name': true, 'not-national': true, ranking: true, forecast: true,
};
const FACES: readonly Face[] = ['console', 'discord', 'slack'];
const ROOTS: readonly CommandRoot[] = ['demining', 'demining-admin'];
const ABOUTS: ReadonlyArray<About | undefined> = [
  undefined,
  { subject: 'ARG11', example: 'ARG12' },
  { subject: 'ARG11', example: 'ARG12', invitation: 'ARG13' },
];
const due = (id: string, topic: string, extra: Partial<DueFact> = {}): DueFact => ({ id, topic, dueSince: '2025-07-11', ...extra });
const DUE: readonly DueFact[] = [
  due('ARG1', 'ARG2', { asOf: '2024-07-11' }),
  due('ARG3', 'ARG4', { asOf: '2024-07-11', reviewBy: '2026-03-01' }),
  due('ARG5', 'ARG6'),
];

const coreSamples: Samples<typeof messages> = {
  refusal: (Object.keys(REFUSALS) as Refusal[]).map((r) => [r] as [Refusal]),
  notAFigure: [['ARG1']],
  faceValueShare: [['ARG1', 'ARG2']],
  notAFigureBody: [['ARG1']],
  tooLong: [[1234, 500], [7, 7]],
  unknownFact: [['ARG1']],
  factCount: [[1], [7]],
  unknownLanguage: [['ARG1', ['en', 'km']]],
  fromTo: [['ARG1', 'ARG2']],
  asOfDate: [['ARG1']],
  unknownTerm: [['ARG1']],
  unknownTermFacts: [['ARG1']],
  termInFact: [['ARG1', 'ARG2']],
  partOnly: [['ARG1']],
  noResults: [['ARG1']],
  searchTitle: [['ARG1', 1], ['ARG1', 7]],
  sourcesTitle: [[1], [7]],
  helpTitle: ABOUTS.map((a) => [a] as [About | undefined]),
  helpIntro: ABOUTS.map((a) => [a] as [About | undefined]),
  appDescription: ABOUTS.map((a) => [a] as [About | undefined]),
  appInvitation: ABOUTS.map((a) => [a] as [About | undefined]),
  usage: [['ARG1'], ...ROOTS.map((r) => ['ARG1', r] as [string, CommandRoot])],
  missingArgument: [['ARG1', 'ARG2'], ...ROOTS.map((r) => ['ARG1', 'ARG2', r] as [string, string, CommandRoot])],
  unknownAdminCommand: [['ARG1']],
  gapsTitle: [[1, 1], [7, 9]],
  gapsMore: [[7]],
  gapsTeach: [['ARG1']],
  moderatorsOnly: FACES.map((f) => [f] as [Face]),
  feedbackNoted: [['ARG1']],
  asOf: [['ARG1'], ['ARG1', 'ARG2']],
  dueSummary: [[[]], [DUE], [DUE.slice(1)], [DUE.slice(2)]],
  dueListTitle: [[0, 12], [1, 1], [7, 12]],
  dueLine: DUE.map((d) => [d] as [DueFact]),
  seriesTitle: [[7]],
  rankingTitle: [[8, 8], [25, 10]],
  datesItHas: [[['ARG1']], [['ARG1', 'ARG2']]],
  aboutTitle: [['ARG1', 1], ['ARG1', 7]],
  spokenTitle: [['ARG1', 1], ['ARG1', 7]],
  aboutMore: [[7]],
  asOfNote: [['ARG1']],
  sourceLabel: [[1], [7]],
  scopeWith: [['ARG1', 'ARG2']],
  scopeSince: [['ARG1']],
  derivedStatement: [['ARG1']],
  sumOfTwo: [['ARG1', 'ARG2']],
  shareOfTwo: [['ARG1', 'ARG2', 'ARG3']],
  changeBetween: [['ARG1', 'ARG2', 'ARG3', 'ARG4', 'ARG5', 'ARG6', 'down'], ['ARG1', 'ARG2', 'ARG3', 'ARG4', 'ARG5', 'ARG6', 'same']],
  faceValueShareOfTwo: [['ARG1', 'ARG2', 'ARG3']],
};

const ioError = (code: string | undefined, message = 'ARG9') => Object.assign(new Error(message), code === undefined ? {} : { code });
const ERRORS: readonly unknown[] = [ioError('ENOSPC'), ioError('EACCES'), ioError('EXDEV'), ioError(undefined), 'ARG9'];

const storeSamples: Samples<typeof storeMessages> = {
  notFound: [['ARG1']],
  derivedNotEditable: [['ARG1']],
  stale: [['ARG1', 'ARG2', '2026-11-28T19:04:05.000Z', 3, 4], ['ARG1', undefined, '2026-11-28T19:04:05.000Z', 3, 4]],
  aliasTaken: [['ARG1']],
  undoMissingRevision: [['ARG1', 7]],
  io: ERRORS.map((e) => ['ARG1', e] as [string, unknown]),
  busy: [['ARG1', 5400, 30000]],
  changelogLost: [['ARG1', true, 7], ['ARG1', false, 7]],
  diskChangedInvalid: [['ARG1']],
  unreadable: ERRORS.map((e) => ['ARG1', e] as [string, unknown]),
  rollForwardFailed: ERRORS.map((e) => ['ARG1', e] as [string, unknown]),
  startupProblems: [['ARG1', ['ARG2']], ['ARG1', ['ARG2', 'ARG3']]],
};

const vocabularySamples: Samples<typeof storeMessages.vocabulary> = {
  notFound: [['ARG1']],
  entityNotFound: [['ARG1', undefined], ['ARG1', 'ARG2']],
  idTaken: [['ARG1']],
  taken: [['ARG1', 'ARG2']],
  nameOfEntity: [['ARG1']],
  idOfEntity: [['ARG1']],
  wordOfGroup: [['ARG1']],
  idOfGroup: [['ARG1']],
  glossaryTerm: [['ARG1']],
  kind: [['ARG1', ['ARG2', 'ARG3']], ['ARG1', ['ARG2', 'ARG3', 'ARG4']]],
  tooMany: [[70, 50]],
  noLetters: [['ARG1']],
  fallsWithin: [[['ARG1']], [['ARG1', 'ARG2']]],
  changedSince: [['ARG1']],
};

const transferSamples: Samples<typeof transferMessages> = {
  formatUnknown: [['ARG1']],
  formatNotGuessed: [['ARG1']],
  notAFile: [['ARG1']],
  cannotRead: [['ARG1', 'ARG2']],
  tooBig: [['ARG1', 20 * 1024 * 1024]],
  tooManyRows: [[10000]],
  csvUnreadable: [[undefined, 'ARG1'], [7, 'ARG1']],
  columnUnknown: [[['ARG1'], ['ARG2', 'ARG3']], [['ARG1', 'ARG4'], ['ARG2', 'ARG3']]],
  columnMissing: [[['ARG1']], [['ARG1', 'ARG2']]],
  columnTwice: [['ARG1']],
  jsonUnreadable: [['ARG1']],
  idTwice: [['ARG1', 'ARG2']],
  staleRow: [[3, 4]],
  listSeparator: [['ARG1', 'ARG2']],
  rowPlace: [['row', 7, 'ARG1'], ['fact', 7, undefined], ['row', 7, '']],
  refused: [[1, 'row'], [7, 'fact']],
  noChanges: [[1], [7]],
  summary: [[1, 0, 7], [1200, 3, 1]],
  absent: [[['ARG1']], [Array.from({ length: 25 }, (_, i) => `ARG${i + 1}`)]],
  confirm: [[1], [7]],
  reasonDefault: [['ARG1']],
  applied: [[1, 7, 7], [3, 7, 9]],
  stopped: [[0, 3, 'ARG1'], [1, 3, 'ARG1'], [2, 3, 'ARG1']],
  exported: [[1, 'ARG1'], [7, 'ARG1']],
};

describe('the catalogues: every message in English and Khmer', () => {
  it('GIVEN the core catalogue THEN the Khmer one has every message, in Khmer, with the same arguments and commands', () => {
    expect(catalogueProblems('', messages, messagesKm, coreSamples)).toEqual([]);
  });

  it('GIVEN the store catalogue THEN the Khmer one has every message, the vocabulary\'s too', () => {
    expect(catalogueProblems('', storeMessages, storeMessagesKm, { ...storeSamples, vocabulary: vocabularySamples })).toEqual([]);
  });

  it('GIVEN the export and import catalogue THEN the Khmer one has every message', () => {
    expect(catalogueProblems('', transferMessages, transferMessagesKm, transferSamples)).toEqual([]);
  });

  it('GIVEN a language THEN each ...For gives its catalogue', () => {
    expect(messagesFor('en')).toBe(messages);
    expect(messagesFor('km')).toBe(messagesKm);
    expect(storeMessagesFor('en')).toBe(storeMessages);
    expect(storeMessagesFor('km')).toBe(storeMessagesKm);
    expect(transferMessagesFor('en')).toBe(transferMessages);
    expect(transferMessagesFor('km')).toBe(transferMessagesKm);
  });

  it('GIVEN the checker THEN it catches a missing key, an English leftover, a lost argument and a lost command', () => {
    const en = { a: 'Hello', b: (x: string) => `See ${x} and \uE000help\uE002`, r: { one: 'one' } };
    const km = { a: 'Hello', b: (_x: string) => 'មើល', r: {} };
    expect(catalogueProblems('', en, km, { b: [['ARG1']] })).toEqual([
      'a: no Khmer in "Hello"',
      'b("ARG1"): "ARG1" is in the English but not in "មើល"',
      'b("ARG1"): commands ["\uE000help\uE002"] in English, [] in Khmer',
      'b("ARG1"): 2 command marks in English, 0 in Khmer',
      'r: keys differ: only English ["one"], only Khmer []',
    ]);
  });
});
