/**
 * Synthetic fact bases for the benchmark: realistic-looking figures on demining in Cambodia, spread
 * over some thirty measures (areas in km², ha and m²; counts of ordnance, casualties, deminers,
 * villages...; money; shares; target years), as stocks, running totals, flows and targets, in
 * invented districts of the real provinces, in the provinces and nationwide, by real and invented
 * operators and donors, over thirty years. Facts come in series (one measure of one scope reported
 * year after year), as in the real base. The output is the text of the knowledge files, the
 * vocabulary included (the real one plus the generated districts, operators, spokespeople and kinds
 * of ordnance), to go through `parseKnowledge` like the real ones, so that every generated fact is
 * validated (schema, quote in its source, figure in its quote).
 */
import type { KnowledgeInput } from '../../src/core/knowledge.js';
import type { Entity, Fact, Figure, Qualifier, Source } from '../../src/core/schema.js';

/** Deterministic PRNG (mulberry32), so every run benchmarks the same fact base and questions. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pickFrom = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const chance = (rand: () => number, p: number): boolean => rand() < p;

/** 1700 -> "1,700", as `formatNumber` writes whole numbers, without the cost of Intl. */
const formatNumber = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

const slugOf = (s: string): string => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: number): string => String(n).padStart(2, '0');
const dateText = (iso: string): string => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]!} ${iso.slice(0, 4)}`;

// ---------------------------------------------------------------------------------------------
// The world: places, organisations, people, kinds of ordnance.

/** The provinces, as the real vocabulary names them (its ids are their slugs). */
const PROVINCES = [
  'Battambang', 'Pailin', 'Banteay Meanchey', 'Oddar Meanchey', 'Preah Vihear', 'Siem Reap', 'Pursat',
  'Kampong Thom', 'Kratie', 'Stung Treng', 'Ratanakiri', 'Mondulkiri', 'Koh Kong', 'Kampot', 'Takeo',
  'Kandal', 'Prey Veng', 'Svay Rieng', 'Kampong Speu', 'Kampong Chhnang', 'Tbong Khmum', 'Kampong Cham',
] as const;

/** Invented district names, Khmer-like: "Prek Thmei", "Tuol Sangke"... */
const FIRST = [
  'Phnum', 'Prek', 'Kouk', 'Boeng', 'Veal', 'Chong', 'Srae', 'Tuol', 'Trapeang', 'Samraong', 'Rolous', 'Krang',
  'Thma', 'Chamkar', 'Sala', 'Anlong', 'Kbal', 'Phum', 'Dambouk', 'Khsach',
] as const;
const SECOND = [
  'Thmei', 'Chas', 'Khpos', 'Sangke', 'Ampil', 'Leu', 'Kraom', 'Doung', 'Sralau', 'Trach', 'Chrey',
  'Kokir', 'Popel', 'Roka', 'Snuol', 'Tatrav', 'Kandaol', 'Reang', 'Khmoch', 'Pring',
] as const;

type Level = 'national' | 'province' | 'district';
interface Place {
  level: Level;
  /** As `scope.where` gives it. */
  name: string;
  /** In running text: "Prek Thmei district, Battambang". */
  full: string;
  province: string | undefined;
  slug: string;
}

interface Org {
  name: string;
  short: string;
  slug: string;
  people: string[];
}

const REAL_OPERATORS: ReadonlyArray<Omit<Org, 'people' | 'slug'>> = [
  { name: 'HALO Trust', short: 'HALO' },
  { name: 'Mines Advisory Group', short: 'MAG' },
  { name: "Norwegian People's Aid", short: 'NPA' },
  { name: 'APOPO', short: 'APOPO' },
  { name: 'CMAC', short: 'CMAC' },
  { name: 'JMAS', short: 'JMAS' },
  { name: 'DanChurchAid', short: 'DCA' },
  { name: 'Handicap International', short: 'HI' },
];
/** Invented operators: "Tonle Land Release Foundation" (TLRF)... */
const ORG_FIRST = ['Mekong', 'Tonle', 'Angkor', 'Dangrek', 'Cardamom', 'Lotus', 'Bayon', 'Kulen', 'Sunrise', 'Golden', 'Apsara', 'Naga', 'Chenla', 'Funan', 'Rumduol', 'Banyan'] as const;
const ORG_SECOND = ['Demining', 'Clearance', 'Mine Action', 'Land Release', 'Survey', 'Ordnance Disposal', 'Safe Ground', 'Field'] as const;
const ORG_THIRD = ['Group', 'Foundation', 'Trust', 'Unit', 'Team', 'Society', 'Initiative', 'Association'] as const;
const GENERATED_OPERATORS = 150;

/** Donors: countries and agencies the real vocabulary knows. */
const DONORS = [
  'Japan', 'Australia', 'United States', 'Germany', 'United Kingdom', 'Canada', 'Norway', 'Switzerland', 'New Zealand',
  'China', 'South Korea', 'Netherlands', 'Ireland', 'Sweden', 'Finland', 'Belgium', 'Denmark', 'Austria', 'UNDP', 'USAID', 'JICA',
] as const;

const FAMILY = ['Heng', 'Sok', 'Chea', 'Keo', 'Lim', 'Chan', 'Ouk', 'Prak', 'Sam', 'Seng', 'Tep', 'Yim', 'Nhem', 'Pich', 'Ros', 'Sin', 'Touch', 'Vann', 'Kim', 'Nuon'] as const;
const GIVEN = ['Sophal', 'Dara', 'Vuthy', 'Sokunthea', 'Channa', 'Rithy', 'Piseth', 'Bopha', 'Sreymom', 'Kosal', 'Ratanak', 'Samnang', 'Veasna', 'Chantha', 'Davy', 'Makara', 'Narith', 'Sovann', 'Thida', 'Vibol'] as const;
const ROLES = ['director', 'programme manager', 'operations manager', 'country director', 'spokesperson'] as const;

interface Thing {
  short: string;
  /** What a count of it counts (figure.what). */
  what: string;
  /** scope.of. */
  of: string;
  /** What a question calls it. */
  ask: string;
  /** A kind of ordnance the real vocabulary and glossary lack: added to the generated vocabulary. */
  entity?: Entity;
}
const THINGS: readonly Thing[] = [
  { short: 'ap', what: 'anti-personnel mines', of: 'anti-personnel mines', ask: 'anti-personnel mines' },
  { short: 'at', what: 'anti-tank mines', of: 'anti-tank mines', ask: 'anti-tank mines' },
  { short: 'uxo', what: 'items of unexploded ordnance', of: 'unexploded ordnance', ask: 'unexploded ordnance' },
  { short: 'cluster', what: 'cluster submunitions', of: 'cluster munitions', ask: 'cluster bombs' },
  { short: 'erw', what: 'explosive remnants of war', of: 'explosive remnants of war', ask: 'ERW' },
  { short: 'ied', what: 'improvised explosive devices', of: 'IEDs', ask: 'IEDs' },
  { short: 'landmines', what: 'landmines', of: 'landmines', ask: 'landmines' },
  {
    short: 'aerial', what: 'aerial bombs', of: 'aerial bombs', ask: 'aerial bombs',
    entity: { id: 'aerial-bombs', kind: 'thing', names: ['aerial bombs', 'aerial bomb', 'air-dropped bombs'], within: 'UXO' },
  },
  {
    short: 'artillery', what: 'artillery shells', of: 'artillery shells', ask: 'artillery shells',
    entity: { id: 'artillery-shells', kind: 'thing', names: ['artillery shells', 'artillery shell', 'artillery rounds'], within: 'UXO' },
  },
  {
    short: 'mortar', what: 'mortar rounds', of: 'mortar rounds', ask: 'mortar rounds',
    entity: { id: 'mortar-rounds', kind: 'thing', names: ['mortar rounds', 'mortar round', 'mortar bombs'], within: 'UXO' },
  },
];

// ---------------------------------------------------------------------------------------------
// Measures.

type Period = Figure['period'];
type Who = 'org' | 'none' | 'donor';

/** One fact being written: its scope, date and figure, and the words for them. */
interface Ctx {
  place: Place;
  org: Org | undefined;
  /** For funding: the operator funded. */
  partner: Org | undefined;
  donor: string | undefined;
  thing: Thing | undefined;
  year: number;
  since: number | undefined;
  from: string | undefined;
  asOf: string;
  value: number;
  /** "more than 1,234 hectares" and the like: qualifier, number and unit, as the quote writes them. */
  amount: string;
  /** The organisation as a question names it: its full name or its short one. */
  op: string;
  spokesperson: string;
}

interface Measure {
  key: string;
  short: string;
  unit: Figure['unit'];
  period: Period;
  who: Who;
  levels: readonly Level[];
  /** Takes a kind of ordnance (scope.of, and what a count counts). */
  thing?: 'always' | 'sometimes';
  /** For counts without a kind of ordnance. */
  what?: string;
  /** A flow may cover the first half of a year only. */
  halfYears?: boolean;
  /** First value of a series, then how it moves year to year. */
  start: (rand: () => number, level: Level) => number;
  next: (rand: () => number, previous: number) => number;
  label: (c: Ctx) => string;
  topic: (c: Ctx) => string;
  statement: (c: Ctx) => string;
  quote: (c: Ctx) => string;
  aliases: (c: Ctx) => string[];
  /** Questions this fact answers: [undated, dated]. */
  questions: (c: Ctx) => { undated: string[]; dated: string[] };
}

const byLevel = (level: Level, district: number, province: number, national: number): number =>
  level === 'district' ? district : level === 'province' ? province : national;
const grow = (rate: number) => (rand: () => number, prev: number): number => Math.round(prev * (1 + rate * (0.3 + rand())) + 1);
const shrink = (rate: number) => (rand: () => number, prev: number): number => Math.max(1, Math.round(prev * (1 - rate * (0.3 + rand()))));
const wander = (rand: () => number, prev: number): number => Math.max(1, Math.round(prev * (0.6 + 0.8 * rand())));
const size = (rand: () => number, scale: number): number => Math.max(1, Math.round(scale * (0.05 + rand() * rand() * 2)));

const span = (c: Ctx): string => (c.from !== undefined && c.from.slice(5) === '01-01' && c.asOf.slice(5) === '06-30' ? `the first half of ${c.year}` : String(c.year));
const inPlace = (c: Ctx): string => (c.place.level === 'national' ? 'in Cambodia' : `in ${c.place.full}`);
const where = (c: Ctx): string => c.place.name;

const MEASURES: readonly Measure[] = [
  {
    key: 'area-cleared', short: 'cleared', unit: 'ha', period: 'cumulative', who: 'org', levels: ['district', 'province', 'national'],
    start: (r, l) => size(r, byLevel(l, 300, 3000, 30_000)), next: grow(0.12),
    label: (c) => `cleared by ${c.org!.short} since ${c.since}`,
    topic: (c) => `Land cleared by ${c.org!.short} in ${where(c)} since ${c.since}`,
    statement: (c) => `${c.org!.name} has cleared ${c.amount} of mined land ${inPlace(c)} since ${c.since}, by the end of ${c.year}.`,
    quote: (c) => `Since ${c.since}, ${c.org!.name} teams have cleared ${c.amount} of contaminated land ${inPlace(c)}, according to figures to the end of ${c.year}`,
    aliases: (c) => [`how much land has ${c.org!.short} cleared in ${where(c)}`, `${c.org!.short} clearance in ${where(c)} since ${c.since}`, `hectares cleared by ${c.org!.short} in ${where(c)}`],
    questions: (c) => ({
      undated: [`how much land has ${c.op} cleared in ${where(c)} since ${c.since}`, `how many hectares has ${c.op} cleared in ${where(c)}`],
      dated: [`how much land had ${c.op} cleared in ${where(c)} by ${c.year}`],
    }),
  },
  {
    key: 'area-cleared-in-year', short: 'cleared-year', unit: 'ha', period: 'flow', who: 'org', levels: ['district', 'province', 'national'], halfYears: true,
    start: (r, l) => size(r, byLevel(l, 40, 400, 4000)), next: wander,
    label: (c) => `cleared by ${c.org!.short} in ${span(c)}`,
    topic: (c) => `Land cleared by ${c.org!.short} in ${where(c)} in ${span(c)}`,
    statement: (c) => `${c.org!.name} cleared ${c.amount} of mined land ${inPlace(c)} in ${span(c)}.`,
    quote: (c) => `In ${span(c)}, ${c.org!.name} cleared ${c.amount} of land ${inPlace(c)}`,
    aliases: (c) => [`land cleared by ${c.org!.short} in ${where(c)} in ${c.year}`, `${c.org!.short} ${c.year} clearance ${where(c)}`],
    questions: (c) => ({
      undated: [`how much land did ${c.op} clear in ${where(c)}`, `area cleared by ${c.op} in ${where(c)}`],
      dated: [`how much land did ${c.op} clear in ${where(c)} in ${c.year}`, `hectares cleared by ${c.op} in ${where(c)} in ${c.year}`],
    }),
  },
  {
    key: 'area-released-by-survey', short: 'released', unit: 'ha', period: 'flow', who: 'org', levels: ['district', 'province'],
    start: (r, l) => size(r, byLevel(l, 150, 1200, 9000)), next: wander,
    label: (c) => `released through non-technical survey by ${c.org!.short} in ${span(c)}`,
    topic: (c) => `Land released by survey by ${c.org!.short} in ${where(c)}, ${span(c)}`,
    statement: (c) => `Non-technical survey by ${c.org!.name} released ${c.amount} of suspected land ${inPlace(c)} in ${span(c)}.`,
    quote: (c) => `${c.org!.name} survey teams released ${c.amount} of suspected hazardous land ${inPlace(c)} in ${span(c)}`,
    aliases: (c) => [`land released by survey in ${where(c)} ${c.year}`, `${c.org!.short} non-technical survey ${where(c)}`],
    questions: (c) => ({
      undated: [`how much land did ${c.op} release by survey in ${where(c)}`],
      dated: [`how much land was released by ${c.op} survey in ${where(c)} in ${c.year}`],
    }),
  },
  {
    key: 'area-reduced-by-technical-survey', short: 'reduced', unit: 'm2', period: 'flow', who: 'org', levels: ['district', 'province'],
    start: (r, l) => size(r, byLevel(l, 200_000, 1_500_000, 10_000_000)), next: wander,
    label: (c) => `reduced by technical survey by ${c.org!.short} in ${span(c)}`,
    topic: (c) => `Area reduced by technical survey by ${c.org!.short} in ${where(c)}, ${span(c)}`,
    statement: (c) => `${c.org!.name} reduced ${c.amount} of suspected hazardous area by technical survey ${inPlace(c)} in ${span(c)}.`,
    quote: (c) => `technical survey by ${c.org!.name} reduced ${c.amount} ${inPlace(c)} in ${span(c)}`,
    aliases: (c) => [`square metres reduced by technical survey in ${where(c)}`, `${c.org!.short} technical survey ${where(c)} ${c.year}`],
    questions: (c) => ({
      undated: [`how many square metres did ${c.op} reduce by technical survey in ${where(c)}`],
      dated: [`area reduced by technical survey by ${c.op} in ${where(c)} in ${c.year}`],
    }),
  },
  {
    key: 'land-handed-over', short: 'handed-over', unit: 'ha', period: 'cumulative', who: 'org', levels: ['district', 'province'],
    start: (r, l) => size(r, byLevel(l, 200, 2000, 20_000)), next: grow(0.1),
    label: (c) => `of cleared land handed back to farmers by ${c.org!.short} since ${c.since}`,
    topic: (c) => `Cleared land handed over for farming by ${c.org!.short} in ${where(c)} since ${c.since}`,
    statement: (c) => `${c.org!.name} has handed ${c.amount} of cleared land back to farming families ${inPlace(c)} since ${c.since}.`,
    quote: (c) => `${c.amount} of cleared land have been handed back to farming families ${inPlace(c)} by ${c.org!.name} since ${c.since}`,
    aliases: (c) => [`land handed back to farmers in ${where(c)}`, `${c.org!.short} land handover ${where(c)}`],
    questions: (c) => ({
      undated: [`how much cleared land has ${c.op} handed back to farmers in ${where(c)}`],
      dated: [`how much land had ${c.op} handed back to farmers in ${where(c)} by ${c.year}`],
    }),
  },
  {
    key: 'ordnance-destroyed', short: 'destroyed', unit: 'count', period: 'cumulative', who: 'org', levels: ['district', 'province', 'national'], thing: 'always',
    start: (r, l) => size(r, byLevel(l, 400, 4000, 40_000)), next: grow(0.1),
    label: (c) => `${c.thing!.what} destroyed by ${c.org!.short} since ${c.since}`,
    topic: (c) => `${cap(c.thing!.what)} destroyed by ${c.org!.short} in ${where(c)} since ${c.since}`,
    statement: (c) => `${c.org!.name} has destroyed ${c.amount} ${c.thing!.what} ${inPlace(c)} since ${c.since}.`,
    quote: (c) => `${c.org!.name} has found and destroyed ${c.amount} ${c.thing!.what} ${inPlace(c)} since ${c.since}`,
    aliases: (c) => [`how many ${c.thing!.ask} has ${c.org!.short} destroyed in ${where(c)}`, `${c.thing!.ask} destroyed in ${where(c)} by ${c.org!.short}`],
    questions: (c) => ({
      undated: [`how many ${c.thing!.ask} has ${c.op} destroyed in ${where(c)}`, `number of ${c.thing!.ask} destroyed by ${c.op} in ${where(c)} since ${c.since}`],
      dated: [`how many ${c.thing!.ask} had ${c.op} destroyed in ${where(c)} by ${c.year}`],
    }),
  },
  {
    key: 'ordnance-destroyed-in-year', short: 'destroyed-year', unit: 'count', period: 'flow', who: 'org', levels: ['district', 'province', 'national'], thing: 'always',
    start: (r, l) => size(r, byLevel(l, 60, 600, 6000)), next: wander,
    label: (c) => `${c.thing!.what} destroyed by ${c.org!.short} in ${span(c)}`,
    topic: (c) => `${cap(c.thing!.what)} destroyed by ${c.org!.short} in ${where(c)} in ${span(c)}`,
    statement: (c) => `${c.org!.name} destroyed ${c.amount} ${c.thing!.what} ${inPlace(c)} in ${span(c)}.`,
    quote: (c) => `In ${span(c)} ${c.org!.name} destroyed ${c.amount} ${c.thing!.what} ${inPlace(c)}`,
    aliases: (c) => [`${c.thing!.ask} destroyed by ${c.org!.short} in ${where(c)} in ${c.year}`],
    questions: (c) => ({
      undated: [`how many ${c.thing!.ask} did ${c.op} destroy in ${where(c)}`],
      dated: [`how many ${c.thing!.ask} did ${c.op} destroy in ${where(c)} in ${c.year}`],
    }),
  },
  {
    key: 'minefields-cleared', short: 'minefields', unit: 'count', period: 'cumulative', who: 'org', levels: ['district', 'province', 'national'], what: 'minefields',
    start: (r, l) => size(r, byLevel(l, 20, 200, 2000)), next: grow(0.1),
    label: (c) => `minefields cleared by ${c.org!.short} since ${c.since}`,
    topic: (c) => `Minefields cleared by ${c.org!.short} in ${where(c)} since ${c.since}`,
    statement: (c) => `${c.org!.name} has cleared ${c.amount} minefields ${inPlace(c)} since ${c.since}.`,
    quote: (c) => `${c.amount} minefields have been cleared by ${c.org!.name} ${inPlace(c)} since ${c.since}`,
    aliases: (c) => [`how many minefields has ${c.org!.short} cleared in ${where(c)}`],
    questions: (c) => ({ undated: [`how many minefields has ${c.op} cleared in ${where(c)}`], dated: [`minefields cleared by ${c.op} in ${where(c)} by ${c.year}`] }),
  },
  {
    key: 'deminers', short: 'deminers', unit: 'count', period: 'stock', who: 'org', levels: ['province', 'national'], what: 'deminers',
    start: (r, l) => size(r, byLevel(l, 30, 120, 800)), next: wander,
    label: (c) => `deminers working for ${c.org!.short}`,
    topic: (c) => `Deminers employed by ${c.org!.short} in ${where(c)}`,
    statement: (c) => `${c.org!.name} employed ${c.amount} deminers ${inPlace(c)} as of ${dateText(c.asOf)}.`,
    quote: (c) => `${c.org!.name} had ${c.amount} deminers at work ${inPlace(c)} on ${dateText(c.asOf)}`,
    aliases: (c) => [`how many deminers does ${c.org!.short} have in ${where(c)}`, `${c.org!.short} staff ${where(c)}`],
    questions: (c) => ({ undated: [`how many deminers does ${c.op} have in ${where(c)}`], dated: [`how many deminers did ${c.op} employ in ${where(c)} in ${c.year}`] }),
  },
  {
    key: 'mine-detection-rats', short: 'rats', unit: 'count', period: 'stock', who: 'org', levels: ['province', 'national'], what: 'mine detection rats',
    start: (r) => size(r, 40), next: wander,
    label: (c) => `mine detection rats working with ${c.org!.short}`,
    topic: (c) => `Mine detection rats used by ${c.org!.short} in ${where(c)}`,
    statement: (c) => `${c.org!.name} had ${c.amount} mine detection rats at work ${inPlace(c)} as of ${dateText(c.asOf)}.`,
    quote: (c) => `${c.amount} mine detection rats were working with ${c.org!.name} ${inPlace(c)}`,
    aliases: (c) => [`how many rats does ${c.org!.short} use in ${where(c)}`, `mine detection rats ${where(c)}`],
    questions: (c) => ({ undated: [`how many mine detection rats does ${c.op} have in ${where(c)}`], dated: [`how many rats did ${c.op} use in ${where(c)} in ${c.year}`] }),
  },
  {
    key: 'villages-mine-free', short: 'villages', unit: 'count', period: 'cumulative', who: 'org', levels: ['district', 'province'], what: 'villages',
    start: (r, l) => size(r, byLevel(l, 8, 60, 600)), next: grow(0.08),
    label: (c) => `villages declared mine-free after ${c.org!.short} clearance since ${c.since}`,
    topic: (c) => `Villages declared mine-free after ${c.org!.short} work in ${where(c)}`,
    statement: (c) => `${cap(c.amount)} villages ${inPlace(c)} have been declared mine-free after clearance by ${c.org!.name} since ${c.since}.`,
    quote: (c) => `${c.amount} villages ${inPlace(c)} were declared free of mines after ${c.org!.name} clearance since ${c.since}`,
    aliases: (c) => [`mine-free villages in ${where(c)}`, `how many villages has ${c.org!.short} made mine-free in ${where(c)}`],
    questions: (c) => ({ undated: [`how many villages in ${where(c)} has ${c.op} declared mine-free`], dated: [`villages declared mine-free by ${c.op} in ${where(c)} by ${c.year}`] }),
  },
  {
    key: 'risk-education', short: 'risk-education', unit: 'count', period: 'flow', who: 'org', levels: ['district', 'province', 'national'], what: 'people reached by risk education',
    start: (r, l) => size(r, byLevel(l, 2000, 15_000, 120_000)), next: wander,
    label: (c) => `people reached by ${c.org!.short} risk education in ${span(c)}`,
    topic: (c) => `People reached by ${c.org!.short} mine risk education in ${where(c)}, ${span(c)}`,
    statement: (c) => `${c.org!.name} mine risk education sessions reached ${c.amount} people ${inPlace(c)} in ${span(c)}.`,
    quote: (c) => `risk education sessions by ${c.org!.name} reached ${c.amount} people ${inPlace(c)} in ${span(c)}`,
    aliases: (c) => [`how many people did ${c.org!.short} teach about mines in ${where(c)}`, `mine risk education ${where(c)} ${c.year}`],
    questions: (c) => ({ undated: [`how many people has ${c.op} reached with risk education in ${where(c)}`], dated: [`how many people did ${c.op} reach with mine risk education in ${where(c)} in ${c.year}`] }),
  },
  {
    key: 'survivors-assisted', short: 'survivors', unit: 'count', period: 'flow', who: 'org', levels: ['province', 'national'], what: 'mine survivors',
    start: (r, l) => size(r, byLevel(l, 80, 300, 3000)), next: wander,
    label: (c) => `mine survivors assisted by ${c.org!.short} in ${span(c)}`,
    topic: (c) => `Mine survivors assisted by ${c.org!.short} in ${where(c)}, ${span(c)}`,
    statement: (c) => `${c.org!.name} assisted ${c.amount} mine survivors ${inPlace(c)} in ${span(c)}.`,
    quote: (c) => `${c.org!.name} provided assistance to ${c.amount} mine survivors ${inPlace(c)} in ${span(c)}`,
    aliases: (c) => [`how many survivors did ${c.org!.short} help in ${where(c)}`, `victim assistance ${where(c)} ${c.year}`],
    questions: (c) => ({ undated: [`how many mine survivors has ${c.op} assisted in ${where(c)}`], dated: [`how many survivors did ${c.op} help in ${where(c)} in ${c.year}`] }),
  },
  {
    key: 'project-budget', short: 'budget', unit: 'money', period: 'flow', who: 'org', levels: ['province', 'national'],
    start: (r, l) => 1000 * size(r, byLevel(l, 200, 900, 5000)), next: (r, p) => 1000 * Math.round(wander(r, p) / 1000),
    label: (c) => `budget of ${c.org!.short} clearance ${inPlace(c)} for ${span(c)}`,
    topic: (c) => `${c.org!.short} clearance budget for ${where(c)}, ${span(c)}`,
    statement: (c) => `${c.org!.name} budgeted ${c.amount} for clearance ${inPlace(c)} in ${span(c)}.`,
    quote: (c) => `a budget of ${c.amount} for the clearance work of ${c.org!.name} ${inPlace(c)} in ${span(c)}`,
    aliases: (c) => [`how much does ${c.org!.short} spend in ${where(c)}`, `${c.org!.short} budget ${where(c)} ${c.year}`],
    questions: (c) => ({ undated: [`how much money does ${c.op} spend on clearance in ${where(c)}`], dated: [`what was the budget of ${c.op} in ${where(c)} in ${c.year}`] }),
  },
  {
    key: 'women-deminers-share', short: 'women', unit: 'percent', period: 'stock', who: 'org', levels: ['national'],
    start: (r) => Math.round(50 + r() * 300) / 10, next: (r, p) => Math.min(60, Math.round(p * 10 + r() * 30) / 10),
    label: (c) => `of ${c.org!.short} deminers are women`,
    topic: (c) => `Share of women among ${c.org!.short} deminers`,
    statement: (c) => `${cap(c.amount)} of the deminers of ${c.org!.name} in Cambodia were women as of ${dateText(c.asOf)}.`,
    quote: (c) => `women made up ${c.amount} of the deminers of ${c.org!.name}`,
    aliases: (c) => [`what share of ${c.org!.short} deminers are women`, `female deminers ${c.org!.short}`],
    questions: (c) => ({ undated: [`what percentage of ${c.op} deminers are women`], dated: [`what share of ${c.op} deminers were women in ${c.year}`] }),
  },
  {
    key: 'area-remaining', short: 'remaining', unit: 'ha', period: 'stock', who: 'none', levels: ['district', 'province'],
    start: (r, l) => size(r, byLevel(l, 3000, 20_000, 200_000)), next: shrink(0.08),
    label: (c) => `still to clear ${inPlace(c)}`,
    topic: (c) => `Land still to clear in ${where(c)}`,
    statement: (c) => `${cap(c.amount)} of suspected mined land remained to be cleared ${inPlace(c)} as of ${dateText(c.asOf)}.`,
    quote: (c) => `${c.amount} of suspected minefields remained to be cleared ${inPlace(c)} as of ${dateText(c.asOf)}`,
    aliases: (c) => [`how much land is still mined in ${where(c)}`, `remaining contaminated area in ${where(c)}`],
    questions: (c) => ({
      undated: [`how much land is still mined in ${where(c)}`, `how many hectares are left to clear in ${where(c)}`],
      dated: [`how much land was still to clear in ${where(c)} in ${c.year}`],
    }),
  },
  {
    key: 'area-contaminated', short: 'contaminated', unit: 'km2', period: 'stock', who: 'none', levels: ['province', 'national'], thing: 'always',
    start: (r, l) => size(r, byLevel(l, 20, 120, 900)), next: shrink(0.06),
    label: (c) => `contaminated by ${c.thing!.of} ${inPlace(c)}`,
    topic: (c) => `Area contaminated by ${c.thing!.of} in ${where(c)}`,
    statement: (c) => `${cap(c.amount)} of land ${inPlace(c)} were contaminated by ${c.thing!.of} as of ${dateText(c.asOf)}.`,
    quote: (c) => `${c.amount} ${inPlace(c)} remained contaminated by ${c.thing!.of}`,
    aliases: (c) => [`how much land is contaminated by ${c.thing!.ask} in ${where(c)}`, `${c.thing!.ask} contamination ${where(c)}`],
    questions: (c) => ({
      undated: [`how much land is contaminated by ${c.thing!.ask} in ${where(c)}`],
      dated: [`area contaminated by ${c.thing!.ask} in ${where(c)} in ${c.year}`],
    }),
  },
  {
    key: 'suspected-hazardous-areas', short: 'shas', unit: 'count', period: 'stock', who: 'none', levels: ['district', 'province'], what: 'suspected hazardous areas',
    start: (r, l) => size(r, byLevel(l, 40, 300, 3000)), next: shrink(0.07),
    label: (c) => `suspected hazardous areas ${inPlace(c)}`,
    topic: (c) => `Suspected hazardous areas recorded in ${where(c)}`,
    statement: (c) => `${cap(c.amount)} suspected hazardous areas were recorded ${inPlace(c)} as of ${dateText(c.asOf)}.`,
    quote: (c) => `the database listed ${c.amount} suspected hazardous areas ${inPlace(c)}`,
    aliases: (c) => [`how many suspected minefields are there in ${where(c)}`, `hazardous areas ${where(c)}`],
    questions: (c) => ({ undated: [`how many suspected hazardous areas are there in ${where(c)}`], dated: [`how many suspected hazardous areas were there in ${where(c)} in ${c.year}`] }),
  },
  {
    key: 'casualties', short: 'casualties', unit: 'count', period: 'flow', who: 'none', levels: ['district', 'province', 'national'], what: 'casualties', halfYears: true,
    start: (r, l) => size(r, byLevel(l, 6, 30, 300)), next: wander,
    label: (c) => `mine and ERW casualties ${inPlace(c)} in ${span(c)}`,
    topic: (c) => `Mine and ERW casualties in ${where(c)} in ${span(c)}`,
    statement: (c) => `${cap(c.amount)} casualties from mines and explosive remnants of war were recorded ${inPlace(c)} in ${span(c)}.`,
    quote: (c) => `${c.amount} casualties from landmines and explosive remnants of war ${inPlace(c)} in ${span(c)}`,
    aliases: (c) => [`how many mine casualties were there in ${where(c)} in ${c.year}`, `mine victims ${where(c)} ${c.year}`],
    questions: (c) => ({ undated: [`how many mine casualties were there in ${where(c)}`], dated: [`how many mine casualties were there in ${where(c)} in ${c.year}`, `mine victims in ${where(c)} in ${c.year}`] }),
  },
  {
    key: 'people-killed', short: 'killed', unit: 'count', period: 'flow', who: 'none', levels: ['province', 'national'], what: 'people killed',
    start: (r, l) => size(r, byLevel(l, 2, 8, 60)), next: wander,
    label: (c) => `killed by mines and ERW ${inPlace(c)} in ${span(c)}`,
    topic: (c) => `People killed by mines and ERW in ${where(c)} in ${span(c)}`,
    statement: (c) => `${cap(c.amount)} people were killed by mines and explosive remnants of war ${inPlace(c)} in ${span(c)}.`,
    quote: (c) => `${c.amount} people were killed ${inPlace(c)} in ${span(c)}`,
    aliases: (c) => [`how many people died from landmines in ${where(c)} in ${c.year}`, `mine deaths ${where(c)} ${c.year}`],
    questions: (c) => ({ undated: [`how many people were killed by mines in ${where(c)}`], dated: [`how many people died from mines in ${where(c)} in ${c.year}`] }),
  },
  {
    key: 'people-injured', short: 'injured', unit: 'count', period: 'flow', who: 'none', levels: ['province', 'national'], what: 'people injured',
    start: (r, l) => size(r, byLevel(l, 4, 20, 200)), next: wander,
    label: (c) => `injured by mines and ERW ${inPlace(c)} in ${span(c)}`,
    topic: (c) => `People injured by mines and ERW in ${where(c)} in ${span(c)}`,
    statement: (c) => `${cap(c.amount)} people were injured by mines and explosive remnants of war ${inPlace(c)} in ${span(c)}.`,
    quote: (c) => `${c.amount} people were injured ${inPlace(c)} in ${span(c)}`,
    aliases: (c) => [`how many people were injured by mines in ${where(c)} in ${c.year}`],
    questions: (c) => ({ undated: [`how many people were injured by mines in ${where(c)}`], dated: [`how many people were injured by landmines in ${where(c)} in ${c.year}`] }),
  },
  {
    key: 'amputations', short: 'amputees', unit: 'count', period: 'flow', who: 'none', levels: ['province', 'national'], what: 'amputees',
    start: (r, l) => size(r, byLevel(l, 2, 10, 80)), next: wander,
    label: (c) => `amputations after mine accidents ${inPlace(c)} in ${span(c)}`,
    topic: (c) => `Amputations after mine and ERW accidents in ${where(c)} in ${span(c)}`,
    statement: (c) => `${cap(c.amount)} people lost a limb to mines or explosive remnants of war ${inPlace(c)} in ${span(c)}.`,
    quote: (c) => `${c.amount} people had a limb amputated after accidents ${inPlace(c)} in ${span(c)}`,
    aliases: (c) => [`how many amputees were there in ${where(c)} in ${c.year}`],
    questions: (c) => ({ undated: [`how many amputations were there in ${where(c)}`], dated: [`how many amputees in ${where(c)} in ${c.year}`] }),
  },
  {
    key: 'accidents', short: 'accidents', unit: 'count', period: 'flow', who: 'none', levels: ['province', 'national'], what: 'accidents',
    start: (r, l) => size(r, byLevel(l, 3, 15, 120)), next: wander,
    label: (c) => `mine and ERW accidents ${inPlace(c)} in ${span(c)}`,
    topic: (c) => `Explosive ordnance accidents in ${where(c)} in ${span(c)}`,
    statement: (c) => `${cap(c.amount)} accidents with mines and explosive remnants of war were recorded ${inPlace(c)} in ${span(c)}.`,
    quote: (c) => `${c.amount} accidents involving explosive ordnance ${inPlace(c)} in ${span(c)}`,
    aliases: (c) => [`how many mine accidents happened in ${where(c)} in ${c.year}`],
    questions: (c) => ({ undated: [`how many mine accidents were there in ${where(c)}`], dated: [`how many mine accidents happened in ${where(c)} in ${c.year}`] }),
  },
  {
    key: 'people-at-risk', short: 'at-risk', unit: 'count', period: 'stock', who: 'none', levels: ['province', 'national'], what: 'people living near suspected minefields',
    start: (r, l) => size(r, byLevel(l, 5000, 40_000, 800_000)), next: shrink(0.05),
    label: (c) => `people living near suspected minefields ${inPlace(c)}`,
    topic: (c) => `People living near suspected minefields in ${where(c)}`,
    statement: (c) => `${cap(c.amount)} people lived near suspected contaminated land ${inPlace(c)} as of ${dateText(c.asOf)}.`,
    quote: (c) => `${c.amount} people live or work near suspected contaminated land ${inPlace(c)}`,
    aliases: (c) => [`how many people are at risk from mines in ${where(c)}`],
    questions: (c) => ({ undated: [`how many people are at risk from mines in ${where(c)}`], dated: [`how many people lived near minefields in ${where(c)} in ${c.year}`] }),
  },
  {
    key: 'schools-on-cleared-land', short: 'schools', unit: 'count', period: 'cumulative', who: 'none', levels: ['district', 'province'], what: 'schools',
    start: (r, l) => size(r, byLevel(l, 4, 30, 300)), next: grow(0.06),
    label: (c) => `schools built on cleared land ${inPlace(c)} since ${c.since}`,
    topic: (c) => `Schools built on cleared land in ${where(c)} since ${c.since}`,
    statement: (c) => `${cap(c.amount)} schools have been built on cleared land ${inPlace(c)} since ${c.since}.`,
    quote: (c) => `${c.amount} schools now stand on land cleared ${inPlace(c)} since ${c.since}`,
    aliases: (c) => [`how many schools were built on cleared land in ${where(c)}`],
    questions: (c) => ({ undated: [`how many schools have been built on cleared land in ${where(c)}`], dated: [`schools built on cleared land in ${where(c)} by ${c.year}`] }),
  },
  {
    key: 'families-resettled', short: 'families', unit: 'count', period: 'cumulative', who: 'none', levels: ['district', 'province'], what: 'families',
    start: (r, l) => size(r, byLevel(l, 100, 900, 9000)), next: grow(0.08),
    label: (c) => `families resettled on cleared land ${inPlace(c)} since ${c.since}`,
    topic: (c) => `Families resettled on cleared land in ${where(c)} since ${c.since}`,
    statement: (c) => `${cap(c.amount)} families have settled on cleared land ${inPlace(c)} since ${c.since}.`,
    quote: (c) => `${c.amount} families have moved onto cleared land ${inPlace(c)} since ${c.since}`,
    aliases: (c) => [`how many families live on cleared land in ${where(c)}`],
    questions: (c) => ({ undated: [`how many families have resettled on cleared land in ${where(c)}`], dated: [`families resettled on cleared land in ${where(c)} by ${c.year}`] }),
  },
  {
    key: 'share-cleared', short: 'share', unit: 'percent', period: 'stock', who: 'none', levels: ['province', 'national'],
    start: (r) => Math.round(200 + r() * 500) / 10, next: (r, p) => Math.min(99.9, Math.round(p * 10 + r() * 40) / 10),
    label: (c) => `of the known contaminated land ${inPlace(c)} cleared`,
    topic: (c) => `Share of the contaminated land cleared in ${where(c)}`,
    statement: (c) => `${cap(c.amount)} of the known contaminated land ${inPlace(c)} had been cleared as of ${dateText(c.asOf)}.`,
    quote: (c) => `${c.amount} of the known contaminated land ${inPlace(c)} has been cleared`,
    aliases: (c) => [`what percentage of ${where(c)} is cleared`, `how far along is clearance in ${where(c)}`],
    questions: (c) => ({ undated: [`what percentage of the land in ${where(c)} has been cleared`], dated: [`what share of ${where(c)} was cleared in ${c.year}`] }),
  },
  {
    key: 'clearance-target-year', short: 'target', unit: 'year', period: 'target', who: 'none', levels: ['province', 'national'],
    start: () => 0, next: (_r, p) => p,
    label: (c) => `target year for a mine-free ${where(c)}`,
    topic: (c) => `Target year for finishing clearance in ${where(c)}`,
    statement: (c) => `As of ${dateText(c.asOf)} the authorities aimed to finish clearing ${where(c)} by ${c.value}.`,
    quote: (c) => `the goal is a mine-free ${where(c)} by ${c.value}`,
    aliases: (c) => [`when will ${where(c)} be mine-free`, `deadline for clearance in ${where(c)}`],
    questions: (c) => ({ undated: [`when will ${where(c)} be free of mines`], dated: [`what was the target year for ${where(c)} in ${c.year}`] }),
  },
  {
    key: 'funding', short: 'funding', unit: 'money', period: 'flow', who: 'donor', levels: ['province', 'national'],
    start: (r, l) => 1000 * size(r, byLevel(l, 300, 300, 3000)), next: (r, p) => 1000 * Math.round(wander(r, p) / 1000),
    label: (c) => `granted by ${c.donor} to ${c.partner!.short} for ${span(c)}`,
    topic: (c) => `${c.donor} funding for ${c.partner!.short} clearance in ${where(c)}, ${span(c)}`,
    statement: (c) => `${c.donor} granted ${c.amount} to ${c.partner!.name} for clearance ${inPlace(c)} in ${span(c)}.`,
    quote: (c) => `${c.donor} provided ${c.amount} to ${c.partner!.name} for mine clearance ${inPlace(c)} in ${span(c)}`,
    aliases: (c) => [`how much did ${c.donor} give ${c.partner!.short} in ${c.year}`, `${c.donor} grant to ${c.partner!.short} ${where(c)}`],
    questions: (c) => ({ undated: [`how much money has ${c.donor} given ${c.partner!.short} for ${where(c)}`], dated: [`how much did ${c.donor} give ${c.partner!.short} for clearance in ${where(c)} in ${c.year}`] }),
  },
];

const cap = (s: string): string => `${s[0]!.toUpperCase()}${s.slice(1)}`;

const QUALIFIERS: ReadonlyArray<readonly [Qualifier, string]> = [
  ['more-than', 'more than '], ['more-than', 'more than '], ['about', 'about '], ['stated', ''], ['stated', ''], ['stated', ''],
  ['at-least', 'at least '], ['up-to', 'up to '], ['exactly', 'exactly '],
];

const UNIT_WORDS: Partial<Record<Figure['unit'], string>> = { ha: 'hectares', km2: 'square kilometres', m2: 'square metres' };

function amountOf(m: Measure, value: number, qualifierWords: string): string {
  const n = Number.isInteger(value) ? formatNumber(value) : String(value);
  switch (m.unit) {
    case 'money': return `${qualifierWords}US$${n}`;
    case 'percent': return `${qualifierWords}${n} per cent`;
    case 'count': case 'year': return `${qualifierWords}${n}`;
    default: return `${qualifierWords}${n} ${UNIT_WORDS[m.unit]!}`;
  }
}

// ---------------------------------------------------------------------------------------------
// The base.

/** A generated fact and what a question about it looks like. */
export interface SyntheticFact {
  fact: Fact;
  measure: Measure;
  ctx: Ctx;
  /** Facts of one series (measure and scope) share it; the newest answers an undated question. */
  series: string;
  /** Where the fact stands in its series: the last one is the newest. */
  newest: boolean;
}

export interface SyntheticBase {
  input: KnowledgeInput;
  synthetic: SyntheticFact[];
  /** Facts in the generated file, real ones included. */
  factCount: number;
  /** How many distinct measures, places, organisations, dates and series the generated facts use. */
  spread: { measures: number; places: number; organisations: number; dates: number; series: number };
}

/** Real knowledge files, as read from knowledge/. */
export interface RealFiles {
  facts: string;
  sources: string;
  glossary: string;
  vocabulary: string;
  sourceTexts: ReadonlyMap<string, string>;
}

interface FactsFileShape { facts: Fact[]; [k: string]: unknown }
interface SourcesFileShape { sources: Source[]; [k: string]: unknown }
interface VocabularyShape { entities: Entity[]; [k: string]: unknown }

/** Facts per generated source (a report or article): its text is made of their quotes. */
const FACTS_PER_SOURCE = 200;
const FIRST_YEAR = 1995;
const LAST_YEAR = 2025;

interface World {
  places: Place[];
  byLevel: Record<Level, Place[]>;
  operators: Org[];
  entities: Entity[];
}

function makeWorld(rand: () => number, realEntityIds: ReadonlySet<string>): World {
  const entities: Entity[] = [];
  const national: Place = { level: 'national', name: 'Cambodia', full: 'Cambodia', province: undefined, slug: 'cambodia' };
  const provinces: Place[] = PROVINCES.map((p) => ({ level: 'province', name: p, full: `${p} province`, province: p, slug: slugOf(p) }));
  for (const p of provinces) {
    if (!realEntityIds.has(p.slug)) entities.push({ id: p.slug, kind: 'place', names: [p.name], within: 'cambodia' });
  }
  const districts: Place[] = [];
  for (const a of FIRST) {
    for (const b of SECOND) {
      const name = `${a} ${b}`;
      const province = PROVINCES[districts.length % PROVINCES.length]!;
      const slug = slugOf(name);
      districts.push({ level: 'district', name, full: `${name} district, ${province}`, province, slug });
      entities.push({ id: `${slug}-district`, kind: 'place', names: [name, `${name} district`], within: slugOf(province) });
    }
  }
  const usedShort = new Set<string>(REAL_OPERATORS.map((o) => o.short));
  const usedName = new Set<string>();
  const people = new Set<string>();
  const person = (org: string): string => {
    for (;;) {
      const name = `${pickFrom(rand, FAMILY)} ${pickFrom(rand, GIVEN)}`;
      if (people.has(name)) continue;
      people.add(name);
      entities.push({ id: slugOf(name), kind: 'person', names: [name] });
      return `${name}, ${pickFrom(rand, ROLES)} of ${org}`;
    }
  };
  const operators: Org[] = REAL_OPERATORS.map((o) => ({ ...o, slug: slugOf(o.short), people: [] }));
  while (operators.length < REAL_OPERATORS.length + GENERATED_OPERATORS) {
    const name = `${pickFrom(rand, ORG_FIRST)} ${pickFrom(rand, ORG_SECOND)} ${pickFrom(rand, ORG_THIRD)}`;
    if (usedName.has(name)) continue;
    usedName.add(name);
    let short = name.split(' ').map((w) => w[0]).join('');
    for (let k = 2; usedShort.has(short); k++) short = `${short.replace(/\d+$/, '')}${k}`;
    usedShort.add(short);
    operators.push({ name, short, slug: slugOf(short), people: [] });
    entities.push({ id: `org-${slugOf(short)}`, kind: 'organisation', names: [name, short] });
  }
  for (const o of operators) {
    const n = 1 + Math.floor(rand() * 3);
    for (let i = 0; i < n; i++) o.people.push(person(o.name));
  }
  for (const t of THINGS) if (t.entity !== undefined) entities.push(t.entity);
  const places = [national, ...provinces, ...districts];
  return { places, byLevel: { national: [national], province: provinces, district: districts }, operators, entities };
}

/** Dates of a fact of this period in this year: [from, asOf]. */
function datesOf(rand: () => number, m: Measure, year: number, half: boolean): [string | undefined, string] {
  if (m.period === 'flow') return half ? [`${year}-01-01`, `${year}-06-30`] : [`${year}-01-01`, `${year}-12-31`];
  if (m.period === 'cumulative') return [undefined, `${year}-12-31`];
  const month = 1 + Math.floor(rand() * 12);
  return [undefined, `${year}-${pad(month)}-${pad(1 + Math.floor(rand() * 28))}`];
}

/**
 * A fact base of `total` facts: the real ones plus `total - real` generated ones, with one
 * generated source per 200 facts whose text is made of its facts' quotes, and the real vocabulary
 * plus the generated places, operators, spokespeople and kinds of ordnance.
 */
export function generateBase(real: RealFiles, total: number, seed = 1): SyntheticBase {
  const rand = rng(seed);
  const realFacts = JSON.parse(real.facts) as FactsFileShape;
  const realSources = JSON.parse(real.sources) as SourcesFileShape;
  const realVocabulary = JSON.parse(real.vocabulary) as VocabularyShape;
  const world = makeWorld(rand, new Set(realVocabulary.entities.map((e) => e.id)));
  const n = Math.max(0, total - realFacts.facts.length);

  const synthetic: SyntheticFact[] = [];
  const ids = new Set<string>(realFacts.facts.map((f) => f.id));
  const seriesSeen = new Set<string>();
  const sources: Source[] = [];
  const sourceTexts = new Map(real.sourceTexts);
  let quotes: string[] = [];
  const flush = () => {
    const k = sources.length;
    sourceTexts.set(`sources/synthetic-report-${k}.txt`, `Mine action progress report ${k}.\n\n${quotes.join('.\n\n')}.\n`);
    quotes = [];
  };
  /** Called once for each fact, before it is added: a new source every FACTS_PER_SOURCE facts. */
  const sourceFor = (): string => {
    if (synthetic.length % FACTS_PER_SOURCE === 0) {
      if (quotes.length > 0) flush();
      const k = sources.length + 1;
      sources.push({
        id: `synthetic-report-${k}`,
        publisher: pickFrom(rand, ['Cambodian Mine Action and Victim Assistance Authority', 'Landmine Monitor', 'Khmer Times', 'The Phnom Penh Post', 'Xinhua']),
        headline: `Mine action progress report no. ${k}`,
        url: `https://reports.example.org/mine-action/${k}`,
        date: `${2015 + (k % 10)}-${pad(1 + (k % 12))}-${pad(1 + (k % 28))}`,
        dateKnown: 'stated',
        text: `sources/synthetic-report-${k}.txt`,
      });
    }
    return sources[sources.length - 1]!.id;
  };

  while (synthetic.length < n) {
    // One series: a measure of one scope, reported over a run of years.
    const m = pickFrom(rand, MEASURES);
    const place = pickFrom(rand, world.byLevel[pickFrom(rand, m.levels)]);
    const org = m.who === 'org' ? pickFrom(rand, world.operators) : undefined;
    const partner = m.who === 'donor' ? pickFrom(rand, world.operators) : undefined;
    const donor = m.who === 'donor' ? pickFrom(rand, DONORS) : undefined;
    const thing = m.thing === 'always' || (m.thing === 'sometimes' && chance(rand, 0.5)) ? pickFrom(rand, THINGS) : undefined;
    const length = 1 + Math.floor(rand() * rand() * 8);
    const first = FIRST_YEAR + Math.floor(rand() * (LAST_YEAR - FIRST_YEAR + 1 - length));
    const step = chance(rand, 0.2) ? 2 : 1;
    const since = m.period === 'cumulative' ? first - 1 - Math.floor(rand() * 8) : undefined;
    const series = [m.key, place.slug, org?.slug ?? donor ?? '', thing?.short ?? '', partner?.slug ?? '', since ?? ''].join('|');
    if (seriesSeen.has(series)) continue;
    seriesSeen.add(series);
    const target = m.period === 'target' ? first + 3 + Math.floor(rand() * 8) : undefined;
    let value = m.start(rand, place.level);
    const made: SyntheticFact[] = [];
    for (let i = 0; i < length && synthetic.length + made.length < n; i++) {
      const year = first + i * step;
      if (year > LAST_YEAR) break;
      if (i > 0) value = m.next(rand, value);
      const half = m.halfYears === true && year === LAST_YEAR;
      const [from, asOf] = datesOf(rand, m, year, half);
      const v = target ?? value;
      const [qualifier, qWords] = m.period === 'target' ? (['stated', ''] as const) : pickFrom(rand, QUALIFIERS);
      const speaker = org ?? partner;
      const ctx: Ctx = {
        place, org, partner, donor, thing, year, since, from, asOf, value: v, amount: amountOf(m, v, qWords),
        op: org === undefined ? '' : chance(rand, 0.5) ? org.short : org.name,
        spokesperson: speaker === undefined ? `${pickFrom(rand, ['Ly Thuch', 'Heng Ratana', 'Prum Sophakmonkol'])}, Cambodian Mine Action and Victim Assistance Authority` : pickFrom(rand, speaker.people),
      };
      const id = [m.short, org?.slug ?? slugOf(donor ?? ''), partner?.slug ?? '', thing?.short ?? '', place.slug, String(year), half ? 'h1' : '', since === undefined ? '' : `s${since}`]
        .filter((x) => x !== '').join('-');
      if (ids.has(id)) break;
      ids.add(id);
      const figure: Figure = {
        value: v,
        unit: m.unit,
        ...(m.unit === 'count' ? { what: thing?.what ?? m.what ?? 'items' } : {}),
        ...(m.unit === 'money' ? { currency: 'USD' } : {}),
        measure: m.key,
        qualifier,
        label: m.label(ctx),
        asOf,
        period: m.period,
        ...(from === undefined ? {} : { from }),
        scope: {
          where: place.name,
          ...(since === undefined ? {} : { since: String(since) }),
          ...(org !== undefined ? { by: org.name } : donor !== undefined ? { by: donor } : {}),
          ...(partner === undefined ? {} : { with: [partner.name] }),
          ...(thing === undefined ? {} : { of: thing.of }),
        },
      };
      const fact: Fact = {
        id,
        topic: m.topic(ctx).slice(0, 100),
        aliases: m.aliases(ctx).map((a) => a.slice(0, 200)),
        statement: m.statement(ctx),
        figure,
        source: sourceFor(),
        quote: m.quote(ctx),
        saidBy: ctx.spokesperson,
        revision: 1,
        updatedAt: '2025-01-15T00:00:00.000Z',
      };
      made.push({ fact, measure: m, ctx, series, newest: false });
      quotes.push(fact.quote);
      synthetic.push(made.at(-1)!);
    }
    if (made.length > 0) made.at(-1)!.newest = true;
  }
  if (quotes.length > 0) flush();

  const factsFile = { ...realFacts, facts: [...realFacts.facts, ...synthetic.map((s) => s.fact)] };
  const sourcesFile = { ...realSources, sources: [...realSources.sources, ...sources] };
  const vocabularyFile = { ...realVocabulary, entities: [...realVocabulary.entities, ...world.entities] };
  const spread = {
    measures: new Set(synthetic.map((s) => s.measure.key)).size,
    places: new Set(synthetic.map((s) => s.ctx.place.slug)).size,
    organisations: new Set(synthetic.flatMap((s) => [s.ctx.org?.short, s.ctx.partner?.short, s.ctx.donor].filter((x) => x !== undefined))).size,
    dates: new Set(synthetic.map((s) => s.fact.figure!.asOf)).size,
    series: new Set(synthetic.map((s) => s.series)).size,
  };
  return {
    input: {
      facts: { path: 'bench/facts.json', text: JSON.stringify(factsFile) },
      sources: { path: 'bench/sources.json', text: JSON.stringify(sourcesFile) },
      glossary: { path: 'bench/glossary.json', text: real.glossary },
      vocabulary: { path: 'bench/vocabulary.json', text: JSON.stringify(vocabularyFile) },
      sourceTexts,
    },
    synthetic,
    factCount: factsFile.facts.length,
    spread,
  };
}

export interface BenchQuestion {
  q: string;
  /** The fact the question was made from, when it should answer with it. */
  expect?: string;
}

/** Swaps two inner letters of one longer word: "cleared" -> "claered". */
function typo(rand: () => number, text: string): string {
  const ws = text.split(' ');
  const long = ws.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 6 && /^[a-z]+$/.test(w));
  if (long.length === 0) return text;
  const [w, i] = pickFrom(rand, long);
  const j = 2 + Math.floor(rand() * (w.length - 4));
  ws[i] = w.slice(0, j) + w[j + 1]! + w[j]! + w.slice(j + 2);
  return ws.join(' ');
}

/**
 * Questions people would ask of the generated facts: specific (undated ones expect the newest fact
 * of the series, dated ones the fact of that year), vague, misspelt, and unanswerable (a year no
 * fact covers, a country the base has no figure for).
 */
export function generateQuestions(synthetic: readonly SyntheticFact[], count: number, seed = 2): BenchQuestion[] {
  const rand = rng(seed);
  const out: BenchQuestion[] = [];
  if (synthetic.length === 0) return out;
  while (out.length < count) {
    const s = pickFrom(rand, synthetic);
    const qs = s.measure.questions(s.ctx);
    // An undated question is answered by the newest figure of the series.
    const dated = !s.newest || chance(rand, 0.4);
    const q = pickFrom(rand, dated ? qs.dated : qs.undated);
    const r = rand();
    if (r < 0.15) out.push({ q: typo(rand, q.toLowerCase()) });
    else if (r < 0.25) out.push({ q: `${q.replace(/\b(19|20)\d\d\b/g, '1989')}${/\b1989\b/.test(q) ? '' : ' in 1989'}` });
    else if (r < 0.3) out.push({ q: q.replace(s.ctx.place.name, pickFrom(rand, ['Laos', 'Vietnam', 'Angola'])) });
    else if (r < 0.38) out.push({ q: pickFrom(rand, [`how much land has been cleared in ${s.ctx.place.province ?? 'Cambodia'}`, `mines destroyed in ${s.ctx.place.name}`, `what has ${s.ctx.org?.short ?? 'CMAC'} achieved`, `${s.measure.key.replace(/-/g, ' ')}`]) });
    else out.push({ q, expect: s.fact.id });
  }
  return out;
}

/** What people type into `search`, `fact` and autocomplete about the generated facts. */
export interface Lookups {
  search: string[];
  fact: string[];
  autocomplete: string[];
}

/**
 * Look-ups of generated facts: searches by a few words (an operator, a place, a kind of ordnance, a
 * measure's words), `fact` by a whole or partial topic (some misspelt), and autocomplete by the
 * first 1 to 30 characters of a topic, as it is being typed.
 */
export function generateLookups(synthetic: readonly SyntheticFact[], count: number, seed = 3): Lookups {
  const rand = rng(seed);
  const out: Lookups = { search: [], fact: [], autocomplete: [] };
  if (synthetic.length === 0) return out;
  for (let i = 0; i < count; i++) {
    const s = pickFrom(rand, synthetic);
    const c = s.ctx;
    const topic = s.fact.topic;
    const who = c.org?.short ?? c.donor ?? '';
    out.search.push(pickFrom(rand, [
      `${who} ${c.place.name}`.trim(),
      c.thing === undefined ? c.place.name : `${c.thing.ask} ${c.place.name}`,
      s.measure.key.replace(/-/g, ' '),
      `${s.measure.key.split('-')[0]!} ${c.place.name} ${c.year}`,
      typo(rand, `${s.measure.key.replace(/-/g, ' ')} ${c.place.name}`.toLowerCase()),
    ]));
    const words = topic.split(' ');
    out.fact.push(pickFrom(rand, [
      topic,
      typo(rand, topic.toLowerCase()),
      words.slice(0, Math.max(2, Math.ceil(words.length / 2))).join(' '),
      `${who} ${s.measure.key.replace(/-/g, ' ')} ${c.place.name}`.trim(),
    ]));
    out.autocomplete.push(topic.slice(0, 1 + Math.floor(rand() * 30)));
  }
  return out;
}

/** Look-ups of the real fact base: its topics, whole, cut short and misspelt, and the words people search for. */
export function realLookups(facts: ReadonlyArray<{ id: string; topic: string }>, count: number, seed = 4): Lookups {
  const rand = rng(seed);
  const out: Lookups = { search: [], fact: [], autocomplete: [] };
  const searches = ['schools', 'victims', 'jmas mines', 'hectares cleared', 'mines destroyed', 'remaining area', 'cooperation japan', 'Hun Manet', 'km2', 'CMAC'];
  if (facts.length === 0) return out;
  for (let i = 0; i < count; i++) {
    const f = pickFrom(rand, facts);
    out.search.push(pickFrom(rand, [...searches, f.topic.split(' ').slice(0, 3).join(' ')]));
    out.fact.push(pickFrom(rand, [f.id, f.topic, typo(rand, f.topic.toLowerCase()), f.topic.split(' ').slice(0, 3).join(' ')]));
    out.autocomplete.push(f.topic.slice(0, 1 + Math.floor(rand() * 20)));
  }
  return out;
}
