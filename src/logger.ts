/**
 * Structured logs through pino: one JSON object a line (level, time, face, command, latency...), or
 * a readable line on a terminal. The values of secret variables are scrubbed from every line,
 * errors and stacks included, before it is written.
 */
import { pino, stdTimeFunctions, type DestinationStream } from 'pino';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(fields: Record<string, unknown>, message: string): void;
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
  child(fields: Record<string, unknown>): Logger;
}

export interface LoggerOptions {
  level: LogLevel;
  /** Values that must never appear in a log line (tokens, secrets). */
  secrets: readonly string[];
  /** Where lines go (one per call, without the newline); default stderr. */
  write?: (line: string) => void;
  /** A readable line instead of JSON, for a terminal. */
  pretty?: boolean;
}

/** "2026-11-28T19:00:00.000Z INFO answered slash command face=slack ms=0.4" */
function prettyLine(json: string): string {
  try {
    const { time, level, msg, err, ...rest } = JSON.parse(json) as Record<string, unknown>;
    const fields = Object.entries(rest).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join(' ');
    const error = err === undefined ? '' : `\n  ${String((err as { stack?: string; message?: string }).stack ?? (err as { message?: string }).message ?? JSON.stringify(err))}`;
    return `${String(time)} ${String(level).toUpperCase()} ${String(msg)}${fields === '' ? '' : ` ${fields}`}${error}`;
  } catch {
    return json;
  }
}

function wrap(p: pino.Logger): Logger {
  return {
    debug: (fields, message) => p.debug(fields, message),
    info: (fields, message) => p.info(fields, message),
    warn: (fields, message) => p.warn(fields, message),
    error: (fields, message) => p.error(fields, message),
    child: (fields) => wrap(p.child(fields)),
  };
}

/** Replaces every secret value in a text by `[secret]` (values under 4 characters are left alone). */
export function createScrubber(secrets: readonly string[]): (text: string) => string {
  const values = secrets.filter((s) => s.length >= 4);
  return (text) => values.reduce((t, s) => t.split(s).join('[secret]'), text);
}

export function createLogger(options: LoggerOptions): Logger {
  const scrub = createScrubber(options.secrets);
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const destination: DestinationStream = {
    write: (chunk: string) => {
      const line = scrub(chunk.replace(/\n$/u, ''));
      write(options.pretty === true ? prettyLine(line) : line);
    },
  };
  const p = pino(
    {
      level: options.level,
      base: null,
      timestamp: stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: pino.stdSerializers.err },
    },
    destination,
  );
  return wrap(p);
}

/** A logger that drops everything, for tests that do not look at logs. */
export const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  child: () => silentLogger,
};
