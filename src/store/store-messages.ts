/** What the store says to moderators and in the log, in one place so the wording is reviewed together. */

/** "2026-11-28T19:04:05.000Z" -> "2026-11-28 19:04 UTC" */
export function shortTime(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

const IO_CAUSES: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOENT: 'the folder is missing',
  EIO: 'the disk reported an error',
};

export const storeMessages = {
  reasonMissing: 'Give a reason for the change (it is kept in the changelog).',
  notFound: (id: string) => `There is no fact "${id}".`,
  derivedNotEditable: (id: string) => `"${id}" is a derived figure, worked out from other facts; change those facts instead.`,
  stale: (id: string, by: string | undefined, at: string, base: number, now: number) =>
    `${id} was changed${by === undefined ? '' : ` by ${by}`} at ${shortTime(at)} since this form was opened ` +
    `(the form was for revision ${base}, the fact is now at revision ${now}). Open it again to see the change.`,
  alreadyRetired: 'is already retired',
  notRetired: 'is not retired',
  aliasEmpty: 'must not be empty',
  aliasTaken: (id: string) => `is already a phrasing of ${id}`,
  idTaken: 'is already used by a fact or derived figure',
  sourceTaken: 'is already used by a source on file; choose it as the source instead',
  nothingToUndo: 'There is no change left to undo.',
  undoMissingRevision: (id: string, revision: number) =>
    `Cannot undo: revision ${revision} of ${id} is not in its history (was facts.json edited by hand?).`,
  io: (file: string, e: unknown) => {
    const code = (e as NodeJS.ErrnoException).code;
    const cause = (code === undefined ? undefined : IO_CAUSES[code]) ?? (e instanceof Error ? e.message : String(e));
    return `Could not save the change to ${file}: ${cause}${code === undefined ? '' : ` (${code})`}. Nothing was changed; the fact base is as it was.`;
  },
  busy: (lock: string, waitedMs: number, staleMs: number) =>
    `Another writer (the bot or a terminal) held the fact base for the last ${Math.round(waitedMs / 1000)} s, so nothing was changed. ` +
    `Try again in a moment. A lock left by a process that was killed is taken over once it is ${Math.round(staleMs / 1000)} s old (${lock}).`,
  lockLost: 'This process lost the fact base lock before it could save (it was too slow to refresh it, and another writer took over), so nothing was changed. Try again.',
  changelogLost: (file: string, emptied: boolean, lastSeq: number) =>
    `${file} was ${emptied ? 'deleted or emptied' : 'cut or replaced'} while the bot was running (it held changes up to #${lastSeq}). ` +
    `New changes go on from #${lastSeq + 1}; put the file back from git or a backup to keep the record whole.`,
  diskChangedInvalid: (error: string) =>
    `The knowledge files were changed on disk and have problems, so nothing was changed. Fix them (or undo the hand edit) first: ${error}`,
  unreadable: (file: string, e: unknown) =>
    `Cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e))}. Nothing was changed.`,
  rollForwardFailed: (dir: string, e: unknown) =>
    `The changelog in ${dir} holds a change that an interrupted write did not finish, and it cannot be written now: ` +
    `${(e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e))}. Nothing was started.`,
  vocabulary: {
    notFound: (id: string) => `There is no entity or synonym group "${id}" in the vocabulary.`,
    entityNotFound: (id: string, like: string | undefined) =>
      `There is no entity "${id}" in the vocabulary${like === undefined ? '' : ` ("${like}" has that name)`}.`,
    idTaken: (owner: string) => `is already used by ${owner}`,
    /** `owner`: "a name of entity \"cambodia\"", "a word of synonym group \"remaining\"", "the glossary term \"CMAC\"". */
    taken: (name: string, owner: string) => `"${name}" is already ${owner}`,
    nameOfEntity: (id: string) => `a name of entity "${id}"`,
    idOfEntity: (id: string) => `the id of entity "${id}"`,
    wordOfGroup: (id: string) => `a word of synonym group "${id}"`,
    idOfGroup: (id: string) => `the id of synonym group "${id}"`,
    glossaryTerm: (term: string) => `a name of the glossary term "${term}" (define it in one place only)`,
    kind: (kind: string, kinds: readonly string[]) => `must be ${kinds.slice(0, -1).join(', ')} or ${kinds.at(-1) ?? ''}, not "${kind}"`,
    empty: 'needs at least one (separate them with commas)',
    tooMany: (count: number, max: number) => `${count} at once is too many: at most ${max} per change`,
    noLetters: (name: string) => `"${name}" has no letters or digits`,
    withinSelf: 'must name a broader entity, not the entity itself',
    fallsWithin: (items: readonly string[]) => `cannot be removed: ${items.join(', ')} ${items.length === 1 ? 'falls' : 'fall'} within it (move or remove ${items.length === 1 ? 'it' : 'them'} first)`,
    changedSince: (id: string) =>
      `Cannot undo: ${id} has changed in vocabulary.json since that change (a hand edit?). Nothing was undone; edit it or undo the later change.`,
  },
  startupProblems: (dir: string, problems: readonly string[]) =>
    `The fact base in ${dir} has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was started:\n` +
    problems.map((p) => `  - ${p}`).join('\n'),
} as const;
