import { readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';

/**
 * The files the knowledge folder is read from: Markdown and plain text, except README files, which
 * are for the people who maintain the folder (knowledge/README.md), not for answering.
 */
export const KNOWLEDGE_FILE = /(?<!(?:^|[\\/])readme)\.(md|markdown|txt)$/i;

/** Options for {@link listFiles}. */
export interface ListFilesOptions {
  /**
   * Told of each symbolic link that is not followed (it points outside the folder, or nowhere),
   * with its path and why, so the loader can warn. Default: nobody.
   */
  onRefused?: (path: string, reason: string) => void;
}

/**
 * Every file below a folder, recursively, skipping names that start with a dot (editor and
 * version-control files). Symbolic links are followed when they resolve inside the folder, so a
 * Kubernetes ConfigMap mounted as the folder (every file a link into `..data/`) is read; a link
 * that leads outside the folder is refused, so the folder cannot be made to serve `/etc/passwd`.
 * Unsorted: callers sort what they keep.
 */
export async function listFiles(dir: string, options: ListFilesOptions = {}): Promise<string[]> {
  const root = await realpath(dir);
  const seen = new Set<string>([root]);
  const walk = async (folder: string): Promise<string[]> => {
    const entries = await readdir(folder, { withFileTypes: true });
    const nested = await Promise.all(entries.map(async (entry): Promise<string[]> => {
      const path = join(folder, entry.name);
      if (entry.name.startsWith('.')) return [];
      if (entry.isDirectory()) return walk(path);
      if (entry.isFile()) return [path];
      if (!entry.isSymbolicLink()) return [];
      const target = await realpath(path).catch(() => undefined);
      if (!target) { options.onRefused?.(path, 'it is a symbolic link that points nowhere'); return []; }
      if (!isInside(root, target)) { options.onRefused?.(path, 'it is a symbolic link to a place outside the knowledge folder'); return []; }
      const info = await stat(target).catch(() => undefined);
      if (info?.isFile()) return [path];
      if (info?.isDirectory() && !seen.has(target)) { seen.add(target); return walk(path); }
      return [];
    }));
    return nested.flat();
  };
  return walk(dir);
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  // '..2026_11_28' (a ConfigMap's data folder) is inside; only a '..' segment leads out.
  return rel !== '' && rel.split(sep)[0] !== '..' && !isAbsolute(rel);
}

/** A path as people see it in sources and errors: relative to `root` (with "/") when inside it, else as given. */
export function displayPath(root: string, path: string): string {
  const rel = relative(root, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : path;
}
