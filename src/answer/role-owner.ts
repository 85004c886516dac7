import { fold } from '../text/fold.js';
import { stemOfWord } from '../text/terms.js';

// Whose post a title in a passage names: "ICAT co-chair" is ICAT's, "chaired by the OSCE" is the OSCE's doing.

/** What the passage's text is read with: the question's names as stems, and which stems are titles. */
export interface RoleReading {
  /** Stems of the names the question asks about ("cbss", "council", "baltic"…), abbreviations in both forms. */
  names: ReadonlySet<string>;
  /** Stems that name the post asked about ("chair", "cochair"). */
  titles: ReadonlySet<string>;
  /** Stems of every title word, so "Deputy Executive Director" is read as one title. */
  allTitles: ReadonlySet<string>;
}

/** Words that qualify a title and belong to it ("Assistant Secretary-General", "Special Representative"). */
const TITLE_MODIFIERS = new Set(['assistant', 'deputy', 'executive', 'special', 'senior', 'vice', 'acting', 'interim', 'general', 'principal', 'former', 'current', 'first', 'joint', 'co', 'then', 'new']);

/** Words that put a title's holder or its organisation after it. */
const OWNER_AFTER = new Set(['of', 'for', 'at', 'on', 'in']);
/** Verbs that give a post to the name before them ("ICAT has had the following co-chairs"). */
const POSSESSION = new Set(['has', 'had', 'have']);
/** Words between such a verb and the post ("has had the following two co-chairs"). */
const QUANTIFIERS = new Set(['had', 'the', 'following', 'its', 'their', 'two', 'three', 'four', 'several', 'many', 'new', 'these']);
const PASSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'being']);
/** How far a title's organisation or agent is looked for, in words. */
const REACH = 6;

const TOKEN = /[\p{L}\p{N}]+(?:['’\-–][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** A text cut into words as written (each punctuation mark a word of its own), with each word's stem. */
export interface WordsAndStems {
  tokens: readonly string[];
  stems: readonly string[];
}

/** Cuts a text into the words {@link postBelongsElsewhere} reads, and stems them. Linear in the text's length. */
export function wordsAndStems(text: string): WordsAndStems {
  const tokens = text.match(TOKEN) ?? [];
  return { tokens, stems: tokens.map(stemOfWord) };
}

/**
 * Whether every mention of the asked-for post in a passage belongs to someone other than the
 * organisation the question names: "who chairs the CBSS?" is not answered by "the CBSS described
 * her as ICAT co-chair", nor "who chairs the OSCE?" by "ICAT was co-chaired by the OSCE" (there
 * the OSCE is the chair, not the chaired). A mention whose organisation cannot be told counts for
 * the passage, so only a clear mismatch is refused. Linear in the passage's length. `plain` is the
 * text folded without hyphens, and `words` its words and stems, when the caller keeps them (a
 * passage is read for many questions).
 */
export function postBelongsElsewhere(
  text: string, reading: RoleReading, plain: string = fold(text).replace(/-/g, ''), words: () => WordsAndStems = () => wordsAndStems(text),
): boolean {
  // Most passages never name the post: a look for its stems in the plain text settles those at once.
  if (!probesOf(reading).some((probe) => plain.includes(probe))) return false;
  const { tokens, stems } = words();
  let elsewhere = false;
  for (let i = 0; i < tokens.length; i++) {
    if (!reading.titles.has(stems[i]!)) continue;
    const verdict = judgeMention(tokens, stems, i, reading);
    if (verdict === 'ours') return false;
    if (verdict === 'elsewhere') elsewhere = true;
  }
  return elsewhere;
}

/** What the plain text is searched for: each title stem, and its form ending in "y" where the stem ends in "i" ("secretari"). */
function probesOf(reading: RoleReading): readonly string[] {
  let probes = titleProbes.get(reading);
  if (probes === undefined) titleProbes.set(reading, probes = [...reading.titles].flatMap((title) => [title, title.replace(/i$/, 'y')]));
  return probes;
}

/** Each reading's probes, worked out on the first passage read with it. */
const titleProbes = new WeakMap<RoleReading, readonly string[]>();

type Verdict = 'ours' | 'elsewhere' | 'unknown';

function judgeMention(tokens: readonly string[], stems: readonly string[], at: number, reading: RoleReading): Verdict {
  const word = tokens[at]!;
  // "coordinates the mechanism", "chairs ICAT": an -s form before an object is a verb ("the co-chairs of ICAT" is not).
  const verb = /(?:ed|ing)$/i.test(word) || (/s$/.test(word) && (startsAName(tokens, at + 1) || /^(?:the|a|an|its|their|his|her)$/i.test(tokens[at + 1] ?? '')));
  let before = at - 1;
  while (before >= 0 && isPartOfTitle(tokens[before]!, stems[before]!, reading)) before--;
  // "ICAT has had the following chairs": the one that has the post is its organisation.
  let possessed = false;
  for (let i = before; i >= 0 && before - i < REACH; i--) {
    const word = tokens[i]!.toLowerCase();
    if (POSSESSION.has(word)) {
      possessed = true;
      before = i - 1;
      while (before >= 0 && POSSESSION.has(tokens[before]!.toLowerCase())) before--;
      break;
    }
    if (!QUANTIFIERS.has(word)) break;
  }
  const passive = verb && before >= 0 && PASSIVE_AUXILIARIES.has(tokens[before]!.toLowerCase());
  // What holds the post: the words after "of"/"for", the object of "chairs", the subject of "was chaired", the name before "co-chair".
  const owners: string[][] = [];
  // Who holds it: the words after "by", the subject of "chaired".
  const holders: string[][] = [];
  const next = tokens[at + 1]?.toLowerCase();
  // (The names written after the post, which end with the body they name.)
  const headsAfter: NameHead[] = [];
  if (next && OWNER_AFTER.has(next)) owners.push(withoutPossessor(tokens, stems, at + 2, headsAfter));
  else if (verb && !passive) owners.push(phraseAfter(tokens, stems, at + 1, headsAfter));
  const by = findBy(tokens, at + 1);
  if (by >= 0) holders.push(phraseAfter(tokens, stems, by + 1));
  if (passive) owners.push(nameBefore(tokens, stems, before - 1));
  else if (verb) holders.push(nameBefore(tokens, stems, before));
  // "ICAT co-chair" names ICAT's post; "the OSCE and UN Women co-chairs" may name its holders.
  // "The OSCE reviewed its year as co-chair": the sentence's subject holds the post.
  else if (tokens[before]?.toLowerCase() === 'as') holders.push(phraseAfter(tokens, stems, 0));
  else if (possessed || !/s$/i.test(word) || !listsSeveral(tokens, before)) owners.push(nameBefore(tokens, stems, before));
  // "UNODC co-chair ICAT" (a verb) or "ICAT co-chair Åsa Regnér" (a holder): a name right after is the
  // post's organisation or its holder, so the question's name there makes the post its own.
  const after = !verb && startsAName(tokens, at + 1) ? phraseAfter(tokens, stems, at + 1) : [];
  // "chairs the IACAT Advocacy and Communications Committee": the name asked only qualifies the body whose post it is.
  if (headsAfter.length > 0 && headsAfter.every((head) => namesABodyOfTheName(head, reading))) return 'elsewhere';
  if ([...owners, after].some((owner) => owner.some((s) => reading.names.has(s)))) return 'ours';
  if (holders.some((holder) => holder.some((s) => reading.names.has(s)))) return 'elsewhere';
  return owners.some((owner) => owner.length > 0) ? 'elsewhere' : 'unknown';
}

/** A name's first word and its head, the word that says what it names ("Committee" of "IACAT Advocacy Committee", "Board" of "Board of Trustees"), as stems. */
interface NameHead {
  first: string;
  head: string;
}

/**
 * Whether a name written after a post starts with the asked name but is headed by another word
 * ("IACAT Advocacy and Communications Committee" for "who chairs IACAT?"): the post is that body's.
 */
function namesABodyOfTheName({ first, head }: NameHead, reading: RoleReading): boolean {
  return first !== head && reading.names.has(first) && !reading.names.has(head);
}

/** A title's own words, and the years and ranges written with it ("ICAT 2019–2020 co-chair"). */
function isPartOfTitle(token: string, stemmed: string, reading: RoleReading): boolean {
  return /^\d/.test(token) || token === '–' || token === '-' || reading.allTitles.has(stemmed) || TITLE_MODIFIERS.has(token.toLowerCase()) || token === '&' || token.toLowerCase() === 'and';
}

/**
 * Whether the name ending at `end` is the last of several ("UN Women and the OSCE co-chairs"),
 * which then hold the posts, rather than one name the posts belong to ("ICAT heads").
 */
function listsSeveral(tokens: readonly string[], end: number): boolean {
  let i = end;
  while (i >= 0 && end - i < REACH && isCapitalised(tokens[i]!)) i--;
  if (/^(?:the|a|an)$/i.test(tokens[i] ?? '')) i--;
  return /^(?:and|&|,|or)$/i.test(tokens[i] ?? '');
}

/** The capitalised words of a name ending at `end` ("UN Women", "OSCE's"), as stems; none when the word there is not capitalised. */
function nameBefore(tokens: readonly string[], stems: readonly string[], end: number): string[] {
  const name: string[] = [];
  for (let i = end; i >= 0 && end - i < REACH && isCapitalised(tokens[i]!); i--) name.push(stems[i]!);
  return name;
}

/**
 * The name after "of" that owns a post: "Chief of UNODC's Research and Trend Analysis Branch" is the
 * Branch's chief, not UNODC's, so a possessive name followed by more of a name is left out.
 */
function withoutPossessor(tokens: readonly string[], stems: readonly string[], start: number, heads?: NameHead[]): string[] {
  let i = start;
  if (/^(?:the|a|an)$/i.test(tokens[i] ?? '')) i++;
  // "UNODC's Research Branch", "the Harbour Alliance's Research Branch": the name after the possessive.
  for (let end = i; end < tokens.length && end - i < REACH && isCapitalised(tokens[end]!); end++) {
    if (/['’]s$/i.test(tokens[end]!) && isCapitalised(tokens[end + 1] ?? '')) return phraseAfter(tokens, stems, end + 1, heads);
  }
  return phraseAfter(tokens, stems, start, heads);
}

/**
 * The capitalised words of a name starting at `start`, past an article; none when no name starts
 * there. Its first word and head (the last capitalised word before "of", "for"…) go to `heads`.
 */
function phraseAfter(tokens: readonly string[], stems: readonly string[], start: number, heads?: NameHead[]): string[] {
  let i = start;
  if (/^(?:the|a|an)$/i.test(tokens[i] ?? '')) i++;
  const name: string[] = [];
  let head: string | undefined;
  for (; i < tokens.length && i - start < REACH && (isCapitalised(tokens[i]!) || /^(?:of|the|and|for|on|against|in)$/.test(tokens[i]!)); i++) {
    if (isCapitalised(tokens[i]!)) name.push(stems[i]!);
    else if (head === undefined && /^(?:of|for|on|against|in)$/.test(tokens[i]!)) head = name[name.length - 1];
  }
  if (heads && name.length > 0) heads.push({ first: name[0]!, head: head ?? name[name.length - 1]! });
  return name;
}

/** Where "by" stands within reach after a title, in the same clause ("co-chaired in 2019 by the OSCE"). */
function findBy(tokens: readonly string[], start: number): number {
  for (let i = start; i < tokens.length && i - start < REACH; i++) {
    const token = tokens[i]!;
    if (/^[,;:.()“”"]$/.test(token)) return -1;
    if (token.toLowerCase() === 'by') return i;
  }
  return -1;
}

function startsAName(tokens: readonly string[], at: number): boolean {
  const token = tokens[at] ?? '';
  return isCapitalised(token) || (/^the$/i.test(token) && isCapitalised(tokens[at + 1] ?? ''));
}

/** Whether a token starts with a capital. ASCII is settled by its code; only other letters need the Unicode class (it is read for every token of every candidate). */
function isCapitalised(token: string): boolean {
  const code = token.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(token);
}

