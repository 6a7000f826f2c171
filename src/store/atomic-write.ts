/**
 * Durable file writes. A file is replaced atomically: written to a temporary file in the same
 * folder, synced, renamed over the target, and the folder synced, so a crash at any moment
 * leaves either the old file or the new one, never a torn one.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, truncate, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * The file-system calls the store writes through. Tests replace some of them to simulate a full
 * disk (ENOSPC) or a read-only folder: as root, chmod does not stop writes.
 */
export interface FsOps {
  /** Creates or truncates `path`, writes `data` and syncs it to disk. */
  writeFile(path: string, data: string): Promise<void>;
  /** Appends `data` to `path` (created if missing) and syncs it to disk. */
  appendFile(path: string, data: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  truncate(path: string, length: number): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Syncs a folder, so that a rename in it survives a power cut. */
  syncDir(path: string): Promise<void>;
}

async function writeSynced(path: string, data: string, flags: 'w' | 'a'): Promise<void> {
  const handle = await open(path, flags);
  try {
    await handle.writeFile(data, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export const nodeFsOps: FsOps = {
  writeFile: (path, data) => writeSynced(path, data, 'w'),
  appendFile: (path, data) => writeSynced(path, data, 'a'),
  rename,
  truncate,
  unlink,
  syncDir: async (path) => {
    const handle = await open(path, 'r');
    try {
      await handle.sync();
    } catch (e) {
      // Some file systems refuse to sync a folder (EINVAL, EISDIR on a few); the rename still happened.
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EINVAL' && code !== 'EISDIR' && code !== 'EPERM') throw e;
    } finally {
      await handle.close();
    }
  },
};

/**
 * The points of a write that the crash test stops at (it kills the process there with SIGKILL).
 * after-changelog: the change is logged, no other file touched yet; after-temp: the temporary file
 * is written and synced; before-rename: the last moment before the rename (any other file of the
 * change, e.g. sources.json, already replaced); after-rename: the target is replaced, the folder
 * not yet synced.
 */
export type WriteStep = 'after-changelog' | 'after-temp' | 'before-rename' | 'after-rename';

/** Temporary files are named `.<target>.<random>.tmp` beside their target. */
export const TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/u;

export async function writeFileAtomic(
  path: string,
  data: string,
  fsOps: FsOps,
  onStep: (step: WriteStep) => void = () => {},
): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fsOps.writeFile(temp, data);
    onStep('after-temp');
    onStep('before-rename');
    await fsOps.rename(temp, path);
  } catch (e) {
    await fsOps.unlink(temp).catch(() => {});
    throw e;
  }
  onStep('after-rename');
  await fsOps.syncDir(dir);
}
