import { MONTH } from '../text/dates.js';
import type { KnowledgeIndex } from '../search/knowledge-index.js';
import { COMMON_WORDS } from '../lexicon/common-words.js';
import { isNameInWordNet } from '../lexicon/wordnet.js';
import { GENERIC_TO_SPECIFIC, SYNONYM_GROUPS, TITLE_WORDS } from '../lexicon/synonyms.js';
import { fold } from '../text/fold.js';
import { QUESTION_FRAME_WORDS, STOP_WORDS } from '../text/stopwords.js';
import { patternOf } from '../text/patterns.js';
import { stem } from '../text/stem.js';
import { contentTerms, type Term } from '../text/terms.js';
import { hashtagsHyphenated } from '../text/words.js';
import { agentNouns, correct, formOfEverydayVerb, formOfEverydayWord, irregularBases, irregularPasts, slipInAName, spelledOut } from './corrections.js';
import { CLAIM_FRAME, fixQuestionWords, LETTER_SET, TAG_QUESTION, TRAILING_MARKS_AND_SPACES, type QuestionShape } from './question.js';
import { PHRASAL_VERB, phrasalRewordingsOf, rewordingsOf } from './rewordings.js';
import { storyWords } from './story-sentences.js';

/** One way a concept can appear in a passage, and how much finding it that way counts (0–1). */
export interface Alternative {
  term: string;
  weight: number;
  /** A synonym of the word asked, rather than the word itself (or its typo correction). */
  synonym?: boolean;
  /** A phrasal verb the term is the verb of ("set up" for "established"): it counts only in a passage that writes the phrase. */
  phrase?: string;
}

/**
 * One thing the question is about ("CBSS", "join"), with the terms that express it: the word
 * itself, its typo correction, its synonyms. A passage covers the concept through its best
 * alternative; `importance` says how much the concept matters to the question.
 */
export interface Concept {
  /** The word as typed, folded. */
  word: string;
  alternatives: Alternative[];
  importance: number;
  /** False when nothing in the knowledge expresses this concept. */
  known: boolean;
  /** True when the knowledge writes the word itself (as typed or as its typo correction), not only a synonym of it. */
  knownAsTyped: boolean;
  /** An everyday English word ("make", "time"), which alone names no topic. */
  everyday: boolean;
  /**
   * The kind of thing a "which …" question asks for, which a passage can name without the word:
   * a country ("which govt helped organise …" answered by "Belarus helped organise …"), a place
   * ("which city"), or an organisation ("which org was he heading" answered by "Director General of ICMPD").
   */
  answerKind?: 'country' | 'place' | 'organisation';
  /** A verb typed with its particle ("set up"): a passage that writes the two together has the word as asked. */
  phrasal?: string;
  /** Part of a date a yes/no question doubts ("in 2019?", "on 30 June?"): the answer may give another. */
  doubted?: boolean;
  /** Part of what a yes/no question claims (see {@link QuestionShape.claim}): it weighs less, and the answer may lack it. */
  claimed?: boolean;
  /** Typed only where the asker tells their own story ({@link storyWords}): the answer may lack it, name or not. */
  told?: boolean;
  /**
   * Typed in lower case in a question that capitalises other words ("Which UN office coordinates
   * ICAT?"): the one who typed it capitalises names, so this word is not part of one.
   */
  typedLower?: boolean;
}

/**
 * "IB10", "pb3": initials and a number typed as one word the knowledge does not write are the two
 * words ("IB" spelled out as Issue Brief, then 10). A code the knowledge writes ("W007") stays whole.
 */
/**
 * "watchlist" where the knowledge writes "Watch List": a word it never writes that is two words it
 * writes side by side, typed as one, is those two words. Unchanged otherwise.
 */
function gluedWords(index: KnowledgeIndex, term: Term): Term[] {
  const { surface } = term;
  if (surface.length < 6 || surface.length > 20 || !/^[a-z]+$/.test(surface) || index.knownTerms.has(term.stem) || index.writesWord(surface)) return [term];
  for (let cut = 3; cut <= surface.length - 3; cut++) {
    const first = surface.slice(0, cut);
    const second = surface.slice(cut);
    if (STOP_WORDS.has(first) || STOP_WORDS.has(second) || !index.writesWord(first) || !index.writesWord(second)) continue;
    if (writtenTogether(index, first, second)) return [{ surface: first, stem: stem(first) }, { surface: second, stem: stem(second) }];
  }
  return [term];
}

/** How many passages holding both words are read for the two side by side. */
const GLUED_PASSAGES = 20;

/** Whether some passage writes two words side by side ("Watch List", "watch-list"). */
function writtenTogether(index: KnowledgeIndex, first: string, second: string): boolean {
  const together = patternOf(`\\b${first}[ -]${second}\\b`);
  return index.search.search(`${stem(first)} ${stem(second)}`, { combineWith: 'AND' }).slice(0, GLUED_PASSAGES)
    .some((hit) => together.test(fold(index.passages[hit.id as number]!.text)));
}

function lettersThenNumber(index: KnowledgeIndex, term: Term): Term[] {
  const glued = term.surface.length >= 3 && term.surface.length <= 7 ? /^([a-z]{2,4})(\d{1,3})$/.exec(term.surface) : null;
  if (!glued || index.knownTerms.has(term.stem)) return [term];
  const number = glued[2]!.replace(/^0+(?=\d)/, '');
  return [{ surface: glued[1]!, stem: stem(glued[1]!) }, { surface: number, stem: stem(number) }];
}

/**
 * The words of a question typed in lower case, when it writes some word with a capital past its
 * first (the one who typed it capitalises names); empty for a question typed all in one case.
 */
function wordsTypedLower(question: string): ReadonlySet<string> {
  // Chat is mostly typed all in lower case: one look settles it.
  if (!/\p{Lu}/u.test(question)) return NONE;
  const words = question.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (!words.slice(1).some((word) => /\p{Lu}/u.test(word))) return NONE;
  return new Set(words.filter((word) => /^\p{Ll}+$/u.test(word)).map(fold));
}

const NONE: ReadonlySet<string> = new Set();

/** "one of the …", "1 of the …": a choice from a group, not a number. */
const ONE_OF = /\b(?:one|1) of\b/gi;

/** The words that ask for both ends of a span (see {@link QuestionShape.span}). */
const SPAN_WORDS: ReadonlySet<string> = new Set(['start', 'started', 'begin', 'beginning', 'began', 'end', 'ended', 'finish', 'finished']);

/** Verbs of being in charge of a body that its leaders' posts do not write ("who runs IJM UK?"; "led by", "head of" are written as they are asked). */
const LEADING_VERBS = /^(?:runs|ran|running|manages|managed|managing|directs|directed|directing)$/;

/** The posts of those in charge of a body, as indexed: "CEO of IJM UK", "Director of the office", "Chair of the Board". */
const LEADER_TITLES: readonly string[] = ['ceo', 'chief', 'director', 'head', 'president', 'chair', 'chairperson', 'leader', 'coordin'].map((title) => stem(title));

/** Contractions of the asker's own words, as chat types them once the apostrophe is gone ("I'm" is "im"). */
const APOSTROPHE_DROPPED: ReadonlySet<string> = new Set(['im', 'ive', 'youre', 'youve', 'weve', 'theyre', 'theyve']);

/** How much less an absent everyday word counts against confidence than an absent rare one. */
const COMMON_WORD_IMPORTANCE = 0.3;

/**
 * How much a word the knowledge never writes counts, against the rarest written word's weight it
 * would otherwise have: it is as often the chat's own wording of something the knowledge says
 * otherwise ("kicked off", "drop", "towns") as a topic the knowledge lacks. Every passage misses it
 * alike, so it moves confidence, not ranking: on the blind development questions declined for such
 * a word, answering was right more often than declining. A name keeps its full weight ({@link namesSomething}).
 */
const UNKNOWN_WORD_IMPORTANCE = 0.5;

/**
 * Whether a word the knowledge never writes names something of its own, a language, a people, a
 * place or a number ("Chinese", "Sydney", "5th"): then it is what the question is about, and a
 * passage about something else ("a Russian version") does not answer it.
 */
function namesSomething(word: string): boolean {
  return /\d/.test(word) || isNameInWordNet(word);
}
/** How much more the topic of "what did X say about Y" counts than the speaker, who may be named only in the context. */
const FOCUS_WEIGHT = 2;

/**
 * How much a word counts that the question types only where the asker tells their own story
 * ({@link storyWords}): the wording of why they ask, which the answer need not write.
 */
const STORY_WEIGHT = 0.35;

/** The most the asker's story, weighed so, may count against the rest of the question: half as much. */
const STORY_SHARE = 0.5;

/** Words that say a question is about now ("this year", "current"): they frame it, the date of the answer settles them. */
const NOW_WORDS: ReadonlySet<string> = new Set(['now', 'current', 'currently', 'year', 'today', 'present', 'presently', 'latest', 'nowadays', 'days', 'recent', 'rn', 'atm', 'right', 'moment']);

/** Words that name the number a "how many" asks for ("latest count", "total number"): they frame it, the number answers them. */
const QUANTITY_NOUNS: ReadonlySet<string> = new Set(['count', 'number', 'numbers', 'total', 'tally', 'figure', 'figures', 'quantity', 'headcount',
  // …and the hedges of one ("roughly how many"): the answer's own "over 5,000" says how exact it is.
  'roughly', 'approximately', 'approx', 'nearly', 'almost',
  // …and the words for a share of a whole ("what fraction", "percentage of"): "one third" or "38 per cent" answers them.
  'fraction', 'proportion', 'percentage', 'percent', 'pct', 'share', 'ratio']);

/** Words that ask for the one after or before someone ("who replaced X?"): the list's order answers them, they are not a topic. */
const SUCCESSION_WORDS: ReadonlySet<string> = new Set(['replaced', 'replace', 'succeeded', 'succeed', 'followed', 'preceded', 'successor', 'predecessor', 'came', 'took']);

/** Words that pick an item of a list ("the third priority"): they select, they are not a topic. */
const ORDINAL_WORDS = /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|penultimate|\d{1,2}(st|nd|rd|th)|number|item)$/;

/**
 * Phrases that frame a question, not name its topic: "where does it take place?", "ICAT in one
 * sentence", "in a nutshell".
 */
const TAKE_PLACE = /\b(?:(?:take|takes|took|taking|taken) place|in (?:one|a|two|a few) (?:sentence|sentences|line|lines|words?)|in a nutshell|briefly)\b/gi;

/** How much an everyday word the knowledge does use ("use", "make") counts, against a telling one. */
const KNOWN_COMMON_WORD_IMPORTANCE = 0.5;
/** How much a WordNet rewording counts at most (times its closeness), against 1 for the word itself. */
const REWORDING_WEIGHT = 0.6;
/** How often the knowledge may write a word and still have the word's rewordings looked for too. */
const RARELY_WRITTEN = 2;
/** How much a synonym counts, against 1 for the word itself. */
const SYNONYM_WEIGHT = 0.75;
/** How much a date (a year, a month, a day of the month) counts in a yes/no question about it. */
const DOUBTED_YEAR_WEIGHT = 0.2;
/** How much a word of what a yes/no question claims counts, against its subject's: the answer may correct it. */
const CLAIM_WEIGHT = 0.5;
/** How much the "which X" noun counts: the answer is an instance of X, and may not say X. */
const HEAD_NOUN_WEIGHT = 0.3;

const SYNONYMS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, Set<string>>();
  const link = (from: string, to: string) => {
    const set = map.get(from) ?? new Set<string>();
    if (to !== from) set.add(to);
    map.set(from, set);
  };
  for (const group of SYNONYM_GROUPS) {
    const stems = group.map(stem);
    for (const s of stems) for (const other of stems) link(s, other);
  }
  for (const [generic, titles] of Object.entries(GENERIC_TO_SPECIFIC)) for (const title of titles) link(stem(generic), stem(title));
  return new Map([...map].map(([k, v]) => [k, [...v]]));
})();

/**
 * Turns a question into the concepts to look for: content words with typos corrected against the
 * knowledge's own vocabulary (only words the knowledge does not know are corrected, so a near
 * miss never outranks an exact match), abbreviations folded to one token, synonyms added.
 */
export function buildConcepts(index: KnowledgeIndex, typedQuestion: string, shape: QuestionShape): Concept[] {
  // "…, correct?": the tag of a yes/no question names nothing to look for.
  // "#WearBlueDay" typed is one word, as a hyphenated one is: its parts are not each a concept.
  const question = joinedPrefixes(index, hashtagsHyphenated(shape.yesNo ? withoutYesNoTag(typedQuestion) : typedQuestion));
  // "I'm preparing a note…" typed "im": the asker speaking, no word to find (unless words are quoted: "who said 'we've had enough'").
  const quotes = shape.aboutSpeech === true || /["“”]/.test(question);
  // "the four Ps of the plan": words sharing a first letter, counted; the letter is no word the answer writes.
  const letterSets = new Set([...question.matchAll(new RegExp(LETTER_SET.source, 'gu'))].map((match) => `${match[1]!.toLowerCase()}s`));
  // "was UNIFEM one of the participants?": "one of" picks from a group, it counts nothing.
  const typed = contentTerms(fixQuestionWords(question).replace(TAKE_PLACE, ' ').replace(ONE_OF, ' '))
    .filter((term) => !QUESTION_FRAME_WORDS.has(term.surface) && !letterSets.has(term.surface) && !(APOSTROPHE_DROPPED.has(term.surface) && !quotes) && !(shape.now && NOW_WORDS.has(term.surface))
      && !(shape.expects === 'number' && QUANTITY_NOUNS.has(term.surface) && !shape.symbolAsked)
      // "tvpa passed what year", "what month did it join": the unit of date asked for is the answer, not a word the passage must write.
      && !(shape.expects === 'date' && DATE_UNITS.test(term.surface) && (shape.toTheYear || shape.toTheDay || shape.headNoun === term.surface))
      && !(shape.relative && SUCCESSION_WORDS.has(term.surface))
      // "start and end of her term": the two ends frame the span asked for; the passage gives its dates.
      && !(shape.span && SPAN_WORDS.has(term.surface))
      // "which two UN agencies …": how many are asked for is no word the answer writes.
      && !(shape.counted && !shape.counted.written && term.surface === shape.counted.count)
      && !(shape.ordinal !== undefined && (ORDINAL_WORDS.test(term.surface) || term.surface === String(shape.ordinal)) && !namesByOrdinal(term.stem))
      // "third from the end": where the counting starts is no word to find.
      && !(shape.ordinal !== undefined && shape.ordinal < 0 && /^(?:end|bottom)$/.test(term.surface)));
  const typedInCapitals = new Set(question.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 2 && word.length <= 4 && /^\p{Lu}+$/u.test(word)).map(fold));
  // "PSAs", "NGOs": initials with a plural "s" are initials too.
  // ("3 Ps": one capital and a plural "s" is a plural too.)
  const pluralInitials = new Set(question.split(/[^\p{L}\p{N}]+/u).filter((word) => /^\p{Lu}{1,5}s$/u.test(word)).map(fold));
  const initials = new Set([...typedInCapitals, ...pluralInitials]);
  const corrected = typed.flatMap((term) => lettersThenNumber(index, term)).flatMap((term) => gluedWords(index, term)).map((term, i, terms) => slipInAName(index, term, terms[i - 1], terms[i + 1]))
    .flatMap((term) => spelledOut(index, initials, term, pluralInitials)).map((term) => {
    const { surface, stem: correctedStem, others, weight } = correct(index, term.surface, term.stem, initials.has(term.surface));
    return { surface, stem: correctedStem, others, weight, typed: term.surface };
  });
  const partsOfKnownCompounds = compoundParts(index, question);
  const joinedCompounds = joinedForms(question);
  const collapsed = index.aliases.collapse(question, corrected.map((c) => c.stem)).filter((term) => !partsOfKnownCompounds.has(term));
  const correctionsOf = new Map(corrected.map((c) => [c.stem, c.others]));
  // The first word typed for each stem, looked up rather than searched for: a search per term was quadratic in the question.
  const typedByStem = new Map<string, (typeof corrected)[number]>();
  for (const c of corrected) if (!typedByStem.has(c.stem)) typedByStem.set(c.stem, c);
  const focusWords = new Set(shape.focus ? contentTerms(shape.focus).map((term) => term.surface) : []);
  const concepts = new Map<string, Concept>();
  const typedDate = typed.some((term) => MONTHS.test(term.surface));
  const phrasalParticles = particlesAfterVerbs(question);
  const claimWords = claimedWords(shape);
  const lowerTyped = wordsTypedLower(question);
  const hyphenated = new Set([...fold(question).matchAll(/\bco-([a-z]+)/g)].map((match) => `co${match[1]}`));
  const story = storyWords(typedQuestion);
  const storyWeighted = new Set<Concept>();
  for (const term of collapsed) {
    if (concepts.has(term)) continue;
    const typedAs = typedByStem.get(term);
    const word = typedAs?.surface ?? term;
    const ownWeight = typedAs?.weight ?? 1;
    // "nationality" stems to "nation", which this knowledge only writes as part of a name ("United
    // Nations"): a derived word does not reach a name, only the name's own word forms do.
    const reachesOnlyAName = ownWeight === 1 && index.isName(term) && !writesSingularOrPlural(index, word) && extendsEveryForm(index, term, word);
    const alternatives: Alternative[] = [{ term: reachesOnlyAName ? `${word}_unknown` : term, weight: ownWeight }];
    if (!reachesOnlyAName) {
      for (const other of correctionsOf.get(term) ?? []) alternatives.push({ term: other, weight: ownWeight });
      for (const synonym of SYNONYMS.get(term) ?? []) {
        if (index.knownTerms.has(synonym)) alternatives.push({ term: synonym, weight: Math.min(ownWeight, SYNONYM_WEIGHT), synonym: true });
      }
    }
    // "co-facilitated" is "facilitated" done with another: the word without its "co-" says it, a little less.
    // (Only as typed with the hyphen: "coordinated" is no "ordinated".)
    const shared = /^co[a-z]{5,}$/.test(term) && hyphenated.has(word) ? term.slice(2) : undefined;
    if (shared && index.knownTerms.has(shared) && !alternatives.some((a) => a.term === shared)) alternatives.push({ term: shared, weight: Math.min(ownWeight, SYNONYM_WEIGHT), synonym: true });
    // "the Australian act" is Australia's: a people's adjective and its country's name are one name.
    for (const other of countryAndPeopleForms(index, word)) {
      if (!alternatives.some((a) => a.term === other)) alternatives.push({ term: other, weight: ownWeight });
    }
    // An irregular form reaches its base word, which stemming does not: "came" is "come", "held" is "hold".
    for (const base of irregularBases(index, word)) {
      if (!alternatives.some((a) => a.term === base)) alternatives.push({ term: base, weight: ownWeight });
    }
    // …and a base word reaches its irregular past: "did convictions fall?" is answered by "convictions fell".
    for (const past of irregularPasts(index, word)) {
      if (!alternatives.some((a) => a.term === past)) alternatives.push({ term: past, weight: ownWeight });
    }
    // "Who founded it?" is answered by its founders, "who funds it?" by its funders.
    if (typedAs && shape.expects === 'person') {
      for (const noun of agentNouns(index, typedAs.typed)) {
        if (!alternatives.some((a) => a.term === noun)) alternatives.push({ term: noun, weight: Math.min(ownWeight, SYNONYM_WEIGHT), synonym: true });
      }
    }
    // A word the knowledge never writes may be its rewording ("founded" for "established", "envoy" for "representative").
    // …and so may one it writes but rarely: a document that mentions an envoy once must not hide the Special Representative.
    if (typedAs && index.timesWritten(typedAs.typed) <= RARELY_WRITTEN) {
      for (const { term: reworded, weight } of rewordingsOf(index, typedAs.typed)) {
        if (!alternatives.some((a) => a.term === reworded)) alternatives.push({ term: reworded, weight: weight * REWORDING_WEIGHT, synonym: true });
      }
    }
    // "set up" is "establish", "put out" is "issue": a verb with its particle says what the verb alone does not.
    const particle = phrasalParticles.get(word);
    const phrasal = particle ? rewordingsOf(index, `${word} ${particle}`) : [];
    // …and the verb alone in another sense ("set priorities") counts no more than those.
    // (…and what the phrase means counts as much as the verb alone does: "get together" is "meet" more than it is "get".)
    if (phrasal.length > 0) alternatives[0]!.weight = Math.min(alternatives[0]!.weight, REWORDING_WEIGHT, Math.max(...phrasal.map((p) => p.weight)));
    for (const { term: reworded, weight } of phrasal) {
      if (!alternatives.some((a) => a.term === reworded)) alternatives.push({ term: reworded, weight: Math.min(weight, REWORDING_WEIGHT), synonym: true });
    }
    // "When was the RSO established?" is answered by "The RSO was set up in 2012": the knowledge's phrasal verbs the word means.
    if (typedAs) {
      for (const { term: verb, phrase, weight } of phrasalRewordingsOf(index, typedAs.typed)) {
        if (!alternatives.some((a) => a.phrase === phrase)) alternatives.push({ term: verb, weight: weight * REWORDING_WEIGHT, synonym: true, phrase });
      }
    }
    // A phrase's verb alone ("set") says little of how much the word matters: single words weigh the concept when there are any.
    const knownWords = alternatives.filter((a) => index.knownTerms.has(a.term) && !a.phrase);
    const knownAlternatives = knownWords.length > 0 ? knownWords : alternatives.filter((a) => index.knownTerms.has(a.term));
    const known = knownAlternatives.length > 0;
    // "done", "paid", "got": a form of an everyday verb is everyday too, even where the knowledge or a rewording knows it.
    const everyday = COMMON_WORDS.has(word) || COMMON_WORDS.has(term) || (known ? formOfEverydayVerb(word) : formOfEverydayWord(word));
    const importance = known
      ? Math.max(...knownAlternatives.map((a) => index.weightOf(a.term))) * (everyday ? KNOWN_COMMON_WORD_IMPORTANCE : 1)
      : index.weightOf(alternatives[0]!.term) * (everyday ? COMMON_WORD_IMPORTANCE : 1) * (namesSomething(word) ? 1 : UNKNOWN_WORD_IMPORTANCE);
    // "Did it join in 2019?": the year is what the answer may correct, not what it must be about.
    // "Was the 2018 theme about technology?" names the theme by its year: the doubt is about the rest.
    const namesByYear = shape.datedWords?.some((words) => words.startsWith(`${word} `)) ?? false;
    // "ICAT had 24 members in 2023, right?": a count the question claims is in doubt as much as its year ("brief 3" names, it claims nothing).
    const claimedCount = shape.yesNo === true && /^\d+$/.test(word) && !shape.numbered?.endsWith(` ${word}`);
    const doubtedDate = shape.yesNo === true && (isPartOfADate(word, typedDate) || claimedCount) && !namesByYear;
    const claimed = !doubtedDate && claimWords.has(word);
    const doubted = doubtedDate ? DOUBTED_YEAR_WEIGHT : claimed ? CLAIM_WEIGHT : 1;
    // "how often does it meet": how often is what the answer gives ("every four years"), hardly a word it writes.
    const asksHowOften = shape.expects === 'frequency' && FREQUENCY_ASKED.test(word);
    // "Covering for Maria this week. … which session was that?": the asker's story, but for the names in it, counts little.
    const inStory = story.has(word);
    const told = inStory && !/\d/.test(word) && (!index.isName(term) || TITLE_STEMS.has(term)) ? STORY_WEIGHT : 1;
    const emphasis = (word === shape.headNoun || asksHowOften ? HEAD_NOUN_WEIGHT : focusWords.has(word) ? FOCUS_WEIGHT : 1) * doubted * told;
    const knownAsTyped = alternatives.some((a) => !a.synonym && index.knownTerms.has(a.term));
    // "Who runs IJM UK?" is answered by its CEO: the one who runs or heads a body holds a leader's post in it.
    // (Those posts say the verb without weighing it more: added after its importance is set.)
    if (typedAs && shape.expects === 'person' && LEADING_VERBS.test(typedAs.typed)) {
      for (const title of LEADER_TITLES) {
        if (index.knownTerms.has(title) && !alternatives.some((a) => a.term === title)) alternatives.push({ term: title, weight: Math.min(ownWeight, SYNONYM_WEIGHT), synonym: true });
      }
    }
    // "get-together", "cbss-run": a compound the knowledge never writes joined is its parts alone, already concepts.
    // …and so is one the knowledge knows only through a correction or synonym ("co-founders": "cofounders" read as "founders").
    if (joinedCompounds.has(word) && !index.knownTerms.has(alternatives[0]!.term)) continue;
    const concept: Concept = {
      word, alternatives, importance: importance * emphasis, known, knownAsTyped, everyday,
      ...(doubtedDate ? { doubted: true } : {}), ...(claimed ? { claimed: true } : {}), ...(inStory ? { told: true } : {}), ...(phrasal.length > 0 ? { phrasal: `${word} ${particle}` } : {}),
      ...(typedAs && lowerTyped.has(typedAs.typed) ? { typedLower: true } : {}),
      ...(shape.headNoun !== undefined && (shape.headNoun === word || shape.headNoun === typedAs?.typed) ? answerKindOf(shape.headNoun, shape) : {}),
    };
    concepts.set(term, concept);
    if (told !== 1) storyWeighted.add(concept);
  }
  return withStoryKeptShort([...concepts.values()], storyWeighted);
}

/**
 * The concepts, with those weighed as the asker's story ({@link STORY_WEIGHT}) scaled down together
 * when they outweigh {@link STORY_SHARE} of the rest: a long story before a short question
 * ("when was the fund launched? asking because im updating the history page on our site this
 * week") must not make every passage that answers the question look like a poor match.
 */
function withStoryKeptShort(concepts: Concept[], story: ReadonlySet<Concept>): Concept[] {
  if (story.size === 0) return concepts;
  const told = concepts.reduce((sum, concept) => sum + (story.has(concept) ? concept.importance : 0), 0);
  const asked = concepts.reduce((sum, concept) => sum + (story.has(concept) ? 0 : concept.importance), 0);
  const scale = told > STORY_SHARE * asked ? (STORY_SHARE * asked) / told : 1;
  return scale === 1 ? concepts : concepts.map((concept) => (story.has(concept) ? { ...concept, importance: concept.importance * scale } : concept));
}

/**
 * The country's name for a people's adjective the question types, and the other way round, when
 * the knowledge writes it as a name: "Australian" → "Australia", "Nigeria" → "Nigerian",
 * "Vietnamese" → "Vietnam", "Pakistani" → "Pakistan". Regular endings only: stemming keeps the two apart.
 */
function countryAndPeopleForms(index: KnowledgeIndex, word: string): string[] {
  if (!/^[a-z]{4,}$/.test(word)) return [];
  const forms = /an$/.test(word) ? [word.slice(0, -1)] : /ese$/.test(word) ? [word.slice(0, -3)] : /i$/.test(word) ? [word.slice(0, -1)] : [];
  if (/a$/.test(word)) forms.push(`${word}n`);
  else if (/(?:stan|desh)$/.test(word)) forms.push(`${word}i`);
  return forms.map(stem).filter((other) => other !== stem(word) && index.knownTerms.has(other) && index.isName(other));
}

/** The stems of {@link TITLE_WORDS}, as passages are indexed. */
export const TITLE_STEMS: ReadonlySet<string> = new Set([...TITLE_WORDS].map(stem));

/** Whether a concept is the title of a post ("chair", "secretary-general", "envoy"). */
export function isTitle(concept: Concept): boolean {
  return TITLE_WORDS.has(concept.word) || concept.alternatives.some((a) => !a.synonym && TITLE_STEMS.has(a.term));
}

/**
 * Whether a typed word is longer than every word the knowledge writes with its stem: a derived
 * word ("nationality" from "Nations"), not a shorter form ("represents" of "Representative").
 */
function extendsEveryForm(index: KnowledgeIndex, stemmed: string, word: string): boolean {
  for (const [written] of index.vocabulary.atPrefix(stemmed)) if (written.length >= word.length) return false;
  return true;
}

/** Whether the knowledge writes a word as typed, or its plural or singular. */
function writesSingularOrPlural(index: KnowledgeIndex, word: string): boolean {
  return index.writesWord(word) || index.writesWord(`${word}s`) || index.writesWord(word.replace(/e?s$/, ''));
}

/**
 * The parts of hyphenated words ("Secretary-General", "co-chaired") whose joined form the knowledge
 * uses: the joined form alone then stands for the word, so one word does not count three times.
 */
function compoundParts(index: KnowledgeIndex, question: string): Set<string> {
  const parts = new Set<string>();
  // Starts only where a word starts: from inside a long word without a hyphen, the pattern rescanned the rest of it each time.
  for (const match of fold(question).matchAll(/(?<![a-z0-9])[a-z0-9]+(?:-[a-z0-9]+)+/g)) {
    const pieces = match[0].split('-');
    if (!index.knownTerms.has(stem(pieces.join('')))) continue;
    for (const piece of pieces) parts.add(stem(piece));
  }
  return parts;
}

/** The joined forms of a question's hyphenated words ("gettogether" of "get-together"), as {@link surfaceWords} gives them. */
function joinedForms(question: string): ReadonlySet<string> {
  if (!question.includes('-')) return EMPTY;
  return new Set([...fold(question).matchAll(/(?<![a-z0-9])[a-z0-9]+(?:-[a-z0-9]+)+/g)].map((match) => match[0].replace(/-/g, '')));
}

const EMPTY: ReadonlySet<string> = new Set();

/**
 * The words of what a yes/no question claims of its subject ("is poznanski the cbss secretary
 * general": cbss, secretary, general; not poznanski), as {@link contentTerms} gives them.
 */
function claimedWords(shape: QuestionShape): ReadonlySet<string> {
  if (!shape.claim) return new Set();
  return new Set(contentTerms(fixQuestionWords(shape.claim)).map((term) => term.surface));
}

/**
 * Whether an ordinal is beyond ten ("the 50th ratification", "the fiftieth"): such a word names
 * what is asked, and a passage must write it, where a small one ("the third priority") picks a
 * list's item.
 */
function namesByOrdinal(stemmed: string): boolean {
  const n = /^(\d+)(?:st|nd|rd|th)$/.exec(stemmed);
  return n !== null && Number(n[1]) > 10;
}

/** A question without its closing tag ("… in 2007, correct?" → "… in 2007") and its opening frame ("is it true that …", see {@link CLAIM_FRAME}). */
export function withoutYesNoTag(question: string): string {
  // Matched on the question as typed: folding may change its length ("ﬁ" → "fi"), and the cut must fall where the tag starts.
  const tag = TAG_QUESTION.exec(question);
  const untagged = tag ? question.slice(0, tag.index) : question;
  // "Is it true that ICAT was …": the frame asks for yes or no; "true" names nothing to find.
  const frame = CLAIM_FRAME.exec(untagged.trimStart())?.[0];
  return frame !== undefined && frame.length < untagged.trimStart().length ? untagged.trimStart().slice(frame.length) : untagged;
}

/** Prefixes chat types apart from their word ("co chairs", "non un"). */
const SPLIT_PREFIX = /(?<![\p{L}\p{N}])(co|non|sub|inter|multi|anti|cross|pre|post) ([a-z]{3,})(?![\p{L}\p{N}])/giu;

/** "co chairs" is "co-chairs" when the knowledge writes the joined word; otherwise the words stay apart. */
function joinedPrefixes(index: KnowledgeIndex, question: string): string {
  return question.replace(SPLIT_PREFIX, (typed, prefix: string, word: string) => (index.knownTerms.has(stem(fold(prefix + word))) ? `${prefix}-${word}` : typed));
}

/**
 * "chipped in to the fund", "signed on": "in" and "on" make a phrasal verb at the end of a question
 * or before "to", "with", "for"; before a year or a place they are prepositions ("joined in 2020").
 */
const IN_OR_ON_AFTER_VERB = /\b([a-z]+) (in|on)(?= (?:to|with|for)\b|$)/g;

/** Each word of a question followed by a particle, with that particle ("set" → "up" in "when was ICAT set up"). */
function particlesAfterVerbs(question: string): Map<string, string> {
  const particles = new Map<string, string>();
  const folded = fold(question).replace(TRAILING_MARKS_AND_SPACES, '');
  for (const match of folded.matchAll(PHRASAL_VERB)) particles.set(match[1]!, match[2]!);
  if (folded.includes(' in') || folded.includes(' on')) for (const match of folded.matchAll(IN_OR_ON_AFTER_VERB)) particles.set(match[1]!, match[2]!);
  return particles;
}

const MONTHS = new RegExp(`^${MONTH}$`);

/** The kinds of place a "which …" question asks for, which a place named answers: "which city", "which town". */
const PLACE_KINDS = /^(?:city|cities|town|towns)$/;
/** …of which a country answers these: "which govt", "which nation". */
export const COUNTRY_KINDS = /^(?:country|countries|governments?|govts?|nations?)$/;
/** Words that ask which country someone belongs to: "richey nationality?" is answered by a country. */
export const NATIONALITY_WORDS = /^(?:nationality|nationalities|citizenship)$/;
/** The kinds of organisation a "which …" question asks for: "which org", "what agency". */
const ORGANISATION_KINDS = /^(?:orgs?|organi[sz]ations?|agenc(?:y|ies)|bod(?:y|ies)|entit(?:y|ies)|institutions?)$/;

/** The kind of answer a question's head noun names, when a passage can give it without the word. */
function answerKindOf(word: string, shape: QuestionShape): Pick<Concept, 'answerKind'> {
  if (shape.expects === 'place' && COUNTRY_KINDS.test(word)) return { answerKind: 'country' };
  if (shape.expects === 'place' && PLACE_KINDS.test(word)) return { answerKind: 'place' };
  return ORGANISATION_KINDS.test(word) ? { answerKind: 'organisation' } : {};
}

/** The words that ask how often: "how often", "how frequently", "frequency". */
const FREQUENCY_ASKED = /^(?:often|frequently|frequency)$/;

/** The units a date is asked in: "what year", "which month", "what day". */
const DATE_UNITS = /^(?:year|month|day)$/;

/**
 * Whether a word is part of a date: "Did it join in 2019?", "is the world day on 30 june?" ask
 * whether the date is right, so the answer may well give another one. A day number counts only
 * beside a month.
 */
function isPartOfADate(word: string, questionHasAMonth: boolean): boolean {
  return /^(?:19|20)\d\d$/.test(word) || MONTHS.test(word) || (questionHasAMonth && /^\d{1,2}(?:st|nd|rd|th)?$/.test(word));
}
