import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../helpers/bot.js';

/** A project entry point running in its own process, with its output collected. */
export interface RunningScript {
  child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output: () => string;
  /** Resolves with the first output line matching `pattern`, past or future. */
  waitForLine(pattern: RegExp): Promise<string>;
  /** Resolves with the exit code once the process ends. */
  exited: Promise<number | null>;
}

/**
 * Runs an entry point (such as `adapters/main.ts`, what `npm start` runs) with tsx, as a user
 * would, with `env` on top of an environment cleared of Slack and Discord settings. It runs from
 * an empty folder so a developer's own `.env` cannot leak into the test.
 */
export function runScript(script: string, env: Record<string, string>): RunningScript {
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(SLACK_|DISCORD_|KNOWLEDGE_DIR|MIN_CONFIDENCE)/.test(name)));
  const child = spawn(join(PROJECT_ROOT, 'node_modules/.bin/tsx'), [join(PROJECT_ROOT, script)], {
    cwd: mkdtempSync(join(tmpdir(), 'icat-discord-')), env: { ...base, LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  const check = () => {
    for (const waiter of [...waiters]) {
      const line = output.split('\n').find((candidate) => waiter.pattern.test(candidate));
      if (line === undefined) continue;
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(line);
    }
  };
  const collect = (chunk: Buffer) => { output += chunk.toString('utf8'); check(); };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => output,
    waitForLine: (pattern) => new Promise((resolve) => { waiters.push({ pattern, resolve }); check(); }),
    exited,
  };
}
