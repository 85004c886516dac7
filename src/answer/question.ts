import { baseForms, isLowerCaseWord, isVerbOfGiving } from '../lexicon/wordnet.js';
import { fold } from '../text/fold.js';
import { STOP_WORDS } from '../text/stopwords.js';
import { stem } from '../text/stem.js';
import { PARTICLES } from './rewordings.js';

/** The kind of answer a question asks for, read from its wording before stop words are removed. */
export type ExpectedAnswer =
  | 'date' | 'time' | 'number' | 'frequency' | 'amount' | 'person' | 'place' | 'list' | 'definition' | 'expansion' | 'reason' | 'quote' | 'any';

/** What the wording of a question tells about the answer it wants. */
export interface QuestionShape {
  expects: ExpectedAnswer;
  /** "the third priority" → 3: the question wants one item of a list. */
  ordinal?: number;
  /** Set when the position is marked as one ("priority #2", "number 3"), never a word that may be part of a name ("third committee"). */
  positionMarked?: boolean;
  /** "key action #4": the noun typed right before a marked position, which a list must be a list of. */
  positionNoun?: string;
  /**
   * "issue brief #3", "resolution no. 68": a publication named by its number, as the noun's stem
   * and the number without padding (`brief 3`). A passage must write the two together.
   */
  numbered?: string;
  /** The thing a "what is X" / "who is X" question asks about, as typed. */
  subject?: string;
  /** The noun after "which"/"what" ("which organisation") that the answer is an instance of, folded. */
  headNoun?: string;
  /** What a "what did X say about Y" question is about (Y, folded): it matters more than who said it. */
  focus?: string;
  /** The verb of a "who" question ("who coordinates ICAT?" → "coordinates"): the relation asked about. */
  verb?: string;
  /**
   * "Which six governments pledged?", "name of the private sector donor …": what the question asks
   * to name, as a count (a pattern) and a noun phrase (folded). `written` is set when the number is
   * asked as the knowledge would write it ("what are the six priority areas?"): it stays a word to find.
   */
  counted?: { count: string; noun: string; written?: boolean };
  /** "Who spoke for UN Women?", "who said …": the question is about what someone said. */
  aboutSpeech?: boolean;
  /** "Is the CBSS a member?", "did it join in 2019?": a yes/no question, answered with the fact that settles it. */
  yesNo?: boolean;
  /**
   * "Trust fund launched in 2011, right?", "did UNODC write the call?": the subject and the verb of
   * what a yes/no question claims, as typed. A clause says yes only when that subject does the verb
   * there (or undergoes it), not when the subject only qualifies something else ("… launched in 2011
   * as part of the Trust Fund").
   */
  claimedAct?: { subject: string; verb: string };
  /**
   * "Is Poznanski the CBSS secretary general?", "TF THB was led by UNODC, right?": what a yes/no
   * question claims of its subject, as typed and folded. The answer may correct it, so its words
   * weigh less than the subject's and need not all be there.
   */
  claim?: string;
  /** "Did UNTOC and the protocol enter into force the same day?": two facts compared, which one passage rarely settles. */
  comparison?: boolean;
  /** "What day in March 2007…?", "exact date of …": a date to the day is asked for, and a month or a year does not answer. */
  toTheDay?: boolean;
  /** "What year was the second cohort inaugurated?": a year is asked for, which a day and a month without one do not give. */
  toTheYear?: boolean;
  /** "Richey first name", "Waly's full name": a person's name in full is asked for. */
  fullName?: boolean;
  /** Set when a date is asked by the word "date" ("launch date", "adopted date"), not a day or a year: a month alone is a partial answer. */
  dateWord?: boolean;
  /** Set when a person's own name is asked ("…, name pls", "name of the official who …"): bodies named do not answer. */
  personNamed?: boolean;
  /** "How long has he been DG?", "how long is a term?": a span of time is asked for, or when it began. */
  duration?: boolean;
  /** "resolution # of the 2017 declaration", "report number?": the number asked is a document's, which its symbol gives ("72/1"). */
  symbolAsked?: boolean;
  /** "start and end of her term", "from when to when": both ends of a span of time are asked, which "start" and "end" only frame. */
  span?: boolean;
  /** "victims detected after 2018", "before 2010": the answer must be of a year past (or before) the one named. */
  yearBound?: { after: boolean; year: number };
  /** "endorse IOM and OSRSG-VAC for 2023": the year something is for, which a passage "for 2024" is not about. */
  forYear?: string;
  /**
   * "how many speakers on day one", "which COP session": a thing counted in order (a day, a session, an
   * edition …) and its place, when typed. A passage about another place of it ("the second day") is
   * not an answer; asked which one, a passage must give its place ("the sixth session").
   */
  placeOf?: { noun: string; position?: number };
  /** "Who chairs ICAT now?": the question wants the latest dated fact. */
  now?: boolean;
  /** The years the question names ("in 2021"): an answer must be about one of them. */
  years?: string[];
  /** The words the question dates with a year, as written: "the 2023 principals meeting" → `2023 principals meeting`. */
  datedWords?: string[];
  /**
   * "When was ICAT set up?": the question's subject ("icat") undergoes its verb ("set"), so a
   * passage where that subject does it to something else ("ICAT set up a group") does not answer.
   */
  passive?: { subject: string; verb: string };
  /** "Who runs ICAT?": what the verb of a "who" question is done to (`icat`), which must not be the one doing it ("ICAT ran an event"). */
  verbObject?: string;
  /** "Who spoke for UN Women?", "who represented UNHCR?": whom the speaker spoke for (`un women`), which the speaker's description must name. */
  speakerFor?: string;
  /** "When did she become Executive Director?": the question asks when something began, which a passage must tell. */
  becoming?: boolean;
  /** "How many actions are in the call?": what the number asked for counts (`actions`). */
  countOf?: string;
  /** "When is the next working group meeting?": the question asks about what is still to come. */
  future?: boolean;
  /** "What comes after 'building the evidence base'?": the list item next to the one named. */
  relative?: { direction: -1 | 1; anchor: string };
  /** Greeting, thanks or a request for help rather than a question. */
  conversational?: 'help' | 'greeting' | 'thanks';
}

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  last: -1,
};

/**
 * Closing punctuation, removed before the wording is read. The look-behind makes the pattern start
 * only where a run of marks starts: `/[?!.]+$/` alone retried from every mark of a long run that
 * does not end the text, which took time quadratic in the run (4 000 "?" and a word: 11 ms).
 */
const TRAILING_MARKS = /(?<![?!.])[?!.]+$/;

/**
 * Closing marks and spaces ("… thx ?  "). The look-behind starts the match only where the run starts,
 * so a long run of spaces inside a question costs its length once.
 */
export const TRAILING_MARKS_AND_SPACES = /(?<![?!.\s])[?!.\s]+$/;

/** Closing quotation marks around a quoted anchor, read as {@link TRAILING_MARKS} is. */
const CLOSING_QUOTES = /(?<!['"’”])['"’”]+$/;

const GREETING = /^(hi|hello|hey|hiya|howdy|yo|good (morning|afternoon|evening|day)|greetings)( there)?( (icat[- ]?bot|bot|icat))?[!. ]*$/;
const THANKS = /^(thanks?( you)?|thx|ty|cheers|great|ok(ay)?|cool|nice)( (very|so) much)?( (icat[- ]?bot|bot))?[!. ]*$/;
const HELP = /^(help|\?|usage|commands|what can you do|how do (i|you) use (this|you|it)|who are you|what are you)[?!. ]*$/;

/** A position counted back from the end: "second-to-last", "second last", "3rd from the end", "penultimate", "next to last". */
const FROM_THE_END = /\b(?:(second|third|fourth|2nd|3rd|4th)[- ](?:to[- ]last|last|from (?:the )?(?:last|end|bottom))|penultimate|next[- ]to[- ]last|last but one)\b/;

/** An ordinal, and the word after it if any: "2nd work", "third". */
const ORDINAL_THEN_WORD = /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d{1,2}(?:st|nd|rd|th))\b(?: ([a-z]+))?/g;

/** What {@link analyseQuestion} may ask of the knowledge; without it, a question is read from its words alone. */
export interface QuestionKnowledge {
  /**
   * Whether the knowledge writes two words (stems) side by side as one name ("2nd work" of "Second
   * Work Plan"): "2nd work plan" then names a plan, and asks for no list's second item.
   */
  isNamePair?: (first: string, second: string) => boolean;
}

/** A count, then up to three words and a plural, before "which ones": "two women-focused UN bodies … - which ones?". */
const COUNT_THEN_WHICH_ONES = /^((?!(?:19|20)\d\d\b)\d+|two|three|four|five|six|seven|eight|nine|ten) (?:[a-z-]+ ){0,3}?([a-z]+s)\b(?=.*\b(?:which|what) ones\b)/;

/**
 * Reads the shape of a question: what kind of answer it wants (a date for "when", a number for
 * "how many", a list for "what are the six …", an expansion for "what does X stand for"), which
 * list item it wants, and what it is about. Works on the raw wording, because the words that
 * say this ("when", "who", "how many") are stop words to the search.
 *
 * @example analyseQuestion('When did the CBSS join?').expects // 'date'
 */
export function analyseQuestion(question: string, knowledge: QuestionKnowledge = {}): QuestionShape {
  const unfilled = fixQuestionWords(fold(question)).replace(/[\s\u0000-\u001f]+/g, ' ').replace(/^[\s/!@#]*(icat[- ]?bot|icat)\b[,:]?\s*/, '').trim();
  // "hey, who coordinates ICAT?": a greeting or filler in front does not change what is asked ("hi icat-bot!" stays a greeting).
  const filler = /^(?:(?:hey|hi|hello|ok|okay|so|um|uh|hmm+|wait|oh|btw|also|please|pls|quick question|quick q|sorry)\b[,!:.]?\s+){1,3}(?=\S)/;
  // …nor does a plea or thanks after it ("undaw meaning pls", "who chairs icat? thx").
  const unpleaded = MAY_PLEAD.test(unfilled) ? unfilled.replace(TRAILING_PLEA, '') : unfilled;
  const stripped = unpleaded.replace(filler, '').trim() || unfilled;
  const q = /^(icat[- ]?bot|bot|icat)\b/.test(stripped) ? unfilled : stripped;
  // "what exactly is ICAT", "who actually chairs it": an adverb after the question word changes nothing asked.
  // …nor one after a question word that ends it ("res 64/293 adopted when exactly"), though "when exactly" asks for the day.
  const closing = q.replace(TRAILING_MARKS, '').trim();
  const exactlyWhen = /\bwhen\s+(?:exactly|precisely)$/.test(closing);
  const asked = closing.replace(/\b(when|where|who|which)\s+(?:exactly|actually|precisely)$/, '$1').replace(/^(what|who|when|where|which|how)\s+(?:exactly|actually|really|precisely)\s+/, '$1 ');
  // "is it true (that) the cbss joined in april 2020": the frame asks yes or no of the claim inside it, which is what is read.
  const frame = CLAIM_FRAME.exec(asked)?.[0];
  const bare = frame !== undefined && frame.length < asked.length ? asked.slice(frame.length) : asked;
  if (bare === '' || HELP.test(bare)) return { expects: 'any', conversational: 'help' };
  if (GREETING.test(bare)) return { expects: 'any', conversational: 'greeting' };
  if (THANKS.test(bare)) return { expects: 'any', conversational: 'thanks' };

  const shape = shapeExpecting(expectedAnswer(bare));
  // "four Ps of the global plan?": words sharing a first letter, as a list gives them.
  if ((shape.expects === 'any' || shape.expects === 'definition') && LETTER_SET.test(question)) shape.expects = 'list';
  const numbered = NUMBERED_PUBLICATION.exec(bare);
  if (numbered) shape.numbered = `${stem(numbered[1]!)} ${numbered[2]!}`;
  // "2nd work plan" where the knowledge writes "Second Work Plan": the ordinal is part of a name, a word to find ("the 2nd work plan's 3rd objective").
  const fromTheEnd = FROM_THE_END.exec(bare);
  // "a third of all victims" is a share, no position.
  const ordinalWord = fromTheEnd ? undefined : [...bare.matchAll(ORDINAL_THEN_WORD)]
    .filter((match) => !(match[2] === 'of' && /(?:^|\s)(?:a|one|two|three|four)\s$/.test(bare.slice(Math.max(0, match.index! - 6), match.index))))
    .find((match) => match[2] === undefined || knowledge.isNamePair?.(stem(match[1]!), stem(match[2])) !== true)?.[1];
  const marked = ordinalWord === undefined ? /(?:\b(?:number|no\.?|item)|#)\s*(\d{1,2})\b/.exec(bare)?.[1] : undefined;
  const ordinal = ordinalWord ?? marked;
  // "25th" and "#2" count from one; "0th" and "#0" name no position. "second-to-last" counts back from the end (-2).
  const position = fromTheEnd ? -(ORDINALS[fromTheEnd[1] ?? 'second'] ?? parseInt(fromTheEnd[1]!, 10))
    : ordinal === undefined ? undefined : ORDINALS[ordinal] ?? parseInt(ordinal, 10);
  // "The first ICAT meeting", "4th annual principals mtg": an ordinal that names an event is a word to find, not a list's item.
  if (position && !/\b(first|1st|last) (time|year|day|month|week|ever|name|names)\b|\bvery (first|1st)\b/.test(bare) && !NAMES_AN_EVENT.test(bare) && !numbered) {
    shape.ordinal = position;
    if (marked !== undefined) shape.positionMarked = true;
    // "key action #4": what is counted is typed right before the mark.
    const noun = marked !== undefined ? /\b([a-z]{3,})\s*(?:#|\bnumber\b|\bno\b\.?|\bitem\b)\s*\d{1,2}\b/.exec(bare)?.[1] : undefined;
    if (noun && !/^(?:the|and|what|which|whats|its|item|number)$/.test(noun)) shape.positionNoun = noun;
  }
  const subject = /^(?:what|who|which)(?: is| are| was| were|'s|s)(?: the| a| an)? (.+)$/.exec(bare)?.[1]
    ?? /^(?:tell me (?:more )?about|define|explain|describe|what about|info(?:rmation)? (?:on|about))(?: the| a| an)? (.+)$/.exec(bare)?.[1]
    ?? /^what (?:does|do|did) (.+?) (?:stand for|mean|do)$/.exec(bare)?.[1];
  if (subject) shape.subject = subject.trim();
  const focus = focusOfSaying(bare);
  if (focus) shape.focus = focus;
  // "which two UN agencies": a word that says whose or which kind is no noun counted.
  const counted = /^(?:which|what|name the|list the|what (?:are|were) the) ((?!(?:19|20)\d\d\b)\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty) (?:(?:un|main|key|other|major|international|regional|national|biggest|largest) )?([a-z]+)\b/.exec(bare);
  if (counted) shape.counted = { count: counted[1]!, noun: counted[2]!, ...(/^what (?:are|were) the /.test(bare) ? { written: true } : {}) };
  // "Two women-focused UN bodies took part - which ones?": the count opens the message, "which ones" asks for them.
  const countedBefore = counted ? undefined : COUNT_THEN_WHICH_ONES.exec(bare);
  if (countedBefore) shape.counted = { count: countedBefore[1]!, noun: countedBefore[2]! };
  // "name of the private sector donor that …": the identity of something the passage may only count.
  const named = /^(?:what is the |what was the |the )?names? of (?:the |a |an )?((?:[a-z]+ ){0,2}[a-z]+?)(?: (?:that|who|which|in|from|at|of|for|with)\b|$)/.exec(bare);
  if (named && !counted) shape.counted = { count: '(?:one|a|an|\\d+|two|three|four|five|six|seven|eight|nine|ten)', noun: named[1]! };
  // "Which countries…?", and in chat "facilitators came from which countries": the noun names the answer's kind.
  const headNoun = counted?.[2] ?? countedBefore?.[2] ?? /^(?:(?:in|on|at|for|from|to|by|with|of|under) )?(?:which|what) ([a-z]+)\b/.exec(bare)?.[1]
    ?? /\b(?:from|in|of|by|at|to) which ([a-z]+)\b/.exec(bare)?.[1]
    // "Spindelegger - which org was he heading": the question after a topic and a dash.
    ?? /\s[-–—:]\s+(?:which|what) ([a-z]+)\b/.exec(bare)?.[1];
  if (bare !== asked || /^(is|are|was|were|did|does|do|has|have|had|can|will|could|should)\b/.test(bare) || TAG_QUESTION.test(bare)) shape.yesNo = true;
  // "the first heads meeting in 2018 was in Geneva?": a statement with a question mark asks whether it is so.
  else if (shape.expects === 'any' && /\?\s*$/.test(q) && STATED_WITH_A_QUESTION_MARK.test(bare) && !ASKING_WORD.test(bare)) shape.yesNo = true;
  const claim = shape.yesNo ? claimOf(bare.replace(TAG_QUESTION, '')) : undefined;
  if (claim) shape.claim = claim;
  const act = shape.yesNo ? claimedActOf(bare.replace(TAG_QUESTION, '')) : undefined;
  if (act) shape.claimedAct = act;
  if (COMPARISON.test(bare)) shape.comparison = true;
  if ((shape.expects === 'date' || shape.expects === 'any') && (TO_THE_DAY.test(bare) || exactlyWhen)) {
    shape.toTheDay = true;
    shape.expects = 'date';
  }
  if (shape.expects === 'date' && !shape.toTheDay && YEAR_ASKED.test(bare)) shape.toTheYear = true;
  // "gpa adopted date": a date asked by the word, which a month alone may not give.
  if (shape.expects === 'date' && !shape.toTheDay && !shape.toTheYear && /\bdate\b/.test(bare)) shape.dateWord = true;
  if (/\bhow long\b(?! ago)/.test(bare)) shape.duration = true;
  const place = placeAsked(bare);
  if (place) shape.placeOf = place;
  const bound = YEAR_BOUND.exec(bare);
  if (bound) shape.yearBound = { after: bound[1] === 'after', year: Number(bound[2]) };
  const forYear = /\bfor ((?:19|20)\d\d)\b(?! ?[-–])/.exec(bare)?.[1];
  if (forYear) shape.forYear = forYear;
  // "eva biaudet - start and end of her term as SR?": a span's two ends, which a range of dates gives ("October 2006 – December 2009").
  if (SPAN_ASKED.test(bare) && (shape.expects === 'any' || shape.expects === 'date')) {
    shape.span = true;
    shape.duration = true;
    shape.expects = 'date';
  }
  if (/\b(?:first|last|given|family|full) names?\b|\bsurnames?\b/.test(bare)) shape.fullName = true;
  // "…, name pls", "name of the official who …": a person's name, which a passage naming only bodies does not give.
  // ("…who co-chaired icat in 2023, name?" asks for a person even without "who" first.)
  // ("name of the Tajikistan permanent rep who …": the name of one holding a post is a person's too.)
  // ("what are the names of the permanent representatives of …" asks for people, though the plural reads as a list.)
  if (((shape.expects === 'person' || (shape.expects === 'any' && /\bwho\b/.test(bare))) && (/(?:,\s*|\s-\s)name$|\bname of the (?:official|person|woman|man)\b/.test(bare) || NAME_OF_A_POST.test(bare)))
    || ((shape.expects === 'list' || shape.expects === 'any') && /\bnames of the\b/.test(bare) && NAME_OF_A_POST.test(bare))) {
    shape.expects = 'person';
    shape.personNamed = true;
  }
  // "… from the SRSG's office, whats her name": a name asked with "his" or "her" is a person's.
  if ((shape.expects === 'any' || shape.expects === 'definition' || shape.expects === 'person') && /\b(?:his|her) (?:full |first |last )?name\b/.test(bare)) {
    shape.expects = 'person';
    shape.personNamed = true;
  }
  // "next decade paper launch - who co-sponsored the event": the question after a topic and a dash asks as one that opens with it.
  const whoAsk = /^who\b/.test(bare) ? bare : /\s[-–—:]\s+(who [a-z].{0,200})$/.exec(bare)?.[1];
  if (whoAsk && whoAsk !== bare && shape.expects === 'any') shape.expects = 'person';
  // ("co-sponsored" is one word, as the search reads it: "cosponsored".)
  const verb = whoAsk === undefined ? undefined : /^who ([a-z]+(?:-[a-z]+)?)\b/.exec(whoAsk)?.[1]?.replace('-', '');
  if (verb && !/^(is|are|was|were|s|has|have|had|did|does|do|can|will|would|could|should|the|a|an)$/.test(verb)) {
    shape.verb = verb;
    const object = /^who [a-z]+(?:-[a-z]+)? (?:the |its |their )?([a-z0-9][a-z0-9 &'’-]{0,40}?)(?: (?:in|on|at|for|from|with|since|during|now|today|currently)\b.*)?$/.exec(whoAsk!)?.[1];
    if (object) shape.verbObject = object;
  }
  if (/\b(said|say|says|spoke|speak|speaks|speaking|stated|remarked|told|quote|quoted|statement|speech|mentioned|mentions|warned|urged|stressed|emphasi[sz]ed|highlighted|argued)\b/.test(bare)) shape.aboutSpeech = true;
  // "Who chairs ICAT?" asks about now as much as "who chairs ICAT now?"; "who chaired" does not.
  // Chat writes "rn" (right now) and "atm" (at the moment).
  if (/\b(now|current|currently|this year|today|at present|presently|latest|these days|nowadays|most recent|rn|atm|right now|at the moment)\b/.test(bare)
    || /^who(?: is| are|'s|s| (?!was|has|does|is)[a-z]+s)\b/.test(bare) || (shape.expects === 'person' && HOLDER_ASKED.test(bare))) shape.now = true;
  const years = bare.match(/\b(?:19|20)\d\d\b/g);
  if (years) shape.years = [...new Set(years)];
  // "… in 2019, right?": the tag is no word the year dates.
  const datedWords = (shape.yesNo ? bare.replace(TAG_QUESTION, '') : bare).match(/\b(?:19|20)\d\d(?:\s+[a-z][a-z'’-]*){1,3}/g);
  if (datedWords) shape.datedWords = datedWords;
  const relative = /\b(before|after|preceding|following|next to)\s+(?:the\s+)?(.{3,})$/.exec(bare);
  // "after protection in the GPA's four areas": what follows "in the" names the list, not the item.
  // ("after how many years" asks a number; nothing is named to come after.)
  if (relative && !/^(?:how|what|which|when|who)\b/.test(relative[2]!)) shape.relative = { direction: relative[1] === 'before' || relative[1] === 'preceding' ? -1 : 1, anchor: relative[2]!.replace(/^['"‘“]+/, '').replace(CLOSING_QUOTES, '').replace(/(?<=\S)\s+(?:in|on|within|among|from)\s+(?:the|its|their|icat's|[a-z]+'s)\s.*$/, '') };
  // "Who replaced Biaudet in 2009?", "Richey's predecessor": the holder after or before one named, in a list of holders.
  const succession = SUCCESSION.exec(bare);
  if (!shape.relative && succession) {
    const after = succession[1] ?? succession[3];
    shape.relative = { direction: after ? 1 : -1, anchor: (succession[2] ?? succession[4] ?? succession[5] ?? succession[6])!.trim() };
  }
  if (headNoun && !['is', 'are', 'was', 'were', 'does', 'do', 'did', 'can', 'has', 'have', 'about', 'one', 'ones'].includes(headNoun)) shape.headNoun = headNoun;
  // "member count 2019": the noun before "count" is what is counted, as after "how many".
  const countOf = countedNoun(bare) ?? (shape.expects === 'number' ? NOUN_COUNT.exec(bare)?.[1] : undefined);
  if (countOf) shape.countOf = countOf;
  // ("GA resolution number for the 2021 declaration" asks for it as much as "resolution # of …".)
  // ("reso no.", "charity reg number?": a noun's number may be a symbol or a registration, not a count.)
  if ((shape.expects === 'number' || shape.expects === 'any') && (DOCUMENT_NUMBER.test(bare) || NOUNS_NUMBER.test(bare))) {
    shape.expects = 'number';
    shape.symbolAsked = true;
  }
  if (!shape.relative && /\b(?:next(?! to\b)|upcoming|forthcoming)\b/.test(bare)) shape.future = true;
  // "when did Waly take over as executive director", "otiende start date as ceo": when someone began to be what they are.
  // "since when is ICMPD part of ICAT", "since when has she been DG": since when a state holds is when it began.
  if (/^(?:when|since when|what year|which year|in what year) (?:did|does|has|had) .{1,200}? become\b/.test(bare) || /^since when (?:is|are|has|have)\b/.test(bare)
    || (shape.expects === 'date' && !SPAN_ASKED.test(bare) && (TAKING_UP_A_POST.test(bare) || JOINING.test(bare)))) shape.becoming = true;
  const speakerFor = /\b(?:(?:spoke|speaks|speaking|spoken|said|says|talked|talks) (?:for|on behalf of)|represented|represents|representing) (?:the )?([a-z0-9][a-z0-9 .&'’-]{1,60})$/.exec(bare)?.[1];
  // "…for ICAT on the Vienna panel", "who represented UNHCR as co-chair": the body ends where the occasion or the role begins.
  if (speakerFor) shape.speakerFor = speakerFor.split(/ (?:on|at|in|during|about|to|when|where|after|before|as) /)[0]!.trim();
  const passive = passiveOf(bare);
  if (passive) shape.passive = passive;
  return shape;
}

/**
 * A shape with every field present (all but `expects` undefined until read), so all shapes are one
 * kind of object: ranking reads them for every candidate, and the shapes that questions gave, field
 * by field, were some thirty kinds, each read a slow look-up.
 */
function shapeExpecting(expects: ExpectedAnswer): QuestionShape {
  return {
    expects, ordinal: undefined, positionMarked: undefined, positionNoun: undefined, subject: undefined, headNoun: undefined, focus: undefined, verb: undefined, counted: undefined,
    aboutSpeech: undefined, yesNo: undefined, now: undefined, years: undefined, datedWords: undefined, passive: undefined,
    speakerFor: undefined, becoming: undefined, countOf: undefined, future: undefined, relative: undefined, conversational: undefined,
    comparison: undefined, toTheDay: undefined, toTheYear: undefined, claim: undefined, verbObject: undefined, duration: undefined, fullName: undefined, personNamed: undefined, dateWord: undefined, claimedAct: undefined,
    numbered: undefined, symbolAsked: undefined, span: undefined, yearBound: undefined, forYear: undefined, placeOf: undefined,
  };
}

/** A year the question bounds its time by: "after 2018", "before 2010" ("since 2018" includes the year, and is not a bound here). */
const YEAR_BOUND = /\b(after|before|prior to)\s+((?:19|20)\d\d)\b(?!\s*(?:[–-]|to)\s*(?:19|20)?\d\d)/;

/** Things counted in order, whose place a question may give or ask for. */
const ORDERED_THINGS = '(day|session|edition|round|phase|cycle|summit|congress)';
/** Things counted in order whose place a question asks with "which" ("which day" asks a date, not a place). */
const ASKED_THINGS = '(session|edition|round|phase|cycle|summit|congress)';
/** "day one", "session 6", "day #2". */
const THING_THEN_PLACE = new RegExp(`\\b${ORDERED_THINGS}\\s+#?\\s*(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\\b`);
/** "the first day", "6th session". */
const PLACE_THEN_THING = new RegExp(`\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th))\\s+${ORDERED_THINGS}\\b`);
/** "which COP session", "session number": the place itself is asked. */
const WHICH_THING = new RegExp(`\\bwhich (?:[a-z]+ ){0,2}${ASKED_THINGS}\\b|\\b${ASKED_THINGS} (?:number|no\\b|#)`);
const PLACE_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** A thing counted in order and its place, as a question gives or asks it (see {@link QuestionShape.placeOf}). */
function placeAsked(question: string): { noun: string; position?: number } | undefined {
  const after = THING_THEN_PLACE.exec(question);
  if (after) return { noun: after[1]!, position: PLACE_WORDS[after[2]!] ?? Number(after[2]) };
  const before = PLACE_THEN_THING.exec(question);
  if (before) return { noun: before[2]!, position: ORDINALS[before[1]!] ?? parseInt(before[1]!, 10) };
  const which = WHICH_THING.exec(question);
  return which ? { noun: (which[1] ?? which[2])! } : undefined;
}

/** A fragment that ends on a noun's number: "charity reg number?", "2017 declaration reso no.". */
const NOUNS_NUMBER = /\b[a-z]{2,} (?:number|no\.?)[?!.]*$/;

/** A document's number asked: "resolution #", "res no.", "number of the exec council decision", "report number", "act number for …". */
const DOCUMENT_NUMBER = /\b(?:resolution|res|decision|document|doc|report|symbol|act|law|bill|directive|regulation|treaty|convention)s? (?:#|no\b|nr\b|number)|\b(?:#|no\.?|number) of (?:the |that |its )?(?:[a-z.]+ ){0,3}?(?:resolution|res|decision|document|doc|report|act|law|directive|regulation)\b(?! (?:and|or|&) )/;

/** Both ends of a span asked for: "start and end of her term", "start/end dates", "from when to when". */
const SPAN_ASKED = /\b(?:start(?:ed)?|begin(?:ning)?|began)\s*(?:and|&|\+|\/|-|to)\s*(?:end(?:ed)?|finish(?:ed)?)\b|\bfrom when (?:to|till|until) when\b/;

/** "when did UN Women join ICAT?": when someone became a member, which a passage must tell. */
const JOINING = /^(?:when|since when|what year|which year|in what year) (?:did|does|has|had) .{1,120}? join\b|\bjoined\b|\bjoin(?:ing)? (?:date|year|yr)\b/;

/** A question's words for taking up a post: "take over as", "started as", "stepped in as", "start date as ceo". */
const TAKING_UP_A_POST = /\b(?:take over|taken over|took over|took up|take up|step(?:ped)? in|assumed?|start(?:ed|s)?|began|begin)\b.{0,60}?\bas\b/;

/** Forms of "be" (and "have been") that join a yes/no question's subject to what it claims of it. */
const COPULA = /^(?:is|was|are|were|been|be)$/;

/** Words that end a subject and begin what is said of it: an article after the subject, a preposition. */
const CLAIM_OPENER = /^(?:the|a|an|at|in|on|by|for|from|since|among|part|one|still|also|only|just|always|ever|never|really)$/;

/**
 * What a yes/no question built on "be" claims of its subject: "is poznanski the cbss secretary
 * general" → "the cbss secretary general"; "was the tf thb led by unodc" → "led by unodc";
 * "interpol was at the 2011 geneva mtg" → "at the 2011 geneva mtg"; "cbss been part of icat since
 * 2019" → "part of icat since 2019". Questions on other verbs ("did unodc write the call by
 * itself?") are left whole: their object is as much the topic as the subject is.
 */
function claimOf(statement: string): string | undefined {
  // "was UNFPA one of the orgs at the Tokyo meeting?": the group is what a passage lists; the one named is in doubt.
  const member = MEMBERSHIP.exec(statement.trim()) ?? MEMBERSHIP_STATED.exec(statement.trim());
  if (member) return member[1];
  const words = statement.trim().split(' ').slice(0, 40);
  let start: number;
  if (COPULA.test(words[0] ?? '')) {
    // "is poznanski the …": the subject runs from after the verb to the first word that opens a claim or is a participle.
    let end = words[1] === 'the' || words[1] === 'a' || words[1] === 'an' ? 3 : 2;
    while (end < words.length && !CLAIM_OPENER.test(words[end]!) && !isParticiple(words[end]!)) end++;
    start = end;
  } else {
    // "interpol was at …, right?": the subject comes before the verb.
    const verb = words.findIndex((word, i) => i > 0 && (COPULA.test(word) || /^(?:has|have|had)$/.test(word)));
    if (verb < 0) return undefined;
    start = verb + 1;
  }
  const claim = words.slice(start).join(' ').trim();
  return claim !== '' && start < words.length ? claim : undefined;
}

/** "is/was X one of / among the …": X, whose place in a group is asked ("is ICAT part of the UN?" asks of ICAT itself). */
const MEMBERSHIP = /^(?:is|was|are|were) (?:the )?([a-z0-9.&'’ -]{2,40}?) (?:one of|among|amongst)\b/;
/** The same stated, with a tag: "unfpa was one of the orgs at the tokyo meeting, yes?". */
const MEMBERSHIP_STATED = /^(?:the )?([a-z0-9.&'’ -]{2,40}?) (?:is|was|are|were) (?:one of|among|amongst)\b/;

/** Auxiliaries that open a yes/no question on another verb: "did UNODC write …?". */
const AUXILIARY = /^(?:did|does|do|has|have|had)$/;

/**
 * The subject and verb a yes/no question claims: "did unodc write the call" → unodc, write;
 * "trust fund launched in 2011" → trust fund, launched. Questions on "be" ("is the CBSS a
 * member?") claim no act and give undefined, as do those whose verb is not found.
 */
function claimedActOf(statement: string): { subject: string; verb: string } | undefined {
  const words = statement.trim().split(' ').slice(0, 30);
  const start = AUXILIARY.test(words[0] ?? '') ? 1 : 0;
  if (start === 0 && COPULA.test(words[0] ?? '')) return undefined;
  for (let i = start + 1; i < words.length; i++) {
    const word = words[i]!;
    if (COPULA.test(word) || STOP_WORDS.has(word)) return undefined;
    const verb = start === 1 ? baseForms(word).some((form) => form.pos === 'verb' && form.form === 'base') && !isLowerCaseNoun(word) : isParticiple(word) || isPastTense(word);
    if (verb) return { subject: words.slice(start, i).filter((w) => !/^(?:the|a|an)$/.test(w)).join(' '), verb: word };
  }
  return undefined;
}

/** Whether a word is a verb's simple past ("joined", "took"), by WordNet's word forms. */
function isPastTense(word: string): boolean {
  return /^[a-z]{3,}$/.test(word) && baseForms(word).some((form) => form.pos === 'verb' && form.form !== 'base' && form.form !== 's' && form.form !== 'ing');
}

/** Whether a word is first of all a noun for WordNet (it has no verb reading of its own base form): "cbss" and "icat" are not verbs. */
function isLowerCaseNoun(word: string): boolean {
  return !baseForms(word).some((form) => form.pos === 'verb');
}

/** Whether a word is a verb's past participle ("launched", "chosen", "held"), by WordNet's word forms. */
function isParticiple(word: string): boolean {
  return /^[a-z]{3,}$/.test(word) && baseForms(word).some((form) => form.pos === 'verb' && form.form === 'ed');
}

/** Words after "how many" that are not what it counts. */
const NOT_COUNTED = /^(?:of|the|a|an|are|is|were|was|do|does|did|have|has|had|will|can|could|would|should|in|at|on|for|to|among|between|from|with|by|per|across|within|out|than|as|about|during|since|after|before|under|over|into|that|who|which|there|times|years|days|months|weeks|people|persons)$/;

/**
 * What a "how many" counts: the last of the two words after it that is neither a small word nor a
 * past tense ("how many ICAT organizations attended" → organizations, "how many orgs are" → orgs).
 */
function countedNoun(bare: string): string | undefined {
  const after = /(?:\bhow many|\bnumber of|(?:^|\s)(?:no\.|#) ?of) ([a-z][a-z'’-]*)(?: ([a-z][a-z'’-]*))?/.exec(bare);
  if (!after) return undefined;
  const words = [after[1], after[2]].filter((word): word is string => word !== undefined);
  const stop = words.findIndex((word) => NOT_COUNTED.test(word) || STOP_WORDS.has(word));
  const nouns = (stop < 0 ? words : words.slice(0, stop)).filter((word) => !isParticiple(word));
  return nouns[nouns.length - 1];
}

/** Nouns of what is done to a body or a text, whose date is asked: "adoption", "launch", "signing". */
const ACT_NOUNS = '(adoption|establishment|launch|creation|founding|signing|ratification|publication|inauguration|formation)';
/** Any of {@link ACT_NOUNS}: most questions have none, and one look settles them. */
const ACT_NOUN = new RegExp(`\\b${ACT_NOUNS}\\b`);
/** "date of (the) adoption of the gpa". */
const ACT_NOUN_FIRST = new RegExp(`^(?:the )?(?:date|day|year|month) of (?:the )?${ACT_NOUNS} of (?:the )?([a-z0-9 '’.-]{2,60})$`);
/** "gpa adoption date", "the trust fund's launch year". */
const ACT_NOUN_LAST = new RegExp(`^(?:what was |what's |whats )?(?:the )?([a-z0-9 '’.-]{2,60}?)(?:'s|’s)? ${ACT_NOUNS} (?:date|day|year|month)$`);

const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'been']);

/** A noun and its count or total: "member count", "vote tally" ("the total of …" counts nothing named before it). */
const NOUN_COUNT = /\b([a-z]{3,}) (?:count|tally|headcount|total)\b(?! (?:of|as)\b)/;

/**
 * A subject, a participle and the question word last: "gpa adopted when", "tvpa passed what year",
 * "the fund set up where", "gpa adopted date". The subject is the fewest words that fit, so "what"
 * of "what year" is never read as the verb.
 */
const ASKED_LAST = /^([a-z0-9'’.-]+(?: [a-z0-9'’.-]+){0,5}?) ([a-z]{3,})(?: (?:up|out|off|on|in|down|forward))? (?:when|where|(?:in )?(?:what|which) (?:year|date|day|month)|date|year|yr)$/;
/** The pasts of verbs of coming and going, which have no passive: "came out", "went live". */
const MOTION_PASTS = /^(?:came|went|gone)$/;

/** The particles of phrasal verbs (rewordings.ts): "set up" ends a passive question's verb as a participle does. */
const PARTICLE_WORDS: ReadonlySet<string> = new Set(PARTICLES);
const NOT_THE_SUBJECT = /^(?:the|a|an|its|their|first|formally|officially|originally|actually|really|[a-z]+ly)$/;

/**
 * The subject and verb of a passive "when/where/how" question ("when was the trust fund
 * launched?" → trust fund, launched); undefined for other questions. Read word by word.
 */
function passiveOf(bare: string): { subject: string; verb: string } | undefined {
  // "gpa adoption date", "date of adoption of the gpa": a deed's noun asks when the subject underwent it.
  const nounFirst = ACT_NOUN.test(bare) ? ACT_NOUN_FIRST.exec(bare) : null;
  const named = nounFirst ?? (ACT_NOUN.test(bare) ? ACT_NOUN_LAST.exec(bare) : null);
  if (named) {
    const [subject, verb] = nounFirst ? [nounFirst[2]!, nounFirst[1]!] : [named[1]!, named[2]!];
    const words = subject.split(' ').filter((w) => !NOT_THE_SUBJECT.test(w));
    return words.length > 0 && words.length <= 6 ? { subject: words.join(' '), verb } : undefined;
  }
  // "gpa adopted when", "tvpa passed what year": chat's passive puts the question word last.
  const askedLast = ASKED_LAST.exec(bare);
  // ("osce report came out when": something that came or went did it; nothing was done to it.)
  if (askedLast && isParticiple(askedLast[2]!) && !MOTION_PASTS.test(askedLast[2]!)) {
    const subject = askedLast[1]!.split(' ').filter((w) => !NOT_THE_SUBJECT.test(w));
    return subject.length > 0 && subject.length <= 6 ? { subject: subject.join(' '), verb: askedLast[2]! } : undefined;
  }
  const words = bare.split(/\s+/).slice(0, 20);
  const asksWhenOrHow = /^(?:when|where|how|why)$/.test(words[0] ?? '') || (/^(?:what|which|in)$/.test(words[0] ?? '') && /^(?:year|date|day|month|which|what)$/.test(words[1] ?? ''));
  if (!asksWhenOrHow) return undefined;
  const be = words.findIndex((word, i) => i > 0 && BE_FORMS.has(word));
  if (be < 0) return undefined;
  for (let k = be + 2; k < words.length; k++) {
    const word = words[k]!;
    if (isParticiple(word) || PARTICLE_WORDS.has(words[k + 1] ?? '')) {
      const subject = words.slice(be + 1, k).filter((w) => !NOT_THE_SUBJECT.test(w));
      return subject.length > 0 ? { subject: subject.join(' '), verb: word } : undefined;
    }
  }
  return undefined;
}

function expectedAnswer(q: string): ExpectedAnswer {
  if (/\b(stand for|stands for|short for|abbrev[a-z]*|acron[a-z]*|full (form|name)( of)?|spell(ed)? out|meaning|(first|last|given|family) name|surname)\b/.test(q)
    || /^what (does|do) \S+( \S+)? mean$/.test(q)) return 'expansion';
  if (/^(what|which) time\b|\bwhat time\b|\bat what hour\b/.test(q)) return 'time';
  // Chat puts the question word last: "group of friends formed when", "the fund launched when?".
  // …or the year it asks last: "tip report first yr" ("this year", "per year" date nothing).
  if (/^(when|since when|until when)\b|\b(what|which) (year|date|day|month|period)\b|\bin what year\b|\bhow long ago\b|\bdate\b| when$/.test(q) || YEAR_LAST.test(q)) return 'date';
  if (/\bhow (often|frequently)\b|\bfrequency\b/.test(q)) return 'frequency';
  if (/\b(budget|cost|costs|costed|price|salary|how much money|how much funding|dollars?|euros?|usd)\b|[$€£]/.test(q) || asksASum(q)) return 'amount';
  if (/\b(how old|age of|how many|how much|how often|what (number|fraction|proportion|percentage|share|part|amount|portion)|number of)\b|(?:^|\s)(?:no\.|#) ?of\b/.test(q)) return 'number';
  // "member count 2019", "vote tally?": a noun's count or total asks for a number.
  if (NOUN_COUNT.test(q) && !/^(?:who|when|where|why)\b/.test(q)) return 'number';
  // "charity reg number?", "hotline no.": a fragment that ends on a noun's number asks for that number.
  if (NOUNS_NUMBER.test(q) && !/^(?:who|when|where|why|which|is|are|was|were|did|does|do|has|have)\b/.test(q)) return 'number';
  // "fraction of victims who are kids", "convictions fall in 2020 %?": a share is a number too.
  if (/\b(?:fraction|proportion|percentage|share|ratio) of\b|%|\bper ?cent\b|\bpct\b/.test(q)) return 'number';
  // "head of unodc", "unodc boss?", "name of the french chair of …": a personal title heading a fragment asks who holds the post.
  if (HOLDER_ASKED.test(q) && q.split(' ').length <= 8) return 'person';
  // "name the members" asks for a list; "name of the manual" for one name.
  if (/^(list|name(?! of\b)|enumerate)\b|\bwhat are the (\w+ )?(\d+|two|three|four|five|six|seven|eight|nine|ten|several|main|key)\b|\b(list of|which are the)\b/.test(q)) return 'list';
  // "who are the members of ICAT?": people or bodies in the plural are a list.
  if (/^(who|which) (are|were) (the |its |their )?(members|organi[sz]ations|agencies|entities|partners|participants|bodies|states|countries|founders)\b/.test(q)) return 'list';
  if (/^(who|whom|whose)\b|\bwho (is|was|are|were)\b| by whom$| who$/.test(q)) return 'person';
  // "where does its mandate come from?" asks for a source, which need not be a place.
  if ((/^where\b/.test(q) && !/\bfrom$/.test(q)) || /\bin (what|which) (country|city|place|region)\b| where$|\b(?:which|what) (?:country|countries|city|cities|town|towns|venue|governments?|govts?|nations?|member states?)\b/.test(q)) return 'place';
  if (/^why\b|\bwhat (is|was) the reason\b/.test(q)) return 'reason';
  if (saysLater(q, /\bwhat (did|does|do) /, / (say|said|state|remark|emphasi[sz]e|highlight|add|mention|note|stress|warn|argue)\b/)
    || saysLater(q, /\bwhat [a-z]+ (did|does|do) /, / (say|mention|name|list|cite|highlight)\b/)) return 'quote';
  if (/^what (are|were)\b/.test(q)) return 'list';
  // "icat focus areas?", "cbss members": a bare plural asks for the things themselves.
  if (q.split(' ').length <= 5 && /^[a-z0-9 '-]+ [a-z]{3,}(?<!ss|us|is|ics|news)s$/.test(q)) return 'list';
  if (/^(what|who) (is|was)\b|^what's\b|^(tell me about|define|explain|describe)\b/.test(q)) return 'definition';
  return 'any';
}

/**
 * What a "what did X say about Y" question is about: the words after the first "about " that
 * follows a verb of saying, as `/\b(?:say|…)\b.*?\babout (.+)$/` reads them. That pattern
 * retried its lazy scan to the end from every verb of saying in turn, so a question repeating "say"
 * took time quadratic in its length; here the verb is found once and "about" searched once after it.
 * The text has no line breaks (whitespace is made single spaces first).
 */
function focusOfSaying(text: string): string | undefined {
  const saying = /\b(?:say|said|says|think|thinks|write|wrote|mention|mentioned|remark|remarked|note|noted)\b/.exec(text);
  if (!saying) return undefined;
  return /\babout (.+)$/.exec(text.slice(saying.index + saying[0].length))?.[1];
}

/**
 * "how much did the fund award in grants", "how much has the UK pledged", "how much did they raise":
 * "how much" before a verb of giving or having (WordNet's verb.possession, see isVerbOfGiving)
 * asks for a sum. The verb is the word that ends the run after the auxiliary.
 */
function asksASum(q: string): boolean {
  const after = /\bhow much (?:did|does|do|has|have|had|will|would|was|were|is|are)\s+((?:[a-z0-9'’-]+\s+){0,6}[a-z0-9'’-]+)/.exec(q)?.[1];
  if (after === undefined) return false;
  // The verb ends the subject and itself, before the first function word or number: "the trust fund award | in grants",
  // "ticket sales fall | in 2020" (where "ticket" is no verb of giving).
  const words = after.split(/\s+/);
  let start = 0;
  while (start < words.length - 1 && STOP_WORDS.has(words[start]!)) start++;
  let end = start;
  while (end + 1 < words.length && !STOP_WORDS.has(words[end + 1]!) && !/^\d/.test(words[end + 1]!)) end++;
  const verb = words[end]!;
  return verb === 'raise' || verb === 'raised' || (verb.length > 2 && isVerbOfGiving(verb));
}

/**
 * Whether `text` has `opening`, then at least one character, then `closing`: what `opening.+closing`
 * tests, in one pass. That pattern scanned to the end and back from every match of `opening`
 * ("how much did how much did …" took time quadratic in the text). The first `opening` leaves the
 * most room after it, so only it is tried. The text has no line breaks.
 */
function saysLater(text: string, opening: RegExp, closing: RegExp): boolean {
  const open = opening.exec(text);
  return open !== null && closing.test(text.slice(open.index + open[0].length + 1));
}

/**
 * Who came after or before someone named: "who replaced/succeeded/followed X", "successor of X"
 * (after), "who preceded X", "predecessor of X" (before). The name stops at a date or a preposition
 * ("who replaced Biaudet in Dec 2009" → "biaudet").
 */
const SUCCESSION = /\bwho (replaced|succeeded|followed|came after|took over from) (?:the )?([a-z][\w'’. -]{1,40}?)(?: (?:in|on|at|as|from|after|when)\b.*)?\??$|\b(successor) (?:of|to) (?:the )?([a-z][\w'’. -]{1,40}?)\??$|\bwho (?:preceded|came before) (?:the )?([a-z][\w'’. -]{1,40}?)(?: (?:in|on|at|as)\b.*)?\??$|\bpredecessor (?:of|to) (?:the )?([a-z][\w'’. -]{1,40}?)\??$/;

/**
 * A frame around a claim that asks yes or no of it: "is it true (that) …", "is it correct …",
 * "can you confirm that …", "am i right in thinking …". The claim is read without it, so "true"
 * is not a word to find.
 */
export const CLAIM_FRAME = /^(?:(?:is|was|isn['’]?t) it (?:really |actually |also )?(?:true|correct|right|accurate|so|the case)|(?:can|could) (?:you|u) (?:please |pls )?(?:confirm|verify|check)|am i (?:right|correct)(?: in thinking| to (?:think|say))?|would it be (?:true|correct|right|accurate|fair) to say)(?: that| if| whether)?\b[,:]?\s*/i;

/** A statement's verb after its subject (up to seven words in): "the first heads meeting in 2018 was in geneva". */
const STATED_WITH_A_QUESTION_MARK = /^[a-z0-9]\S*(?: \S+){0,6} (?:was|were|is|are|has been|have been|had been) \S/;

/** A word that asks something else than yes or no, anywhere in a question ("… was chaired by who?"). */
const ASKING_WORD = /\b(?:who|whom|whose|what|whats|when|where|which|why|how)\b/;

/**
 * A statement turned into a question by a tag, as chat does: "… in 2007, correct?", "… right?",
 * "… yes?", "… wasn't it", "… is that right". The tag itself names nothing to look for. It reads
 * the question as typed (either case, either apostrophe), so it can be cut from it where it stands.
 */
export const TAG_QUESTION = /(?:,|\s)\s*(?:right|correct|yes|true|no|yeah|ya|yep|yup|eh|innit|or not|isn['’]?t (?:it|that|she|he)|wasn['’]?t (?:it|that|she|he)|aren['’]?t they|weren['’]?t they|didn['’]?t (?:it|they|she|he)|doesn['’]?t (?:it|she|he)|is that (?:right|correct|true|so)|am i right)\s*[?!.]*\s*$/i;

/** Words asking for a date to the day: "what day", "which day", "exact date", "exact day". */
const TO_THE_DAY = /\b(?:what|which|wich|exact|precise) (?:day|date)s?\b/;

/**
 * Whether a question names a personal post ("cbss director general full name spelling"): asked
 * for a full name, it wants the person holding it, not an abbreviation spelled out.
 */
export function namesAPersonalPost(question: string): boolean {
  return PERSONAL_POST.test(fold(question));
}

/** A word without which no pattern of {@link POST_OF_SOMEONE} matches. */
const MAY_ASK_A_POST = /\b(?:job|title|role|position|post|designation|do|notable|noteworthy|remarkable|interesting|special|significant|important)\b/i;

/** The words that ask for someone's post: "job title", "role", "position", "title and organisation". */
const POST_WORDS = '(?:(?:job title|job role|job|title|role|position|post|designation)(?: (?:and|&|\\+|n) (?:organi[sz]ation|org|agency|employer|affiliation))?'
  + '|(?:organi[sz]ation|org|agency|affiliation) (?:and|&|\\+|n) (?:job title|title|role|position|post))';
/** "harry cook job title", "waly's role", "the position of ghada waly", "what does brandolino do", "spindelegger - title and organisation". */
const POST_OF_SOMEONE = [
  new RegExp(`^(?:what(?:'s|s| is| was) )?(?:the )?${POST_WORDS} of ([a-z][a-z .'’-]{1,40}?)$`),
  // ("spindelegger - title and organisation": a dash or colon may part the name from what is asked of it.)
  new RegExp(`^(?:what(?:'s|s| is| was) )?([a-z][a-z .'’-]{1,40}?)(?:'s|’s)?(?:\\s*[-–:,])? ${POST_WORDS}$`),
  /^what (?:does|did) ([a-z][a-z .'’-]{1,40}?) do$/,
  // "what's notable abt victoria nyanjura": what sets someone apart is who they are.
  /^what(?:'s|s| is| was) (?:so )?(?:notable|noteworthy|remarkable|interesting|special|significant|important) (?:about|abt) ([a-z][a-z .'’-]{1,40}?)$/,
];

/**
 * The one a question asks about as a person ("harry cook job title", "what's notable about
 * victoria nyanjura" → the name), or undefined. Read with the knowledge's names (the answerer), it
 * is asked as "who is …?", which the sentence giving a person's title answers.
 */
export function postAskedOf(question: string): string | undefined {
  // Most questions hold none of the words these patterns need: one look settles them.
  if (!MAY_ASK_A_POST.test(question)) return undefined;
  const bare = fold(question).replace(TRAILING_MARKS_AND_SPACES, '').trim();
  for (const pattern of POST_OF_SOMEONE) {
    const someone = pattern.exec(bare)?.[1]?.trim();
    if (someone && someone.split(' ').length <= 3) return someone;
  }
  return undefined;
}

/** The titles of posts a person holds, as a pattern's alternatives. */
const PERSONAL_TITLES = 'head|chief|boss|ceo|dg|director|director general|director-general|president|leader|secretary general|secretary-general|rapporteur|commissioner|envoy|representative|spokesperson|chairperson|chairman|chairwoman|chair';

/**
 * "name of the Tajikistan permanent rep", "name of the unhcr official", "the names of the permanent
 * representatives of …": a post (or "official", "person"), one or several, within a few words after
 * "name(s) of the".
 */
const NAME_OF_A_POST = new RegExp(`\\bnames? of the (?:[a-z.'’-]+ ){0,3}(?:(?:${PERSONAL_TITLES}|rep|official|person)s?|people|woman|women|man|men)\\b`);

/** A personal title, as {@link HOLDER_ASKED} reads them, anywhere in a question. */
const PERSONAL_POST = new RegExp(`\\b(?:${PERSONAL_TITLES})\\b`);

/**
 * A fragment that is a personal title, perhaps with its body and "name of" before it: "head of
 * unodc", "unodc executive director", "name of the french chair of alliance 8.7". Posts that an
 * organisation holds as often ("icat coordinator", "co-chairs") are left out: the answer may be a body.
 */
const HOLDER_ASKED = new RegExp(`^(?:(?:the )?(?:full )?names? of )?(?:the |its |their )?(?:[a-z0-9.&'’-]+ ){0,4}(?:${PERSONAL_TITLES})(?: of (?:the )?[a-z0-9.&'’ -]+)?$`);

/**
 * A number after a publication's noun ("issue brief #3", "resolution no. 68", "chapter 2") is its
 * name, not a list position: the noun and the number without its padding. Not a year, nor part of a date.
 */
const NUMBERED_PUBLICATION = /\b(brief|paper|report|chapter|volume|edition|article|resolution|section|annex|bulletin|newsletter)\s*(?:(?:#|no\.?|number)\s*)?0*([1-9]\d{0,2})(?![\d./-]|\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/;

/**
 * An ordinal before an event or a publication, up to three words on: "first icat meeting", "4th
 * annual principals mtg", "second edition"; or before a time it counts ("the 21st century", "tenth anniversary").
 */
const NAMES_AN_EVENT = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))(?: [a-z'’-]+){0,3}? (?:meeting|meetings|mtg|session|conference|edition|report|visit|mission|summit|workshop|forum|round|paper|brief|cohort|council|assembly|century|anniversary)\b/;

/** A word of {@link TRAILING_PLEA}: most questions have none. */
const MAY_PLEAD = /\b(?:pls|plz|please|thx|thanks|ty|asap|cheers)\b/;
/** A plea or thanks closing a question: "pls", "please", "thx", "asap". */
const TRAILING_PLEA = /(?<![\s,])(?:[\s,]+(?:pls|plz|please|thx|thanks|ty|asap|cheers)\b[\s!.]*)+(?=[?]*\s*$)/;

/** Words asking for a year: "what year", "which year", "in what year", "year?" at the end. */
const YEAR_ASKED = /\b(?:what|which|wich) year\b|\byear$/;

/** "tip report first yr", "gpa adoption year": a fragment ending in the year it asks for, not "this year" or "per year". */
/** …nor "calls a month in the first full year", a time the fragment is about ("in", "during" a year), not one it asks for. */
const YEAR_LAST = /(?<!\b(?:this|last|next|each|every|per|a|an|one|that|same|the|fiscal|calendar|financial|school|\d+)|\b(?:in|during|within|over|for)(?: [a-z]+){0,3}) year$/;

/** Words that compare two facts: "the same day", "did it change", "how do they differ". */
const COMPARISON = /\b(?:same|differ|differs|different|difference|compare|compared|comparison|change|changed|changes)\b/;

/** Common slips in the words that open a question ("wat", "wen", "hw many"). */
const QUESTION_WORD_SLIPS: Readonly<Record<string, string>> = {
  // (One letter dropped or swapped is worked out in questionWordSlips(); these are the rest.)
  whats: "what's", wats: "what's", wen: 'when', hw: 'how', hwo: 'how', whos: "who's", wy: 'why', whyy: 'why',
  // Chat's one-letter words: "what r the areas", "when n where", "u know", "w/ whom".
  r: 'are', u: 'you', n: 'and', w: 'with', ur: 'your',
  // …and its units of time and people: "what yr", "2 yrs", "next wk", "how many ppl".
  yr: 'year', yrs: 'years', wk: 'week', wks: 'weeks', mos: 'months', hr: 'hour', hrs: 'hours', ppl: 'people',
  // …and its short function words: "what's notable abt her", "thru 2023", "cuz".
  abt: 'about', thru: 'through', cuz: 'because', coz: 'because',
};

/**
 * A question without the polite words around it: "can you tell me who chairs ICAT", "do we know
 * which two orgs …", "any idea when …" ask the question after them, not whether the bot can tell
 * ("Yes." is no answer). "do you know if X" keeps X as a yes/no question.
 */
export function withoutPoliteWrapper(text: string): string {
  const wrapped = POLITE_WRAPPER.exec(text);
  if (!wrapped) return text;
  const asked = text.slice(wrapped.index + wrapped[0].length);
  // "do you know if the CBSS joined in 2019": the claim after "if" is asked as "…, right?".
  const claim = /^(?:if|whether)\s+(.+?)[?.!\s]*$/i.exec(asked);
  return text.slice(0, wrapped.index) + (claim ? `${claim[1]}, right?` : asked);
}

/** "can you tell me", "do we know", "any idea", "i need to know", before a question word or "if". */
const POLITE_WRAPPER = /(?:^|(?<=[—–:,-]\s*))(?:(?:can|could|would) (?:you|u|someone|anyone) (?:please |pls )?(?:tell|remind|let) (?:me|us)(?: know)?|(?:do|does) (?:we|you|u|anyone|anybody|someone) (?:happen to )?know|any ?(?:idea|clue)|(?:i|we) (?:need|want|would like|'d like) to know|tell me|remind me)\s+(?=(?:who|what|whats|what's|when|where|which|why|how|if|whether)\b)/i;

/**
 * A year typed with two digits after a word that dates ("done in 23", "co-chairs for 24", "b4 '19")
 * or with an apostrophe ("'23"): the year in full (2023), so the dates the knowledge writes match.
 * Not a count: "in 23 countries" has a word after the number. 00–39 are read as 20xx, 90–99 as 19xx.
 */
export function withFullYears(text: string): string {
  if (!/\d\d/.test(text)) return text;
  const full = (digits: string) => (Number(digits) < 40 ? `20${digits}` : Number(digits) >= 90 ? `19${digits}` : undefined);
  return text
    .replace(SHORT_YEAR_AFTER_WORD, (typed, word: string, digits: string) => { const year = full(digits); return year ? `${word} ${year}` : typed; })
    .replace(APOSTROPHE_YEAR, (typed, digits: string) => full(digits) ?? typed);
}

/** A count, then one capital letter made plural: "four Ps", "3 Rs" (as typed, in capitals). */
export const LETTER_SET = /\b(?:two|three|four|five|six|seven|[2-9])\s+(\p{Lu})s\b/u;

/**
 * "IB #3", "GIP no. 7": initials typed in capitals before a marked number name a numbered series
 * (Issue Brief 3), not the third item of a list: the number is read without its mark ("IB 3").
 */
export function withSeriesNumbers(text: string): string {
  return text.replace(SERIES_NUMBER, '$1 $2');
}

/** Two to five capitals, then "#", "no." or "number" and a number. */
const SERIES_NUMBER = /\b(\p{Lu}{2,5})\s*(?:#|\bno\.?|\bnumber)\s*(\d{1,3})\b/gu;

/** "in 23", "for 24?", "b4 '19," : a word that dates, then two digits that end the clause. */
const SHORT_YEAR_AFTER_WORD = /\b(in|for|since|by|from|before|after|b4|until|till|during|of)\s+['’]?(\d\d)(?=\s*(?:$|[?!,;:)]|\.(?!\d)|\s(?:vs|and|or|n|&|-)\b))/gi;

/** "'23", "’19": an apostrophe then two digits, a year in chat. */
const APOSTROPHE_YEAR = /(?<![\p{L}\p{N}])['’](\d\d)(?![\p{L}\p{N}])/gu;

/** Mends slips in question words, so "wat is the NRM" reads as "what is the NRM", "r" as "are" and "when'd" as "when did". */
export function fixQuestionWords(typed: string): string {
  // "when'd it start", "who'd know": the question word's "'d" is "did".
  // …and its "'re" is "are": "who're the co-chairs" (whose apostrophe dropped would make another word).
  const did = /['’]d\b/i.test(typed) ? typed.replace(/\b(when|where|who|how|what|why)['’]d\b/gi, '$1 did') : typed;
  const text = /['’]re\b/i.test(did) ? did.replace(/\b(when|where|who|how|what|why|which)['’]re\b/gi, '$1 are') : did;
  const slips = questionWordSlips();
  // Most questions have no slip: one look settles them, rather than a call per short word.
  if (!slips.any.test(text)) return text;
  // Whole words only, accented letters included: the "r" of "Regnér" is no word.
  return text.replace(/(?<![\p{L}\p{N}\p{M}'’])[a-z]{1,6}(?![\p{L}\p{N}\p{M}'’])/giu, (word) => slips.meant.get(word.toLowerCase()) ?? word);
}

/** The question words whose one-letter slips are read as them ("whch", "wehre", "hwy"). */
const QUESTION_WORDS = ['which', 'what', 'when', 'where', 'whose', 'who', 'how', 'why'];

/**
 * Every slip a question word is read through: {@link QUESTION_WORD_SLIPS}, and each question word
 * with one letter dropped or two side by side swapped, when that is no English word ("hat", "here")
 * and no slip of another question word ("hwo": how or who?). Worked out once, on first use.
 */
function questionWordSlips(): { meant: ReadonlyMap<string, string>; any: RegExp } {
  if (slipTable) return slipTable;
  const generated = new Map<string, string | null>();
  for (const word of QUESTION_WORDS) {
    const variants = new Set<string>();
    for (let i = 0; i < word.length; i++) variants.add(word.slice(0, i) + word.slice(i + 1));
    for (let i = 0; i + 1 < word.length; i++) variants.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    for (const variant of variants) {
      if (variant.length < 3 || variant === word || QUESTION_WORDS.includes(variant) || STOP_WORDS.has(variant) || isLowerCaseWord(variant)) continue;
      generated.set(variant, generated.has(variant) && generated.get(variant) !== word ? null : word);
    }
  }
  const meant = new Map<string, string>(Object.entries(QUESTION_WORD_SLIPS));
  for (const [variant, word] of generated) if (word && !meant.has(variant)) meant.set(variant, word);
  const any = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}'’])(?:${[...meant.keys()].join('|')})(?![\\p{L}\\p{N}\\p{M}'’])`, 'iu');
  return (slipTable = { meant, any });
}

let slipTable: { meant: ReadonlyMap<string, string>; any: RegExp } | undefined;

