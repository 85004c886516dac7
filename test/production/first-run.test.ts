import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/bot.js';
import { cleanEnv } from './child.js';

const run = promisify(execFile);

/** A project folder with the scripts and lock file but no dependencies installed, as a fresh clone. */
function freshCheckout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'icat-first-run-'));
  for (const file of ['package.json', 'package-lock.json']) cpSync(join(PROJECT_ROOT, file), join(dir, file));
  cpSync(join(PROJECT_ROOT, 'scripts'), join(dir, 'scripts'), { recursive: true });
  return dir;
}

// The first-run conveniences (install dependencies, build) are for a developer's checkout; a
// production start must never reach for the registry or try to compile.
describe('the first-run install and build before npm start', () => {
  let dir: string | undefined;
  afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  it('never installs or builds with NODE_ENV=production, and says how to build instead', async () => {
    dir = freshCheckout();
    const failure = await run(process.execPath, ['scripts/ensure-deps.mjs', '--build'], { cwd: dir, env: cleanEnv({ NODE_ENV: 'production' }) })
      .catch((error: { code: number; stderr: string }) => error) as { code: number; stderr: string };
    expect(failure.code).toBe(1);
    expect(failure.stderr).not.toMatch(/installing dependencies/);
    expect(failure.stderr).toMatch(/dist\/ is missing.*npm ci && npm run build/);
  });

  it('does nothing, quickly, when dependencies and the build are up to date', async () => {
    dir = freshCheckout();
    mkdirSync(join(dir, 'node_modules'));
    writeFileSync(join(dir, 'node_modules/.package-lock.json'), '{}');
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist/.built'), 'now');
    const future = new Date(Date.now() + 60_000);
    utimesSync(join(dir, 'node_modules/.package-lock.json'), future, future);
    utimesSync(join(dir, 'dist/.built'), future, future);
    const { stderr } = await run(process.execPath, ['scripts/ensure-deps.mjs', '--build'], { cwd: dir, env: cleanEnv({}) });
    expect(stderr).toBe('');
  });
});
