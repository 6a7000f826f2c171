/**
 * One writer at a time across processes (the bot, `npm run facts` runs, anything else opening the
 * store): knowledge/.write.lock, a folder made with mkdir, which is atomic on every file system,
 * network ones included. proper-lockfile keeps its mtime fresh while the lock is held, so a lock
 * whose mtime has not moved for `staleMs` belongs to a process that died (SIGKILL, power cut) and
 * is taken over; signal-exit removes it on an ordinary exit.
 */
import { join } from 'node:path';
import { lock } from 'proper-lockfile';
import type { Logger } from '../logger.js';

export const WRITE_LOCK = '.write.lock';

export interface LockOptions {
  /** How long a writer waits for the lock before it gives up and says so. Default 30 s. */
  timeoutMs?: number;
  /** A lock not refreshed for this long is a dead writer's and is taken over. Default 10 s, at least 2 s. */
  staleMs?: number;
}

export const LOCK_DEFAULTS = { timeoutMs: 30_000, staleMs: 10_000 } as const;

export interface HeldLock {
  /** False once the lock was lost (not refreshed in time, or taken over): nothing more may be written. */
  held(): boolean;
  release(): Promise<void>;
}

export type LockResult =
  | { ok: true; lock: HeldLock }
  /** Another writer held it for the whole of `timeoutMs`. */
  | { ok: false; reason: 'busy'; waitedMs: number }
  /** The lock could not be made at all (read-only file system, missing folder...). */
  | { ok: false; reason: 'io'; error: unknown };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function lockPath(dir: string): string {
  return join(dir, WRITE_LOCK);
}

/** Waits up to `timeoutMs` for the write lock of the knowledge folder `dir`. */
export async function acquireWriteLock(dir: string, options: LockOptions, log: Logger): Promise<LockResult> {
  const timeoutMs = options.timeoutMs ?? LOCK_DEFAULTS.timeoutMs;
  const staleMs = options.staleMs ?? LOCK_DEFAULTS.staleMs;
  const started = Date.now();
  let pause = 5;
  for (;;) {
    let lost = false;
    try {
      const release = await lock(dir, {
        lockfilePath: lockPath(dir),
        realpath: false,
        stale: staleMs,
        retries: 0,
        // The default throws from a timer, which would kill the process.
        onCompromised: (e) => {
          lost = true;
          log.error({ err: e, lock: WRITE_LOCK }, 'lost the fact base write lock (not refreshed in time); the change in progress is abandoned');
        },
      });
      return {
        ok: true,
        lock: {
          held: () => !lost,
          release: async () => {
            if (lost) return;
            await release().catch((e: unknown) => log.warn({ err: e, lock: WRITE_LOCK }, 'could not remove the fact base write lock'));
          },
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ELOCKED') return { ok: false, reason: 'io', error: e };
      const waited = Date.now() - started;
      if (waited >= timeoutMs) return { ok: false, reason: 'busy', waitedMs: waited };
      // Jittered, so that writers woken together do not all retry together.
      await sleep(Math.min(pause * (0.5 + Math.random()), timeoutMs - waited));
      pause = Math.min(pause * 2, 100);
    }
  }
}
