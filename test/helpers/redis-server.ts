import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** How to get `redis-server` when it is missing, for the skip notice. */
export const INSTALL_REDIS = 'install it to run them: apt-get install -y redis-server (Debian/Ubuntu; .ci/run does this), or brew install redis (macOS)';

/** True when `redis-server` can be run from PATH. */
export const hasRedisServer: boolean = spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;

/**
 * Says, once per test file, that the Redis tests were skipped and how to run them, so a machine
 * without Redis never passes them silently (vitest also lists them as skipped).
 */
export function noteRedisSkipped(what: string): void {
  if (!hasRedisServer) console.warn(`SKIPPED ${what}: redis-server is not installed; ${INSTALL_REDIS}.`);
}

/** A `redis-server` a test started on a free loopback port. */
export interface TestRedis {
  port: number;
  url: string;
  /** Stops the server (SIGTERM), waiting for it to exit. */
  stop(): Promise<void>;
  /** Starts it again on the same port (empty: nothing is persisted). */
  restart(): Promise<void>;
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts `redis-server` on 127.0.0.1 with no persistence, resolving once it accepts connections. */
export async function startRedis(): Promise<TestRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const launch = () => new Promise<void>((resolve, reject) => {
    const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--protected-mode', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child = server;
    let output = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (/Ready to accept connections/.test(output)) resolve();
    });
    server.once('exit', (code) => reject(new Error(`redis-server exited (${code}) before it was ready:\n${output}`)));
  });
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    await exited;
  };
  await launch();
  return { port, url: `redis://127.0.0.1:${port}`, stop, restart: launch };
}
