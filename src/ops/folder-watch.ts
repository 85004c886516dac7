import { readdirSync, watch, type FSWatcher } from 'node:fs';
import { join, relative } from 'node:path';

/** Where a {@link FolderWatch} stands. */
export type FolderWatchState = 'watching' | 'waiting for the folder' | 'closed';

/** Options for {@link FolderWatch}. */
export interface FolderWatchOptions {
  /** The folder to watch, with its subfolders. Required. */
  dir: string;
  /** Called with the changed entry's path relative to the watched folder (or null when unknown). Required. */
  onChange: (name: string | null) => void;
  /** Called when the watch breaks or re-arms, with the new state and the error if any. Default: nothing. */
  onState?: (state: FolderWatchState, error?: Error) => void;
}

/**
 * Watches a folder tree in a way that survives what editors and git do to it. It holds one plain
 * `fs.watch` per folder (not Node's recursive mode, whose Linux watches are per file and stay on
 * the old file after a rename-save, `git checkout` or `git pull`), and re-arms them all whenever
 * an entry is renamed or a watch fails: new subfolders get watched, and a folder that was deleted
 * and created again is watched anew. While the folder is missing it is `waiting for the folder`;
 * {@link FolderWatch.arm} (called by the caller's periodic check) tries again.
 */
export class FolderWatch {
  private watchers: FSWatcher[] = [];
  private current: FolderWatchState = 'waiting for the folder';

  constructor(private readonly options: FolderWatchOptions) {}

  /** The watch's state now. */
  get state(): FolderWatchState {
    return this.current;
  }

  /**
   * (Re-)arms the watches on every folder in the tree, at once: a listing of folders only, so
   * cheap, and synchronous so no event can slip between the old watches and the new.
   */
  arm(): void {
    if (this.current === 'closed') return;
    this.closeWatchers();
    let folders: string[];
    try {
      folders = foldersBelow(this.options.dir);
    } catch (error) {
      this.setState('waiting for the folder', error as Error);
      return;
    }
    try {
      for (const folder of folders) {
        const watcher = watch(folder, { persistent: false }, (event, name) => {
          this.options.onChange(name === null ? null : relative(this.options.dir, join(folder, String(name))));
          if (event === 'rename') this.arm();
        });
        watcher.on('error', (error) => {
          this.setState('waiting for the folder', error);
          this.arm();
        });
        this.watchers.push(watcher);
      }
    } catch (error) {
      this.closeWatchers();
      this.setState('waiting for the folder', error as Error);
      return;
    }
    this.setState('watching');
  }

  /** Stops every watch. */
  close(): void {
    this.closeWatchers();
    this.current = 'closed';
  }

  private setState(state: FolderWatchState, error?: Error): void {
    if (this.current === 'closed') return;
    const changed = state !== this.current;
    this.current = state;
    if (changed || error) this.options.onState?.(state, error);
  }

  private closeWatchers(): void {
    for (const watcher of this.watchers) watcher.close();
    this.watchers = [];
  }
}

/** The folder and every folder below it, hidden ones excepted (a ConfigMap's `..data` is followed through its links instead). */
function foldersBelow(dir: string): string[] {
  const folders = [dir];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    try {
      folders.push(...foldersBelow(join(dir, entry.name)));
    } catch {
      // A subfolder removed while listing: the rename event that follows re-arms.
    }
  }
  return folders;
}
