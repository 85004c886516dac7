import { baseForms, irregularPastForms } from '../lexicon/wordnet.js';
import { LEAD_IN, namesAWhere } from '../search/features.js';
import type { KnowledgeIndex } from '../search/knowledge-index.js';
import type { Passage } from '../search/passage.js';
import { isRecord } from '../search/records.js';
import { fold } from '../text/fold.js';
import { STOP_WORDS } from '../text/stopwords.js';
import { patternOf } from '../text/patterns.js';
import { nameWithInitials } from './initialisms.js';
import { countedList, SELECTION } from './list-counts.js';
import { leadInTermsOfList } from './list-items.js';
import { neighbourItem } from './list-neighbours.js';
import { contentTerms } from '../text/terms.js';
import { antecedentOf, countsTheAsked, countsWithoutNaming, datesItToTheDay, foldedTextOf, namesAnotherPerson, ownTerms, plainTextOf, speakerNamedBy, speaksForReader, subjectRoleReader, wordsOfPassage } from './passage-reading.js';
import type { Concept } from './query.js';
import type { QuestionShape } from './question.js';
import { MISSING_ATTRIBUTE_FACTOR, postReading, type RequiredGroup } from './required.js';
import { yearsCountedIn } from './year-labels.js';
import { postBelongsElsewhere } from './role-owner.js';

// What a question's wording asks of its answer beyond its words: whose post, which beginning, how many of what…

/** Words that tell when someone or something began to be what it is. */
const BECOMING = /\b(?:bec[oa]mes?|becoming|appointed|named|elected|(?:took|taken|takes|take|taking) (?:office|over|up)|assum(?:ed|es)|joined|joins?|accession|acced(?:ed|es)|admitted|new members?|since|sworn in|start(?:s|ed)|beg[ai]ns?|stepped in|succeeded|inaugural)\b/i;

/** Words that speak of what is still to come. */
const FUTURE = /\b(?:will|shall|to be held|planned|scheduled|upcoming|next|forthcoming|expected to|is to|are to|going to)\b/i;

/** Words that report what someone said, in lower case: "all States" is no verb of saying. */
const SAYING = /\b(?:said|says|say|saying|stated|states|added|adds|remarked|told|tells|noted|notes|highlighted|stressed|emphasi[sz]ed|warned|urged|called|described|spoke|speaks|speech|statement|quoted|according to|asked|argued|announced|declared|welcomed)\b/;

/** A quotation of some length, or a line attributing one ("— Antonio Maria Costa, …"): someone said it. */
const QUOTATION = /["“](?:[^"”\s]+\s+){4,}[^"”]*["”]|^\s*[—–]\s*\p{Lu}/mu;

/** A span of time ("a three-year term", "for two years", "2019–2020", "October 2006 – December 2009") or its beginning ("since 2019", "July 2019 –"). */
const DURATION = /\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|few)[- ](?:years?|months?|weeks?|days?|hours?|decades?)\b|\b(?:annual|yearly|renewable)\b|\bsince\b|\b(?:19|20)\d\d\s*(?:[–-]|to|until)\s*(?:[A-Za-z]{3,9}\.?\s+)?(?:(?:19|20)?\d\d)\b|\b(?:19|20)\d\d\s*[–-]\s*(?=$|[;,)])|\buntil\b/i;

/** A beginning given with its year ("took office in 2019"), which the passage itself must say: its lead-in may date something else. */
const BEGAN_IN = /\b(?:took office|appointed|elected|became|joined|started|began)\b[^.]{0,40}?\b(?:19|20)\d\d\b/i;

/** What a passage keeps when a name is asked for in full and it does not write it so. */
const UNNAMED_FACTOR = 0.75;

/** A "where" question answered by a passage that names no place. */
const NO_PLACE_FACTOR = 0.7;

/** …or that names only the gathering it happened at, not a city or country. */
const GATHERING_ONLY_FACTOR = 0.95;

/** A passive question answered by a passage that does not have its subject undergo the verb. */
const UNLINKED_SUBJECT_FACTOR = 0.85;

/** How a passage meets what the question's wording asks of it. */
export interface AskedVerdict {
  /** What the passage keeps of its coverage (1: all of it). */
  factor: number;
  /** For a passive question, whether the passage has its subject undergo the verb, or do it to something else. */
  role: 'undergoes' | 'acts' | undefined;
}

/**
 * Reads, once per question, what its wording asks of an answer, and returns the check each
 * candidate passage goes through:
 * - "who chairs the CBSS?": the post must be the CBSS's (see role-owner.ts);
 * - "when was ICAT set up?": ICAT must undergo the verb, not do it ("ICAT set up a group");
 * - "who runs ICAT?": likewise ("ICAT ran an event" does not say who runs it);
 * - "when is the next meeting?": the passage must speak of what is to come;
 * - "who spoke for UN Women?": the speaker must be UN Women's;
 * - "who mentioned …?": the passage must have someone say it;
 * - "when did X become …?": the passage must tell a beginning;
 * - "how many actions…?": a number must count actions;
 * - "priority #7": the list must have a seventh item, and be all of them (not "among them, …");
 * - "where…?": the passage must name a place;
 * - "how long…?": the passage must give a span of time or its beginning;
 * - "what day…?": the passage must date its fact to the day, "what year…?" to a year;
 * - "which six governments…?": a passage that counts them without naming them is not an answer;
 * - "issue brief #3": the passage must write the brief's noun and number together.
 */
export function askedChecks(
  index: KnowledgeIndex, concepts: readonly Concept[], shape: QuestionShape, required: readonly RequiredGroup[], nameTerms: readonly string[],
): (passage: Passage) => AskedVerdict {
  const post = postReading(index, required, shape);
  const passiveVerbs = shape.passive ? concepts.find((concept) => concept.word === shape.passive!.verb)?.alternatives.map((a) => a.term) : undefined;
  const objectVerbs = shape.verbObject ? verbForms(concepts.find((concept) => concept.word === shape.verb)) : [];
  // "when was the gpa adopted?": passages write the subject as typed or the full name an abbreviation stands for.
  const fullSubject = shape.passive ? index.aliases.shortFormsIn(shape.passive.subject)[0]?.long ?? nameWithInitials(index, shape.passive.subject)?.join(' ') : undefined;
  const typedRole = shape.passive && passiveVerbs ? subjectRoleReader(shape.passive.subject, passiveVerbs) : undefined;
  const fullRole = fullSubject && passiveVerbs ? subjectRoleReader(fold(fullSubject), passiveVerbs) : undefined;
  // The full name's role counts only where the passage writes the full name: "the safety convention signed in 2009" is no "Northern Ports Convention".
  const fullWords = fullSubject ? fold(fullSubject).split(/\s+/).filter((word) => word.length > 2 && !STOP_WORDS.has(word)) : [];
  const writesFullName = (passage: Passage) => fullWords.length > 0 && fullWords.every((word) => patternOf(`\\b${word}\\b`).test(foldedTextOf(passage)));
  const passiveRole = typedRole && ((passage: Passage) => typedRole(passage) ?? (writesFullName(passage) ? fullRole?.(passage) : undefined));
  const objectRole = objectVerbs.length > 0 ? subjectRoleReader(shape.verbObject!, objectVerbs) : undefined;
  const speaksForBody = shape.speakerFor ? speaksForReader(shape.speakerFor) : undefined;
  const countedConcept = shape.countOf ? concepts.find((concept) => concept.word === shape.countOf) : undefined;
  const counting = countedConcept?.known ? new Set(countedConcept.alternatives.map((a) => a.term)) : undefined;
  // A name asked for in full: one of the question's name words with a capitalised word before it ("Valiant Richey").
  const typedNames = concepts.filter((concept) => nameTerms.includes(concept.alternatives[0]!.term)).map((concept) => concept.word).filter((word) => /^[a-z]{3,}$/.test(word));
  const capitalised = typedNames.map((word) => `${word[0]!.toUpperCase()}${word.slice(1)}`);
  const fullNames = shape.fullName && capitalised.length > 0 ? patternOf(`\\p{Lu}[\\p{Ll}'’-]+\\s+(?:${capitalised.join('|')})\\b`, 'u') : undefined;
  const askedNames = new Set(nameTerms.flatMap((term) => [term, ...index.aliases.stemsOf(term)]));
  const numbered = shape.numbered ? ` ${shape.numbered} ` : undefined;
  const countedYears = yearsCountedIn(shape, concepts);
  // ("eight key actions" counts actions as "eight actions" does.)
  const countedNoun = shape.counted && /^[a-z]{3,}$/.test(shape.counted.noun) ? index.analyseForMatching(shape.counted.noun).trim() : undefined;
  // (As the question's concept reads it: "prio" is "priority", "atr" the review it abbreviates.)
  const positionConcept = shape.positionNoun ? concepts.find((concept) => concept.word === shape.positionNoun) : undefined;
  const positionNoun = positionConcept?.alternatives.map((alternative) => alternative.term);
  const counted = shape.counted ? patternOf(`\\b${shape.counted.count} (?:[a-z-]+ )?${shape.counted.noun}\\b([^.;:]*)`) : undefined;
  // (The anchor is a name: a few words, none of them a function word; "going after demand the next frontier" names no one.)
  const anchorWords = shape.expects === 'person' && shape.relative ? fold(shape.relative.anchor).split(/[^a-z]+/).filter(Boolean) : [];
  const successionAnchor = anchorWords.length > 0 && anchorWords.length <= MAX_ANCHOR_WORDS && !anchorWords.some((word) => STOP_WORDS.has(word)) ? new Set(anchorWords) : undefined;
  // "next decade paper launch": "next" is part of a title the knowledge writes ("The next decade"), not a time to come.
  const futureAsked = shape.future === true && !nextBeginsATitle(index, concepts);
  // "2nd world congress" where the knowledge writes "Second World Congress": the position is part of the thing's name, and so a mark too.
  const positionNamed = shape.ordinal !== undefined && !shape.positionMarked && namesByPosition(index, shape.ordinal, concepts);
  const ordinalWritten = shape.ordinal !== undefined && (shape.positionMarked || positionNamed) ? writtenPosition(shape.ordinal) : undefined;
  return (passage) => {
    let factor = 1;
    // What introduces the passage counts too: "ICAT has had the following co-chairs: 2019: the OSCE and UN Women".
    if (post && postBelongsElsewhere(`${passage.context}\n${passage.text}`, post, plainTextOf(passage), () => wordsOfPassage(passage))) factor *= MISSING_ATTRIBUTE_FACTOR;
    const role = passiveRole?.(passage);
    if (role === 'acts') factor *= MISSING_ATTRIBUTE_FACTOR;
    // One that names both but never links them ("thanked UNODC … at the launch") is less sure.
    else if (shape.passive && role === undefined) factor *= UNLINKED_SUBJECT_FACTOR;
    // "Who runs ICAT?" is not answered by "ICAT ran an online event": there ICAT does the running.
    if (objectRole?.(passage) === 'acts') factor *= MISSING_ATTRIBUTE_FACTOR;
    // (…and "the next co-chairs" is no next meeting: a "next" must go on with what the question asks about.)
    if (futureAsked && !FUTURE_BUT_NEXT.test(passage.text) && !nextOfTheAsked(index, passage, concepts)) factor *= MISSING_ATTRIBUTE_FACTOR;
    if (speaksForBody && !speakerNamedBy(index, passage, nameTerms) && !speaksForBody(passage)) factor *= MISSING_ATTRIBUTE_FACTOR;
    if (shape.becoming && !BECOMING.test(passage.text)) factor *= MISSING_ATTRIBUTE_FACTOR;
    // "Who mentioned the protocol?": a passage with no speaker and no verb of saying has no one who said it.
    if (shape.aboutSpeech && shape.expects === 'person' && !passage.speaker && !SAYING.test(passage.text) && !QUOTATION.test(passage.text)) factor *= MISSING_ATTRIBUTE_FACTOR;
    if (counting && !countsTheAsked(index, passage, counting, askedNames) && countedList(index, passage, counting) === undefined) factor *= MISSING_ATTRIBUTE_FACTOR;
    // "who hosted the 4th world congress": a table row numbered I ("No.: I; …") or "First World Congress" is another one.
    if (shape.ordinal !== undefined && shape.ordinal > 0 && passage.kind !== 'list' && writesAnotherPosition(passage.text, shape.ordinal, index, concepts)) factor *= MISSING_ATTRIBUTE_FACTOR;
    // "2nd world congress": a position that begins a name the knowledge writes ("Second World Congress") is asked of that name.
    // (Its heading or opening may write it: "A new voice at the Third Committee" over "She paid tribute …".)
    else if (positionNamed && !ordinalWritten!.test(`${passage.section ?? ''}\n${passage.context}\n${passage.text}`) && !listOfTheNamed(index, passage, shape.ordinal!, concepts)) factor *= MISSING_ATTRIBUTE_FACTOR;
    else if (shape.ordinal !== undefined && shape.ordinal > 0 && tooShortFor(index, passage, shape.ordinal, countedYears)) factor *= MISSING_ATTRIBUTE_FACTOR;
    // "BLI lesson #3": the third field of a record ("Status: …") is the third of nothing; a numbered one ("2. Eritrea: 90.3") is a ranking.
    else if (shape.ordinal !== undefined && listIsARecord(index, passage)) factor *= MISSING_ATTRIBUTE_FACTOR;
    // "Where was the first ICAT meeting held?" is not asking for the first of a list of follow-up points.
    else if (shape.ordinal !== undefined && listNotAbout(index, passage, concepts, shape.ordinal)) factor *= MISSING_ATTRIBUTE_FACTOR;
    // "key action #2": a list whose lead-in says nothing of actions is no list of them, whatever its second item is about.
    else if (positionNoun && listDoesNotName(index, passage, positionNoun)) factor *= MISSING_ATTRIBUTE_FACTOR;
    // "… included the following:" lists some of them: its fourth or last item is not the fourth or last one.
    else if (shape.ordinal !== undefined && listIsASelection(index, passage)) factor *= SELECTION_FACTOR;
    // "Key action #4?": a sentence that is no list, no item and no lead-in of one gives a marked position only where it writes it ("the fourth …").
    else if (ordinalWritten && !positionNamed && passage.kind !== 'list' && listOf(index, passage) === undefined && !ordinalWritten.test(passage.text)) factor *= MISSING_ATTRIBUTE_FACTOR;
    if (shape.expects === 'place' && !passage.features.place) factor *= NO_PLACE_FACTOR;
    // "launched where?": "at a side event of the Conference of the Parties" says where less than "in Vienna" does.
    else if (shape.expects === 'place' && !namesAWhere(passage.text)) factor *= GATHERING_ONLY_FACTOR;
    // "how many speakers on day one" is not answered by "on the second day"; "which COP session" needs a session's place.
    if (shape.placeOf && !placeFits(`${passage.context}\n${passage.text}`, shape.placeOf)) factor *= MISSING_ATTRIBUTE_FACTOR;
    // "… for 2023" is not answered by what was done "for 2024".
    if (shape.forYear && forAnotherYear(passage.text, shape.forYear)) factor *= MISSING_ATTRIBUTE_FACTOR;
    // "how many organ removal victims were detected after 2018" is not answered by "between 2010 and 2018".
    if (shape.yearBound && !writesYearWithin(`${passage.context}\n${passage.text}`, shape.yearBound)) factor *= MISSING_ATTRIBUTE_FACTOR;
    // "Who took over from Poznanski?", "who was DG before Fedotov?": the one named is not the one asked for.
    // (A list of holders, or an item of one, gives the one after or before, when it has one.)
    // …nor is another person named beside them, unless the passage says one followed or came before the other.
    if (successionAnchor && !holdsTheNeighbour(index, passage, shape.relative!)
      && (!namesAnotherPerson(passage, successionAnchor) || !SUCCESSION_TEXT.test(passage.text))) factor *= MISSING_ATTRIBUTE_FACTOR;
    // "What day in March 2007 …?": "in March 2007" does not say the day.
    if (shape.toTheDay && !datesItToTheDay(passage) && !datesItToTheDay(antecedentOf(index, passage) ?? passage)) factor *= MISSING_ATTRIBUTE_FACTOR;
    // "What year was the second cohort inaugurated?": "on 21 June" does not say the year, though its heading may.
    if (shape.toTheYear && !namesAYear(passage) && !namesAYear(antecedentOf(index, passage) ?? passage)) factor *= MISSING_ATTRIBUTE_FACTOR;
    // (A list's lead-in, "… recommends six priority areas:", counts them and its items name them.)
    if (counted && listOf(index, passage) === undefined && countsWithoutNaming(passage, counted)) factor *= MISSING_ATTRIBUTE_FACTOR;
    // "what are the eight key actions …?": a list whose lead-in does not say it lists actions lists something else.
    else if (countedNoun && shape.expects === 'list' && listDoesNotName(index, passage, countedNoun)) factor *= MISSING_ATTRIBUTE_FACTOR;
    // "Issue brief 05 topic?": "a briefing on 5 October" writes the word and the number, but not the brief's name.
    if (numbered && !namesByNumber(index, passage, numbered)) factor *= MISSING_ATTRIBUTE_FACTOR;
    // "Richey first name": "V. Richey added" does not give it; "Valiant Richey, OSCE …" does.
    if (fullNames && !fullNames.test(passage.text)) factor *= UNNAMED_FACTOR;
    // "How long has Poznanski been DG?": a passage that gives no span of time and no beginning does not say.
    if (shape.duration && !DURATION.test(passage.text) && !BEGAN_IN.test(passage.text) && !DURATION.test(passage.context)) factor *= MISSING_ATTRIBUTE_FACTOR;
    return { factor, role };
  };
}

/** Whether a passage, the lead-in above it or its heading writes a publication's noun and number together (` brief 3 `). */
function namesByNumber(index: KnowledgeIndex, passage: Passage, numbered: string): boolean {
  // "a briefing on 3 October" stems to "brief 3" too: the noun must be written as itself (or its plural) before the number.
  const [noun, number] = numbered.trim().split(' ');
  const written = patternOf(`\\b${noun}[a-z]{0,2} (?:no\\.? ?|#)?0*${number}\\b`);
  const writes = (text: string) => written.test(fold(text));
  if (` ${ownTerms(index, passage).join(' ')} `.includes(numbered) && writes(passage.text)) return true;
  const leadIn = passage.itemOf !== undefined ? index.passages[passage.itemOf] : undefined;
  if (leadIn !== undefined && ` ${ownTerms(index, leadIn).join(' ')} `.includes(numbered) && writes(leadIn.text)) return true;
  return passage.section !== undefined && ` ${contentTerms(passage.section).map((term) => term.stem).join(' ')} `.includes(numbered) && writes(passage.section);
}

/** A year from 1600 to 2099, as a date's year is written. */
const YEAR = /(?<!\d)(?:1[6-9]|20)\d\d(?!\d)/;

/** Whether a passage is a list, or an item of one, that holds an item right before or after the one a question names. */
function holdsTheNeighbour(index: KnowledgeIndex, passage: Passage, relative: NonNullable<QuestionShape['relative']>): boolean {
  const list = passage.kind === 'list' ? passage : passage.itemOf !== undefined ? index.passages[passage.itemOf] : undefined;
  return list?.items !== undefined && neighbourItem(index, list.items, relative) !== undefined;
}

/** Words that say one holder followed another: "succeeded", "replaced", "took over", "successor", "until", "then". */
const SUCCESSION_TEXT = /\b(?:succeed(?:ed|s)?|successor|predecessor|replac(?:ed|es|ing)|took over|takes over|taken over|follow(?:ed|s|ing)|preced(?:ed|es|ing)|until|then|later|former(?:ly)?|previous(?:ly)?|new|next|before|after|since)\b/i;

/** The most words a name before or after which a holder is asked for has ("before Fedotov", "from Urmila Bhoola"). */
const MAX_ANCHOR_WORDS = 3;

/** Whether a passage, the lead-in or heading above it included, names a year. */
function namesAYear(passage: Passage): boolean {
  return YEAR.test(passage.text) || YEAR.test(passage.context) || YEAR.test(passage.section ?? '');
}

/** The forms a "who" question's verb is written in: its stems and synonyms ("run", "lead") and its irregular past ("ran"). */
function verbForms(verb: Concept | undefined): string[] {
  if (!verb) return [];
  const own = verb.alternatives.map((a) => a.term);
  const lemmas = new Set(baseForms(verb.word).filter((form) => form.pos === 'verb').map((form) => form.lemma));
  return [...new Set([...own, ...[...lemmas].flatMap((lemma) => irregularPastForms(lemma))])];
}

/** What a list that gives only some of the items keeps, when a position in it is asked. */
const SELECTION_FACTOR = 0.85;

/**
 * Whether a list (or the list an item belongs to) says in its lead-in, context, heading, the
 * sentence before it or its document's title nothing of the noun counted ("actions"), given as the
 * terms it may be indexed under.
 */
function listDoesNotName(index: KnowledgeIndex, passage: Passage, noun: string | readonly string[]): boolean {
  const list = listOf(index, passage);
  const terms = (typeof noun === 'string' ? [noun] : noun).filter(Boolean);
  if (!list || terms.length === 0) return false;
  const leadIn = leadInTermsOfList(index, list);
  if (terms.some((term) => leadIn.includes(` ${term} `))) return false;
  // (The sentence before its lead-in may name it: "… the Anti-Trafficking Review … Each issue takes one theme:".)
  const before = list.previous === undefined ? undefined : index.passages[list.previous];
  const around = ` ${index.analyseForMatching(`${list.document.title} ${before?.text ?? ''} ${before?.context ?? ''}`)} `;
  return !terms.some((term) => around.includes(` ${term} `));
}

/** Whether a list, or the list an item belongs to or a sentence introduces, gives only a selection of the items. */
/** Whether a passage's list is a record of "Label: value" fields (see records.ts), read once per list. */
function listIsARecord(index: KnowledgeIndex, passage: Passage): boolean {
  const list = listOf(index, passage);
  // "Its main areas are:" over "**Victims:** protection …" announces items in an order, labelled or not.
  if (!list || list.ordered || ENUMERATING_LEAD_IN.test(list.text)) return false;
  let record = records.get(list);
  if (record === undefined) records.set(list, record = isRecord(list.items ?? []));
  return record;
}

const records = new WeakMap<Passage, boolean>();

/** Whether a text says something is for another year than the one asked ("co-chairs for 2024"), and never for that one. */
function forAnotherYear(text: string, year: string): boolean {
  const years = [...text.matchAll(/\bfor ((?:19|20)\d\d)\b/g)].map((match) => match[1]!);
  return years.length > 0 && !years.includes(year);
}

/** A lead-in that announces a list's items: "Its main areas are:", "It covers the following fields:", "Four pillars:". */
const ENUMERATING_LEAD_IN = /(?:\b(?:are|were|include|includes|included|covers?|covered|following(?: [a-z]+){0,3})|\b[a-z]{3,}s)\s*:\s*$/i;

function listIsASelection(index: KnowledgeIndex, passage: Passage): boolean {
  const list = listOf(index, passage);
  return list !== undefined && SELECTION.test(`${list.text} ${list.context}`);
}

/**
 * Whether a list, or the list an item belongs to, is a list of something else than the question
 * names: little of the question is in what introduces it (its lead-in or heading) or in the item
 * judged when it stands at the position asked, however much is in its other items. The position
 * asked for ("the first …", -1 for the last) is then not a place in it.
 */
function listNotAbout(index: KnowledgeIndex, passage: Passage, concepts: readonly Concept[], position: number): boolean {
  const list = listOf(index, passage);
  if (!list) return false;
  // An item at the place asked that itself says what is asked ("principle #4 - the root cause prevention targets") is about it too.
  // (One elsewhere in the list is not: "2023: … (Call for Accelerated Action)" as a list's seventh item says nothing of its fourth.)
  const place = position < 0 ? (list.items?.length ?? 0) + position : position - 1;
  const item = passage.itemOf !== undefined && (passage.item === undefined || passage.item === place) ? ownTerms(index, passage) : [];
  const leadIn = leadInTermsOfList(index, list);
  const total = concepts.reduce((sum, concept) => sum + concept.importance, 0);
  const named = concepts.filter((concept) => concept.alternatives.some((alternative) => leadIn.includes(` ${alternative.term} `) || item.includes(alternative.term)))
    .reduce((sum, concept) => sum + concept.importance, 0);
  return named < total * LIST_TOPIC_SHARE;
}

/** The share of the question's importance a list's introduction must name for a position in it to be the one asked for. */
const LIST_TOPIC_SHARE = 0.4;

/** Whether a list, or the list an item belongs to or a sentence introduces, has fewer items than the position asked for. */
function tooShortFor(index: KnowledgeIndex, passage: Passage, position: number, years: readonly string[] | undefined): boolean {
  const list = listOf(index, passage);
  if (!list) return false;
  const items = list.items ?? [];
  // "The third … of 2024" is counted among that year's items, as the answer counts them (compose.ts).
  const ofYear = years ? items.filter((item) => years.some((year) => item.includes(year))) : [];
  return (ofYear.length > 0 ? ofYear : items).length < position;
}

const POSITION_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** How a sentence writes a position: "third", "3rd", "#3", "number 3"; the last as "last", "latest" or "final". */
function writtenPosition(position: number): RegExp {
  if (position === -1) return /\b(?:last|latest|final|most recent)\b/i;
  if (position < 0) return /\b(?:penultimate|(?:second|next)[- ]to[- ]last)\b/i;
  const word = POSITION_WORDS[position - 1];
  // (A table's "#" or "No." column numbers its rows, "#: 5; Founding member: …", maybe in Roman numerals: "No.: II; Dates: 2001".)
  const roman = ROMAN_NUMERALS[position - 1];
  return patternOf(`(?:\\b${word ? `${word}\\b|\\b` : ''}${position}(?:st|nd|rd|th)\\b|#:?\\s?${position}\\b|\\bnumber ${position}\\b|\\bno\\.?:? ?${position}\\b${roman ? `|\\bno\\.?: ?${roman}\\b` : ''})`, 'i');
}

/**
 * Whether the list a passage answers from is a list of what the question names: the item at the
 * position asked names it ("2001 - Second World Congress"), or, when no item names its own position,
 * the lead-in or heading names one of the question's own (not everyday) words ("the six priority areas:").
 */
function listOfTheNamed(index: KnowledgeIndex, passage: Passage, position: number, concepts: readonly Concept[]): boolean {
  const list = listOf(index, passage);
  if (!list) return false;
  const items = list.items ?? [];
  if (items[position - 1] !== undefined && writesPositionName(items[position - 1]!, position)) return true;
  // A timeline whose items name their own positions ("2012 First Harbour Festival") does not number them by its order.
  if (items.some((item) => POSITION_NAME.test(item))) return false;
  const terms = leadInTermsOfList(index, list);
  return concepts.some((concept) => !concept.everyday && concept.alternatives.some((alternative) => terms.includes(` ${alternative.term} `)));
}

const ROMAN_NUMERALS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** The position words as they begin a name: "First", "Second" … */
const CAPITALISED_POSITIONS = POSITION_WORDS.map((word) => `${word[0]!.toUpperCase()}${word.slice(1)}`);

/** A capitalised position word that begins a name: "Second World Congress". */
const POSITION_NAME = new RegExp(String.raw`\b(?:${CAPITALISED_POSITIONS.join('|')})\s+\p{Lu}\p{Ll}`, 'u');

/**
 * Whether a text writes a position as the first word of a name ("2001 - Second World Congress,
 * Yokohama" for 2): such an item of a list is that one, whatever its place in the list.
 */
export function writesPositionName(text: string, position: number): boolean {
  const word = CAPITALISED_POSITIONS[position - 1];
  return word !== undefined && patternOf(`\\b${word}\\s+\\p{Lu}\\p{Ll}`, 'u').test(text);
}

/** Ordinal words a text may give a place in with, to the tenth and beyond by "-th". */
const PLACE_WORD = '(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+ieth|[a-z]+-(?:first|second|third|[a-z]+th)|\\d{1,3}(?:st|nd|rd|th))';

/**
 * Whether a passage fits the place of a thing counted in order that a question gives or asks: it
 * writes no other place of it ("the second day" for "day one"), and, asked which one, writes one
 * ("the seventh session").
 */
function placeFits(text: string, place: { noun: string; position?: number }): boolean {
  // "the seventh session", "session 6", "Edition: eighth", or a year that names it ("the 2018 edition", "Edition: 2018").
  const places = [...text.matchAll(patternOf(`\\b${PLACE_WORD}\\s+(?:[a-z-]+\\s+)?${place.noun}s?\\b|\\b${place.noun}s?\\s*:?\\s*(\\d{1,3}\\b|${PLACE_WORD.slice(1, -1)}\\b)|\\b(?:19|20)\\d\\d\\s+${place.noun}\\b|\\b${place.noun}s?\\s*:?\\s*(?:19|20)\\d\\d\\b`, 'gi'))]
    .map((match) => positionIn(match[1] ?? match[2]));
  if (place.position === undefined) return places.length > 0;
  return places.every((at) => !(at > 0) || at === place.position);
}

/** The place a written ordinal or number gives ("seventh" → 7, "6th" → 6, "6" → 6), or NaN when it names none this reads. */
function positionIn(written: string | undefined): number {
  if (written === undefined) return Number.NaN;
  const word = POSITION_WORDS.indexOf(written.toLowerCase()) + 1;
  return word > 0 ? word : parseInt(written, 10);
}

/** Whether a text writes a year past the bound asked ("after 2018": 2019 or later), or before it. */
function writesYearWithin(text: string, bound: { after: boolean; year: number }): boolean {
  for (const match of text.matchAll(/\b(?:19|20)\d\d\b/g)) {
    const year = Number(match[0]);
    if (bound.after ? year > bound.year : year < bound.year) return true;
  }
  return false;
}

/** A row's number in a table's "#" or "No." column: "No.: II", "#: 5". */
const ROW_NUMBER = /(?:^|;\s)(?:no\.?|#)\s?:\s?([0-9]{1,2}|[IVX]{1,4})(?=;|$)/i;

/**
 * Whether a passage numbers itself with another position than the one asked: a table row whose
 * "No." is another number, or a name that begins with another position word and goes on with one
 * of the question's words ("First World Congress" when the fourth is asked).
 */
function writesAnotherPosition(text: string, position: number, index: KnowledgeIndex, concepts: readonly Concept[]): boolean {
  const row = ROW_NUMBER.exec(text)?.[1];
  if (row !== undefined) {
    const at = /^\d+$/.test(row) ? Number(row) : ROMAN_NUMERALS.indexOf(row.toUpperCase()) + 1;
    if (at > 0 && at !== position) return true;
  }
  for (const match of text.matchAll(POSITION_AND_WORDS)) {
    const at = POSITION_WORDS.indexOf(match[1]!.toLowerCase()) + 1;
    if (at === position) continue;
    const named = ` ${index.analyseForMatching(`${match[2]} ${match[3] ?? ''}`)} `;
    if (concepts.some((concept) => !concept.everyday && concept.alternatives.some((alternative) => named.includes(` ${alternative.term} `)))) return true;
  }
  return false;
}

/** Per index, the terms the knowledge writes after "next" in sentences that say nothing else of the future ("The next decade … was launched in 2012"). */
const wordsAfterATitlesNext = new WeakMap<KnowledgeIndex, ReadonlySet<string>>();

/** "next" and the word after it. */
const NEXT_AND_WORD = /\bnext ([a-z]+)/g;

/** Words of the future but "next": a sentence with one of them may mean the next of something to come. */
const FUTURE_BUT_NEXT = new RegExp(FUTURE.source.replace('|next|', '|'), 'i');

/** Whether a passage writes "next" before one of the question's words (but "next" itself): "the next Principals meeting". */
function nextOfTheAsked(index: KnowledgeIndex, passage: Passage, concepts: readonly Concept[]): boolean {
  for (const match of foldedTextOf(passage).matchAll(NEXT_AND_TWO_WORDS)) {
    const after = ` ${index.analyseForMatching(`${match[1]} ${match[2] ?? ''}`)} `;
    if (concepts.some((concept) => concept.word !== 'next' && concept.alternatives.some((alternative) => after.includes(` ${alternative.term} `)))) return true;
  }
  return false;
}

/** "next" and the two words after it. */
const NEXT_AND_TWO_WORDS = /\bnext ([a-z'’-]+)(?: ([a-z'’-]+))?/g;

/**
 * Whether the question's "next" begins a title the knowledge writes: the word typed after it
 * follows "next" in a sentence of the knowledge that says nothing else of the future ("The next
 * decade overview paper was launched in May 2012"), so "next decade paper" names that paper.
 */
function nextBeginsATitle(index: KnowledgeIndex, concepts: readonly Concept[]): boolean {
  const at = concepts.findIndex((concept) => concept.word === 'next');
  const following = at >= 0 ? concepts[at + 1] : undefined;
  if (!following) return false;
  let after = wordsAfterATitlesNext.get(index);
  if (!after) {
    const found = new Set<string>();
    for (const passage of index.passages) {
      const text = foldedTextOf(passage);
      if (!text.includes('next') || FUTURE_BUT_NEXT.test(text)) continue;
      for (const match of text.matchAll(NEXT_AND_WORD)) for (const term of index.analyseForMatching(match[1]!).split(' ')) if (term) found.add(term);
    }
    wordsAfterATitlesNext.set(index, after = found);
  }
  return following.alternatives.some((alternative) => after.has(alternative.term));
}

/** Per index, the terms of the names the knowledge begins with each position word ("Second World Congress": "world", "congress" after 2). */
const wordsAfterPositions = new WeakMap<KnowledgeIndex, ReadonlyMap<number, ReadonlySet<string>>>();

/** A capitalised position word and the name it begins: "Second World Congress", "Third Committee" (not "the first meeting"). */
const POSITION_AND_WORDS = new RegExp(String.raw`\b(${CAPITALISED_POSITIONS.join('|')})\s+(\p{Lu}\p{Ll}+)(?:\s+(\p{Lu}\p{Ll}+))?`, 'gu');

/**
 * Whether a position asked of the question's words is part of what the knowledge calls a thing:
 * it writes "Second World Congress", so "2nd world congress where" asks for that congress, and a
 * passage that does not write the position (or list it there) speaks of another. Any position
 * written so counts: "4th world congress" asks for one named as the first and second are.
 */
function namesByPosition(index: KnowledgeIndex, position: number, concepts: readonly Concept[]): boolean {
  if (position < 1) return false;
  let after = wordsAfterPositions.get(index);
  if (!after) {
    const found = new Map<number, Set<string>>();
    for (const passage of index.passages) {
      for (const match of passage.text.matchAll(POSITION_AND_WORDS)) {
        const at = POSITION_WORDS.indexOf(match[1]!.toLowerCase()) + 1;
        const terms = found.get(at) ?? new Set<string>();
        for (const term of index.analyseForMatching(`${match[2]} ${match[3] ?? ''}`).split(' ')) if (term) terms.add(term);
        found.set(at, terms);
      }
    }
    wordsAfterPositions.set(index, after = found);
  }
  // (Any position will do: where the knowledge names the first, second and third festivals so, "4th festival" asks for one it names so too.)
  return [...after.values()].some((terms) => concepts.some((concept) => !concept.everyday && terms.has(concept.alternatives[0]!.term)));
}

/**
 * The list a passage answers from when a position is asked: itself, the list it is an item of, or
 * the list its sentence introduces ("… proposed three priorities, including the following two:").
 */
function listOf(index: KnowledgeIndex, passage: Passage): Passage | undefined {
  if (passage.kind === 'list') return passage;
  if (passage.itemOf !== undefined) return index.passages[passage.itemOf];
  const next = passage.next === undefined ? undefined : index.passages[passage.next];
  return LEAD_IN.test(passage.text) && next?.kind === 'list' ? next : undefined;
}
