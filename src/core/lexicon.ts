/**
 * The words of the domain: how people write a thing, and what it means for matching. Matching works
 * on canonical tokens, so "sq km", "km2" and "square kilometres" are one token, and a question's
 * constraints (a place, a year, a kind of mine, a measure, an organisation) can be read off them.
 */

/** Multi-word phrases rewritten before tokenising. Order matters: longer phrases first. */
export const PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bjapan(?:ese)? mine action service\b/g, ' jmas '],
  [/\bjapan(?:ese|'s)? mine action\b/g, ' jmas '],
  [/\b(?:early|mid|late) (?:19)?90s\b|\b(?:the )?(?:19)?90s\b|\bnineties\b/g, ' 1990s '],
  [/\bcambodian? mine action (?:centre|center)\b/g, ' cmac '],
  [/\bcambodian? mine action (?:and victim assistance )?authority\b/g, ' cmaa '],
  [/\bmine action (?:centre|center)\b/g, ' cmac '],
  [/\bexplosive remnants? of (?:the )?wars?\b/g, ' erw '],
  [/\bremnants? of (?:the )?(?:past )?(?:wars?|conflicts?)\b/g, ' erw '],
  [/\bunexploded (?:ordnance|ordinance|bombs?|munitions?|devices?|shells?)\b/g, ' uxo '],
  [/\bcluster (?:munitions?|bombs?|bomblets?|submunitions?)\b/g, ' cluster '],
  [/\bsub-?munitions?\b/g, ' cluster '],
  [/\banti[- ]?personnel\b/g, ' antipersonnel '],
  [/\banti[- ]?personal\b/g, ' antipersonnel '],
  [/\bap ?mines?\b/g, ' antipersonnel mine '],
  [/\bapms?\b/g, ' antipersonnel mine '],
  [/\banti[- ]?(?:tank|vehicle)\b/g, ' antitank '],
  [/\bat ?mines?\b/g, ' antitank mine '],
  [/\bimprovised explosive devices?\b/g, ' ied '],
  [/\bhalo trust\b/g, ' halo '],
  [/\bmines advisory group\b/g, ' mag '],
  [/\bnorwegian people'?s aid\b/g, ' npa '],
  [/\b(?:prime minister|pm|premier|president|emperor|king) of (?!cambodia)[a-z]+\b|\b(?:japan(?:ese|'s)?|thai|lao|vietnamese|us|american|british) (?:prime minister|pm|premier|president)\b/g, ' foreignleader '],
  [/\bhun manet\b/g, ' manet '],
  [/\bhun sen\b/g, ' hunsen '],
  [/\bkoji yamazaki\b/g, ' yamazaki '],
  [/\bprime minister'?s?\b/g, ' primeminister '],
  [/\bphnom penh\b/g, ' phnompenh '],
  [/\bsiem reap\b/g, ' siemreap '],
  [/\b(?:banteay|bantey) meanchey\b/g, ' banteaymeanchey '],
  [/\boddar meanchey\b/g, ' oddarmeanchey '],
  [/\bpreah vihear\b/g, ' preahvihear '],
  [/\bkampong (?:thom|cham|speu|chhnang)\b/g, ' kampong '],
  [/\bstung treng\b/g, ' stungtreng '],
  [/\bkoh kong\b/g, ' kohkong '],
  [/\bprey veng\b/g, ' preyveng '],
  [/\bsvay rieng\b/g, ' svayrieng '],
  [/\btbong khmum\b/g, ' tbongkhmum '],
  [/\bsri lanka\b/g, ' srilanka '],
  [/\bsouth sudan\b/g, ' sudan '],
  [/\b(?:north|south) korea\b/g, ' korea '],
  [/\bunited states\b|\bu\.s\.a?\.?(?=\s|$)/g, ' usa '],
  [/\bunited kingdom\b/g, ' uk '],
  [/\bsoutheast asia\b|\bsouth-east asia\b/g, ' asia '],
  [/\b(?:other|foreign|neighbou?ring) (?:countries|country|nations?)\b/g, ' abroad '],
  [/\b(?:the )?(?:whole )?world(?:wide)?\b|\bglobal(?:ly)?\b|\binternationally\b|\boverseas\b/g, ' abroad '],
  [/\bsquare (?:kilometres?|kilometers?|kms?|klicks?)\b/g, ' km2 '],
  [/\bsq\.? ?(?:kilometres?|kilometers?|kms?|k)\b/g, ' km2 '],
  [/\bkm(?:\^?2|²)\b|\bkm ?sq\b|\bsqkms?\b|\bkm2s\b/g, ' km2 '],
  [/\bsquare (?:metres?|meters?)\b|\bm(?:\^?2|²)\b/g, ' m2 '],
  [/\bsquare miles?\b|\bsq\.? ?mi(?:les?)?\b|\bmi(?:\^?2|²)\b/g, ' sqmi '],
  [/\bmine[- ]free\b|\bfree (?:of|from) (?:land ?)?mines\b/g, ' minefree '],
  [/\bper ?cent(?:age)?\b|%/g, ' percent '],
  [/\bh[ow]{1,2} (?:m[a-z]{0,2}ny)\b/g, ' howmany '],
  [/\bh[ow]{1,2} (?:m[a-z]{0,3}ch)\b/g, ' howmuch '],
  [/\s\+\s?|\s?\+\s/g, ' total '],
  [/\bpersonn?el mines?\b/g, ' antipersonnel mine '],
  [/\b(?:take|took|taken|taking) out\b|\b(?:get|got|gotten|getting) rid of\b|\bdealt with\b/g, ' destroy '],
  [/\bin charge of\b|\bruns\b|\bin charge\b/g, ' director '],
  [/\bso far\b|\bto date\b|\bup to now\b|\buntil now\b/g, ' '],
  [/\bnumber of\b|\bamount of\b|\bthe figures? (?:for|on)\b/g, ' howmuch '],
  [/\bhow (?:big|large|extensive|vast)\b/g, ' howmuch area '],
  [/\bhow long\b|\bby when\b|\buntil when\b|\bwhat year\b|\bwhich year\b|\bhow soon\b/g, ' whenfuture '],
  [/\bwhen will\b|\bwhen (?:is|are|do|does) (?:it|they|cambodia|the country) (?:expect|expected|going|plan|aim)/g, ' whenfuture '],
  [/\b(?:last|this|next|previous|past) (?:year|decade)\b|\brecent(?:ly)?\b|\bthese days\b/g, ' periodrelative '],
  [/\b(?:per|each|every|a) (?:year|month|day|week)\b|\b(?:annual(?:ly)?|yearly|monthly|daily)\b/g, ' periodrate '],
  [/\bin (?:total|all)\b|\baltogether\b|\bcombined\b|\boverall\b|\ball together\b/g, ' total '],
  [/\bto go\b/g, ' remain '],
  [/\b(?:to be|needs? to be|yet to be|left to be) (?:cleared|demined|cleaned|cleansed|cleard|clered|released|cleaned up|made safe)\b/g, ' remain '],
  [/\btogether\b/g, ' together total '],
  [/\b(?:needs?|left|still|yet|plans?|planned|continue) to (?:clear|demine|be cleared)\b/g, ' remain '],
  [/\bplus\b|\badded up\b|\badd up\b/g, ' total '],
  [/\bstill (?:need|needs|left|has|have|mined|contaminated|dangerous|affected)\b/g, ' remain $& '],
  [/\bhow far along\b/g, ' percent '],
];

/** Words that carry nothing for matching. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  ('a an the of to in on at for by with from and or but is are was were be been being it its this that these those how ' +
    'what which who whom whose do does did done has have had having i me my we our you your he she they them their ' +
    'there here can could would should will shall may might must about as into than then so such just also very ' +
    'please tell know need give show find get got im hey hi hello bot thanks thank pls plz any some much many ' +
    'up out over again if not no yes whats whos ok okay like really now currently current currently latest ' +
    'according say said says report reported one kind sort lot lots quick quickly info information ' +
    'tho though anyway ya u ur r').split(/\s+/u),
);

/**
 * Canonical tokens. A word maps to the concept it stands for; words not listed keep their own stem.
 * Concepts are upper-case-free ordinary words so that fact texts and questions share them.
 */
export const SYNONYMS: Readonly<Record<string, string>> = {
  // what is left
  remain: 'remain', remaining: 'remain', remains: 'remain', remained: 'remain', left: 'remain', leftover: 'remain',
  still: 'remain', outstanding: 'remain', yet: 'remain', unfinished: 'remain', pending: 'remain', rest: 'remain',
  residual: 'remain', uncleared: 'remain', additional: 'remain', backlog: 'remain', lingering: 'remain',
  unresolved: 'remain', awaiting: 'remain', untouched: 'remain',
  // clearing
  clear: 'clear', cleared: 'clear', clearing: 'clear', clearance: 'clear', clearances: 'clear', clears: 'clear',
  demine: 'clear', demined: 'clear', demining: 'clear', deminer: 'deminer', deminers: 'deminer',
  clean: 'clear', cleaned: 'clear', cleaning: 'clear', freed: 'clear', released: 'clear', release: 'clear',
  decontaminated: 'clear', decontaminate: 'clear', swept: 'clear', sweep: 'clear', sanitised: 'clear',
  sanitized: 'clear', safe: 'clear', reclaimed: 'clear', removed: 'clear', remove: 'clear', removal: 'clear',
  // destroying
  destroy: 'destroy', destroyed: 'destroy', destruction: 'destroy', destroying: 'destroy', destroys: 'destroy',
  detonated: 'destroy', detonate: 'destroy', neutralised: 'destroy', neutralized: 'destroy', disposed: 'destroy',
  disposal: 'destroy', eliminated: 'destroy', blew: 'destroy', blown: 'destroy', defused: 'destroy',
  dismantled: 'destroy', disarmed: 'destroy', demolished: 'destroy',
  // area
  land: 'area', lands: 'area', area: 'area', areas: 'area', ground: 'area', territory: 'area', surface: 'area',
  acreage: 'area', size: 'area', extent: 'area', terrain: 'area', field: 'area', fields: 'area', farmland: 'area',
  km2: 'km2', km: 'km2', kms: 'km2', kilometres: 'km2', kilometers: 'km2', kilometre: 'km2', kilometer: 'km2',
  ha: 'ha', hectare: 'ha', hectares: 'ha', hectars: 'ha', hectres: 'ha',
  acre: 'acre', acres: 'acre', m2: 'm2', sqmi: 'sqmi', miles: 'sqmi', mile: 'sqmi',
  // mines and ordnance
  mine: 'mine', mines: 'mine', landmine: 'mine', landmines: 'mine', minefield: 'minefield', minefields: 'minefield',
  mined: 'mined', contaminated: 'mined', contamination: 'mined', infested: 'mined', hazardous: 'mined',
  dangerous: 'mined', polluted: 'mined', problem: 'mined', issue: 'mined', burden: 'mined', footprint: 'mined',
  including: 'total', include: 'total', includes: 'total', hazard: 'mined', hazards: 'mined', suspected: 'mined',
  achieve: 'achieve', achieved: 'achieve', achievement: 'achieve', achievements: 'achieve', accomplish: 'achieve',
  accomplished: 'achieve', accomplishment: 'achieve', result: 'achieve', results: 'achieve', outcome: 'achieve',
  outcomes: 'achieve', record: 'achieve', impact: 'achieve', track: 'achieve',
  apart: 'else', besides: 'else', else: 'else', except: 'else', beyond: 'else', aside: 'else',
  population: 'population', inhabitants: 'population', residents: 'population',
  uxo: 'uxo', uxos: 'uxo', ordnance: 'uxo', ordinance: 'uxo', bomb: 'uxo', bombs: 'uxo', shell: 'uxo',
  shells: 'uxo', grenade: 'uxo', grenades: 'uxo', rocket: 'uxo', rockets: 'uxo', mortar: 'uxo', mortars: 'uxo',
  munition: 'uxo', munitions: 'uxo', explosive: 'explosive', explosives: 'explosive',
  erw: 'erw', antipersonnel: 'antipersonnel', antitank: 'antitank', cluster: 'cluster', ied: 'ied', ieds: 'ied',
  // organisations and people
  jmas: 'jmas', japan: 'japan', japanese: 'japan', tokyo: 'japan',
  cmac: 'cmac', centre: 'cmac', center: 'cmac',
  cambodia: 'cambodia', cambodian: 'cambodia', cambodians: 'cambodia', kingdom: 'cambodia', khmer: 'cambodia',
  country: 'cambodia', nation: 'cambodia', nationwide: 'cambodia', national: 'cambodia', kh: 'cambodia',
  countrywide: 'cambodia', domestic: 'cambodia',
  government: 'government', govt: 'government', gov: 'government', authorities: 'government',
  state: 'government', administration: 'government', ministry: 'government',
  manet: 'manet', primeminister: 'manet', pm: 'manet', premier: 'manet',
  yamazaki: 'yamazaki', director: 'director', head: 'director', chief: 'director', boss: 'director',
  leader: 'director', leads: 'director', president: 'director', charge: 'director',
  ngo: 'ngo', ngos: 'ngo', group: 'ngo', outfit: 'ngo', organisation: 'ngo', organization: 'ngo', charity: 'ngo', nonprofit: 'ngo',
  operator: 'operator', operators: 'operator', ops: 'operator', orgs: 'operator', institution: 'operator', institutions: 'operator',
  agency: 'operator', agencies: 'operator', partner: 'operator', partners: 'operator',
  // cooperation and talk
  cooperation: 'cooperate', cooperate: 'cooperate', coop: 'cooperate', collab: 'cooperate', cooperating: 'cooperate', collaboration: 'cooperate',
  collaborate: 'cooperate', collaborating: 'cooperate', partnership: 'cooperate', together: 'cooperate',
  teamwork: 'cooperate', relation: 'cooperate', relations: 'cooperate', ties: 'cooperate', work: 'cooperate',
  working: 'cooperate', worked: 'cooperate', works: 'cooperate', joint: 'cooperate', jointly: 'cooperate',
  expand: 'expand', expanded: 'expand', expansion: 'expand', increase: 'expand', strengthen: 'expand',
  scale: 'expand', grow: 'expand', extend: 'expand', boost: 'expand', deepen: 'expand', more: 'expand',
  request: 'ask', requested: 'ask', asked: 'ask', ask: 'ask', urge: 'ask', urged: 'ask', urges: 'ask',
  encourage: 'ask', encouraged: 'ask', called: 'ask', appeal: 'ask', appealed: 'ask', wants: 'ask',
  praise: 'praise', praised: 'praise', praises: 'praise', commend: 'praise', commended: 'praise',
  compliment: 'praise', complimented: 'praise', applaud: 'praise', lauded: 'praise', thanked: 'praise',
  commitment: 'commit', committed: 'commit', commit: 'commit', pledge: 'commit', pledged: 'commit',
  promise: 'commit', promised: 'commit', vow: 'commit', vowed: 'commit', agreed: 'commit', agree: 'commit',
  meeting: 'meet', meet: 'meet', met: 'meet', meets: 'meet', talks: 'meet', visit: 'meet', visited: 'meet',
  // aid work
  victim: 'victim', victims: 'victim', survivor: 'victim', survivors: 'victim', amputee: 'victim',
  amputees: 'victim', injured: 'casualty', wounded: 'casualty',
  killed: 'casualty', deaths: 'casualty', death: 'casualty', dead: 'casualty', died: 'casualty', maimed: 'casualty',
  fatalities: 'casualty', injuries: 'casualty', injury: 'casualty', casualty: 'casualty', casualties: 'casualty',
  fatal: 'casualty', killing: 'casualty', kill: 'casualty', amputations: 'casualty', accidents: 'casualty',
  accident: 'casualty', whole: 'total',
  farmer: 'farm', farmers: 'farm', farming: 'farm', agriculture: 'farm', agricultural: 'farm', crop: 'farm',
  crops: 'farm', yield: 'farm', yields: 'farm', harvest: 'farm', rice: 'farm', income: 'farm', incomes: 'farm',
  livelihood: 'farm', livelihoods: 'farm',
  school: 'school', schools: 'school', education: 'educate', educate: 'educate', training: 'educate',
  train: 'educate', trained: 'educate', teach: 'educate', teaching: 'educate', awareness: 'educate',
  aware: 'educate', risk: 'educate', evacuation: 'evacuate', evacuate: 'evacuate',
  infrastructure: 'build', build: 'build', building: 'build', built: 'build', builds: 'build', road: 'build',
  roads: 'build', construction: 'build', wells: 'build', rural: 'rural', village: 'rural', villages: 'rural',
  community: 'community', communities: 'community', villagers: 'community',
  help: 'help', helped: 'help', helping: 'help', helps: 'help', assist: 'help', assisted: 'help',
  assistance: 'help', support: 'help', supported: 'help', supporting: 'help', aid: 'help', benefit: 'help',
  benefited: 'help', benefitted: 'help', contribute: 'help', contributed: 'help', contribution: 'help',
  peace: 'peace', peaceful: 'peace', development: 'develop', develop: 'develop', economic: 'develop',
  socioeconomic: 'develop', economy: 'develop', prosperity: 'develop',
  goal: 'goal', goals: 'goal', priority: 'goal', priorities: 'goal', aim: 'goal', objective: 'goal',
  focus: 'goal', important: 'goal', importance: 'goal', mission: 'goal', policy: 'goal', main: 'goal',
  humanitarian: 'humanitarian', abroad: 'abroad',
  // measures the fact base has no figures for
  money: 'money', cost: 'money', costs: 'money', fund: 'money', funds: 'money', funding: 'money',
  funded: 'money', budget: 'money', dollar: 'money', dollars: 'money', usd: 'money', yen: 'money',
  euro: 'money', euros: 'money', riel: 'money', donate: 'money', donated: 'money', donation: 'money',
  donations: 'money', spend: 'money', spent: 'money', spending: 'money', paid: 'money', pay: 'money',
  price: 'money', grant: 'money', grants: 'money', invest: 'money', invested: 'money', investment: 'money',
  financial: 'money', finance: 'money', financing: 'money', expensive: 'money', million: 'money',
  percent: 'percent', proportion: 'percent', share: 'percent', fraction: 'percent', ratio: 'percent',
  portion: 'percent', rate: 'percent', progress: 'progress',
  people: 'people', persons: 'people', person: 'people', family: 'people',
  families: 'people', household: 'people', households: 'people', children: 'people', kids: 'people',
  staff: 'people', employees: 'people', workers: 'people', personnel: 'people', volunteers: 'people',
  dog: 'animal', dogs: 'animal', rat: 'animal', rats: 'animal', herorats: 'animal', animals: 'animal',
  // time
  since: 'since', year: 'year', years: 'year', date: 'date', when: 'when', whenfuture: 'whenfuture',
  periodrelative: 'periodrelative', periodrate: 'periodrate', deadline: 'whenfuture', target: 'whenfuture',
  finish: 'finish', finished: 'finish', complete: 'finish', completed: 'finish', completion: 'finish',
  end: 'finish', done: 'clear', minefree: 'minefree',
  // question words kept as markers
  howmuch: 'howmuch', howmany: 'howmany', figure: 'howmuch', figures: 'howmuch', number: 'howmuch',
  numbers: 'howmuch', stat: 'howmuch', stats: 'howmuch', statistic: 'howmuch', statistics: 'howmuch',
  data: 'howmuch', tally: 'howmuch', quantity: 'howmuch', want: 'ask', wanted: 'ask', total: 'total', sum: 'total', originally: 'total', initially: 'total', ever: 'total',
  define: 'define', meaning: 'define', mean: 'define', stand: 'define', stands: 'define', acronym: 'define',
  abbreviation: 'define', who: 'who', where: 'where',
};

/** Places the fact base may be asked about; a question naming one must find it in the fact's scope. */
export const PLACES: ReadonlySet<string> = new Set([
  'abroad', 'laos', 'lao', 'vietnam', 'viet', 'thailand', 'thai', 'myanmar', 'burma', 'afghanistan', 'angola',
  'ukraine', 'iraq', 'syria', 'bosnia', 'croatia', 'colombia', 'mozambique', 'yemen', 'libya', 'somalia',
  'sudan', 'lebanon', 'srilanka', 'nepal', 'azerbaijan', 'armenia', 'zimbabwe', 'kosovo', 'chile', 'peru',
  'ecuador', 'egypt', 'iran', 'korea', 'india', 'pakistan', 'china', 'usa', 'america', 'russia', 'uk', 'britain',
  'france', 'germany', 'australia', 'philippines', 'indonesia', 'malaysia', 'palestine', 'gaza', 'israel',
  'ethiopia', 'eritrea', 'senegal', 'mali', 'niger', 'chad', 'kuwait', 'jordan', 'turkey', 'serbia', 'asia',
  'africa', 'europe', 'battambang', 'pailin', 'banteaymeanchey', 'oddarmeanchey', 'preahvihear', 'siemreap',
  'pursat', 'kampong', 'kratie', 'stungtreng', 'ratanakiri', 'ratanakkiri', 'mondulkiri', 'kohkong', 'kampot',
  'takeo', 'kandal', 'preyveng', 'svayrieng', 'kep', 'sihanoukville', 'tbongkhmum', 'phnompenh', 'province',
  'provinces', 'provincial', 'district', 'districts', 'commune', 'border',
]);

/** Organisations; a question naming one is answered only by a figure of that organisation's work. */
export const ORGS: ReadonlySet<string> = new Set([
  'jmas', 'cmac', 'japan', 'halo', 'mag', 'npa', 'apopo', 'cmaa', 'undp', 'unicef', 'usa', 'un', 'icrc',
  'handicap', 'dca', 'nato', 'army', 'military', 'rcaf', 'police', 'usaid', 'jica', 'korea', 'china', 'australia',
]);

/** Kinds of explosive hazard; "mine" alone is the generic word and matches any kind of mine. */
export const HAZARDS: ReadonlySet<string> = new Set(['antipersonnel', 'antitank', 'uxo', 'erw', 'cluster', 'ied']);

/** Hazards a wider term includes: land cleared of ERW is land cleared of UXO. */
export const HAZARD_INCLUDES: Readonly<Record<string, readonly string[]>> = {
  erw: ['uxo'],
};

/** Measures people ask about that a figure must be of. */
export type Measure = 'area' | 'mines' | 'people' | 'money' | 'percent' | 'time' | 'other-count';

export const AREA_UNITS: ReadonlySet<string> = new Set(['km2', 'ha', 'acre', 'm2', 'sqmi']);

/** Nouns counted by "how many X" that the fact base has no count of. */
export const OTHER_COUNTABLES: ReadonlySet<string> = new Set([
  'school', 'minefield', 'rural', 'operator', 'ngo', 'animal', 'build', 'year', 'province', 'provinces',
  'district', 'districts', 'team', 'teams', 'project', 'projects', 'machine', 'machines', 'accident', 'accidents',
  'incident', 'incidents', 'explosion', 'explosions', 'deminer', 'meet', 'village', 'house', 'houses',
  'hospital', 'hospitals', 'country', 'countries', 'time', 'times',
]);

/**
 * Everyday words that are not in the fact base. Known to the speller so they are left alone rather
 * than "corrected" into a domain word ("read" -> "road"), but still weigh against a match.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  ('able above across actual actually add after afternoon age ago agree air all almost alone along already alright ' +
    'although always among answer anyone anything apple area around art article away baby back bad bag ball bank ' +
    'bar base bear beat beautiful because become bed before begin behind believe best better between big bill bird ' +
    'birth black blue board boat body book born both box boy break bring brother brown buy call came camera cap ' +
    'capital car card care carry case cat catch cause chance change cheap check city class close clothes coffee ' +
    'cold college color colour come common company computer cook cool copy corner correct could couple course ' +
    'cover cup cut dad dark day dear decide deep describe design detail die difference different dinner direction ' +
    'doctor dog door down draw dream dress drink drive drop during early earth east easy eat eight either else ' +
    'email enough even evening event everyone everything exact example excellent expect explain eye face fact ' +
    'fall family famous far fast father favourite favorite feel few film final fine fire first fish five floor fly ' +
    'follow food foot football forget form found founded four free friend front full fun game garden gave girl ' +
    'glass going gold good great green group grow guess guy hair half hand happen happy hard hate heart heavy held ' +
    'high hill history hold holiday home hope horse hot hotel hour house human hungry idea important inside ' +
    'instead interest interesting job join joke keep key kill kitchen knew land language large last late later ' +
    'laugh learn least leave less letter life light line list listen little live local long look lose loss love ' +
    'low lunch machine made make man map mark market match matter maybe meal mean meet member message middle might ' +
    'mind minute miss mom money month morning mother mountain move movie music name near nearly never new news next ' +
    'nice night nothing notice old once open order other outside own page paper parent park part party pass past ' +
    'pen pencil phone photo picture piece place plan plane play player point poor possible post pretty price ' +
    'probably problem program public pull push put question quiet quite rain raise reach read ready real reason ' +
    'red remember repeat reply rich ride right river room round rule run sad same save saw school sea season second ' +
    'see seem sell send sentence serious set seven several shape shop short shot side sign simple since sing ' +
    'sister sit six skin sleep slow small smile snow somebody someone something sometimes somewhere son song soon ' +
    'sorry sound soup south space speak special spell sport spring stand star start stay step stop story street ' +
    'strong student study subject summer sun sure surprise swim table take talk tall taste tea teacher team tell ' +
    'ten test text thing think third thousand thousands three through ticket today together told tomorrow tonight ' +
    'took top total town toy travel tree trip true try turn twice two type uncle under understand until use useful ' +
    'usual visit voice wait walk wall warm wash watch water way wear weather week weekend weight welcome well west ' +
    'while white whole why wife win window winter wish without woman wonder wood word world worry write writing ' +
    'wrong yellow yesterday young zero lol haha wow cool great awesome weird funny').split(/\s+/u),
);

/** Conversational words that say little about what is asked ("my uncle is going next month"). */
export const FILLER: ReadonlySet<string> = new Set(
  ('actual actually already anyone anything asked ask article class doing friend friends going guess guy idea ' +
    'interested interesting journalist look looking maybe mom dad month next piece project read report reporting ' +
    'someone something somewhere story student study think uncle wonder wondering writ writing write working ' +
    'quick question curious exactly roughly approximately approx around nearly almost official officially ' +
    'source sources latest newest recent update updated real true correct right sure cumulative mention ' +
    'aunt uncle grandfather grandmother grandpa grandma mother father brother sister cousin colleague teacher ' +
    'editor professor classmate neighbour neighbor told tell heard hear claim claims claimed check double ' +
    'verify confirm confirmed pretty part bit thing stuff theyve weve ive youre thats whats heres ' +
    'mentioned talk talked discuss discussed').split(/\s+/u),
);
