/**
 * The Khmer catalogue of export and import: every message of transfer-messages.ts, key by key, in
 * Khmer. The wording awaits a native speaker's review. Options, commands, formats and column values
 * (--format csv, npm run facts -- import, yes/no) stay as typed.
 */
import type { Catalogue } from '../core/i18n.js';
import type { transferMessages } from './transfer-messages.js';

/** "ព័ត៌មាន 1,700": Khmer counts without a plural; the number is written as in English. */
const count = (n: number, noun: string) => `${noun} ${n.toLocaleString('en')}`;
const FACT = 'ព័ត៌មាន';
const CHANGE = 'ការផ្លាស់ប្តូរ';
const NOUNS: Readonly<Record<'row' | 'fact', string>> = { row: 'ជួរ', fact: FACT };

export const transferMessagesKm: Catalogue<typeof transferMessages> = {
  formatUnknown: (format: string) => `--format ត្រូវតែជា csv ឬ json មិនមែន "${format}" ទេ។`,
  formatNotGuessed: (file: string) => `មិនអាចដឹងទម្រង់របស់ ${file} ពីឈ្មោះរបស់វាបានទេ៖ សូមបន្ថែម --format csv ឬ --format json។`,
  fileMissing: 'សូមដាក់ឈ្មោះឯកសារដែលត្រូវនាំចូល៖ npm run facts -- import FILE [--format csv|json] [--yes] [--reason "..."]',
  notAFile: (file: string) => `${file} មិនមែនជាឯកសារធម្មតាទេ។`,
  cannotRead: (file: string, code: string) => `មិនអាចអាន ${file} បានទេ (${code})។`,
  tooBig: (file: string, maxBytes: number) =>
    `${file} ធំជាង ${Math.round(maxBytes / 1024 / 1024)} MB ដែលជាទំហំធំបំផុតដែលការនាំចូលអាចអានបាន៖ សូមបំបែកវា ឬរក្សាទុកតែជួរដែលផ្លាស់ប្តូរ។`,
  tooManyRows: (max: number) => `មានព័ត៌មានច្រើនជាង ${max.toLocaleString('en')} ដែលជាចំនួនច្រើនបំផុតដែលការនាំចូលអាចទទួលបាន៖ សូមបំបែកវា ឬរក្សាទុកតែជួរដែលផ្លាស់ប្តូរ។`,
  notUtf8: 'មិនមែនជាអត្ថបទ UTF-8 ទេ៖ សូមរក្សាទុកវាជា "CSV UTF-8" (Excel) ឬជាមួយការអ៊ិនកូដ UTF-8។',
  csvUnreadable: (line: number | undefined, detail: string) => `មិនអាចអានជា CSV បានទេ${line === undefined ? '' : ` នៅបន្ទាត់ទី ${line}`}៖ ${detail}`,
  csvEmpty: 'ទទេ៖ វាត្រូវការជួរក្បាល និងជួរមួយសម្រាប់ព័ត៌មាននីមួយៗ។',
  columnUnknown: (names: readonly string[], known: readonly string[]) =>
    `មានជួរឈរដែលការនាំចូលមិនស្គាល់៖ ${names.map((n) => `"${n}"`).join(', ')} (ជួរឈរដែលស្គាល់៖ ${known.join(', ')})។`,
  columnMissing: (names: readonly string[]) =>
    `ខ្វះជួរឈរ ${names.map((n) => `"${n}"`).join(', ')}៖ សូមរក្សាគ្រប់ជួរឈរនៃការនាំចេញ ហើយទុកទទេនៅកន្លែងដែលមិនប្រើ។`,
  columnTwice: (name: string) => `មានជួរឈរ "${name}" ពីរដង។`,
  jsonUnreadable: (detail: string) => `មិនមែនជា JSON ត្រឹមត្រូវទេ៖ ${detail}`,
  jsonShape: 'ត្រូវតែមានអារេនៃព័ត៌មាន ឬវត្ថុដែលមានអារេ "facts" (ឯកសារ facts.json)។',
  notANumber: 'ត្រូវតែជាលេខ ឧ. 1700 ឬ 1,700',
  notAWholeNumber: 'ត្រូវតែជាចំនួនគត់ ឬទុកទទេ',
  notYesNo: 'ត្រូវតែជា yes, no ឬទុកទទេ',
  notADate: 'មិនមែនជាកាលបរិច្ឆេទពិតប្រាកដទេ',
  idTwice: (id: string, first: string) => `"${id}" ក៏មាននៅលើ ${first} ដែរ៖ ព័ត៌មាននីមួយៗតែម្តងប៉ុណ្ណោះ`,
  staleRow: (fileRevision: number, now: number) =>
    `ព័ត៌មាននេះត្រូវបានផ្លាស់ប្តូរក្រោយការនាំចេញ (ឯកសារមានកំណែ ${fileRevision} មូលដ្ឋានទិន្នន័យមានកំណែ ${now})៖ សូមនាំចេញម្តងទៀត ហើយធ្វើការកែសម្រួលជួរនេះឡើងវិញ`,
  addedRetired: 'មិនអាចបន្ថែមព័ត៌មានថ្មីក្នុងស្ថានភាពឈប់ប្រើបានទេ៖ សូមបន្ថែមវា រួចឈប់ប្រើវា',
  listSeparator: (id: string, field: string) =>
    `មិនអាចនាំចេញបានទេ៖ ${field} មួយរបស់ "${id}" មាន " | " ដែល CSV ប្រើរវាងធាតុក្នុងបញ្ជី។ សូមប្រើ --format json ឬផ្លាស់ប្តូរឃ្លានោះជាមុនសិន។`,
  rowPlace: (kind: 'row' | 'fact', n: number, id: string | undefined) => `${NOUNS[kind]}ទី ${n}${id === undefined || id === '' ? '' : ` (${id})`}`,
  fileRefused: 'គ្មានអ្វីត្រូវបាននាំចូលទេ៖',
  refused: (n: number, noun: 'row' | 'fact') =>
    `គ្មានអ្វីត្រូវបាននាំចូលទេ៖ ${count(n, NOUNS[noun])} មានបញ្ហា (ឯកសារទាំងមូលត្រូវបានអនុវត្ត ឬមិនអនុវត្តអ្វីទាំងអស់)។ សូមជួសជុល ហើយនាំចូលម្តងទៀត៖`,
  noChanges: (unchanged: number) => `គ្មានការផ្លាស់ប្តូរទេ៖ ${count(unchanged, FACT)} ក្នុងឯកសារ ដូចគ្នានឹងមូលដ្ឋានទិន្នន័យ។`,
  summary: (added: number, changed: number, unchanged: number) =>
    `${count(added, 'ព័ត៌មានថ្មី')}, ${count(changed, 'ព័ត៌មានដែលបានផ្លាស់ប្តូរ')}, ${count(unchanged, 'ព័ត៌មានដែលមិនផ្លាស់ប្តូរ')}។`,
  absent: (ids: readonly string[]) =>
    `${count(ids.length, FACT)} ដែលមានស្រាប់ មិនមាននៅក្នុងឯកសារទេ ហើយត្រូវបានទុកនៅដដែល ` +
    `(ដើម្បីឈប់ប្រើព័ត៌មានមួយ សូមរក្សាជួររបស់វា ហើយកំណត់ retired ជា yes)៖ ${ids.slice(0, 20).join(', ')}${ids.length > 20 ? ', ...' : ''}`,
  confirm: (n: number) => `អនុវត្ត ${count(n, CHANGE)} ម្តងមួយព័ត៌មាន ហើយកត់ត្រានីមួយៗក្នុងកំណត់ត្រាការផ្លាស់ប្តូរឬ? [y/N] `,
  declined: 'គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។',
  reasonDefault: (file: string) => `ការនាំចូល ${file}`,
  applied: (n: number, first: number, last: number) =>
    `បាននាំចូល ${count(n, CHANGE)}៖ កំណត់ត្រាការផ្លាស់ប្តូរ #${first}${n > 1 ? `–#${last}` : ''}។ ការផ្លាស់ប្តូរនីមួយៗអាចត្រឡប់វិញដោយឡែកដោយ៖ npm run facts -- undo --reason "..."`,
  stopped: (applied: number, total: number, message: string) =>
    `ការនាំចូលបានឈប់ក្រោយការផ្លាស់ប្តូរ ${applied} ក្នុងចំណោម ${total}៖ ${message}` +
    (applied > 0 ? ` ${count(applied, CHANGE)} ដែលបានធ្វើមុននោះ មាននៅក្នុងកំណត់ត្រាការផ្លាស់ប្តូរ។ សូមនាំចូលឯកសារម្តងទៀត ដើម្បីធ្វើការផ្លាស់ប្តូរផ្សេងទៀតដែលមិនទាន់ធ្វើ។` : ''),
  exported: (n: number, file: string) => `បាននាំចេញ ${count(n, FACT)} ទៅ ${file}។`,
};
