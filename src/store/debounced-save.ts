/**
 * The small files in DATA_DIR (the gap log, feedback) are written a moment after a change, not on
 * every change: many questions a second must not mean many writes. A save that fails is logged and
 * tried again on the next change or flush; a flush writes now, after any write in progress.
 */
import { mkdir } from 'node:fs/promises';
import type { Logger } from '../logger.js';
import { writeFileAtomic, type FsOps } from './atomic-write.js';

export interface DebouncedSaveOptions {
  dataDir: string;
  path: string;
  fsOps: FsOps;
  logger: Logger;
  /** What the log line says could not be saved ("the gap log"). */
  what: string;
  /** The file's text now. */
  text: () => string;
  delayMs?: number;
}

export class DebouncedSave {
  private timer: NodeJS.Timeout | undefined;
  private saving: Promise<void> = Promise.resolve();
  private dirty = false;

  constructor(private readonly options: DebouncedSaveOptions) {}

  /** Marks the file changed and writes it within the delay. */
  schedule(): void {
    this.dirty = true;
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, this.options.delayMs ?? 1000);
    this.timer.unref();
  }

  /** Writes the file now if anything changed since the last write. */
  flush(): Promise<void> {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    this.saving = this.saving.then(async () => {
      if (!this.dirty) return;
      this.dirty = false;
      try {
        await mkdir(this.options.dataDir, { recursive: true });
        await writeFileAtomic(this.options.path, this.options.text(), this.options.fsOps);
      } catch (e) {
        this.dirty = true;
        this.options.logger.warn({ file: this.options.path, err: e }, `could not save ${this.options.what}; will try again`);
      }
    });
    return this.saving;
  }
}
