// Runs before the npm scripts so that a fresh clone works with the README's two commands: on a
// developer's first run (or after a `git pull` changed the lock file), it installs exactly what
// package-lock.json pins. It does nothing, quickly, when node_modules is up to date, and never
// runs with NODE_ENV=production, where installing is the deployment's job (npm ci --omit=dev)
// and reaching for the registry at start-up would be a surprise.
// With --build, it then builds dist/ when it is missing or stale (see ensure-build.mjs).
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const marker = join(root, 'node_modules/.package-lock.json');
const lock = join(root, 'package-lock.json');

if (process.env.NODE_ENV !== 'production') {
  const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync(lock).mtimeMs;
  if (stale) {
    console.error('icat-bot: installing dependencies… (npm ci, from package-lock.json; a developer\'s first run only)');
    execSync('npm ci --no-audit --no-fund --loglevel=error', { stdio: ['ignore', 2, 2], cwd: root });
  }
}
if (process.argv.includes('--build')) {
  const { ensureBuild } = await import('./ensure-build.mjs');
  await ensureBuild();
}
