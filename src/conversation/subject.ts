import { entitiesIn } from './entities.js';
import type { ConversationTurn } from './turn.js';

/** What an earlier turn was about: the person and the organisation a pronoun can point at. */
export interface Subject {
  person?: string;
  organisation?: string;
}

/**
 * Works out what a turn was about, from its question first (what the user named), then the
 * heading of the section its answer came from, then the answer's own words. "Who chaired ICAT in
 * 2020?" answered from "Statement by ICAT co-chair Åsa Regner, UN Women" is about Åsa Regner (and
 * ICAT).
 */
export function subjectOf(turn: ConversationTurn): Subject {
  const places = [turn.question, turn.sources[0]?.section ?? '', turn.answer].map(entitiesIn);
  const person = places.map((found) => found.people[0]).find(Boolean);
  const organisation = places.map((found) => found.organisations[0]).find(Boolean);
  return { ...(person ? { person } : {}), ...(organisation ? { organisation } : {}) };
}

/** The subject of the latest turn that has one of the wanted kind, looking back through `turns` (oldest first). */
export function latestSubject(turns: readonly ConversationTurn[], wanted: 'person' | 'organisation' | 'either'): string | undefined {
  for (let i = turns.length - 1; i >= 0; i--) {
    const subject = subjectOf(turns[i]!);
    const found = wanted === 'person' ? subject.person : wanted === 'organisation' ? subject.organisation : subject.organisation ?? subject.person;
    if (found) return found;
  }
  return undefined;
}
