import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

/** A process a test started, with its output collected and waited on by pattern (never by time). */
export interface Child {
  process: ChildProcess;
  /** Standard output so far. */
  stdout(): string;
  /** Standard error so far (the JSON log). */
  stderr(): string;
  /** Resolves once standard output matches `pattern`. */
  waitForStdout(pattern: RegExp): Promise<void>;
  /** Resolves with the first JSON log line on stderr whose `msg` is `msg`, past or future. */
  logLine(msg: string): Promise<Record<string, unknown>>;
  /** Every JSON log line on stderr so far whose `msg` is `msg`. */
  logLines(msg: string): Record<string, unknown>[];
  /** Calls `listener` whenever more output arrives; returns a function that stops calling it. */
  onOutput(listener: () => void): () => void;
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string | null>;
}

/** Starts `command` with piped standard streams. */
export function startChild(command: string, args: string[], options: SpawnOptions): Child {
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], ...options });
  let out = '';
  let err = '';
  const waiters = new Set<() => void>();
  const check = () => { for (const waiter of [...waiters]) waiter(); };
  child.stdout!.on('data', (chunk: Buffer) => { out += chunk.toString('utf8'); check(); });
  child.stderr!.on('data', (chunk: Buffer) => { err += chunk.toString('utf8'); check(); });
  const until = <T>(test: () => T | undefined): Promise<T> => new Promise((resolve) => {
    const waiter = () => {
      const found = test();
      if (found === undefined) return;
      waiters.delete(waiter);
      resolve(found);
    };
    waiters.add(waiter);
    waiter();
  });
  const logLines = () => err.split('\n').flatMap((line) => {
    try { return [JSON.parse(line) as Record<string, unknown>]; } catch { return []; }
  });
  return {
    process: child,
    stdout: () => out,
    stderr: () => err,
    waitForStdout: (pattern) => until(() => (pattern.test(out) ? true : undefined)).then(() => {}),
    logLine: (msg) => until(() => logLines().find((line) => line.msg === msg)),
    logLines: (msg) => logLines().filter((line) => line.msg === msg),
    onOutput: (listener) => { waiters.add(listener); return () => { waiters.delete(listener); }; },
    exited: new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal))),
  };
}

/** Resolves once `test()` holds, checking it whenever any of `children` writes output. */
export function waitUntil(children: Child[], test: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const stops: (() => void)[] = [];
    const check = () => {
      if (!test()) return;
      for (const stop of stops) stop();
      resolve();
    };
    for (const child of children) stops.push(child.onOutput(check));
    check();
  });
}

/** The environment of the test run without any platform or bot setting, so only `env` applies. */
export function cleanEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) =>
    !/^(SLACK_|DISCORD_|KNOWLEDGE_|MIN_CONFIDENCE|HEALTH_PORT|PORT$|UNANSWERED_|RATE_LIMIT_|SHUTDOWN_|REDIS_URL|LOG_LEVEL|NODE_ENV|npm_)/.test(name)));
  return { ...base, ...env };
}
