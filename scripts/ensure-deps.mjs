// Runs before `npm start` / `npm test` so that a fresh clone works with the README's two commands:
// when the dependencies are missing (or older than the lock file), install exactly what
// package-lock.json pins. It does nothing, quickly, when node_modules is up to date.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const marker = 'node_modules/.package-lock.json';
const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs;
if (stale) {
  console.error('icat-bot: installing dependencies from package-lock.json (first run)…');
  execSync('npm ci --no-audit --no-fund --loglevel=error', { stdio: 'inherit' });
}
