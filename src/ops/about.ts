import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeStatus } from '../knowledge-base.js';
import type { Reply } from '../reply.js';
import { PROJECT_ROOT } from '../project-root.js';

/**
 * The bot's version, from the project's package.json, read once when first needed (never on a
 * question's path). "unknown" when package.json cannot be read, so `about` still works.
 */
export function botVersion(): string {
  cachedVersion ??= readVersion();
  return cachedVersion;
}

let cachedVersion: string | undefined;

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * True when a message asks about the bot itself: "about" typed alone, which is what `/icat about`
 * in Slack and Discord and `about` in the terminal all arrive as.
 */
export function isAboutRequest(text: string): boolean {
  const words = String(text ?? '').trim();
  // Anything longer than the longest form cannot be one; no pattern runs on long text.
  if (words.length > ABOUT_MAX_LENGTH) return false;
  const bare = words.toLowerCase().replace(/[.!?]+$/, '').trim().split(/\s+/).join(' ');
  return ABOUT_FORMS.has(bare);
}

/** The ways of asking `about`, lower case, single-spaced, without closing punctuation. */
const ABOUT_FORMS = new Set(['about', 'about bot', 'about the bot', 'about icat-bot', 'about the icat-bot']);

/** Room for the longest form with a little punctuation and spacing around it. */
const ABOUT_MAX_LENGTH = 64;

/**
 * The `about` reply: what the bot serves and how fresh it is, so a maintainer can check in one
 * glance that an edit to the knowledge has been picked up (the version changes with the content).
 */
export function aboutReply(question: string, status: KnowledgeStatus, version: string): Reply {
  const answer = [
    `icat-bot ${version} answers questions about ICAT from its knowledge folder.`,
    `Documents: ${status.documents}`,
    `Passages: ${status.passages}`,
    `Last indexed: ${formatTime(status.indexedAt)}`,
    `Knowledge version: ${status.version}`,
  ].join('\n');
  return { kind: 'about', question: question.trim().slice(0, 200), answered: false, answer, sources: [], confidence: 0, suggestions: [] };
}

/** "2024-05-01 12:00 UTC": unambiguous for a team spread over time zones. */
function formatTime(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
