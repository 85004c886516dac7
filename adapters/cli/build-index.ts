import 'dotenv/config';
import { join, relative } from 'node:path';
import { readCoreConfig } from '../../src/config.js';
import { loadKnowledgeFolder } from '../../src/knowledge/load-folder.js';
import { SNAPSHOT_DEFAULTS, snapshotFiles, writeIndexSnapshot } from '../../src/search/index-snapshot.js';
import { KnowledgeIndex } from '../../src/search/knowledge-index.js';
import { knowledgeKey } from '../../src/search/snapshot-key.js';
import { PROJECT_ROOT, reportFatal } from '../project.js';
import { exitQuietlyOnClosedPipe } from './quiet-epipe.js';

/**
 * `npm run index`: indexes the knowledge folder (KNOWLEDGE_DIR) and saves the index as a snapshot
 * in .cache/knowledge-index, so the next start of a large knowledge base restores it instead of
 * analysing every file again. Safe to run any time: a snapshot is only used while its key
 * (files, index settings, analysis code) matches.
 */
async function main(): Promise<void> {
  const config = readCoreConfig(process.env, PROJECT_ROOT);
  const started = performance.now();
  const identity = await knowledgeKey(config.knowledgeDir, PROJECT_ROOT);
  const documents = await loadKnowledgeFolder({ dir: config.knowledgeDir, displayRoot: PROJECT_ROOT });
  if (!identity) throw new Error(`cannot read the knowledge folder ${config.knowledgeDir}`);
  const index = KnowledgeIndex.build(documents);
  const built = performance.now();
  const cacheDir = join(PROJECT_ROOT, '.cache', 'knowledge-index');
  const { bytes } = await writeIndexSnapshot(index, cacheDir, identity.key);
  const files = snapshotFiles(cacheDir, identity.key);
  const used = identity.bytes >= SNAPSHOT_DEFAULTS.minBytes;
  process.stdout.write([
    `Indexed ${documents.length} files, ${index.passages.length} passages in ${((built - started) / 1000).toFixed(1)} s.`,
    `Snapshot ${identity.key} (${(bytes / 1e6).toFixed(1)} MB): ${relative(PROJECT_ROOT, files.search)}, ${relative(PROJECT_ROOT, files.tables)}`,
    used
      ? 'Start-up will restore it while the knowledge files stay as they are.'
      : `The knowledge is small (${identity.bytes} bytes, under ${SNAPSHOT_DEFAULTS.minBytes}): start-up builds it directly and ignores the snapshot.`,
  ].join('\n') + '\n');
}

exitQuietlyOnClosedPipe();
main().catch(reportFatal);
