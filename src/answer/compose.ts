import type { KnowledgeIndex } from '../search/knowledge-index.js';
import { BACK_REFERENCE, LEAD_IN } from '../search/features.js';
import type { Passage } from '../search/passage.js';
import { MAX_ANSWER_LENGTH, type Source } from '../reply.js';
import { STOP_WORDS } from '../text/stopwords.js';
import type { Concept } from './query.js';
import { writesPositionName } from './asked-checks.js';
import { countedList, countedTermsOf, countInWords } from './list-counts.js';
import { linesCutToFit } from './list-fit.js';
import { neighbourItem } from './list-neighbours.js';
import type { QuestionShape } from './question.js';
import { yearsCountedIn } from './year-labels.js';

/** A composed answer: its text, and the passages it quotes (for sources). */
export interface ComposedAnswer {
  text: string;
  passages: Passage[];
}

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/**
 * Turns the chosen passage into a short answer: the list itself (or the one item asked for), or
 * the sentence, with the sentence before it when it opens with "He", "It"… and the quotation after
 * it when it ends in ":". Never longer than {@link MAX_ANSWER_LENGTH}: a list too long is given with its
 * long items cut, each marked "…", and only when even that does not fit, with "…and N more".
 */
export function composeAnswer(
  index: KnowledgeIndex, passage: Passage, shape: QuestionShape, concepts: readonly Concept[], runnerUp?: Passage,
): ComposedAnswer {
  const at = (id: number | undefined) => (id === undefined ? undefined : index.passages[id]);
  // "How many orgs were at the Tokyo meeting?" answered by a list that gives no number: the count, then the list.
  const countedTerms = shape.expects === 'number' ? countedTermsOf(concepts, shape) : undefined;
  const counted = countedTerms ? countedList(index, passage, countedTerms) : undefined;
  if (counted) return withCount(counted.count, composeList(index, counted.list, { ...shape, expects: 'list' }, concepts));
  if (passage.kind === 'list') return composeList(index, passage, shape, concepts);
  const list = at(passage.itemOf);
  if (list && passage.item !== undefined) {
    // One item of a list: the whole list when a list is asked for, or when another item answers as well
    // ("what does the toolkit cover?" under "What the toolkit covers"); else the item under its lead-in.
    // (An item that names its own position, "2015 Second Harbour Festival", is the one asked for: not the list's second item.)
    const namesItsPosition = shape.ordinal !== undefined && shape.ordinal > 0 && writesPositionName(passage.text, shape.ordinal);
    if (shape.expects === 'list' || (shape.ordinal !== undefined && !namesItsPosition) || shape.relative) return composeList(index, list, shape, concepts);
    // …but a question about now wants the latest item, which was chosen, not the whole series.
    if (runnerUp?.itemOf === list.id && !shape.now) return composeList(index, list, { ...shape, expects: 'list' }, concepts);
    const parent = at(passage.parentItem);
    const leadIn = (parent ? parent.text : list.text).replace(/[:;,]\s*$/, '');
    const text = `${introduce(leadIn, ':')}${list.ordered && !parent ? `${passage.item + 1}. ` : ''}${passage.text.replace(/\s*[;,]$/, '')}`;
    return { text: dated(passage, fitSentences([text])), passages: [passage] };
  }
  const next = at(passage.next);
  if (LEAD_IN.test(passage.text) && next?.kind === 'list') return composeList(index, next, { ...shape, expects: 'list' }, concepts);
  // A sentence that announces a list ("… identifies several priority areas"), asked for as a list, is answered by the list.
  const listAfter = next?.kind === 'list' ? next : at(next?.next)?.kind === 'list' && next?.paragraph === passage.paragraph ? at(next?.next) : undefined;
  if (listAfter && (shape.expects === 'list' || shape.ordinal !== undefined || (shape.relative && neighbourItem(index, listAfter.items ?? [], shape.relative)))) {
    return composeList(index, listAfter, shape, concepts);
  }

  if (shape.expects === 'quote' && passage.quoted && passage.speaker) return composeStatement(index, passage);
  // "What did Waly say about ICAT?" matched the sentence that introduces her statement: the statement is the answer.
  if (shape.expects === 'quote' && LEAD_IN.test(passage.text) && next?.quoted && next.speaker) return composeStatement(index, next);

  let used: Passage[] = [passage];
  if (runnerUp?.kind === 'sentence' && runnerUp.paragraph === passage.paragraph) {
    if (runnerUp.id === passage.next) used.push(runnerUp);
    if (runnerUp.id === passage.previous) used.unshift(runnerUp);
  }
  const fits = (candidate: Passage[]) => candidate.reduce((length, p) => length + p.text.length + 1, 0) <= MAX_ANSWER_LENGTH;
  const first = used[0]!;
  const before = at(first.previous);
  // (A list's own text is its lead-in, already followed by its items: it introduces nothing after them.)
  if (before && before.kind === 'sentence' && LEAD_IN.test(before.text) && before.paragraph !== first.paragraph && fits([before, ...used])) {
    used = [before, ...used];
  } else if (first.features.anaphoric && before?.paragraph === first.paragraph) {
    const opening = openingOf(index, first);
    // "By then …", "that year …" point to the sentence just before, which the paragraph's opening may precede.
    const pointsBack = BACK_REFERENCE.test(first.text) && opening !== before;
    const antecedents = pointsBack ? (fits([opening, before, ...used]) ? [opening, before] : [before])
      : [opening !== first && fits([opening, ...used]) ? opening : before];
    if (fits([...antecedents, ...used])) used = [...antecedents, ...used];
  } else if (POINTS_BACK.test(first.text) && before?.paragraph === first.paragraph && before.kind === 'sentence' && fits([before, ...used])) {
    // "… for addressing those factors": the sentence before says which factors.
    used = [before, ...used];
  }
  const last = used[used.length - 1]!;
  const after = at(last.next);
  // The answer ends by announcing a list ("… are named in the sources:"): the list is the answer.
  if (LEAD_IN.test(last.text) && after?.kind === 'list') return composeList(index, after, { ...shape, expects: 'list' }, concepts);
  if (LEAD_IN.test(last.text) && after?.kind === 'sentence' && fits([...used, after])) used.push(after);
  // "The resulting exploitation takes many forms." says there is more; the next sentence says what.
  else if (ANNOUNCES_MORE.test(last.text) && after?.kind === 'sentence' && after.paragraph === last.paragraph && fits([...used, after])) used.push(after);
  const text = fitSentences(used.map((p) => p.text));
  // "At the launch he said: “…”": the speaker is the quotation's, not its lead-in's.
  return { text: dated(used[0]!, attributed(used.find((p) => p.speaker) ?? used[0]!, text, shape)), passages: used };
}

/**
 * "What did X say?": the whole statement the passage belongs to, with its speaker, in reading
 * order, as far as it fits; a statement cut short ends in "…".
 */
function composeStatement(index: KnowledgeIndex, passage: Passage): ComposedAnswer {
  const sameStatement = (other: Passage | undefined): other is Passage => other?.quoted === true && other.speaker === passage.speaker;
  // "Valiant Richey, … remarked: “…”" names its speaker already.
  const surname = passage.speaker!.split(' ').pop() ?? '';
  const prefix = passage.text.includes(surname) ? '' : `${passage.speaker}: `;
  const length = (parts: readonly Passage[]) => prefix.length + parts.reduce((sum, p) => sum + p.text.length + 1, 0) + 4;
  const used: Passage[] = [passage];
  let earlier = index.passages[passage.previous ?? -1];
  let later = index.passages[passage.next ?? -1];
  // Grow around the sentence that matched, so the part asked about is never the part cut.
  while (sameStatement(later) || sameStatement(earlier)) {
    if (sameStatement(later) && length([...used, later]) <= MAX_ANSWER_LENGTH) {
      used.push(later);
      later = index.passages[later.next ?? -1];
    } else if (sameStatement(earlier) && length([earlier, ...used]) <= MAX_ANSWER_LENGTH) {
      used.unshift(earlier);
      earlier = index.passages[earlier.previous ?? -1];
    } else break;
  }
  const body = used.map((p) => p.text).join(' ');
  if (prefix.length + body.length > MAX_ANSWER_LENGTH) return { text: fitSentences([`${prefix}${passage.text}`]), passages: [passage] };
  const text = `${prefix}${sameStatement(earlier) ? '… ' : ''}${body}${sameStatement(later) ? ' …' : ''}`;
  return { text: dated(passage, text), passages: used };
}

/**
 * Shows whose words a quotation is: "Ghada Waly (…): “…”" when the answer is a quotation or the
 * question asks who, and the answer does not name the speaker already.
 */
function attributed(passage: Passage, text: string, shape: QuestionShape): string {
  const speaker = passage.speaker;
  if (!speaker || !(passage.quoted || shape.expects === 'person' || shape.expects === 'quote')) return text;
  // The last capitalised word names the speaker ("Ghada Waly" → "Waly", "a UNODC speaker" → "UNODC").
  const surname = speaker.replace(/[,.;:\s]+$/, '').split(' ').filter((word) => /^\p{Lu}/u.test(word)).pop() ?? speaker;
  if (text.includes(surname)) return text;
  const withSpeaker = `${speaker}: ${text}`;
  return withSpeaker.length <= MAX_ANSWER_LENGTH ? withSpeaker : text;
}

/** Says when a dated fact was true ("As of 2025, …", "In 2021, …") unless the answer is dated already. */
function dated(passage: Passage, text: string): string {
  const asOf = passage.asOf;
  if (!asOf || /\b(?:19|20)\d\d\b/.test(text)) return text;
  const label = passage.document.asOf === asOf ? `As of ${asOf}` : `In ${asOf}`;
  const firstWord = /^[A-Za-z]+/.exec(text)?.[0] ?? '';
  // "The meeting…" becomes "In 2022, the meeting…"; "Mr Chatzis…" keeps its capital.
  const opening = STOP_WORDS.has(firstWord.toLowerCase()) && !/^(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)$/.test(firstWord) ? text[0]!.toLowerCase() + text.slice(1) : text;
  const withDate = `${label}, ${opening}`;
  return withDate.length <= MAX_ANSWER_LENGTH ? withDate : text;
}

/** The first sentence of a passage's paragraph, found by walking back through its neighbours. */
function openingOf(index: KnowledgeIndex, passage: Passage): Passage {
  let opening = passage;
  for (let before = index.passages[opening.previous ?? -1]; before?.paragraph === passage.paragraph; before = index.passages[before.previous ?? -1]) {
    opening = before;
  }
  return opening;
}

/**
 * A short sentence that only announces what the next one gives: "It takes many forms.", "The
 * reasons are several.", "There were three outcomes." At most eight words, so a full statement
 * that happens to say "several" is not taken for one.
 */
const ANNOUNCES_MORE = /^(?:\S+ ){1,6}(?:many|several|various|different|numerous|multiple|two|three|four|five|six) \S+\.$|^(?:\S+ ){1,6}(?:are|were) (?:many|several|various|numerous|multiple|twofold|threefold)\.$/i;

/** Words inside a sentence that point back to what the sentence before named ("those factors", "these measures"). */
const POINTS_BACK = /\b(?:those|these|such) (?!days\b|years\b|who\b|which\b|that\b|of\b)[a-z]+/i;

/** An item without its own final full stop, so a sentence that ends with it has one. */
function withoutFullStop(item: string): string {
  return item.replace(/[.;,]+$/, '');
}

/** A list answer with its count in front ("Seven in all. The Tokyo meeting … had …"), its last lines dropped if the two overrun the limit. */
function withCount(count: number, listed: ComposedAnswer): ComposedAnswer {
  const prefix = `${countInWords(count).replace(/^./, (first) => first.toUpperCase())} in all. `;
  let text = listed.text;
  while (prefix.length + text.length > MAX_ANSWER_LENGTH && text.includes('\n')) text = text.slice(0, text.lastIndexOf('\n'));
  return { text: `${prefix}${text}`.slice(0, MAX_ANSWER_LENGTH), passages: listed.passages };
}

/** A lead-in before what it introduces: "Chairs by year: …", or a heading that asks ("What does it do? …") as it is. */
function introduce(leadIn: string, mark: ':' | '.'): string {
  if (!leadIn) return '';
  if (/[?!.]$/.test(leadIn)) return `${leadIn} `;
  // "Its main areas are" cannot end a sentence: the cut is marked ("Its main areas are … The third is: …").
  return mark === '.' && OPEN_ENDING.test(leadIn) ? `${leadIn} … ` : `${leadIn}${mark} `;
}

/** The last words of a lead-in that wait for what it introduces: "are", "include", "the following", "such as". */
const OPEN_ENDING = /\b(?:are|were|is|was|include|includes|included|comprise|comprises|covers?|following|follows|namely|such as|as|to|of|by|with)$/i;

function composeList(index: KnowledgeIndex, passage: Passage, shape: QuestionShape, concepts: readonly Concept[]): ComposedAnswer {
  const items = passage.items ?? [];
  const leadIn = passage.text.replace(/:\s*$/, '');
  const neighbour = shape.relative ? neighbourItem(index, items, shape.relative) : undefined;
  if (neighbour !== undefined) {
    const { anchor, at } = neighbour;
    const where = at < anchor ? 'before' : 'after';
    const text = `${introduce(leadIn, '.')}Right ${where} “${items[anchor]}” comes: ${passage.ordered ? `${at + 1}. ` : ''}${withoutFullStop(items[at]!)}.`;
    return { text: fitSentences([text]), passages: [passage] };
  }
  if (shape.ordinal !== undefined && items.length > 0) {
    // "The first issue paper of 2012": counted among the items of that year, when items carry years.
    const years = yearsCountedIn(shape, concepts);
    const ofYear = years ? items.filter((item) => years.some((year) => item.includes(year))) : [];
    const counted = ofYear.length > 0 ? ofYear : items;
    // (Counted back from the end, "second-to-last" is -2.)
    const position = shape.ordinal < 0 ? Math.max(1, counted.length + shape.ordinal + 1) : Math.min(shape.ordinal, counted.length);
    const word = shape.ordinal === -1 ? 'last' : shape.ordinal < 0 ? `${ORDINAL_WORDS[-shape.ordinal - 1] ?? `number ${-shape.ordinal}`} from last` : ORDINAL_WORDS[position - 1] ?? `number ${position}`;
    const text = `${introduce(leadIn, '.')}The ${word}${ofYear.length > 0 ? ` of ${years!.join(', ')}` : ''} is: ${withoutFullStop(counted[position - 1]!)}.`;
    return { text: fitSentences([text]), passages: [passage] };
  }
  // "greta vice presidents names": a list too long to give whole, of which one item alone holds what is asked, is answered by that item.
  const fitsWhole = leadIn.length + items.reduce((sum, item) => sum + item.length + 3, 0) <= MAX_ANSWER_LENGTH;
  if (shape.expects !== 'list' || !fitsWhole) {
    const single = itemMatching(index, passage, leadIn, concepts);
    if (single !== undefined) {
      return { text: fitSentences([`${leadIn ? `${leadIn}: ` : ''}${passage.ordered ? `${single + 1}. ` : ''}${items[single]}`]), passages: [passage] };
    }
  }
  const whole = items.map((item, i) => (passage.ordered ? `${i + 1}. ${item}` : `• ${item}`));
  // Every item, the long ones cut with "…", tells more than the first few whole.
  const lines = linesCutToFit(whole, MAX_ANSWER_LENGTH - (leadIn ? leadIn.length + 2 : 0)) ?? whole;
  let text = leadIn ? `${leadIn}:` : '';
  for (let i = 0; i < lines.length; i++) {
    const more = lines.length - i - 1;
    const tail = more > 0 ? `\n…and ${more} more` : '';
    if ((text ? text.length + 1 : 0) + lines[i]!.length + tail.length > MAX_ANSWER_LENGTH) {
      text += `\n…and ${lines.length - i} more`;
      break;
    }
    text = text ? `${text}\n${lines[i]}` : lines[i]!;
  }
  return { text, passages: [passage] };
}


/** The one item a question points at: it alone holds the most of what the lead-in does not. */
function itemMatching(index: KnowledgeIndex, list: Passage, leadIn: string, concepts: readonly Concept[]): number | undefined {
  let analysed = analysedLists.get(list);
  if (!analysed) analysedLists.set(list, analysed = { lead: ` ${index.analyseForMatching(leadIn)} `, items: (list.items ?? []).map((item) => ` ${index.analyseForMatching(item)} `) });
  const { lead: leadTerms, items: itemTerms } = analysed;
  const specific = concepts.filter((c) => !c.alternatives.some((a) => leadTerms.includes(` ${a.term} `)));
  // Weighed by how much each concept matters: "vice" outweighs the council's name that every item repeats.
  const scores = itemTerms.map((terms) => specific.filter((c) => c.alternatives.some((a) => terms.includes(` ${a.term} `))).reduce((sum, c) => sum + c.importance, 0));
  const best = Math.max(0, ...scores);
  if (best === 0 || scores.filter((s) => s === best).length > 1) return undefined;
  return scores.indexOf(best);
}

/** Each list's lead-in and items as analysed words, worked out once: list questions read them every time. */
const analysedLists = new WeakMap<Passage, { lead: string; items: readonly string[] }>();

/** Joins sentences into at most {@link MAX_ANSWER_LENGTH} characters, dropping whole sentences from the end. */
function fitSentences(sentences: readonly string[]): string {
  let text = '';
  for (const sentence of sentences) {
    const joined = text ? `${text} ${sentence}` : sentence;
    if (joined.length > MAX_ANSWER_LENGTH) break;
    text = joined;
  }
  if (text) return text;
  const first = sentences[0] ?? '';
  const cut = first.slice(0, MAX_ANSWER_LENGTH - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_ANSWER_LENGTH / 2))}…`;
}

/** The sources of an answer: one per document and section used, in order. */
export function sourcesOf(passages: readonly Passage[]): Source[] {
  const sources: Source[] = [];
  for (const passage of passages) {
    const { document, section } = passage;
    if (sources.some((s) => s.file === document.file && s.section === section)) continue;
    sources.push({
      title: document.title, file: document.file,
      ...(section ? { section } : {}), ...(passage.url ?? document.url ? { url: passage.url ?? document.url } : {}),
    });
  }
  return sources;
}
