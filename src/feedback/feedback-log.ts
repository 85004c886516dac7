import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Platform } from '../bot.js';
import { silentLogger, type Logger } from '../log.js';

/** A thumbs up or down on an answer. */
export type Vote = 'up' | 'down';

/**
 * One vote as written to the feedback log: the question, where the answer came from, the vote
 * and the knowledge version; never who voted. `voteId` is the same for one person's votes on one
 * answer (a one-way hash, not a user id), so a report keeps only the last of them: votes toggle.
 */
export interface FeedbackEntry {
  /** When the vote was cast, ISO 8601. */
  time: string;
  platform: Platform;
  vote: Vote;
  /** Groups one person's votes on one answer; the last one counts. */
  voteId: string;
  /** The question as the bot understood it. */
  question: string;
  /** The answer's first source, when it had one. */
  source?: { title: string; file: string; section?: string };
  /** The knowledge version the answer came from. */
  knowledgeVersion: string;
}

/** Where votes go. `record` must be fast and never throw. */
export interface FeedbackSink {
  record(entry: FeedbackEntry): void;
}

/** Options for {@link FeedbackLog}. */
export interface FeedbackLogOptions {
  /** The JSON-lines file to append to (created, with its folder, on first write). Required. */
  path: string;
  /** Where write failures are reported. Default: nowhere. */
  logger?: Logger;
}

/**
 * The opt-in feedback log (`FEEDBACK_LOG=path`), next to the unanswered-questions log: one JSON
 * line per vote, appended in the background, in order. A failing disk is logged once per outage
 * and never reaches the user.
 */
export class FeedbackLog implements FeedbackSink {
  private pending: string[] = [];
  private writing: Promise<void> | undefined;
  private failing = false;

  constructor(private readonly options: FeedbackLogOptions) {}

  /** Queues one vote for writing. Never throws, never waits. */
  record(entry: FeedbackEntry): void {
    this.pending.push(JSON.stringify(entry));
    this.writing ??= this.drain();
  }

  /** Resolves once every vote recorded so far has been written (or given up on). */
  async flush(): Promise<void> {
    while (this.writing) await this.writing;
  }

  private async drain(): Promise<void> {
    const logger = this.options.logger ?? silentLogger;
    try {
      while (this.pending.length > 0) {
        const batch = this.pending.splice(0);
        try {
          await mkdir(dirname(this.options.path), { recursive: true });
          await appendFile(this.options.path, `${batch.join('\n')}\n`, 'utf8');
          this.failing = false;
        } catch (error) {
          if (!this.failing) logger.warn("cannot write the feedback log: check FEEDBACK_LOG and the folder's permissions", { path: this.options.path, error });
          this.failing = true;
          return;
        }
      }
    } finally {
      this.writing = undefined;
    }
  }
}

/** The votes of a feedback log that still count: for each `voteId`, only the last. Unreadable lines are skipped and counted. */
export function parseFeedbackLog(text: string): { entries: FeedbackEntry[]; skipped: number } {
  const last = new Map<string, FeedbackEntry>();
  let skipped = 0;
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    try {
      const entry = JSON.parse(line) as FeedbackEntry;
      if ((entry.vote !== 'up' && entry.vote !== 'down') || typeof entry.question !== 'string' || typeof entry.voteId !== 'string') throw new Error('not a vote');
      last.delete(entry.voteId);
      last.set(entry.voteId, entry);
    } catch {
      skipped += 1;
    }
  }
  return { entries: [...last.values()], skipped };
}
