/** Stable codes for the failures icat-bot reports, so logs and tests can tell them apart. */
export type IcatErrorCode =
  | 'KNOWLEDGE_MISSING'
  | 'KNOWLEDGE_EMPTY'
  | 'KNOWLEDGE_PARSE'
  | 'CONFIG_MISSING'
  | 'CONFIG_INVALID'
  | 'PLATFORM_AUTH'
  | 'PLATFORM_UNREACHABLE'
  | 'STATE_UNREACHABLE'
  | 'ANSWER_FAILED';

/**
 * An error icat-bot raises on purpose: a stable `code`, a message that says what to do next, and
 * the underlying `cause` when there is one. Everything else is a bug.
 */
export class IcatError extends Error {
  /** The stable code of this failure. */
  readonly code: IcatErrorCode;

  constructor(code: IcatErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'IcatError';
    this.code = code;
  }
}

/**
 * A knowledge file that cannot be read, named with the 1-based line where the problem is, so the
 * person who edited it can go straight there.
 */
export class KnowledgeParseError extends IcatError {
  /** The file, as shown to people (relative to the working directory when inside it). */
  readonly file: string;
  /** The 1-based line of the problem. */
  readonly line: number;

  constructor(file: string, line: number, problem: string, options?: { cause?: unknown }) {
    super('KNOWLEDGE_PARSE', `${file}:${line}: ${problem}`, options);
    this.name = 'KnowledgeParseError';
    this.file = file;
    this.line = line;
  }
}
