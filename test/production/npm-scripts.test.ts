import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/bot.js';
import { cleanEnv, startChild, type Child } from './child.js';

const run = promisify(execFile);

/** Resolves true when `port` on 127.0.0.1 can be listened on again (nothing holds it). */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

// Issue 13: SIGTERM to `npm start` used to kill npm and leave the real server running without a
// parent, still holding its port. A process manager (systemd, a container runtime, CI) signals the
// process it started, so that process must be the server or pass the signal on.
describe('an operator stopping `npm start` with SIGTERM', () => {
  let service: Child | undefined;
  afterEach(() => { service?.process.kill('SIGKILL'); });

  it('stops the server itself and frees its port', async () => {
    service = startChild('npm', ['start'], {
      cwd: PROJECT_ROOT, env: cleanEnv({ HEALTH_PORT: '0', LOG_LEVEL: 'info', KNOWLEDGE_WATCH: 'off' }),
    });
    // The first run after a change builds dist/ first, which takes a few seconds.
    const { port } = await service.logLine('health listening') as { port: number };
    await service.logLine('knowledge loaded');
    expect(await portIsFree(port)).toBe(false);

    service.process.kill('SIGTERM');
    await service.exited;
    await service.logLine('shut down');
    expect(await portIsFree(port)).toBe(true);
  }, 120_000);
});

// The papercuts a new operator hits when scripting the bot. These run after the test above, whose
// `npm start` built dist/ when it was stale (tests in one file run in order).
describe('an operator scripting the bot', () => {
  const env = () => cleanEnv({ KNOWLEDGE_WATCH: 'off' });

  it('pipes `npm run -s ask -- --json` into a JSON reader: nothing but the JSON on stdout', async () => {
    const { stdout } = await run('npm', ['run', '-s', 'ask', '--', '--json', 'who coordinates ICAT?'], { cwd: PROJECT_ROOT, env: env() });
    expect(JSON.parse(stdout)).toMatchObject({ answered: true });
  });

  it('gets no EPIPE stack trace when the reader stops early', async () => {
    const { stdout, stderr } = await run('bash', ['-c', 'yes "who coordinates ICAT?" | head -200 | node dist/adapters/cli/ask.js --jsonl | head -1'], { cwd: PROJECT_ROOT, env: env() });
    expect(JSON.parse(stdout)).toMatchObject({ answered: true });
    expect(stderr).not.toMatch(/EPIPE|at .*\.js/);
  });

  it('runs the golden questions with `npm run eval` and no file, and gets a usage line for a bad argument', async () => {
    const { stdout } = await run('node', ['dist/adapters/cli/eval.js'], { cwd: PROJECT_ROOT, env: env() });
    expect(stdout).toMatch(/^(\d+) passed, 0 failed$/m);
    const failure = await run('node', ['dist/adapters/cli/eval.js', '--bogus'], { cwd: PROJECT_ROOT, env: env() }).catch((error: { stderr: string; code: number }) => error);
    expect((failure as { code: number }).code).toBe(1);
    expect((failure as { stderr: string }).stderr).toMatch(/^icat-bot: .*Usage: npm run -s eval/m);
  });

  it('sees a fatal start-up error as a JSON log line plus one human line naming what to fix', async () => {
    const failure = await run('node', ['dist/adapters/main.js'], { cwd: PROJECT_ROOT, env: cleanEnv({ REDIS_URL: 'redis://127.0.0.1:1', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'x' }) })
      .catch((error: { stderr: string; code: number }) => error) as { stderr: string; code: number };
    expect(failure.code).toBe(1);
    const lines = failure.stderr.trim().split('\n');
    const fatal = lines.map((line) => { try { return JSON.parse(line) as Record<string, unknown>; } catch { return undefined; } }).find((line) => line?.msg === 'start-up failed');
    expect(fatal).toMatchObject({ level: 'error', error: { code: 'STATE_UNREACHABLE' } });
    expect(lines.at(-1)).toMatch(/^icat-bot: Redis at REDIS_URL \(redis:\/\/127\.0\.0\.1:1\/?\) cannot be reached/);
  });
});
