import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

/**
 * Runs a bench script in a fresh Node process (through tsx, with `--expose-gc`), so start-up and
 * heap are measured as a newly started bot has them, and so load generators and servers do not
 * share one event loop. Resolves with the last JSON line the child printed.
 */
export async function runChild<T>(script: string, args: readonly string[]): Promise<T> {
  const child = spawnChild(script, args);
  let last: T | undefined;
  for await (const line of createInterface({ input: child.stdout! })) if (line.startsWith('{')) last = JSON.parse(line) as T;
  const code = await new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', resolve)));
  if (code !== 0 || last === undefined) throw new Error(`bench child ${script} ${args.join(' ')} failed (exit ${code})`);
  return last;
}

/** Starts a bench script in its own process; its stderr goes to ours. */
export function spawnChild(script: string, args: readonly string[]): ChildProcess {
  return spawn(process.execPath, ['--expose-gc', '--import', 'tsx', new URL(script, import.meta.url).pathname, ...args], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
}

/** Resolves with the first JSON line a long-running child prints (e.g. the port it listens on). */
export async function firstJsonLine<T>(child: ChildProcess): Promise<T> {
  for await (const line of createInterface({ input: child.stdout! })) if (line.startsWith('{')) return JSON.parse(line) as T;
  throw new Error('bench child ended before it was ready');
}
