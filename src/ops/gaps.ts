import { QUESTION_FRAME_WORDS } from '../text/stopwords.js';
import { contentTerms } from '../text/terms.js';
import type { UnansweredEntry } from './unanswered-log.js';

/** Questions asked in different words about the same thing, counted together. */
export interface GapGroup {
  /** The most often asked wording (the earliest when tied): the group's name. */
  question: string;
  /** How many times any wording in the group was asked. */
  count: number;
  /** Every distinct wording, most asked first, with its count. */
  wordings: { question: string; count: number }[];
  /** The highest confidence any of them got (0 when always declined). */
  bestConfidence: number;
  /** When a question of the group was first and last asked, ISO 8601. */
  firstAsked: string;
  lastAsked: string;
}

/** Options for {@link groupGaps}. */
export interface GroupGapsOptions {
  /** Share of topic words two questions must have in common to be grouped (Jaccard). Default 0.5. */
  similarity?: number;
}

/** The entries of an unanswered-questions log, with the lines that could not be read counted apart. */
export interface ParsedGapsLog {
  entries: UnansweredEntry[];
  /** Lines that are not entries (e.g. half-written at a crash), skipped. */
  skipped: number;
}

/** Reads the JSON lines of an unanswered-questions log; unreadable lines are counted, not fatal. */
export function parseGapsLog(text: string): ParsedGapsLog {
  const entries: UnansweredEntry[] = [];
  let skipped = 0;
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    try {
      const entry = JSON.parse(line) as Partial<UnansweredEntry>;
      if (typeof entry.question !== 'string' || !entry.question.trim()) throw new Error('no question');
      entries.push({
        time: typeof entry.time === 'string' ? entry.time : '', platform: entry.platform ?? 'cli', kind: entry.kind === 'answer' ? 'answer' : 'declined',
        confidence: typeof entry.confidence === 'number' ? entry.confidence : 0, question: entry.question.trim(), knowledgeVersion: entry.knowledgeVersion ?? '',
      });
    } catch {
      skipped += 1;
    }
  }
  return { entries, skipped };
}

/**
 * Groups unanswered questions by what they are about, so the report shows one line per missing
 * topic rather than one per wording: "who funds icat?" and "Who is funding ICAT" share their topic
 * words (stemmed, question words dropped) and count together. Groups come most asked first.
 */
export function groupGaps(entries: readonly UnansweredEntry[], options: GroupGapsOptions = {}): GapGroup[] {
  const threshold = options.similarity ?? 0.5;
  const wordings = new Map<string, Wording>();
  entries.forEach((entry, order) => {
    const key = normalise(entry.question);
    const seen = wordings.get(key) ?? { question: entry.question, count: 0, first: order, entries: [] };
    seen.count += 1;
    seen.entries.push(entry);
    wordings.set(key, seen);
  });
  const clusters: { topic: Set<string>; members: Wording[] }[] = [];
  const byFrequency = [...wordings.values()].sort((a, b) => b.count - a.count || a.first - b.first);
  for (const wording of byFrequency) {
    const topic = topicOf(wording.question);
    let best: (typeof clusters)[number] | undefined;
    let bestScore = 0;
    for (const cluster of clusters) {
      const score = jaccard(topic, cluster.topic);
      if (score > bestScore) { best = cluster; bestScore = score; }
    }
    if (best && topic.size > 0 && bestScore >= threshold) best.members.push(wording);
    else clusters.push({ topic, members: [wording] });
  }
  const groups = clusters.map((cluster): GapGroup => {
    const all = cluster.members.flatMap((member) => member.entries);
    const times = all.map((entry) => entry.time).filter(Boolean).sort();
    return {
      question: cluster.members[0]!.question,
      count: all.length,
      wordings: cluster.members.map((member) => ({ question: member.question, count: member.count })),
      bestConfidence: Math.max(0, ...all.map((entry) => entry.confidence)),
      firstAsked: times[0] ?? '',
      lastAsked: times[times.length - 1] ?? '',
    };
  });
  return groups.sort((a, b) => b.count - a.count || (a.lastAsked < b.lastAsked ? 1 : a.lastAsked > b.lastAsked ? -1 : 0));
}

/** One distinct wording of a question, with every time it was asked. */
interface Wording {
  question: string;
  count: number;
  /** Position of its first entry, to break ties in log order. */
  first: number;
  entries: UnansweredEntry[];
}

/** The stems of a question's topic words: stop words and question framing ("tell me", "what is") dropped. */
function topicOf(question: string): Set<string> {
  return new Set(contentTerms(question).filter((term) => !QUESTION_FRAME_WORDS.has(term.surface)).map((term) => term.stem));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** Same wording, whatever the case, spacing or final punctuation. */
function normalise(question: string): string {
  // The look-behind starts the pattern only where a run of marks starts, so a long run is read once.
  return question.toLowerCase().replace(/(?<![\s?!.])[\s?!.]+$/, '').replace(/\s+/g, ' ').trim();
}
