import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Platform } from '../bot.js';
import { silentLogger, type Logger } from '../log.js';
import type { Reply } from '../reply.js';

/**
 * One question the bot could not answer well, as written to the unanswered-questions log: the
 * question and how it went, never who asked (no user id, no channel).
 */
export interface UnansweredEntry {
  /** When it was asked, ISO 8601. */
  time: string;
  platform: Platform;
  /** `declined`, or `answer` for an answer given with low confidence. */
  kind: 'declined' | 'answer';
  confidence: number;
  /** The question as the reply echoes it (trimmed, shortened when very long). */
  question: string;
  /** The knowledge version it was asked against, so a report can tell old gaps from new. */
  knowledgeVersion: string;
}

/** Where the bot hands the questions it could not answer well. `record` must be fast and never throw. */
export interface UnansweredSink {
  record(entry: UnansweredEntry): void;
}

/** Answers below this confidence are logged as weak even though they were given. Default for {@link isUnanswered}. */
export const DEFAULT_UNANSWERED_BELOW = 0.7;

/**
 * True when a reply belongs in the unanswered-questions log: a decline, or an answer given with a
 * confidence below `below`. Help, about, rate-limited and error replies are not knowledge gaps.
 */
export function isUnanswered(reply: Reply, below: number = DEFAULT_UNANSWERED_BELOW): boolean {
  if (reply.kind === 'declined') return reply.question.length > 0;
  return reply.kind === 'answer' && reply.confidence < below;
}

/** Options for {@link UnansweredLog}. */
export interface UnansweredLogOptions {
  /** The JSON-lines file to append to (created, with its folder, on first write). Required. */
  path: string;
  /** Where write failures are reported. Default: nowhere. */
  logger?: Logger;
  /** Values scrubbed from questions before writing (a token pasted into a question). Default none. */
  secrets?: readonly string[];
  /** Lines kept waiting while the file cannot be written; older ones are dropped past it. Default 1000. */
  maxPending?: number;
}

/**
 * The opt-in unanswered-questions log (`UNANSWERED_LOG=path`). `record` only queues a line, so the
 * question's path stays free of I/O; lines are appended in the background, in order, one write
 * at a time. A failing disk is logged once per outage and never reaches the user.
 */
export class UnansweredLog implements UnansweredSink {
  private pending: string[] = [];
  private writing: Promise<void> | undefined;
  private failing = false;
  private readonly logger: Logger;
  private readonly secrets: string[];
  private readonly maxPending: number;
  private folderReady = false;

  constructor(private readonly options: UnansweredLogOptions) {
    this.logger = options.logger ?? silentLogger;
    this.secrets = (options.secrets ?? []).filter((secret) => secret.length >= 6);
    this.maxPending = options.maxPending ?? 1000;
  }

  /** Queues one entry for writing. Never throws, never waits. */
  record(entry: UnansweredEntry): void {
    let line = JSON.stringify(entry);
    for (const secret of this.secrets) line = line.split(secret).join('[redacted]');
    this.pending.push(line);
    if (this.pending.length > this.maxPending) this.pending.splice(0, this.pending.length - this.maxPending);
    this.writing ??= this.drain();
  }

  /** Resolves once every entry recorded so far has been written (or given up on). */
  async flush(): Promise<void> {
    while (this.writing) await this.writing;
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending.length > 0) {
        const batch = this.pending.splice(0);
        try {
          if (!this.folderReady) {
            await mkdir(dirname(this.options.path), { recursive: true });
            this.folderReady = true;
          }
          await appendFile(this.options.path, `${batch.join('\n')}\n`, 'utf8');
          if (this.failing) this.logger.info('unanswered-questions log writable again', { path: this.options.path });
          this.failing = false;
        } catch (error) {
          if (!this.failing) this.logger.warn('cannot write the unanswered-questions log: check UNANSWERED_LOG and the folder\'s permissions', { path: this.options.path, error });
          this.failing = true;
          return;
        }
      }
    } finally {
      this.writing = undefined;
    }
  }
}
