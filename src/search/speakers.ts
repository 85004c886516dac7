/**
 * Who said what: the speaker of a quotation or of reported speech, read from the sentence that
 * introduces it ("UNODC Executive Director Ghada Waly highlighted …:") or from an attribution
 * after it ("…,” V. Richey added."). Computed once at indexing, so an answer that quotes can
 * always say whose words they are.
 */

/** Verbs that report speech. */
const REPORTING_VERBS = new Set(
  `said says stated states remarked remarks added adds informed emphasised emphasized emphasises emphasizes highlighted highlights
  noted notes stressed stresses explained explains warned warns urged urges invited argued told declared announced
  underlined underscored observed pointed affirmed recalled insisted concluded wrote writes commented asserted
  acknowledged welcomed called delivered spoke speaks represented reiterated`.split(/\s+/),
);

/** Lowercase words that may sit inside a speaker's description ("Director General of the CBSS"). */
const DESCRIPTION_WORDS = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'at', 'to', 'de', 'against', 'a', 'an', '&', '–', '-', 'co-chair', 'chair', 'head',
  'speaker', 'representative', 'official', 'spokesperson', 'spokesman', 'spokeswoman', 'delegate', 'envoy']);

/*
 * Trailing punctuation is removed with patterns of the form `/(?<![…])[…]+$/`: the look-behind lets
 * a match start only where a run of those marks starts, so a long run that does not end the text
 * is read once. Without it, `/[,;:]+$/` retried from every mark of the run: time quadratic in it,
 * on knowledge text (a 10 000-character line of commas and a word took 70 ms per sentence).
 */

/** A phrase that sets the scene before a sentence's subject: "At a briefing on 3 October 2023, ". Bounded, so it is read in linear time. */
const OPENING_PHRASE = /^(?:At|In|On|During|Speaking at|Addressing|Opening|Closing|After|Before)\b[^,]{1,80}, /;

/** The longest speaker description kept, in characters. */
const MAX_SPEAKER_LENGTH = 160;

/**
 * The speaker a sentence introduces or contains: the words before its first verb, when they name
 * someone (hold a capitalised word) and the sentence reports speech (a reporting verb, a
 * quotation, or a closing colon). Undefined otherwise.
 *
 * @example speakerOf('UNODC Executive Director Ghada Waly highlighted the importance of networks:')
 * // 'UNODC Executive Director Ghada Waly'
 */
export function speakerOf(sentence: string): string | undefined {
  // "At a briefing on 3 October 2023, a UNODC speaker said …": the speaker follows the opening phrase.
  const opening = OPENING_PHRASE.exec(sentence);
  const words = (opening ? sentence.slice(opening[0].length) : sentence).split(' ');
  const reports = /[“"]/.test(sentence) || /:[”"]?$/.test(sentence.trim());
  for (let i = 1; i < words.length && i < 40; i++) {
    const word = words[i]!.replace(/(?<![,;:“"”])[,;:“"”]+$/, '');
    const bare = word.toLowerCase();
    if (!/^[a-z]/.test(word) || DESCRIPTION_WORDS.has(bare)) continue;
    const isVerb = REPORTING_VERBS.has(bare) || /^[a-z]{3,}(ed|ised|ized)$/.test(bare);
    if (!isVerb || !(reports || REPORTING_VERBS.has(bare))) return undefined;
    const subject = words.slice(0, i).join(' ').replace(/^(the|a|an)\s+/i, '').replace(/(?<![,;:\s])[,;:\s]+$/, '');
    // "Usually shortened to …": an adverb opening the sentence is no one.
    if (!/[A-ZÀ-Ý]/.test(subject) || subject.length > MAX_SPEAKER_LENGTH || /^(he|she|they|it|this|we|i)$/i.test(subject) || /^[A-Z][a-z]+ly$/.test(subject)) return undefined;
    return subject.replace(/^([a-z])/, (c) => c.toUpperCase());
  }
  return undefined;
}

/** Only the name and the post: the place and date after them ("Vienna, March 5th, 2009") are no part of who. */
function nameAndPost(attribution: string): string {
  return attribution.split(',').map((part) => part.trim()).filter((part, i) => i === 0 || !/\d/.test(part)).slice(0, 2).join(', ');
}

/**
 * The one a line of attribution names, under a quotation that it follows without a dash, as in a
 * block quotation: "Grace Forrest, Founding Director, Walk Free (13 Nov 2024, …)" gives "Grace
 * Forrest, Founding Director", and so does "(Conny Rijken, National Rapporteur)". A name of two to
 * four capitalised words, a comma, a post; no quotation.
 */
export function attributionLineSpeaker(line: string): string | undefined {
  if (line.length > MAX_ATTRIBUTION_LENGTH || /[“”"]/.test(line)) return undefined;
  // "(Conny Rijken, National Rapporteur)": an attribution in brackets is one too.
  const attributed = ATTRIBUTION_LINE.exec(line.trim().replace(/^\((.*)\)\.?$/, '$1'));
  return attributed ? nameAndPost(attributed[0]!.replace(/\s*\([^)]*\)?\.?$/, '')) : undefined;
}

/** A person's name (two to four capitalised words) and a comma, then a post that holds a capitalised word. */
const ATTRIBUTION_LINE = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}, [^,]*\p{Lu}.*$/u;
/** The longest line read as an attribution. */
const MAX_ATTRIBUTION_LENGTH = 160;

/**
 * The speaker named after a closing quotation mark at the end of a paragraph: "…,” V. Richey
 * added.", "…,” said the Director." or "…” — Antonio Maria Costa, UNODC Executive Director".
 */
export function trailingSpeakerOf(lastSentence: string): string | undefined {
  // Straight quotes close a quotation as curly ones do: "…," said Joseph Griebel.
  const close = Math.max(lastSentence.lastIndexOf('”'), lastSentence.lastIndexOf('"'));
  if (close < 0) return undefined;
  const tail = lastSentence.slice(close + 1).replace(/^[\s,]+/, '').replace(/(?<![.\s])[.\s]+$/, '');
  if (!tail || tail.length > 120) return undefined;
  // "…fight it.” — Antonio Maria Costa, UNODC Executive Director": a dash gives the one who said it.
  const dashed = /^(?:—|–|--?)\s*(\p{Lu}.*)$/u.exec(tail);
  if (dashed) return nameAndPost(dashed[1]!);
  const words = tail.split(' ');
  const last = words[words.length - 1]!.toLowerCase();
  const first = words[0]!.toLowerCase();
  const name = REPORTING_VERBS.has(last) ? words.slice(0, -1).join(' ') : REPORTING_VERBS.has(first) ? words.slice(1).join(' ') : '';
  return /[A-ZÀ-Ý]/.test(name) ? name.replace(/^(the|a|an)\s+/i, '') : undefined;
}
