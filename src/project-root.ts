import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding the project's `package.json` (and, by default, `knowledge/` and `.cache/`),
 * found by walking up from `from`. The same code runs from `src/` under tsx and from `dist/src/`
 * under node, so a fixed number of `..` would find the wrong folder in one of them; walking up to
 * the first `package.json` finds the same root from both.
 *
 * @param from - a file URL or path to start from. Default this module's own location.
 * @throws Error when no `package.json` is found above `from` (the build output was moved away
 *   from its project: keep `dist/` next to `package.json`).
 */
export function findProjectRoot(from: string = import.meta.url): string {
  const start = from.startsWith('file:') ? fileURLToPath(from) : from;
  let dir = dirname(start);
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${start}: keep dist/ inside the project folder, next to package.json.`);
    dir = parent;
  }
}

/** The project's root folder, resolved once: the same from `src/` (tsx) and from `dist/` (node). */
export const PROJECT_ROOT = findProjectRoot();
