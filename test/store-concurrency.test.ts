/**
 * Many edits from two faces at once. Writes go through one queue, each checked against the state
 * the previous one left: every accepted edit is in facts.json and in the changelog exactly once,
 * every refused one was told why, none is lost.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Fact } from '../src/core/schema.js';
import type { Actor, ChangeResult, FactStore } from '../src/store/fact-store.js';
import {
  alice, bob, changelogOnDisk, contentOf, factIn, factsOnDisk, openStore, tempKnowledge, type TempKnowledge,
} from './fixtures/store-fixture.js';

let t: TempKnowledge;
let store: FactStore;

beforeEach(async () => {
  t = await tempKnowledge();
  store = await openStore(t);
});

afterEach(async () => {
  await store.close();
  await t.cleanup();
});

interface Attempt {
  tag: string;
  factId: string;
  actor: Actor;
  stale: boolean;
  result: ChangeResult;
}

/** A phrasing unique to one attempt, so it can be found in the files afterwards. */
function editWithTag(store: FactStore, factId: string, base: number, actor: Actor, tag: string) {
  const content = contentOf(factIn(store, factId));
  content.aliases = [...content.aliases.filter((a) => !a.startsWith('edit ')), `edit ${tag}`];
  return store.apply({ kind: 'edit', factId, baseRevision: base, content }, actor, `change ${tag}`);
}

/** Every accepted edit exactly once in the changelog and once in its fact's revisions. */
async function expectAllRecorded(attempts: readonly Attempt[], revisionBefore: number): Promise<void> {
  const accepted = attempts.filter((a) => a.result.ok);
  const log = await changelogOnDisk(t.knowledgeDir);
  const onDisk = await factsOnDisk(t.knowledgeDir);
  const revisionsOf = (f: Fact) => [...(f.history ?? []), f];
  for (const a of accepted) {
    expect(log.filter((e) => e.reason === `change ${a.tag}`), a.tag).toHaveLength(1);
    const fact = onDisk.facts.find((f) => f.id === a.factId)!;
    expect(revisionsOf(fact).filter((r) => r.reason === `change ${a.tag}` && r.aliases.includes(`edit ${a.tag}`)), a.tag).toHaveLength(1);
  }
  for (const a of attempts.filter((x) => !x.result.ok)) {
    expect(a.result, a.tag).toMatchObject({ ok: false, reason: 'stale' });
    if (!a.result.ok && a.result.reason === 'stale') expect(a.result.message).toMatch(/ was changed by (Alice \(discord\)|Bob \(slack\)) at /u);
    expect(log.some((e) => e.reason === `change ${a.tag}`), a.tag).toBe(false);
  }
  expect(onDisk.revision).toBe(revisionBefore + accepted.length);
  expect(store.status().revision).toBe(onDisk.revision);
  // One line per accepted change, numbered without gaps, each on the base the previous one left.
  const changes = log.slice(-accepted.length);
  changes.forEach((e, i) => {
    expect(e.baseRevisionOfBase).toBe(revisionBefore + i);
    if (i > 0) expect(e.seq).toBe((changes[i - 1]!.seq as number) + 1);
  });
}

it('40 edits fired at once, half from stale forms: one winner per fact, the rest told why', async () => {
  const ids = store.kb().facts.slice(0, 10).map((f) => f.id);
  for (const id of ids) expect((await editWithTag(store, id, 1, alice, `setup-${id}`)).ok).toBe(true);
  const revisionBefore = store.status().revision;

  const planned: Array<Omit<Attempt, 'result'>> = ids.flatMap((factId, i) => [
    { tag: `a-fresh-${i}`, factId, actor: alice, stale: false },
    { tag: `b-fresh-${i}`, factId, actor: bob, stale: false },
    { tag: `a-stale-${i}`, factId, actor: alice, stale: true },
    { tag: `b-stale-${i}`, factId, actor: bob, stale: true },
  ]);
  const results = await Promise.all(planned.map((p) => editWithTag(store, p.factId, p.stale ? 1 : 2, p.actor, p.tag)));
  const attempts = planned.map((p, i) => ({ ...p, result: results[i]! }));

  for (const a of attempts.filter((x) => x.stale)) expect(a.result.ok, a.tag).toBe(false);
  for (const id of ids) {
    const winners = attempts.filter((a) => a.factId === id && a.result.ok);
    expect(winners, id).toHaveLength(1);
    expect(factIn(store, id).aliases).toContain(`edit ${winners[0]!.tag}`);
  }
  await expectAllRecorded(attempts, revisionBefore);
});

it('two faces editing the same fact in a loop, each from the form it last opened', async () => {
  const id = 'cambodia-area-remaining';
  const revisionBefore = store.status().revision;
  const attempts: Attempt[] = [];
  const face = async (actor: Actor, name: string) => {
    for (let i = 0; i < 20; i++) {
      // Every other edit comes from a form opened a while ago.
      const current = factIn(store, id).revision;
      const stale = i % 2 === 1 && current > 1;
      const base = stale ? current - 1 : current;
      const tag = `${name}-${i}`;
      attempts.push({ tag, factId: id, actor, stale, result: await editWithTag(store, id, base, actor, tag) });
    }
  };
  await Promise.all([face(alice, 'alice'), face(bob, 'bob')]);

  expect(attempts).toHaveLength(40);
  for (const a of attempts.filter((x) => x.stale)) expect(a.result.ok, a.tag).toBe(false);
  expect(attempts.filter((a) => a.result.ok).length).toBeGreaterThan(5);
  await expectAllRecorded(attempts, revisionBefore);
  expect(store.history(id)).toHaveLength(1 + attempts.filter((a) => a.result.ok).length);
});
