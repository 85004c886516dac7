import { searchCandidates, type CandidateSearchOptions, type SearchHit } from '../search/candidate-search.js';
import { DOCUMENT_SYMBOL, LEAD_IN } from '../search/features.js';
import { FIELD_CREDIT } from '../search/fields.js';
import { fieldIn } from '../search/field-tables.js';
import { importanceScatteredOverItems } from './list-items.js';
import type { KnowledgeIndex } from '../search/knowledge-index.js';
import type { KnowledgeDocument } from '../knowledge/document.js';
import type { Passage } from '../search/passage.js';
import { namesACountry } from '../search/places.js';
import { higherFirst } from '../search/score-order.js';
import { fold } from '../text/fold.js';
import { stem } from '../text/stem.js';
import { unqualified } from '../text/terms.js';
import { patternOf } from '../text/patterns.js';
import { askedChecks } from './asked-checks.js';
import { ConceptMarks } from './concept-marks.js';
import { domainDocuments } from './domain.js';
import { DEFINITION_CANDIDATES, expandLists, isLabelLine, JUDGED_CANDIDATES, mostCovering, withDefinitions, withHeadingPassages } from './candidates.js';
import {
  antecedentOf, datesItToTheDay, datesTheEvent, definesSubject, echoes, foldedTextOf, namesAPerson, namesSomeoneNew, onlyNegated, ownTerms, proximity,
  relationAsAdjectiveOnly, relationOnlyInNames, saysSourcesAreSilent, silentOnTheAsked, speakerNamedBy, writesNon, writesPhrase,
} from './passage-reading.js';
import { COUNTRY_KINDS, isTitle, NATIONALITY_WORDS, TITLE_STEMS, type Concept } from './query.js';
import { claimedSlotOf, fillsClaimedSlot } from './yes-no.js';
import type { QuestionShape } from './question.js';
import {
  askedTerms, MISSING_ATTRIBUTE_FACTOR, MISSING_NAME_FACTOR, requiredGroups, REWORDED_ATTRIBUTE_FACTOR, satisfies, sectionNamesSomething,
} from './required.js';
import { aboutAnotherYear, askedYearsOf, datesAskedWordsElsewhere, itemYearOf } from './year-labels.js';
import { countedList, countedTermsOf, countsWhatIsAsked } from './list-counts.js';
import { neighbourItem } from './list-neighbours.js';

/** A passage considered as an answer, with how well it covers the question and fits its shape. */
export interface Candidate {
  passage: Passage;
  /** Share of the question's concepts (by importance) the passage covers, 0–1. */
  coverage: number;
  /** Whether the passage holds the kind of answer the question wants (a date for "when"…). */
  fitsShape: boolean;
  /** Ranking score: coverage plus preferences for shape, definitions and lists. */
  score: number;
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
  /**
   * What the knowledge is about: a question that names nothing ("priority #4") is asked of it, so
   * documents that write it are preferred among equal answers (see domain.ts). Default "ICAT".
   */
  subject: string;
  /**
   * The documents a question names as the place to answer from ("in the cbss article, …", see
   * document-reference.ts): only their passages are judged. Default: all documents.
   */
  documents?: ReadonlySet<KnowledgeDocument>;
}

/** Defaults for {@link RankOptions}. */
export const RANK_DEFAULTS: RankOptions = { rerankLimit: 40, commonTermShare: 0.2, commonTermMinPassages: 1000, searchPostings: 2000, subject: 'ICAT' };

/** A context match counts more when the passage opens with "He", "It"…: the context is what the pronoun stands for. */
const ANAPHORIC_CONTEXT_CREDIT = 0.85;

/** A list item's lead-in ("ICAT has had the following co-chairs:") is part of what the item says. */
const ITEM_LEAD_IN_CREDIT = 1;

/** A passage that shares no word with the question, only synonyms, is a weaker answer than its coverage says. */
const SYNONYMS_ONLY_FACTOR = 0.6;

/** How much the search engine's own score counts in ranking: enough to break ties between equal coverage. */
const SEARCH_SCORE_WEIGHT = 0.05;

/** Answer kinds a passage must hold for the question to be answered at all. */
const REQUIRED_SHAPES = new Set(['date', 'time', 'number', 'frequency', 'amount', 'place']);

/**
 * A passage whose own words are all words of the question ("Council of the Baltic Sea States
 * (CBSS)" for "who chairs the CBSS?") tells nothing the question did not: it is not an answer.
 */
const ECHO_FACTOR = 0.5;
/** Whether a list item is labelled with a year ("2021: …") that is none of the years asked. */
function labelledWithAnotherYear(passage: Passage, years: readonly string[]): boolean {
  const label = passage.itemOf !== undefined ? itemYearOf(passage) : undefined;
  return label !== undefined && !years.includes(label);
}

/**
 * "CIW got the award in 2009, didn't they?" over "2007 - Coalition of Immokalee Workers (CIW)" and
 * "2009 - SOS Esclaves": an item of another year that names the claim's subject, in a list whose
 * item of the year claimed does not, is the answer that corrects the year.
 */
function correctsTheClaimedYear(index: KnowledgeIndex, passage: Passage, years: readonly string[], subject: string | undefined): boolean {
  if (!subject || passage.itemOf === undefined) return false;
  const terms = index.analyseForMatching(subject).split(' ').filter(Boolean);
  const names = (text: string) => {
    const written = ` ${index.analyseForMatching(text)} `;
    return terms.length > 0 && terms.every((term) => written.includes(` ${term} `));
  };
  if (!names(passage.text)) return false;
  const items = index.passages[passage.itemOf]?.items ?? [];
  return items.some((item) => years.some((year) => item.startsWith(year))) && !items.some((item) => years.some((year) => item.startsWith(year)) && names(item));
}

/**
 * Whether a passage names something of the kind asked for: a country (for "which govt"), a place,
 * or an organisation (an abbreviation the knowledge defines, other than those the question names).
 */
function namesAKind(index: KnowledgeIndex, passage: Passage, kind: 'country' | 'place' | 'organisation', askedTokens: ReadonlySet<string>): boolean {
  if (kind === 'country') return passage.features.place && namesACountry(passage.text);
  if (kind === 'place') return passage.features.place;
  return ownTerms(index, passage).some((term) => index.aliases.isToken(term) && !askedTokens.has(term));
}

/** How many words after a name its title may come ("Julie Okah-Donli of Nigeria, Director-General of …"). */
const TITLE_AFTER_NAME = 6;

/** Words for a post that a person's title may end with, beyond the titles of {@link TITLE_STEMS}: "Research Specialist Harry Cook". */
const JOB_STEMS: ReadonlySet<string> = new Set(['specialist', 'officer', 'advis', 'advisor', 'analyst', 'consult', 'research', 'expert', 'member', 'professor', 'judg', 'lawyer', 'journalist'].map(stem));

/**
 * Whether a passage writes a title beside the name asked about: right before it ("Director Tom
 * Berg") or a few words after it ("Tom Berg, Director of …"). "Joy Ezeilo, a former Rapporteur,
 * was an earlier chair of the Board, before Julie Okah-Donli" gives Ezeilo's titles, not hers.
 */
function givesTheirTitle(terms: readonly string[], nameTerms: ReadonlySet<string>): boolean {
  let lastName = -Infinity;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    if (nameTerms.has(term)) {
      if (i > 0 && isPostWord(terms[i - 1]!) && !nameTerms.has(terms[i - 1]!)) return true;
      lastName = i;
    } else if (isPostWord(term) && i - lastName <= TITLE_AFTER_NAME) return true;
  }
  return false;
}

/** Whether an analysed word is a title or a job ("director", "specialist"). */
function isPostWord(term: string): boolean {
  const plain = unqualified(term);
  return TITLE_STEMS.has(plain) || JOB_STEMS.has(plain);
}

/** The first `limit` hits, and those beyond that write the question's rarest term (see searchCandidates). */
function bestHits(hits: readonly SearchHit[], limit: number): SearchHit[] {
  return hits.length <= limit ? [...hits] : [...hits.slice(0, limit), ...hits.slice(limit).filter((hit) => hit.rarest)];
}

/** How much less a passage counts that says the sources lack a fact: another passage that gives facts goes first. */
const SILENT_SOURCES_FACTOR = 0.8;

/** Posts an organisation can hold as well as a person: a "who" asking for one is answered by naming either. */
const ORGANISATION_POSTS: ReadonlySet<string> = new Set(['chair', 'cochair', 'chairmanship', 'coordin', 'member', 'host', 'founder', 'partner', 'lead', 'manag']);

/** A who-question answered by a passage that never says the question's verb, nor a synonym of it. */
const MISSING_RELATION_FACTOR = 0.75;

/** A who-question answered by a passage that names no one new. */
const NO_ONE_NEW_FACTOR = 0.7;

/** A question for who holds a personal post, answered by a passage that names no person. */
const NO_HOLDER_FACTOR = 0.5;

/**
 * Finds the passages that best answer a question: a MiniSearch query over the concepts' terms
 * picks the candidates, then each is judged on how much of the question it covers (weighted by
 * how telling each concept is) and whether it holds the kind of answer asked for.
 */
export function rankPassages(
  index: KnowledgeIndex, concepts: readonly Concept[], shape: QuestionShape, options: Partial<RankOptions> = {},
): Candidate[] {
  const { rerankLimit, subject, documents, ...searchOptions } = { ...RANK_DEFAULTS, ...options };
  const weights = new Map<string, number>();
  for (const concept of concepts) {
    // A concept the knowledge knows by its own word is searched by that word alone; its synonyms
    // still count when candidates are judged. Fewer searched terms, less work for the engine.
    const own = concept.alternatives[0];
    // A word in doubt (a typo's correction, "set" of "set up") is searched with its alternatives.
    // So is a word the knowledge writes only in another form that shares its stem ("founded" → "found", as in "found in").
    const searched = own && own.weight === 1 && index.knownTerms.has(own.term) && (concept.alternatives.length === 1 || index.writesWord(concept.word))
      ? [own] : concept.alternatives;
    for (const { term, weight } of searched) {
      if (index.knownTerms.has(term)) weights.set(term, Math.max(weights.get(term) ?? 0, weight));
    }
  }
  if (weights.size === 0) return [];
  // Of the search's hits only the best are reranked, after the definitions put first (see candidates.ts).
  // A question that names its document searches all hits for that document's (one document's passages bound the work).
  const found = withHeadingPassages(index, weights.keys(), withDefinitions(index, concepts, shape,
    searchCandidates(index, weights, { ...searchOptions, limit: documents ? Number.POSITIVE_INFINITY : rerankLimit + DEFINITION_CANDIDATES })));
  const hits = documents ? found.filter((hit) => documents.has(index.passages[hit.id]!.document)) : found;
  const totalImportance = concepts.reduce((sum, c) => sum + c.importance, 0) || 1;
  const candidates: Candidate[] = [];
  // The best score of all hits: definitions joined from another search come first with scores on another scale.
  const topSearchScore = hits.reduce((top, hit) => Math.max(top, hit.score), 0) || 1;
  const required = requiredGroups(index, concepts, shape);
  const asked = askedTerms(index, concepts);
  // The abbreviations the question itself names: an organisation it asks for is another one.
  const askedTokens = new Set(concepts.flatMap((concept) => concept.alternatives.map((a) => a.term)).filter((term) => index.aliases.isToken(term)));
  // "Who coordinates ICAT?" is answered by "ICAT is coordinated by …": the passive names the one who does it.
  // The verb is the question's first content word, as typed or as its typo was mended ("cordinates").
  // The verb itself is found only when it is one of the concepts ("said" is not: it only frames the question).
  const verb = shape.verb ? concepts.find((concept) => concept.word === shape.verb) : undefined;
  // "Who said purchasing power …?": "said" only frames the question, and the words after it are what was said, not a relation.
  const relation = shape.verb ? verb ?? (shape.aboutSpeech ? undefined : concepts[0]) : undefined;
  const relationUses = relation && /^[a-z]{3,}$/.test(relation.alternatives[0]!.term)
    ? patternOf(`\\b(is |are |was |were |been |be )?${relation.alternatives[0]!.term}[a-z]*( [a-z]+)?`, 'g') : undefined;
  // A capitalised title ("Head of the ECU") still says who heads it: only other verbs are read as names when capitalised.
  const verbUses = verb && /^[a-z]{3,}$/.test(verb.alternatives[0]!.term) && !TITLE_STEMS.has(verb.alternatives[0]!.term) ? patternOf(`\\b${verb.alternatives[0]!.term}[a-z]*`, 'gi') : undefined;
  const agent = relation && /^[a-z]{3,}$/.test(relation.alternatives[0]!.term) ? patternOf(`\\b${relation.alternatives[0]!.term}[a-z]*ed\\b[^.;:]{0,30}?\\bby\\b|\\b${relation.alternatives[0]!.term}[a-z]*ed: [^.;]{0,20}?\\bby\\b`) : undefined;
  const pairs = concepts.slice(1).map((concept, i) => ` ${concepts[i]!.alternatives[0]!.term} ${concept.alternatives[0]!.term} `);
  const nameTerms = required.filter((group) => group.factor === MISSING_NAME_FACTOR).flatMap((group) => group.concepts.map((c) => c.alternatives[0]!.term));
  const names = shape.subject && (shape.expects === 'definition' || shape.expects === 'person') ? subjectNames(index, shape.subject, concepts) : [];
  // "Who is Regner?" names a person and asks what she is; "who is the head of UNODC?" names a post.
  // …but a chair, a co-chair or a coordinator may be an organisation ("2023: IOM and the OSRSG-VAC (co-chairs)").
  const asksWhoHoldsATitle = shape.expects === 'person' && concepts.some((concept) => isTitle(concept) && !concept.alternatives.some((a) => !a.synonym && ORGANISATION_POSTS.has(a.term)));
  const asksWhoSomeoneIs = shape.expects === 'person' && names.length > 0 && !concepts.some(isTitle);
  // "How many organisations …?": the terms of what is counted, for a list that gives no number (list-counts.ts).
  const countedTerms = shape.expects === 'number' ? countedTermsOf(concepts, shape) : undefined;
  // …and their own title, written beside their name, not another's in the same sentence.
  const subjectTerms = new Set(asksWhoSomeoneIs ? concepts.map((concept) => concept.alternatives[0]!.term) : []);
  // "Who were the co-chairs in 2023?": a post asked for in the plural is best answered by a passage that names several.
  // …and so is "icat co chairs 2022?", which names nothing else than whose posts and when ("2025 priorities of the co-chairs" asks priorities).
  const pluralTitle = concepts.some((concept) => isTitle(concept) && /[a-z]s$/.test(concept.word));
  const onlyThePost = concepts.every((concept) => isTitle(concept) || /^\d+$/.test(concept.word) || index.isName(concept.alternatives[0]!.term));
  const asksForSeveral = pluralTitle && (shape.expects === 'person' || (shape.expects === 'any' && shape.ordinal === undefined && onlyThePost));
  // The preposition a yes/no question's claim opens with, and the claim's words after it ("from" and "security council").
  const claimSlot = claimedSlotOf(shape);
  const asksForCountries = concepts.some((concept) => concept.answerKind === 'country' || NATIONALITY_WORDS.test(concept.word)) || (shape.headNoun !== undefined && COUNTRY_KINDS.test(shape.headNoun));
  // Words a passage may write only after "non-" (checked per passage only for these).
  const negatable = concepts.map((concept) => /^[a-z0-9]+$/.test(concept.word));
  // "When…?", and "was it on 2 March?", are best answered to the day.
  const wantsADay = shape.expects === 'date' || concepts.some((concept) => concept.doubted && /^\d{1,2}$/.test(concept.word));
  const years = askedYearsOf(shape, concepts.filter((concept) => !/^\d+$/.test(concept.word)).flatMap((concept) => concept.alternatives.map((a) => a.term)));
  const checkAsked = askedChecks(index, concepts, shape, required, nameTerms);
  // What a "when" asks the date of: its words that are not names or years ("launch" in "trust fund launch date").
  const namedConcepts = new Set(required.filter((group) => group.kind === 'name' || group.kind === 'year').flatMap((group) => group.concepts));
  const eventTerms = new Set(shape.expects === 'date' ? concepts.filter((c) => !namedConcepts.has(c) && !c.everyday).flatMap((c) => c.alternatives.map((a) => a.term)) : []);
  const wantsWholeList = shape.expects === 'list' || shape.ordinal !== undefined || shape.relative !== undefined;
  // "Priority #4" names nothing: it is asked of what the knowledge is about, not of a neighbouring body's list.
  // (A name or a date says what is asked about: "what happened in December 2020?")
  const domain = required.some((group) => group.kind === 'name' || group.kind === 'year') ? undefined : domainDocuments(index, subject);
  // Each alternative's key in the passages' field tables, resolved once rather than per candidate.
  const conceptKeys = concepts.map((concept) => concept.alternatives.map((a) => index.termKey(a.term)));
  // Which concepts each candidate mentions, and how: the question's words, its own words, below the title, as typed.
  const positions = ConceptMarks.positionsOf(concepts);
  const mentioned = new ConceptMarks(positions, concepts.length);
  const mentionedOwn = new ConceptMarks(positions, concepts.length);
  const mentionedBelowTitle = new ConceptMarks(positions, concepts.length);
  const mentionedAsTyped = new ConceptMarks(positions, concepts.length);
  const inOwnText: boolean[] = new Array<boolean>(concepts.length).fill(false);
  const inDomain = domain ? (hit: SearchHit) => domain.has(index.passages[hit.id]!.document) : undefined;
  for (const hit of mostCovering(index, concepts, expandLists(index, bestHits(hits, rerankLimit + DEFINITION_CANDIDATES), wantsWholeList), JUDGED_CANDIDATES, inDomain)) {
    const passage = index.passages[hit.id]!;
    let covered = 0;
    let sharesAWord = false;
    mentioned.clear();
    mentionedOwn.clear();
    mentionedBelowTitle.clear();
    mentionedAsTyped.clear();
    // An item's lead-in ("ICAT has had the following co-chairs:") is half of what the item says, as a pronoun's antecedent is.
    const contextCredit = passage.itemOf !== undefined ? ITEM_LEAD_IN_CREDIT : passage.features.anaphoric ? ANAPHORIC_CONTEXT_CREDIT : FIELD_CREDIT.context;
    const leadIn = passage.itemOf !== undefined ? leadInTermsOf(index, passage) : undefined;
    const negates = writesNon(passage);
    // "is ICAT's mandate from the Security Council?" is answered by "… its mandate from the … General Assembly".
    const fillsTheSlot = claimSlot !== undefined && fillsClaimedSlot(passage.text, claimSlot);
    const labelLine = isLabelLine(passage);
    const table = index.fieldTableOf(passage.id);
    for (let c = 0; c < concepts.length; c++) {
      const concept = concepts[c]!;
      const keys = conceptKeys[c]!;
      let credit = 0;
      inOwnText[c] = false;
      for (let a = 0; a < concept.alternatives.length; a++) {
        const field = fieldIn(table, keys[a]!);
        if (field === undefined) continue;
        const { weight, synonym, phrase } = concept.alternatives[a]!;
        // "set" counts for "established" only where the passage writes "set up".
        if (phrase !== undefined && !writesPhrase(passage, phrase)) continue;
        // An item's lead-in counts as the item's own words; the section heading above it, as any context does.
        // A "Label: value" line ("Signed: 21 November 2015") states a fact of the document's subject: its title counts as context does.
        const fieldCredit = field === 'title' ? (labelLine ? FIELD_CREDIT.context : FIELD_CREDIT.title)
          : field !== 'context' ? FIELD_CREDIT[field] : leadIn && !leadIn.has(concept.alternatives[a]!.term) ? FIELD_CREDIT.context : contextCredit;
        credit = Math.max(credit, fieldCredit * weight);
        if (field === 'text') inOwnText[c] = true;
        if (!synonym) { sharesAWord = true; mentionedAsTyped.mark(c); }
        if (!synonym || !concept.everyday) mentionedOwn.mark(c);
        // A name only in the document's title counts unless the passage's section is about something else it names.
        if (field !== 'title' || !sectionNamesSomething(index, passage.section, asked)) mentioned.mark(c);
        if (field !== 'title') mentionedBelowTitle.mark(c);
      }
      // "Which govt helped …?": "Belarus helped …" names a government without the word; "which org …": "ICMPD" names one.
      if (concept.answerKind !== undefined && namesAKind(index, passage, concept.answerKind, askedTokens)) credit = Math.max(credit, FIELD_CREDIT.context);
      // "It set up a Small Grants Facility" writes "set up" as asked.
      if (concept.phrasal && foldedTextOf(passage).includes(concept.phrasal)) credit = Math.max(credit, FIELD_CREDIT.text);
      // "non-UN organisations" does not mention the UN.
      if (credit > 0 && negates && negatable[c] && onlyNegated(passage, concept.word)) credit = 0;
      // …where another name fills the place the claim puts its own: that passage speaks to the claim, and may correct it.
      if (credit === 0 && concept.claimed && fillsTheSlot) credit = FIELD_CREDIT.text;
      covered += credit * concept.importance;
    }
    // "what are the ten key actions in the call …?": words found in different items of a list are not said together.
    if (passage.kind === 'list') covered = Math.max(0, covered - importanceScatteredOverItems(index, passage, concepts, inOwnText));
    let constraint = 1;
    for (const group of required) {
      // "which govt …": a passage that names a country names a government, without the word.
      if (group.concepts.every((concept) => concept.answerKind !== undefined && namesAKind(index, passage, concept.answerKind, askedTokens))) continue;
      if (!satisfies(index, passage, group, group.ownWords ? mentionedOwn : mentioned, asked) || (group.kind === 'year' && years && aboutAnotherYear(passage, years))
        || (group.kind === 'name' && group.concepts.every((concept) => !mentioned.has(concept) || onlyNegated(passage, concept.word)))) constraint *= group.factor;
      // What the question asks is a word the knowledge never uses, met here only through a synonym: less sure.
      else if (group.ownWords && !group.concepts.some((concept) => mentionedAsTyped.has(concept))) constraint *= REWORDED_ATTRIBUTE_FACTOR;
    }
    // "UNHCR co-chaired in 2022, yeah?": the year a yes/no question doubts is no required word, but a
    // passage that dates the co-chairs another year does not settle it either way.
    // …nor does an item labelled with another year ("2021: UNODC and UNHCR" for "UNHCR co-chaired in 2022, right?"):
    // the item of the year asked says who did, and so corrects the claim.
    if (shape.yesNo && years && (datesAskedWordsElsewhere(passage, years) || labelledWithAnotherYear(passage, years.years))
      && !correctsTheClaimedYear(index, passage, years.years, shape.claimedAct?.subject)) constraint *= MISSING_ATTRIBUTE_FACTOR;
    // …though to a yes/no question a passage that says just what it claims is the answer: "INTERPOL", an item under
    // "The members that met in Geneva in 2011:", settles "Interpol was at the 2011 Geneva meeting, right?", and
    // "ICMPD joined ICAT in 2016." settles "did icmpd join icat in 2016?".
    if (echoes(index, passage, asked) && !shape.yesNo) constraint *= ECHO_FACTOR;
    // "The sources found do not give the year of Issue Brief 11" says nothing of what the brief is about.
    // …though "do not give the year" is the honest answer to "when was it published?" (the answerer declines with it).
    if (saysSourcesAreSilent(passage) && !silentOnTheAsked(passage, shape.expects)) constraint *= SILENT_SOURCES_FACTOR;
    // "Who leads UNODC?" is not answered by "the leading policy forum": the verb must be there as a verb.
    // …nor "who funds ICAT?" by "the United Nations Children's Fund": there the verb is part of a name.
    if ((relationUses && relationAsAdjectiveOnly(passage, relationUses)) || (verbUses && relationOnlyInNames(index, passage, verb!.alternatives[0]!.term, verbUses))) {
      constraint *= MISSING_ATTRIBUTE_FACTOR;
    }
    // "Who spoke for ICAT on the panel?": a passage about the panel that says nothing of speaking names no speaker
    // (a document called "notes" does not say it either).
    else if (verb?.known && shape.expects === 'person' && !mentionedBelowTitle.has(verb)) constraint *= MISSING_RELATION_FACTOR;
    // "Who coordinates ICAT?": a passage that names no one but what the question names has no "who" to give;
    // "who is the Executive Director of UNODC?": one that gives the title but no name has no one either.
    const namesNew = shape.expects === 'person' && namesSomeoneNew(index, passage, asked);
    if (shape.expects === 'person' && !namesNew) constraint *= NO_ONE_NEW_FACTOR;
    // …and "set up by the Secretary-General" gives the post asked about, but not who holds it.
    else if ((asksWhoHoldsATitle || shape.personNamed) && !namesAPerson(passage)) constraint *= NO_HOLDER_FACTOR;
    // What the wording asks beyond its words: whose post, which beginning, how many of what… (asked-checks.ts).
    // "which 20 countries started the Group of Friends?": a passage that names no country names none of them.
    if (asksForCountries && !namesACountry([passage.text, ...(passage.items ?? [])].join(' '))) constraint *= MISSING_ATTRIBUTE_FACTOR;
    const { factor: askedFactor, role } = checkAsked(passage);
    constraint *= askedFactor;
    const coverage = (covered / totalImportance) * (sharesAWord ? 1 : SYNONYMS_ONLY_FACTOR) * constraint;
    // "Who chaired ICAT in 2024?" is answered by organisations ("IOM and the OSRSG-VAC") as well as by people.
    // "Ten crews applied in the same month.": the sentence before, which the answer brings along, holds the date.
    const antecedent = antecedentOf(index, passage);
    const fitsShape = fits(passage, shape) || namesNew || (antecedent !== undefined && fits(antecedent, shape))
      // "How many orgs were at the Tokyo meeting?": a list of them, with no number, is counted.
      || (countedTerms !== undefined && countedList(index, passage, countedTerms) !== undefined);
    const tieBreak = SEARCH_SCORE_WEIGHT * (hit.score / topSearchScore);
    // "Who is Regner?": the passage that gives her title says who she is.
    const speakerMatches = shape.aboutSpeech === true && speakerNamedBy(index, passage, nameTerms);
    const definition = names.length > 0 ? definesSubject(passage, names, shape.expects === 'person') : 0;
    // …or says what she is ("Victoria Nyanjura is the first survivor to serve on the Board").
    const givesTitle = asksWhoSomeoneIs && (definition > 0 || givesTheirTitle(ownTerms(index, passage), subjectTerms));
    // "When was ICAT set up?" is answered by "ICAT was formally established in March 2007".
    // "Who replaced Biaudet?": a list that holds the one named and the one next to it answers.
    const holdsTheNeighbour = shape.relative !== undefined && passage.kind === 'list' && neighbourItem(index, passage.items ?? [], shape.relative) !== undefined;
    const bonus = (holdsTheNeighbour ? NEIGHBOUR_BONUS : 0) + (role === 'undergoes' ? UNDERGOES_BONUS : 0) + preference(passage, shape, fitsShape, definition, speakerMatches, wantsADay, shape.expects === 'date' && datesTheEvent(index, passage, eventTerms), shape.ordinal !== undefined && introducesAList(index, passage)) + (givesTitle ? TITLE_BONUS : 0) + proximity(index, passage, pairs)
      + (agent && agent.test(foldedTextOf(passage)) ? AGENT_BONUS : 0) + (asksForSeveral && NAMES_SEVERAL.test(passage.text) ? SEVERAL_BONUS : 0)
      + (domain?.has(passage.document) ? DOMAIN_BONUS : 0)
      // "how many members on the board": "has five members" counts them; "a member of the Board" only names one.
      + (countedTerms !== undefined && countsWhatIsAsked(index, passage, countedTerms) ? COUNT_BONUS : 0);
    candidates.push({ passage, coverage, fitsShape, score: coverage + bonus + tieBreak, defines: definition > 0 });
  }
  // A passage found both by itself and as an item of a list it belongs to is one candidate, at its best.
  const seen = new Set<number>();
  return candidates.sort((a, b) => higherFirst(a.score, b.score) || a.passage.id - b.passage.id).filter((c) => !seen.has(c.passage.id) && seen.add(c.passage.id));
}

/** Two names joined by "and" ("IOM and the OSRSG-VAC"): a passage that names several holders. A match starts only where a word does, so a long word is read once. */
const NAMES_SEVERAL = /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}\p{N}'’-]*\)? (?:and|&) (?:the )?\p{Lu}/u;

/** How much a passage that names several is preferred when the post is asked for in the plural. */
const SEVERAL_BONUS = 0.08;

/** The terms of an item's lead-in and the items above it (its `context`), without the section heading. */
function leadInTermsOf(index: KnowledgeIndex, passage: Passage): ReadonlySet<string> {
  let terms = leadInTerms.get(passage);
  if (!terms) leadInTerms.set(passage, terms = new Set(index.analyseForMatching(passage.context ?? '').split(' ').filter(Boolean)));
  return terms;
}

const leadInTerms = new WeakMap<Passage, ReadonlySet<string>>();

/** How much a list that holds the item named and its neighbour is preferred for "what comes after X", "who replaced X". */
const NEIGHBOUR_BONUS = 0.3;

/** How much a passage from a document about the knowledge's own subject is preferred, for a question that names nothing. */
const DOMAIN_BONUS = 0.03;

/** How much a passage that writes a number before what a "how many" counts is preferred (see {@link countsWhatIsAsked}). */
const COUNT_BONUS = 0.04;

/** How much a passage is preferred for naming the agent of the question's verb ("coordinated by UNODC"). */
const AGENT_BONUS = 0.08;

/** A range of dates, or one still open: "2004–2014", "March 2016 – June 2019", "July 2019 –". */
const DATE_RANGE = /\b(?:19|20)\d\d\s*(?:[–-]|to\b|until\b)/;

/** A document symbol anywhere in a text ("A/RES/72/1", "72/1"). */
const WRITES_SYMBOL = new RegExp(DOCUMENT_SYMBOL.source);

/** Whether a passage holds the kind of answer the question's shape asks for. */
function fits(passage: Passage, shape: QuestionShape): boolean {
  const f = passage.features;
  switch (shape.expects) {
    // "from when to when": a span asked for is given by a range of dates ("March 2016 – June 2019", "July 2019 –").
    case 'date': return f.date && (shape.span !== true || DATE_RANGE.test(passage.text));
    case 'time': return f.time;
    // "resolution # of the 2017 declaration": "resolution 72/1" numbers it with a symbol.
    case 'number': return f.number || (shape.symbolAsked === true && WRITES_SYMBOL.test(passage.text));
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

function preference(
  passage: Passage, shape: QuestionShape, fitsShape: boolean, definition: number, speakerMatches: boolean, wantsADay: boolean, datesEvent: boolean,
  introducesList: boolean,
): number {
  let bonus = fitsShape && shape.expects !== 'any' && shape.expects !== 'definition' ? 0.15 : 0;
  if (!fitsShape && REQUIRED_SHAPES.has(shape.expects)) bonus -= 0.3;
  // "Priority #4": a list, or the sentence that introduces one (the answer is then that list), holds positions.
  if (shape.ordinal !== undefined && (passage.kind === 'list' || introducesList)) bonus += 0.15;
  if (wantsADay && datesItToTheDay(passage)) bonus += DAY_DATE_BONUS;
  if (datesEvent) bonus += EVENT_DATE_BONUS;
  bonus += definition;
  // "Who spoke for UN Women?": a quotation whose speaker is described by the question's names.
  if (speakerMatches) bonus += SPEAKER_BONUS;
  return bonus;
}

/** Whether a sentence ends by introducing the list after it ("… recommends six priority areas:"). */
function introducesAList(index: KnowledgeIndex, passage: Passage): boolean {
  return passage.kind === 'sentence' && LEAD_IN.test(passage.text) && passage.next !== undefined && index.passages[passage.next]?.kind === 'list';
}

/** How much a passage that dates its fact to the day is preferred for a "when" question over one that gives only a year. */
const DAY_DATE_BONUS = 0.04;

/** How much a passage is preferred for a passive question when its subject undergoes the verb there ("ICAT was established"). */
const UNDERGOES_BONUS = 0.1;

/** How much a passage is preferred for a "when" when its date stands by the event asked about. */
const EVENT_DATE_BONUS = 0.03;

/** How much a passage that gives a title is preferred when the question asks who someone is. */
const TITLE_BONUS = 0.06;

/** How much a quotation is preferred for a who-question when its speaker's description holds the question's names. */
const SPEAKER_BONUS = 0.1;

/** The names a "what is X" subject goes by: its last words, and both forms of an abbreviation in it. */
export function subjectNames(index: KnowledgeIndex, subject: string, concepts: readonly Concept[]): string[] {
  // The look-behind starts the pattern only at the start of a run of marks, so a long run costs its length once.
  const words = fold(subject).replace(/(?<![?.!])[?.!]+$/, '').trim().split(/\s+/);
  const names = [words.slice(-2).join(' ')];
  const lastWord = concepts[concepts.length - 1]?.word;
  if (lastWord && lastWord.length > 2) names.push(lastWord);
  for (const entry of index.aliases.shortFormsIn(subject)) {
    // The whole full name too: "The Office of the Special Envoy on River Safety is a …" defines OSE-RS,
    // though its last words ("river safety") follow "on".
    names.push(fold(entry.short), fold(entry.long), fold(entry.long).split(/\s+/).slice(-2).join(' '));
  }
  return [...new Set(names.filter(Boolean))];
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
