// Builds dist/ before a script that runs the compiled code, when dist/ is missing or older than the
// sources, so `npm start` works on a fresh clone and after a `git pull` with nothing else done.
// It costs a few milliseconds when dist/ is up to date. With NODE_ENV=production it never builds
// (TypeScript is a dev dependency): a missing dist/ is then an error that says how to build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = ['src', 'adapters', 'tsconfig.json', 'tsconfig.build.json', 'package.json'];

/** The newest modification time under `path` (a file or a folder), in ms. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

/** True when dist/ is missing or older than any source. */
export function buildIsStale() {
  const stamp = join(root, 'dist', '.built');
  if (!existsSync(stamp)) return true;
  const builtAt = statSync(stamp).mtimeMs;
  return SOURCES.some((source) => newest(join(root, source)) > builtAt);
}

/** Builds when stale (see the top of this file); exits non-zero with what to do when it cannot. */
export async function ensureBuild() {
  const built = existsSync(join(root, 'dist', '.built'));
  if (process.env.NODE_ENV === 'production') {
    if (built) return;
    console.error('icat-bot: dist/ is missing. Build it where dev dependencies are installed (npm ci && npm run build), then copy dist/ here.');
    process.exit(1);
  }
  if (!buildIsStale()) return;
  if (!existsSync(join(root, 'node_modules', 'typescript'))) {
    if (built) {
      console.error('icat-bot: dist/ is older than the sources but TypeScript is not installed (npm ci --omit=dev?): running the existing build.');
      return;
    }
    console.error('icat-bot: dist/ is missing and TypeScript is not installed: run npm ci && npm run build.');
    process.exit(1);
  }
  console.error(`icat-bot: building dist/ (${built ? 'the sources changed' : 'first run'})…`);
  const { build } = await import('./build.mjs');
  try {
    build();
  } catch {
    console.error('icat-bot: the build failed (tsc errors above): fix them, or run npm run dev to work without building.');
    process.exit(1);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await ensureBuild();
