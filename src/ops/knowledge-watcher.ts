import { EventEmitter } from 'node:events';
import { statSync } from 'node:fs';
import { IcatError, KnowledgeParseError } from '../errors.js';
import { KNOWLEDGE_FILE } from '../knowledge/files.js';
import type { KnowledgeStatus } from '../knowledge-base.js';
import { silentLogger, type Logger } from '../log.js';
import { knowledgeKey } from '../search/snapshot-key.js';
import { FolderWatch, type FolderWatchState } from './folder-watch.js';

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
  /**
   * How often the files' content hash is compared with the one being served, as a backstop for
   * changes the file system did not report (network mounts, a ConfigMap update), and to re-arm a
   * watch that broke. 0 turns it off. Default 10 000 ms (`KNOWLEDGE_CHECK_SECONDS`).
   */
  checkIntervalMs?: number;
}

/** What the watcher reports to `/healthz`. */
export interface WatcherHealth {
  /** `watching`, `waiting for the folder` (deleted or unreadable: checked again periodically), or `closed`. */
  state: FolderWatchState;
  /** When the knowledge last loaded or reloaded successfully (ISO 8601). */
  lastReloadAt: string;
  /** The last reload failure, while it is not fixed. */
  lastError?: string;
}

/** Events a {@link KnowledgeWatcher} emits, so tests and operators can follow reloads without polling. */
export interface KnowledgeWatcherEvents {
  /** A reload is starting; until `reloaded` or `reload-failed`, questions get the previous index. */
  reloading: [];
  /** The new index is serving. `changed` is false when the content hash did not move. */
  reloaded: [status: KnowledgeStatus, changed: boolean];
  /** The folder could not be indexed; the previous index keeps serving. */
  'reload-failed': [error: Error];
  /** The watch came up, broke (folder deleted or unreadable) or came back. */
  'watch-state': [state: FolderWatchState];
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
  private readonly folder: FolderWatch;
  private timer: NodeJS.Timeout | undefined;
  private checkTimer: NodeJS.Timeout | undefined;
  private lastError: string | undefined;
  private lastReloadAt: Date;
  private started = false;
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
    this.lastReloadAt = options.knowledge.status.indexedAt;
    this.folder = new FolderWatch({
      dir: options.dir,
      onChange: (name) => this.changed(name),
      onState: (state, error) => {
        this.emit('watch-state', state);
        if (!this.started) return;
        if (state === 'watching') {
          this.logger.info('knowledge folder watched again', { dir: options.dir });
          // Whatever happened while the watch was down is picked up now.
          this.schedule();
        } else if (state === 'waiting for the folder') {
          this.logger.warn('knowledge folder not watched: it is missing or unreadable; the last knowledge keeps serving and the folder is checked again periodically', { dir: options.dir, error });
        }
      },
    });
  }

  /** Starts watching. Fails (IcatError KNOWLEDGE_MISSING) when the folder cannot be watched at start. */
  start(): this {
    const info = statSync(this.options.dir, { throwIfNoEntry: false });
    if (!info?.isDirectory()) {
      throw new IcatError('KNOWLEDGE_MISSING', `cannot watch the knowledge folder ${this.options.dir} for changes (it is not a folder): check KNOWLEDGE_DIR, or set KNOWLEDGE_WATCH=off.`);
    }
    this.folder.arm();
    this.started = true;
    const interval = this.options.checkIntervalMs ?? 10_000;
    if (interval > 0) {
      this.checkTimer = setInterval(() => void this.check(), interval);
      this.checkTimer.unref?.();
    }
    return this;
  }

  /** What `/healthz` shows about hot reload. */
  health(): WatcherHealth {
    return { state: this.folder.state, lastReloadAt: this.lastReloadAt.toISOString(), ...(this.lastError ? { lastError: this.lastError } : {}) };
  }

  /**
   * The backstop: re-arms a watch that is down, and reloads when the files' content hash differs
   * from the one served, whether or not the file system said anything.
   */
  async check(): Promise<void> {
    if (this.closed) return;
    if (this.folder.state !== 'watching') this.folder.arm();
    const key = await knowledgeKey(this.options.dir).catch(() => undefined);
    if (key && key.version !== this.options.knowledge.status.version && !this.running && !this.timer) {
      this.logger.info('knowledge changed without a file system event: reloading', { dir: this.options.dir });
      this.schedule();
    }
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
    clearInterval(this.checkTimer);
    this.folder.close();
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
      this.lastReloadAt = status.indexedAt;
      this.lastError = undefined;
      // The folder is back (a reload just read it): watch it again now rather than at the next check.
      if (this.folder.state === 'waiting for the folder') this.folder.arm();
      this.logger.info('knowledge reloaded', { documents: status.documents, passages: status.passages, version: status.version, changed });
      this.emit('reloaded', status, changed);
    } catch (error) {
      const problem = error instanceof Error ? error : new Error(String(error));
      this.lastError = problem.message.slice(0, 300);
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

/**
 * Editor swap files, backups and hidden files are not knowledge; folders (no extension) may hold
 * some. `..data` is: a ConfigMap update swaps that link.
 */
function isRelevant(path: string): boolean {
  if (path === '..data') return true;
  const parts = path.split(/[\\/]/);
  if (parts.some((part) => part.startsWith('.'))) return false;
  const name = parts[parts.length - 1] ?? '';
  if (name.endsWith('~')) return false;
  return KNOWLEDGE_FILE.test(name) || !/\.[^.]+$/.test(name);
}
