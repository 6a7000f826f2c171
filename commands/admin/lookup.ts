import type { FactStore } from '../../src/store/fact-store.js';

/** The fact's revision now: a one-step command acts on what the moderator sees at that moment. */
export function currentRevision(store: FactStore, factId: string | undefined): number {
  return store.kb().facts.find((f) => f.id === factId)?.revision ?? 0;
}
