import { readFile, stat } from 'node:fs/promises';
import { IcatError, KnowledgeParseError } from '../errors.js';
import { createLogger, type Logger } from '../log.js';
import type { KnowledgeDocument } from './document.js';
import { displayPath, KNOWLEDGE_FILE, listFiles } from './files.js';
import { parseDocument } from './parse-document.js';
import { KNOWN_FIELDS } from './front-matter.js';

/** Options for {@link loadKnowledgeFolder}. */
export interface LoadKnowledgeOptions {
  /** The folder to read, searched recursively for `.md`, `.markdown` and `.txt` files. Required. */
  dir: string;
  /** Paths in sources and errors are shown relative to this folder when inside it. Default `process.cwd()`. */
  displayRoot?: string;
  /**
   * Where warnings go: files refused (not UTF-8 text, or a symbolic link leading outside the
   * folder) and over-long lines or paragraphs cut. Default: warnings on standard error.
   */
  logger?: Logger;
}

/**
 * Reads every knowledge file in a folder (sorted, so answers do not depend on disk order).
 * Loud by design: a missing or empty folder, or any file that fails to parse, rejects with an
 * {@link IcatError} that names the folder or file and line; nothing is skipped silently. A file
 * that is not text (invalid UTF-8, or holding NUL bytes) or a link leading outside the folder is
 * refused with a warning naming it, and the rest loads.
 */
export async function loadKnowledgeFolder(options: LoadKnowledgeOptions): Promise<KnowledgeDocument[]> {
  const { dir, displayRoot = process.cwd(), logger = createLogger({ level: 'warn' }) } = options;
  const show = (path: string) => displayPath(displayRoot, path);
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new IcatError('KNOWLEDGE_MISSING', `knowledge folder ${show(dir)} does not exist: create it with .md or .txt files, or set KNOWLEDGE_DIR to another folder.`);
  }
  const onRefused = (path: string, reason: string) => logger.warn(`knowledge file refused: ${reason}`, { file: show(path) });
  const files = (await listFiles(dir, { onRefused })).filter((file) => KNOWLEDGE_FILE.test(file)).sort();
  if (files.length === 0) {
    throw new IcatError('KNOWLEDGE_EMPTY', `knowledge folder ${show(dir)} has no .md or .txt files: add at least one document.`);
  }
  const documents: KnowledgeDocument[] = [];
  const problems: KnowledgeParseError[] = [];
  for (const file of files) {
    try {
      const text = decodeText(await readFile(file));
      if (text === undefined) {
        onRefused(file, 'it is not UTF-8 text (save it as UTF-8, or remove it)');
        continue;
      }
      const onCut = (line: number, what: string) => logger.warn(`knowledge file trimmed: ${what}`, { file: show(file), line });
      const onIgnoredField = (line: number, field: string) => logger.warn(
        `knowledge file front matter: "${field}" is not a field icat-bot reads, so it is ignored (fields read: ${[...KNOWN_FIELDS].join(', ')}); fix its spelling if it was meant to be one of them`,
        { file: show(file), line },
      );
      documents.push(parseDocument(show(file), text, { onCut, onIgnoredField }));
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

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text, or undefined when it is not text: invalid UTF-8, or NUL bytes (a binary file). */
function decodeText(bytes: Buffer): string | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    return UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}
