// `npm run build`: compiles the application (src/ and adapters/, not the tests) to dist/ with tsc,
// from a clean dist/ so a deleted source never lingers as stale JavaScript, then stamps the build
// so `npm start` can tell whether dist/ is older than the sources (see ensure-build.mjs).
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Compiles to dist/ and writes dist/.built; throws when tsc reports errors. */
export function build() {
  const tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit', cwd: root });
  writeFileSync(join(root, 'dist', '.built'), `${new Date().toISOString()}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) build();
