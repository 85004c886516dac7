import { isPlaceInWordNet } from '../lexicon/wordnet.js';
import type { KnowledgeIndex } from '../search/knowledge-index.js';
import { namesACountry } from '../search/places.js';
import type { Passage } from '../search/passage.js';
import type { QuestionShape } from './question.js';
import type { Concept } from './query.js';
import { rankPassages, type Candidate, type RankOptions } from './rank.js';

// A yes/no question whose claim is right but for one year, place or name ("the first heads'
// meeting was in Geneva, no?") is the question that part answers ("where was the first heads'
// meeting?") in disguise. Asked so, the knowledge gives another ("… in London"), and that says no.

/** What a wh-question would ask in place of a part of a claim: when, where, or who. */
type Asked = Extract<QuestionShape['expects'], 'date' | 'place' | 'person'>;

/** One part of a claim that the knowledge may give otherwise: its words, and what asks for it. */
interface ContestedPart {
  concepts: readonly Concept[];
  asked: Asked;
}

/** A year as a claim types it. */
const YEAR = /^(?:19|20)\d\d$/;

/** A year anywhere in a text. */
const YEARS = /\b(?:19|20)\d\d\b/g;

/** The share of passages above which a name is what the knowledge is about ("ICAT"), not a part a claim could get wrong. */
const TOPIC_SHARE = 0.2;

/** How many parts of one claim are tried: each is one more search. */
const MAX_PARTS = 3;

/** How many of the claim's own candidates are read for a passage that says the whole claim after all. */
const CLAIM_CANDIDATES_READ = 10;

/** Options for {@link correctionOfPremise}. */
export interface PremiseOptions {
  /** How the asked-again question is ranked (the answerer's own rank options). */
  rank: Partial<RankOptions>;
  /** The least share of the rest of the claim the correcting passage must cover. */
  minCoverage: number;
  /** The passage the claim itself is answered with, if it is answered: a part it holds is not contested. */
  answer?: Passage;
}

/** A passage that gives another year, place or name where a yes/no question's claim puts its own. */
export interface PremiseCorrection {
  /** The best answer to the claim asked again without the part it contests. */
  candidate: Candidate;
  /** The concepts left once that part is taken out, which the answer covers. */
  concepts: readonly Concept[];
  /** The shape of the claim asked again ("where …?"). */
  shape: QuestionShape;
}

/**
 * For a yes/no question (not a comparison), the passage that answers its claim with another year,
 * place or name than the one claimed: "did UNICEF co-chair ICAT in 2019?" asked again as "who
 * co-chaired ICAT in 2019?" is answered "2019: the OSCE and UN Women". Undefined when no part of
 * the claim can be asked so, when no answer covers the rest of the claim, when the answer holds the
 * claimed part after all, or when one of the claim's own candidates says the whole claim.
 */
export function correctionOfPremise(
  index: KnowledgeIndex, concepts: readonly Concept[], shape: QuestionShape, claimCandidates: readonly Candidate[], options: PremiseOptions,
): PremiseCorrection | undefined {
  if (!shape.yesNo || shape.comparison) return undefined;
  let found: PremiseCorrection | undefined;
  const parts = contestedParts(index, concepts);
  // What the claim says of its parts ("met", "co-chair", "founding meeting"): without it, no question is left to ask again
  // ("is Zita Cabais from Ireland?" asked without the person is "who is from Ireland?").
  const frame = concepts.filter((concept) => !concept.everyday && !parts.some((part) => part.concepts.includes(concept)));
  if (frame.length === 0) return undefined;
  for (const part of parts.slice(0, MAX_PARTS)) {
    const rest = concepts.filter((concept) => !part.concepts.includes(concept)).map(({ doubted: _doubted, claimed: _claimed, ...concept }) => concept);
    // The claim's own answer holds the part and some of what is claimed of it ("is the Council of Europe an ICAT member?"
    // answered "The Council of Europe describes itself as a partner of ICAT"): it speaks to the claim.
    // (Not an answer that only names the part: "Seal Hunters Guild", for "was the Seal Hunters Guild at the founding meeting?".)
    const claimed = concepts.some((concept) => concept.claimed) ? concepts.filter((concept) => concept.claimed && !part.concepts.includes(concept)) : rest;
    if (options.answer && says(index, options.answer, part.concepts, true) && claimed.some((concept) => says(index, options.answer!, [concept], false))) continue;
    if (claimCandidates.slice(0, CLAIM_CANDIDATES_READ).some(({ passage }) => says(index, passage, part.concepts, true) && says(index, passage, rest, false))) return undefined;
    const asked: QuestionShape = {
      ...shape, expects: part.asked, yesNo: undefined, claim: undefined, claimedAct: undefined,
      ...(part.asked === 'date' ? { years: undefined, datedWords: undefined, forYear: undefined } : {}),
    };
    const best = rankPassages(index, rest, asked, options.rank)[0];
    if (!best || !best.fitsShape || best.coverage < options.minCoverage || (found && found.candidate.coverage >= best.coverage)) continue;
    if (says(index, best.passage, part.concepts, false) || !givesAnother(index, best.passage, part, concepts)) continue;
    found = { candidate: best, concepts: rest, shape: asked };
  }
  return found;
}

/**
 * The parts of a claim a wh-question could ask for: a year it dates the claim with ("in 2019?"), a
 * place (in WordNet's reading, or a country; "new york" is one part), or a name the knowledge
 * writes that is not what the knowledge is about throughout ("the Seal Hunters Guild" is one part).
 */
function contestedParts(index: KnowledgeIndex, concepts: readonly Concept[]): ContestedPart[] {
  const parts: ContestedPart[] = [];
  for (let i = 0; i < concepts.length; i++) {
    const concept = concepts[i]!;
    const next = concepts[i + 1];
    // (A year that names the thing asked about, "was the 2022 outreach …?", is no date the claim puts forward.)
    if (YEAR.test(concept.word)) { if (concept.doubted) parts.push({ concepts: [concept], asked: 'date' }); }
    else if (next && isPlace(`${concept.word} ${next.word}`)) { parts.push({ concepts: [concept, next], asked: 'place' }); i++; }
    else if (isPlace(concept.word)) parts.push({ concepts: [concept], asked: 'place' });
    else if (concept.knownAsTyped && !concept.everyday && (isAName(index, concept) || (next !== undefined && writtenAsOneName(index, concept, next)))) {
      // "the Seal Hunters Guild": the words the knowledge writes together as one name are one part.
      const name = [concept];
      while (concepts[i + 1] && writtenAsOneName(index, concepts[i]!, concepts[i + 1]!)) name.push(concepts[++i]!);
      if (name.length > 1 || !isTheTopic(index, concept)) parts.push({ concepts: name, asked: 'person' });
    }
  }
  return parts;
}

/** A place by its name as typed: a country, or a place in WordNet's most frequent meaning. */
function isPlace(words: string): boolean {
  const capitalised = words.replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());
  return namesACountry(capitalised) || isPlaceInWordNet(words);
}

/** A name the knowledge writes. */
function isAName(index: KnowledgeIndex, concept: Concept): boolean {
  const term = concept.alternatives[0]?.term;
  return term !== undefined && index.isName(term);
}

/** Whether the knowledge writes two typed words side by side as one name ("Hunters Guild"). */
function writtenAsOneName(index: KnowledgeIndex, first: Concept, second: Concept): boolean {
  return index.isNamePair(first.alternatives[0]?.term ?? '', second.alternatives[0]?.term ?? '');
}

/** A name so many passages hold that it is what the knowledge is about ("ICAT"), not a part a claim could get wrong. */
function isTheTopic(index: KnowledgeIndex, concept: Concept): boolean {
  return index.frequencyOf(concept.alternatives[0]?.term ?? '') > index.passages.length * TOPIC_SHARE;
}

/**
 * Whether a passage (its own words and its context) holds every concept: by the concept's own
 * words only when `ownWords`, or by any of its alternatives.
 */
function says(index: KnowledgeIndex, passage: Passage, concepts: readonly Concept[], ownWords: boolean): boolean {
  const terms = index.terms[passage.id];
  const written = ` ${terms?.text ?? ''} ${terms?.context ?? ''} `;
  return concepts.every((concept) => concept.alternatives.some((alternative) => (!ownWords || !alternative.synonym) && written.includes(` ${alternative.term} `)));
}

/** Whether a passage gives a value of the part's kind other than the claim's: another year, a place, another name. */
function givesAnother(index: KnowledgeIndex, passage: Passage, part: ContestedPart, concepts: readonly Concept[]): boolean {
  if (part.asked === 'date') return (passage.text.match(YEARS) ?? []).some((year) => year !== part.concepts[0]!.word);
  if (part.asked === 'place') return passage.features.place;
  // Another name of the same kind: "UNODC" is not corrected by "Vienna" ("CTDC was launched by UNODC?" answered "Pre-launch: 2017, Vienna").
  const asked = new Set(concepts.flatMap((concept) => concept.alternatives.map((alternative) => alternative.term)));
  // (A sentence that leads in a list, "… had the following participating organizations:", gives the list's names.)
  const list = passage.text.trimEnd().endsWith(':') && passage.next !== undefined ? index.passages[passage.next] : undefined;
  const written = [passage.text, ...(passage.items ?? []), ...(list?.kind === 'list' ? list.items ?? [] : [])].join(' ');
  return [...written.matchAll(CAPITALISED_WORD)].some(([word]) => {
    // (An abbreviation is analysed as its stem and its token, the same word twice.)
    const term = index.analyseForMatching(word).split(' ')[0] ?? '';
    return term !== '' && !asked.has(term) && index.isName(term) && !isPlace(word.toLowerCase()) && !MONTH.test(word);
  });
}

/** A word written with a capital: "UNODC", "Guild", "Ferrero-Waldner". */
const CAPITALISED_WORD = /\b\p{Lu}[\p{L}'’-]+/gu;

/** A month's name, which a date writes with a capital. */
const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
