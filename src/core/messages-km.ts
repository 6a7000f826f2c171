/**
 * The Khmer catalogue of the core: every message of messages.ts, key by key, in Khmer. The wording
 * awaits a native speaker's review. Commands stay as typed (`commandRef` with the English command
 * line), numbers are written as the caller passes them, and dates as the fact base formats them.
 * The terms used throughout: fact base មូលដ្ឋានទិន្នន័យ, fact ព័ត៌មាន, figure តួលេខ, source ប្រភព,
 * glossary សទ្ទានុក្រម, moderator អ្នកសម្របសម្រួល, command ពាក្យបញ្ជា.
 */
import { localDigits } from './figure-words.js';
import type { DueFact } from './age.js';
import type { Catalogue } from './i18n.js';
import type { Refusal } from './matcher.js';
import { commandRef, type messages } from './messages.js';
import type { About } from './schema.js';
import { formatDate } from './text.js';

/** "គិតត្រឹម 11 July 2024, ដល់ពេលតាំងពី 11 July 2025", or "..., ត្រូវត្រួតពិនិត្យមុន 1 March 2026" when the fact sets a date. */
const dueDates = (d: DueFact): string =>
  `${d.asOf === undefined ? 'គ្មានតួលេខ' : `គិតត្រឹម ${formatDate(d.asOf)}`}, ${d.reviewBy === undefined ? `ដល់ពេលតាំងពី ${formatDate(d.dueSince)}` : `ត្រូវត្រួតពិនិត្យមុន ${formatDate(d.reviewBy)}`}`;

/** "អំពី <subject>", or where the figures come from when the fact base does not say what it is about. */
const subjectOf = (about: About | undefined): string => (about === undefined ? 'ពីមូលដ្ឋានទិន្នន័យរបស់វា' : `អំពី ${about.subject}`);

const REFUSALS: Readonly<Record<Refusal, string>> = {
  'needs-figure': 'មូលដ្ឋានទិន្នន័យគ្មានតួលេខដែលឆ្លើយសំណួរនោះទេ។',
  measure: 'មូលដ្ឋានទិន្នន័យគ្មានតួលេខប្រភេទនោះទេ។',
  place: 'មូលដ្ឋានទិន្នន័យគ្មានតួលេខសម្រាប់ទីកន្លែងនោះទេ។',
  hazard: 'មូលដ្ឋានទិន្នន័យគ្មានតួលេខសម្រាប់វត្ថុប្រភេទនោះទេ។',
  organisation: 'មូលដ្ឋានទិន្នន័យគ្មានតួលេខសម្រាប់អង្គការនោះទេ។',
  year: 'មូលដ្ឋានទិន្នន័យគ្មានតួលេខសម្រាប់ឆ្នាំ ឬរយៈពេលនោះទេ។',
  period: 'មូលដ្ឋានទិន្នន័យគ្មានតួលេខសម្រាប់រយៈពេលនោះទេ។',
  person: 'មូលដ្ឋានទិន្នន័យគ្មានអ្វីដែលបុគ្គលនោះបាននិយាយអំពីរឿងនោះទេ។',
  'not-national': 'មូលដ្ឋានទិន្នន័យគ្មានតួលេខសម្រាប់ទីកន្លែងនោះទាំងមូលទេ៖ តួលេខដែលជិតបំផុតគឺការងាររបស់អង្គការតែមួយ។',
  'unknown-name': 'មូលដ្ឋានទិន្នន័យគ្មានអ្វីអំពីរឿងនោះទេ៖ ខ្ញុំមិនស្គាល់ឈ្មោះនោះទេ។',
  future: 'មូលដ្ឋានទិន្នន័យគ្មានកាលបរិច្ឆេទគោលដៅ ឬការព្យាករណ៍ទេ។',
  'not-a-total': 'មូលដ្ឋានទិន្នន័យគ្មានតួលេខដែលឆ្លើយសំណួរនោះទេ។',
  'not-about-figures': 'ខ្ញុំមិនដឹងទេ៖ មូលដ្ឋានទិន្នន័យគ្មានអ្វីដែលឆ្លើយសំណួរនោះទេ។',
  ranking: 'មូលដ្ឋានទិន្នន័យមិនអាចតម្រៀបរឿងនេះឱ្យប្រាកដបានទេ។ វាតម្រៀបតួលេខនៃរង្វាស់តែមួយ នៅកាលបរិច្ឆេទតែមួយ សម្រាប់ទីកន្លែងច្រើនក្នុងកម្រិតតែមួយ ឬអង្គការច្រើន ហើយប្រាប់តួលេខធំបំផុតតែនៅពេលដែលគ្មានមួយណាដែលគ្មានតួលេខអាចមានច្រើនជាងនោះ។ វាមិនប្រាប់តួលេខតូចបំផុតទេ៖ មួយដែលគ្មានតួលេខអាចមានតិចជាងនោះ។',
  forecast: 'មូលដ្ឋានទិន្នន័យមានតួលេខ និងគោលដៅ មិនមែនការព្យាករណ៍ទេ៖ វាមិនអាចប្រាប់ថាតើរឿងណាមួយនឹងកើតឡើងឬអត់ទេ។',
};

export const messagesKm: Catalogue<typeof messages> = {
  dontKnow: 'ខ្ញុំមិនដឹងទេ៖ មូលដ្ឋានទិន្នន័យគ្មានអ្វីដែលឆ្លើយសំណួរនោះទេ។',
  dontKnowBody:
    'ខ្ញុំផ្តល់តែតួលេខដែលប្រភពបោះពុម្ពផ្សាយបានចែង ព្រមទាំងពាក្យពិតប្រាកដរបស់ប្រភពនោះ។ ' +
    `សូមសាកល្បង ${commandRef('search <words>')} ឬ ${commandRef('help')} ឬជ្រើសរើសព័ត៌មានណាមួយខាងក្រោម។`,
  ambiguous: 'តើអ្នកចង់សំដៅលើមួយណា?',
  ambiguousBody: 'សំណួររបស់អ្នកត្រូវនឹងព័ត៌មានច្រើនជាងមួយ ក្នុងកម្រិតប្រហាក់ប្រហែលគ្នា។',
  refusal: (why: Refusal) => REFUSALS[why],
  notAFigure: (label: string) => `${label} មិនអាចផ្តល់ជាតួលេខបានទេ។`,
  faceValueShare: (percent: string, label: string) =>
    `ប្រហែល ${percent}% ${label} ប្រសិនបើយកតួលេខទាំងពីរតាមដែលបានចែង ប៉ុន្តែតួលេខទាំងពីរសុទ្ធតែជាចំនួនអប្បបរមា`,
  notAFigureBody: (parts: string) =>
    `ផ្នែករបស់វាជាចំនួនអប្បបរមា (${parts}) ហើយផលធៀបនៃចំនួនអប្បបរមា មិនមានព្រំដែនខាងលើ ឬខាងក្រោមទេ៖ ` +
    'សមាមាត្រពិតអាចខ្ពស់ជាង ឬទាបជាងផលចែករបស់វាឆ្ងាយ។ ខាងក្រោមនេះជាតួលេខដែលបានចែងជំនួសវិញ។',
  emptyQuestion: `សូមសួរខ្ញុំជាពាក្យធម្មតា ឬវាយ ${commandRef('help')} ដើម្បីមើលអ្វីដែលខ្ញុំអាចធ្វើបាន។`,
  tooLong: (length: number, max: number) =>
    `សំណួរនោះមានប្រវែង ${length.toLocaleString('en-US')} តួអក្សរ។ សូមសរសេរឱ្យខ្លីជាង ${max} តួអក្សរ។`,
  unknownFact: (topic: string) => `ខ្ញុំគ្មានព័ត៌មានអំពី "${topic}" ទេ។`,
  langOption: 'ភាសានៃចម្លើយ (លំនាំដើម៖ ភាសាដែលអ្នកសរសេរ)',
  unknownLanguage: (typed: string, known: readonly string[]) => `ខ្ញុំមិនចេះភាសា "${typed}" ទេ៖ សូមជ្រើសរើសមួយក្នុងចំណោម ${known.map((l) => `lang:${l}`).join(', ')}។`,
  unknownTerm: (term: string) => `"${term}" មិនមាននៅក្នុងសទ្ទានុក្រមទេ។`,
  unknownTermBody: 'សទ្ទានុក្រមមានពាក្យ និងអក្សរកាត់ដែលប្រើក្នុងមូលដ្ឋានទិន្នន័យ។',
  termInFact: (term: string, expansion: string) => `សេចក្តីថ្លែងនៃព័ត៌មានខាងក្រោមសរសេរឈ្មោះពេញរបស់ ${term} ថា "${expansion}"។`,
  unknownTermFacts: (name: string) => `មូលដ្ឋានទិន្នន័យមានតួលេខ និងសេចក្តីថ្លែងអំពី ${name}៖`,
  partOnly: (part: string) => `មូលដ្ឋានទិន្នន័យគ្មានតួលេខសម្រាប់ផ្នែកផ្សេងទៀតនៃសំណួរ៖ "${part}"។`,
  noResults: (words: string) => `គ្មានអ្វីក្នុងមូលដ្ឋានទិន្នន័យដែលត្រូវនឹង "${words}" ទេ។`,
  searchTitle: (words: string, n: number) => `ព័ត៌មាន ${n} ដែលត្រូវនឹង "${words}"`,
  factCount: (n: number) => `ព័ត៌មាន ${localDigits(String(n), 'km')}`,
  sourcesTitle: (n: number) => `ប្រភព ${n} ដែលមានក្នុងបញ្ជី`,
  helpTitle: (about: About | undefined) => `demining-bot៖ តួលេខដែលមានប្រភព ${subjectOf(about)}`,
  helpIntro: (about: About | undefined) =>
    `សូមសួរជាពាក្យធម្មតា${about === undefined ? '' : ` ("${about.example}")`} ឬប្រើពាក្យបញ្ជា។ តួលេខនីមួយៗមកជាមួយ` +
    'ឈ្មោះអ្នកដែលបាននិយាយ កន្លែងដែលបានបោះពុម្ពផ្សាយ និងពាក្យពិតប្រាកដ។',
  appDescription: (about: About | undefined) => `តួលេខដែលមានប្រភព ${subjectOf(about)}`,
  appInvitation: (about: About | undefined) =>
    about?.invitation ?? (about === undefined ? 'សូមសួរសំណួរជាពាក្យធម្មតា' : `សូមសួរអំពី ${about.subject} ជាពាក្យធម្មតា`),
  helpExamples: 'ឧទាហរណ៍',
  helpConsoleHint: 'វាយសំណួរណាមួយ ឬវាយ `exit` ដើម្បីចាកចេញ។',
  helpChatHint: 'អ្នកក៏អាចលើកឈ្មោះបូតជាមួយសំណួរ ឬផ្ញើសារផ្ទាល់ទៅវាបានដែរ។',
  usage: (usage: string, root = 'demining') => `របៀបប្រើ៖ ${commandRef(usage, root)}`,
  missingArgument: (name: string, command: string, root = 'demining') => `${commandRef(command, root)} ត្រូវការ ${name}។`,
  adminHelpTitle: 'ពាក្យបញ្ជាសម្រាប់អ្នកសម្របសម្រួល',
  unknownAdminCommand: (name: string) => `មិនមានពាក្យបញ្ជាអ្នកសម្របសម្រួល "${name}" ទេ`,
  adminNamedOptions: 'ជម្រើសបន្ទាប់ពីជម្រើសទីមួយ អាចដាក់ឈ្មោះបាន ឧ. reason: ... ឬ phrase: ...',
  adminRecorded: 'រាល់ការផ្លាស់ប្តូរ កត់ត្រាថាអ្នកណា ពេលណា និងហេតុអ្វី។',
  noGaps: 'មិនមានសំណួរដែលមិនទាន់បានឆ្លើយ ត្រូវបានកត់ត្រាទេ។',
  gapsTitle: (questions: number, asked: number) => `សំណួរមិនទាន់បានឆ្លើយចំនួន ${questions} (បានសួរ ${asked} ដង) សំណួរដែលសួរញឹកញាប់ជាងគេនៅមុន`,
  reviewAddCommand: 'ទែមីណាល់គ្មានទម្រង់ទេ៖ សូមបំពេញពាក្យបញ្ជានេះ (វាលដែលនៅជា <...> ចាំបាច់ត្រូវបំពេញ) ហើយដំណើរការវា៖',
  gapsMore: (more: number) => `... និង ${more} ទៀត។`,
  gapsTeach: (alias: string) => `បង្រៀនបូតឱ្យស្គាល់សំណួរមួយ ដោយ៖ ${alias}`,
  apology: 'សុំទោស មានបញ្ហាកើតឡើងពេលកំពុងឆ្លើយ។ បញ្ហានេះត្រូវបានកត់ត្រាទុកហើយ សូមព្យាយាមម្តងទៀត។',
  adminApology: 'សុំទោស មានបញ្ហាកើតឡើង ហើយគ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។ បញ្ហានេះត្រូវបានកត់ត្រាទុកហើយ។',
  slowDown: 'អ្នកកំពុងផ្ញើសំណួរលឿនជាងដែលខ្ញុំអាចឆ្លើយបានល្អ។ សូមរង់ចាំពីរបីវិនាទី ហើយព្យាយាមម្តងទៀត។',
  moderatorsOnly: (face) => (face === 'slack'
    ? 'មានតែអ្នកសម្របសម្រួលទេដែលអាចផ្លាស់ប្តូរមូលដ្ឋានទិន្នន័យបាន។ សូមស្នើអ្នកគ្រប់គ្រង workspace ឱ្យបន្ថែមអ្នកទៅក្នុងបញ្ជីអ្នកសម្របសម្រួលរបស់បូត។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។'
    : 'មានតែអ្នកសម្របសម្រួលទេដែលអាចផ្លាស់ប្តូរមូលដ្ឋានទិន្នន័យបាន៖ អ្នកត្រូវមានសិទ្ធិ Manage Server ឬតួនាទីជាអ្នកសម្របសម្រួល។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។'),
  adminUnavailable: 'ពាក្យបញ្ជាអ្នកសម្របសម្រួលត្រូវការកន្លែងរក្សាទុកមូលដ្ឋានទិន្នន័យ ដូច្នេះមិនអាចប្រើនៅទីនេះបានទេ។',
  formExpired: 'ទម្រង់នេះផុតកំណត់ហើយ សូមដំណើរការពាក្យបញ្ជាម្តងទៀត។',
  feedbackUp: '👍',
  feedbackDown: '👎',
  feedbackThanks: 'អរគុណសម្រាប់មតិកែលម្អរបស់អ្នក។',
  feedbackWhy: 'អរគុណ។ តើមានអ្វីខុស? (ស្រេចចិត្ត)',
  feedbackNoted: (reason: string) => `អរគុណ បានកត់ត្រាទុកហើយ៖ ${reason}។`,
  feedbackExpired: 'ចម្លើយនោះចាស់ពេកហើយ មិនអាចវាយតម្លៃបានទេ។ សូមសួរម្តងទៀត ហើយវាយតម្លៃចម្លើយថ្មី។',
  feedbackUnavailable: 'មតិកែលម្អមិនត្រូវបានកត់ត្រានៅទីនេះទេ។',
  feedbackReasons: { 'wrong-figure': 'តួលេខខុស', 'out-of-date': 'ហួសសម័យ', 'not-answered': 'មិនបានឆ្លើយសំណួររបស់ខ្ញុំ', other: 'ផ្សេងទៀត' },
  // The console reads these English words (chat.ts): they are shown as typed until it reads Khmer too.
  feedbackConsoleHint: 'តើចម្លើយនេះត្រឹមត្រូវទេ? វាយ "good" ឬ "wrong"។',
  feedbackConsoleReasons: 'វាយ "wrong" និងមួយក្នុងចំណោម៖ wrong figure, out of date, did not answer my question, other ឬគ្រាន់តែបន្តទៅមុខ។',
  quoteNotChecked: 'សម្រង់នេះមិនទាន់បានផ្ទៀងផ្ទាត់ជាមួយអត្ថបទប្រភពទេ',
  sourceWords: 'ពាក្យដើមរបស់ប្រភព',
  converted: 'បានបម្លែង',
  derived: 'បានគណនា',
  yearInferred: 'ឆ្នាំដោយការសន្និដ្ឋាន',
  smallTalk: 'សួស្តី! ខ្ញុំឆ្លើយសំណួរដោយតួលេខដែលមានប្រភព ពីមូលដ្ឋានទិន្នន័យរបស់ខ្ញុំ។',
  smallTalkBody: `សូមសួរសំណួរជាពាក្យធម្មតា ឬវាយ ${commandRef('help')} ដើម្បីមើលអ្វីដែលខ្ញុំអាចធ្វើបាន។`,
  mayBeOutOfDate: 'អាចហួសសម័យ',
  asOf: (date: string, note?: string) => (note === undefined ? date : `${date} — ${note}`),
  dueSummary: (due: readonly DueFact[]) =>
    due[0] === undefined ? 'គ្មានព័ត៌មានដែលដល់ពេលត្រួតពិនិត្យឡើងវិញទេ។' : `ព័ត៌មាន ${due.length} ដល់ពេលត្រួតពិនិត្យឡើងវិញ (ចាស់ជាងគេ៖ ${due[0].id}, ${dueDates(due[0])})។`,
  dueListTitle: (n: number, months: number) =>
    n === 0
      ? 'គ្មានព័ត៌មានដែលដល់ពេលត្រួតពិនិត្យឡើងវិញទេ។'
      : `ព័ត៌មាន ${n} ដល់ពេលត្រួតពិនិត្យឡើងវិញ ព័ត៌មានដែលហួសពេលយូរជាងគេនៅមុន (តួលេខមួយដល់ពេលត្រួតពិនិត្យ ${months} ខែ ` +
        'បន្ទាប់ពីកាលបរិច្ឆេទដែលវាគិតត្រឹម ឬនៅថ្ងៃ reviewBy នៃព័ត៌មានរបស់វា)៖',
  dueLine: (d: DueFact) => `${d.id}: ${dueDates(d)} (${d.topic})`,
  fromTo: (from: string, to: string) => `ពី ${from} ដល់ ${to}`,
  asOfDate: (date: string) => `គិតត្រឹម ${date}`,
  newest: 'នេះជាតួលេខថ្មីបំផុតដែលមាន។',
  earlier: 'មុននេះ',
  narrower: 'តួលេខដែលមានវិសាលភាពតូចជាង',
  sourcesDisagree: 'ប្រភពផ្សេងៗផ្តល់តួលេខខុសគ្នាសម្រាប់កាលបរិច្ឆេទប្រហាក់ប្រហែលគ្នា ដូច្នេះបង្ហាញទាំងពីរ។',
  changeBetween: (from: string, fromWhen: string, to: string, toWhen: string, by: string, percent: string, way: 'down' | 'up' | 'same') =>
    way === 'same' ? `ពី ${from} (${fromWhen}) ដល់ ${to} (${toWhen})៖ គ្មានការប្រែប្រួល។` : `ពី ${from} (${fromWhen}) ដល់ ${to} (${toWhen})៖ ${way === 'down' ? 'ថយចុះ' : 'កើនឡើង'} ${by} (${percent}%) ដែលគណនាពីតួលេខទាំងពីរនោះ។`,
  seriesTitle: (n: number) => `តួលេខ ${n} នៃរង្វាស់នេះដែលមាន តួលេខថ្មីបំផុតនៅមុន។`,
  rankingTitle: (n: number, shown: number) =>
    localDigits(`តួលេខ ${n} នៃរង្វាស់នេះសម្រាប់កាលបរិច្ឆេទដូចគ្នា តួលេខធំបំផុតនៅមុន${shown < n ? ` (បង្ហាញ ${shown} ដំបូង)` : ''}។ បានតម្រៀប៖ ទីកន្លែង ឬអង្គការដែលមានតួលេខក្នុងមូលដ្ឋានទិន្នន័យ។ ចំណែកដែលនៅសល់ពីចំនួនសរុប តិចពេកសម្រាប់មួយណាផ្សេងទៀតដែលអាចមានច្រើនជាងទីមួយ។`, 'km'),
  datesItHas: (dates: readonly string[]) => `មូលដ្ឋានទិន្នន័យមានតួលេខនេះសម្រាប់៖ ${dates.join('; ')}។`,
  aboutTitle: (name: string, n: number) => `អ្វីដែលមូលដ្ឋានទិន្នន័យមានអំពី ${name} (ព័ត៌មាន ${n})`,
  spokenTitle: (name: string, n: number) => `អ្វីដែល ${name} បាននិយាយ តាមដែលមូលដ្ឋានទិន្នន័យដកស្រង់ (ព័ត៌មាន ${n})`,
  aboutMore: (n: number) => `${n} ទៀត៖ សូមសាកល្បង ${commandRef('search <words>')} ដើម្បីមើលផ្នែកផ្សេងទៀត។`,
  asOfLabel: 'គិតត្រឹម',
  asOfNote: (date: string) => `គិតត្រឹម ${date}`,
  scopeLabel: 'វិសាលភាព',
  sourceLabel: (_n: number) => 'ប្រភព',
  didYouMean: 'តើអ្នកចង់និយាយថា',
  scopeWith: (by: string, others: string) => `${by} ជាមួយ ${others}`,
  scopeSince: (since: string) => `តាំងពី ${since}`,
  shareOfTwo: (percent: string, part: string, whole: string) => `ប្រហែល ${percent}%៖ ${part} ក្នុងចំណោម ${whole} (គណនាពីតួលេខទាំងពីរខាងក្រោម)`,
  faceValueShareOfTwo: (percent: string, part: string, whole: string) =>
    `ប្រហែល ${percent}%៖ ${part} ក្នុងចំណោម ${whole} ប្រសិនបើយកតួលេខទាំងពីរតាមដែលបានចែង (គណនាពីតួលេខទាំងពីរខាងក្រោម ដែលមិនមែនជាតួលេខពិតប្រាកដ)`,
  sumOfTwo: (a: string, b: string) => `សរុបរួម (${a} បូកនឹង ${b})`,
  derivedStatement: (working: string) => `គណនាដោយបូត មិនមែនចែងដោយប្រភពទេ៖ ${working}។`,
};
