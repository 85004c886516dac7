import { readFile, stat } from 'node:fs/promises';
import { IcatError, KnowledgeParseError } from '../errors.js';
import type { KnowledgeDocument } from './document.js';
import { displayPath, KNOWLEDGE_FILE, listFiles } from './files.js';
import { parseDocument } from './parse-document.js';

/** Options for {@link loadKnowledgeFolder}. */
export interface LoadKnowledgeOptions {
  /** The folder to read, searched recursively for `.md`, `.markdown` and `.txt` files. Required. */
  dir: string;
  /** Paths in sources and errors are shown relative to this folder when inside it. Default `process.cwd()`. */
  displayRoot?: string;
}

/**
 * Reads every knowledge file in a folder (sorted, so answers do not depend on disk order).
 * Loud by design: a missing or empty folder, or any file that fails to parse, rejects with an
 * {@link IcatError} that names the folder or file and line; nothing is skipped silently.
 */
export async function loadKnowledgeFolder(options: LoadKnowledgeOptions): Promise<KnowledgeDocument[]> {
  const { dir, displayRoot = process.cwd() } = options;
  const show = (path: string) => displayPath(displayRoot, path);
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new IcatError('KNOWLEDGE_MISSING', `knowledge folder ${show(dir)} does not exist: create it with .md or .txt files, or set KNOWLEDGE_DIR to another folder.`);
  }
  const files = (await listFiles(dir)).filter((file) => KNOWLEDGE_FILE.test(file)).sort();
  if (files.length === 0) {
    throw new IcatError('KNOWLEDGE_EMPTY', `knowledge folder ${show(dir)} has no .md or .txt files: add at least one document.`);
  }
  const documents: KnowledgeDocument[] = [];
  const problems: KnowledgeParseError[] = [];
  for (const file of files) {
    try {
      documents.push(parseDocument(show(file), await readFile(file, 'utf8')));
    } catch (error) {
      if (error instanceof KnowledgeParseError) problems.push(error);
      else throw new KnowledgeParseError(show(file), 1, `cannot read the file: ${(error as Error).message}`, { cause: error });
    }
  }
  if (problems.length === 1) throw problems[0];
  if (problems.length > 1) {
    throw new IcatError('KNOWLEDGE_PARSE', `${problems.length} knowledge files have problems:\n${problems.map((p) => `  ${p.message}`).join('\n')}`, { cause: problems });
  }
  if (!documents.some((doc) => doc.kind === 'article')) {
    throw new IcatError('KNOWLEDGE_EMPTY', `knowledge folder ${show(dir)} has only glossaries: add at least one document to answer from.`);
  }
  return documents;
}
