/**
 * The fact form of `add` and `edit`, once for every face: five fields (Discord's modal limit), each
 * parsed with a clear message per field. A Discord modal, a Slack modal and the console's prompts
 * all render this spec and hand back the typed values.
 */
import { randomBytes } from 'node:crypto';
import type { KnowledgeBase } from '../../src/core/knowledge.js';
import type { Fact } from '../../src/core/schema.js';
import type { Actor, FactContent, NewSource } from '../../src/store/fact-store.js';
import { FIGURE_HINT, figureText, isRealDate, parseFigure } from './figure-line.js';

export const FORM_FIELDS = ['statement', 'figure', 'source', 'quote', 'phrasings'] as const;
export type FormFieldName = (typeof FORM_FIELDS)[number];

export interface FormField {
  name: FormFieldName;
  /** At most 45 characters (Discord). */
  label: string;
  value: string;
  placeholder: string;
  multiline: boolean;
  required: boolean;
  maxLength: number;
}

export interface FormSpec {
  /** Token of the pending form; the submission names it. */
  token: string;
  /** At most 24 characters (Slack's modal title). */
  title: string;
  fields: FormField[];
}

export type FormValues = Partial<Record<FormFieldName, string>>;
export type FieldErrors = Partial<Record<FormFieldName, string>>;

/** What a pending form will do when submitted; kept server-side so no state rides in custom ids. */
export interface PendingForm {
  kind: 'add' | 'edit';
  factId?: string;
  baseRevision?: number;
  reason: string;
  actor: Actor;
  /** What was last typed, to reopen the form holding it after a refusal. */
  values: FormValues;
  expires: number;
}

const FORM_TTL_MS = 30 * 60 * 1000;
const MAX_PENDING = 1000;

/** Pending forms by token, forgotten after 30 minutes. */
export class PendingForms {
  private readonly forms = new Map<string, PendingForm>();
  constructor(private readonly now: () => number = Date.now) {}

  open(form: Omit<PendingForm, 'expires'>): string {
    const token = randomBytes(9).toString('base64url');
    for (const [k, f] of this.forms) if (f.expires < this.now()) this.forms.delete(k);
    if (this.forms.size >= MAX_PENDING) {
      const oldest = this.forms.keys().next().value;
      if (oldest !== undefined) this.forms.delete(oldest);
    }
    this.forms.set(token, { ...form, expires: this.now() + FORM_TTL_MS });
    return token;
  }

  get(token: string): PendingForm | undefined {
    const f = this.forms.get(token);
    if (f === undefined || f.expires < this.now()) return undefined;
    return f;
  }

  remember(token: string, values: FormValues): void {
    const f = this.get(token);
    if (f !== undefined) f.values = values;
  }

  close(token: string): void {
    this.forms.delete(token);
  }
}

export const SOURCE_HINT = 'a source id on file, or: Publisher | Headline | https://address | YYYY-MM-DD';

const QUOTE_MARKS = /^["“”]$/u;

/** Quote marks around the whole quote, as people paste it, are not part of the words. */
function unwrapQuote(text: string): string {
  return text.length >= 2 && QUOTE_MARKS.test(text[0]!) && QUOTE_MARKS.test(text.at(-1)!) ? text.slice(1, -1).trim() : text;
}

/** The quote as the form shows it: one more pair of marks when its own would be taken off. */
function wrapQuote(quote: string): string {
  return quote.length >= 2 && QUOTE_MARKS.test(quote[0]!) && QUOTE_MARKS.test(quote.at(-1)!) ? `"${quote}"` : quote;
}

function slugify(text: string): string {
  // Cut before trimming, so an id never ends in "-".
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/gu, '-').slice(0, 60).replace(/^-+|-+$/gu, '') || 'source';
}

/** The typed values as fact content, or the problems field by field. */
export function parseFactForm(values: FormValues, kb: KnowledgeBase):
  { ok: true; content: FactContent; newSource?: NewSource } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const statement = (values.statement ?? '').trim();
  if (statement === '') errors.statement = 'Write the fact in one plain sentence.';
  const fig = parseFigure(values.figure ?? '');
  if (!fig.ok) errors.figure = fig.error;

  let source = '';
  let newSource: NewSource | undefined;
  const sourceText = (values.source ?? '').trim();
  if (sourceText === '') errors.source = `Name the source: ${SOURCE_HINT}.`;
  else if (!sourceText.includes('|')) {
    if (kb.sources.has(sourceText)) source = sourceText;
    else errors.source = `There is no source "${sourceText}" on file (${[...kb.sources.keys()].join(', ')}). For a new one: ${SOURCE_HINT}.`;
  } else {
    const [publisher = '', headline = '', url = '', date = ''] = sourceText.split('|').map((p) => p.trim());
    if (publisher === '' || headline === '') errors.source = `A new source needs: ${SOURCE_HINT}.`;
    else if (!URL.canParse(url) || !/^https?:/u.test(url)) errors.source = `"${url}" is not a web address (https://...).`;
    else if (!isRealDate(date)) errors.source = `"${date}" is not a date written YYYY-MM-DD.`;
    else {
      source = slugify(`${publisher} ${date}`);
      const existing = kb.sources.get(source);
      if (existing !== undefined && existing.url !== url) source = slugify(`${publisher} ${date} ${headline}`);
      // The address as a URL normalises it: "<" and ">" become %3C and %3E, which can ping no one.
      if (!kb.sources.has(source)) newSource = { id: source, publisher, headline, url: new URL(url).href, date };
    }
  }

  const quoteLines = (values.quote ?? '').trim().split('\n');
  const last = quoteLines.at(-1)?.trim() ?? '';
  const speaker = /^(?:—|–|-{1,2})\s*(.+)$/u.exec(last)?.[1]?.trim();
  const quote = unwrapQuote((speaker === undefined ? quoteLines : quoteLines.slice(0, -1)).join('\n').trim());
  if (quote === '') errors.quote = 'Paste the exact words from the source.';
  else if (speaker === undefined) errors.quote = 'End with a line naming who said it, e.g. "— Hun Manet, Prime Minister".';

  const lines = (values.phrasings ?? '').split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const [topic, ...aliases] = lines;
  if (topic === undefined) errors.phrasings = 'First line: a short topic. Then one phrasing people would use per line.';
  else if (aliases.length === 0) errors.phrasings = 'After the topic line, add at least one phrasing people would use, one per line.';

  if (Object.keys(errors).length > 0 || !fig.ok) return { ok: false, errors };
  const content: FactContent = { topic: topic!, aliases, statement, source, quote, saidBy: speaker! };
  if (fig.figure !== undefined) content.figure = fig.figure;
  return newSource === undefined ? { ok: true, content } : { ok: true, content, newSource };
}

/** Store errors ("figure.value", "aliases") named by the form field that holds them. */
export function formFieldOf(storeField: string): FormFieldName {
  if (storeField.startsWith('figure')) return 'figure';
  if (storeField.startsWith('newSource') || storeField === 'source') return 'source';
  if (storeField === 'quote' || storeField === 'saidBy') return 'quote';
  if (storeField === 'statement') return 'statement';
  return 'phrasings';
}

/** The form, empty for `add` or holding the fact for `edit`. */
export function factForm(token: string, title: string, fact: Fact | undefined, typed: FormValues = {}): FormSpec {
  const value = (name: FormFieldName, fromFact: string) => typed[name] ?? fromFact;
  return {
    token,
    title: title.slice(0, 24),
    fields: [
      { name: 'statement', label: 'Statement (one plain sentence)', value: value('statement', fact?.statement ?? ''), placeholder: 'Cambodia still has more than 1,700 km² of land to clear.', multiline: true, required: true, maxLength: 1000 },
      { name: 'figure', label: 'Figure (empty for a statement)', value: value('figure', figureText(fact?.figure)), placeholder: FIGURE_HINT, multiline: false, required: false, maxLength: 600 },
      { name: 'source', label: 'Source (id, or a new one)', value: value('source', fact?.source ?? ''), placeholder: SOURCE_HINT, multiline: false, required: true, maxLength: 400 },
      { name: 'quote', label: 'Exact words, then — who said it', value: value('quote', fact === undefined ? '' : `${wrapQuote(fact.quote)}\n— ${fact.saidBy}`), placeholder: 'will continue to work to clear more than 1,700 additional square kilometres\n— Hun Manet', multiline: true, required: true, maxLength: 1700 },
      { name: 'phrasings', label: 'Topic, then phrasings (a line each)', value: value('phrasings', fact === undefined ? '' : [fact.topic, ...fact.aliases].join('\n')), placeholder: 'Land still to clear in Cambodia\nhow much land is still mined', multiline: true, required: true, maxLength: 4000 },
    ],
  };
}
