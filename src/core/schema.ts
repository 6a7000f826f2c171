/**
 * The one definition of the knowledge files (`knowledge/*.json`). The JSON Schemas beside those
 * files are generated from these by `npm run schema`; a test keeps them in step.
 */
import { z } from 'zod';

export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case kebab-case, e.g. "new-fact-2"')
  .max(80);

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** How a figure relates to the true value. "stated" is a number the source gives with no qualifier. */
export const qualifiers = ['more-than', 'at-least', 'about', 'exactly', 'up-to', 'stated'] as const;
export const Qualifier = z.enum(qualifiers);
export type Qualifier = z.infer<typeof Qualifier>;

/**
 * What kind of quantity a figure is: an area, a count of something named (`what`), money in a
 * `currency`, a percentage, or a year (a target such as a deadline).
 */
export const units = ['km2', 'ha', 'm2', 'count', 'money', 'percent', 'year'] as const;
export const Unit = z.enum(units);
export type Unit = z.infer<typeof Unit>;

export const Scope = z.strictObject({
  /** The place the figure covers, as people name it; it becomes a place the questions can name. */
  where: nonEmpty.describe('The place the figure covers, as people name it.'),
  /** Start of a cumulative figure, as a year ("1992"). */
  since: z.string().regex(/^\d{4}$/, 'must be a year, e.g. "1992"').describe('Start year of a cumulative figure.').optional(),
  /** Who did the work the figure counts: an organisation or a person. Questions naming another actor do not match. */
  by: nonEmpty.describe('Whose work the figure counts: an organisation or a person.').optional(),
  /** Partners of `by` in the work the figure counts. */
  with: z.array(nonEmpty).describe('Partners of `by` in that work.').optional(),
  /** The kind of thing the figure is restricted to, e.g. a kind of ordnance. */
  of: nonEmpty.describe('The kind of thing the figure is restricted to, when narrower than its measure.').optional(),
});
export type Scope = z.infer<typeof Scope>;

export const Figure = z.strictObject({
  value: z.number().finite().nonnegative().describe('The number as the source states it, without its qualifier.'),
  unit: Unit,
  /** For a count, what is counted, in the plural. */
  what: nonEmpty.describe('For a count, what is counted, in the plural.').optional(),
  /** For money, the ISO 4217 code: "USD". */
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO currency code such as "USD"').describe('For money, the ISO currency code, e.g. "USD".').optional(),
  /**
   * What is measured, as a key shared by every fact reporting the same measure at other dates or
   * from other sources: such facts form one series. Defaults to one worked out from the figure.
   */
  measure: slug.describe('Key of what is measured, shared by the facts of one series (same measure, other dates or sources).').optional(),
  qualifier: Qualifier.describe('How the figure relates to the true value; "stated" when the source gives none.'),
  /** The phrase that follows the figure in a headline: "still to clear". */
  label: nonEmpty.describe('The phrase after the figure in a headline: "still to clear".'),
  asOf: isoDate.describe('The date the figure holds at, YYYY-MM-DD.'),
  /**
   * "stock": what stands at asOf; "cumulative": a running total up to asOf (since scope.since);
   * "flow": what happened from `from` to asOf (e.g. one year); "target": a goal, its value a year.
   */
  period: z.enum(['cumulative', 'stock', 'flow', 'target']).describe('"stock": what stands at asOf; "cumulative": a running total up to asOf; "flow": during from..asOf; "target": a goal year.'),
  /** Start of a flow, YYYY-MM-DD. */
  from: isoDate.describe('Start of a flow, YYYY-MM-DD.').optional(),
  scope: Scope,
}).superRefine((f, ctx) => {
  if (f.unit === 'count' && f.what === undefined) ctx.addIssue({ code: 'custom', path: ['what'], message: 'a count needs `what`: the things counted, in the plural' });
  if (f.unit === 'money' && f.currency === undefined) ctx.addIssue({ code: 'custom', path: ['currency'], message: 'money needs `currency`, e.g. "USD"' });
  if (f.period === 'flow' && f.from === undefined) ctx.addIssue({ code: 'custom', path: ['from'], message: 'a flow needs `from`: the start of its period' });
  if (f.from !== undefined && f.from > f.asOf) ctx.addIssue({ code: 'custom', path: ['from'], message: 'must not be after asOf' });
  if (f.period === 'target' && f.unit !== 'year') ctx.addIssue({ code: 'custom', path: ['unit'], message: 'a target is a year: unit "year"' });
});
export type Figure = z.infer<typeof Figure>;

/**
 * A fact's wording in another language than English: the topic, the headline phrase after its figure,
 * its statement, and phrasings people use in that language. The quote stays in the source's words.
 */
export const FactTranslation = z.strictObject({
  topic: nonEmpty.max(100).optional(),
  label: nonEmpty.max(200).describe('The phrase after the figure in a headline, in this language.').optional(),
  statement: nonEmpty.max(1000).optional(),
  aliases: z.array(nonEmpty.max(200)).default([]).describe('Phrasings people use in this language.'),
});
export type FactTranslation = z.infer<typeof FactTranslation>;
/** Translations by language code (English is the fact's own wording). */
const translations = <T extends z.ZodType>(of: T) => z.partialRecord(z.enum(['km']), of).describe('The wording in other languages, by language code ("km": Khmer).').optional();

/** The parts of a fact that a revision changes; kept whole in its history. */
const FactContent = {
  topic: nonEmpty.max(100),
  aliases: z.array(nonEmpty.max(200)).min(1, 'needs at least one phrasing people would use').describe('Words and phrasings people use for this fact.'),
  statement: nonEmpty.max(1000).describe('The fact in one plain sentence.'),
  figure: Figure.optional(),
  source: slug,
  quote: nonEmpty.max(1500).describe('The source\'s exact words; checked against the source text.'),
  saidBy: nonEmpty.max(200).describe('Who said it.'),
  retired: z.boolean().optional(),
  /** Review this fact by this date: from then on its figure is shown as possibly out of date, and it is listed as due for review. */
  reviewBy: isoDate.describe('Review this fact by this date, YYYY-MM-DD: from then on it is due for review and its figure is shown as possibly out of date. Without it, a figure is due once its asOf is older than the configured threshold.').optional(),
  translations: translations(FactTranslation),
};

export const FactRevision = z.strictObject({
  ...FactContent,
  revision: z.number().int().positive(),
  updatedAt: z.iso.datetime(),
  updatedBy: nonEmpty.optional(),
  reason: nonEmpty.optional(),
});
export type FactRevision = z.infer<typeof FactRevision>;

export const Fact = z.strictObject({
  id: slug,
  ...FactContent,
  revision: z.number().int().positive(),
  updatedAt: z.iso.datetime(),
  updatedBy: nonEmpty.optional(),
  reason: nonEmpty.optional(),
  /** Earlier revisions, oldest first. */
  history: z.array(FactRevision).optional(),
});
export type Fact = z.infer<typeof Fact>;

/** A figure the fact base does not state but can compute from facts it does state. */
export const Derivation = z.strictObject({
  id: slug,
  topic: nonEmpty.max(100),
  aliases: z.array(nonEmpty.max(200)).min(1),
  /** What the result is, e.g. "known contaminated area (cleared plus still to clear)". */
  label: nonEmpty,
  operation: z.enum(['sum', 'ratio']),
  of: z.array(slug).min(2),
  translations: translations(FactTranslation),
});
export type Derivation = z.infer<typeof Derivation>;

export const FactsFile = z.strictObject({
  $schema: z.string().optional(),
  revision: z.number().int().nonnegative(),
  facts: z.array(Fact),
  derived: z.array(Derivation).default([]),
});
export type FactsFile = z.infer<typeof FactsFile>;

export const Source = z.strictObject({
  id: slug,
  publisher: nonEmpty,
  headline: nonEmpty,
  url: z.url(),
  date: isoDate,
  /** "stated" when the source gives the full date; "inferred" when part of it is worked out. */
  dateKnown: z.enum(['stated', 'inferred']),
  dateNote: nonEmpty.optional(),
  /** Path of the verbatim text, relative to the knowledge folder. Without it quotes are not checked. */
  text: z.string().regex(/^sources\/[\w.-]+$/, 'must be a file under sources/').optional(),
});
export type Source = z.infer<typeof Source>;

/**
 * What the fact base is about, in its own words. The bot describes itself with these (help, the
 * Discord and Slack app descriptions), so that a fact base on another subject needs no code change.
 */
export const About = z.strictObject({
  /** What the figures are on, as it reads after "sourced figures on". Discord allows 100 characters in all. */
  subject: nonEmpty.max(80).describe('What the figures are on, as it reads after "sourced figures on".'),
  /** A question the fact base answers, as people type it: shown in help. */
  example: nonEmpty.max(150).describe('A question the fact base answers, as people type it: shown in help.'),
  /** What people can ask, as one clause starting "Ask": the opening of the Slack app's long description. */
  invitation: nonEmpty.max(300).describe('What people can ask, as one clause starting "Ask": the opening of the Slack app\'s long description.').optional(),
  translations: translations(z.strictObject({ subject: nonEmpty.max(80), example: nonEmpty.max(150), invitation: nonEmpty.max(300).optional() })),
});
export type About = z.infer<typeof About>;

export const SourcesFile = z.strictObject({
  $schema: z.string().optional(),
  about: About.optional(),
  sources: z.array(Source),
});
export type SourcesFile = z.infer<typeof SourcesFile>;

/** What a named thing is, for matching: a question naming one must find it in the fact that answers. */
export const entityKinds = ['place', 'organisation', 'person', 'thing'] as const;
export const EntityKind = z.enum(entityKinds);
export type EntityKind = z.infer<typeof EntityKind>;

export const GlossaryEntry = z.strictObject({
  term: nonEmpty.max(60),
  /** When the term names an organisation, place, person or kind of thing, matching treats it as one. */
  kind: EntityKind.describe('What the term names, for matching: place, organisation, person or thing.').optional(),
  /** A broader term or entity id this one falls within ("anti-personnel mine" within "landmine"). */
  within: nonEmpty.describe('A broader term or entity this one falls within.').optional(),
  aliases: z.array(nonEmpty).default([]),
  expansion: nonEmpty.optional(),
  definition: nonEmpty.max(1000),
  /** When the expansion is taken from a source: its id and the words there. */
  source: slug.optional(),
  quote: nonEmpty.optional(),
  /** The term in other languages: its name there, its expansion, its definition, and the names people use for it. */
  translations: translations(z.strictObject({
    term: nonEmpty.max(60).optional(),
    expansion: nonEmpty.optional(),
    definition: nonEmpty.max(1000),
    aliases: z.array(nonEmpty).default([]),
  })),
});
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;

export const GlossaryFile = z.strictObject({
  $schema: z.string().optional(),
  terms: z.array(GlossaryEntry),
});
export type GlossaryFile = z.infer<typeof GlossaryFile>;

/** A named thing of the domain: a place, organisation, person or kind of thing, with its names. */
export const Entity = z.strictObject({
  id: slug,
  kind: EntityKind,
  names: z.array(nonEmpty.max(100)).min(1, 'needs at least one name').describe('Every way people write it, in any language.'),
  /** The id (or a name) of a broader entity: a smaller place within a larger one, a narrower kind within a broader one. */
  within: nonEmpty.describe('A broader entity: a smaller place within a larger one, a narrower kind within a broader one.').optional(),
});
export type Entity = z.infer<typeof Entity>;

/** Words and phrases people use interchangeably; matching reads each as the group's id. */
export const SynonymGroup = z.strictObject({
  id: z.string().regex(/^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u, 'must be lower-case, e.g. "remaining"').max(60),
  words: z.array(nonEmpty.max(100)).min(1).describe('Words and phrases read as this group.'),
});
export type SynonymGroup = z.infer<typeof SynonymGroup>;

export const VocabularyFile = z.strictObject({
  $schema: z.string().optional(),
  revision: z.number().int().nonnegative().default(0),
  entities: z.array(Entity).default([]),
  synonyms: z.array(SynonymGroup).default([]),
  /** Words that carry nothing for matching, in any language: Khmer particles such as តើ or បាន. */
  stopwords: z.array(nonEmpty.max(60)).default([]).describe('Words that carry nothing for matching, in any language (e.g. Khmer particles).'),
});
export type VocabularyFile = z.infer<typeof VocabularyFile>;
