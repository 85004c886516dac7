/** Where an answer came from: enough for a reader to open the document at the right place. */
export interface Source {
  /** The document's title. */
  title: string;
  /** The knowledge file, e.g. "knowledge/cbss-joins-icat.md". */
  file: string;
  /** The heading the answer sits under, when it has one. */
  section?: string;
  /** The document's address, when its front matter gives one. */
  url?: string;
}

/**
 * What a reply is:
 * - `answer`: an answer from the knowledge;
 * - `declined`: the knowledge does not say ("I don't know"), with suggestions;
 * - `help`: usage and example questions (for "help", an empty message, a greeting);
 * - `about`: facts about the bot and its knowledge;
 * - `rate-limited`: the user is asking too fast;
 * - `error`: something failed while answering; the text is a short apology;
 * - `safeguarding`: the message looked like a report of a person at risk; the text is the fixed
 *   safeguarding reply, and `question` is empty so nothing of the message is echoed;
 * - `feedback`: the private acknowledgement of a vote on an answer, with "ask differently"
 *   suggestions after a downvote.
 */
export type ReplyKind = 'answer' | 'declined' | 'help' | 'about' | 'rate-limited' | 'error' | 'safeguarding' | 'feedback';

/**
 * The one platform-neutral reply the core gives for any message. Every adapter renders this value
 * (and only this value) in its own format, escaping `answer`, `suggestions` and the question for
 * its platform: they are plain text and may contain anything a user or a document wrote.
 */
export interface Reply {
  kind: ReplyKind;
  /** The question as asked (trimmed, shortened when very long), for echoing back. */
  question: string;
  /** True only when `answer` comes from the knowledge. */
  answered: boolean;
  /**
   * The answer alone, plain text, at most 600 characters: a sentence or three, or a list with one
   * item per line. For other kinds, the message to show.
   */
  answer: string;
  /** Where the answer came from; empty unless `answered`. */
  sources: Source[];
  /** How sure the bot is that `answer` answers the question, 0–1. */
  confidence: number;
  /** Up to three questions or topics the knowledge does cover (for declines and help). */
  suggestions: string[];
  /**
   * What the bot understood a follow-up to mean, shown beside the answer so it never guesses
   * silently: "about Åsa Regner", "as “when did the OSCE join?”", "more from “…”". Only set when a
   * conversation resolved the question.
   */
  understood?: string;
  /** The question as understood standalone ("what did Åsa Regner say?"), remembered for later follow-ups. Only set with `understood`. */
  standalone?: string;
}

/** The longest answer a reply carries, so it reads in one glance on any platform. */
export const MAX_ANSWER_LENGTH = 600;
