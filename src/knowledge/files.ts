import { readdir } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';

/**
 * The files the knowledge folder is read from: Markdown and plain text, except README files, which
 * are for the people who maintain the folder (knowledge/README.md), not for answering.
 */
export const KNOWLEDGE_FILE = /(?<!(?:^|[\\/])readme)\.(md|markdown|txt)$/i;

/**
 * Every file below a folder, recursively, skipping names that start with a dot (editor and
 * version-control files). Unsorted: callers sort what they keep.
 */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map(async (entry) => {
    const path = join(dir, entry.name);
    if (entry.name.startsWith('.')) return [];
    if (entry.isDirectory()) return listFiles(path);
    return entry.isFile() ? [path] : [];
  }));
  return nested.flat();
}

/** A path as people see it in sources and errors: relative to `root` (with "/") when inside it, else as given. */
export function displayPath(root: string, path: string): string {
  const rel = relative(root, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : path;
}
