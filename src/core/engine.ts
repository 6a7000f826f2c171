/**
 * The question-answering engine over one checked fact base. Built once per fact base (the store
 * builds a new one on every change); every method is synchronous and returns a Reply.
 */
import Fuse from 'fuse.js';
import { isDue, isoDay, type AgeOptions } from './age.js';
import { messagesFor } from './catalogue.js';
import { citationOf, compute, derivedItem, factItem } from './compose.js';
import { localDigits } from './figure-words.js';
import { detectLang, type Catalogue, type Lang } from './i18n.js';
import { hasKhmer, normaliseKhmer } from './khmer.js';
import { createFactSearch } from './fact-search.js';
import type { KnowledgeBase } from './knowledge.js';
import { AREA_UNITS, AREA_WORDS, FILLER, MARKERS, PERSON_NOUNS, SMALL_TALK, STOPWORDS } from './english.js';
import { buildIndex, match, sameSet, type Entry, type Match, type MatchIndex, type Scored } from './matcher.js';
import { MAX_QUESTION_LENGTH, type messages } from './messages.js';
import { reply, type Reply, type ReplyItem, type Suggestion } from './reply.js';
import type { Derivation, GlossaryEntry } from './schema.js';
import { editDistance, formatDate, formatNumber, truncate } from './text.js';
import { entityOf, lexTokens, prepare, stem, words } from './vocabulary.js';
import { areaIn, figureLine, formatQuantity, isAreaUnit, type AreaUnit } from './units.js';

export interface FigureQuery {
  /** `figure.measure` of the facts wanted. */
  measure?: string;
  /** An organisation (any of its names) whose work the figures count. */
  by?: string;
}

export interface Choice {
  name: string;
  value: string;
}

export interface Engine {
  readonly kb: KnowledgeBase;
  /** Answers a question in plain words, in the language it is written in unless one is chosen. */
  ask(question: string, lang?: Lang): Reply;
  /** Runs `f` with every reply in `lang` (an explicit choice such as `lang:km`). */
  inLang<T>(lang: Lang, f: () => T): T;
  /** Shows one fact by id, topic or phrasing. */
  fact(topic: string): Reply;
  /** The facts whose figures a fixed command shows, by id. */
  facts(ids: readonly string[], title?: string): Reply;
  /**
   * The newest figures of a measure (the key in `figure.measure`) or of an organisation's work,
   * widest scope first: what `remaining`, `cleared` and `jmas` show. Empty when none is live.
   */
  figuresOf(query: FigureQuery): string[];
  search(text: string): Reply;
  define(term: string): Reply;
  sources(): Reply;
  /** Up to 25 facts for autocomplete, best first. */
  suggestFacts(partial: string): Choice[];
  /** Up to 25 glossary terms for autocomplete. */
  suggestTerms(partial: string): Choice[];
  /** The raw match, for the evaluation and benchmarks. */
  match(question: string): Match;
  /** The matcher's index, for the debugging script. */
  readonly index: MatchIndex;
}

const SUGGESTION_FLOOR = 0.3;
const MAX_SUGGESTIONS = 3;
const MAX_CHOICES = 25;

function suggestionFor(e: Pick<Entry, 'id' | 'topic'>): Suggestion {
  return { label: truncate(e.topic, 80), command: `fact ${e.id}` };
}

/** The term a definition question asks about; `needsTerm`: only if the glossary has it. */
interface DefinitionTarget {
  term: string;
  strict: boolean;
  inside?: boolean;
  needsTerm?: boolean;
}

/**
 * Words every reading of a definition (definitionTarget) needs one of, or "is"/"are" among the first
 * words: a text with none of them asks no definition.
 */
const DEFINITION_WORDS = /\b(?:what|wat|wht|whats|wats|who|whos|define|meaning|definition|full|expand|explain|give|tell|long|official|name|stand|stands|stnad|stnads|satnd|satnds|stadn|stadns|sntad|sntads|acronym|abbreviation|abbreviate|short|expansion|means?|meant|spelled|refer|difference|diff|distinction|when|how)\b|^\W*(?:\w+\W+){0,2}(?:is|are)\b/iu;

/**
 * The term a definition question asks about, and whether its wording can only be a definition
 * ("what does CMAA stand for") rather than a question a fact may answer ("what is the remaining area").
 */
function definitionTarget(question: string): DefinitionTarget | undefined {
  if (!DEFINITION_WORDS.test(question)) return undefined;
  const q = question.trim().toLowerCase().replace(/\s*\([^)]*\)\s*/gu, ' ').replace(/[?!.=\s]+$/u, '').replace(/\s+/gu, ' ').trim()
    .replace(/\s+(?:exactly|actually|really|precisely)(?=\s)/gu, '')
    // ("whats CMAC short for", "wat does ERW stnad for": the apostrophe left out, two letters swapped.)
    .replace(/^(what|wat|wht)s\s/u, "$1's ").replace(/\b(?:stnad|satnd|stadn|sntad)(s?)\b/gu, 'stand$1')
    // "Could you please explain ...": the request is the question.
    .replace(/^(?:(?:could|can|would|will) (?:you|u) (?:please |kindly )?|please |pls |kindly )/u, '')
    .replace(/\s+(?:actually|exactly|really|again|then|anyway|pls|please|precisely|simply|briefly|for me|in simple terms|in plain (?:english|words)|like (?:i'?m|i am) (?:5|five|a child)|in (?:\S+ )?(?:lingo|jargon|parlance|terminology|speak)|bong|sir|madam|thanks|thank you)$/u, '')
    // "what's X and how is it different from Y": a second question about the same term asks what it is too.
    .replace(/^((?:what|wat|wht)(?:'s| is| are)\s.+?)\s+and\s+(?:how(?! (?:many|much)\b)|why|what|where|who|when|is|are|was|were|does|do|did|can|could|would|should|will|has|have)\b.*?\b(?:it|they|them|its|one)\b.*$/u, '$1')
    // "what's an AP mine as opposed to a regular landmine": what the first is.
    .replace(/^((?:what|wat|wht)(?:'s| is| are)\s.+?)\s+(?:as opposed to|as distinct from|compared (?:to|with)|versus|vs\.?)\s.+$/u, '$1');
  const named = /^(?:the\s+)?(\D+?)\s*[,:;?\u2013\u2014-]+\s*(?:so\s+)?(?:(?:what|wat|wht)(?:'s|s| is| are)\s+(?:it|that|this|they|those)|((?:what|wat|wht)(?:'s|s| is| are)\s+the (?:meaning|definition|full form|full name|long form) of\s+(?:it|that|this|them|those)|what (?:does|do) (?:it|that|this|they|those) (?:mean|stand for)))$/u.exec(q);
  // ("ERW, what does it stand for": a definition asked whatever the glossary holds.)
  // ("saw 'CMAC' painted on a sign, what does it stand for?": the words quoted are the term.)
  const quotedIn = named?.[1] === undefined ? undefined : /(?:^|\s)['‘“"]([^'’”"]{2,40})['’”"](?=$|[\s,.;:!?])/u.exec(named[1])?.[1];
  if (named?.[1] !== undefined) return { term: (quotedIn ?? named[1]).trim(), strict: true, ...(named[2] === undefined ? { needsTerm: true } : {}) };
  // "hectare is how big? compare to km", "jmas is what?": the term first, then the question, as a second
  // language may order it (a term the glossary has).
  const after = /^(?:an?\s+|one\s+|1\s+|the\s+)?([^\s?,]+(?:\s[^\s?,]+)?)\s+(?:is|are)\s+(?:how (?:big|large)|what size|what)(?:\s*\?(?!.*\b(?:how|what|when|who|where|which|did|does|has)\b).*)?$/u.exec(q);
  if (after?.[1] !== undefined) return { term: after[1].trim(), strict: true, needsTerm: true };
  const strict =
    /^(?:what|wat|wht)(?:'s| is| does| do)?\s+(?:an?\s+|the\s+)?(.+?)\s+(?:stand for|stands for|short for|an acronym for|abbreviation for|abbreviate)$/u.exec(q) ??
    /^(?:define|meaning of|definition of|full form of|full name of|expand|(?:explain|give me|tell me) the (?:meaning|definition) of|what(?:'s| is) the (?:full form|full name|long form|meaning|definition|expansion) of)\s+(?:an?\s+|the\s+)?(.+)$/u.exec(q) ??
    // "what's MAG's full name": the name before "'s".
    /^(?:(?:what|wat|wht)(?:'s| is)\s+)?(?:the\s+)?([^\s']+(?:\s[^\s']+)?)'s\s+(?:full name|full form|long form|name in full|official name)$/u.exec(q) ??
    // "what does demining involve": what the work is.
    /^what (?:does|do)\s+(?!it\s)(?:an?\s+|the\s+)?(.+?)\s+(?:involve|entail|consist of)$/u.exec(q) ??
    // "what is meant by an AP mine", "what does the term X refer to".
    /^what(?:'s| is| are)? meant by\s+(?:an?\s+|the\s+)?(.+)$/u.exec(q) ??
    // "what do they mean by an AP mine".
    /^what (?:do|does|did) (?:they|you|u|people|we|the reports?|the article) mean by\s+(?:an?\s+|the\s+)?(?!(?:.*\s)?\d)(.+)$/u.exec(q) ??
    /^what (?:does|do)\s+(?:an?\s+|the\s+)?(.+?)\s+refer to$/u.exec(q) ??
    /^(.+?)\s+(?:meaning|definition|stands for|stand for|acronym|full form|abbreviation|short for what|expansion|means what|stands for what|stand for what|is short for what|full name|long form|spelled out)$/u.exec(q) ??
    /^what means?\s+(?:an?\s+|the\s+)?(.+)$/u.exec(q) ??

    // "land release vs clearance, what's the difference": the first term.
    /^(.+?)\s+(?:vs\.?|versus|and)\s+.+?,?\s+what(?:'s| is) the difference$/u.exec(q) ??
    // "when can a province be called mine-free": what the last words mean.
    /^when (?:can|could|is|are|does|do) .{1,40}? (?:be )?(?:called|considered|deemed|classed as|counted as)\s+(?:an?\s+)?(.+)$/u.exec(q) ??
    /^when (?:an?\s+|the\s+)?[a-z]+(?: [a-z]+)? (?:is|are|gets|get) (?:called|considered|deemed|declared|classed as|counted as)\s+(?:an?\s+)?(.+)$/u.exec(q) ??
    // "what does 'mine-free' mean for a province": the quoted or named term, whatever it is said of.
    /^what(?: does|'s|s)\s+(?!it\s)(?:an?\s+|the\s+)?(\D+?)\s+mean(?:\s+(?:for|when|if|in)\s+.{1,40})?$/u.exec(q) ??
    /^(?:what|who) (?:counts|qualifies|is counted) as\s+(?:an?\s+|the\s+)?(.+)$/u.exec(q) ??
    // "what's a hazardous area": an article asks what a kind of thing is, never for a figure.
    /^(?:what|wat|wht)(?:'s| is|s)\s+an?\s+(.+)$/u.exec(q) ??
    /^what (?:kind|sort|type) of (?:thing|organi[sz]ation|group|body) is\s+(?:an?\s+|the\s+)?(.+)$/u.exec(q) ??
    // "how would you define a landmine": the thing to define.
    /^how (?:would|do|should|could|can) (?:you|u|we|i|one) (?:define|describe|explain)\s+(?:an?\s+|the\s+)?(.+)$/u.exec(q);
  // A term in quotes ("what does 'mine-free' mean") is the term without them.
  // "how is an AP mine different from an AT mine", "the difference between ERW and UXO": the first
  // term, when it is one ("the difference between 2022 and 2023 casualties" asks for figures).
  const compared = /^(?:how (?:is|are|does|do)|how's)\s+(?:an?\s+|the\s+)?(.+?)\s+(?:different from|differ from|distinguished from)\s+.+$/u.exec(q) ??
    // (Not "the difference between casualties in 2022 and 2023": figures of two years.)
    /^(?:what(?:'s| is) the )?(?:difference|diff|distinction)s? between\s+(?:an?\s+|the\s+)?(?!.*\d)(.+?)\s+and\s+.+$/u.exec(q) ??
    // "are tank mines a different thing from the regular ones?"
    /^(?:is|are)\s+(?:an?\s+|the\s+)?(?!.*\d)(.+?)\s+(?:an?\s+)?different\s+(?:thing|kind|type|sort)s?\s+(?:from|than|to)\s+.+$/u.exec(q) ??
    // "is released land the same thing as cleared land?"
    /^(?:is|are)\s+(?:an?\s+|the\s+)?(?!.*\d)(?!.*\b(?:year|month|week|last|before|ago|previous|earlier|then)\b)(.+?)\s+(?:the same(?: thing)?|identical|equivalent)\s+(?:as|to)\s+.+$/u.exec(q);
  if (strict === null && compared?.[1] !== undefined) return { term: compared[1].trim(), strict: true, needsTerm: true };
  // "is JMAS a government agency or an NGO?": what kind of body a term is, which its definition says.
  const kindOf = /^(?:is|are)\s+(?:the\s+)?(\S+(?:\s\S+){0,2}?)\s+(?:(?:an?|the)\s+(?:[a-z-]+\s+){0,3}?(?:organi[sz]ation|agency|body|group|charity|company|department|authority|institution|office|service)s?|an?\s+[a-z-]+(?:\s[a-z-]+){0,2}\s+or\s+(?:an?\s+)?[a-z-]+(?:\s[a-z-]+){0,2})$/u.exec(q);
  if (strict === null && kindOf?.[1] !== undefined) return { term: kindOf[1].trim(), strict: true, needsTerm: true };
  // "Ottawa treaty, what is it": a term named first, then asked about, when the glossary has it ("total
  // contaminated area, what is it?" asks for the figure).
  // "the abbreviation ERW", "the term humanitarian demining": the term is what follows.
  if (strict?.[1] !== undefined) {
    return { term: strict[1].trim().replace(/^(?:the )?(?:abbreviation|acronym|term|word|phrase|expression|name)\s+/u, '').replace(/^['"‘’“”]+|['"‘’“”]+$/gu, ''), strict: true };
  }
  // "what does it mean when a province is declared mine-free": the term is somewhere in the rest.
  const around = /^what does it mean (?:when|if|that|to be|for)\s+(.+)$/u.exec(q);
  if (around?.[1] !== undefined) return { term: around[1].trim(), strict: false, inside: true };
  // "(remind me) what CMAC is": a question asked inside a sentence keeps a statement's order.
  const embedded = /^what\s+(?:an?\s+|the\s+)?((?:\S+\s){0,2}\S+?)\s+(?:is|are|means|stands for)$/u.exec(q);
  if (embedded?.[1] !== undefined) return { term: embedded[1].trim(), strict: false };
  const loose = /^(?:(?:what|wat|wht)(?:'s| is| are)|whats|wats|who(?:'s| is| are)|whos|explain|how (?:big|large|much) is)\s+(?:an?\s+|the\s+)?(.+)$/u.exec(q);
  return loose?.[1] === undefined ? undefined : { term: loose[1].trim(), strict: false };
}

/** Names of units of area, as people write them. */
const UNIT_NAME = String.raw`(square (?:kilomet(?:re|er)s?|km|met(?:re|er)s?|m|miles?)|sq\.? ?(?:km|m|mi)|km2|km²|m2|m²|hectares?|ha|acres?)`;
/** "how many hectares (are there) in one square kilometre": the first unit counted in the second. */
const UNIT_QUESTION = new RegExp(String.raw`^how many ${UNIT_NAME} (?:are there |are |is |make |makes |equal |go |fit )?(?:in |into |to |per )?(?:a|one|1|each) ${UNIT_NAME}$`, 'u');
/** "ha = how many m2": the unit on the left, counted in the one asked for. */
const UNIT_EQUALS = new RegExp(String.raw`^(?:1 |one |a )?${UNIT_NAME}\s*(?:=|is|equals)\s*how many ${UNIT_NAME}$`, 'u');
/** "how big is one hectare in m2", "1 ha in m2": one unit, its size asked (in another unit). */
const UNIT_SIZE = new RegExp(String.raw`^(?:(?:how (?:big|large)|what size|how much|what) (?:is|'s) |whats )?(?:a|one|1) ${UNIT_NAME}(?: (?:in|into|as) ${UNIT_NAME})?$`, 'u');

/** A year named with the word before it ("in 2023", "since 1979"): the context two questions share. */
// ("since 1992" belongs to its own clause: what was cleared since, not what is left.)
const DATE_PHRASE = /\b(?:in|by|as of|during|for|until)\s+(?:(?:early|mid|late|the end of)\s+)?(?:[a-z]+\s+)?(?:19|20)\d\d\b/giu;
const PRONOUN = /\b(?:they|them|their|it|its)\b/iu;

/** Words that ask which of two is more: a comparison. */
const COMPARES = /\b(?:vs|versus|more|fewer|less|bigger|larger|higher|greater|smaller|lower|most|least|which|who)\b/iu;
/** Words that ask for two figures added up ("killed plus injured", "both years together"). */
const SUMS = /\b(?:plus|add|added|adding|together|combined|sum|altogether)\b|\s\+\s?|\w\+\w/iu;
/** Words that set a part aside ("anything but", "other than", "excluding"): what is left is no one fact. */
const SET_ASIDE = /\b(?:not|no|but|except|excluding|excluded|exclusive|exception|other|besides|apart|aside|without|bar|non|rather|remainder|rest|unrelated|beyond|outside|away|else|minus|less)\b|n't\b/iu;

/** The words of a sum, each on its own: what names the sum, not either part. */
const SUM_WORDS = new Set(['plus', 'add', 'added', 'adding', 'together', 'combined', 'sum', 'altogether', 'total', 'overall']);
/** Words of all of something or of someone's share in it, which name no narrower figure ("all the land", "JMAS's work"). */
const WHOLE_WORDS = new Set([...SUM_WORDS, 'all', 'whole', 'entire', 'work', 'works', 'effort', 'efforts', 'contribution', 'done']);
/** Words that join two things set against each other ("A or B", "more in A than in B"). */
const CONTRASTS: readonly string[] = ['or', 'than', 'vs', 'versus'];
const AND = new Set(['and']);
const OR = new Set(['or']);
/** Words that join two names into one side ("cluster munitions and other ERW"). */
const JOINING = new Set(['and', 'or', '&', '/']);
/** Words between the joining word and the second of two things compared ("more with mines or with bombs"). */
const COMPARED_LEAD = new Set(['with', 'by', 'in', 'more', 'the', 'for', 'from', 'of', 'fewer', 'less', 'those', 'people', 'other']);

/** Two questions asked side by side, and how they were joined. */
interface Compared { parts: [string, string]; sides: [string, string]; kind: string; both: boolean; either?: boolean }

/**
 * "Is there more land left with cluster bombs or with landmines?", "who cleared more, HALO or MAG?",
 * "fewer casualties in 2023 than in 2022?", "killed plus injured since 1979": the question asked of
 * each of two things of one kind (two years, two measures), joined by "or", "than" or, for a sum, "and";
 * `both` when two measures are joined by "and" with neither a contrast nor a sum, to be given side by side.
 */
function comparedQuestions(question: string, kindOf: (words: readonly string[]) => string | undefined, sideBySide: boolean): Compared | undefined {
  const sum = SUMS.test(question);
  // ("cluster munition/other ERW": two names joined by a slash are two words and the slash.)
  const ws = question.trim().replace(/(?<=\p{L})\+(?=\p{L})/gu, ' + ').replace(/(?<=\p{L})\/(?=\p{L})/gu, ' / ').split(/\s+/u);
  const bare = ws.map((w) => (w === '/' ? w : w.toLowerCase().replace(/^[^\p{L}\p{N}+]+|[^\p{L}\p{N}+]+$/gu, '')));
  const joins = new Set([...CONTRASTS, ...(sum ? ['and', 'plus', '+'] : [])]);
  const found = (words: ReadonlySet<string>) => bare.map((w, i) => (words.has(w) ? i : -1)).filter((i) => i > 0);
  // ("Killed and injured since 1979": two measures joined by "and" ask for both, side by side.)
  const compares = COMPARES.test(question);
  // ("How many killed or injured since 1979", comparing nothing: either, so both, side by side; of two
  // measures only.)
  const either = sideBySide && !sum && !compares && found(AND).length === 0 && found(OR).length === 1;
  const both = either || (sideBySide && !sum && found(joins).length === 0);
  if (!sum && !both && !compares) return undefined;
  let at = found(either ? OR : both ? AND : joins);
  const every = at;
  // ("Landmine land plus cluster munition and ERW land": the word of the sum joins the two; the "and"
  // is inside the second.)
  // ("Adding them up, killed or injured by mines and ERW since 1979": of several joining words in a sum,
  // the one with a side of one kind on each hand.)
  if (sum && at.length > 1) {
    const plus = at.filter((i) => bare[i] === 'plus' || bare[i] === '+');
    if (plus.length > 0) at = plus;
  }
  // (Each part is asked again, and may split again: more than two joins would be tried over and over.)
  if (at.length === 0 || at.length > 2 || (at.length > 1 && !sum)) return undefined;
  for (const k of at) {
    const split = splitAt(k);
    if (split !== undefined) return split;
  }
  return undefined;

  function splitAt(k: number): Compared | undefined {
    let r0 = k + 1;
    while (COMPARED_LEAD.has(bare[r0] ?? '')) r0++;
    const longest = (from: (n: number) => number, head: readonly string[] = [], second = false): [number, string] | undefined => {
      for (let n = 4; n >= 1; n--) {
        const start = from(n);
        if (start < 0 || start + n > bare.length || (start < k && start + n !== k)) continue;
        // (A side ends in a word of its own, not in "and": "cluster munitions and" is "cluster munitions".)
        // (Nor does it begin with one: "have been killed or wounded" joins "killed" and "wounded".)
        if (n > 1 && (JOINING.has(bare[start + n - 1]!) || STOPWORDS.has(bare[start + n - 1]!) || STOPWORDS.has(bare[start]!) || (second && AREA_WORDS.has(bare[start + n - 1]!)))) continue;
        const kind = kindOf([...bare.slice(start, start + n), ...head]);
        if (kind !== undefined) return [n, kind];
      }
      return undefined;
    };
    // (The second side ends before the land every side measures: "landmines or cluster munitions land".)
    const found2 = longest(() => r0, [], true);
    if (found2 === undefined) return undefined;
    let right: [number, string] = found2;
    // "Landmines plus cluster munitions and other ERW": a second side of kinds of thing joined by "and"
    // is one side, as a figure of "cluster munitions and other ERW" has it.
    if (sum && right[1] === 'thing') {
      for (;;) {
        const at2 = r0 + right[0];
        if (!JOINING.has(bare[at2] ?? '')) break;
        const skip = bare[at2 + 1] === 'other' ? 2 : 1;
        const more = longest(() => at2 + skip, [], true);
        if (more === undefined || more[1] !== 'thing') break;
        right = [right[0] + skip + more[0], 'thing'];
      }
    }
    // "Anti-personnel plus anti-tank mines": the first side shares the second's last word.
    const plain = longest((n) => k - n);
    const shared = plain === undefined && right[0] > 1 ? bare[r0 + right[0] - 1] : undefined;
    const left = plain ?? (shared === undefined ? undefined : longest((n) => k - n, [shared]));
    if (left === undefined || right[1] !== left[1]) return undefined;
    // ("Casualties from mines + ERW" names one kind of two things together, not two figures to add; "JMAS
    // and CMAC together" names a joint figure.)
    // ("Pailin + Preah Vihear 2020 casualties combined", "anti-personnel and anti-tank added together":
    // two places, or two kinds of thing, to add, each asked for on its own where no figure holds both.)
    // (Only when the question as a whole finds nothing: "casualties from mines + ERW" has a figure of its own.)
    const partsToAdd = sum && sideBySide && (right[1] === 'place' || right[1] === 'thing');
    // ("Pailin + Battambang + Pursat", "2019 + 2020 + 2023": a third of the same kind, joined outside both
    // sides, would be left out of the sum; "killed or injured by mines and ERW" joins kinds of another sort.)
    const third = every.some((j) => j !== k && (j < k - left[0] || j >= r0 + right[0]) && [bare[j - 1], bare[j + 1]].some((w) => w !== undefined && kindOf([w]) === right[1]));
    if (third) return undefined;
    if (!CONTRASTS.includes(bare[k]!) && right[1] !== 'measure' && (right[1] !== 'year' || both) && !partsToAdd) return undefined;
    if (either && right[1] !== 'measure') return undefined;
    // (The words after the first keep its punctuation: "halo or mag?" asks "halo?" and "mag?".)
    const first = [...ws.slice(0, k - 1), ws[k - 1]!.replace(/[^\p{L}\p{N}]+$/u, '') + (ws[r0 + right[0] - 1]!.match(/[^\p{L}\p{N}]+$/u)?.[0] ?? ''),
      ...(plain === undefined && shared !== undefined ? [shared] : []), ...ws.slice(r0 + right[0])];
    const second = [...ws.slice(0, k - left[0]), ...ws.slice(r0)];
    // ("Who cleared more, HALO or MAG?" asks what each cleared.)
    // (Each part asks for its own figure: "how many fewer casualties in 2023" asks for those of 2023.)
    const of = (part: string[]) => part.join(' ').replace(/^(?:who|which)(?:'s|s| has| have| had| is| was| did)?\s+/iu, '')
      .replace(/\b(?:more|fewer|less|bigger|larger|higher|greater|smaller|lower)\s+(?=\S)/giu, '');
    return { parts: [of(first), of(second)], sides: [[...bare.slice(k - left[0], k), ...(plain === undefined && shared !== undefined ? [shared] : [])].join(' '), bare.slice(r0, r0 + right[0]).join(' ')], kind: right[1], both, ...(either ? { either } : {}) };
  }
}

/**
 * "What share of the land still contaminated in March 2025 is down to landmines?", "what % of 2020
 * casualties were in Battambang": the whole (what follows "of") and the part (the whole, narrowed by
 * what follows its verb), each a question of its own.
 */
/** The words that ask for a share, wherever the whole is said. */
const SHARE_WORD = String.raw`(?:share|proportion|percentage|percent|fraction|portion|part|%)`;
const SHARE_VERB = String.raw`\s+(?:is|are|was|were|comes?|came|happened|occurred|took place)\s+(?:(?:down to|due to|from|in|at|of|by|for|made up of|accounted for by|caused by)\s+)?(.+?)[?.!\s]*$`;
const SHARE_OF = String.raw`^(?:(.*?),\s*)?(?:what|which|wat)\s+${SHARE_WORD}\s+of\s+`;
/** The whole ends at its last verb ("the land that is still contaminated comes from ..."), or else at its first. */
const SHARES = [new RegExp(`${SHARE_OF}(.+)${SHARE_VERB}`, 'iu'), new RegExp(`${SHARE_OF}(.+?)${SHARE_VERB}`, 'iu')];

/** "Of the 2023 casualties counted to December, what share were down to landmines?": the whole said first. */
const SHARE_AFTER = new RegExp(String.raw`^of\s+(?:the\s+|all\s+)?(.+?),?\s+(?:what|which)\s+${SHARE_WORD}\s+(?:of (?:them|those|these|it)\s+)?(?:is|are|was|were|comes?|came|happened|occurred)\s+(?:(?:down to|due to|from|in|at|of|by|for|caused by)\s+)?(.+?)[?.!\s]*$`, 'iu');

function shareQuestions(question: string): Array<{ whole: string; part: string }> {
  const out: Array<{ whole: string; part: string }> = [];
  const after = SHARE_AFTER.exec(question.trim());
  if (after !== null) out.push({ whole: after[1]!.trim(), part: `${after[1]!.trim()} ${after[2]!}` });
  for (const re of SHARES) {
    const m = re.exec(question.trim());
    if (m === null) continue;
    // ("By March 2011, what share of ...": what comes before the question is its context.)
    const context = m[1] === undefined ? '' : `${m[1]} `;
    const whole = `${context}${m[2]!}`.trim();
    if (!out.some((o) => o.whole === whole)) out.push({ whole, part: `${whole} ${m[3]!}` });
  }
  return out;
}

/**
 * "How many were killed and how many injured in 2023?", "how much has been cleared, and how much is
 * left?": two questions of quantity joined by "and", each with the dates of the whole and, where
 * one says "they", the names of the other.
 */
function twoQuestions(question: string, isName: (word: string) => boolean, isThing: (word: string) => boolean): [string, string] | undefined {
  const m = /^(.*?\bhow (?:many|much)\b.*?)(?:,?\s+and\s+|;\s*|,\s+)(how (?:many|much)\b.*)$/iu.exec(question.trim());
  if (m === null) return undefined;
  // ("Of the land left, how much is mines and how much UXO?": the whole said first is the second's too,
  // where the second names nothing but a kind of thing: not "and how much has been cleared", "how many
  // were there in 2019", "how many were children".)
  const second = m[2]!.trim().replace(/[?.!]+$/u, '').split(/\s+/u).slice(2).filter((w) => !/^(?:is|are|was|were|of|the|due|to|from|by)$/iu.test(w));
  const kindOnly = second.length > 0 && second.length <= 3 && second.some(isThing) && second.every((w) => isThing(w) || /^(?:and|other)$/iu.test(w));
  const whole = kindOnly ? /^(?:of|out of|from|among)\s+[^,]{3,80},\s*/iu.exec(m[1]!)?.[0] ?? '' : '';
  const parts = [m[1]!.trim(), `${whole}${m[2]!.trim()}`] as [string, string];
  const dates = [...question.matchAll(DATE_PHRASE)].map((d) => d[0]);
  const namesOf = (text: string) => text.split(/[^\p{L}\p{N}'-]+/u).filter((w) => w !== '' && isName(w));
  return parts.map((p, i) => {
    const other = parts[1 - i]!;
    const withDates = /\b(?:19|20)\d\d\b/u.test(p) ? p : `${p.replace(/[?.!\s]+$/u, '')} ${dates.join(' ')}`.trim();
    return PRONOUN.test(p) ? `${withDates} ${namesOf(other).join(' ')}`.trim() : withDates;
  }) as [string, string];
}

/** The words of a question a definition asks about may be quoted: "what does 'mine-free' mean". */
/** A quoted term right after a word that asks what it means, or right before one. */
const QUOTED_BEFORE = /\b(?:explain|define|word|term|phrase|expression|abbreviation|acronym|meaning of|meant by|definition of)\s+['‘“"]([^'’”"]{2,40})['’”"](?=$|[\s.,;:?!)])/iu;
const QUOTED_AFTER = /(?:^|[\s(])['‘“"]([^'’”"]{2,40})['’”"],?\s+(?:(?:does|do) (?:that|it|this) (?:really |actually )?)?(?:mean|means|meant|stands? for|refers? to)\b/iu;

/**
 * The term a question asks about, sentence by sentence: "In reports I see the word 'dud'. What does
 * it mean?" asks what "dud" means; "In the literature, what is meant by X" asks after its comma.
 */
function definitionIn(question: string): DefinitionTarget | undefined {
  // "New intern here, sorry: what is ERW?": each sentence or clause after a colon.
  // ("vs." and the like end no sentence; the whole question is tried last.)
  // ("What is JMAS - is that an agency or an NGO?": a dash between spaces ends a clause too.)
  const split = /[.?!:;]\s+\S|\s[-–—]\s/u.test(question)
    ? question.split(/(?<!\b(?:vs|e\.g|i\.e|etc|mr|mrs|ms|dr|no|approx|incl))(?<=[.?!:;])\s+|\s+[-–—]\s+/iu).filter((x) => x.trim() !== '')
    : [question];
  const sentences = split.length > 1 ? [...split, question] : split;
  let loose: ReturnType<typeof definitionTarget>;
  for (const sentence of sentences) {
    const parts = sentence.includes(',') ? [sentence.slice(0, sentence.indexOf(',')), sentence.slice(sentence.lastIndexOf(',') + 1)] : [];
    // "jmas = ?": the term on the left.
    const equals = /^\s*([^=?+]{1,40}?)\s*=\s*\?*\s*$/u.exec(sentence);
    if (equals?.[1] !== undefined && equals[1].trim().split(/\s+/u).length <= 3) return { term: equals[1].trim().toLowerCase(), strict: true };
    // "sorry for the basic question but what does UXO stand for": the question within the sentence.
    const inner = (text: string) => {
      const within = /\s(?:what|whats|define|explain|how (?:would|do|should|could|can) (?:you|u|we|i|one) (?:define|describe|explain))\b/iu.exec(text);
      if (within === null) return [];
      const rest = text.slice(within.index + 1);
      // "remind me what CMAC is" asks it; "I know what UXO is" and "everyone asks what demining is" do not.
      return EMBEDDED_ORDER.test(rest) && !ASKS_BEFORE.test(text.slice(0, within.index)) ? [] : [rest];
    };
    for (const part of [...parts.flatMap((x) => [...inner(x), x]), ...inner(sentence), sentence]) {
      // "Demining, what does it mean?": "it" is the words before the comma.
      if (parts.length > 0 && part !== parts[0] && /^\s*what does (?:it|that|this) (?:really |actually )?mean\b/iu.test(part) && parts[0]!.trim().split(/\s+/u).length <= 3) {
        return { term: parts[0]!.trim().toLowerCase(), strict: true };
      }
      const t = definitionTarget(part);
      // "what does it mean": "it" is the word quoted before.
      if (t === undefined || /^(?:it|that|this)$/u.test(t.term)) continue;
      if (t.strict) return t;
      // ("Of the land left, how much is mines": the clause after a comma asks an amount of the whole.)
      if (part !== sentence && /^\s*how much\b/iu.test(part)) continue;
      loose ??= t;
    }
  }
  // "Could you explain 'land release' and how it differs": the quoted words are the term.
  const quoted = /['‘“"]/u.test(question) ? QUOTED_BEFORE.exec(question) ?? QUOTED_AFTER.exec(question) : null;
  return quoted?.[1] !== undefined ? { term: quoted[1].trim(), strict: true } : loose;
}

/** A question asked inside a sentence in a statement's order: "what CMAC is". */
const EMBEDDED_ORDER = /^what\s+.+\s+(?:is|are|means|stands for)\W*$/iu;
/** Words before one that ask it of the bot: "remind me", "I'm not sure", "I don't know". */
const ASKS_BEFORE = /(?:(?:remind|tell|show|teach)\s+(?:me|us)|explain(?:\s+to\s+(?:me|us))?|wonder(?:ing)?|not sure|(?:don'?t|do not|doesn'?t) (?:really )?know|no idea|unsure|confused about|forgot|forget)\s*$/iu;

/** "tell me about JMAS", "what do you know about CMAC", "info on HALO" -> the subject. */
function aboutTarget(question: string): string | undefined {
  const q = question.trim().toLowerCase().replace(/[?!.]+$/u, '').trim();
  const m = /^(?:brief (?:me|us) on|fill (?:me|us) in on|(?:give me |what's )?(?:the |a )?(?:quick |short |brief |little )?(?:rundown|lowdown|briefing) on|tell (?:me|us) (?:more )?about|what (?:can|could) you tell (?:me|us) about|what do (?:you|we|u) (?:know|have) (?:about|on)|what(?:'s| is) known about|what(?:'s| is) (?:in )?(?:here|there) (?:about|on)|what (?:have|do|did) (?:you|we|u) (?:got|get|hold|keep) (?:about|on)|what (?:you|we) (?:have|hold|know) (?:about|on)|(?:any )?info(?:rmation)? (?:about|on)|anything (?:about|on)|facts (?:about|on)|summary of|summari[sz]e|overview of|background on)\s+(?:the\s+)?(.+)$/u.exec(q) ??
    /^(?:the\s+)?(.+?)\s+(?:overview|summary|profile|background|info|in a nutshell|numbers|figures|stats|statistics)(?:\s+(?:pls|please|plz))?$/u.exec(q);
  // ("A quick rundown on Koji Yamazaki — who is he and what's he said?": what follows the name asks more of it.)
  // ("Tell me about HALO - how much has it cleared?" still asks the figure.)
  const target = m?.[1];
  if (target !== undefined && /(?:[\u2013\u2014]|\s-|[,;:])\s*(?:how|and how|what (?:did|does|do|has|have|was|were)|when|where|which)\b/u.test(target)) return undefined;
  return target?.replace(/\s*(?:[\u2013\u2014]|\s-|[,;:])\s*(?:who|what)\s+(?:is|are|was|were)\s+(?:he|she|they|it|this|that)\b.*$/u, '').trim();
}

/** "who said 1,700", "who said that 20,000 mines were destroyed" -> the number. */
function attributionNumber(question: string): number | undefined {
  const q = prepare(question);
  const m = /^(?:who|which (?:source|person|official)|where)\b.*\b(?:said|says|say|stated|states|claimed|claims|reported|reports|gave|gives|from|put|puts|estimated|estimates|counted|counts|recorded|records|cited|cites|quoted|announced|announces|published|came up with)\b.*?(\d+(?:\.\d+)?)/u.exec(q);
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

/** Words said between a speaker and a verb of saying ("what did the PM actually say"): no part of who. */
const SPEECH_ADVERB = String.raw`(?: (?:actually|really|exactly|even|ever|just|also|officially|publicly|specifically|recently|originally|apparently|reportedly|previously|first))?`;

/** "What did the Japanese ambassador say about demining": the speaker of a question about what was said. */
const SPOKEN_ABOUT = new RegExp(String.raw`^what (?:did|has|have|does|do|had) (?:the )?(.{1,60}?)${SPEECH_ADVERB} (?:say|said|tell|told|state|stated|claim|claimed|announce|announced|think|thinks|thought) (?:about|of|on|regarding)\b`, 'iu');

/** "what did Hun Manet say", "what has the CMAA said" -> the speaker; undefined when more is asked. */
function speakerTarget(question: string): string | undefined {
  const q = question.trim().toLowerCase().replace(/[?!.]+$/u, '').replace(/\s+/gu, ' ').trim();
  const m = new RegExp(`^what (?:did|has|have|does|do|had) (?:the )?(.+?)${SPEECH_ADVERB} (?:say|said|tell us|told|tell reporters|told reporters|state|stated|claim|claimed|announce|announced|report|reported)(?: about (?:it|this|that|them))?$`, 'u').exec(q) ??
    /^(?:anything|quotes?|statements?) (?:from|by) (?:the )?(.+)$/u.exec(q);
  return m?.[1]?.trim();
}

export interface EngineOptions {
  /** Everyday words: left as typed by the speller, and not taken for names (see src/store/dictionary.ts). */
  dictionary?: ReadonlySet<string>;
  /** How old a figure may be before it is shown as possibly out of date, and today; without it no figure is. */
  age?: AgeOptions;
}

export function createEngine(kb: KnowledgeBase, options: EngineOptions = {}): Engine {
  const index: MatchIndex = buildIndex(kb, options.dictionary);
  // The language of the reply being made: set for the length of one synchronous call (inLang).
  let lang: Lang = 'en';
  /** A language the person chose (`lang:km`), which a question's own language does not override. */
  let explicit: Lang | undefined;
  const msg = (): Catalogue<typeof messages> => messagesFor(lang);
  const withLang = <T>(l: Lang, f: () => T): T => {
    const before = lang;
    lang = l;
    try {
      const out = f();
      // Every reply says which language it is in, so that a face shows its own labels in it too.
      return out !== null && typeof out === 'object' && 'kind' in out && 'title' in out ? { ...out, lang } : out;
    } finally {
      lang = before;
    }
  };
  const inLang = <T>(l: Lang, f: () => T): T => {
    const before = explicit;
    explicit = l;
    try {
      return withLang(l, f);
    } finally {
      explicit = before;
    }
  };
  const live = kb.facts.filter((f) => f.retired !== true);
  const factById = new Map(live.map((f) => [f.id, f]));
  const derivedById = new Map(kb.derived.map((d) => [d.id, d]));
  /** The place most of the fact base's figures are of: the country it is about (read on first need). */
  let home: { place: string | undefined } | undefined;
  const homePlace = (): string | undefined => {
    if (home === undefined) {
      const counts = new Map<string, number>();
      for (const e of index.entries) for (const p of e.places) counts.set(p, (counts.get(p) ?? 0) + 1);
      home = { place: [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] };
    }
    return home.place;
  };
  const glossaryByKey = new Map<string, GlossaryEntry>();
  for (const g of kb.glossary) {
    const other = Object.values(g.translations ?? {}).flatMap((t) => [t.term, t.expansion, ...t.aliases]);
    for (const k of [g.term, g.expansion, ...g.aliases, ...other]) if (k !== undefined) glossaryByKey.set(k.toLowerCase(), g);
  }
  const wordsKey = (t: string) => t.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '').map(stem).sort().join(' ');
  const termByWords = new Map<string, GlossaryEntry>();
  for (const [key, g] of glossaryByKey) if (/\s/u.test(key) && !termByWords.has(wordsKey(key))) termByWords.set(wordsKey(key), g);
  const termOf = (text: string): GlossaryEntry | undefined => {
    const t = text.trim().toLowerCase().replace(/^(?:an?|the)\s+/u, '');
    const exact = (x: string) => glossaryByKey.get(x) ?? glossaryByKey.get(x.replace(/s$/u, '')) ?? glossaryByKey.get(x.replace(/[^a-z0-9]/gu, ''));
    const found = exact(t);
    if (found !== undefined) return found;
    // "a casualty in the CMAA numbers": the term before what qualifies it.
    const cut = /^(.+?)\s+(?:in|for|according to|from|of|under|as used in)\s+.+$/u.exec(t)?.[1];
    if (cut !== undefined && cut !== t) {
      const head = termOf(cut);
      if (head !== undefined) return head;
    }
    // "antipersonnel landmine": a kind of thing named with its broader kind is the narrower term.
    const parts = t.split(/\s+/u);
    const named = lexTokens(index.lexicon, parts);
    const narrowest = named.filter((x) => index.lexicon.kinds.get(x) === 'thing' && named.every((y) => y === x || index.lexicon.ancestors.get(x)?.has(y) === true));
    const display = narrowest.length === 1 && named.length > 1 ? index.lexicon.display.get(narrowest[0]!) : undefined;
    const narrow = display === undefined ? undefined : exact(display.toLowerCase());
    if (narrow !== undefined) return narrow;
    // "cluster munitions": a phrase that names one thing is that thing's term or none, never the
    // term of its last word ("munitions" for unexploded ordnance).
    if (named.length === 1 && index.lexicon.kinds.has(named[0]!) && parts.length > 1 && parts.every((p) => lexTokens(index.lexicon, [p]).length > 0)) {
      const own = index.lexicon.display.get(named[0]!);
      return own === undefined ? undefined : exact(own.toLowerCase());
    }
    // "a mine casualty" is a casualty: the head of the phrase, once the names before it are set aside.
    // Names only: "cambodia in km2" is not a kind of km² ("in" is no name).
    const allNames = (ws: string[]) => {
      const toks = lexTokens(index.lexicon, ws);
      return toks.length > 0 && toks.every((x) => index.lexicon.kinds.has(x)) && !ws.some((w) => STOPWORDS.has(w));
    };
    for (let i = 1; i < parts.length && allNames(parts.slice(0, i)); i++) {
      const head = exact(parts.slice(i).join(' '));
      if (head !== undefined) return head;
    }
    // "released land" is "land release": a term's own words in another order and form.
    return parts.length > 1 ? termByWords.get(wordsKey(t)) : undefined;
  };
  /** A misspelt term ("anti personal mine"); a different term is never swapped in ("EOD" is not "UXO"). */
  // The glossary's names as a slip is measured against them, read once.
  const closeKeys = [...glossaryByKey].map(([key, g]) => ({ k: key.replace(/[^\p{L}\p{N}]+/gu, ' ').trim(), g }));
  const closeTerm = (t: string): GlossaryEntry | undefined => {
    const typed = t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (typed.length < 4 || typed.length > 40) return undefined;
    let best: [number, GlossaryEntry] | undefined;
    for (const { k, g } of closeKeys) {
      if (Math.abs(k.length - typed.length) > 3) continue;
      const d = editDistance(typed, k, 3);
      // One slip in four letters, two in ten, three in longer names.
      if (d <= Math.min(3, Math.floor(k.length / 5)) && (best === undefined || d < best[0])) best = [d, g];
    }
    return best?.[1];
  };

  /**
   * The glossary term named anywhere in a text, in any language, the longest name first: a Latin name
   * as whole words, a Khmer one as a run of its letters (Khmer has no spaces). The names are read once.
   */
  const termNames = [...glossaryByKey].map(([key, g]) => (hasKhmer(key)
    ? { run: true, name: normaliseKhmer(key), g }
    : { run: false, name: key.replace(/[^\p{L}\p{N}]+/gu, ' ').trim(), g }));
  const termIn = (text: string): GlossaryEntry | undefined => {
    const padded = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
    const letters = hasKhmer(text) ? normaliseKhmer(text).toLowerCase() : '';
    let found: { name: string; g: GlossaryEntry } | undefined;
    for (const t of termNames) {
      const hit = t.run ? letters.includes(t.name) : t.name.length >= 2 && padded.includes(` ${t.name} `);
      if (hit && (found === undefined || t.name.length > found.name.length)) found = t;
    }
    return found?.g;
  };
  // `fact`, `search` and autocomplete: fuse.js over every fact of a small base, over the few an
  // index of words picks on a large one (see fact-search.ts).
  // Built on the first search, fact or autocomplete call, not with the engine: a fact base is rebuilt
  // on every change, and most questions never need this index.
  let searchIndex: ReturnType<typeof createFactSearch> | undefined;
  const factSearch = {
    topics: (...a: Parameters<ReturnType<typeof createFactSearch>['topics']>) => (searchIndex ??= createFactSearch(live, index)).topics(...a),
    texts: (...a: Parameters<ReturnType<typeof createFactSearch>['texts']>) => (searchIndex ??= createFactSearch(live, index)).texts(...a),
    suggest: (...a: Parameters<ReturnType<typeof createFactSearch>['suggest']>) => (searchIndex ??= createFactSearch(live, index)).suggest(...a),
  };
  const termFuse = new Fuse(kb.glossary, {
    includeScore: true,
    keys: [{ name: 'term', weight: 2 }, { name: 'expansion', weight: 1.5 }, { name: 'aliases', weight: 1 }],
    threshold: 0.35,
    ignoreLocation: true,
  });

  const itemFor = (id: string, unit?: AreaUnit): ReplyItem | undefined => {
    const f = factById.get(id);
    if (f !== undefined) return factItem(kb, f, unit, options.age, lang, placeName);
    const d = derivedById.get(id);
    return d === undefined ? undefined : derivedItem(kb, d, unit, options.age, lang);
  };

  /**
   * Two stated figures that may stand side by side: the same unit and kind of period, and, for counts,
   * the same measure or the same thing counted (a year's clearance is no match for a total since 1992).
   */
  const comparable = (a: string, b: string, sum: boolean): boolean => {
    const [x, y] = [factById.get(a)?.figure, factById.get(b)?.figure];
    if (x === undefined || y === undefined || x.unit !== y.unit || x.period !== y.period) return false;
    // (Counts of two things may be added up, "killed plus injured", not set against each other; counts
    // of one thing in two states may: "dead vs wounded" counts people both ways.)
    // (People, not "mine detection" rats and dogs: only a word for people said of both.)
    const people = (w: string | undefined) => words(prepare(w ?? '')).filter((t) => PERSON_NOUNS.has(t));
    return sum || x.unit !== 'count' || (x.measure !== undefined && x.measure === y.measure) || (x.what !== undefined && x.what === y.what) ||
      people(x.what).some((t) => people(y.what).includes(t));
  };

  /** The figures of two facts when both are flows of one named measure, not percentages: what may add up. */
  const flowsOfOneMeasure = (a: string, b: string) => {
    const [x, y] = [factById.get(a)?.figure, factById.get(b)?.figure];
    if (x === undefined || y === undefined || x.unit === 'percent' || x.period !== 'flow' || y.period !== 'flow') return undefined;
    return x.measure === undefined || x.measure !== y.measure ? undefined : [x, y] as const;
  };

  /**
   * Two flows of one measure over one period in two places neither of which holds the other
   * ("casualties in Pailin and in Preah Vihear in 2020"): they count no one twice.
   */
  const separatePlaces = (a: string, b: string): boolean => {
    const both = flowsOfOneMeasure(a, b);
    if (both === undefined) return false;
    const [x, y] = both;
    if (x.from !== y.from || x.asOf !== y.asOf || x.qualifier !== y.qualifier) return false;
    const [px, py] = [entityOf(index.lexicon, x.scope.where), entityOf(index.lexicon, y.scope.where)];
    if (px === undefined || py === undefined || px === py || index.lexicon.kinds.get(px) !== 'place' || index.lexicon.kinds.get(py) !== 'place') return false;
    // (Two places of one level: within the same places. "Choam Ksan", a district a statement names with no
    // place it is within, is no sibling of the province it lies in.)
    const [ax, ay] = [index.lexicon.ancestors.get(px), index.lexicon.ancestors.get(py)];
    if (ax === undefined || ay === undefined || ax.size === 0 || !sameSet(ax, ay)) return false;
    return !ax.has(py) && !ay.has(px);
  };

  /**
   * Two figures of one measure at one date and place, of kinds of thing neither of which holds the
   * other ("land contaminated by landmines" and "by cluster munitions and other ERW" in March 2024).
   */
  const separateKinds = (a: string, b: string): boolean => {
    const [x, y] = [factById.get(a)?.figure, factById.get(b)?.figure];
    if (x === undefined || y === undefined || x.unit === 'percent' || x.unit === 'year' || x.measure === undefined || x.measure !== y.measure) return false;
    if (x.unit !== y.unit || x.period !== y.period || x.asOf !== y.asOf || x.from !== y.from || x.scope.where !== y.scope.where || x.scope.by !== y.scope.by || x.qualifier !== y.qualifier) return false;
    if (x.scope.of === undefined || y.scope.of === undefined) return false;
    const kinds = (of: string) => lexTokens(index.lexicon, words(prepare(of))).filter((t) => index.lexicon.kinds.get(t) === 'thing');
    const [kx, ky] = [kinds(x.scope.of), kinds(y.scope.of)];
    if (kx.length === 0 || ky.length === 0) return false;
    const holds = (t: string, u: string) => t === u || index.lexicon.ancestors.get(t)?.has(u) === true || index.lexicon.ancestors.get(u)?.has(t) === true;
    return !kx.some((t) => ky.some((u) => holds(t, u)));
  };

  /** Two flows of one measure over periods that do not overlap ("casualties in 2019 and 2020"). */
  const separatePeriods = (a: string, b: string): boolean => {
    const both = flowsOfOneMeasure(a, b);
    if (both === undefined) return false;
    const [x, y] = both;
    if (x.from === undefined || y.from === undefined) return false;
    return x.asOf < y.from || y.asOf < x.from;
  };

  /** Two figures asked for together ("killed plus injured"), added up the way a derivation is, qualifiers kept. */
  const sumItem = (a: string, b: string): ReplyItem | undefined => {
    const [x, y] = [itemFor(a), itemFor(b)];
    if (x === undefined || y === undefined) return undefined;
    const label = msg().sumOfTwo(x.topic, y.topic);
    return derivedItem(kb, { id: 'asked-sum', topic: label.slice(0, 100), aliases: [label], label, operation: 'sum', of: [a, b] }, undefined, options.age, lang);
  };

  /** The one fact that answers a question with every word of it its own ("2020 casualties in Battambang"), if one does. */
  const wholly = (text: string, numbered = false): string | undefined => {
    // (The match first: most texts find nothing, and need no reply made.)
    const own = match(index, text);
    const lead = own.best[0]?.entry;
    if (lead === undefined) return undefined;
    const r = askIn(text);
    if (r.kind !== 'answer' || r.facts.length !== 1 || lead.id !== r.facts[0]) return undefined;
    const fig = factById.get(lead.id)?.figure;
    const years = new Set([fig?.asOf.slice(0, 4), fig?.from?.slice(0, 4), fig?.scope.since]);
    // (A figure or a unit the question repeats is no word of what is measured; a year must be the fact's own.)
    const said = (t: string) => years.has(t) || AREA_UNITS.has(t) || (/^\d+$/u.test(t) && !/^(?:19|20)\d\d$/u.test(t));
    const its = (t: string) => MARKERS.has(t) || lead.tokens.has(t) || said(t);
    // ("Of the 100 casualties in 2020": a number the question gives of it must be its own.)
    const numbers = (text.match(/\d[\d,]*(?:\.\d+)?/gu) ?? []).map((n) => Number(n.replace(/,/gu, ''))).filter((n) => !(n >= 1900 && n <= 2099 && Number.isInteger(n)));
    if (numbered && fig !== undefined && numbers.some((n) => n !== fig.value)) return undefined;
    // (Nor is a word of everyday talk, "roughly", "all the land".)
    const talk = new Set(own.analysed.rawWords.filter((w) => STOPWORDS.has(w) || FILLER.has(w) || WHOLE_WORDS.has(w)).flatMap((w) => lexTokens(index.lexicon, [w])));
    return own.analysed.tokens.every((t) => its(t) || talk.has(t)) ? lead.id : undefined;
  };

  /**
   * "What share of the contaminated land is cluster munitions": the part's figure over the whole's,
   * when both are figures of one named measure at one date, the part within the whole (one kind of
   * thing, a place within the whole's, one organisation's work within all of it) and no larger.
   */
  const shareOf = (partId: string, wholeId: string, partText: string): Reply | undefined => {
    const [x, y] = [factById.get(partId)?.figure, factById.get(wholeId)?.figure];
    if (x === undefined || y === undefined || partId === wholeId || x.unit === 'percent' || x.unit === 'year') return undefined;
    if (x.measure === undefined || x.measure !== y.measure || x.period !== y.period || x.asOf !== y.asOf || x.from !== y.from) return undefined;
    if (!(x.unit === y.unit || (isAreaUnit(x.unit) && isAreaUnit(y.unit))) || x.what !== y.what || x.currency !== y.currency) return undefined;
    const [a, b] = [x, y].map((f) => entityOf(index.lexicon, f.scope.where) ?? f.scope.where.toLowerCase()) as [string, string];
    const placeWithin = a === b || index.lexicon.ancestors.get(a)?.has(b) === true;
    const kindWithin = x.scope.of === y.scope.of || y.scope.of === undefined;
    const byOf = (f: typeof x) => (f.scope.by === undefined ? undefined : entityOf(index.lexicon, f.scope.by) ?? f.scope.by.toLowerCase());
    const [bx, by] = [byOf(x), byOf(y)];
    // (The whole's work is everyone's: no one named, or the country's own.)
    const workWithin = bx === by || by === undefined || by === b;
    // (What narrows the part is what the question's part names: "Japan" is no name of JMAS's work; and a
    // narrower kind is a kind of thing, not any detail of a grant.)
    const named = new Set(lexTokens(index.lexicon, words(prepare(partText))));
    const ofX = x.scope.of === undefined ? undefined : entityOf(index.lexicon, x.scope.of);
    if ((a !== b && !named.has(a)) || (bx !== by && (bx === undefined || !named.has(bx)))) return undefined;
    if (x.scope.of !== y.scope.of && (ofX === undefined || index.lexicon.kinds.get(ofX) !== 'thing' || !(named.has(ofX) || [...named].some((t) => index.lexicon.ancestors.get(t)?.has(ofX) === true)))) return undefined;
    const sinceWithin = x.period !== 'cumulative' || x.scope.since === y.scope.since || x.scope.since === undefined || (y.scope.since !== undefined && x.scope.since >= y.scope.since);
    const narrower = a !== b || x.scope.of !== y.scope.of || bx !== by;
    if (!placeWithin || !kindWithin || !workWithin || !sinceWithin || !narrower) return undefined;
    const inKm = (f: typeof x) => (isAreaUnit(f.unit) ? areaIn(f.value, f.unit, 'km2') : f.value);
    const [part, whole] = [inKm(x), inKm(y)];
    if (whole <= 0 || part > whole) return undefined;
    const [px, py] = [itemFor(partId), itemFor(wholeId)];
    if (px === undefined || py === undefined) return undefined;
    const percent = localDigits(formatNumber(Math.round((1000 * part) / whole) / 10), lang);
    const point = (q: string) => q === 'exactly' || q === 'stated';
    const title = point(x.qualifier) && point(y.qualifier) ? msg().shareOfTwo(percent, px.headline, py.headline) : msg().faceValueShareOfTwo(percent, px.headline, py.headline);
    return reply('answer', title, { items: [px, py], private: false });
  };

  // A place's name in each language the vocabulary gives one ("Cambodia" -> "កម្ពុជា"): the scope
  // line is in the reply's language; organisations keep the names they are known by.
  const placeNames = new Map<string, string>();
  for (const e of kb.vocabulary.entities) {
    const km = e.kind === 'place' ? e.names.find(hasKhmer) : undefined;
    if (km !== undefined) for (const n of e.names) if (!hasKhmer(n)) placeNames.set(n.toLowerCase(), km);
  }
  const placeName = (name: string): string => (lang === 'km' ? placeNames.get(name.toLowerCase()) ?? name : name);

  /** A fact offered to pick, named by its topic in the reply's language where it has one. */
  const suggestion = (e: Pick<Entry, 'id' | 'topic'>): Suggestion => {
    const tr = lang === 'en' ? undefined : (factById.get(e.id) ?? derivedById.get(e.id))?.translations?.[lang];
    return suggestionFor({ id: e.id, topic: tr?.topic ?? e.topic });
  };

  const suggestionsFrom = (ranked: readonly Scored[], exclude: ReadonlySet<string> = new Set()): Suggestion[] =>
    ranked
      .filter((s) => s.score >= SUGGESTION_FLOOR && !exclude.has(s.entry.id))
      .slice(0, MAX_SUGGESTIONS)
      .map((s) => suggestion(s.entry));

  const notAFigure = (d: Derivation): Reply => {
    const c = compute(kb, d, lang);
    const operandIds = [...new Set(c.facts.map((f) => f.id))];
    const items = operandIds.map((id) => itemFor(id)).filter((i): i is ReplyItem => i !== undefined);
    const label = (lang === 'en' ? undefined : d.translations?.[lang]?.label) ?? d.label;
    const parts = d.of.map((id) => {
      const f = factById.get(id);
      if (f?.figure !== undefined) return figureLine(f.figure, lang, lang === 'en' ? undefined : f.translations?.[lang]?.label);
      const sub = derivedById.get(id);
      const subItem = sub === undefined ? undefined : derivedItem(kb, sub, undefined, undefined, lang);
      return subItem?.headline ?? id;
    });
    // A person asking for the share needs a number: the quotient of the stated values, said to be no more.
    const face = d.operation === 'ratio' ? faceValueRatio(d) : undefined;
    if (face !== undefined) {
      return reply('answer', msg().faceValueShare(localDigits(formatNumber(Math.round(face * 10) / 10), lang), label), {
        body: msg().notAFigureBody(parts.join('; ')),
        items,
        facts: [d.id, ...operandIds],
        private: false,
      });
    }
    return reply('no-answer', msg().notAFigure(label), {
      body: msg().notAFigureBody(parts.join('; ')),
      items,
      facts: operandIds,
    });
  };

  /** The value of a fact or derivation taken at face value (qualifiers set aside), in km² for areas. */
  const faceValue = (id: string): number | undefined => {
    const fig = factById.get(id)?.figure;
    if (fig !== undefined) return isAreaUnit(fig.unit) ? areaIn(fig.value, fig.unit, 'km2') : fig.value;
    const sub = derivedById.get(id);
    if (sub?.operation !== 'sum') return undefined;
    const values = sub.of.map(faceValue);
    return values.some((v) => v === undefined) ? undefined : (values as number[]).reduce((a, b) => a + b, 0);
  };
  const faceValueRatio = (d: Derivation): number | undefined => {
    const [a, b] = d.of.map(faceValue);
    return a === undefined || b === undefined || b === 0 ? undefined : (100 * a) / b;
  };

  /** `current`: a figure shown as holding now (a narrower one), noted when due for review; an earlier one is history. */
  const lineOf = (e: Entry, current = false): string => {
    const f = factById.get(e.id);
    const source = f === undefined ? undefined : kb.sources.get(f.source);
    const fig = f?.figure;
    const age = options.age;
    const note = current && f !== undefined && age !== undefined && isDue(f, age.staleAfterMonths, isoDay(age.now())) ? msg().mayBeOutOfDate : undefined;
    const when = fig === undefined ? '' : ` (${msg().asOf(fig.period === 'flow' && fig.from !== undefined ? msg().fromTo(formatDate(fig.from, lang), formatDate(fig.asOf, lang)) : msg().asOfDate(formatDate(fig.asOf, lang)), note)})`;
    const tr = lang === 'en' ? undefined : f?.translations?.[lang];
    return `${fig === undefined ? tr?.topic ?? e.topic : figureLine(fig, lang, tr?.label)}${when}${source === undefined ? '' : `, ${source.publisher}`}`;
  };

  /**
   * "Did the mined area shrink between early 2024 and March 2025?": how far the figure moved from the
   * oldest to the newest of a series' figures shown (within the dates the question names), worked out
   * only from stated figures of one unit over periods of one length.
   */
  const changeLine = (m: Match, members: readonly Entry[]): string | undefined => {
    const span = m.analysed.frame.dates.find((d) => d.prep === 'between');
    const figs = members.map((e) => factById.get(e.id)?.figure).filter((f): f is NonNullable<typeof f> => f !== undefined)
      .filter((f) => span === undefined || (f.asOf >= span.start && f.asOf <= span.end));
    const length = (f: (typeof figs)[number]) => (f.period === 'flow' && f.from !== undefined ? Math.round((Date.parse(f.asOf) - Date.parse(f.from)) / 86_400_000) : 0);
    const newest = figs.reduce<(typeof figs)[number] | undefined>((a, f) => (a === undefined || f.asOf > a.asOf ? f : a), undefined);
    if (newest === undefined || newest.unit === 'percent' || newest.unit === 'year') return undefined;
    const alike = figs.filter((f) => f.unit === newest.unit && f.period === newest.period && f.currency === newest.currency &&
      (f.qualifier === 'stated' || f.qualifier === 'exactly') && Math.abs(length(f) - length(newest)) <= 3);
    const oldest = alike.reduce<(typeof figs)[number] | undefined>((a, f) => (a === undefined || f.asOf < a.asOf ? f : a), undefined);
    if (oldest === undefined || oldest === newest || oldest.value === 0 || !alike.includes(newest)) return undefined;
    const diff = newest.value - oldest.value;
    const amount = (v: number, f: typeof newest) => formatQuantity(v, f.unit, 'stated', undefined, f.currency, lang);
    // (A calendar year's count is of that year: "2019".)
    const when = (f: typeof newest) => f.period !== 'flow' || f.from === undefined ? formatDate(f.asOf, lang)
      : f.from.endsWith('-01-01') && f.asOf.endsWith('-12-31') && f.from.slice(0, 4) === f.asOf.slice(0, 4) ? localDigits(f.asOf.slice(0, 4), lang)
        : msg().fromTo(formatDate(f.from, lang), formatDate(f.asOf, lang));
    const percent = localDigits(formatNumber(Math.round((1000 * Math.abs(diff)) / oldest.value) / 10), lang);
    return msg().changeBetween(amount(oldest.value, oldest), when(oldest), amount(newest.value, newest), when(newest), amount(Math.abs(diff), newest), percent, diff < 0 ? 'down' : diff > 0 ? 'up' : 'same');
  };

  /** What a reply says beyond its items about the series and scope it chose from. */
  const contextOf = (m: Match): string => {
    const lines: string[] = [];
    const answered = m.best.map((b) => b.entry);
    const lead = answered[0];
    const sameSeries = answered.filter((e) => e.series !== undefined && e.series === lead?.series);
    if (m.change) {
      lines.push(msg().seriesTitle(answered.length));
      const moved = changeLine(m, sameSeries);
      if (moved !== undefined) lines.push(moved);
    }
    else if (m.ranking !== undefined) lines.push(msg().rankingTitle(m.ranking, answered.length));
    else if (sameSeries.length > 1) lines.push(msg().sourcesDisagree);
    if (m.earlier.length > 0) {
      lines.push(msg().newest);
      for (const e of m.earlier) lines.push(`${msg().earlier}: ${lineOf(e)}`);
    }
    for (const e of m.narrower) lines.push(`${msg().narrower}: ${lineOf(e, true)}`);
    return lines.join('\n');
  };

  const answerItems = (ids: readonly string[], unit?: AreaUnit): Reply => {
    const items: ReplyItem[] = [];
    for (const id of ids) {
      const d = derivedById.get(id);
      const item = itemFor(id, unit);
      if (item === undefined) {
        if (d !== undefined) return notAFigure(d);
        continue;
      }
      items.push(item);
    }
    const first = items[0];
    if (first === undefined) return reply('no-answer', msg().dontKnow, { body: msg().dontKnowBody });
    return reply('answer', first.headline, { items, private: false });
  };

  /** A name the glossary lacks is offered the facts about it, never another term's definition. */
  const define = (term: string, about: readonly Entry[] = []): Reply => {
    const t = term.trim();
    if (t.length === 0) return reply('error', msg().missingArgument('term', 'define'), { body: msg().usage('define <term>') });
    const entry = termOf(t) ?? closeTerm(t);
    // ("What does MAG stand for", to a glossary without it: a fact's statement that spells it out, "the
    // Mines Advisory Group (MAG)", says so, with that fact as its source.)
    const spelled = entry === undefined ? spelledOut(t) : undefined;
    // (Still no definition: the glossary lacks the term, and says so; the fact is offered beside it.)
    if (spelled !== undefined) {
      return reply('no-answer', msg().unknownTerm(spelled.term), {
        body: msg().termInFact(spelled.term, spelled.expansion),
        suggestions: [suggestion({ id: spelled.fact, topic: factById.get(spelled.fact)!.topic })],
      });
    }
    if (entry === undefined) {
      return reply('no-answer', msg().unknownTerm(truncate(t, 60)), {
        body: about.length > 0 ? msg().unknownTermFacts(truncate(t, 60)) : msg().unknownTermBody,
        suggestions: about.length > 0
          ? about.slice(0, MAX_SUGGESTIONS).map(suggestion)
          : kb.glossary.slice(0, MAX_SUGGESTIONS).map((g) => ({ label: g.term, command: `define ${g.term}` })),
      });
    }
    // In another language, the term's own wording there, with its name as the glossary gives it.
    const tr = lang === 'en' ? undefined : entry.translations?.[lang];
    const expansion = tr === undefined ? entry.expansion : tr.expansion ?? (tr.term === entry.term ? entry.expansion : tr.term);
    const title = expansion === undefined ? entry.term : `${entry.term}: ${expansion}`;
    const items: ReplyItem[] = [];
    const source = entry.source === undefined ? undefined : kb.sources.get(entry.source);
    if (source !== undefined && entry.quote !== undefined) {
      items.push({
        id: `glossary:${entry.term}`,
        topic: title,
        headline: title,
        statement: title,
        quotes: [{ factId: `glossary:${entry.term}`, quote: entry.quote, saidBy: source.publisher, checked: true, citation: citationOf(source, lang) }],
      });
    }
    return reply('answer', title, { body: tr?.definition ?? entry.definition, items, private: false, facts: [`glossary:${entry.term}`] });
  };

  /** An acronym a fact's statement spells out before it in brackets: "the Mines Advisory Group (MAG)". */
  const spelledOut = (term: string): { term: string; expansion: string; fact: string } | undefined => {
    if (!/^[\p{L}\p{N}&-]{2,12}$/u.test(term)) return undefined;
    const want = `(${term.toLowerCase()})`;
    for (const f of live) {
      const at = f.statement.toLowerCase().indexOf(want);
      if (at < 0) continue;
      const before = f.statement.slice(0, at).trim().split(/\s+/u);
      const name: string[] = [];
      for (let i = before.length - 1; i >= 0; i--) {
        const w = before[i]!;
        if (/^\p{Lu}/u.test(w)) name.unshift(w);
        else if (name.length > 0 && /^(?:of|and|for|the|de|du|des|on)$/u.test(w) && /^\p{Lu}/u.test(before[i - 1] ?? '')) name.unshift(w);
        else break;
      }
      const written = f.statement.slice(at + 1, at + 1 + term.length);
      // (The name's first letter is the acronym's: "Mines Advisory Group" for MAG.)
      if (name.length >= 2 && name[0]![0]!.toLowerCase() === term[0]!.toLowerCase()) return { term: written, expansion: name.join(' '), fact: f.id };
    }
    return undefined;
  };

  const isOneEntity = (text: string): boolean => {
    const toks = lexTokens(index.lexicon, words(prepare(text)));
    return toks.length === 1 && index.lexicon.kinds.has(toks[0]!);
  };

  const factsAbout = (entity: string): Entry[] => index.entries.filter((e) => e.kind === 'fact' && (e.mentions.has(entity) || e.by.has(entity) || e.places.has(entity)));

  const about = (subject: string): Reply | undefined => {
    const entity = entityOf(index.lexicon, subject);
    if (entity === undefined) return undefined;
    const hits = factsAbout(entity);
    if (hits.length === 0) return undefined;
    // An organisation is known by its figures; a person by what they said and did.
    const person = index.lexicon.kinds.get(entity) === 'person';
    // What is its own (its work, or a fact whose name names it) comes before what it only reported.
    const own = (e: Entry) => (e.by.has(entity) || e.partners.has(entity) || e.phrasings.some((p) => p.tokens.has(entity)) ? 0 : 1);
    hits.sort((a, b) => own(a) - own(b) || (person ? Number(a.hasFigure) - Number(b.hasFigure) : Number(b.hasFigure) - Number(a.hasFigure)));
    const shown = hits.slice(0, 5);
    const r = answerItems(shown.map((e) => e.id));
    if (r.kind !== 'answer') return r;
    const name = index.lexicon.display.get(entity) ?? subject;
    const term = termOf(name);
    const intro = term === undefined ? '' : `${term.expansion === undefined ? term.term : `${term.term}: ${term.expansion}`}. ${term.definition}\n`;
    return { ...r, title: msg().aboutTitle(name, hits.length), body: `${intro}${hits.length > shown.length ? msg().aboutMore(hits.length - shown.length) : ''}`.trim() };
  };

  /** What one person or organisation said, as the fact base quotes them. */
  const spoken = (name: string): Reply | undefined => {
    // "the Japanese ambassador" is not Japan: only a name the vocabulary knows whole is a speaker.
    const entity = isOneEntity(name) ? entityOf(index.lexicon, name) : undefined;
    if (entity === undefined) return undefined;
    const hits = index.entries.filter((e) => e.kind === 'fact' && (e.people.has(entity) || e.voices.has(entity)));
    if (hits.length === 0) return undefined;
    const shown = hits.slice(0, 5);
    const r = answerItems(shown.map((e) => e.id));
    if (r.kind !== 'answer') return r;
    const who = index.lexicon.display.get(entity) ?? name;
    return { ...r, title: msg().spokenTitle(who, hits.length), body: hits.length > shown.length ? msg().aboutMore(hits.length - shown.length) : r.body };
  };

  const attribution = (value: number): Reply | undefined => {
    const hits = live.filter((f) => f.figure?.value === value);
    if (hits.length === 0) return undefined;
    return answerItems(hits.map((f) => f.id));
  };

  const answerOf = (m: Match): Reply => {
    const r = answerItems(m.best.map((b) => b.entry.id), m.analysed.frame.unit);
    // A series (newest first) shows how a figure changed: only its newest figure can be out of date.
    if (m.change) for (const item of r.items.slice(1)) delete item.ageNote;
    const context = contextOf(m);
    const ranked = rankedFirst(m, r);
    return ranked.kind === 'answer' && context !== '' ? { ...ranked, body: r.body === '' ? context : `${r.body}\n${context}` } : ranked;
  };

  /** A ranking's title names the place or organisation that comes first, where its figure's words do not. */
  const rankedFirst = (m: Match, r: Reply): Reply => {
    const first = m.best[0]?.entry;
    if (m.ranking === undefined || first === undefined || r.kind !== 'answer') return r;
    const byPlace = m.best.some((b) => !sameSet(b.entry.places, first.places));
    const name = [...(byPlace ? first.places : first.by)].map((t) => index.lexicon.display.get(t) ?? t).join(', ');
    return name === '' || r.title.includes(name) ? r : { ...r, title: `${name}: ${r.title}` };
  };

  const ask = (question: string, chosen?: Lang): Reply => withLang(chosen ?? explicit ?? detectLang(question), () => askIn(question));

  const askIn = (question: string): Reply => {
    const q = question.trim();
    if (q.length === 0) return reply('error', msg().emptyQuestion);
    if (q.length > MAX_QUESTION_LENGTH) return reply('error', msg().tooLong(q.length, MAX_QUESTION_LENGTH));
    if (SMALL_TALK.test(q)) return reply('help', msg().smallTalk, { body: msg().smallTalkBody, private: false });
    // "How many were killed and how many injured in 2023?": two questions, each answered.
    const kindOfWord = (w: string) => {
      const t = lexTokens(index.lexicon, [w])[0];
      return t === undefined ? undefined : index.lexicon.kinds.get(t);
    };
    const parts = hasKhmer(q) ? undefined : twoQuestions(q, (w) => {
      const kind = kindOfWord(w);
      return kind === 'organisation' || kind === 'place' || kind === 'person';
    }, (w) => kindOfWord(w.toLowerCase().replace(/[^\p{L}\p{N}-]+/gu, '')) === 'thing');
    if (parts !== undefined) {
      const [a, b] = parts.map((p) => askIn(p));
      if (a!.kind === 'answer' && b!.kind === 'answer') {
        return reply('answer', `${a!.title}; ${b!.title}`, { items: [...a!.items, ...b!.items], body: [a!.body, b!.body].filter((x) => x !== '').join('\n'), private: false });
      }
      const one = a!.kind === 'answer' ? a! : b!.kind === 'answer' ? b! : undefined;
      const other = one === a ? parts[1]! : parts[0]!;
      if (one !== undefined) return { ...one, body: [one.body, msg().partOnly(truncate(other, 80))].filter((x) => x !== '').join('\n') };
    }
    const m = match(index, q);
    // "Were there more casualties in 2022 or 2023?": both figures, side by side. "Killed plus injured
    // since 1979": both, and their sum where they add up (unless the question as a whole names a sum
    // the fact base defines).
    const definedSum = m.best[0]?.entry.sum === true;
    // (Two measures asked side by side, "killed and injured since 1979", are each asked only when the
    // question as a whole finds no answer.)
    const compared = hasKhmer(q) || definedSum ? undefined : comparedQuestions(q, (ws) => {
      // (Read as the question is: "anti-tank" is one name once its hyphen is read; "landmine land" names
      // the kind, the land being what every side of it measures.)
      // (Prepared only where a word has more than letters and digits in it: the common case stays cheap.)
      const read = ws.every((w) => /^[\p{L}\p{N}]*$/u.test(w)) ? ws : words(prepare(ws.join(' ')));
      const toks = lexTokens(index.lexicon, read.filter((w, i, all) => i === 0 || !AREA_WORDS.has(w) || all.length === 1));
      if (toks.length !== 1) return undefined;
      const t = toks[0]!;
      if (/^(?:19|20)\d\d$/u.test(t)) return 'year';
      return index.lexicon.kinds.get(t) ?? (index.measureWords.has(t) ? 'measure' : undefined);
    }, m.best.length === 0);
    // (Kinds added up are of one date: "in 2022 and 2021" would be answered for one year alone.)
    const twoYears = /\b(?:19|20)\d\d\s*(?:and|,|&|\+|plus)\s*(?:in\s+)?(?:19|20)\d\d\b/iu.test(q);
    // (Nor are measures: "killed and injured in 2022 and 2023" would be answered for one year alone.)
    if (compared !== undefined && !((compared.kind === 'thing' || compared.kind === 'measure') && twoYears)) {
      const adds = SUMS.test(q);
      // ("Killed plus injured since 1979: the combined toll?": in a sum of two measures, the word the
      // vocabulary reads "killed and injured" as names the sum, as "combined" does; each part is asked
      // again without them where it finds nothing. "Children killed plus injured" keeps its children.)
      const sideWords = new Set(compared.sides.join(' ').split(' '));
      const [ta, tb] = compared.sides.map((side) => lexTokens(index.lexicon, side.split(' '))) as [string[], string[]];
      const pairs: Array<[string, string]> = ta.length === 1 && tb.length === 1 ? [[ta[0]!, tb[0]!], [tb[0]!, ta[0]!]] : [];
      const whole = new Set(pairs.flatMap(([x, y]) => ['and', 'or'].map((j) => lexTokens(index.lexicon, [x, j, y]))).filter((t) => t.length === 1).map((t) => t[0]!));
      const without = (part: string) => part.split(/\s+/u).filter((w) => {
        const bare = w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
        const toks = lexTokens(index.lexicon, [bare]);
        return sideWords.has(bare) || !(SUM_WORDS.has(bare) || (toks.length > 0 && toks.every((t) => whole.has(t))));
      }).join(' ');
      let askedAgain = false;
      const [a, b] = compared.parts.map((p) => {
        const r = askIn(p);
        // (Not where something is set aside: "not including 2023" would be dropped with the sum's words.)
        const again = adds && compared.kind === 'measure' && r.kind !== 'answer' && !SET_ASIDE.test(q) ? without(p) : p;
        // (Asked again, every word left must be the answer's own: "killed since 1979, of women" is not all the killed.)
        const own = again === p ? undefined : match(index, again);
        const lead = own?.best[0]?.entry;
        const whole = lead !== undefined && own!.analysed.tokens.every((t) => MARKERS.has(t) || /^\d+$/u.test(t) || lead.tokens.has(t));
        if (again === p || !whole) return r;
        askedAgain = true;
        return askIn(again);
      });
      const [x, y] = [a!.items[0], b!.items[0]];
      // (A part asked again without the words of the sum must be of what the other counts, over the
      // same span: the killed and the injured since 1979, not the killed and the mines destroyed.)
      const alike = (i: string, j: string) => {
        const [f, g] = [factById.get(i)?.figure, factById.get(j)?.figure];
        if (f === undefined || g === undefined || f.asOf !== g.asOf || f.from !== g.from || f.scope.since !== g.scope.since) return false;
        const counted = (h: typeof f) => new Set(words(prepare(h.what ?? '')));
        return f.unit !== 'count' || [...counted(f)].some((w) => counted(g).has(w));
      };
      // ("Killed and injured since 1979": two figures asked for side by side, neither set against the other.)
      // (Two figures set side by side differ only in what the question sets against each other: "2023 vs
      // 2022" is not the country's figure against one organisation's; "Battambang vs Pailin" is not all
      // kinds against anti-personnel mines.)
      const sameBut = (i: string, j: string) => {
        const [f, g] = [factById.get(i)?.figure?.scope, factById.get(j)?.figure?.scope];
        if (f === undefined || g === undefined) return true;
        const same = (k: 'where' | 'by' | 'of') => (f[k] ?? '').toLowerCase() === (g[k] ?? '').toLowerCase();
        return compared.kind === 'year' ? same('where') && same('by') && same('of')
          : compared.kind === 'place' ? same('by') && same('of')
          : compared.kind === 'thing' ? same('where') && same('by') : true;
      };
      // ("Killed or injured since 1979 along the K5 belt": of either, every word the question says is one
      // of the two figures', or it asks of something neither is.)
      const entryOf = (id: string) => index.entries.find((e) => e.id === id);
      // (The words of the two sides, and what the vocabulary reads them as together, "killed or injured", are accounted for.)
      const sideToks = new Set([...ta, ...tb, ...whole]);
      const accounted = compared.either !== true || m.analysed.tokens.every((t) => MARKERS.has(t) || /^\d+$/u.test(t) || sideToks.has(t) ||
        [x?.id, y?.id].some((id) => id !== undefined && entryOf(id)?.tokens.has(t) === true));
      if (accounted && a!.kind === 'answer' && b!.kind === 'answer' && x !== undefined && y !== undefined && x.id !== y.id && (compared.both || comparable(x.id, y.id, adds)) &&
        (!askedAgain || alike(x.id, y.id)) && sameBut(x.id, y.id)) {
        // (A sum the fact base defines, "cleared plus still to clear", is its own answer.)
        const defined = kb.derived.find((d) => d.operation === 'sum' && d.of.length === 2 && d.of.includes(x.id) && d.of.includes(y.id));
        if (adds && defined !== undefined) return answerItems([defined.id]);
        // (Added up only where the two cannot overlap: one measure's counts of two separate periods, or
        // of one period in two places neither of which holds the other.
        // "Casualties plus killed" counts the killed twice; two dates of land still to clear are one
        // land; percentages do not add.)
        // ("Who destroyed more mines, CMAC or HALO?": where one side is given in parts, anti-personnel and
        // anti-tank, every part is shown; its first alone would be set against the other's whole.)
        // (Parts are figures of one measure at one date, each of its own kind of thing; the other figures
        // an answer may show, earlier or of other work, are not parts of it.)
        const partsOf = (r: Reply) => r.items.filter((i) => {
          const f = factById.get(i.id)?.figure;
          const g = factById.get(r.items[0]!.id)?.figure;
          return f !== undefined && g !== undefined && f.measure === g.measure && f.asOf === g.asOf && f.unit === g.unit && (i.id === r.items[0]!.id || f.scope.of !== g.scope.of);
        });
        if (partsOf(a!).length > 1 || partsOf(b!).length > 1) {
          // (A part both sides show, "other ERW" of "mines + cluster bombs + other ERW", is shown once.)
          const items = [...partsOf(a!), ...partsOf(b!)].filter((i, n, all) => all.findIndex((j) => j.id === i.id) === n);
          return reply('answer', items.map((i) => i.headline).join('; '), { items, private: false });
        }
        const total = adds && (separatePeriods(x.id, y.id) || separatePlaces(x.id, y.id) || separateKinds(x.id, y.id)) ? sumItem(x.id, y.id) : undefined;
        const items = [x, y, ...(total === undefined ? [] : [total])];
        return reply('answer', [x.headline, y.headline, ...(total === undefined ? [] : [total.headline])].join('; '), { items, private: false });
      }
    }
    // "What % of 2020 casualties were in Battambang?": the part over the whole, where no fact states it.
    // (Not of a part set aside, "anything but landmines", "other than CMAC": the rest is no one fact; nor
    // of two years at once.)
    const shares = m.best.length === 0 && !hasKhmer(q) && !SET_ASIDE.test(q) && new Set(q.match(/\b(?:19|20)\d\d\b/gu) ?? []).size <= 1 ? shareQuestions(q) : [];
    for (const share of shares) {
      const [part, whole] = [wholly(share.part), wholly(share.whole, true)];
      const r = part !== undefined && whole !== undefined ? shareOf(part, whole, share.part.slice(share.whole.length)) : undefined;
      if (r !== undefined) return r;
    }
    // Greetings and thanks in another language are vocabulary (a synonym group "smalltalk"): a
    // question of nothing else is small talk.
    if (hasKhmer(q) && m.analysed.tokens.length > 0 && m.analysed.tokens.every((t) => t === 'smalltalk')) {
      return reply('help', msg().smallTalk, { body: msg().smallTalkBody, private: false });
    }
    // A phrasing a moderator taught wins over every reading of its shape.
    if (m.taught === true) return answerOf(m);
    // "ប្រាប់ខ្ញុំពី JMAS" (tell me about JMAS), in a language whose words for it are vocabulary: the
    // summary of what the fact base holds about the one name it asks about.
    if (m.analysed.tokens.includes('aboutsubject')) {
      const all = m.analysed.tokens.filter((t) => index.lexicon.kinds.has(t) && index.lexicon.kinds.get(t) !== 'thing');
      // ("JMAS's work in Cambodia": an organisation or a person named with the country the fact base is
      // about is what is asked about; with another place, "JMAS in Laos", it is not.)
      const doers = all.filter((t) => index.lexicon.kinds.get(t) !== 'place');
      const named = new Set(doers.length === 1 && m.analysed.frame.dates.length === 0 && m.analysed.frame.sinceYears.length === 0 &&
        all.every((t) => doers.includes(t) || t === homePlace()) ? doers : all);
      const display = named.size === 1 ? index.lexicon.display.get([...named][0]!) : undefined;
      const r = display === undefined ? undefined : about(display);
      if (r !== undefined) return r;
    }
    // Khmer: "ERW មានន័យថាម៉េច?", "អ្វីទៅជាមីនប្រឆាំងរថក្រោះ?": a word the vocabulary reads as
    // "define" and the term, in either language, anywhere in the question.
    // So does a Khmer question that names one term and asks nothing else of it ("JMAS ជាអង្គការអ្វី?").
    // (A Khmer word the fact base does not know, "ស្ថាប័ន" in "CMAC is what institution", asks nothing of it.)
    const content = m.analysed.tokens.filter((t) => t !== 'define' && !(hasKhmer(t) && m.analysed.names.has(t)));
    // One name, or one kind of thing with its broader kinds ("an anti-tank mine is what kind of mine").
    const narrowest = content.filter((t) => index.lexicon.kinds.has(t) && content.every((x) => x === t || index.lexicon.ancestors.get(t)?.has(x) === true));
    const one = narrowest.length === 1 && content.every((t) => index.lexicon.kinds.has(t)) ? narrowest[0] : undefined;
    if (hasKhmer(q) && (m.analysed.tokens.includes('define') || one !== undefined)) {
      // A named thing is the term asked about, whether or not the glossary has it ("គ្រាប់បែកចង្កោម");
      // a person is asked about as "who is" asks ("នាយក JMAS ឈ្មោះអី?").
      const display = one === undefined ? undefined : index.lexicon.display.get(one);
      if (display !== undefined && index.lexicon.kinds.get(one!) === 'person') return ask(`who is ${display}`, lang);
      if (display !== undefined) return define(display);
      const term = termIn(q);
      if (term !== undefined) return define(term.term);
      const rest = m.analysed.tokens.filter((t) => !MARKERS.has(t));
      if (rest.length > 0 && rest.length <= 3) return define(m.analysed.rawWords.filter((w) => lexTokens(index.lexicon, [w]).some((t) => rest.includes(t))).join(' '));
    }
    // A question that is nothing but a term ("erw?", "UXO = ?") asks what it means.
    const bare = q.toLowerCase().replace(/[\s?=!.]+$/u, '').trim();
    if (bare.split(/\s+/u).length <= 3 && glossaryByKey.has(bare)) return define(bare);
    // "How many hectares are in one square kilometre?", "ha = how many m2?": a unit's definition says.
    const lower = q.toLowerCase().replace(/[?!.\s]+$/u, '');
    const inUnit = UNIT_QUESTION.exec(lower);
    const units = inUnit ?? UNIT_EQUALS.exec(lower);
    const size = units === null ? UNIT_SIZE.exec(lower) : null;
    if (size !== null) {
      const unitTerm = termOf(size[1]!);
      if (unitTerm !== undefined) return define(unitTerm.term);
    }
    if (units !== null) {
      const [first, second] = inUnit !== null ? [units[1]!, units[2]!] : [units[2]!, units[1]!];
      const unitTerm = termOf(second) ?? termOf(first);
      if (unitTerm !== undefined) return define(unitTerm.term);
    }
    // The same in another language, read through the vocabulary: "1 km² ស្មើប៉ុន្មានហិកតា?" is "1 km²
    // = how many ha", nothing else asked.
    const read = m.analysed.tokens;
    const exactly = read.length === 4 && read[0] === '1' && AREA_UNITS.has(read[1]!) && (read[2] === 'howmuch' || read[2] === 'howmany') && AREA_UNITS.has(read[3]!);
    // ("ហិកតាមួយធំប៉ុនណា?", how big is one hectare; "គីឡូម៉ែត្រការ៉េមួយ ស្មើនឹងប៉ុន្មានហិកតា?": units and
    // the words of asking, with only words no fact uses around them, ask what a unit is. One unit alone
    // asks it only with a word that asks so, "ធំប៉ុនណា" (how big): "ហិកតាមួយថ្លៃប៉ុន្មាន" asks a price.)
    const khmerUnits = hasKhmer(q) ? read.filter((t) => AREA_UNITS.has(t)) : [];
    const asksUnit = (khmerUnits.length === 2 || (khmerUnits.length === 1 && read.includes('define'))) &&
      read.every((t) => AREA_UNITS.has(t) || t === '1' || t === 'howmuch' || t === 'howmany' || t === 'when' || t === 'define' || (hasKhmer(t) && !index.postings.has(t)));
    const unitTerm = (exactly ? [read[1]!, read[3]!] : asksUnit ? khmerUnits : []).map((u) => termOf(u)).find((g) => g !== undefined);
    if (unitTerm !== undefined) return define(unitTerm.term);
    // "what is landmine, how it work?": the question before the comma.
    const found = definitionIn(q);
    const target = found?.needsTerm === true && termOf(found.term) === undefined && closeTerm(found.term) === undefined ? undefined : found;
    if (target !== undefined) {
      const term = target.inside === true ? termIn(target.term) : termOf(target.term) ?? (target.term.split(' ').length <= 3 ? closeTerm(target.term) : undefined);
      if (term !== undefined) return define(term.term);
      if (target.strict) return define(target.term);
      // "what is battle area clearance": a bare name with a word the fact base never uses asks for a
      // term, which the glossary lacks; no figure that shares its other words answers it.
      // ("halo's deminer workforce": a possessive at its start determines it too.)
      const determined = /^\S+'s\s/u.test(target.term) ||
        new RegExp(`(?:^|\\s)(?:the|a|an|this|that|these|those|our|their|its|\\S+'s)\\s+${target.term.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`, 'u').test(q.toLowerCase());
      const termWords = words(prepare(target.term));
      const termTokens = lexTokens(index.lexicon, termWords);
      // ... and so is a phrase the vocabulary reads as one word ("land release"): it names a notion.
      if (target.inside !== true && !determined && termWords.length <= 4 &&
        (termTokens.some((t) => !index.postings.has(t) && !MARKERS.has(t)) || (termWords.length > 1 && termTokens.length === 1 && !index.lexicon.kinds.has(termTokens[0]!) && !termWords.some((w) => STOPWORDS.has(w))))) {
        return define(target.term);
      }
      // "who is Lang Kosal": a person, whom no glossary defines, by what the facts hold. "What is
      // APOPO", "how big is Cambodia": a name the glossary lacks, which no one figure answers.
      if (target.inside !== true && aboutTarget(q) === undefined && isOneEntity(target.term)) {
        const entity = entityOf(index.lexicon, target.term);
        const r = entity !== undefined && index.lexicon.kinds.get(entity) === 'person' ? about(target.term) : undefined;
        return r ?? define((entity === undefined ? undefined : index.lexicon.display.get(entity)) ?? target.term, entity === undefined ? [] : factsAbout(entity));
      }
    }
    // Only a bare name gets the summary: "tell me about JMAS's community projects" asks for one fact.
    const subject = aboutTarget(q);
    if (subject !== undefined && isOneEntity(subject)) {
      const r = about(subject);
      if (r !== undefined) return r;
    }
    // "JMAS director name?", "name of the JMAS director": the person the words name, by what the facts hold.
    const named = /^(?:what(?:'s| is) )?(?:the )?name of (?:the )?(.+?)[?!.\s]*$|^(?:what(?:'s| is) )?(?:the )?(.+?)(?:'s)? name[?!.\s]*$/iu.exec(q);
    const person = named === null ? undefined : entityOf(index.lexicon, named[1] ?? named[2] ?? '');
    const personName = person === undefined ? undefined : index.lexicon.display.get(person) ?? person;
    if (personName !== undefined && index.lexicon.kinds.get(person!) === 'person' && isOneEntity(named?.[1] ?? named?.[2] ?? '') && !/\bname\b/iu.test(personName)) {
      return ask(`who is ${personName}`);
    }
    const speaker = speakerTarget(q);
    if (speaker !== undefined) {
      const r = spoken(speaker);
      if (r !== undefined) return r;
    }
    // "What did the Japanese ambassador say about demining": a speaker named in a word the fact base
    // has never used is no one it quotes, whatever the topic.
    // ("What did the PM actually say": an adverb before the verb is no part of who.)
    const quoted = SPOKEN_ABOUT.exec(q)?.[1];
    if (quoted !== undefined) {
      const toks = lexTokens(index.lexicon, words(prepare(quoted)));
      if (toks.some((t) => !index.postings.has(t) && !MARKERS.has(t) && !STOPWORDS.has(t) && !/\d/u.test(t))) {
        return reply('no-answer', msg().refusal('unknown-name'), { body: msg().dontKnowBody, suggestions: suggestionsFrom(m.ranked) });
      }
    }
    // The places and organisations a question names are all the fact's own (its scope or partners).
    const coversNames = (e: Entry): boolean => m.analysed.frame.entities.every((n) => (n.kind !== 'place' && n.kind !== 'organisation') ||
      e.places.has(n.token) || e.by.has(n.token) || e.partners.has(n.token) || e.voices.has(n.token));
    // "who said 1,700?", or in any language a "who" word and a number some fact states (one pass over the entries).
    // (Read again only when the question opens with the word that asks it: the answer path is hot.)
    const opens = m.analysed.rawWords[0];
    const said = (opens === 'who' || opens === 'which' || opens === 'where' ? attributionNumber(q) : undefined) ??
      (m.analysed.tokens.includes('who') ? m.analysed.tokens.filter((t) => /^\d+(?:\.\d+)?$/u.test(t)).map(Number)
        .find((n) => index.entries.some((e) => factById.get(e.id)?.figure?.value === n && coversNames(e))) : undefined);
    if (said !== undefined) {
      const r = attribution(said);
      if (r !== undefined) return r;
    }
    if (m.best.length > 0) return answerOf(m);
    // "tell me about MAG's work in Cambodia": no one fact answers it, so the summary of what is named.
    if (subject !== undefined) {
      const r = about(subject);
      if (r !== undefined) return r;
    }
    if (m.ambiguous) {
      return reply('no-answer', msg().ambiguous, { body: msg().ambiguousBody, suggestions: suggestionsFrom(m.ranked) });
    }
    const title = m.refused === undefined ? msg().dontKnow : msg().refusal(m.refused);
    const dates = m.seriesDates.length > 0 ? `${msg().datesItHas(m.seriesDates.map((d) => formatDate(d, lang)))}\n` : '';
    return reply('no-answer', title, { body: `${dates}${msg().dontKnowBody}`, suggestions: suggestionsFrom(m.ranked) });
  };

  const fact = (topic: string): Reply => {
    const t = topic.trim();
    if (t.length === 0) return reply('error', msg().missingArgument('topic', 'fact'), { body: msg().usage('fact <topic>') });
    const key = t.toLowerCase();
    if (factById.has(key) || derivedById.has(key)) return answerItems([key]);
    const hits = factSearch.topics(t, MAX_SUGGESTIONS);
    const first = hits[0];
    const second = hits[1];
    // As with tags: answer when the best is clearly ahead of the runner-up, else offer both.
    if (first !== undefined && (second === undefined || first.score < second.score * 0.6)) {
      return answerItems([first.item.id]);
    }
    if (hits.length > 0) {
      return reply('no-answer', msg().unknownFact(truncate(t, 60)), {
        body: msg().ambiguousBody,
        suggestions: hits.map((h) => suggestion(h.item)),
      });
    }
    const m = match(index, t);
    if (m.best.length > 0) return answerItems(m.best.map((b) => b.entry.id));
    return reply('no-answer', msg().unknownFact(truncate(t, 60)), { body: msg().dontKnowBody, suggestions: suggestionsFrom(m.ranked) });
  };

  const search = (text: string): Reply => {
    const t = text.trim();
    if (t.length === 0) return reply('error', msg().missingArgument('words', 'search'), { body: msg().usage('search <words>') });
    const hits = factSearch.texts(t.slice(0, 200), 5);
    // Fuse matches letters; the matcher's canonical words add "sq km" for "km2" and the like.
    const m = match(index, t);
    const ids = [...new Set([...m.ranked.filter((r) => r.score >= 0.3).map((r) => r.entry.id), ...hits.map((h) => h.item.id)])]
      .filter((id) => factById.has(id))
      .slice(0, 5);
    if (ids.length === 0) return reply('no-answer', msg().noResults(truncate(t, 60)), { body: msg().dontKnowBody });
    const items = ids.map((id) => itemFor(id)).filter((i): i is ReplyItem => i !== undefined);
    return reply('list', msg().searchTitle(truncate(t, 60), items.length), { items, private: false });
  };

  const sources = (): Reply => {
    const lines = [...kb.sources.values()].map((s) => {
      const n = live.filter((f) => f.source === s.id).length;
      const c = citationOf(s, lang);
      return `${s.publisher}, "${s.headline}", ${c.date}${c.dateNote ? ` (${c.dateNote})` : ''}: ${msg().factCount(n)}\n${s.url}` +
        (s.dateNote === undefined ? '' : `\n${s.dateNote}`);
    });
    return reply('list', msg().sourcesTitle(kb.sources.size), { body: lines.join('\n\n'), private: false });
  };

  const choices = <T>(fuse: Fuse<T>, all: readonly T[], partial: string, toChoice: (x: T) => Choice): Choice[] => {
    const p = partial.trim();
    const list = p.length === 0 ? [...all] : fuse.search(p.slice(0, 100), { limit: MAX_CHOICES }).map((h) => h.item);
    return list.slice(0, MAX_CHOICES).map(toChoice);
  };

  return {
    kb,
    ask,
    inLang,
    fact,
    figuresOf: (query) => {
      const by = query.by === undefined ? undefined : entityOf(index.lexicon, query.by);
      if (query.by !== undefined && by === undefined) return [];
      const wanted = index.entries.filter((e) => {
        const f = factById.get(e.id);
        if (f?.figure === undefined) return false;
        if (query.measure !== undefined && f.figure.measure !== query.measure) return false;
        return by === undefined || e.by.has(by);
      });
      const newest = new Map<string, Entry>();
      for (const e of wanted) {
        const key = e.series ?? e.id;
        const had = newest.get(key);
        if (had === undefined || (had.asOf ?? '') < (e.asOf ?? '')) newest.set(key, e);
      }
      return [...newest.values()].sort((a, b) => Number(b.national) - Number(a.national)).map((e) => e.id);
    },
    facts: (ids, title) => {
      const r = answerItems(ids);
      return title === undefined || r.kind !== 'answer' ? r : { ...r, title };
    },
    search,
    define,
    sources,
    suggestFacts: (partial) => factSearch.suggest(partial, MAX_CHOICES).map((f) => ({ name: truncate(f.topic, 100), value: f.id })),
    suggestTerms: (partial) => choices(termFuse, kb.glossary, partial, (g) => ({ name: truncate(g.expansion === undefined ? g.term : `${g.term} (${g.expansion})`, 100), value: g.term })),
    match: (question) => match(index, question),
    index,
  };
}
