/**
 * The age of figures (issue 12, point 5): a figure whose as-of date is older than the configured
 * threshold, or whose fact's reviewBy date has passed, reads "as of … — may be out of date" on
 * every face; `status` and `npm run facts -- due` list the facts due for review.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runLine } from '../commands/dispatch.js';
import { commands } from '../commands/index.js';
import { renderDiscord } from '../src/adapters/discord/render.js';
import { renderSlack } from '../src/adapters/slack/render.js';
import { runFacts } from '../src/adapters/console/facts-cli.js';
import { parseConfig } from '../src/config.js';
import { addMonths, DEFAULT_STALE_AFTER_MONTHS, factsDue } from '../src/core/age.js';
import { createEngine, type Engine } from '../src/core/engine.js';
import type { KnowledgeBase } from '../src/core/knowledge.js';
import type { Face } from '../src/core/messages.js';
import type { Reply } from '../src/core/reply.js';
import { renderText } from '../src/core/render-text.js';
import { silentLogger } from '../src/logger.js';
import { loadDictionary } from '../src/store/dictionary.js';
import { FactStore } from '../src/store/fact-store.js';
import { loadKnowledge } from '../src/store/load-knowledge.js';
import { engineFor, REAL_KNOWLEDGE, SMALL_KNOWLEDGE } from './helpers.js';

// The real figures are as of 11 July 2024. Six months later they are recent; in November 2026 old.
const RECENT = new Date('2025-01-01T09:00:00Z');
const LATE = new Date('2026-11-30T09:00:00Z');
const NOTE = 'may be out of date';

// A copy of the real fact base where one old figure is reviewed until far ahead (never shown as
// out of date) and one is to be reviewed by December 2024 (out of date from then, however recent).
const REVIEWED_UNTIL_LATER = 'cambodia-area-cleared';
const REVIEW_OVERDUE = 'jmas-cmac-ap-mines-destroyed';

let dir: string;
let data: string;
let kb: KnowledgeBase;
let dictionary: ReadonlySet<string>;
const engineAt = (now: Date, staleAfterMonths = DEFAULT_STALE_AFTER_MONTHS): Engine =>
  createEngine(kb, { dictionary, age: { staleAfterMonths, now: () => now } });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'age-of-figures-'));
  data = await mkdtemp(join(tmpdir(), 'age-of-figures-data-'));
  await cp(REAL_KNOWLEDGE, dir, { recursive: true });
  const file = JSON.parse(await readFile(join(dir, 'facts.json'), 'utf8')) as { facts: Array<{ id: string; reviewBy?: string }> };
  file.facts.find((f) => f.id === REVIEWED_UNTIL_LATER)!.reviewBy = '2099-01-01';
  file.facts.find((f) => f.id === REVIEW_OVERDUE)!.reviewBy = '2024-12-01';
  await writeFile(join(dir, 'facts.json'), `${JSON.stringify(file, null, 2)}\n`);
  const loaded = await loadKnowledge(dir);
  if (!loaded.ok) throw new Error(`the copy does not load: ${JSON.stringify(loaded.error)}`);
  kb = loaded.value;
  dictionary = await loadDictionary();
});

const on = (engine: Engine, line: string, face: Face): Reply => runLine(line, { engine, commands, face });
const discordAsOf = (r: Reply) => renderDiscord(r).embeds[0]?.fields?.find((f) => f.name === 'As of')?.value;
const slackContext = (r: Reply) =>
  JSON.stringify(renderSlack(r).blocks.filter((b) => b.type === 'context'));

describe('the note on an old figure, on every face', () => {
  it('console: an old figure reads "as of … — may be out of date"; a recent one has no note', () => {
    const old = renderText(on(engineAt(LATE), 'remaining', 'console'));
    expect(old).toContain(`more than 1,700 km² still to clear (as of 11 July 2024 — ${NOTE})`);
    const recent = renderText(on(engineAt(RECENT), 'remaining', 'console'));
    expect(recent).toContain('more than 1,700 km² still to clear (as of 11 July 2024)');
    expect(recent).not.toContain(NOTE);
  });

  it('Discord: the embed\'s "As of" field carries the note for an old figure only', () => {
    const old = on(engineAt(LATE), 'remaining', 'discord');
    expect(discordAsOf(old)).toBe(`11 July 2024 — ${NOTE}`);
    const recent = on(engineAt(RECENT), 'remaining', 'discord');
    expect(discordAsOf(recent)).toBe('11 July 2024');
    expect(JSON.stringify(renderDiscord(recent))).not.toContain(NOTE);
  });

  it('Slack: the context line and the fallback text carry the note for an old figure only', () => {
    const old = renderSlack(on(engineAt(LATE), 'remaining', 'slack'));
    expect(slackContext(on(engineAt(LATE), 'remaining', 'slack'))).toContain(`As of 11 July 2024 — ${NOTE}`);
    expect(old.text).toContain(`(as of 11 July 2024 — ${NOTE})`);
    const recent = renderSlack(on(engineAt(RECENT), 'remaining', 'slack'));
    expect(slackContext(on(engineAt(RECENT), 'remaining', 'slack'))).toContain('As of 11 July 2024');
    expect(JSON.stringify(recent)).not.toContain(NOTE);
  });

  it('a list of several facts notes each old figure (search)', () => {
    const r = engineAt(LATE).search('cleared');
    const noted = r.items.filter((i) => i.ageNote === NOTE).map((i) => i.id);
    expect(noted).toContain('jmas-cmac-area-cleared');
    expect(noted).not.toContain(REVIEWED_UNTIL_LATER);
  });

  it('without age options (no clock given) the engine notes nothing', async () => {
    const plain = await engineFor(REAL_KNOWLEDGE);
    expect(renderText(plain.ask('how much land is still to clear'))).not.toContain(NOTE);
  });
});

describe('reviewBy', () => {
  it('a reviewBy date still ahead suppresses the note on an old figure', () => {
    const r = on(engineAt(LATE), `fact ${REVIEWED_UNTIL_LATER}`, 'console');
    expect(r.items[0]?.ageNote).toBeUndefined();
    expect(renderText(r)).toContain('(as of 11 July 2024)');
    expect(renderText(r)).not.toContain(NOTE);
  });

  it('a reviewBy date passed forces the note on a recent figure, on every face', () => {
    const engine = engineAt(RECENT);
    expect(renderText(on(engine, `fact ${REVIEW_OVERDUE}`, 'console'))).toContain(`(as of 11 July 2024 — ${NOTE})`);
    expect(discordAsOf(on(engine, `fact ${REVIEW_OVERDUE}`, 'discord'))).toBe(`11 July 2024 — ${NOTE}`);
    expect(slackContext(on(engine, `fact ${REVIEW_OVERDUE}`, 'slack'))).toContain(`As of 11 July 2024 — ${NOTE}`);
  });

  it('the schema refuses a reviewBy that is not a date written YYYY-MM-DD', async () => {
    const broken = await mkdtemp(join(tmpdir(), 'age-of-figures-broken-'));
    await cp(SMALL_KNOWLEDGE, broken, { recursive: true });
    const file = JSON.parse(await readFile(join(broken, 'facts.json'), 'utf8')) as { facts: Array<{ reviewBy?: string }> };
    file.facts[0]!.reviewBy = 'next year';
    await writeFile(join(broken, 'facts.json'), JSON.stringify(file));
    const r = await loadKnowledge(broken);
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r.ok ? null : r.error)).toContain('reviewBy');
  });
});

describe('the lines beside an answer', () => {
  it('a narrower figure\'s line carries the note; the answer reviewed until later does not', () => {
    const r = engineAt(LATE).ask('how much has been cleared');
    expect(r.title).toContain('3,000 km²');
    expect(r.items[0]?.ageNote).toBeUndefined();
    expect(r.body).toMatch(new RegExp(`Narrower figure: more than 6,000 ha .*\\(as of 11 July 2024 — ${NOTE}\\)`, 'u'));
  });

  it('earlier figures are history: the note is on the newest figure only, not repeated per line', async () => {
    const growing = await loadKnowledge(join(SMALL_KNOWLEDGE, '..', 'growing'));
    if (!growing.ok) throw new Error('the growing fixture does not load');
    const engine = createEngine(growing.value, { dictionary, age: { staleAfterMonths: 12, now: () => new Date('2025-06-01T00:00:00Z') } });
    const text = renderText(engine.ask('how many casualties'));
    expect(text).toContain(`32 mine and ERW casualties in 2023 (as of 31 December 2023 — ${NOTE})`);
    const earlier = text.split('\n').filter((l) => l.startsWith('Earlier:'));
    expect(earlier.length).toBeGreaterThan(0);
    for (const line of earlier) expect(line).not.toContain(NOTE);
    // "How has it changed": the whole series, newest first; only its newest figure can be out of date.
    const series = engine.ask('how have casualties changed');
    expect(series.items.length).toBeGreaterThan(2);
    expect(series.items.slice(1).every((i) => i.ageNote === undefined)).toBe(true);
    expect(series.items[0]?.ageNote).toBe(NOTE);
  });

  it('a derived figure is out of date when one of its facts is', () => {
    expect(engineAt(LATE).fact('cambodia-area-known-total').items[0]?.ageNote).toBe(NOTE);
    expect(engineAt(RECENT).fact('cambodia-area-known-total').items[0]?.ageNote).toBeUndefined();
  });
});

describe('the threshold', () => {
  it('comes from STALE_AFTER_MONTHS, 12 by default', () => {
    const dflt = parseConfig({});
    expect(dflt.ok && dflt.config.STALE_AFTER_MONTHS).toBe(12);
    const set = parseConfig({ STALE_AFTER_MONTHS: ' 36 ' });
    expect(set.ok && set.config.STALE_AFTER_MONTHS).toBe(36);
  });

  it.each(['0', '121', 'twelve', '1.5', '-3'])('STALE_AFTER_MONTHS=%s is a configuration error naming the variable', (value) => {
    const r = parseConfig({ STALE_AFTER_MONTHS: value });
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors).toEqual([expect.stringMatching(/^STALE_AFTER_MONTHS must be a whole number of months from 1 to 120/u)]);
  });

  it('a bad value stops the CLI with that error', async () => {
    await expect(runFacts(['due', '--knowledge', dir], { ...process.env, DATA_DIR: data, STALE_AFTER_MONTHS: 'soon' }))
      .rejects.toThrow(/STALE_AFTER_MONTHS must be a whole number/u);
  });

  it('a longer threshold keeps a figure current longer; the day it is reached counts as due', () => {
    expect(engineAt(LATE, 36).fact('cambodia-area-remaining').items[0]?.ageNote).toBeUndefined();
    expect(addMonths('2024-07-11', 12)).toBe('2025-07-11');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    const at = (iso: string) => factsDue(kb.facts, { staleAfterMonths: 12, now: () => new Date(`${iso}T12:00:00Z`) }).map((d) => d.id);
    expect(at('2025-07-10')).not.toContain('cambodia-area-remaining');
    expect(at('2025-07-11')).toContain('cambodia-area-remaining');
  });
});

describe('status and npm run facts -- due', () => {
  let store: FactStore | undefined;
  afterAll(async () => {
    await store?.close();
  });

  const printed = async (argv: string[], env: Record<string, string>): Promise<string> => {
    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' ')));
    try {
      await runFacts([...argv, '--knowledge', dir], { ...process.env, DATA_DIR: data, ...env });
    } finally {
      log.mockRestore();
    }
    return lines.join('\n');
  };

  it('the store judges by its clock and threshold: its engine notes old figures, and it lists the facts due', async () => {
    store = await FactStore.open({ knowledgeDir: dir, dataDir: data, logger: silentLogger, dictionary, clock: () => RECENT, staleAfterMonths: 12 });
    expect(store.dueForReview().map((d) => d.id)).toEqual([REVIEW_OVERDUE]);
    expect(store.engine().fact('cambodia-area-remaining').items[0]?.ageNote).toBeUndefined();
    expect(store.engine().fact(REVIEW_OVERDUE).items[0]?.ageNote).toBe(NOTE);
  });

  it('`status` says how many facts are due for review, and the oldest', async () => {
    const text = await printed(['status'], {});
    // Its clock is today's: the 2024 figures are past 12 months, the one reviewed until 2099 is not.
    expect(text).toContain(`3 facts due for review (oldest: ${REVIEW_OVERDUE}, as of 11 July 2024, review by 1 December 2024).`);
  });

  it('`facts due` lists them, the longest overdue first, with their as-of and reviewBy dates', async () => {
    const text = await printed(['due'], {});
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^3 facts due for review, the longest overdue first/u);
    expect(lines.slice(1)).toEqual([
      `  ${REVIEW_OVERDUE}: as of 11 July 2024, review by 1 December 2024 (Anti-personnel mines destroyed by JMAS with CMAC)`,
      '  cambodia-area-remaining: as of 11 July 2024, due since 11 July 2025 (Land still to clear in Cambodia)',
      '  jmas-cmac-area-cleared: as of 11 July 2024, due since 11 July 2025 (Land cleared by JMAS with CMAC)',
    ]);
    expect(text).not.toContain(REVIEWED_UNTIL_LATER);
  });

  it('`facts due` follows STALE_AFTER_MONTHS: with 120 months only the passed reviewBy is due', async () => {
    const text = await printed(['due'], { STALE_AFTER_MONTHS: '120' });
    expect(text.split('\n')).toEqual([
      expect.stringMatching(/^1 fact due for review/u),
      expect.stringContaining(`${REVIEW_OVERDUE}: as of 11 July 2024, review by 1 December 2024`),
    ]);
  });
});
