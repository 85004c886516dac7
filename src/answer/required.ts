import { isLowerCaseWord } from '../lexicon/wordnet.js';
import type { KnowledgeIndex } from '../search/knowledge-index.js';
import type { Passage } from '../search/passage.js';
import { MONTH_STEMS } from './passage-reading.js';
import { isTitle, TITLE_STEMS, type Concept } from './query.js';
import type { QuestionShape } from './question.js';
import type { RoleReading } from './role-owner.js';
import { contentTerms } from '../text/terms.js';

// What an answer must mention to answer a question: its names, years, the title it asks about.

/**
 * How much of its coverage a passage keeps for each name the question gives that it never
 * mentions: "who is the OSCE secretary general" is not answered by a passage about another
 * organisation's Secretary-General, however well the rest matches.
 */
export const MISSING_NAME_FACTOR = 0.5;

/** Likewise for a year or a number the question names ("who chaired ICAT in 1995?", "Issue Brief 15") that the passage is not about. */
const MISSING_YEAR_FACTOR = 0.5;

/**
 * A passage that mentions what the question is about but none of what it asks of it ("what
 * nationality is X?" against a passage that only names X) is not an answer either.
 */
export const MISSING_ATTRIBUTE_FACTOR = 0.5;

/** …and what it keeps when the passage has it only through a synonym ("launched" for "founded"). */
export const REWORDED_ATTRIBUTE_FACTOR = 0.75;

/**
 * What a passage must mention to answer: one of `concepts`, or, for a name of several words the
 * knowledge writes with capitals ("Policy Support Group"), at least half of its `phrase` (analysed
 * terms in order) in one piece. A passage that lacks it keeps `factor` of its coverage.
 */
export interface RequiredGroup {
  /** What the group stands for: a name the question gives, a year or number, the title a "who" asks about, or what it asks. */
  kind: 'name' | 'year' | 'title' | 'attribute';
  concepts: Concept[];
  phrase?: string;
  /**
   * For a `phrase` that holds one distinctive abbreviation ("cbss" in "the CBSS Secretariat"): the
   * half of the name that stands for it must hold that abbreviation.
   */
  distinctive?: string;
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
export function requiredGroups(index: KnowledgeIndex, concepts: readonly Concept[], shape: QuestionShape): RequiredGroup[] {
  const groups: RequiredGroup[] = [];
  const asked: Concept[] = [];
  const titles: Concept[] = [];
  const own = (concept: Concept | undefined) => concept?.alternatives[0]?.term ?? '';
  // "Which UN office coordinates ICAT?": a word typed in lower case beside capitals is no part of a name, though a document writes "UN Office … Coordination".
  const inPhrase = concepts.map((concept, i) => i + 1 < concepts.length && concept.known && !concept.typedLower && !concepts[i + 1]!.typedLower
    && index.isNamePair(own(concept), own(concepts[i + 1])));
  let previousWasName = false;
  for (let i = 0; i < concepts.length; i++) {
    const concept = concepts[i]!;
    // "Is the World Day on 30 June?": the date is what the answer may correct, not what it must say.
    // …and what a yes/no question claims of its subject ("was the TF THB led by UNODC?") may be what it corrects.
    // …and so may a name the asker's own story gives ("Covering for Maria this week.").
    if (concept.doubted || concept.claimed || concept.told) { previousWasName = false; continue; }
    // "which org …": the kind of answer asked for is no name a passage must write ("Organisation" in "Baltic Ports Organisation").
    if (concept.answerKind === 'organisation') { previousWasName = false; continue; }
    if (inPhrase[i]) {
      let end = i + 1;
      while (inPhrase[end]) end++;
      let words = concepts.slice(i, end + 1);
      // "Who is the Executive Director of UN Women?": the post asked about is not part of the name it belongs to.
      if (shape.expects === 'person') {
        while (words.length > 0 && isTitle(words[0]!)) titles.push(words.shift()!);
        while (words.length > 0 && isTitle(words[words.length - 1]!)) titles.push(words.pop()!);
      }
      if (words.length > 1) {
        const distinctive = distinctiveAbbreviation(index, words.map(own));
        groups.push({ kind: 'name', concepts: words, phrase: ` ${words.map(own).join(' ')} `, ...(distinctive ? { distinctive } : {}), factor: MISSING_NAME_FACTOR });
      }
      else if (words.length === 1) groups.push({ kind: 'name', concepts: words, factor: MISSING_NAME_FACTOR });
      i = end;
      previousWasName = false;
      continue;
    }
    // A year ("in 2021") or a number that names something ("Issue Brief 15", "resolution 61/180") must be there.
    if (/^\d+$/.test(concept.word)) {
      const isYear = /^(?:19|20)\d\d$/.test(concept.word);
      // A doubted year was skipped above; one that names what is asked about ("was the 2018 theme…?") must be there.
      if (isYear || (!shape.yesNo && shape.expects !== 'number')) groups.push({ kind: 'year', concepts: [concept], factor: MISSING_YEAR_FACTOR });
      previousWasName = false;
      continue;
    }
    // "Who is the UNODC chief?": a title stays the post asked about, though a document writes it capitalised ("Chief of …").
    // "the dec 2020 principals mtg": a month dates what is asked (the year says it too); it is no name a passage must give.
    // ("funding" is typed as the knowledge writes it in lower case: no name, though "Fund" is one.)
    const isName = concept.known && !concept.everyday && index.isName(own(concept)) && !index.writesInLowerCase(concept.word) && !(shape.expects === 'person' && isTitle(concept)) && !MONTH_STEMS.has(own(concept));
    const previous = groups[groups.length - 1];
    if (isName && previousWasName && previous && !previous.phrase && writtenTogether(index, previous.concepts[previous.concepts.length - 1]!, concept)) {
      previous.concepts.push(concept);
    } else if (isName) groups.push({ kind: 'name', concepts: [concept], factor: MISSING_NAME_FACTOR });
    else if (shape.expects === 'person' && isTitle(concept)) titles.push(concept);
    else if (concept.known || !concept.everyday) asked.push(concept);
    previousWasName = isName;
  }
  if (titles.length > 0) groups.push({ kind: 'title', concepts: titles, factor: MISSING_NAME_FACTOR });
  // A known word may be worded otherwise in the right passage ("become part of" for "joined"); a word the knowledge never uses cannot.
  if (groups.length > 0 && asked.some((concept) => !concept.knownAsTyped && !concept.everyday)) {
    groups.push({ kind: 'attribute', concepts: asked, factor: MISSING_ATTRIBUTE_FACTOR, ownWords: true });
  }
  return groups;
}

/** Whether a passage mentions what a required group asks for (`asked`: the question's terms, see {@link sectionNamesSomething}). */
export function satisfies(index: KnowledgeIndex, passage: Passage, group: RequiredGroup, mentioned: Pick<ReadonlySet<Concept>, 'has'>, asked?: ReadonlySet<string>): boolean {
  if (!group.phrase) return group.concepts.some((concept) => mentioned.has(concept));
  const terms = index.terms[passage.id]!;
  const phrase = group.phrase;
  for (const piece of halvesOf(phrase)) {
    if (group.distinctive && !piece.includes(` ${group.distinctive} `)) continue;
    if (namesItHere(index, terms.text, piece, phrase) || namesItHere(index, terms.context, piece, phrase)) return true;
    if (terms.title.includes(piece) && !sectionNamesSomething(index, passage.section, asked)) return true;
  }
  return false;
}

/**
 * Whether analysed `terms` hold `piece` of a name's `phrase` where it stands for that name: not
 * where another name word stands before it in place of the name's own first words ("Global Plan
 * of Action" is no "ICAT Plan of Action", though "Plan of Action" is half of it).
 */
function namesItHere(index: KnowledgeIndex, terms: string, piece: string, phrase: string): boolean {
  let at = terms.indexOf(piece);
  if (at < 0) return false;
  if (phrase.startsWith(piece)) return true;
  for (; at >= 0; at = terms.indexOf(piece, at + 1)) {
    const before = terms.lastIndexOf(' ', at - 1);
    const previous = before < 0 ? '' : terms.slice(before + 1, at);
    if (!previous || !index.isName(previous) || phrase.includes(` ${previous} `)) return true;
  }
  return false;
}

/**
 * The runs of half a name's words (rounded up) that stand for it, in order: half the name, in one
 * piece, will do ("the Fund" stands for the Trust Fund), but "policy" and "groups" here and there
 * do not make the Policy Support Group. Worked out once per name, not once per candidate.
 */
function halvesOf(phrase: string): readonly string[] {
  let pieces = halves.get(phrase);
  if (pieces === undefined) {
    const words = phrase.trim().split(' ');
    const length = Math.ceil(words.length / 2);
    pieces = [];
    for (let start = 0; start + length <= words.length; start++) pieces.push(` ${words.slice(start, start + length).join(' ')} `);
    if (halves.size >= HALVES_LIMIT) halves.clear();
    halves.set(phrase, pieces);
  }
  return pieces;
}

/**
 * "the CBSS Secretariat": an abbreviation in a name is what tells it apart, so the half of the name
 * that stands for it must hold it. "The UN Trust Fund" is still the Trust Fund (an abbreviation
 * written everywhere tells nothing apart), and of "UNHCR and UNODC", two bodies, either is one of them.
 */
function distinctiveAbbreviation(index: KnowledgeIndex, terms: readonly string[]): string | undefined {
  const abbreviations = terms.filter((term) => index.aliases.isToken(term));
  if (abbreviations.length !== 1) return undefined;
  const written = index.passageFrequency.get(abbreviations[0]!) ?? 0;
  return written <= Math.max(DISTINCTIVE_PASSAGES, index.passages.length * DISTINCTIVE_SHARE) ? abbreviations[0] : undefined;
}

/** The largest share of passages an abbreviation may be written in and still tell a name apart. */
const DISTINCTIVE_SHARE = 0.05;
/** …and in a small knowledge, the number of passages it may be written in all the same. */
const DISTINCTIVE_PASSAGES = 10;

const halves = new Map<string, string[]>();
const HALVES_LIMIT = 2000;

/** Every term the question names, with the words of the abbreviations it uses in either form. */
export function askedTerms(index: KnowledgeIndex, concepts: readonly Concept[]): Set<string> {
  const terms = new Set<string>();
  for (const concept of concepts) {
    for (const { term, phrase } of concept.alternatives) {
      // The verb of a phrase the word means ("set" of "set up") is not itself asked.
      if (phrase !== undefined) continue;
      terms.add(term);
      for (const word of index.aliases.stemsOf(term)) terms.add(word);
    }
  }
  return terms;
}

/**
 * Whether a section heading names something ("Statement by OSCE Special Representative Valiant
 * Richey") other than what the question names: a section "The 2019 Istanbul Commitments" is still
 * about its document's subject for "who chaired the 6th BP ministerial in istanbul" (a name written
 * after one the question names counts as named). Per index.
 *
 * @param asked - the terms the question names (see {@link askedTerms}); a heading's names among them do not count.
 */
export function sectionNamesSomething(index: KnowledgeIndex, section: string | undefined, asked: ReadonlySet<string> = NOTHING_ASKED): boolean {
  if (section === undefined) return false;
  let memo = sectionNames.get(index);
  if (!memo) sectionNames.set(index, memo = new Map());
  let names = memo.get(section);
  if (names === undefined) {
    // A heading in capitals ("KEY FACTS", "ORIGINS") is styled, not named: of its words only an abbreviation
    // or a word that is no English word names something.
    // A heading in sentence case names with its capitals: "Thematic areas of the plan" speaks of the document's plan.
    // Names written together ("Venice Declaration") are one, named by its first word: the question that names
    // Venice names that one too, and one that names a plan does not name the "Global Plan".
    names = /\p{Ll}/u.test(section)
      ? section.split(/(?<!^)\b\p{Ll}[\p{L}\p{N}'’-]*/u).map((run) => index.analyseForMatching(run).split(' ').filter((term) => term !== '' && (index.isName(term) || index.aliases.isToken(term)))).filter((run) => run.length > 0)
      : contentTerms(section).filter((term) => index.aliases.isToken(term.stem) || (index.isName(term.stem) && !isLowerCaseWord(term.surface))).map((term) => [term.stem]);
    memo.set(section, names);
  }
  return names.some((name) => !asked.has(name[0]!));
}

/** No terms asked: every name a heading holds counts. */
const NOTHING_ASKED: ReadonlySet<string> = new Set();

const sectionNames = new WeakMap<KnowledgeIndex, Map<string, string[][]>>();

/** Whether two name words belong to one name: the knowledge writes them side by side ("Trust Fund"; not "OSCE Secretary"). */
function writtenTogether(index: KnowledgeIndex, a: Concept, b: Concept): boolean {
  const pair = ` ${a.alternatives[0]!.term} ${b.alternatives[0]!.term} `;
  return remembered(index, `together${pair}`, () => {
    const hits = index.search.search(pair.trim(), { combineWith: 'AND', prefix: false, fuzzy: false });
    return hits.slice(0, WRITTEN_TOGETHER_CHECKS).some((hit) => index.terms[hit.id as number]!.text.includes(pair));
  });
}

/** Facts about an index that do not depend on the question, worked out once per index and key. */
export function remembered<T>(index: KnowledgeIndex, key: string, work: () => T): T {
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

/** Head nouns that ask which post someone holds ("what role did she hold at UN Women?"). */
const POST_NOUNS = new Set(['role', 'title', 'position', 'post', 'job', 'office']);

/**
 * How to read whose post a passage names, when the question asks for a post's holder at a named
 * organisation ("who chairs the CBSS?", "what role did she hold at UN Women?"); undefined when it
 * asks nothing of the kind. See {@link postBelongsElsewhere}.
 */
export function postReading(index: KnowledgeIndex, groups: readonly RequiredGroup[], shape: QuestionShape): RoleReading | undefined {
  const names = new Set<string>();
  for (const group of groups) {
    if (group.kind !== 'name') continue;
    for (const { term } of group.concepts.flatMap((concept) => concept.alternatives)) {
      names.add(term);
      for (const word of index.aliases.stemsOf(term)) names.add(word);
    }
  }
  if (names.size === 0) return undefined;
  const titleGroup = groups.find((group) => group.kind === 'title');
  const titles = titleGroup
    ? new Set(titleGroup.concepts.flatMap((concept) => concept.alternatives.map((a) => a.term)))
    : shape.headNoun && POST_NOUNS.has(shape.headNoun) ? TITLE_STEMS : undefined;
  return titles ? { names, titles, allTitles: TITLE_STEMS } : undefined;
}
