/**
 * Reading one of the small JSON files the bot keeps in DATA_DIR (the gap log, feedback, review,
 * channel settings). None of them may stop the bot: a missing file is an empty one, an unreadable
 * one is logged and skipped, and one that is too large, not JSON or of the wrong shape is renamed
 * `*.corrupt`, logged, and the store starts without it.
 */
import { readFile, rename, stat } from 'node:fs/promises';
import type { z } from 'zod';
import type { Logger } from '../logger.js';

export interface DataFileOptions {
  logger: Logger;
  /** What the file is, for the log ("gap log", "feedback file"). */
  what: string;
  /** What the store does instead, for the log ("starting afresh", "every channel uses the defaults"). */
  instead: string;
  /** Larger files are set aside unread. */
  maxBytes?: number;
}

export async function readDataFile<S extends z.ZodType>(path: string, schema: S, o: DataFileOptions): Promise<z.infer<S> | undefined> {
  let text: string;
  try {
    if (o.maxBytes !== undefined) {
      const size = (await stat(path)).size;
      if (size > o.maxBytes) {
        await setAside(path, `the file is ${size} bytes, over the limit of ${o.maxBytes}`, o);
        return undefined;
      }
    }
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') o.logger.warn({ file: path, err: e }, `${o.what} cannot be read; ${o.instead}`);
    return undefined;
  }
  try {
    return schema.parse(JSON.parse(text)) as z.infer<S>;
  } catch (e) {
    await setAside(path, (e as Error).message.slice(0, 300), o);
    return undefined;
  }
}

async function setAside(path: string, error: string, o: DataFileOptions): Promise<void> {
  const aside = `${path}.corrupt`;
  try {
    await rename(path, aside);
    o.logger.warn({ file: path, setAside: aside, error }, `${o.what} is corrupt; set aside, ${o.instead}`);
  } catch (renameError) {
    o.logger.warn({ file: path, err: renameError, error }, `${o.what} is corrupt and cannot be set aside; ${o.instead}`);
  }
}

/** Drops a map's oldest entries (first inserted) until it holds at most `max`: the data files' bounds. */
export function trimOldest<K, V>(map: Map<K, V>, max: number): void {
  while (map.size > max) {
    const oldest = map.keys().next();
    if (oldest.done === true) break;
    map.delete(oldest.value);
  }
}
