import { fold } from '../text/fold.js';
import { searchCandidates, type CandidateSearchOptions, type SearchHit } from '../search/candidate-search.js';
import type { MatchField } from '../search/fields.js';
import type { KnowledgeIndex } from '../search/knowledge-index.js';
import type { Passage } from '../search/passage.js';
import { stem } from '../text/stem.js';
import { unqualified } from '../text/terms.js';
import { isTitle, TITLE_STEMS, type Concept } from './query.js';
import type { QuestionShape } from './question.js';

/** A passage considered as an answer, with how well it covers the question and fits its shape. */
export interface Candidate {
  passage: Passage;
  /** Share of the question's concepts (by importance) the passage covers, 0–1. */
  coverage: number;
  /** Whether the passage holds the kind of answer the question wants (a date for "when"…). */
  fitsShape: boolean;
  /** Ranking score: coverage plus preferences for shape, definitions and lists. */
  score: number;
  /** The question terms the passage holds, in question order: two candidates with the same match the question the same way. */
  matched: string;
  /** The passage defines what a "what is X" question asks about ("X is a …"). */
  defines: boolean;
}

/**
 * Options for {@link rankPassages}, with their defaults in {@link RANK_DEFAULTS}: how many hits to
 * rerank, and the bounds of the candidate search (see {@link CandidateSearchOptions}).
 */
export interface RankOptions extends Omit<CandidateSearchOptions, 'limit'> {
  /** How many search hits to rerank. Bounds the work per question whatever the corpus size. */
  rerankLimit: number;
}

/** Defaults for {@link RankOptions}. */
export const RANK_DEFAULTS: RankOptions = { rerankLimit: 40, commonTermShare: 0.2, commonTermMinPassages: 1000, searchPostings: 2000 };

/** How much a match counts by where it is: the passage's own words, its context, its document title. */
const FIELD_CREDIT: Readonly<Record<MatchField, number>> = { text: 1, context: 0.6, title: 0.35 };
/** A context match counts more when the passage opens with "He", "It"…: the context is what the pronoun stands for. */
const ANAPHORIC_CONTEXT_CREDIT = 0.85;

/** A list item's lead-in ("ICAT has had the following co-chairs:") is part of what the item says. */
const ITEM_LEAD_IN_CREDIT = 1;

/** A passage that shares no word with the question, only synonyms, is a weaker answer than its coverage says. */
const SYNONYMS_ONLY_FACTOR = 0.6;

/** How much the search engine's own score counts in ranking: enough to break ties between equal coverage. */
const SEARCH_SCORE_WEIGHT = 0.05;

/** Answer kinds a passage must hold for the question to be answered at all. */
const REQUIRED_SHAPES = new Set(['date', 'time', 'number', 'frequency', 'amount']);

/**
 * How much of its coverage a passage keeps for each name the question gives that it never
 * mentions: "who is the OSCE secretary general" is not answered by a passage about another
 * organisation's Secretary-General, however well the rest matches.
 */
const MISSING_NAME_FACTOR = 0.5;
/** Likewise for a year or a number the question names ("who chaired ICAT in 1995?", "Issue Brief 15") that the passage is not about. */
const MISSING_YEAR_FACTOR = 0.5;
/**
 * A passage that mentions what the question is about but none of what it asks of it ("what
 * nationality is X?" against a passage that only names X) is not an answer either.
 */
const MISSING_ATTRIBUTE_FACTOR = 0.5;
/** …and what it keeps when the passage has it only through a synonym ("launched" for "founded"). */
const REWORDED_ATTRIBUTE_FACTOR = 0.75;
/**
 * A passage whose own words are all words of the question ("Council of the Baltic Sea States
 * (CBSS)" for "who chairs the CBSS?") tells nothing the question did not: it is not an answer.
 */
const ECHO_FACTOR = 0.5;
/** A who-question answered by a passage that names no one new. */
const NO_ONE_NEW_FACTOR = 0.7;
/** A "where" question answered by a passage that names no place. */
const NO_PLACE_FACTOR = 0.7;

/**
 * Finds the passages that best answer a question: a MiniSearch query over the concepts' terms
 * picks the candidates, then each is judged on how much of the question it covers (weighted by
 * how telling each concept is) and whether it holds the kind of answer asked for.
 */
export function rankPassages(
  index: KnowledgeIndex, concepts: readonly Concept[], shape: QuestionShape, options: Partial<RankOptions> = {},
): Candidate[] {
  const { rerankLimit, ...searchOptions } = { ...RANK_DEFAULTS, ...options };
  const weights = new Map<string, number>();
  for (const concept of concepts) {
    // A concept the knowledge knows by its own word is searched by that word alone; its synonyms
    // still count when candidates are judged. Fewer searched terms, less work for the engine.
    const own = concept.alternatives[0];
    const searched = own && index.knownTerms.has(own.term) ? [own] : concept.alternatives;
    for (const { term, weight } of searched) {
      if (index.knownTerms.has(term)) weights.set(term, Math.max(weights.get(term) ?? 0, weight));
    }
  }
  if (weights.size === 0) return [];
  const hits = withDefinitions(index, concepts, shape, searchCandidates(index, weights, { limit: rerankLimit, ...searchOptions }));
  const totalImportance = concepts.reduce((sum, c) => sum + c.importance, 0) || 1;
  const candidates: Candidate[] = [];
  const topSearchScore = hits[0]?.score ?? 1;
  const required = requiredGroups(index, concepts, shape);
  const asked = askedTerms(index, concepts);
  // "Who coordinates ICAT?" is answered by "ICAT is coordinated by …": the passive names the one who does it.
  // The verb is the question's first content word, as typed or as its typo was mended ("cordinates").
  const relation = shape.verb ? concepts.find((concept) => concept.word === shape.verb) ?? concepts[0] : undefined;
  const relationUses = relation && /^[a-z]{3,}$/.test(relation.alternatives[0]!.term)
    ? new RegExp(`\\b(is |are |was |were |been |be )?${relation.alternatives[0]!.term}[a-z]*( [a-z]+)?`, 'g') : undefined;
  const agent = relation && /^[a-z]{3,}$/.test(relation.alternatives[0]!.term) ? new RegExp(`\\b${relation.alternatives[0]!.term}[a-z]*ed by\\b`) : undefined;
  const pairs = concepts.slice(1).map((concept, i) => ` ${concepts[i]!.alternatives[0]!.term} ${concept.alternatives[0]!.term} `);
  const nameTerms = required.filter((group) => group.factor === MISSING_NAME_FACTOR).flatMap((group) => group.concepts.map((c) => c.alternatives[0]!.term));
  const names = shape.subject && (shape.expects === 'definition' || shape.expects === 'person') ? subjectNames(index, shape.subject, concepts) : [];
  // "Who is Regner?" names a person and asks what she is; "who is the head of UNODC?" names a post.
  const asksWhoHoldsATitle = shape.expects === 'person' && concepts.some(isTitle);
  const asksWhoSomeoneIs = shape.expects === 'person' && names.length > 0 && !concepts.some(isTitle);
  const counted = shape.counted ? new RegExp(`\\b${shape.counted.count} ${shape.counted.noun}\\b([^.;:]*)`) : undefined;
  const wantsWholeList = shape.expects === 'list' || shape.ordinal !== undefined || shape.relative !== undefined;
  for (const hit of mostCovering(index, concepts, expandLists(index, hits.slice(0, rerankLimit + DEFINITION_CANDIDATES), wantsWholeList), JUDGED_CANDIDATES)) {
    const passage = index.passages[hit.id]!;
    const fields = index.fieldsOf(passage.id);
    let covered = 0;
    let sharesAWord = false;
    const mentioned = new Set<Concept>();
    const mentionedOwn = new Set<Concept>();
    const mentionedAsTyped = new Set<Concept>();
    const matched: string[] = [];
    // An item's lead-in ("ICAT has had the following co-chairs:") is half of what the item says, as a pronoun's antecedent is.
    const contextCredit = passage.itemOf !== undefined ? ITEM_LEAD_IN_CREDIT : passage.features.anaphoric ? ANAPHORIC_CONTEXT_CREDIT : FIELD_CREDIT.context;
    for (const concept of concepts) {
      let credit = 0;
      for (const { term, weight, synonym } of concept.alternatives) {
        const field = fields.get(term);
        if (field === undefined) continue;
        matched.push(term);
        credit = Math.max(credit, (field === 'context' ? contextCredit : FIELD_CREDIT[field]) * weight);
        if (!synonym) { sharesAWord = true; mentionedAsTyped.add(concept); }
        if (!synonym || !concept.everyday) mentionedOwn.add(concept);
        // A name only in the document's title counts unless the passage's section is about something else it names.
        if (field !== 'title' || !sectionNamesSomething(index, passage.section)) mentioned.add(concept);
      }
      covered += credit * concept.importance;
    }
    let constraint = 1;
    for (const group of required) {
      if (!satisfies(index, passage, group, group.ownWords ? mentionedOwn : mentioned)) constraint *= group.factor;
      // What the question asks is a word the knowledge never uses, met here only through a synonym: less sure.
      else if (group.ownWords && !group.concepts.some((concept) => mentionedAsTyped.has(concept))) constraint *= REWORDED_ATTRIBUTE_FACTOR;
    }
    if (echoes(index, passage, asked)) constraint *= ECHO_FACTOR;
    // "Who leads UNODC?" is not answered by "the leading policy forum": the verb must be there as a verb.
    if (relationUses && relationAsAdjectiveOnly(passage, relationUses)) constraint *= MISSING_ATTRIBUTE_FACTOR;
    // "Who coordinates ICAT?": a passage that names no one but what the question names has no "who" to give;
    // "who is the Executive Director of UNODC?": one that gives the title but no name has no one either.
    if (shape.expects === 'person' && !namesSomeoneNew(index, passage, asked)) constraint *= NO_ONE_NEW_FACTOR;
    else if (asksWhoHoldsATitle && !namesAPerson(passage)) constraint *= NO_ONE_NEW_FACTOR;
    if (shape.expects === 'place' && !passage.features.place) constraint *= NO_PLACE_FACTOR;
    // "Which six governments pledged?" is not answered by "pledges came from six governments": that counts them, it names none.
    if (counted && countsWithoutNaming(passage, counted)) constraint *= MISSING_ATTRIBUTE_FACTOR;
    const coverage = (covered / totalImportance) * (sharesAWord ? 1 : SYNONYMS_ONLY_FACTOR) * constraint;
    const fitsShape = fits(passage, shape);
    const tieBreak = SEARCH_SCORE_WEIGHT * (hit.score / topSearchScore);
    // "Who is Regner?": the passage that gives her title says who she is.
    const givesTitle = asksWhoSomeoneIs && ownTerms(index, passage).some((term) => TITLE_STEMS.has(unqualified(term)));
    const speakerMatches = shape.aboutSpeech === true && speakerNamedBy(index, passage, nameTerms);
    const defines = names.length > 0 && definesSubject(passage, names, shape.expects === 'person') > 0;
    const bonus = preference(passage, shape, fitsShape, names, speakerMatches) + (givesTitle ? TITLE_BONUS : 0) + proximity(index, passage, pairs)
      + (agent && agent.test(foldedTextOf(passage)) ? AGENT_BONUS : 0);
    candidates.push({ passage, coverage, fitsShape, score: coverage + bonus + tieBreak, matched: matched.join(' '), defines });
  }
  return candidates.sort((a, b) => b.score - a.score || a.passage.id - b.passage.id);
}

/**
 * What a passage must mention to answer: one of `concepts`, or, for a name of several words the
 * knowledge writes with capitals ("Policy Support Group"), at least half of its `phrase` (analysed
 * terms in order) in one piece. A passage that lacks it keeps `factor` of its coverage.
 */
interface RequiredGroup {
  concepts: Concept[];
  phrase?: string;
  factor: number;
  /** Everyday words count only as themselves, not through their synonyms ("address" is not "combat" here). */
  ownWords?: boolean;
}

/**
 * What an answer must mention: each name the question gives (consecutive name words are one name
 * when the knowledge writes them side by side; a name of several words must be there at least by
 half its words: "the Fund" for the Trust Fund), each year it asks about
 * (except in a yes/no question, whose answer may be that it was another year), the title a "who"
 * question asks about, and what it asks when that is a word the knowledge never uses.
 */
function requiredGroups(index: KnowledgeIndex, concepts: readonly Concept[], shape: QuestionShape): RequiredGroup[] {
  const groups: RequiredGroup[] = [];
  const asked: Concept[] = [];
  const titles: Concept[] = [];
  const own = (concept: Concept | undefined) => concept?.alternatives[0]?.term ?? '';
  const inPhrase = concepts.map((concept, i) => i + 1 < concepts.length && concept.known && index.isNamePair(own(concept), own(concepts[i + 1])));
  let previousWasName = false;
  for (let i = 0; i < concepts.length; i++) {
    const concept = concepts[i]!;
    if (inPhrase[i]) {
      let end = i + 1;
      while (inPhrase[end]) end++;
      const words = concepts.slice(i, end + 1);
      groups.push({ concepts: words, phrase: ` ${words.map(own).join(' ')} `, factor: MISSING_NAME_FACTOR });
      i = end;
      previousWasName = false;
      continue;
    }
    // A year ("in 2021") or a number that names something ("Issue Brief 15", "resolution 61/180") must be there.
    if (/^\d+$/.test(concept.word)) {
      const isYear = /^(?:19|20)\d\d$/.test(concept.word);
      if (!shape.yesNo && (isYear || shape.expects !== 'number')) groups.push({ concepts: [concept], factor: MISSING_YEAR_FACTOR });
      previousWasName = false;
      continue;
    }
    const isName = concept.known && !concept.everyday && index.isName(own(concept));
    const previous = groups[groups.length - 1];
    if (isName && previousWasName && previous && !previous.phrase && writtenTogether(index, previous.concepts[previous.concepts.length - 1]!, concept)) {
      previous.concepts.push(concept);
    } else if (isName) groups.push({ concepts: [concept], factor: MISSING_NAME_FACTOR });
    else if (shape.expects === 'person' && isTitle(concept)) titles.push(concept);
    else if (concept.known || !concept.everyday) asked.push(concept);
    previousWasName = isName;
  }
  if (titles.length > 0) groups.push({ concepts: titles, factor: MISSING_NAME_FACTOR });
  // A known word may be worded otherwise in the right passage ("become part of" for "joined"); a word the knowledge never uses cannot.
  if (groups.length > 0 && asked.some((concept) => !concept.knownAsTyped && !concept.everyday)) {
    groups.push({ concepts: asked, factor: MISSING_ATTRIBUTE_FACTOR, ownWords: true });
  }
  return groups;
}

/** Whether a passage mentions what a required group asks for. */
function satisfies(index: KnowledgeIndex, passage: Passage, group: RequiredGroup, mentioned: ReadonlySet<Concept>): boolean {
  if (!group.phrase) return group.concepts.some((concept) => mentioned.has(concept));
  const terms = index.terms[passage.id]!;
  // Half the name, in one piece, will do: "the Fund" stands for the Trust Fund, but "policy" and
  // "groups" here and there do not make the Policy Support Group.
  const words = group.phrase.trim().split(' ');
  const length = Math.ceil(words.length / 2);
  for (let start = 0; start + length <= words.length; start++) {
    const piece = ` ${words.slice(start, start + length).join(' ')} `;
    if (terms.text.includes(piece) || terms.context.includes(piece)) return true;
    if (terms.title.includes(piece) && !sectionNamesSomething(index, passage.section)) return true;
  }
  return false;
}

/** Every term the question names, with the words of the abbreviations it uses in either form. */
function askedTerms(index: KnowledgeIndex, concepts: readonly Concept[]): Set<string> {
  const terms = new Set<string>();
  for (const concept of concepts) {
    for (const { term } of concept.alternatives) {
      terms.add(term);
      for (const word of index.aliases.stemsOf(term)) terms.add(word);
    }
  }
  return terms;
}

/** Whether a passage's own words are all words the question already gave (list items and short lines). */
function echoes(index: KnowledgeIndex, passage: Passage, asked: ReadonlySet<string>): boolean {
  // A quotation that repeats the question's words still tells who said them.
  if (passage.kind === 'list' || passage.speaker) return false;
  const own = ownTerms(index, passage);
  // An abbreviation spelled out inside the question's own words ("United Nations" in UNHCR's full name) adds nothing either.
  const given = (term: string) => asked.has(term) || (index.aliases.isToken(term) && index.aliases.longStemsOf(term).every((part) => asked.has(part)));
  return own.length > 0 && own.every(given);
}

/** Whether a passage's speaker is described by one of the question's names ("UN Women" in "… Deputy Executive Director on UN Women, Åsa Regner"). */
function speakerNamedBy(index: KnowledgeIndex, passage: Passage, nameTerms: readonly string[]): boolean {
  if (!passage.speaker || nameTerms.length === 0) return false;
  let terms = speakerTerms.get(passage);
  if (terms === undefined) speakerTerms.set(passage, terms = ` ${index.analyseForMatching(passage.speaker)} `);
  return nameTerms.some((term) => terms.includes(` ${term} `));
}

const speakerTerms = new WeakMap<Passage, string>();

/** How much a passage is preferred for naming the agent of the question's verb ("coordinated by UNODC"). */
const AGENT_BONUS = 0.08;

/**
 * Whether a passage holds a verb only as an "-ing" word before another word ("leading policy
 * forum"), which describes rather than says who does it. `relationUses` finds the verb's uses,
 * with a form of "be" before and the word after.
 */
function relationAsAdjectiveOnly(passage: Passage, relationUses: RegExp): boolean {
  const text = foldedTextOf(passage);
  const uses = [...text.matchAll(relationUses)];
  if (uses.length === 0) return false;
  return uses.every((use) => !use[1] && /ing$/.test(use[0].split(' ')[0]!) && use[2] !== undefined);
}

/** Whether a passage says "six governments" with no capitalised name after it in the same clause. */
function countsWithoutNaming(passage: Passage, counted: RegExp): boolean {
  const match = counted.exec(foldedTextOf(passage));
  if (!match) return false;
  const at = match.index + match[0].length - match[1]!.length;
  return !/[A-ZÀ-Ý]/u.test(passage.text.slice(at, at + match[1]!.length));
}

/** A passage's folded text, computed once. */
function foldedTextOf(passage: Passage): string {
  let lower = foldedText.get(passage);
  if (lower === undefined) foldedText.set(passage, lower = fold(passage.text));
  return lower;
}

/** How much a passage is preferred for holding the question's words side by side, as the question has them ("joint Plan of Action"). */
function proximity(index: KnowledgeIndex, passage: Passage, pairs: readonly string[]): number {
  if (pairs.length === 0) return 0;
  const text = index.terms[passage.id]!.text;
  return PAIR_BONUS * pairs.filter((pair) => text.includes(pair)).length / pairs.length;
}

/** The most a passage gains from holding every pair of the question's consecutive words side by side. */
const PAIR_BONUS = 0.06;

const PERSON_NAME = /(?<!^|[.!?:"“]\s)\b[A-ZÀ-Ý][a-zà-ÿ]+(?:\s+[A-ZÀ-Ý]\.)?\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+/gu;
const HONORIFIC = /\b(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+[A-ZÀ-Ý]/u;

/** Whether a text names a person: two capitalised words that are not both title words ("Ghada Waly", not "Executive Director"). */
function namesAPerson(passage: Passage): boolean {
  let names = personNamed.get(passage);
  if (names === undefined) personNamed.set(passage, names = textNamesAPerson(passage.text));
  return names;
}

const personNamed = new WeakMap<Passage, boolean>();

function textNamesAPerson(text: string): boolean {
  if (HONORIFIC.test(text)) return true;
  const isTitleWord = (word: string) => TITLE_STEMS.has(stem(fold(word.replace(/[.,]$/, ''))));
  for (const match of text.matchAll(PERSON_NAME)) {
    if (!match[0].split(/\s+/).every(isTitleWord)) return true;
  }
  const leading = /^([A-ZÀ-Ý][a-zà-ÿ]+)\s+([A-ZÀ-Ý][a-zà-ÿ]+),/u.exec(text);
  return leading !== null && !(isTitleWord(leading[1]!) && isTitleWord(leading[2]!));
}

/** Whether a passage's own text names someone or something the question does not. */
function namesSomeoneNew(index: KnowledgeIndex, passage: Passage, asked: ReadonlySet<string>): boolean {
  if (passage.speaker) return true;
  return ownTerms(index, passage).some((term) => !asked.has(term) && index.isName(term));
}

/** A passage's own analysed terms, split once per index and passage. */
function ownTerms(index: KnowledgeIndex, passage: Passage): readonly string[] {
  let cache = ownTermCache.get(index);
  if (!cache) ownTermCache.set(index, cache = []);
  return (cache[passage.id] ??= index.terms[passage.id]!.text.split(' ').filter(Boolean));
}

const ownTermCache = new WeakMap<KnowledgeIndex, (readonly string[] | undefined)[]>();

/** Whether a section heading names something ("Statement by OSCE Special Representative Valiant Richey"), per index. */
function sectionNamesSomething(index: KnowledgeIndex, section: string | undefined): boolean {
  if (section === undefined) return false;
  let memo = sectionNames.get(index);
  if (!memo) sectionNames.set(index, memo = new Map());
  let names = memo.get(section);
  if (names === undefined) {
    names = index.analyseForMatching(section).split(' ').some((term) => term !== '' && index.isName(term));
    memo.set(section, names);
  }
  return names;
}

const sectionNames = new WeakMap<KnowledgeIndex, Map<string, boolean>>();

/** Whether two name words belong to one name: the knowledge writes them side by side ("Trust Fund"; not "OSCE Secretary"). */
function writtenTogether(index: KnowledgeIndex, a: Concept, b: Concept): boolean {
  const pair = ` ${a.alternatives[0]!.term} ${b.alternatives[0]!.term} `;
  return remembered(index, `together${pair}`, () => {
    const hits = index.search.search(pair.trim(), { combineWith: 'AND', prefix: false, fuzzy: false });
    return hits.slice(0, WRITTEN_TOGETHER_CHECKS).some((hit) => index.terms[hit.id as number]!.text.includes(pair));
  });
}

/** Facts about an index that do not depend on the question, worked out once per index and key. */
function remembered<T>(index: KnowledgeIndex, key: string, work: () => T): T {
  let memo = memos.get(index);
  if (!memo) memos.set(index, memo = new Map());
  if (memo.size > MEMO_LIMIT) memo.clear();
  if (!memo.has(key)) memo.set(key, work());
  return memo.get(key) as T;
}

const memos = new WeakMap<KnowledgeIndex, Map<string, unknown>>();
/** The most facts remembered per index; questions bring a bounded vocabulary, but a flood must not grow memory. */
const MEMO_LIMIT = 20_000;

/** How many passages holding both words are read to see whether they stand side by side. */
const WRITTEN_TOGETHER_CHECKS = 50;

/** How many passages that spell out an abbreviation's full name join the candidates of a "what is" question. */
const DEFINITION_CANDIDATES = 10;

/**
 * "What is ICAT?": where a document defines an abbreviation, it spells out the full name ("The
 * Inter-Agency Coordination Group … (ICAT) is …"). Those passages join the candidates, however
 * many others merely use the abbreviation and outrank them in the search.
 */
function withDefinitions(index: KnowledgeIndex, concepts: readonly Concept[], shape: QuestionShape, hits: SearchHit[]): SearchHit[] {
  if (!shape.subject || (shape.expects !== 'definition' && shape.expects !== 'person')) return hits;
  const extra = new Map<number, SearchHit>();
  for (const concept of concepts) {
    const long = index.aliases.longStemsOf(concept.alternatives[0]?.term ?? '');
    if (long.length < 2) continue;
    const spelledOut = remembered(index, `definitions ${long.join(' ')}`, () => index.search
      .search(long.join(' '), { combineWith: 'AND', prefix: false, fuzzy: false }).slice(0, DEFINITION_CANDIDATES)
      .map((hit) => ({ id: hit.id as number, score: hit.score })));
    for (const hit of spelledOut) extra.set(hit.id, hit);
  }
  return extra.size ? [...extra.values(), ...hits.filter((hit) => !extra.has(hit.id))] : hits;
}

/** How many candidates are judged in full (constraints, bonuses); the others are out-covered already. */
const JUDGED_CANDIDATES = 24;

/**
 * The hits that cover most of the question, by a quick count of the concepts' weighted matches:
 * judging a candidate in full costs far more, and one that covers much less never wins, since
 * the full judgement only lowers coverage or adds small preferences. Duplicates are dropped.
 */
function mostCovering(index: KnowledgeIndex, concepts: readonly Concept[], hits: readonly SearchHit[], limit: number): SearchHit[] {
  if (hits.length <= limit) return [...new Map(hits.map((hit) => [hit.id, hit])).values()];
  const quick = new Map<number, { hit: SearchHit; covered: number }>();
  for (const hit of hits) {
    if (quick.has(hit.id)) continue;
    const fields = index.fieldsOf(hit.id);
    let covered = 0;
    for (const concept of concepts) {
      let credit = 0;
      for (const { term, weight } of concept.alternatives) {
        const field = fields.get(term);
        if (field !== undefined) credit = Math.max(credit, (field === 'title' ? FIELD_CREDIT.title : 1) * weight);
      }
      covered += credit * concept.importance;
    }
    quick.set(hit.id, { hit, covered });
  }
  return [...quick.values()].sort((a, b) => b.covered - a.covered || b.hit.score - a.hit.score).slice(0, limit).map((entry) => entry.hit);
}

/**
 * One fact is answered by the item that holds it: a whole list would match words from different
 * items. So, unless the question asks for a list, a list the search found stands for its items,
 * which are judged instead (their lead-in counts as their own words).
 */
function expandLists(index: KnowledgeIndex, hits: readonly SearchHit[], wantsWholeList: boolean): SearchHit[] {
  if (wantsWholeList) return [...hits];
  const expanded: SearchHit[] = [];
  for (const hit of hits) {
    const passage = index.passages[hit.id]!;
    const count = passage.kind === 'list' ? passage.items?.length ?? 0 : 0;
    if (count <= 1) { expanded.push(hit); continue; }
    for (let id = passage.id + 1; id <= passage.id + count && index.passages[id]?.itemOf === passage.id; id++) expanded.push({ id, score: hit.score });
  }
  return expanded;
}

/** Whether a passage holds the kind of answer the question's shape asks for. */
function fits(passage: Passage, shape: QuestionShape): boolean {
  const f = passage.features;
  switch (shape.expects) {
    case 'date': return f.date;
    case 'time': return f.time;
    case 'number': return f.number;
    case 'frequency': return f.frequency;
    case 'amount': return f.money;
    case 'place': return f.place;
    // A quotation whose speaker is known names its "who".
    case 'person': return f.name || passage.speaker !== undefined;
    case 'list': return passage.kind === 'list';
    case 'quote': return f.quote;
    default: return true;
  }
}

function preference(passage: Passage, shape: QuestionShape, fitsShape: boolean, subjectNames: readonly string[], speakerMatches: boolean): number {
  let bonus = fitsShape && shape.expects !== 'any' && shape.expects !== 'definition' ? 0.15 : 0;
  if (!fitsShape && REQUIRED_SHAPES.has(shape.expects)) bonus -= 0.3;
  if (shape.ordinal !== undefined && passage.kind === 'list') bonus += 0.15;
  if (subjectNames.length > 0) bonus += definesSubject(passage, subjectNames, shape.expects === 'person');
  // "Who spoke for UN Women?": a quotation whose speaker is described by the question's names.
  if (speakerMatches) bonus += SPEAKER_BONUS;
  return bonus;
}

/**
 * How much a sentence reads as a definition of its subject: the subject (by any of its names) is
 * followed by "is", "are", "was" or "refers to", with at most a bracket or an aside in between,
 * as in "… Persons (ICAT) is the UN's leading policy forum"; a person also by an apposition.
 */
function definesSubject(passage: Passage, subjectNames: readonly string[], person: boolean): number {
  const lower = foldedTextOf(passage);
  let best = 0;
  for (const name of subjectNames) {
    const at = lower.indexOf(name);
    const before = lower.slice(0, at);
    // "The aim of ICAT is …" is about the aim, not a definition of ICAT.
    if (at < 0 || at > 160 || /,|;|\b(that|which|who|when|while|and is|during)\b/.test(before) || /\b(of|for|by|on|to|with|from|about)\s*$/.test(before)) continue;
    const after = lower.slice(at + name.length);
    const verb = DEFINING_VERB.exec(after);
    // "X is a policy forum" defines X; "X is coordinated by Y" only says something about it.
    if (verb) best = Math.max(best, /^\s*(a|an|the|one)\b/.test(after.slice(verb[0].length)) ? DEFINITION_BONUS : STATEMENT_BONUS);
    // "Valiant Richey, OSCE Special Representative …": a person is introduced by an apposition.
    else if (person && /^,\s/.test(after)) best = Math.max(best, DEFINITION_BONUS);
  }
  return best;
}

/** How much a passage that gives a title is preferred when the question asks who someone is. */
const TITLE_BONUS = 0.06;

/** How much a quotation is preferred for a who-question when its speaker's description holds the question's names. */
const SPEAKER_BONUS = 0.1;

/** How much a sentence that defines the subject ("X is a …") is preferred; one that states something of it ("X is coordinated by …"), less. */
const DEFINITION_BONUS = 0.12;
const STATEMENT_BONUS = 0.06;

/** Passages' folded text, computed on first use. */
const foldedText = new WeakMap<Passage, string>();

const DEFINING_VERB = /^[a-z]{0,2}['’]?\)?\s*(\([^)]{0,80}\)\s*)?(,[^,]{1,120},\s*)?(is|are|was|were|refers to|means|remains)\b/;

/** The names a "what is X" subject goes by: its last words, and both forms of an abbreviation in it. */
export function subjectNames(index: KnowledgeIndex, subject: string, concepts: readonly Concept[]): string[] {
  const words = fold(subject).replace(/[?.!]+$/, '').trim().split(/\s+/);
  const names = [words.slice(-2).join(' ')];
  const lastWord = concepts[concepts.length - 1]?.word;
  if (lastWord && lastWord.length > 2) names.push(lastWord);
  for (const entry of index.aliases.shortFormsIn(subject)) {
    names.push(fold(entry.short), fold(entry.long).split(/\s+/).slice(-2).join(' '));
  }
  return [...new Set(names.filter(Boolean))];
}

/** Candidates this close to the best are equally good answers, between which the date decides. */
const NEAR_TIE = 0.12;
/** …and that cover the question as fully as the best does. */
const SAME_COVERAGE = 0.03;

/**
 * For a question about now ("who chairs ICAT?", "current members"), the latest dated fact among
 * the answers that match it about equally well: the 2025 co-chairs, not the 2019 ones. Other
 * questions keep the best candidate.
 */
export function latestWhenAskedAboutNow(candidates: readonly Candidate[], shape: QuestionShape): Candidate | undefined {
  const best = candidates[0];
  // A timeless best answer ("ICAT is coordinated by UNODC") stays; a dated one gives way to the latest of its series.
  if (!best || !shape.now || shape.years || yearOf(best.passage) === undefined) return best;
  const dated: { candidate: Candidate; year: number }[] = [];
  for (const candidate of candidates) {
    if (candidate.score < best.score - NEAR_TIE) break;
    const year = yearOf(candidate.passage);
    if (year !== undefined && Math.abs(candidate.coverage - best.coverage) <= SAME_COVERAGE) dated.push({ candidate, year });
  }
  if (dated.length === 0) return best;
  // The document holding most of these dated answers is the series the question is about ("co-chairs by year").
  const perDocument = new Map<unknown, number>();
  for (const { candidate } of dated) perDocument.set(candidate.passage.document, (perDocument.get(candidate.passage.document) ?? 0) + 1);
  const series = [...perDocument].sort((a, b) => b[1] - a[1])[0]![0];
  return dated.filter(({ candidate }) => candidate.passage.document === series).sort((a, b) => b.year - a.year)[0]!.candidate;
}

/** The year a passage's fact belongs to: its item's label ("2025: …"), its heading's year, else the latest year it names. */
function yearOf(passage: Passage): number | undefined {
  const label = /^((?:19|20)\d\d)\b/.exec(passage.text)?.[1];
  if (label) return Number(label);
  if (passage.asOf && passage.asOf !== passage.document.asOf) return Number(passage.asOf.slice(0, 4));
  const years = passage.text.match(/\b(?:19|20)\d\d\b/g);
  return years ? Math.max(...years.map(Number)) : undefined;
}

/**
 * Turns the best candidate into a confidence in [0, 1]: coverage of the question, held down when
 * the passage lacks the kind of answer the question requires (no date for a "when").
 */
export function confidenceOf(best: Candidate | undefined, shape: QuestionShape): number {
  if (!best) return 0;
  const shapeFactor = !best.fitsShape && REQUIRED_SHAPES.has(shape.expects) ? 0.45 : 1;
  return Math.max(0, Math.min(1, best.coverage * shapeFactor));
}
