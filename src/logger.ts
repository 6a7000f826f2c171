/**
 * A small structured logger: one JSON object a line on stderr (or readable lines on a terminal).
 * Values of secret variables are scrubbed from every line, errors included.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(fields: Record<string, unknown>, message: string): void;
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
  child(fields: Record<string, unknown>): Logger;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface LoggerOptions {
  level: LogLevel;
  /** Values that must never appear in a log line (tokens, secrets). */
  secrets: readonly string[];
  write?: (line: string) => void;
  pretty?: boolean;
}

function plain(value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  return value;
}

export function createLogger(options: LoggerOptions, base: Record<string, unknown> = {}): Logger {
  const secrets = options.secrets.filter((s) => s.length >= 4);
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const scrub = (text: string) => secrets.reduce((t, s) => t.split(s).join('[secret]'), text);
  const log = (level: LogLevel) => (fields: Record<string, unknown>, message: string) => {
    if (ORDER[level] < ORDER[options.level]) return;
    const entry = Object.fromEntries(Object.entries({ ...base, ...fields }).map(([k, v]) => [k, plain(v)]));
    const line = options.pretty
      ? `${new Date().toISOString()} ${level.toUpperCase()} ${message} ${Object.keys(entry).length > 0 ? JSON.stringify(entry) : ''}`
      : JSON.stringify({ time: new Date().toISOString(), level, msg: message, ...entry });
    write(scrub(line));
  };
  return {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    child: (fields) => createLogger(options, { ...base, ...fields }),
  };
}

/** A logger that drops everything, for tests that do not look at logs. */
export const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  child: () => silentLogger,
};
