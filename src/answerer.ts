import { composeAnswer, sourcesOf, type ComposedAnswer } from './answer/compose.js';
import { exampleQuestions, helpText, topicQuestions } from './answer/conversation.js';
import { withoutChatMarkup } from './answer/chat-markup.js';
import { transpositionDistance } from './answer/corrections.js';
import { analyseQuestion, fixQuestionWords, namesAPersonalPost, postAskedOf, withFullYears, withoutPoliteWrapper, withSeriesNumbers, type QuestionShape } from './answer/question.js';
import { buildConcepts, withoutYesNoTag, type Concept } from './answer/query.js';
import { documentReferenceIn } from './answer/document-reference.js';
import { latestWhenAskedAboutNow } from './answer/latest.js';
import { confidenceOf, rankPassages, type Candidate, type RankOptions } from './answer/rank.js';
import { ReplyCache } from './answer/reply-cache.js';
import { claimedSlotOf, confirms, fillsClaimedSlot, textConfirms } from './answer/yes-no.js';
import { correctionOfPremise } from './answer/wrong-premise.js';
import { asksForAShortForm, firstWritingAShortForm, firstWritingInBrackets, writesAShortFormOf, writesInBrackets } from './answer/short-form.js';
import { withoutStory } from './answer/story-sentences.js';
import { leavesFirstnessOpen } from './answer/first-holder.js';
import { prepareSoundAlikes } from './answer/sound-alike.js';
import { anchoredQuestionOf } from './answer/time-anchor.js';
import { numberedNeighbourQuestion } from './answer/numbered-neighbour.js';
import { itemYearOf } from './answer/year-labels.js';
import { twoAsksOf, twoPartsOf, twoSidesOf } from './answer/two-sides.js';
import { datesItToTheDay, saysSourcesAreSilent } from './answer/passage-reading.js';
import { preloadWordNet } from './lexicon/wordnet.js';
import type { KnowledgeIndex } from './search/knowledge-index.js';
import type { Passage } from './search/passage.js';
import { compareDates, dateOfAnswer } from './text/dates.js';
import { fold } from './text/fold.js';
import { QUESTION_FRAME_WORDS } from './text/stopwords.js';
import { contentTerms } from './text/terms.js';
import { surfaceWords } from './text/words.js';
import { MAX_ANSWER_LENGTH, type Reply } from './reply.js';

/** Options for {@link createAnswerer}; every field has a default in {@link ANSWERER_DEFAULTS}. */
export interface AnswererOptions {
  /** Below this confidence the bot declines rather than guess. Default 0.55. */
  minConfidence: number;
  /** The longest question read, in characters; the rest is ignored. Default 1000. */
  maxQuestionLength: number;
  /** Search tuning, see {@link RankOptions}. */
  rank: Partial<RankOptions>;
  /** How many recent questions keep their reply, to answer a repeat at once; 0 turns caching off. Default 1000. */
  cacheSize: number;
}

/** Defaults for {@link AnswererOptions}. */
export const ANSWERER_DEFAULTS: AnswererOptions = { minConfidence: 0.55, maxQuestionLength: 1000, rank: {}, cacheSize: 1000 };

/** Answers questions from one knowledge index. Synchronous and side-effect free: microseconds per question. */
export interface Answerer {
  /** Answers any text a user can type with a {@link Reply}; never throws on user input. */
  ask(question: string): Reply;
  /** Questions the knowledge covers (examples, then one per section), for autocomplete. */
  topics(): readonly string[];
  /** The index answers come from. */
  readonly index: KnowledgeIndex;
}

/** A neighbouring passage scoring at least this share of the best joins the answer: the two answer together. */
const RUNNER_UP_SHARE = 0.97;

/** A question made only of everyday words ("who made you?") names no topic: its best match is a guess. */
const VAGUE_QUESTION_FACTOR = 0.5;

/** How many everyday words, all held by one passage, name a topic after all. */
const SPECIFIC_EVERYDAY_WORDS = 3;

/** The reply text when the knowledge does not say. */
export const DECLINE_TEXT = "I don't know: the knowledge I have does not answer that.";

/**
 * Creates the answering core over an index: reads the question's shape, finds the passage that
 * covers it best, and replies with a short answer and its sources, or an honest "I don't know"
 * with suggestions when confidence is below the threshold.
 *
 * @example
 * const answerer = createAnswerer(KnowledgeIndex.build(documents));
 * answerer.ask('When did the CBSS join ICAT?').answer // 'The Council of the Baltic Sea States joined the ICAT in April 2020 …'
 */
export function createAnswerer(index: KnowledgeIndex, options: Partial<AnswererOptions> = {}): Answerer {
  const settings = { ...ANSWERER_DEFAULTS, ...options };
  // Questions read word forms through WordNet ("got" is a verb, not shorthand): its files are read before the first question.
  preloadWordNet();
  // …and the knowledge's words are sounded out ("resolushun" is "resolution"), as the first question would otherwise wait for it.
  prepareSoundAlikes(index);
  let topics: string[] | undefined;
  const cache = new ReplyCache(settings.cacheSize);
  return {
    index,
    topics: () => (topics ??= topicQuestions(index)),
    ask(rawQuestion: string): Reply {
      const question = cleanQuestion(rawQuestion, settings.maxQuestionLength);
      return cache.get(question) ?? cache.set(question, answerQuestion(index, settings, withoutChatMarkup(question), question));
    },
  };
}

/** Answers `text` (the question with chat markup removed); `question` is what the reply echoes. */
function answerQuestion(index: KnowledgeIndex, settings: AnswererOptions, typed: string, question: string): Reply {
  // "whats UNDAW short for" is "what's UNDAW short for" to every reading below, not only to some.
  // "what % got done in 23" asks about 2023.
  // "IB #3 topic?" asks about Issue Brief 3.
  const text = withSeriesNumbers(withFullYears(withoutPoliteWrapper(fixQuestionWords(typed))));
  // "in the cbss article, what's the 4th priority?": the document named is where to answer from, not what is asked.
  const reference = settings.rank.documents ? undefined : documentReferenceIn(index, text);
  if (reference) return answerQuestion(index, { ...settings, rank: { ...settings.rank, documents: reference.documents } }, reference.question, question);
  // "harry cook job title", "waly's role", "what does brandolino do": a person's post is what "who is …?" finds.
  const someone = postAskedOf(text);
  if (someone && namesSomeone(index, someone)) return answerQuestion(index, settings, `who is ${someone}`, question);
  const shape = analyseQuestion(text, { isNamePair: (first, second) => index.isNamePair(first, second) });
  if (shape.conversational) return helpReply(index, question, shape);
  // "what does MSE stand for in the undetected victims discussion": where it is used says which one, not what else is asked.
  // "ICMDP stands for?": initials typed in capitals one slip from those the knowledge defines are those.
  // (Only where it can matter: a question asking for a full form, or a message of one word.)
  // ("icmpd full name pls, writing it out in a letter": the asker's story is no part of the name asked about.)
  const mendable = shape.expects === 'expansion' || !/\s/.test(text.trim());
  const untold = shape.expects === 'expansion' ? withoutStory(text) : text;
  const asked = mendable ? withInitialsMended(index, shape.expects === 'expansion' ? untold.replace(EXPANSION_CONTEXT, '$1') : untold) : text;
  const expansion = (shape.expects === 'expansion' && asksOnlyForAnAbbreviation(index, asked)) || namesOnlyAnAbbreviation(index, asked)
    ? expand(index, asked, question) : undefined;
  if (expansion) return expansion;
  // "undaw was the un development fund for women yeah?": two abbreviations claimed to be one.
  const twoNames = shape.yesNo ? twoAbbreviationsClaimedAlike(index, text, question) : undefined;
  if (twoNames) return twoNames;
  // "CBSS director general full name": a full name asked of something else than an abbreviation is searched for.
  const askedForAnExpansion = shape.expects === 'expansion';
  if (askedForAnExpansion) shape.expects = namesAPersonalPost(text) || NAME_PART.test(text) ? 'person' : 'any';
  // "who were the icat cochairs when cbss joined": the year the event is dated, then what is asked of that year.
  const atTheTime = askedForAnExpansion || shape.yesNo ? undefined : answerAtTheTime(index, settings, text, question);
  if (atTheTime) return atTheTime;
  // "which issue brief comes right after number 10": the neighbour of number 10 in a numbered series is number 11.
  const neighbourAsked = askedForAnExpansion || shape.yesNo ? undefined : numberedNeighbourQuestion(text, shape);
  const neighbour = neighbourAsked === undefined ? undefined : answerQuestion(index, settings, neighbourAsked, question);
  if (neighbour?.answered) return neighbour;
  // "co-chairs 2022 vs 2023": two years compared are two questions, answered together.
  const perYear = askedForAnExpansion ? undefined : answerEachYear(index, settings, text, question, shape);
  if (perYear) return perYear;
  // "girls vs boys - trafficked for what?", "which came first, the GPA or the trust fund?": each side on its own.
  const perSide = askedForAnExpansion || perYearAsked(shape) ? undefined : answerEachSide(index, settings, text, question);
  if (perSide) return perSide;
  // "… full name spelling": the words that asked for a name frame the question; they are not what to find.
  const allConcepts = buildConcepts(index, text, shape).filter((concept) => !(askedForAnExpansion && EXPANSION_WORDS.has(concept.word)));
  if (allConcepts.length === 0) return askedForAnExpansion ? declined(index, question, 0, []) : helpReply(index, question, shape);
  // Numbers alone ("what's 2+2?") name no topic the knowledge could be about.
  const concepts = allConcepts.every((concept) => /^\d+$/.test(concept.word)) ? [] : allConcepts;
  const candidates = rankPassages(index, concepts, shape, settings.rank);
  const best = latestWhenAskedAboutNow(candidates, shape);
  // "What is the OSCE?" where no passage says what it is: its full name is the answer the knowledge has.
  // (Not when the full name was typed: "What is the Task Force against Trafficking in Human Beings?" is not asking for "TF THB".)
  if (shape.expects === 'definition' && !best?.defines && asksOnlyForAnAbbreviation(index, text) && index.aliases.shortFormsIn(text).length > 0) {
    const expansion = expand(index, text, question);
    if (expansion) return expansion;
  }
  // An abbreviation the knowledge never spells out is declined, not guessed from a passage that merely uses it.
  // …unless its everyday words are together a name the knowledge writes ("Group of Friends").
  // …and three everyday words or more that one passage all holds ("office support levels") are a topic too.
  const vague = concepts.every((concept) => concept.everyday) && !(concepts.length >= SPECIFIC_EVERYDAY_WORDS && (best?.coverage ?? 0) >= 0.9) && !concepts.some((concept, i) => i > 0 && index.isNamePair(concepts[i - 1]!.alternatives[0]!.term, concept.alternatives[0]!.term));
  const matched = confidenceOf(best, shape) * (vague ? VAGUE_QUESTION_FACTOR : 1);
  // "who said going after demand is the next big front": a quotation asked about in the asker's own words.
  const coverage = saidInOtherWords(best, candidates, shape) ? Math.max(matched, Math.min(matched + PARAPHRASE_LIFT, PARAPHRASE_CEILING)) : matched;
  // A comparison is settled by two facts; one passage gives one of them at best, so it is never sure.
  const calibratedConfidence = calibrated(coverage, settings.minConfidence, ambiguityFactor(best, candidates));
  // "gpa adopted date" answered "in July 2010": right as far as it goes, but not the date, so never sure.
  const partialDate = shape.dateWord === true && best !== undefined && !datesItToTheDay(best.passage);
  const confidence = round(shape.comparison || partialDate ? Math.min(calibratedConfidence, COMPARISON_CONFIDENCE) : calibratedConfidence);
  // "first heads mtg was in geneva no?" where nothing says so: asked as "where was …?", the knowledge may say "London".
  if (!best || confidence < settings.minConfidence) return premiseCorrected(index, settings, concepts, shape, candidates, undefined, question) ?? declined(index, question, confidence, candidates);
  // "The sources found do not give the year of Issue Brief 11": the best the knowledge has is that it does not say.
  if (saysSourcesAreSilent(best.passage)) return declinedBecause(best.passage, question, confidence);
  const second = candidates.find((candidate) => candidate !== best);
  const runnerUp = second && second.score >= best.score * RUNNER_UP_SHARE ? second.passage : undefined;
  const firstComposed = withSecondPortrait(index, composeAnswer(index, best.passage, shape, concepts, runnerUp), text, shape, concepts, runnerUp);
  // "acronym for the Expert Group on Children at Risk": a passage that names it without a short form does not answer.
  // …though one scoring near it may write it ("… Trust Fund … (UNVTF)" for "abbrev for the trust fund for trafficking victims").
  const shortFormAsked = askedForAnExpansion && asksForAShortForm(text);
  const nameWords = shortFormAsked ? namingWords(text).map((term) => term.surface) : [];
  const lacksTheShortForm = shortFormAsked && !writesAShortFormOf(firstComposed.text, nameWords);
  const writingIt = lacksTheShortForm ? firstWritingAShortForm(candidates, best, nameWords) : undefined;
  if (lacksTheShortForm && !writingIt) return declined(index, question, confidence, candidates);
  // "what does comensha stand for": a name the knowledge writes only in brackets after its full form is spelled out there.
  const expanded = askedForAnExpansion && !shortFormAsked ? wordToExpand(text) : undefined;
  const bracketing = expanded !== undefined && !writesInBrackets(firstComposed.text, expanded) ? firstWritingInBrackets(candidates, expanded) : undefined;
  const chosen = writingIt ?? bracketing;
  const composed = chosen ? composeAnswer(index, chosen.passage, shape, concepts) : firstComposed;
  // "ICAT formally est. March 2007 under res 61/180, correct?": an answer that says all of it says yes first.
  // "Was the first appraisal in 2017?" answered by the first item of a list is confirmed by that item alone.
  const givesAnItem = shape.ordinal !== undefined && composed.passages.some((passage) => passage.kind === 'list');
  const confirmed = shape.yesNo === true && !shape.comparison && confidence >= CONFIRM_CONFIDENCE
    && (givesAnItem ? textConfirms(index, composed.text, concepts, shape.claimedAct) : confirms(index, composed.passages, concepts, shape.claimedAct));
  // "UNHCR co-chaired in 2022, right?" answered with UNHCR's own year also gives what the knowledge says of 2022.
  // (Not for "was the first … in 2021?": the item at that position is the whole answer.)
  const yearFact = shape.yesNo && !confirmed && !givesAnItem ? factOfTheAskedYear(best, candidates, shape) : undefined;
  const ofTheYear = yearFact ? composeAnswer(index, yearFact.passage, shape, concepts) : undefined;
  const withYear = ofTheYear && `${composed.text} ${ofTheYear.text}`.length <= MAX_ANSWER_LENGTH ? `${composed.text} ${ofTheYear.text}` : undefined;
  // "CBSS joined in 2019, right?" answered by "The CBSS joined ICAT in April 2020": the same fact, another year.
  // …unless the asked year's fact given beside it says the claim after all ("Lisbon co-chaired in 2022?": "2022: Lisbon and Vigo").
  const corrected = shape.yesNo === true && !confirmed && !shape.comparison && confidence >= CONFIRM_CONFIDENCE && givesAnotherYear(index, composed.text, concepts, shape)
    && !(ofTheYear && textConfirms(index, ofTheYear.text, concepts, shape.claimedAct));
  // "is ICAT's mandate from the Security Council?" answered "… from the United Nations General Assembly": another name where the claim puts its own.
  const slot = claimedSlotOf(shape);
  const correctedName = !confirmed && !corrected && slot !== undefined && confidence >= CONFIRM_CONFIDENCE && fillsClaimedSlot(composed.text, slot);
  const verdict = confirmed ? 'Yes. ' : corrected || correctedName ? 'No. ' : '';
  const said = withYear ?? composed.text;
  const answer = verdict && `${verdict}${said}`.length <= MAX_ANSWER_LENGTH ? `${verdict}${said}` : said;
  // "did UNICEF co-chair ICAT in 2023?" answered by a list of "members or co-chairs": an answer that neither
  // confirms nor corrects the claim leaves the question open, and is never sure.
  // (A name corrected so is read from one preposition: it says no, and stays short of sure.)
  const settlesTheClaim = ((verdict !== '' && !correctedName) || !shape.yesNo || shape.comparison === true)
    // "who was the first president of GRETA?" answered by a sentence about a president: who was first is left open.
    && !leavesFirstnessOpen(text, answer);
  const premise = verdict === '' && shape.yesNo ? premiseCorrected(index, settings, concepts, shape, candidates, best.passage, question) : undefined;
  if (premise) return premise;
  return {
    kind: 'answer', question, answered: true, answer, sources: sourcesOf(withYear ? [...composed.passages, ...ofTheYear!.passages] : composed.passages),
    confidence: settlesTheClaim ? confidence : Math.min(confidence, OPEN_CLAIM_CONFIDENCE), suggestions: [],
  };
}

/** The least share of the rest of a claim that a passage correcting one part of it must cover (see wrong-premise.ts). */
const PREMISE_COVERAGE = 0.75;

/**
 * "did the first trust fund board meet in new york?" answered "No. The Board of Trustees held its
 * inaugural meeting in Vienna …": the claim asked again without the place, year or name it may have
 * wrong, when the knowledge gives another. Read from the answer's kind alone, so never sure.
 */
function premiseCorrected(
  index: KnowledgeIndex, settings: AnswererOptions, concepts: readonly Concept[], shape: QuestionShape, candidates: readonly Candidate[],
  answered: Passage | undefined, question: string,
): Reply | undefined {
  const minCoverage = Math.max(PREMISE_COVERAGE, settings.minConfidence);
  const correction = correctionOfPremise(index, concepts, shape, candidates, { rank: settings.rank, minCoverage, ...(answered ? { answer: answered } : {}) });
  if (!correction) return undefined;
  const composed = composeAnswer(index, correction.candidate.passage, correction.shape, correction.concepts);
  const answer = `No. ${composed.text}`;
  if (answer.length > MAX_ANSWER_LENGTH) return undefined;
  const confidence = round(Math.min(OPEN_CLAIM_CONFIDENCE, calibrated(confidenceOf(correction.candidate, correction.shape), settings.minConfidence, 1)));
  return { kind: 'answer', question, answered: true, answer, sources: sourcesOf(composed.passages), confidence, suggestions: [] };
}

/** "who is Victoria Nyanjura": a question that asks who someone is, by name. */
const WHO_IS_SOMEONE = /^\s*who(?:'s| is| was)\s+(?!the\b|a\b|an\b|its\b|their\b)/i;

/**
 * "Who is Victoria Nyanjura?" answered by "… the first survivor to serve on the Board" when a
 * passage about as good says she chairs it: a person asked about by name is described by both,
 * when the second is of another paragraph and the two fit in one answer.
 */
function withSecondPortrait(
  index: KnowledgeIndex, composed: ComposedAnswer, text: string, shape: QuestionShape, concepts: readonly Concept[], runnerUp: Passage | undefined,
): ComposedAnswer {
  if (!runnerUp || shape.expects !== 'person' || !WHO_IS_SOMEONE.test(text) || composed.passages.some((passage) => passage.paragraph === runnerUp.paragraph)) return composed;
  const second = composeAnswer(index, runnerUp, shape, concepts);
  const joined = `${composed.text}\n${second.text}`;
  return joined.length <= MAX_ANSWER_LENGTH && !composed.text.includes(second.text) ? { text: joined, passages: [...composed.passages, ...second.passages] } : composed;
}

/**
 * Whether an answer says what a yes/no question claims, but of another year than the one it
 * claims: every other word of the claim is in it, the year claimed is not, and another year is
 * ("The CBSS joined ICAT in April 2020" for "CBSS joined ICAT in 2019, right?").
 */
function givesAnotherYear(index: KnowledgeIndex, text: string, concepts: readonly Concept[], shape: QuestionShape): boolean {
  const claimedYears = concepts.filter((concept) => concept.doubted && /^(?:19|20)\d\d$/.test(concept.word)).map((concept) => concept.word);
  if (claimedYears.length === 0 || claimedYears.some((year) => text.includes(year))) return false;
  const rest = concepts.filter((concept) => !claimedYears.includes(concept.word));
  return /\b(?:19|20)\d\d\b/.test(text) && textConfirms(index, text, rest, shape.claimedAct);
}

/** How much of the best answer's score the asked year's fact must have to be given beside it. */
const YEAR_FACT_SHARE = 0.35;

/**
 * A yes/no question that dates its claim ("UNHCR co-chaired with UNODC in 2022, right?") and is
 * best answered by a passage of another year ("In 2021 UNODC and UNHCR co-chaired ICAT"): the
 * passage of the same document that the asked year labels or dates ("2022: UNODC and ICMPD"),
 * so the reply corrects the claim both ways. Undefined when the best passage is of that year, or
 * when no such passage comes near it.
 */
function factOfTheAskedYear(best: Candidate, candidates: readonly Candidate[], shape: QuestionShape): Candidate | undefined {
  if (shape.years?.length !== 1) return undefined;
  const year = shape.years[0]!;
  // The item the year labels ("2022: …"), or a sentence the year opens ("In 2022 …") that holds no other year
  // ("The 2025 Chairs' Report was published in March 2026" is no fact of 2026's chairs).
  const opensWithTheYear = new RegExp(`^(?:in|during) (?:[a-z]+ )?${year}\\b`, 'i');
  const ofTheYear = (passage: Candidate['passage']) => itemYearOf(passage) === year
    || (opensWithTheYear.test(passage.text) && (passage.text.match(/\b(?:19|20)\d\d\b/g) ?? []).every((written) => written === year));
  if (ofTheYear(best.passage) || best.passage.text.includes(year)) return undefined;
  return candidates.find((candidate) => candidate !== best && candidate.passage.document === best.passage.document
    && candidate.score >= best.score * YEAR_FACT_SHARE && ofTheYear(candidate.passage));
}

/** Words that set two years side by side: "2022 vs 2023", "2018 compared to 2022", "for 2024 or same as 2023". */
const COMPARES_YEARS = /\b(?:vs|versus|compared?|comparison|against|or|and|change|changed|differ|different|difference)\b/;

/**
 * "co-chairs 2022 vs 2023", "membership 2018 vs dec 2022": a question that sets two years side by
 * side is answered for each year on its own, and the two answers are given together, each with
 * its sources. One passage rarely holds both, and the one that matched best held one at most.
 * Undefined when the question is of another kind, or when either year has no answer (the question
 * is then answered as a whole) or both years give the same passage.
 */
function answerEachYear(index: KnowledgeIndex, settings: AnswererOptions, text: string, question: string, shape: QuestionShape): Reply | undefined {
  const years = shape.years;
  if (!years || years.length !== 2 || !COMPARES_YEARS.test(fold(text)) || shape.yesNo) return undefined;
  const replies = years.map((year) => {
    const other = years.find((y) => y !== year)!;
    const alone = text.replace(new RegExp(`\\b${other}\\b`, 'g'), ' ').replace(/\b(?:vs\.?|versus|compared (?:to|with)|or same as|or)\b/gi, ' ');
    return answerQuestion(index, settings, alone, question);
  });
  return together(replies, question);
}

/**
 * "who were the icat cochairs when cbss joined", "chair of trustees during the cooley investigation?":
 * the year the event is dated ("The CBSS joined ICAT in April 2020"), then what is asked, asked of
 * that year ("who were the icat cochairs in 2020"). Both answers are given, the second dating the
 * first. Undefined when the event's answer gives no year, or the second step is no answer sure
 * enough to give on the first's word.
 */
function answerAtTheTime(index: KnowledgeIndex, settings: AnswererOptions, text: string, question: string): Reply | undefined {
  const anchored = anchoredQuestionOf(text);
  if (!anchored) return undefined;
  const event = answerQuestion(index, settings, anchored.event, question);
  const year = event.answered ? dateOfAnswer(event.answer)?.year : undefined;
  if (year === undefined) return undefined;
  const asked = answerQuestion(index, settings, `${anchored.asked} in ${year}`, question);
  // Two steps are as unsure as both together: the second must stand on its own.
  return asked.answered && asked.confidence >= TWO_STEP_CONFIDENCE ? together([asked, event], question) : undefined;
}

/** The least confidence the second step of {@link answerAtTheTime} needs: its answer is given on the first's word. */
const TWO_STEP_CONFIDENCE = 0.7;

/** Whether a question sets two years side by side, which {@link answerEachYear} answers. */
function perYearAsked(shape: QuestionShape): boolean {
  return shape.years?.length === 2;
}

/**
 * "girls vs boys - trafficked for what?", "TIP vs THB", "which came first, the GPA or the trust
 * fund?": a question about two things is asked of each (see {@link twoSidesOf}) and the answers
 * are given together. Asked which came first or last, the answers are put in that order by the
 * dates they give, and say so ("Earlier: … / Later: …"); when their dates cannot tell, they keep
 * the order typed. Two asks of one fact ("dates + venue") that one passage answers both get that
 * answer. Undefined when either side has no answer, or two things compared give the same.
 */
function answerEachSide(index: KnowledgeIndex, settings: AnswererOptions, text: string, question: string): Reply | undefined {
  const twoThings = twoSidesOf(index, text);
  const sides = twoThings ?? twoAsksOf(text) ?? twoPartsOf(text);
  if (!sides) return undefined;
  const replies = sides.questions.map((side, i) => {
    // "when was ICAT established" says when ICAT came where "when was ICAT" finds any date of it.
    const beginning = sides.beginnings ? answerQuestion(index, settings, sides.beginnings[i]!, question) : undefined;
    return beginning?.answered ? beginning : answerQuestion(index, settings, side, question);
  });
  // "lome mtg - dates + venue?": two asks of one fact that one passage answers both are answered by it.
  if (!twoThings && replies.every((reply) => reply.answered) && replies[0]!.answer === replies[1]!.answer) {
    return { ...replies[0]!, question, confidence: Math.min(...replies.map((reply) => reply.confidence)) };
  }
  if (!sides.order) return together(replies, question);
  const [first, second] = replies.map((reply) => dateOfAnswer(reply.answer));
  const earlierFirst = first && second ? compareDates(first, second) : undefined;
  if (earlierFirst === undefined || earlierFirst === 0) return together(replies, question);
  const [earlier, later] = earlierFirst < 0 ? replies : [replies[1]!, replies[0]!];
  return sides.order === 'first'
    ? together([earlier!, later!], question, ['Earlier: ', 'Later: '])
    : together([later!, earlier!], question, ['Later: ', 'Earlier: ']);
}

/**
 * Two answers given as one reply, one per line (each after its label, if any), with the sources
 * of both and the confidence of the less sure, never above a comparison's. Undefined when either
 * is no answer, both say the same, or together they are too long.
 */
function together(replies: readonly Reply[], question: string, labels: readonly string[] = []): Reply | undefined {
  if (replies.some((reply) => !reply.answered) || replies[0]!.answer === replies[1]!.answer) return undefined;
  const answer = replies.map((reply, i) => `${labels[i] ?? ''}${reply.answer}`).join('\n');
  if (answer.length > MAX_ANSWER_LENGTH) return undefined;
  const sources = [...new Map(replies.flatMap((reply) => reply.sources).map((source) => [`${source.file}\u0000${source.section ?? ''}`, source])).values()];
  const confidence = Math.min(COMPARISON_CONFIDENCE, ...replies.map((reply) => reply.confidence));
  return { kind: 'answer', question, answered: true, answer, sources, confidence, suggestions: [] };
}

/** The least confidence at which a yes/no answer that says everything the question claims begins with "Yes". */
const CONFIRM_CONFIDENCE = 0.55;

/** The most confidence an answer to a comparison keeps (see {@link QuestionShape.comparison}). */
const COMPARISON_CONFIDENCE = 0.75;

/** The most confidence an answer to a yes/no question keeps when it neither confirms nor corrects the claim. */
const OPEN_CLAIM_CONFIDENCE = 0.75;

/** How steeply confidence above the decline threshold is spread (see {@link calibrated}). */
const CALIBRATION_POWER = 5;

/**
 * Spreads coverage above the decline threshold so that the number reads as a likelihood: on the
 * blind development questions, answers covering the question almost fully were right about 95% of
 * the time and those covering 80–90% of it about two times in three, so only near-full coverage
 * keeps a confidence of 0.8 or more; an ambiguous answer (see {@link ambiguityFactor}) keeps less.
 * Below the threshold nothing changes, and an answer above it stays above it, so declines are
 * decided on coverage alone.
 */
function calibrated(coverage: number, threshold: number, ambiguity: number): number {
  if (coverage < threshold || threshold >= 1) return coverage;
  const above = ((Math.min(1, coverage) - threshold) / (1 - threshold)) * ambiguity;
  return threshold + (1 - threshold) * above ** CALIBRATION_POWER;
}

/** How far ahead of the best rival elsewhere a speaker's passage must score to be the one a paraphrase means. */
const PARAPHRASE_MARGIN = 1.2;
/** How much a clear speaker's passage gains, up to {@link PARAPHRASE_CEILING}, for a "who said …" typed in other words. */
const PARAPHRASE_LIFT = 0.25;
/** The most a paraphrase lifts a match to: answered, never sure. */
const PARAPHRASE_CEILING = 0.65;
/** The least a paraphrase must match of the quotation's words to be read as it. */
const PARAPHRASE_FLOOR = 0.3;

/**
 * Whether a "who said …?" question paraphrases the words of the best passage, a speaker's: staff
 * recall a quotation in their own words ("a dozen" for "12", "put money into" for "contributed"),
 * so the quotation matches only in part, but no other passage comes near it.
 */
function saidInOtherWords(best: Candidate | undefined, candidates: readonly Candidate[], shape: QuestionShape): boolean {
  if (!best || !shape.aboutSpeech || shape.expects !== 'person' || !best.passage.speaker || best.coverage < PARAPHRASE_FLOOR) return false;
  const place = (candidate: Candidate) => `${candidate.passage.document.file}\u0000${candidate.passage.section ?? ''}\u0000${candidate.passage.speaker ?? ''}`;
  const rival = candidates.find((candidate) => candidate !== best && place(candidate) !== place(best));
  return !rival || best.score >= rival.score * PARAPHRASE_MARGIN;
}

/** How much confidence is kept when another part of the knowledge answers about as well as the best: they may disagree. */
const AMBIGUOUS_FACTOR = 0.85;
/** A rival within this share of the best score makes the answer ambiguous. */
const AMBIGUOUS_SHARE = 0.95;

/**
 * Calibrates confidence by the margin over the nearest rival from elsewhere (another section or
 * document, not a neighbour of the same paragraph or an item of the same list): with several
 * "priority" lists or several meetings in the knowledge, the best match is less sure to be the one
 * meant, and the confidence says so.
 */
function ambiguityFactor(best: Candidate | undefined, candidates: readonly Candidate[]): number {
  if (!best) return 1;
  const place = (candidate: Candidate) => `${candidate.passage.document.file}\u0000${candidate.passage.section ?? ''}`;
  const rival = candidates.find((candidate) => candidate !== best && place(candidate) !== place(best));
  return rival && rival.score >= best.score * AMBIGUOUS_SHARE ? AMBIGUOUS_FACTOR : 1;
}

/** "I don't know", with the sections nearest the question as suggestions. */
function declined(index: KnowledgeIndex, question: string, confidence: number, candidates: readonly Candidate[]): Reply {
  return {
    kind: 'declined', question, answered: false, answer: DECLINE_TEXT, sources: [], confidence,
    suggestions: suggestionsFrom(index, candidates.map((c) => c.passage.section ?? c.passage.document.title)),
  };
}

/** Words that make a name a body's, not a person's ("Global Initiative", "Policy Support Unit"). */
const BODY_WORDS = /\b(?:office|group|council|organi[sz]ation|agency|fund|programme|program|network|initiative|committee|alliance|process|forum|secretariat|division|unit|union|commission|board|states|nations|plan|protocol|campaign|report|conference|meeting|treaty|convention|centre|center|institute|bank|court|parliament|government|ministry|department)s?\b/;

/**
 * Whether words name a person the knowledge writes: a word it writes with a capital that is no
 * abbreviation, and no word that makes it a body's name. "harry cook" and "waly" do; "unodc",
 * "icat" and "global initiative" do not, so "unodc's role" stays a question about the office.
 */
function namesSomeone(index: KnowledgeIndex, words: string): boolean {
  if (BODY_WORDS.test(words)) return false;
  const terms = contentTerms(words).map((term) => term.stem);
  return terms.length > 0 && terms.every((term) => !index.aliases.isToken(term)) && terms.some((term) => index.isName(term));
}

/** "I don't know", with the knowledge's own sentence saying that its sources do not give the fact, and where it says so. */
function declinedBecause(passage: Passage, question: string, confidence: number): Reply {
  const reason = passage.text.replace(/^\p{Lu}/u, (first) => first.toLowerCase());
  return { kind: 'declined', question, answered: false, answer: `I don't know: ${reason}`, sources: sourcesOf([passage]), confidence, suggestions: [] };
}

function helpReply(index: KnowledgeIndex, question: string, shape: QuestionShape): Reply {
  const text = shape.conversational === 'thanks' ? "You're welcome. Ask me anything else about ICAT." : helpText(index);
  return { kind: 'help', question, answered: false, answer: text, sources: [], confidence: 0, suggestions: exampleQuestions(index, 3) };
}

/**
 * "What does CBSS stand for?", "TIP = ?", "UNODC?": the full name; "acronym for the Council of the
 * Baltic Sea States?": the abbreviation. Answered from the abbreviations the knowledge defines.
 */
function expand(index: KnowledgeIndex, text: string, question: string): Reply | undefined {
  // The one name the question gives, the longest where names overlap ("UN Development Fund for Women" is UNIFEM, not the UN).
  const named = onlyAbbreviationIn(index, text);
  const namedEntry = named ? index.aliases.entryOf(named) : undefined;
  const shortForms = index.aliases.shortFormsIn(text);
  const short = namedEntry ? shortForms.find((entry) => entry.short === namedEntry.short) : shortForms[0];
  const long = short ? undefined : namedEntry ?? index.aliases.longFormsIn(text)[0];
  const entry = short ?? long;
  if (!entry) return undefined;
  const answer = short ? `${entry.short} stands for ${entry.long}.` : `${entry.long} is abbreviated ${entry.short}.`;
  return {
    kind: 'answer', question, answered: true, answer,
    sources: [{ title: entry.title, file: entry.file }], confidence: 1, suggestions: [],
  };
}

/**
 * A yes/no question that names two abbreviations and nothing else ("UNDAW was the UN Development
 * Fund for Women, yeah?") claims they are one: they are not, and the reply says what each stands
 * for. One named both ways ("is UNIFEM the UN Development Fund for Women?") is confirmed. Undefined
 * for any other question.
 */
function twoAbbreviationsClaimedAlike(index: KnowledgeIndex, text: string, question: string): Reply | undefined {
  const words = namingWords(withoutYesNoTag(text));
  const names = [...new Set(index.aliases.collapse(text, words.map((term) => term.stem)))];
  if (names.length === 0 || names.length > 2 || !names.every((name) => index.aliases.isToken(name))) return undefined;
  const typedShort = new Set(index.aliases.shortFormsIn(text).map((entry) => entry.short));
  const entries = names.map((name) => index.aliases.entryOf(name)!);
  const sources = [...new Map(entries.map((entry) => [entry.file, { title: entry.title, file: entry.file }])).values()];
  // "is UNIFEM the UN Development Fund for Women?": one abbreviation, named both ways.
  if (entries.length === 1) {
    const [entry] = entries;
    // Named both ways: typed short, and more words than the short form collapsed into it.
    if (!typedShort.has(entry!.short) || words.length <= index.aliases.stemsOf(names[0]!).length - index.aliases.longStemsOf(names[0]!).length) return undefined;
    return { kind: 'answer', question, answered: true, answer: `Yes. ${entry!.short} stands for ${entry!.long}.`, sources, confidence: 1, suggestions: [] };
  }
  const said = entries.map((entry) => (typedShort.has(entry.short) ? `${entry.short} stands for ${entry.long}` : `${entry.long} is abbreviated ${entry.short}`));
  return { kind: 'answer', question, answered: true, answer: `No. ${said.join('; ')}.`, sources, confidence: 0.9, suggestions: [] };
}

/**
 * A text with each word typed in capitals that is no abbreviation the knowledge defines, but one
 * letter off or two letters swapped from exactly one that it does ("ICMDP" for ICMPD), replaced by that one.
 */
function withInitialsMended(index: KnowledgeIndex, text: string): string {
  if (!/\b[A-Z]{3}/.test(text)) return text;
  return text.replace(TYPED_INITIALS, (word) => {
    if (index.aliases.shortFormsIn(word).length > 0) return word;
    const typed = word.toLowerCase();
    const near = [...new Set(index.aliases.entries.map((entry) => entry.short)
      .filter((short) => Math.abs(short.length - word.length) <= 1 && transpositionDistance(short.toLowerCase(), typed) === 1))];
    return near.length === 1 ? near[0]! : word;
  });
}

/** A word typed in capitals, three to ten of them: initials. */
const TYPED_INITIALS = /\b[A-Z][A-Z0-9]{2,9}\b/g;

/** "stand for in the … report": the place an abbreviation is used, after the words asking for its full form. */
const EXPANSION_CONTEXT = /(\b(?:stands?|short)\s+for)\s+(?:in|within|inside|from|according to|as used in|used in)\s[^?]*/i;

/** Words asking for part of a person's name: "first name", "surname". */
const NAME_PART = /\b(?:first|last|given|family) names?\b|\bsurnames?\b/i;

/** "abbreviation", "abbrev", "acronym", and their slips ("abbreviaton", "acronymn"). */
const ASKS_FOR_AN_ABBREVIATION = /^(?:abbrev|acron)[a-z]*$/;

/** Words that ask for an abbreviation or a full name, and nothing else. */
const EXPANSION_WORDS = new Set(['stand', 'stands', 'short', 'abbreviation', 'abbreviated', 'abbrev', 'acronym', 'full', 'form', 'name',
  'spell', 'spelled', 'spelt', 'spelling', 'mean', 'means', 'meaning', 'letters', 'initials', 'expansion', 'expand', 'official',
  // …and the parts of a person's name ("Richey first name").
  'first', 'last', 'given', 'family', 'surname']);

/**
 * "What does CBSS stand for?", "acronym for X": the question names an abbreviation (either form)
 * and otherwise only asks for its other form. "CBSS director general full name" asks for a person.
 */
function asksOnlyForAnAbbreviation(index: KnowledgeIndex, text: string): boolean {
  return onlyAbbreviationIn(index, text) !== undefined;
}

/** The token of the one abbreviation a question names, when it names nothing else beside the words that ask for its other form. */
function onlyAbbreviationIn(index: KnowledgeIndex, text: string): string | undefined {
  const collapsed = index.aliases.collapse(text, namingWords(text).map((term) => term.stem));
  return collapsed.length === 1 && index.aliases.isToken(collapsed[0]!) ? collapsed[0] : undefined;
}

/** The one word a question asks the full form of ("what does comensha stand for": "comensha"); undefined when it names more. */
function wordToExpand(text: string): string | undefined {
  const words = namingWords(text);
  return words.length === 1 && /^[a-z0-9]{2,}$/.test(words[0]!.surface) ? words[0]!.surface : undefined;
}

/** The words of a question that may name something: not those that frame it, nor those that ask for a name's other form. */
function namingWords(text: string): ReturnType<typeof contentTerms> {
  return contentTerms(text).filter((term) => !EXPANSION_WORDS.has(term.surface) && !ASKS_FOR_AN_ABBREVIATION.test(term.surface) && !QUESTION_FRAME_WORDS.has(term.surface));
}

/** A message that is one abbreviation the knowledge defines and nothing else ("UNODC?", "TIP = ?"). */
function namesOnlyAnAbbreviation(index: KnowledgeIndex, text: string): boolean {
  const entries = index.aliases.shortFormsIn(text);
  return entries.length === 1 && surfaceWords(text).join(' ') === surfaceWords(entries[0]!.short).join(' ');
}

function suggestionsFrom(index: KnowledgeIndex, topics: string[]): string[] {
  const unique = [...new Set(topics)].slice(0, 3);
  return unique.length > 0 ? unique : exampleQuestions(index, 3);
}

function cleanQuestion(raw: string, maxLength: number): string {
  const text = String(raw ?? '').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();
  return text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
