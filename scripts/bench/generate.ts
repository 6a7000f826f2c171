/**
 * Synthetic fact bases for the benchmark: realistic-looking figures on clearance work by invented
 * districts of real Cambodian provinces, by real operators, over many years. The output is the
 * text of the knowledge files (plus source texts), to go through `parseKnowledge` like the real
 * ones, so that every generated fact is validated (schema, quote in its source, figure in its quote).
 */
import type { KnowledgeInput } from '../../src/core/knowledge.js';
import type { Fact, FactsFile, Qualifier, Source, SourcesFile } from '../../src/core/schema.js';

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

/** 1700 -> "1,700", as `formatNumber` writes whole numbers, without the cost of Intl. */
const formatNumber = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

const slugOf = (s: string): string => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const PROVINCES = [
  'Battambang', 'Pailin', 'Banteay Meanchey', 'Oddar Meanchey', 'Preah Vihear', 'Siem Reap', 'Pursat',
  'Kampong Thom', 'Kratie', 'Stung Treng', 'Ratanakiri', 'Mondulkiri', 'Koh Kong', 'Kampot', 'Takeo',
  'Kandal', 'Prey Veng', 'Svay Rieng', 'Kampong Speu', 'Kampong Chhnang', 'Tbong Khmum', 'Kampong Cham',
] as const;

/** Invented district names, Khmer-like: "Prek Thmei", "Tuol Sangke"... */
const FIRST = [
  'Phnum', 'Prek', 'Kouk', 'Boeng', 'Veal', 'Chong', 'Srae', 'Tuol', 'Trapeang', 'Samraong', 'Rolous', 'Krang',
  'Svay', 'Thma', 'Chamkar', 'Sala', 'Ou', 'Anlong', 'Kbal', 'Phum',
] as const;
const SECOND = [
  'Thmei', 'Chas', 'Khpos', 'Sangke', 'Ampil', 'Preah', 'Leu', 'Kraom', 'Doung', 'Sralau', 'Trach', 'Chrey',
  'Kokir', 'Popel', 'Roka', 'Snuol', 'Tatrav', 'Banteay', 'Kandaol', 'Reang',
] as const;

interface Operator {
  name: string;
  short: string;
}
const OPERATORS: readonly Operator[] = [
  { name: 'HALO Trust', short: 'HALO' },
  { name: 'Mines Advisory Group', short: 'MAG' },
  { name: "Norwegian People's Aid", short: 'NPA' },
  { name: 'APOPO', short: 'APOPO' },
  { name: 'CMAC', short: 'CMAC' },
  { name: 'JMAS', short: 'JMAS' },
  { name: 'DanChurchAid', short: 'DCA' },
  { name: 'Handicap International', short: 'Handicap' },
  { name: 'RCAF demining units', short: 'RCAF' },
];

type KindId = 'area-cleared' | 'area-remaining' | 'ap-destroyed' | 'at-destroyed' | 'uxo-destroyed' | 'cluster-destroyed';
interface Kind {
  id: KindId;
  unit: 'ha' | 'count';
  what?: string;
  period: 'cumulative' | 'stock';
  /** Headline label. */
  label: string;
  /** What questions call the things counted. */
  ask: string;
}
const KINDS: readonly Kind[] = [
  { id: 'area-cleared', unit: 'ha', period: 'cumulative', label: 'cleared', ask: 'land' },
  { id: 'area-remaining', unit: 'ha', period: 'stock', label: 'still to clear', ask: 'land' },
  { id: 'ap-destroyed', unit: 'count', what: 'anti-personnel mines', period: 'cumulative', label: 'destroyed', ask: 'anti-personnel mines' },
  { id: 'at-destroyed', unit: 'count', what: 'anti-tank mines', period: 'cumulative', label: 'destroyed', ask: 'anti-tank mines' },
  { id: 'uxo-destroyed', unit: 'count', what: 'items of unexploded ordnance', period: 'cumulative', label: 'destroyed', ask: 'unexploded ordnance' },
  { id: 'cluster-destroyed', unit: 'count', what: 'cluster submunitions', period: 'cumulative', label: 'destroyed', ask: 'cluster munitions' },
];

const QUALIFIERS: ReadonlyArray<readonly [Qualifier, string]> = [
  ['more-than', 'more than '], ['more-than', 'more than '], ['about', 'about '], ['stated', ''], ['stated', ''],
  ['at-least', 'at least '], ['up-to', 'up to '], ['exactly', 'exactly '],
];

/** A generated fact and what a question about it looks like. */
export interface SyntheticFact {
  fact: Fact;
  kind: KindId;
  district: string;
  province: string;
  operator: Operator;
  year: number;
  since: number | undefined;
}

export interface SyntheticBase {
  input: KnowledgeInput;
  synthetic: SyntheticFact[];
  /** Facts in the generated file, real ones included. */
  factCount: number;
}

/** Real knowledge files, as read from knowledge/. */
export interface RealFiles {
  facts: string;
  sources: string;
  glossary: string;
  sourceTexts: ReadonlyMap<string, string>;
}

const FACTS_PER_SOURCE = 1000;

function makeFact(rand: () => number, district: string, province: string, op: Operator, kind: Kind, year: number, source: string): SyntheticFact {
  const [qualifier, qWords] = pickFrom(rand, QUALIFIERS);
  const value = kind.unit === 'ha'
    ? Math.round(5 + rand() * rand() * 4000) // hectares, most small
    : Math.round(10 + rand() * rand() * 20000);
  const since = kind.period === 'cumulative' && rand() < 0.7 ? year - 1 - Math.floor(rand() * 10) : undefined;
  const where = `${district} district, ${province} province`;
  const withCmac = op.short !== 'CMAC' && rand() < 0.2 ? ['CMAC'] : undefined;
  const partner = withCmac ? ' working with CMAC' : '';
  const amount = `${qWords}${formatNumber(value)}`;
  const span = since === undefined ? `by the end of ${year}` : `between ${since} and ${year}`;
  let topic: string;
  let statement: string;
  let quote: string;
  let aliases: string[];
  if (kind.id === 'area-cleared') {
    topic = `Land cleared by ${op.short} in ${district} district, ${province}, ${since === undefined ? `to ${year}` : `${since}–${year}`}`;
    statement = `${op.name}${partner} cleared ${amount} hectares of mined land in ${where} ${span}.`;
    quote = `${op.name} teams${partner} cleared ${amount} hectares of contaminated land in ${district} district ${span}`;
    aliases = [
      `how much land has ${op.short} cleared in ${district}`,
      `${op.short} clearance in ${district} district`,
      `hectares cleared in ${district} ${province} by ${year}`,
      `${province} ${op.short} cleared area ${year}`,
    ];
  } else if (kind.id === 'area-remaining') {
    topic = `Land still to clear in ${district} district, ${province}, end of ${year} (${op.short} survey)`;
    statement = `${op.name} surveys found ${amount} hectares of suspected mined land still to clear in ${where} at the end of ${year}.`;
    quote = `${amount} hectares of suspected minefields remained to be cleared in ${district} district at the end of ${year}, ${op.name} surveyors found`;
    aliases = [
      `how much land is still mined in ${district}`,
      `remaining contaminated area in ${district} district ${province}`,
      `${op.short} survey of ${district} ${year}`,
    ];
  } else {
    const what = kind.what ?? 'mines';
    topic = `${what[0]!.toUpperCase()}${what.slice(1)} destroyed by ${op.short} in ${district} district, ${province}, ${year}`;
    statement = `${op.name}${partner} destroyed ${amount} ${what} in ${where} ${span}.`;
    quote = `In ${district} district, ${op.name}${partner} found and destroyed ${amount} ${what} ${span}`;
    aliases = [
      `how many ${kind.ask} did ${op.short} destroy in ${district}`,
      `${kind.ask} destroyed in ${district} ${province}`,
      `${op.short} ${kind.ask} count ${district} ${year}`,
    ];
  }
  const fact: Fact = {
    id: `${slugOf(op.short)}-${kind.id}-${slugOf(district)}-${slugOf(province)}-${year}`,
    topic: topic.slice(0, 100),
    aliases,
    statement,
    figure: {
      value,
      unit: kind.unit,
      ...(kind.what === undefined ? {} : { what: kind.what }),
      qualifier,
      label: kind.label,
      asOf: `${year}-12-31`,
      period: kind.period,
      scope: {
        where,
        ...(since === undefined ? {} : { since: String(since) }),
        by: op.name,
        ...(withCmac === undefined ? {} : { with: withCmac }),
      },
    },
    source,
    quote,
    saidBy: `${op.name} annual report`,
    revision: 1,
    updatedAt: '2025-01-15T00:00:00.000Z',
  };
  return { fact, kind: kind.id, district, province, operator: op, year, since };
}

/**
 * A fact base of `total` facts: the real ones plus `total - real` generated ones, with one
 * generated source per 1,000 facts whose text is made of its facts' quotes.
 */
export function generateBase(real: RealFiles, total: number, seed = 1): SyntheticBase {
  const rand = rng(seed);
  const realFacts = JSON.parse(real.facts) as FactsFile;
  const realSources = JSON.parse(real.sources) as SourcesFile;
  const n = Math.max(0, total - realFacts.facts.length);

  // Districts belong to one province each; enough of them that ids stay unique.
  const districts: Array<[string, string]> = [];
  for (const a of FIRST) for (const b of SECOND) districts.push([`${a} ${b}`, PROVINCES[districts.length % PROVINCES.length]!]);

  const synthetic: SyntheticFact[] = [];
  const ids = new Set<string>(realFacts.facts.map((f) => f.id));
  const sources: Source[] = [];
  const sourceTexts = new Map(real.sourceTexts);
  let quotes: string[] = [];
  const flush = () => {
    const k = sources.length;
    const path = `sources/synthetic-report-${k}.txt`;
    sourceTexts.set(path, `Mine action progress report ${k}.\n\n${quotes.join('.\n\n')}.\n`);
    quotes = [];
  };
  while (synthetic.length < n) {
    if (synthetic.length % FACTS_PER_SOURCE === 0) {
      if (synthetic.length > 0) flush();
      const k = sources.length + 1;
      const year = 2015 + (k % 10);
      sources.push({
        id: `synthetic-report-${k}`,
        publisher: pickFrom(rand, ['Cambodian Mine Action and Victim Assistance Authority', 'Landmine Monitor', 'Khmer Times', 'The Phnom Penh Post']),
        headline: `Mine action progress report no. ${k}`,
        url: `https://reports.example.org/mine-action/${k}`,
        date: `${year}-0${1 + (k % 9)}-1${k % 10}`,
        dateKnown: 'stated',
        text: `sources/synthetic-report-${k}.txt`,
      });
    }
    const [district, province] = pickFrom(rand, districts);
    const g = makeFact(rand, district, province, pickFrom(rand, OPERATORS), pickFrom(rand, KINDS), 1995 + Math.floor(rand() * 30), sources[sources.length - 1]!.id);
    if (ids.has(g.fact.id)) continue;
    ids.add(g.fact.id);
    synthetic.push(g);
    quotes.push(g.fact.quote);
  }
  if (quotes.length > 0) flush();

  const factsFile: FactsFile = { ...realFacts, facts: [...realFacts.facts, ...synthetic.map((s) => s.fact)] };
  const sourcesFile: SourcesFile = { ...realSources, sources: [...realSources.sources, ...sources] };
  return {
    input: {
      facts: { path: 'bench/facts.json', text: JSON.stringify(factsFile) },
      sources: { path: 'bench/sources.json', text: JSON.stringify(sourcesFile) },
      glossary: { path: 'bench/glossary.json', text: real.glossary },
      sourceTexts,
    },
    synthetic,
    factCount: factsFile.facts.length,
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

/** Questions people would ask of the generated facts: specific, vague, misspelt, and unanswerable. */
export function generateQuestions(synthetic: readonly SyntheticFact[], count: number, seed = 2): BenchQuestion[] {
  const rand = rng(seed);
  const out: BenchQuestion[] = [];
  if (synthetic.length === 0) return out;
  while (out.length < count) {
    const s = pickFrom(rand, synthetic);
    const op = rand() < 0.5 ? s.operator.short : s.operator.name;
    const by = s.since === undefined ? `by ${s.year}` : `since ${s.since}`;
    const d = s.district;
    let q: string;
    switch (s.kind) {
      case 'area-cleared':
        q = pickFrom(rand, [
          `how much land has ${op} cleared in ${d} ${by}`,
          `how many hectares did ${op} clear in ${d} district`,
          `area cleared in ${d}, ${s.province} ${by}`,
        ]);
        break;
      case 'area-remaining':
        q = pickFrom(rand, [
          `how much land is still mined in ${d} district in ${s.year}`,
          `remaining contaminated area in ${d} ${s.province}`,
          `how many hectares are left to clear in ${d}`,
        ]);
        break;
      default: {
        const what = KINDS.find((k) => k.id === s.kind)?.ask ?? 'mines';
        q = pickFrom(rand, [
          `how many ${what} did ${op} destroy in ${d} ${by}`,
          `${what} destroyed in ${d} district`,
          `number of ${what} destroyed by ${op} in ${d}, ${s.province}`,
        ]);
      }
    }
    const r = rand();
    if (r < 0.2) out.push({ q: typo(rand, q.toLowerCase()) });
    else if (r < 0.3) out.push({ q: q.replace(/\b(19|20)\d\d\b/, '1989') }); // a year no fact covers
    else if (r < 0.4) out.push({ q: pickFrom(rand, [`how much land has been cleared in ${s.province}`, `mines destroyed in ${s.province}`, `what has ${op} achieved`]) });
    else out.push({ q, expect: s.fact.id });
  }
  return out;
}
