import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/bot.js';

describe('a stray failure does not take the bot down', () => {
  it('logs an unhandled rejection and an uncaught exception, without secrets, and keeps running', () => {
    const run = spawnSync(join(PROJECT_ROOT, 'node_modules/.bin/tsx'), [join(import.meta.dirname, 'fixtures/stray-failures.ts')], { encoding: 'utf8', timeout: 30_000 });
    expect(run.stdout).toContain('still serving');
    expect(run.status).toBe(0);
    const lines = run.stderr.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { level: string; msg: string });
    expect(lines.map((line) => [line.level, line.msg])).toEqual([
      ['error', 'unhandled promise rejection: still serving'],
      ['error', 'uncaught exception: still serving'],
    ]);
    expect(run.stderr).not.toContain('xoxb-stray-secret-token');
  });
});
