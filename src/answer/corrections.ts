import { COMMON_WORDS } from '../lexicon/common-words.js';
import { baseForms, irregularPastForms, isLowerCaseWord } from '../lexicon/wordnet.js';
import type { KnowledgeIndex } from '../search/knowledge-index.js';
import { stem } from '../text/stem.js';
import type { Term } from '../text/terms.js';
import { nameWithInitials } from './initialisms.js';
import { rewordingsOf } from './rewordings.js';
import { soundAlikeOf } from './sound-alike.js';

// Typed words the knowledge does not know, mended: typos, truncations, chat shorthand, initials and word forms.

/**
 * A typed word the knowledge does not know, spelled out when it is the initials of one of the
 * knowledge's capitalised names ("IB" → Issue Brief, "GA" → General Assembly); the word itself
 * otherwise. A word in lower case must not be an English word ("gpa" yes, "ask" no: WordNet writes
 * GPA only in capitals, see {@link isLowerCaseWord}); `capitalised`
 * holds the question's words typed in capitals, folded, and `plurals` those typed as capitals and
 * a plural "s" ("PRs"), which spell the singular's name first.
 */
export function spelledOut(index: KnowledgeIndex, capitalised: ReadonlySet<string>, term: Term, plurals: ReadonlySet<string> = new Set()): Term[] {
  const { surface } = term;
  if (surface.length < 2 || surface.length > 4 || !/^[a-z]+$/.test(surface) || index.knownTerms.has(term.stem) || index.writesWord(surface) || COMMON_WORDS.has(surface)) return [term];
  if (!capitalised.has(surface) && isLowerCaseWord(surface)) return [term];
  // "PRs": initials typed with a plural "s" spell the name of the singular ("Permanent Representative").
  // (Only so: "3 Ps" are not the initials of "Policy Support".)
  const words = plurals.has(surface) ? nameWithInitials(index, surface.slice(0, -1)) : nameWithInitials(index, surface);
  return words ? words.map((word) => ({ surface: word, stem: word })) : [term];
}

/**
 * "jon brandolino", "ghada wally", "valiant ritchie": a word the knowledge does not write, one slip
 * from a word it writes as part of a name with the typed word beside it ("John Brandolino", "Ghada
 * Waly"), or sounding like one ("Richey"), is that word, before initials or another slip are
 * considered. Returns the term unchanged otherwise.
 */
export function slipInAName(index: KnowledgeIndex, term: Term, previous: Term | undefined, next: Term | undefined): Term {
  if (term.surface.length < 3 || !/^[a-z]+$/.test(term.surface) || index.knownTerms.has(term.stem)) return term;
  const before = previous && index.isName(previous.stem) ? previous.stem : undefined;
  const after = next && index.isName(next.stem) ? next.stem : undefined;
  if (!before && !after) return term;
  let memo = namesSlipped.get(index);
  if (!memo) namesSlipped.set(index, memo = new Map());
  const key = `${before ?? ''} ${term.surface} ${after ?? ''}`;
  let found = memo.get(key);
  if (found === undefined) {
    if (memo.size >= CORRECTION_MEMO_LIMIT) memo.clear();
    found = null;
    const pairs = (stemmed: string) => (after !== undefined && index.isNamePair(stemmed, after)) || (before !== undefined && index.isNamePair(before, stemmed));
    for (const [word, [entry]] of index.vocabulary.fuzzyGet(term.surface, 1)) {
      if (pairs(entry.stem) && transpositionDistance(word, term.surface) <= 1) { found = { surface: word, stem: entry.stem }; break; }
    }
    // "valiant ritchie": a name's other half spelled as it sounds ("Richey").
    const alike = found ? undefined : soundAlikeOf(index, term.surface, { accept: pairs, minSharedLetterPairs: NAME_SOUND_LETTER_PAIRS });
    if (alike) found = { surface: alike.word, stem: alike.stem };
    memo.set(key, found);
  }
  return found ?? term;
}

/** How few letter pairs a name's sound-alike must share with the typed word, when it pairs with the name typed beside it. */
const NAME_SOUND_LETTER_PAIRS = 0.3;

/** Name slips already looked up, per index and typed word with its named neighbours (null: none). */
const namesSlipped = new WeakMap<KnowledgeIndex, Map<string, Term | null>>();

/** How many passages may write a token for it still to be read as a truncation when far commoner words start with it. */
const MAX_RARE_TOKEN_PASSAGES = 20;
/** How many times more passages the other reading must have. */
const FAR_MORE = 3;

/** In how many passages the knowledge writes a word itself (not through its context or title). */
function writtenIn(index: KnowledgeIndex, surface: string, stem: string): number {
  return index.vocabulary.get(surface)?.passages ?? index.passageFrequency.get(stem) ?? 0;
}

/** A typed word, possibly replaced by the knowledge word(s) it was meant to be. */
export interface CorrectedTerm {
  surface: string;
  stem: string;
  /** Equally likely corrections besides `stem`. */
  others: string[];
  /** 1 when typed as known; less for a correction, by how far it is from what was typed. */
  weight: number;
}

/**
 * Corrects a word the knowledge does not know: a doubled letter ("joinn"), a slip of one or two
 * letters ("Baltc", "coordiantes"), or a truncation ("orgs"). Everyday English words are left
 * alone: "point" in a question about boiling points is not a typo for "joint". `typedInCapitals`:
 * the word was typed as initials ("PSAs"), so it is read as typed or as a slip only.
 */
export function correct(index: KnowledgeIndex, surface: string, typedStem: string, typedInCapitals = false): CorrectedTerm {
  if (surface.length < 3 || /\d/.test(surface) || COMMON_WORDS.has(surface)) return { surface, stem: typedStem, others: [], weight: 1 };
  const known = index.knownTerms.has(typedStem);
  // A known word longer than a truncation is itself, with nothing to look up, unless the knowledge writes it only rarely.
  if (known && surface.length > MAX_TRUNCATION && writtenIn(index, surface, typedStem) > MAX_CONFUSABLE_PASSAGES) return { surface, stem: typedStem, others: [], weight: 1 };
  let memo = corrections.get(index);
  if (!memo) corrections.set(index, memo = new Map());
  // "how many PSAs": initials typed in capitals are no word cut short nor consonant shorthand ("proposals"); a slip they may be.
  const initials = typedInCapitals && !known;
  const key = initials ? `${surface}\u0000initials` : surface;
  let corrected = memo.get(key);
  if (!corrected) {
    if (memo.size >= CORRECTION_MEMO_LIMIT) memo.clear();
    const others = !known ? [] : surface.length > MAX_TRUNCATION ? commonerNeighbours(index, surface, typedStem) : commonerCompletions(index, surface, typedStem);
    corrected = initials ? slip(index, surface, false) ?? { surface, stem: typedStem, others: [], weight: 1 }
      : !known ? correctUnknown(index, surface, typedStem) : slipSharingAStem(index, surface, typedStem) ?? { surface, stem: typedStem, others, weight: 1 };
    memo.set(key, corrected);
  }
  return corrected;
}

/**
 * "res" written once in a new document ("A/RES/68/192") still stands for "resolution", which the
 * knowledge writes in many passages: a short token that is no English word and is rare keeps the
 * far commoner words it starts as other readings, so documents added later do not take its meaning away.
 */
function commonerCompletions(index: KnowledgeIndex, surface: string, typedStem: string): string[] {
  if (!/^[a-z]+$/.test(surface)) return [];
  const own = writtenIn(index, surface, typedStem);
  if (own > MAX_RARE_TOKEN_PASSAGES || isLowerCaseWord(surface)) return [];
  const stems = new Map<string, number>();
  // "orgs" starts "organizations" as "org" does: a plural is cut where a truncation is (see truncation()).
  const prefix = surface.length > 3 ? surface.replace(/s$/, '') : surface;
  for (const [word, entry] of index.vocabulary.atPrefix(prefix)) {
    if (word !== surface && word !== prefix && entry.stem !== typedStem && entry.passages >= FAR_MORE * Math.max(1, own)) stems.set(entry.stem, Math.max(stems.get(entry.stem) ?? 0, entry.passages));
  }
  return [...stems].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).slice(0, 2).map(([stem]) => stem);
}

/** How many passages may write a word for a far commoner word one slip away to be read as well. */
const MAX_CONFUSABLE_PASSAGES = 3;
/** How many times more passages that word must have. */
const FAR_COMMONER = 10;

/**
 * "principles mtg" where the knowledge writes "Principals meeting" forty times and "principles"
 * twice: a word the knowledge writes rarely keeps a far commoner word one slip away (two in a long
 * word) as another reading, as chat mixes up words that sound alike.
 */
function commonerNeighbours(index: KnowledgeIndex, surface: string, typedStem: string): string[] {
  if (!/^[a-z]+$/.test(surface)) return [];
  const own = writtenIn(index, surface, typedStem);
  const maxDistance = surface.length >= 7 ? 2 : 1;
  const stems = new Map<string, number>();
  for (const [word, [entry]] of index.vocabulary.fuzzyGet(surface, maxDistance)) {
    if (entry.stem === typedStem || word === entry.stem || entry.passages < FAR_COMMONER * Math.max(1, own)) continue;
    if (transpositionDistance(word, surface) <= maxDistance) stems.set(entry.stem, Math.max(stems.get(entry.stem) ?? 0, entry.passages));
  }
  return [...stems].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).slice(0, 1).map(([stem]) => stem);
}

/** Corrections already worked out, per index: the same typos, unknown words and short tokens come back. */
const corrections = new WeakMap<KnowledgeIndex, Map<string, CorrectedTerm>>();
const CORRECTION_MEMO_LIMIT = 10_000;

function correctUnknown(index: KnowledgeIndex, surface: string, typedStem: string): CorrectedTerm {
  const asTyped = { surface, stem: typedStem, others: [], weight: 1 };
  // "came" is "come", "fell" is "fall": an irregular form whose base word the knowledge writes.
  for (const { lemma, form } of baseForms(surface)) {
    const base = stem(lemma);
    if (form !== 'base' && !surface.startsWith(lemma) && index.knownTerms.has(base)) return { surface: lemma, stem: base, others: [], weight: 0.9 };
  }
  // "kids", "sent": an English word the knowledge does not use is meant as typed, not as a slip for a
  // word one letter away ("kids" is not "aids"); it reaches the knowledge through its synonyms, or,
  // when short and with none, as a truncation ("rep", "dec").
  const englishWord = isLowerCaseWord(surface);
  if (englishWord && (surface.length > MAX_TRUNCATION || rewordingsOf(index, surface).length > 0)) return asTyped;
  const undoubled = surface.replace(/(.)\1+/g, '$1');
  if (undoubled !== surface && index.knownTerms.has(stem(undoubled))) return { surface: undoubled, stem: stem(undoubled), others: [], weight: 0.9 };
  // Chat shortens words of four letters or fewer ("recs", "dept", "govt"): read as a truncation or
  // as shorthand before as a slip, so "recs" is not "res" and "dept" not "sept" once a document writes those.
  if (surface.length <= MAX_TRUNCATION) return truncation(index, surface) ?? shorthandOf(index, surface) ?? slip(index, surface, englishWord) ?? asTyped;
  const slipped = slip(index, surface, englishWord);
  if (!slipped) return truncation(index, surface) ?? shorthandOf(index, surface) ?? soundingAlike(index, surface) ?? asTyped;
  // "adelaide strat" may be "start" mistyped or "strategy" cut short: a word the knowledge starts with it is another reading.
  const cut = truncation(index, surface);
  return cut ? { ...slipped, others: [...new Set([...slipped.others, cut.stem])].filter((other) => other !== slipped.stem) } : slipped;
}

/** "resolushun": the knowledge's word that sounds the same (see sound-alike.ts), a little less sure than one typed. */
function soundingAlike(index: KnowledgeIndex, surface: string): CorrectedTerm | undefined {
  const alike = soundAlikeOf(index, surface);
  return alike ? { surface: alike.word, stem: alike.stem, others: [], weight: 0.9 } : undefined;
}

/**
 * "proces" stems to "proce", which the knowledge knows only from "proceeds": a typed word that is no
 * English word and that the knowledge never writes, though it writes its stem, is read as the slip
 * it most likely is ("process"), the stem as typed kept as another reading.
 */
function slipSharingAStem(index: KnowledgeIndex, surface: string, typedStem: string): CorrectedTerm | undefined {
  if (surface.length <= MAX_TRUNCATION || !/^[a-z]+$/.test(surface) || index.vocabulary.has(surface) || isLowerCaseWord(surface)) return undefined;
  const slipped = slip(index, surface, false, typedStem);
  if (!slipped) return undefined;
  return { ...slipped, others: [...new Set([...slipped.others, typedStem])] };
}

/** A slip of one letter (two in a long word) from a word the knowledge writes: "Baltc", "coordiantes"; none that stems to `notStem`. */
function slip(index: KnowledgeIndex, surface: string, englishWord: boolean, notStem?: string): CorrectedTerm | undefined {
  if (surface.length < 4 || englishWord) return undefined;
  const maxDistance = surface.length >= 7 ? 2 : 1;
  const found: { stem: string; distance: number; passages: number; word: string }[] = [];
  for (const [word, [entry]] of index.vocabulary.fuzzyGet(surface, 2)) {
    const distance = transpositionDistance(word, surface);
    // A bare stem in the vocabulary ("join", "foundat") stands in for its words: only a one-letter slip reaches it.
    const reach = word === entry.stem ? 1 : maxDistance;
    if (distance <= reach && entry.stem !== notStem) found.push({ stem: entry.stem, distance, passages: entry.passages, word });
  }
  const best = Math.min(...found.map((f) => f.distance));
  // Ties go alphabetically, so a restored index (whose vocabulary iterates in another order) corrects alike.
  const closest = [...new Map(found.filter((f) => f.distance === best).sort((a, b) => b.passages - a.passages || compareText(a.word, b.word)).map((f) => [f.stem, f])).values()].slice(0, 3);
  if (closest.length === 0) return undefined;
  return { surface: closest[0]!.word, stem: closest[0]!.stem, others: closest.slice(1).map((f) => f.stem), weight: best <= 1 ? 0.85 : 0.65 };
}

/** The start of a word the knowledge writes: "orgs" is "org" completed; "res" is itself a start ("resolution"), not a plural. */
function truncation(index: KnowledgeIndex, surface: string): CorrectedTerm | undefined {
  const prefix = surface.length > 3 ? surface.replace(/s$/, '') : surface;
  if (prefix.length < 3) return undefined;
  const completions = [...index.vocabulary.atPrefix(prefix)].sort((a, b) => b[1].passages - a[1].passages || compareText(a[0], b[0]));
  const stems = [...new Set(completions.map(([, entry]) => entry.stem))].slice(0, 3);
  return stems.length > 0 ? { surface: completions[0]![0], stem: stems[0]!, others: stems.slice(1), weight: 0.7 } : undefined;
}

/** Consonant shorthand ("mtg", "govt"); "got", "met", "led" are verbs in use, not shorthand: "got endorsed" says nothing of a government. */
function shorthandOf(index: KnowledgeIndex, surface: string): CorrectedTerm | undefined {
  const shorthand = isInflectedVerb(surface) ? undefined : expandShorthand(index, surface);
  return shorthand ? { surface: shorthand.word, stem: shorthand.stem, others: [], weight: 0.7 } : undefined;
}

/** The longest English word still read as a truncation when the knowledge has no synonym of it ("rep", "sept", "info"). */
const MAX_TRUNCATION = 4;

/** The most knowledge words a shorthand is compared with, so a huge vocabulary costs no more. */
const SHORTHAND_SCAN_LIMIT = 20_000;

/**
 * Chat shorthand written with the consonants of a word ("mtg", "govt", "intl", "mgmt", "cttee"): the
 * most used knowledge word that starts and ends with the same letters and holds the others in order.
 */
function expandShorthand(index: KnowledgeIndex, surface: string): { word: string; stem: string } | undefined {
  // ("cttee" keeps the vowels of its word's end, as "committee" ends: shorthand too, where it is no English word.)
  const vowels = (surface.match(/[aeiou]/g) ?? []).length;
  if (surface.length < 3 || surface.length > 5 || (vowels > 1 && !(/^[^aeiou]{2,}[aeiou]+$/.test(surface) && !isLowerCaseWord(surface)))) return undefined;
  let best: { word: string; stem: string; passages: number; start: number } | undefined;
  let scanned = 0;
  for (const [word, entry] of index.vocabulary.atPrefix(surface[0]!)) {
    if (++scanned > SHORTHAND_SCAN_LIMIT) break;
    // "txt" is "text": a shorthand one letter short drops a vowel; "mtgs" is no shorthand of "mtg"'s plural.
    if (word.length <= surface.length || (word.length === surface.length + 1 && !droppedAVowel(surface, word)) || word[word.length - 1] !== surface[surface.length - 1] || !isSubsequence(surface, word)) continue;
    // "dept" is "department" before "development": the more of the shorthand a word starts with, the likelier.
    const start = commonStart(surface, word);
    if (!best || start > best.start || (start === best.start && (entry.passages > best.passages || (entry.passages === best.passages && compareText(word, best.word) < 0)))) {
      best = { word, stem: entry.stem, passages: entry.passages, start };
    }
  }
  return best;
}

/** Whether `word` is `shorthand` with one vowel put back ("txt" → "text"). */
function droppedAVowel(shorthand: string, word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    if (word[i] !== shorthand[i]) return /[aeiou]/.test(word[i]!) && word.slice(i + 1) === shorthand.slice(i);
  }
  return false;
}

/** The stems of the base words of an irregular form ("came" → "come") that the knowledge writes. */
export function irregularBases(index: KnowledgeIndex, word: string): readonly string[] {
  if (!/^[a-z]{3,}$/.test(word)) return [];
  let memo = irregulars.get(index);
  if (!memo) irregulars.set(index, memo = new Map());
  let bases = memo.get(word);
  if (bases === undefined) {
    if (memo.size >= CORRECTION_MEMO_LIMIT) memo.clear();
    bases = baseForms(word).filter((form) => form.form !== 'base' && !word.startsWith(form.lemma)).map((form) => stem(form.lemma)).filter((base) => index.knownTerms.has(base));
    memo.set(word, bases);
  }
  return bases;
}

/** The stems of the irregular past forms of the verb a word is ("fall", "falls" → "fell", "fallen") that the knowledge writes. */
export function irregularPasts(index: KnowledgeIndex, word: string): string[] {
  if (!/^[a-z]{3,}$/.test(word)) return [];
  const lemmas = new Set(baseForms(word).filter((form) => form.pos === 'verb' && form.form !== 'ed').map((form) => form.lemma));
  return [...lemmas].flatMap((lemma) => irregularPastForms(lemma)).filter((past) => past !== word).map((past) => stem(past)).filter((past) => index.knownTerms.has(past));
}

/**
 * The stems of the agent nouns of the verb a word is ("founded" → "founder", "funds" → "funder",
 * "organised" → "organiser") that the knowledge writes: "who founded the fund?" is answered by
 * "Founders: Humanity United, …".
 */
export function agentNouns(index: KnowledgeIndex, word: string): string[] {
  if (!/^[a-z]{4,}$/.test(word)) return [];
  const own = stem(word);
  const lemmas = new Set(baseForms(word).filter((form) => form.pos === 'verb').map((form) => form.lemma));
  return [...new Set([...lemmas].flatMap((lemma) => (lemma.endsWith('e') ? [`${lemma}r`] : [`${lemma}er`, `${lemma}or`])).map(stem))]
    .filter((noun) => noun !== own && index.knownTerms.has(noun));
}

/** Each index's irregular forms already looked up: every question's words are. */
const irregulars = new WeakMap<KnowledgeIndex, Map<string, readonly string[]>>();

/** Whether a word the knowledge never writes is a form of an everyday English word ("got", "took", "gave"). */
export function formOfEverydayWord(word: string): boolean {
  return baseForms(word).some((form) => form.form !== 'base' && COMMON_WORDS.has(form.lemma));
}

/** Whether a word is a past tense, participle or -s form of an everyday English verb ("done", "paid", "got"), not a plural ("countries"). */
export function formOfEverydayVerb(word: string): boolean {
  return baseForms(word).some((form) => form.pos === 'verb' && form.form !== 'base' && COMMON_WORDS.has(form.lemma));
}

/** Whether a word is a past tense, participle or -s form of an English verb ("got", "held", "says"). */
function isInflectedVerb(surface: string): boolean {
  return baseForms(surface).some((form) => form.pos === 'verb' && form.form !== 'base');
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** How many letters two words start with in common. */
function commonStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function isSubsequence(needle: string, haystack: string): boolean {
  let i = 0;
  for (const char of haystack) if (char === needle[i]) i++;
  return i === needle.length;
}

/** Edit distance where swapping two neighbouring letters costs one, as a typist's slip does. */
export function transpositionDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[i - 2]![j - 2]! + 1);
      d[i]![j] = value;
    }
  }
  return d[a.length]![b.length]!;
}
