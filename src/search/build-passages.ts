import type { Block, KnowledgeDocument, ParagraphBlock } from '../knowledge/document.js';
import { TITLE_WORDS } from '../lexicon/synonyms.js';
import { balanceQuotes, splitSentences } from '../text/sentences.js';
import { ANAPHORA, answerFeatures, BACK_REFERENCE, ANSWER_LINE, LEAD_IN, QUESTION_LINE, REPORTED_SPEECH } from './features.js';
import type { Passage } from './passage.js';
import { inlineListOf } from './inline-lists.js';
import { recordSubject } from './records.js';
import { attributionLineSpeaker, speakerOf, trailingSpeakerOf } from './speakers.js';

/** A pronoun for a person named before: "she reported", "confirmed her", "his statement". */
const PERSONAL_PRONOUN = /\b(?:he|she|him|her|his|hers)\b/i;

/** A sentence that opens with a pronoun for a thing named before it: "It includes:", "These are:". */
const THING_PRONOUN_FIRST = /^["“]?(?:it|its|they|their|this|these|those)\b/i;

/** A lead-in that ends on a pronoun for things named before it: "In the order the government listed them:", "… as follows for these:". */
const THINGS_POINTED_BACK = /\b(?:them|these|those)\s*:\s*$/i;

/** A noun introduced with "a" or "an", up to two words on ("at an event hosted by ICAT", "a side event"). */
const INTRODUCED_NOUN = /\b(?:a|an)\s+(?:[a-z-]+\s+){0,2}?([a-z]{4,})\b/g;

/**
 * Whether a sentence speaks of "the X" that the sentence before introduced as "an X": "The Mission
 * of Sweden co-sponsored the event." after "… was launched in New York at an event hosted by ICAT."
 * Then the sentence before says which event, as it says whom "she" means.
 */
function takesUpANoun(text: string, before: string): boolean {
  if (before === '' || !/\bthe\s/i.test(text)) return false;
  const definite = new Set([...text.toLowerCase().matchAll(/\bthe\s+([a-z]{4,})\b/g)].map((match) => match[1]!));
  for (const match of before.toLowerCase().matchAll(INTRODUCED_NOUN)) if (definite.has(match[1]!)) return true;
  return false;
}

/**
 * The attribution line of a paragraph that ends a quotation, when the next block is a list of one
 * item, or a paragraph after a dash, that is only a name and a post ("Edi Mujaj, Head of Unit at
 * the CBSS, at the launch (2024)").
 */
function signatureAfter(next: KnowledgeDocument['blocks'][number] | undefined, section: string | undefined, sentences: readonly string[]): string | undefined {
  if (!next || next.section !== section) return undefined;
  const last = sentences[sentences.length - 1]?.trim() ?? '';
  if (!/[”"]$/.test(last)) return undefined;
  // …or, in a block quote, a paragraph of its own after the quotation: "> — **Nick Kinsella**, head of the UKHTC".
  const line = next.type === 'list' ? (next.items.length === 1 ? next.items[0]! : undefined) : SIGNED.exec(next.text)?.[1];
  return line !== undefined && attributionLineSpeaker(line) !== undefined ? line : undefined;
}

/** A paragraph that is only a dash and a name with a post: "— Dermot Ahern, Minister for Justice, January 2011". */
const SIGNED = /^\s*(?:—|–|--?)\s*(\p{Lu}[^\n]{0,160})$/u;

/** A year in a heading ("Co-chairs in 2024"), when the heading is not a full date of one event. */
const HEADING_YEAR = /\b(?:19|20)\d\d\b/;
const FULL_DATE = /\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (?:19|20)\d\d\b/i;

/**
 * Cuts documents into passages: each sentence of a paragraph, and each list whole (with the
 * sentence that introduces it). Structure is decided here, once, not per question:
 * - a sentence keeps as context the opening of its paragraph, and a paragraph that follows a
 *   lead-in ending in ":" keeps that lead-in;
 * - a quotation, and each sentence of it, carries its speaker (see speakers.ts);
 * - a passage carries the page its section cites and the date its facts were true.
 */
export function buildPassages(documents: readonly KnowledgeDocument[]): Passage[] {
  const passages: Passage[] = [];
  let paragraph = 0;
  for (const document of documents) {
    let leadIn = '';
    let lastSentence = '';
    let lastSection: string | undefined;
    let previousInSection: Passage | undefined;
    let lastNamingAPerson = '';
    // What introduced the table being read ("The first four meetings were:"): every row keeps it, not only the first.
    let tableLeadIn = '';
    for (let b = 0; b < document.blocks.length; b++) {
      const block = document.blocks[b]!;
      if (block.section !== lastSection) { leadIn = ''; lastSentence = ''; previousInSection = undefined; lastSection = block.section; lastNamingAPerson = ''; }
      const previousBlock = document.blocks[b - 1];
      const rowAfterRow = isTableRow(block) && isTableRow(previousBlock) && previousBlock.section === block.section;
      if (isTableRow(block)) leadIn = tableLeadIn = rowAfterRow ? tableLeadIn : leadIn;
      paragraph++;
      const asOf = document.asOf ?? yearOfHeading(block.section);
      const add = (fields: Omit<Passage, 'id' | 'document' | 'section' | 'paragraph' | 'features'>, inReadingOrder = true) => {
        const passage: Passage = {
          id: passages.length, document, ...(block.section ? { section: block.section } : {}), paragraph,
          features: answerFeatures([fields.text, ...(fields.items ?? [])].join(' ')), ...fields,
          ...(block.url ? { url: block.url } : {}), ...(asOf ? { asOf } : {}),
        };
        if (inReadingOrder) {
          if (previousInSection) { previousInSection.next = passage.id; passage.previous = previousInSection.id; }
          previousInSection = passage;
        }
        passages.push(passage);
        return passage;
      };
      if (block.type === 'list') {
        addList(add, lastSentence || block.section || '', block.items, block.depths, block.ordered);
        leadIn = '';
        lastSentence = '';
        continue;
      }
      const sentences = withAnswersOnQuestions(splitSentences(block.text));
      // "“… by one state.”" over "- Edi Mujaj, Head of Unit at the CBSS": a quotation signed on a dash line the
      // layout reads as a list of one item. That line is the quotation's attribution, read with it.
      const signature = signatureAfter(document.blocks[b + 1], block.section, sentences);
      if (signature !== undefined) {
        sentences.push(signature);
        b++;
      }
      let before = '';
      let beforeNamesAPerson = false;
      for (const { text, speaker, quoted } of attributeSpeech(sentences, leadIn)) {
        const opening = sentences[0] !== undefined && text !== balanceQuotes(sentences[0]) ? balanceQuotes(sentences[0]) : '';
        // "The Senate confirmed her unanimously …": whom "her" means is in the sentence before, which may not open the paragraph.
        // …and so is the time "By then" or "that year" points back to. ("It" and "They" are not: they name the paragraph's subject, which its opening gives.)
        // "She added …" after a quotation of Ghada Waly's: whom "she" means may be further back still, in the paragraph before.
        const pronoun = PERSONAL_PRONOUN.test(text);
        const nearest = pronoun && (before === '' || (ANAPHORA.test(before) && !beforeNamesAPerson)) ? lastNamingAPerson : before;
        const antecedent = nearest && nearest !== opening && nearest !== text && (pronoun || BACK_REFERENCE.test(text) || takesUpANoun(text, nearest)) ? nearest : '';
        const context = [leadIn, opening, antecedent, speaker && !leadIn.includes(speaker) && !opening.includes(speaker) && !antecedent.includes(speaker) ? speaker : '']
          .filter(Boolean).join(' ');
        const sentence = add({ kind: 'sentence', text, context, ...(speaker ? { speaker } : {}), ...(quoted ? { quoted } : {}) });
        // (A title and name, or two capitalised words inside it, name someone a later "she" or "his" may stand for.)
        before = text;
        beforeNamesAPerson = sentence.features.name;
        if (speaker) lastNamingAPerson = speaker;
        else if (beforeNamesAPerson) lastNamingAPerson = text;
        // "The four lessons are, in order: …; …; and …." is also a list, so its items have places ("lesson #3").
        const inline = speaker ? undefined : inlineListOf(text);
        // (Beside the sentence, not after it, so the passages around keep their neighbours; its items are in the sentence already.)
        if (inline) add({ kind: 'list', text: `${inline.leadIn}:`, items: inline.items, ordered: false, context: inline.leadIn }, false);
      }
      lastSentence = sentences.length ? balanceQuotes(sentences[sentences.length - 1]!) : '';
      // "It includes:" leads in a list of what the sentence before named ("… released a toolkit for procurement officers."): both lead it in.
      // (Not "He singled out the following:": whom "he" means is context of another kind, and no word of the items.)
      // …and so does "In the order the government listed them:", whose "them" are what the sentence before named.
      if (sentences.length > 1 && LEAD_IN.test(lastSentence) && (THING_PRONOUN_FIRST.test(lastSentence) || THINGS_POINTED_BACK.test(lastSentence))) lastSentence = `${balanceQuotes(sentences[sentences.length - 2]!)} ${lastSentence}`;
      leadIn = LEAD_IN.test(lastSentence) ? lastSentence : '';
      // A table's last row is a record, not a sentence that leads into the list or paragraph after the table.
      if (isTableRow(block)) lastSentence = leadIn = '';
    }
  }
  return withFullSpeakers(passages);
}

/** Whether a block is one row of a table (see {@link ParagraphBlock.tableRow}). */
function isTableRow(block: Block | undefined): block is ParagraphBlock {
  return block?.type === 'paragraph' && block.tableRow === true;
}

/** Adds a passage as {@link buildPassages} does: in reading order unless told otherwise. */
type AddPassage = (fields: Omit<Passage, 'id' | 'document' | 'section' | 'paragraph' | 'features'>, inReadingOrder?: boolean) => Passage;

/**
 * Adds a list whole, with its lead-in, and each of its items as a passage of its own (beside the
 * reading order).
 * - Each item has the lead-in as its context: "2024: IOM and OSRSG-VAC" keeps its year.
 * - A sub-item ("attended by over 400 participants") also keeps the items it sits under ("ICAT also held an online event…").
 * - A record's fields ("Adopted: 5 April 2011") are facts of what its first field names ("Full title: Directive 2011/36/EU").
 */
function addList(add: AddPassage, intro: string, items: readonly string[], depths: readonly number[] | undefined, ordered: boolean | undefined): void {
  const list = add({ kind: 'list', text: intro, items: [...items], ordered, context: intro });
  if (items.length <= 1) return;
  const ids: number[] = [];
  const subject = recordSubject(items);
  items.forEach((item, i) => {
    const parent = parentItem(depths, i);
    const ancestors = ancestorItems(items, depths, i);
    ids.push(add({
      kind: 'sentence', text: item, context: [intro, ...ancestors, i > 0 ? subject : undefined].filter(Boolean).join(' '), itemOf: list.id, item: i,
      ...(parent === undefined ? {} : { parentItem: ids[parent]! }),
    }, false).id);
  });
}

/**
 * Joins each "Q: …" sentence with the "A: …" sentence after it, so the pair is one passage: the
 * question's words find it and the answer's number or name answers ("Q: How many participating
 * States does the Office serve? A: 57.").
 */
function withAnswersOnQuestions(sentences: string[]): string[] {
  const joined: string[] = [];
  for (const sentence of sentences) {
    const last = joined[joined.length - 1];
    if (last !== undefined && QUESTION_LINE.test(last) && !ANSWER_LINE.test(last) && ANSWER_LINE.test(sentence)) joined[joined.length - 1] = `${last} ${sentence}`;
    else joined.push(sentence);
  }
  return joined;
}

/** The most items a sub-item's context takes from above it, nearest first. */
const MAX_ANCESTORS = 3;

/** The position of the item a sub-item sits under: the nearest item before it that sits higher. */
function parentItem(depths: readonly number[] | undefined, at: number): number | undefined {
  const depth = depths?.[at] ?? 0;
  if (depth === 0) return undefined;
  for (let i = at - 1; i >= 0; i--) if (depths![i]! < depth) return i;
  return undefined;
}

/** The texts of the items a sub-item sits under, outermost first (at most {@link MAX_ANCESTORS}). */
function ancestorItems(items: readonly string[], depths: readonly number[] | undefined, at: number): string[] {
  const texts: string[] = [];
  for (let parent = parentItem(depths, at); parent !== undefined && texts.length < MAX_ANCESTORS; parent = parentItem(depths, parent)) {
    texts.unshift(items[parent]!);
  }
  return texts;
}

/**
 * "V. Richey added" names the "Valiant Richey, OSCE Special Representative …" introduced earlier in
 * the same document: a speaker given by surname takes the fullest description of that surname.
 */
function withFullSpeakers(passages: Passage[]): Passage[] {
  const fullest = new Map<string, string>();
  const keysOf = (passage: Passage) => surnamesOf(passage.speaker!).map((surname) => `${passage.document.file}\u0000${surname}`);
  for (const passage of passages) {
    if (!passage.speaker) continue;
    for (const key of keysOf(passage)) {
      const known = fullest.get(key);
      if (!known || passage.speaker.length > known.length) fullest.set(key, passage.speaker);
    }
  }
  for (const passage of passages) {
    if (!passage.speaker) continue;
    for (const key of keysOf(passage)) {
      const full = fullest.get(key);
      if (full && full.length > passage.speaker.length) passage.speaker = full;
    }
  }
  return passages;
}

/**
 * Where a speaker's surname may be: last in the name before a description ("Valiant Richey, OSCE …")
 * or after one ("…, Åsa Regner"). A part with lower-case words in it ("Chair of the Fishers Guild")
 * is a description, whose last word ("Guild") is no one's surname.
 */
function surnamesOf(speaker: string): string[] {
  const parts = speaker.split(',').map((part) => part.trim());
  const last = (part: string | undefined) => (part !== undefined && namesSomeone(part) ? /([A-ZÀ-Ý][\p{L}'’-]+)$/u.exec(part)?.[1] : undefined);
  // ("Conny Rijken, National Rapporteur": a post written in capitals ends on a title, no one's surname.)
  return [...new Set([last(parts[0]), last(parts[parts.length - 1])].filter((name): name is string => Boolean(name) && !TITLE_WORDS.has(name!.toLowerCase())))];
}

/** A part of a speaker's description made only of capitalised words (and initials): a name, perhaps with a title before it. */
function namesSomeone(part: string): boolean {
  return part.split(/\s+/).every((word) => /^[\p{Lu}][\p{L}'’.-]*$/u.test(word));
}

/**
 * Reads who says each sentence of a paragraph: a quotation opened by a lead-in ("…remarked:"),
 * by the sentence itself ("X emphasised: “…”"), or attributed at its end ("…,” V. Richey added.")
 * belongs to that speaker, sentence after sentence until the quotation closes; reported speech
 * that opens with a pronoun ("She invited …") belongs to the paragraph's first speaker.
 */
function attributeSpeech(sentences: readonly string[], leadIn: string): { text: string; speaker?: string; quoted: boolean }[] {
  const last = sentences[sentences.length - 1] ?? '';
  const firstOpensQuote = /^["“]/.test(sentences[0] ?? '');
  // "“…nations.” Grace Forrest, Founding Director, Walk Free": a block quotation's attribution line, after its closing mark.
  const attributed = sentences.length >= 2 && /[”"]$/.test(sentences[sentences.length - 2]!.trim()) ? attributionLineSpeaker(last) : undefined;
  // (The attribution line names the speaker outright; a lead-in may name them only as "she".)
  let current = attributed ?? (firstOpensQuote && leadIn ? speakerOf(leadIn) : undefined) ?? trailingSpeakerOf(last);
  let firstSpeaker: string | undefined;
  let open = false;
  return sentences.map((raw, i) => {
    const startsQuoted = open || /^["“]/.test(raw);
    const own = speakerOf(raw);
    let speaker = startsQuoted ? current ?? own : own;
    if (!speaker && ANAPHORA.test(raw) && REPORTED_SPEECH.test(raw)) speaker = firstSpeaker;
    // "The same speaker said …" is the last one named.
    if (!speaker && SAME_SPEAKER.test(raw)) speaker = current ?? firstSpeaker;
    if (own && !startsQuoted) current = own;
    if (i === 0 || !firstSpeaker) firstSpeaker = speaker;
    open = quoteOpenAfter(raw, open);
    const quoted = startsQuoted || /[“"]/.test(raw);
    return { text: balanceQuotes(raw), ...(speaker ? { speaker } : {}), quoted };
  });
}

/** A sentence whose subject is the speaker named before it. */
const SAME_SPEAKER = /^(?:the same (?:speaker|official|representative|delegate)|the speaker)\b/i;

/** Whether a quotation is still open after a sentence, given whether it was open before it. */
function quoteOpenAfter(sentence: string, openBefore: boolean): boolean {
  let open = openBefore;
  for (const char of sentence) {
    if (char === '“') open = true;
    else if (char === '”') open = false;
    else if (char === '"') open = !open;
  }
  return open;
}

/** The year a section heading dates its facts to ("Co-chairs in 2024" → "2024"), or undefined. */
function yearOfHeading(section: string | undefined): string | undefined {
  if (!section || FULL_DATE.test(section)) return undefined;
  return HEADING_YEAR.exec(section)?.[0];
}

