import { createAnswerer, type Answerer, type AnswererOptions } from './answerer.js';
import { loadIndexedKnowledgeOffThread } from './index-worker/load-off-thread.js';
import type { Logger } from './log.js';
import { loadIndexedKnowledge } from './search/index-snapshot.js';

/** Facts about the knowledge being served, for `about` and health checks. */
export interface KnowledgeStatus {
  /** Number of knowledge files (glossaries included). */
  documents: number;
  /** Number of passages answers are drawn from. */
  passages: number;
  /** When the current index was built. */
  indexedAt: Date;
  /** A short hash of the knowledge files' content: changes whenever the knowledge does. */
  version: string;
}

/** Options for {@link KnowledgeBase.load}. */
export interface KnowledgeBaseOptions {
  /** The knowledge folder. Required. */
  dir: string;
  /** Paths in sources are shown relative to this folder. Default `process.cwd()`. */
  displayRoot?: string;
  /** Answering options, see {@link AnswererOptions}. */
  answerer?: Partial<AnswererOptions>;
  /** Where loading warnings go (files refused, long lines cut). Default: warnings on standard error. */
  logger?: Logger;
  /** The clock, for tests. Default `() => new Date()`. */
  now?: () => Date;
  /**
   * Whether {@link KnowledgeBase.reload} indexes the folder in a worker thread, so the bot keeps
   * answering (and `/healthz` keeps responding) while megabytes of new knowledge are indexed.
   * False indexes on the main thread, which then serves nothing until the index is built
   * (seconds for a few megabytes). The first load always runs on the main thread: nothing is
   * answered before it. Default true.
   */
  reloadInWorker?: boolean;
}

/**
 * The knowledge folder, loaded and indexed, with the answerer over it. `answerer` always points at
 * one complete index: {@link KnowledgeBase.reload} builds a new one aside and swaps it in only when
 * it is whole, so a broken file never takes the last good knowledge away.
 */
export class KnowledgeBase {
  /** The answerer and the facts about it, swapped together so they always describe the same index. */
  private current: { answerer: Answerer; status: KnowledgeStatus };
  /** The reload in progress, so reloads run one at a time and the last one started wins. */
  private reloading: Promise<unknown> = Promise.resolve();

  private constructor(private readonly options: KnowledgeBaseOptions, answerer: Answerer, status: KnowledgeStatus) {
    this.current = { answerer, status };
  }

  /** Loads and indexes the folder; rejects with an IcatError naming the problem (missing folder, broken file). */
  static async load(options: KnowledgeBaseOptions): Promise<KnowledgeBase> {
    const { answerer, status } = await KnowledgeBase.build(options, 'main thread');
    return new KnowledgeBase(options, answerer, status);
  }

  /** The answerer over the current index. Read it once per question for a consistent answer. */
  get answerer(): Answerer {
    return this.current.answerer;
  }

  /** Facts about the knowledge currently served. */
  get status(): KnowledgeStatus {
    return this.current.status;
  }

  /**
   * Re-reads the folder and swaps the new index in. On failure the previous index keeps serving
   * and the error (naming the file and line) is thrown to the caller to log. Reloads run one
   * after another, so an older, slower build can never replace a newer one. The folder is indexed
   * in a worker thread (see {@link KnowledgeBaseOptions.reloadInWorker}), so questions asked
   * meanwhile are answered from the previous index without waiting.
   */
  reload(): Promise<KnowledgeStatus> {
    const next = this.reloading.then(async () => {
      const built = await KnowledgeBase.build(this.options, this.options.reloadInWorker === false ? 'main thread' : 'worker');
      this.current = built;
      return built.status;
    });
    this.reloading = next.catch(() => {});
    return next;
  }

  private static async build(options: KnowledgeBaseOptions, where: 'main thread' | 'worker'): Promise<{ answerer: Answerer; status: KnowledgeStatus }> {
    // Large knowledge starts from a snapshot of its index when one matches the files (src/search/index-snapshot.ts).
    const loadOptions = {
      dir: options.dir, ...(options.displayRoot ? { displayRoot: options.displayRoot } : {}), ...(options.logger ? { logger: options.logger } : {}),
    };
    const { documents, index, version } = where === 'worker' ? await loadIndexedKnowledgeOffThread(loadOptions) : await loadIndexedKnowledge(loadOptions);
    const status: KnowledgeStatus = {
      documents: documents.length,
      passages: index.passages.length,
      indexedAt: (options.now ?? (() => new Date()))(),
      version,
    };
    return { answerer: createAnswerer(index, options.answerer), status };
  }
}
