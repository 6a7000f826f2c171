/**
 * Moderator changes through the store, as a moderator sees them: the next question is answered
 * from the change, history and undo work, and a refused change leaves every file byte-identical.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderText } from '../src/core/render-text.js';
import type { FactStore, FsOps } from '../src/store/fact-store.js';
import {
  alice, bob, changelogOnDisk, contentOf, factIn, factsOnDisk, fileBytes, openStore, steppingClock, tempKnowledge,
  type TempKnowledge,
} from './fixtures/store-fixture.js';

const REMAINING = 'cambodia-area-remaining';
const REMAINING_Q = 'how much land is still mined';

let t: TempKnowledge;
let store: FactStore;

beforeEach(async () => {
  t = await tempKnowledge();
  store = await openStore(t, { clock: steppingClock() });
});

afterEach(async () => {
  await store.close();
  await t.cleanup();
});

/** An edit of the remaining area to a newer figure, from a source with no text on file. */
function newerRemaining(store: FactStore) {
  const old = factIn(store, REMAINING);
  const content = contentOf(old);
  content.statement = 'Cambodia still has about 1,500 km² of land to clear of landmines and explosive remnants of war.';
  content.figure = { ...old.figure!, value: 1500, qualifier: 'about', asOf: '2025-12-31' };
  content.quote = 'about 1,500 square kilometres remain to be cleared';
  content.saidBy = 'The Cambodian Mine Action and Victim Assistance Authority';
  const newSource = { id: 'cmaa-2025-report', publisher: 'CMAA', headline: 'Annual mine action report 2025', url: 'https://example.org/cmaa-2025', date: '2025-12-31' };
  return { old, content, newSource };
}

describe('add', () => {
  it('answers the next question from the new fact, its quote checked against the source', async () => {
    const question = 'who issued the press release';
    expect(store.engine().ask(question).kind).toBe('no-answer');

    const r = await store.apply({
      kind: 'add',
      content: {
        topic: 'Who issued the press release',
        aliases: ['who issued the press release', 'who published the press release'],
        statement: "The prime minister's cabinet issued the press release on the meeting on 11 July.",
        source: 'phnompenhpost-2024-07-11',
        quote: 'the prime minister’s cabinet said in a July 11 press release',
        saidBy: 'The Phnom Penh Post',
      },
    }, alice, 'readers ask where the news comes from');

    expect(r).toMatchObject({ ok: true, factId: 'who-issued-the-press-release', revision: 2 });
    const answer = store.engine().ask(question);
    expect(answer.kind).toBe('answer');
    expect(answer.facts).toEqual(['who-issued-the-press-release']);
    expect(store.kb().quoteChecked.has('who-issued-the-press-release')).toBe(true);
    const onDisk = await factsOnDisk(t.knowledgeDir);
    expect(onDisk.revision).toBe(2);
    expect(onDisk.facts.find((f) => f.id === 'who-issued-the-press-release')).toMatchObject({ revision: 1, updatedBy: 'Alice (discord)', reason: 'readers ask where the news comes from' });
    expect(await changelogOnDisk(t.knowledgeDir)).toMatchObject([{ seq: 1, kind: 'add', factId: 'who-issued-the-press-release', actor: alice, baseRevision: null }]);
  });

  it('refuses an id already in use', async () => {
    const before = await fileBytes(t.knowledgeDir);
    const r = await store.apply({ kind: 'add', id: REMAINING, content: contentOf(factIn(store, REMAINING)) }, alice, 'duplicate');
    expect(r).toMatchObject({ ok: false, reason: 'invalid', errors: [{ field: 'id' }] });
    expect(await fileBytes(t.knowledgeDir)).toEqual(before);
  });
});

describe('edit', () => {
  it('answers with the new figure at once, and history lists both revisions with their figures', async () => {
    const { old, content, newSource } = newerRemaining(store);
    const r = await store.apply({ kind: 'edit', factId: REMAINING, baseRevision: old.revision, content, newSource }, alice, 'CMAA 2025 report');
    expect(r).toMatchObject({ ok: true, factId: REMAINING, revision: 2, entry: { revision: 2, baseRevision: 1, kind: 'edit' } });

    expect(store.engine().ask(REMAINING_Q).title).toBe('about 1,500 km² still to clear');
    const history = store.history(REMAINING);
    expect(history.map((h) => [h.revision, h.figure?.value, h.figure?.qualifier, h.by])).toEqual([
      [1, 1700, 'more-than', undefined],
      [2, 1500, 'about', 'Alice (discord)'],
    ]);
    const onDisk = (await factsOnDisk(t.knowledgeDir)).facts.find((f) => f.id === REMAINING)!;
    expect(onDisk.history?.[0]?.figure?.value).toBe(1700);
    expect(onDisk.figure?.value).toBe(1500);
  });

  it('refuses an edit from a stale form, saying who changed the fact and when, and writes nothing', async () => {
    const opened = factIn(store, REMAINING).revision;
    const first = contentOf(factIn(store, REMAINING));
    first.aliases.push('how much land is still dangerous');
    expect((await store.apply({ kind: 'edit', factId: REMAINING, baseRevision: opened, content: first }, alice, 'phrasing')).ok).toBe(true);
    const before = await fileBytes(t.knowledgeDir);

    const second = contentOf(factIn(store, REMAINING));
    second.statement = 'Cambodia has more than 1,700 km² left to clear.';
    const r = await store.apply({ kind: 'edit', factId: REMAINING, baseRevision: opened, content: second }, bob, 'shorter');

    expect(r.ok).toBe(false);
    if (r.ok || r.reason !== 'stale') throw new Error(`expected stale, got ${JSON.stringify(r)}`);
    expect(r.message).toMatch(/^cambodia-area-remaining was changed by Alice \(discord\) at 2026-12-01 10:0\d UTC since this form was opened/u);
    expect(await fileBytes(t.knowledgeDir)).toEqual(before);
    expect(store.engine().ask(REMAINING_Q).items[0]?.statement).toBe(first.statement);
  });
});

describe('retire and restore', () => {
  it('a retired fact no longer answers but stays in the file; restored, it answers again', async () => {
    const q = 'how many mines did jmas destroy';
    const id = 'jmas-cmac-ap-mines-destroyed';
    expect(store.engine().ask(q).facts).toEqual([id]);

    const retired = await store.apply({ kind: 'retire', factId: id, baseRevision: 1 }, alice, 'figure withdrawn');
    expect(retired.ok).toBe(true);
    expect(store.engine().ask(q).facts).not.toContain(id);
    expect((await factsOnDisk(t.knowledgeDir)).facts.find((f) => f.id === id)).toMatchObject({ retired: true, revision: 2 });
    expect(store.status()).toMatchObject({ facts: 13, retired: 1 });

    const again = await store.apply({ kind: 'retire', factId: id, baseRevision: 2 }, alice, 'twice');
    expect(again).toMatchObject({ ok: false, reason: 'invalid', errors: [{ field: 'retired' }] });

    const restored = await store.apply({ kind: 'restore', factId: id, baseRevision: 2 }, bob, 'figure confirmed');
    expect(restored.ok).toBe(true);
    expect(store.engine().ask(q).facts).toEqual([id]);
    const onDisk = (await factsOnDisk(t.knowledgeDir)).facts.find((f) => f.id === id)!;
    expect(onDisk.retired).toBeUndefined();
    expect(onDisk.revision).toBe(3);
  });

  it('refuses a fact that does not exist', async () => {
    const r = await store.apply({ kind: 'retire', factId: 'no-such-fact', baseRevision: 1 }, alice, 'x');
    expect(r).toMatchObject({ ok: false, reason: 'not-found' });
    if (!r.ok && r.reason === 'not-found') expect(r.message).toContain('no-such-fact');
  });
});

describe('alias', () => {
  it('a question that was not answered is answered after its phrasing is added', async () => {
    const q = 'what happened at the palace';
    expect(store.engine().ask(q).kind).toBe('no-answer');
    const r = await store.apply({ kind: 'alias', factId: 'manet-yamazaki-meeting', phrase: q }, alice, 'asked in #general');
    expect(r).toMatchObject({ ok: true, entry: { kind: 'alias', revision: 2 } });
    expect(store.engine().ask(q)).toMatchObject({ kind: 'answer', facts: ['manet-yamazaki-meeting'] });
    const dup = await store.apply({ kind: 'alias', factId: 'manet-yamazaki-meeting', phrase: 'What happened at the  palace' }, alice, 'again');
    expect(dup).toMatchObject({ ok: false, reason: 'invalid', errors: [{ field: 'phrase' }] });
  });

  it('with a stale base revision it is refused', async () => {
    const r = await store.apply({ kind: 'alias', factId: REMAINING, baseRevision: 7, phrase: 'mined land left' }, alice, 'x');
    expect(r).toMatchObject({ ok: false, reason: 'stale' });
  });
});

describe('undo', () => {
  it('restores the previous answer, and is itself in the changelog and the history', async () => {
    const before = store.engine().ask(REMAINING_Q).title;
    const { old, content, newSource } = newerRemaining(store);
    const edit = await store.apply({ kind: 'edit', factId: REMAINING, baseRevision: old.revision, content, newSource }, alice, 'CMAA 2025 report');
    expect(edit.ok).toBe(true);
    expect(store.engine().ask(REMAINING_Q).title).not.toBe(before);

    const undo = await store.apply({ kind: 'undo' }, bob, 'wrong report');
    expect(undo).toMatchObject({ ok: true, factId: REMAINING, entry: { kind: 'undo', undoes: 1, revision: 3 } });
    expect(store.engine().ask(REMAINING_Q).title).toBe('more than 1,700 km² still to clear');
    expect(store.history(REMAINING).map((h) => h.figure?.value)).toEqual([1700, 1500, 1700]);
    const log = await changelogOnDisk(t.knowledgeDir);
    expect(log.map((e) => [e.seq, e.kind, e.undoes])).toEqual([[1, 'edit', undefined], [2, 'undo', 1]]);
    expect(log[1]).toMatchObject({ actor: bob, reason: 'wrong report' });

    expect(await store.apply({ kind: 'undo' }, bob, 'again')).toMatchObject({ ok: false, reason: 'nothing-to-undo' });
  });

  it('walks back through earlier changes, and undoing an add retires the fact', async () => {
    const added = await store.apply({
      kind: 'add',
      id: 'press-release',
      content: { topic: 'The press release', aliases: ['who issued the press release'], statement: 'The cabinet issued a press release.', source: 'phnompenhpost-2024-07-11', quote: 'the prime minister’s cabinet said in a July 11 press release', saidBy: 'The Phnom Penh Post' },
    }, alice, 'new');
    expect(added.ok).toBe(true);
    await store.apply({ kind: 'alias', factId: 'press-release', phrase: 'who published the press release' }, alice, 'phrasing');

    expect((await store.apply({ kind: 'undo' }, alice, 'undo alias')).ok).toBe(true);
    expect(factIn(store, 'press-release').aliases).toEqual(['who issued the press release']);
    expect((await store.apply({ kind: 'undo' }, alice, 'undo add')).ok).toBe(true);
    expect(factIn(store, 'press-release').retired).toBe(true);
    expect(store.engine().ask('who issued the press release').facts).not.toContain('press-release');
  });
});

describe('invalid input gets field errors and leaves the files byte-identical', () => {
  const cases: Array<[string, (c: ReturnType<typeof contentOf>) => void, string[]]> = [
    ['a figure value not in the quote', (c) => { c.figure = { ...c.figure!, value: 1800 }; }, ['figure.value']],
    ['a quote not in the source text', (c) => { c.quote = 'will clear 1,700 square kilometres by next week'; }, ['quote']],
    ['an empty statement', (c) => { c.statement = '   '; }, ['statement']],
    ['an empty statement and a quote not in the source', (c) => { c.statement = ''; c.quote = 'more than 1,700 square kilometres, said nobody'; }, ['statement', 'quote']],
  ];
  for (const [name, spoil, fields] of cases) {
    it(name, async () => {
      const before = await fileBytes(t.knowledgeDir);
      const content = contentOf(factIn(store, REMAINING));
      spoil(content);
      const r = await store.apply({ kind: 'edit', factId: REMAINING, baseRevision: 1, content }, alice, 'typo');
      expect(r.ok).toBe(false);
      if (r.ok || r.reason !== 'invalid') throw new Error(`expected invalid, got ${JSON.stringify(r)}`);
      expect(r.errors.map((e) => e.field).sort()).toEqual([...fields].sort());
      for (const e of r.errors) expect(e.message.length).toBeGreaterThan(5);
      expect(await fileBytes(t.knowledgeDir)).toEqual(before);
      expect(store.engine().ask(REMAINING_Q).title).toBe('more than 1,700 km² still to clear');
      expect(store.status().revision).toBe(1);
    });
  }

  it('a missing reason', async () => {
    const before = await fileBytes(t.knowledgeDir);
    const r = await store.apply({ kind: 'alias', factId: REMAINING, phrase: 'mined land' }, alice, '  ');
    expect(r).toMatchObject({ ok: false, reason: 'invalid', errors: [{ field: 'reason' }] });
    expect(await fileBytes(t.knowledgeDir)).toEqual(before);
  });

  it('a new source with a bad address', async () => {
    const { content, newSource } = newerRemaining(store);
    const r = await store.apply({ kind: 'edit', factId: REMAINING, baseRevision: 1, content, newSource: { ...newSource, url: 'not an address' } }, alice, 'x');
    expect(r).toMatchObject({ ok: false, reason: 'invalid', errors: [{ field: 'newSource.url' }] });
  });
});

describe('a new source', () => {
  it('is added to sources.json without a text, and the fact is shown with its quote not checked', async () => {
    const { content, newSource } = newerRemaining(store);
    content.topic = 'Land still to clear in Cambodia, 2025';
    content.aliases = ['land still to clear in 2025'];
    const r = await store.apply({ kind: 'add', id: 'cambodia-area-remaining-2025', content, newSource }, alice, 'new report');
    expect(r.ok).toBe(true);

    expect(store.kb().quoteChecked.has('cambodia-area-remaining-2025')).toBe(false);
    const sources = JSON.parse(await readFile(join(t.knowledgeDir, 'sources.json'), 'utf8')) as { sources: Array<Record<string, unknown>> };
    expect(sources.sources.find((s) => s.id === 'cmaa-2025-report')).toEqual({ ...newSource, dateKnown: 'stated' });
    const shown = store.engine().fact('cambodia-area-remaining-2025');
    expect(shown.items[0]?.quotes[0]).toMatchObject({ checked: false, citation: { publisher: 'CMAA' } });
    expect(renderText(shown)).toContain('quote not checked');
  });
});

describe('a disk that refuses the write', () => {
  const failing = (code: string) => async () => {
    throw Object.assign(new Error(`${code}: simulated`), { code });
  };
  const failures: Array<[string, Partial<FsOps>, RegExp]> = [
    ['the changelog append (disk full)', { appendFile: failing('ENOSPC') }, /disk is full/u],
    ['the temporary file (disk full)', { writeFile: failing('ENOSPC') }, /disk is full/u],
    ['the rename (read-only file system)', { rename: failing('EROFS') }, /read-only/u],
  ];
  for (const [name, fsOps, message] of failures) {
    it(`${name}: reason io, files intact, the engine keeps answering`, async () => {
      await store.close();
      store = await openStore(t, { fsOps });
      const before = await fileBytes(t.knowledgeDir);
      const { old, content, newSource } = newerRemaining(store);
      const r = await store.apply({ kind: 'edit', factId: REMAINING, baseRevision: old.revision, content, newSource }, alice, 'report');
      expect(r.ok).toBe(false);
      if (r.ok || r.reason !== 'io') throw new Error(`expected io, got ${JSON.stringify(r)}`);
      expect(r.message).toMatch(message);
      expect(r.message).toContain('Nothing was changed');
      expect(await fileBytes(t.knowledgeDir)).toEqual(before);
      expect(store.engine().ask(REMAINING_Q).title).toBe('more than 1,700 km² still to clear');
      expect(store.status().revision).toBe(1);
      expect(store.recentChanges()).toEqual([]);
    });
  }
});

describe('hand edits are never overwritten', () => {
  it('a valid hand edit not yet loaded is picked up first, and the change goes on top of it', async () => {
    const text = await readFile(join(t.knowledgeDir, 'facts.json'), 'utf8');
    await writeFile(join(t.knowledgeDir, 'facts.json'), text.replace('"remaining area",', '"remaining area",\n        "mined land left by hand",'));
    const r = await store.apply({ kind: 'alias', factId: REMAINING, phrase: 'mined land left from chat' }, alice, 'x');
    expect(r.ok).toBe(true);
    const aliases = (await factsOnDisk(t.knowledgeDir)).facts.find((f) => f.id === REMAINING)!.aliases;
    expect(aliases).toContain('mined land left by hand');
    expect(aliases).toContain('mined land left from chat');
  });

  it('an invalid hand edit makes a change refuse rather than overwrite it', async () => {
    const text = await readFile(join(t.knowledgeDir, 'facts.json'), 'utf8');
    const broken = text.replace('"value": 1700', '"value": 1800');
    await writeFile(join(t.knowledgeDir, 'facts.json'), broken);
    const r = await store.apply({ kind: 'alias', factId: REMAINING, phrase: 'mined land' }, alice, 'x');
    expect(r).toMatchObject({ ok: false, reason: 'io' });
    if (!r.ok && r.reason === 'io') expect(r.message).toContain('figure.value');
    expect(await readFile(join(t.knowledgeDir, 'facts.json'), 'utf8')).toBe(broken);
    expect(store.engine().ask(REMAINING_Q).title).toBe('more than 1,700 km² still to clear');
  });
});

describe('status and recent changes', () => {
  it('counts the fact base and lists changes newest first', async () => {
    expect(store.status()).toMatchObject({ revision: 1, facts: 14, retired: 0, sources: 1, lastChangeAt: null, lastReloadError: null, changelogProblems: null });
    await store.apply({ kind: 'alias', factId: REMAINING, phrase: 'mined land one' }, alice, 'one');
    await store.apply({ kind: 'alias', factId: REMAINING, phrase: 'mined land two' }, bob, 'two');
    expect(store.recentChanges().map((e) => e.reason)).toEqual(['two', 'one']);
    expect(store.recentChanges(1).map((e) => e.reason)).toEqual(['two']);
    expect(store.status()).toMatchObject({ revision: 3 });
    expect(store.status().lastChangeAt).toMatch(/^2026-12-01T10:0\dZ?/u);
  });

  it('a reopened store carries on from the changelog', async () => {
    await store.apply({ kind: 'alias', factId: REMAINING, phrase: 'mined land one' }, alice, 'one');
    await store.close();
    store = await openStore(t);
    const r = await store.apply({ kind: 'undo' }, alice, 'undo after restart');
    expect(r).toMatchObject({ ok: true, entry: { seq: 2, undoes: 1 } });
    expect(factIn(store, REMAINING).aliases).not.toContain('mined land one');
  });
});
