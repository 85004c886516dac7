import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/bot.js';
import { cleanEnv, startChild, type Child } from './child.js';

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
