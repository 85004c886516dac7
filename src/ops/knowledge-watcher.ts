import { EventEmitter } from 'node:events';
import { watch, type FSWatcher } from 'node:fs';
import { IcatError, KnowledgeParseError } from '../errors.js';
import { KNOWLEDGE_FILE } from '../knowledge/files.js';
import type { KnowledgeStatus } from '../knowledge-base.js';
import { silentLogger, type Logger } from '../log.js';

/** What the watcher reloads: in production a `KnowledgeBase`, which builds aside and swaps. */
export interface Reloadable {
  reload(): Promise<KnowledgeStatus>;
  readonly status: KnowledgeStatus;
}

/** Options for {@link watchKnowledge}. */
export interface KnowledgeWatcherOptions {
  /** The knowledge to reload. Required. */
  knowledge: Reloadable;
  /** The folder to watch, with its subfolders. Required. */
  dir: string;
  /** Where reloads and failures are reported. Default: nowhere. */
  logger?: Logger;
  /** Quiet time after the last change before reloading, so one save (or a `git pull`) reloads once. Default 300 ms. */
  debounceMs?: number;
}

/** Events a {@link KnowledgeWatcher} emits, so tests and operators can follow reloads without polling. */
export interface KnowledgeWatcherEvents {
  /** A reload is starting; until `reloaded` or `reload-failed`, questions get the previous index. */
  reloading: [];
  /** The new index is serving. `changed` is false when the content hash did not move. */
  reloaded: [status: KnowledgeStatus, changed: boolean];
  /** The folder could not be indexed; the previous index keeps serving. */
  'reload-failed': [error: Error];
}

/** Where one broken knowledge file is, as logged when a reload fails. */
export interface ProblemLocation {
  file: string;
  line: number;
}


/**
 * Watches the knowledge folder and re-indexes it in the background after each change, so the bot
 * keeps answering while documents are edited: the new index is built aside and swapped in whole,
 * and a file that fails to parse leaves the last good index serving (the log names the file and
 * line). Reloads never overlap; changes made during one trigger one more.
 */
export class KnowledgeWatcher extends EventEmitter<KnowledgeWatcherEvents> {
  private watcher: FSWatcher | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private closed = false;
  private readonly logger: Logger;
  private readonly debounceMs: number;

  /** Use {@link watchKnowledge}. */
  constructor(private readonly options: KnowledgeWatcherOptions) {
    super();
    this.logger = options.logger ?? silentLogger;
    this.debounceMs = options.debounceMs ?? 300;
  }

  /** Starts watching. Fails (IcatError KNOWLEDGE_MISSING) when the folder cannot be watched. */
  start(): this {
    try {
      this.watcher = watch(this.options.dir, { recursive: true, persistent: false }, (_event, filename) => this.changed(filename));
    } catch (error) {
      throw new IcatError('KNOWLEDGE_MISSING', `cannot watch the knowledge folder ${this.options.dir} for changes (${(error as Error).message}): check KNOWLEDGE_DIR, or set KNOWLEDGE_WATCH=off.`, { cause: error });
    }
    this.watcher.on('error', (error) => {
      this.logger.error('knowledge folder no longer watched: edits will not be picked up until restart', { dir: this.options.dir, error });
    });
    return this;
  }

  /** Reloads after the debounce delay, as if a file had changed (e.g. on an operator's request). */
  schedule(): void {
    if (this.closed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => { this.timer = undefined; this.run(); }, this.debounceMs);
    this.timer.unref?.();
  }

  /** Stops watching and waits for a reload in progress to finish. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.watcher?.close();
    while (this.running) await this.running;
  }

  private changed(filename: string | Buffer | null): void {
    if (filename !== null && !isRelevant(String(filename))) return;
    this.schedule();
  }

  private run(): void {
    if (this.closed) return;
    if (this.running) { this.again = true; return; }
    this.running = this.reload().finally(() => {
      this.running = undefined;
      if (this.again) { this.again = false; this.run(); }
    });
  }

  private async reload(): Promise<void> {
    const before = this.options.knowledge.status.version;
    this.emit('reloading');
    try {
      const status = await this.options.knowledge.reload();
      const changed = status.version !== before;
      this.logger.info('knowledge reloaded', { documents: status.documents, passages: status.passages, version: status.version, changed });
      this.emit('reloaded', status, changed);
    } catch (error) {
      const problem = error instanceof Error ? error : new Error(String(error));
      this.logger.error('knowledge reload failed: the previous knowledge is still being served; fix the file and save it again', {
        problems: problemLocations(problem), error: problem, version: this.options.knowledge.status.version,
      });
      this.emit('reload-failed', problem);
    }
  }
}

/**
 * Starts a {@link KnowledgeWatcher} on `options.dir`.
 *
 * @example
 * const watcher = watchKnowledge({ knowledge, dir: config.knowledgeDir, logger });
 * watcher.on('reloaded', (status) => console.log(status.version));
 */
export function watchKnowledge(options: KnowledgeWatcherOptions): KnowledgeWatcher {
  return new KnowledgeWatcher(options).start();
}

/** The files and lines a reload failure points at (one per broken file). */
export function problemLocations(error: Error): ProblemLocation[] {
  if (error instanceof KnowledgeParseError) return [{ file: error.file, line: error.line }];
  const causes = (error as { cause?: unknown }).cause;
  if (Array.isArray(causes)) {
    return causes.filter((cause): cause is KnowledgeParseError => cause instanceof KnowledgeParseError).map((cause) => ({ file: cause.file, line: cause.line }));
  }
  return [];
}

/** Editor swap files, backups and hidden files are not knowledge; folders (no extension) may hold some. */
function isRelevant(path: string): boolean {
  const parts = path.split(/[\\/]/);
  if (parts.some((part) => part.startsWith('.'))) return false;
  const name = parts[parts.length - 1] ?? '';
  if (name.endsWith('~')) return false;
  return KNOWLEDGE_FILE.test(name) || !/\.[^.]+$/.test(name);
}
