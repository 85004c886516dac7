import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runChild } from './child.js';
import { generateCorpus, writeCorpus } from './corpus/generate.js';
import type { Latency } from './stats.js';

/** Part 2 at one corpus size. */
export interface ScaleResult {
  /** Passages as requested of the generator, and as indexed. */
  requested: number;
  passages: number;
  knowledgeMb: number;
  /** Parsing and indexing the files (what a start without a snapshot costs). */
  buildMs: number;
  /** Writing the snapshot (`npm run index`). */
  snapshotWriteMs: number;
  snapshotMb: number;
  /** A fresh process starting as the bot does; `from` says whether the snapshot was used. */
  startMs: number;
  from: 'snapshot' | 'built';
  /** Heap in use after start-up, after a full GC. */
  heapMb: number;
  answer: Latency;
  rawSearch: Latency;
  questions: number;
  answered: number;
  /** Questions answered from the document they were drawn from, of those drawn from one. */
  fromTheirFile: number;
  withFile: number;
}

/**
 * Generates a corpus, writes it as a knowledge folder in a temporary directory, and measures it
 * in fresh processes: build and snapshot write, then start-up, heap and answer latency as the
 * bot has them.
 */
export async function benchScale(passages: number, questions: number, rounds: number): Promise<ScaleResult> {
  const root = await mkdtemp(join(tmpdir(), `icat-bench-${passages}-`));
  try {
    const corpus = generateCorpus({ passages, questions });
    await writeCorpus(corpus, join(root, 'knowledge'));
    await writeFile(join(root, 'questions.json'), JSON.stringify(corpus.questions));
    const built = await runChild<{ passages: number; knowledgeBytes: number; buildMs: number; writeMs: number; snapshotBytes: number }>('./scale-child.ts', ['build', root]);
    const served = await runChild<Omit<ScaleResult, 'requested' | 'passages' | 'knowledgeMb' | 'buildMs' | 'snapshotWriteMs' | 'snapshotMb'>>(
      './scale-child.ts', ['serve', root, String(rounds)],
    );
    return {
      requested: passages, passages: built.passages, knowledgeMb: built.knowledgeBytes / 1e6, buildMs: built.buildMs,
      snapshotWriteMs: built.writeMs, snapshotMb: built.snapshotBytes / 1e6, ...served,
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
