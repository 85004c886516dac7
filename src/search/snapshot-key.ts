import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { displayPath, KNOWLEDGE_FILE, listFiles } from '../knowledge/files.js';
import { FREQUENT_TERM_DEFAULTS } from './frequent-terms.js';
import { FIELD_BOOSTS, SEARCHED_FIELDS } from './fields.js';

/** Bumped whenever the snapshot's layout changes, so an old snapshot is never read as a new one. */
export const SNAPSHOT_FORMAT = 3;

/** What the index is built with, beyond the knowledge itself: part of the snapshot key. */
const INDEX_SETTINGS = {
  fields: SEARCHED_FIELDS, boosts: FIELD_BOOSTS, tokenize: 'split on spaces', processTerm: 'identity',
  frequentTerms: FREQUENT_TERM_DEFAULTS,
};

/** The folders whose code decides what an index holds (parsing, passages, analysis, word lists). */
const ANALYSIS_CODE = ['knowledge', 'search', 'text', 'lexicon'];


/** The identity of a knowledge folder as indexed, and its size. */
export interface KnowledgeKey {
  /** Hex hash of the files (paths as shown, and content), the index settings and the analysis code. */
  key: string;
  /** A short hash of the knowledge files alone (paths and content): the knowledge version people see. */
  version: string;
  /** Total size of the knowledge files, in bytes. */
  bytes: number;
  /** Number of knowledge files. */
  files: number;
}

/**
 * Computes the key a snapshot of this folder's index is stored under. It changes when any
 * knowledge file is added, removed, renamed or edited, when the index settings change, and when
 * the code that parses and analyses the knowledge changes, so a stale snapshot is never used.
 * Reads every file (cheap next to parsing it). Returns undefined when the folder cannot be read:
 * the caller then loads the folder normally, which reports the problem properly.
 */
export async function knowledgeKey(dir: string, displayRoot: string = process.cwd()): Promise<KnowledgeKey | undefined> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) return undefined;
  const files = (await listFiles(dir)).filter((file) => KNOWLEDGE_FILE.test(file)).sort();
  const hash = createHash('sha256');
  hash.update(`icat-bot index snapshot ${SNAPSHOT_FORMAT}\n${JSON.stringify(INDEX_SETTINGS)}\n${await analysisCodeHash()}\n`);
  const contentHash = createHash('sha256');
  let bytes = 0;
  for (const file of files) {
    const content = await readFile(file);
    bytes += content.length;
    const line = `${displayPath(displayRoot, file)}\0${createHash('sha256').update(content).digest('hex')}\n`;
    hash.update(line);
    contentHash.update(line);
  }
  return { key: hash.digest('hex').slice(0, 32), version: contentHash.digest('hex').slice(0, 12), bytes, files: files.length };
}

let codeHash: Promise<string> | undefined;

/** A hash of the source files that shape the index, read once per process. */
function analysisCodeHash(): Promise<string> {
  codeHash ??= (async () => {
    const root = dirname(dirname(fileURLToPath(import.meta.url)));
    const hash = createHash('sha256');
    for (const folder of ANALYSIS_CODE) {
      const files = (await listFiles(join(root, folder)).catch(() => [])).filter((file) => /\.[cm]?[jt]s$/.test(file)).sort();
      for (const file of files) hash.update(`${relative(root, file)}\0`).update(await readFile(file));
    }
    return hash.digest('hex');
  })();
  return codeHash;
}
