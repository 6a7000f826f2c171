/**
 * The question-answering engine over one checked fact base. Built once per fact base (the store
 * builds a new one on every change); every method is synchronous and returns a Reply.
 */
import Fuse from 'fuse.js';
import { citationOf, compute, derivedItem, factItem } from './compose.js';
import type { KnowledgeBase } from './knowledge.js';
import { buildIndex, match, type Entry, type Match, type MatchIndex, type Scored } from './matcher.js';
import { MAX_QUESTION_LENGTH, messages } from './messages.js';
import { reply, type Reply, type ReplyItem, type Suggestion } from './reply.js';
import type { Derivation, Fact, GlossaryEntry } from './schema.js';
import { truncate } from './text.js';
import { formatFigure, type AreaUnit } from './units.js';

export interface Choice {
  name: string;
  value: string;
}

export interface Engine {
  readonly kb: KnowledgeBase;
  /** Answers a question in plain words. */
  ask(question: string): Reply;
  /** Shows one fact by id, topic or phrasing. */
  fact(topic: string): Reply;
  /** The facts whose figures a fixed command shows ("remaining" shows the area still to clear). */
  facts(ids: readonly string[], title?: string): Reply;
  search(text: string): Reply;
  define(term: string): Reply;
  sources(): Reply;
  /** Up to 25 facts for autocomplete, best first. */
  suggestFacts(partial: string): Choice[];
  /** Up to 25 glossary terms for autocomplete. */
  suggestTerms(partial: string): Choice[];
  /** The raw match, for the evaluation and benchmarks. */
  match(question: string): Match;
}

const SUGGESTION_FLOOR = 0.3;
const MAX_SUGGESTIONS = 3;
const MAX_CHOICES = 25;

function suggestionFor(e: Pick<Entry, 'id' | 'topic'>): Suggestion {
  return { label: truncate(e.topic, 80), command: `fact ${e.id}` };
}

/** "what is UXO", "what does CMAC stand for", "define erw", "uxo meaning" -> the term asked about. */
function definitionTarget(question: string): string | undefined {
  const q = question.trim().toLowerCase().replace(/[?!.]+$/u, '').trim();
  const m =
    /^(?:what(?:'s| is| are| does| do)|define|meaning of|definition of|explain)\s+(?:an?\s+|the\s+)?(.+?)(?:\s+(?:stand for|stands for|mean|means|mean\?))?$/u.exec(q) ??
    /^(.+?)\s+(?:meaning|definition|stands for|acronym)$/u.exec(q);
  return m?.[1]?.trim();
}

export interface EngineOptions {
  /** Everyday words: left as typed by the speller, and not taken for names (see src/store/dictionary.ts). */
  dictionary?: ReadonlySet<string>;
}

export function createEngine(kb: KnowledgeBase, options: EngineOptions = {}): Engine {
  const index: MatchIndex = buildIndex(kb, options.dictionary);
  const live = kb.facts.filter((f) => f.retired !== true);
  const factById = new Map(live.map((f) => [f.id, f]));
  const derivedById = new Map(kb.derived.map((d) => [d.id, d]));
  const glossaryByKey = new Map<string, GlossaryEntry>();
  for (const g of kb.glossary) {
    for (const k of [g.term, g.expansion, ...g.aliases]) if (k !== undefined) glossaryByKey.set(k.toLowerCase(), g);
  }
  const topicFuse = new Fuse(live, {
    keys: [{ name: 'id', weight: 2 }, { name: 'topic', weight: 2 }, { name: 'aliases', weight: 1 }],
    threshold: 0.35,
    ignoreLocation: true,
    includeScore: true,
  });
  const searchFuse = new Fuse(live, {
    keys: [
      { name: 'topic', weight: 2 }, { name: 'aliases', weight: 1.5 }, { name: 'statement', weight: 1 },
      { name: 'quote', weight: 0.7 }, { name: 'saidBy', weight: 0.5 },
    ],
    threshold: 0.3,
    ignoreLocation: true,
    useExtendedSearch: false,
    includeScore: true,
  });
  const termFuse = new Fuse(kb.glossary, {
    keys: [{ name: 'term', weight: 2 }, { name: 'expansion', weight: 1.5 }, { name: 'aliases', weight: 1 }],
    threshold: 0.35,
    ignoreLocation: true,
  });

  const itemFor = (id: string, unit?: AreaUnit): ReplyItem | undefined => {
    const f = factById.get(id);
    if (f !== undefined) return factItem(kb, f, unit);
    const d = derivedById.get(id);
    return d === undefined ? undefined : derivedItem(kb, d, unit);
  };

  const suggestionsFrom = (ranked: readonly Scored[], exclude: ReadonlySet<string> = new Set()): Suggestion[] =>
    ranked
      .filter((s) => s.score >= SUGGESTION_FLOOR && !exclude.has(s.entry.id))
      .slice(0, MAX_SUGGESTIONS)
      .map((s) => suggestionFor(s.entry));

  const notAFigure = (d: Derivation): Reply => {
    const c = compute(kb, d);
    const operandIds = [...new Set(c.facts.map((f) => f.id))];
    const items = operandIds.map((id) => itemFor(id)).filter((i): i is ReplyItem => i !== undefined);
    const parts = d.of.map((id) => {
      const f = factById.get(id);
      if (f?.figure !== undefined) return `${formatFigure(f.figure)} ${f.figure.label}`;
      const sub = derivedById.get(id);
      const subItem = sub === undefined ? undefined : derivedItem(kb, sub);
      return subItem?.headline ?? id;
    });
    return reply('no-answer', messages.notAFigure(d.label), {
      body: messages.notAFigureBody(parts.join('; ')),
      items,
      facts: operandIds,
    });
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
    if (first === undefined) return reply('no-answer', messages.dontKnow, { body: messages.dontKnowBody });
    return reply('answer', first.headline, { items, private: false });
  };

  const define = (term: string): Reply => {
    const t = term.trim();
    if (t.length === 0) return reply('error', messages.missingArgument('term', 'define'), { body: messages.usage('define <term>') });
    const entry = glossaryByKey.get(t.toLowerCase()) ?? termFuse.search(t, { limit: 1 })[0]?.item;
    if (entry === undefined) {
      return reply('no-answer', messages.unknownTerm(truncate(t, 60)), {
        body: messages.unknownTermBody,
        suggestions: kb.glossary.slice(0, MAX_SUGGESTIONS).map((g) => ({ label: g.term, command: `define ${g.term}` })),
      });
    }
    const title = entry.expansion === undefined ? entry.term : `${entry.term}: ${entry.expansion}`;
    const items: ReplyItem[] = [];
    const source = entry.source === undefined ? undefined : kb.sources.get(entry.source);
    if (source !== undefined && entry.quote !== undefined) {
      items.push({
        id: `glossary:${entry.term}`,
        topic: title,
        headline: title,
        statement: title,
        quotes: [{ factId: `glossary:${entry.term}`, quote: entry.quote, saidBy: source.publisher, checked: true, citation: citationOf(source) }],
      });
    }
    return reply('answer', title, { body: entry.definition, items, private: false, facts: [`glossary:${entry.term}`] });
  };

  const ask = (question: string): Reply => {
    const q = question.trim();
    if (q.length === 0) return reply('error', messages.emptyQuestion);
    if (q.length > MAX_QUESTION_LENGTH) return reply('error', messages.tooLong(q.length, MAX_QUESTION_LENGTH));
    const target = definitionTarget(q);
    if (target !== undefined && glossaryByKey.has(target)) return define(target);
    const m = match(index, q);
    if (m.best.length > 0) return answerItems(m.best.map((b) => b.entry.id), m.analysed.frame.unit);
    if (m.ambiguous) {
      return reply('no-answer', messages.ambiguous, { body: messages.ambiguousBody, suggestions: suggestionsFrom(m.ranked) });
    }
    const title = m.refused === undefined ? messages.dontKnow : messages.refusal(m.refused);
    return reply('no-answer', title, { body: messages.dontKnowBody, suggestions: suggestionsFrom(m.ranked) });
  };

  const fact = (topic: string): Reply => {
    const t = topic.trim();
    if (t.length === 0) return reply('error', messages.missingArgument('topic', 'fact'), { body: messages.usage('fact <topic>') });
    const key = t.toLowerCase();
    if (factById.has(key) || derivedById.has(key)) return answerItems([key]);
    const hits = topicFuse.search(t, { limit: MAX_SUGGESTIONS });
    const first = hits[0];
    const second = hits[1];
    // As with tags: answer when the best is clearly ahead of the runner-up, else offer both.
    if (first !== undefined && (second === undefined || (first.score ?? 1) < (second.score ?? 1) * 0.6)) {
      return answerItems([first.item.id]);
    }
    if (hits.length > 0) {
      return reply('no-answer', messages.unknownFact(truncate(t, 60)), {
        body: messages.ambiguousBody,
        suggestions: hits.map((h) => suggestionFor(h.item)),
      });
    }
    const m = match(index, t);
    if (m.best.length > 0) return answerItems(m.best.map((b) => b.entry.id));
    return reply('no-answer', messages.unknownFact(truncate(t, 60)), { body: messages.dontKnowBody, suggestions: suggestionsFrom(m.ranked) });
  };

  const search = (text: string): Reply => {
    const t = text.trim();
    if (t.length === 0) return reply('error', messages.missingArgument('words', 'search'), { body: messages.usage('search <words>') });
    const hits = searchFuse.search(t.slice(0, 200), { limit: 5 });
    // Fuse matches letters; the matcher's canonical words add "sq km" for "km2" and the like.
    const m = match(index, t);
    const ids = [...new Set([...m.ranked.filter((r) => r.score >= 0.3).map((r) => r.entry.id), ...hits.map((h) => h.item.id)])]
      .filter((id) => factById.has(id))
      .slice(0, 5);
    if (ids.length === 0) return reply('no-answer', messages.noResults(truncate(t, 60)), { body: messages.dontKnowBody });
    const items = ids.map((id) => itemFor(id)).filter((i): i is ReplyItem => i !== undefined);
    return reply('list', messages.searchTitle(truncate(t, 60), items.length), { items, private: false });
  };

  const sources = (): Reply => {
    const lines = [...kb.sources.values()].map((s) => {
      const n = live.filter((f) => f.source === s.id).length;
      const c = citationOf(s);
      return `${s.publisher}, "${s.headline}", ${c.date}${c.dateNote ? ` (${c.dateNote})` : ''}: ${n} fact${n === 1 ? '' : 's'}\n${s.url}` +
        (s.dateNote === undefined ? '' : `\n${s.dateNote}`);
    });
    return reply('list', messages.sourcesTitle(kb.sources.size), { body: lines.join('\n\n'), private: false });
  };

  const choices = <T>(fuse: Fuse<T>, all: readonly T[], partial: string, toChoice: (x: T) => Choice): Choice[] => {
    const p = partial.trim();
    const list = p.length === 0 ? [...all] : fuse.search(p.slice(0, 100), { limit: MAX_CHOICES }).map((h) => h.item);
    return list.slice(0, MAX_CHOICES).map(toChoice);
  };

  return {
    kb,
    ask,
    fact,
    facts: (ids, title) => {
      const r = answerItems(ids);
      return title === undefined || r.kind !== 'answer' ? r : { ...r, title };
    },
    search,
    define,
    sources,
    suggestFacts: (partial) => choices(topicFuse, live, partial, (f: Fact) => ({ name: truncate(f.topic, 100), value: f.id })),
    suggestTerms: (partial) => choices(termFuse, kb.glossary, partial, (g) => ({ name: truncate(g.expansion === undefined ? g.term : `${g.term} (${g.expansion})`, 100), value: g.term })),
    match: (question) => match(index, question),
  };
}
