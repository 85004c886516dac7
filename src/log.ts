/** Log levels, from the most to the least verbose. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/** Structured fields logged beside a message. Errors are expanded to their code, message and stack. */
export type LogFields = Record<string, unknown>;

/** Where icat-bot's diagnostics go: one JSON object per line. */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** Options for {@link createLogger}. */
export interface LoggerOptions {
  /** The least severe level written. Default 'info'. */
  level?: LogLevel;
  /** Where lines go. Default `process.stderr` (stdout stays free for the CLI's answers). */
  stream?: { write(line: string): unknown };
  /** Values that must never appear in a log line (tokens, signing secrets); each is replaced by "[redacted]". */
  secrets?: readonly string[];
  /** The clock, for tests. Default `() => new Date()`. */
  now?: () => Date;
}

/**
 * Creates a JSON-lines logger. Secrets passed in `secrets` are scrubbed from every line, whatever
 * field or error message they hide in, so a token pasted into a question or echoed by an SDK
 * error never reaches the log.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const { level = 'info', stream = process.stderr, now = () => new Date() } = options;
  const secrets = (options.secrets ?? []).filter((secret) => secret.length >= 6);
  const write = (lineLevel: Exclude<LogLevel, 'silent'>, message: string, fields: LogFields = {}) => {
    if (RANK[lineLevel] < RANK[level]) return;
    let line = JSON.stringify({ time: now().toISOString(), level: lineLevel, msg: message, ...expand(fields) });
    for (const secret of secrets) line = line.split(secret).join('[redacted]');
    stream.write(`${line}\n`);
  };
  return {
    debug: (message, fields) => write('debug', message, fields),
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
  };
}

/** A logger that drops everything, for tests and library use. */
export const silentLogger: Logger = createLogger({ level: 'silent' });

/** Parses a LOG_LEVEL value; unknown values fall back to 'info'. */
export function parseLogLevel(value: string | undefined): LogLevel {
  const level = value?.trim().toLowerCase();
  return level && level in RANK ? (level as LogLevel) : 'info';
}

function expand(fields: LogFields): LogFields {
  const out: LogFields = {};
  for (const [key, value] of Object.entries(fields)) {
    out[key] = value instanceof Error
      ? { name: value.name, message: value.message, ...('code' in value ? { code: (value as { code: unknown }).code } : {}), stack: value.stack }
      : value;
  }
  return out;
}
