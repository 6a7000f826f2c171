/**
 * The Khmer catalogue of the store: every message of store-messages.ts, key by key, in Khmer, for
 * moderators (the log stays in English). The wording awaits a native speaker's review. File names,
 * ids, codes and field names (facts.json, reviewBy) stay as they are, since moderators type them.
 */
import type { Catalogue } from '../core/i18n.js';
import { shortTime, type storeMessages } from './store-messages.js';

/** The shape of the store's catalogue: Catalogue checks one level, so the vocabulary's messages are checked on their own. */
export type StoreCatalogue = Omit<Catalogue<typeof storeMessages>, 'vocabulary'> & {
  readonly vocabulary: Catalogue<typeof storeMessages.vocabulary>;
};

const IO_CAUSES: Readonly<Record<string, string>> = {
  ENOSPC: 'ថាសពេញហើយ',
  EDQUOT: 'កូតាថាសត្រូវបានប្រើអស់ហើយ',
  EACCES: 'គ្មានសិទ្ធិចូលប្រើ',
  EPERM: 'គ្មានសិទ្ធិចូលប្រើ',
  EROFS: 'ប្រព័ន្ធឯកសារអាចអានបានតែប៉ុណ្ណោះ',
  ENOENT: 'បាត់ថតឯកសារ',
  EIO: 'ថាសបានរាយការណ៍ពីកំហុស',
};

const codeOrMessage = (e: unknown): string =>
  (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));

export const storeMessagesKm: StoreCatalogue = {
  reasonMissing: 'សូមផ្តល់មូលហេតុនៃការផ្លាស់ប្តូរ (វានឹងត្រូវរក្សាទុកក្នុងកំណត់ត្រាការផ្លាស់ប្តូរ)។',
  notFound: (id: string) => `មិនមានព័ត៌មាន "${id}" ទេ។`,
  derivedNotEditable: (id: string) => `"${id}" ជាតួលេខដែលបានគណនាចេញពីព័ត៌មានផ្សេងទៀត។ សូមផ្លាស់ប្តូរព័ត៌មានទាំងនោះជំនួសវិញ។`,
  stale: (id: string, by: string | undefined, at: string, base: number, now: number) =>
    `${id} ត្រូវបានផ្លាស់ប្តូរ${by === undefined ? '' : ` ដោយ ${by}`} នៅ ${shortTime(at)} ក្រោយពេលទម្រង់នេះត្រូវបានបើក ` +
    `(ទម្រង់នេះសម្រាប់កំណែ ${base} ប៉ុន្តែព័ត៌មាននេះឥឡូវនៅកំណែ ${now})។ សូមបើកវាម្តងទៀតដើម្បីមើលការផ្លាស់ប្តូរ។`,
  alreadyRetired: 'ត្រូវបានឈប់ប្រើរួចហើយ',
  notRetired: 'មិនទាន់ត្រូវបានឈប់ប្រើទេ',
  aliasEmpty: 'មិនត្រូវទុកទទេទេ',
  aliasTaken: (id: string) => `ជាឃ្លាសួរមួយរបស់ ${id} រួចហើយ`,
  idTaken: 'ត្រូវបានប្រើរួចហើយដោយព័ត៌មាន ឬតួលេខដែលបានគណនា',
  sourceTaken: 'ត្រូវបានប្រើរួចហើយដោយប្រភពដែលមានស្រាប់។ សូមជ្រើសរើសប្រភពនោះជំនួសវិញ',
  nothingToUndo: 'គ្មានការផ្លាស់ប្តូរដែលអាចត្រឡប់វិញបានទៀតទេ។',
  undoMissingRevision: (id: string, revision: number) =>
    `មិនអាចត្រឡប់វិញបានទេ៖ កំណែ ${revision} នៃ ${id} មិនមាននៅក្នុងប្រវត្តិរបស់វាទេ (តើ facts.json ត្រូវបានកែដោយដៃឬ?)។`,
  io: (file: string, e: unknown) => {
    const code = (e as NodeJS.ErrnoException).code;
    const cause = (code === undefined ? undefined : IO_CAUSES[code]) ?? (e instanceof Error ? e.message : String(e));
    return `មិនអាចរក្សាទុកការផ្លាស់ប្តូរទៅ ${file} បានទេ៖ ${cause}${code === undefined ? '' : ` (${code})`}។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ មូលដ្ឋានទិន្នន័យនៅដដែល។`;
  },
  busy: (lock: string, waitedMs: number, staleMs: number) =>
    `អ្នកសរសេរម្នាក់ទៀត (បូត ឬទែមីណាល់) បានកាន់មូលដ្ឋានទិន្នន័យអស់រយៈពេល ${Math.round(waitedMs / 1000)} វិនាទីចុងក្រោយ ដូច្នេះគ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។ ` +
    `សូមព្យាយាមម្តងទៀតបន្តិចទៀត។ សោដែលដំណើរការដែលត្រូវបានបញ្ឈប់បានបន្សល់ទុក នឹងត្រូវបានកាន់កាប់វិញនៅពេលវាមានអាយុ ${Math.round(staleMs / 1000)} វិនាទី (${lock})។`,
  lockLost: 'ដំណើរការនេះបានបាត់បង់សោមូលដ្ឋានទិន្នន័យមុនពេលវាអាចរក្សាទុកបាន (វាយឺតពេកក្នុងការធ្វើឱ្យសោថ្មី ហើយអ្នកសរសេរម្នាក់ទៀតបានកាន់កាប់) ដូច្នេះគ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។ សូមព្យាយាមម្តងទៀត។',
  changelogLost: (file: string, emptied: boolean, lastSeq: number) =>
    `${file} ត្រូវបាន${emptied ? 'លុប ឬធ្វើឱ្យទទេ' : 'កាត់ ឬជំនួស'} ខណៈពេលបូតកំពុងដំណើរការ (វាមានការផ្លាស់ប្តូររហូតដល់ #${lastSeq})។ ` +
    `ការផ្លាស់ប្តូរថ្មីបន្តពី #${lastSeq + 1}។ សូមដាក់ឯកសារនោះត្រឡប់មកវិញពី git ឬពីការបម្រុងទុក ដើម្បីរក្សាកំណត់ត្រាឱ្យពេញលេញ។`,
  diskChangedInvalid: (error: string) =>
    `ឯកសារចំណេះដឹងត្រូវបានផ្លាស់ប្តូរនៅលើថាស ហើយមានបញ្ហា ដូច្នេះគ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។ សូមជួសជុលវាជាមុនសិន (ឬត្រឡប់ការកែដោយដៃវិញ)៖ ${error}`,
  unreadable: (file: string, e: unknown) => `មិនអាចអាន ${file} បានទេ៖ ${codeOrMessage(e)}។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។`,
  rollForwardFailed: (dir: string, e: unknown) =>
    `កំណត់ត្រាការផ្លាស់ប្តូរក្នុង ${dir} មានការផ្លាស់ប្តូរមួយដែលការសរសេរដែលត្រូវបានរំខានមិនបានបញ្ចប់ ហើយឥឡូវនេះមិនអាចសរសេរវាបានទេ៖ ` +
    `${codeOrMessage(e)}។ គ្មានអ្វីត្រូវបានចាប់ផ្តើមទេ។`,
  vocabulary: {
    notFound: (id: string) => `មិនមានធាតុ ឬក្រុមសទិសន័យ "${id}" នៅក្នុងវាក្យសព្ទទេ។`,
    entityNotFound: (id: string, like: string | undefined) =>
      `មិនមានធាតុ "${id}" នៅក្នុងវាក្យសព្ទទេ${like === undefined ? '' : ` ("${like}" មានឈ្មោះនោះ)`}។`,
    idTaken: (owner: string) => `ត្រូវបានប្រើរួចហើយដោយ ${owner}`,
    taken: (name: string, owner: string) => `"${name}" គឺជា${owner}រួចហើយ`,
    nameOfEntity: (id: string) => `ឈ្មោះមួយរបស់ធាតុ "${id}"`,
    idOfEntity: (id: string) => `id របស់ធាតុ "${id}"`,
    wordOfGroup: (id: string) => `ពាក្យមួយរបស់ក្រុមសទិសន័យ "${id}"`,
    idOfGroup: (id: string) => `id របស់ក្រុមសទិសន័យ "${id}"`,
    glossaryTerm: (term: string) => `ឈ្មោះមួយរបស់ពាក្យ "${term}" ក្នុងសទ្ទានុក្រម (សូមកំណត់និយមន័យវានៅកន្លែងតែមួយប៉ុណ្ណោះ)`,
    kind: (kind: string, kinds: readonly string[]) => `ត្រូវតែជា ${kinds.slice(0, -1).join(', ')} ឬ ${kinds.at(-1) ?? ''} មិនមែន "${kind}" ទេ`,
    empty: 'ត្រូវការយ៉ាងហោចណាស់មួយ (សូមបំបែកវាដោយសញ្ញាក្បៀស)',
    tooMany: (count: number, max: number) => `${count} ក្នុងពេលតែមួយគឺច្រើនពេក៖ យ៉ាងច្រើន ${max} ក្នុងការផ្លាស់ប្តូរមួយ`,
    noLetters: (name: string) => `"${name}" គ្មានអក្សរ ឬលេខទេ`,
    withinSelf: 'ត្រូវតែដាក់ឈ្មោះធាតុដែលធំជាង មិនមែនធាតុខ្លួនឯងទេ',
    fallsWithin: (items: readonly string[]) => `មិនអាចដកចេញបានទេ៖ ${items.join(', ')} ស្ថិតនៅក្នុងវា (សូមផ្លាស់ទី ឬដកវាចេញជាមុនសិន)`,
    changedSince: (id: string) =>
      `មិនអាចត្រឡប់វិញបានទេ៖ ${id} បានផ្លាស់ប្តូរក្នុង vocabulary.json ក្រោយការផ្លាស់ប្តូរនោះ (ការកែដោយដៃឬ?)។ គ្មានអ្វីត្រូវបានត្រឡប់វិញទេ។ សូមកែវា ឬត្រឡប់ការផ្លាស់ប្តូរក្រោយនោះវិញ។`,
  },
  startupProblems: (dir: string, problems: readonly string[]) =>
    `មូលដ្ឋានទិន្នន័យក្នុង ${dir} មានបញ្ហា ${problems.length}។ គ្មានអ្វីត្រូវបានចាប់ផ្តើមទេ៖\n` +
    problems.map((p) => `  - ${p}`).join('\n'),
};
