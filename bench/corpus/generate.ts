import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { seededRandom, zipfSampler, type Random } from './random.js';
import { DOMAIN_WORDS, FAMILY_NAMES, FUNCTION_WORDS, GIVEN_NAMES, MONTHS, ORGANISATIONS, PLACES, SYLLABLES } from './words.js';

/** Options for {@link generateCorpus}. */
export interface CorpusOptions {
  /** About how many passages (sentences and lists) the corpus holds. Required. */
  passages: number;
  /** The seed: the same seed and size always give the same files. Default 20240611. */
  seed?: number;
  /** About how many passages each document holds. Default 100 (a report chapter). */
  passagesPerDocument?: number;
  /** How many questions to draw from the corpus. Default 400. */
  questions?: number;
  /** How many made-up rare words the vocabulary's long tail holds. Default 40000. */
  tailWords?: number;
}

/** A question drawn from the corpus, with the file its words came from. */
export interface GeneratedQuestion {
  text: string;
  /** The knowledge file the question was drawn from; absent for off-topic questions. */
  file?: string;
  /** `exact`: words of one passage; `typo`: the same with a slip; `off-topic`: the corpus cannot answer. */
  kind: 'exact' | 'typo' | 'off-topic';
}

/** A generated knowledge folder: its files and questions about them. */
export interface GeneratedCorpus {
  files: { name: string; content: string }[];
  questions: GeneratedQuestion[];
  /** Passages as the generator counted them (the index may cut a few differently). */
  passages: number;
}

const DEFAULTS = { seed: 20240611, passagesPerDocument: 100, questions: 400, tailWords: 40_000 };

const OFF_TOPIC = [
  'What is the boiling point of mercury?', 'Who won the football world cup in 1998?', 'How do I bake sourdough bread?',
  'What is the capital of Australia?', 'When was the telescope invented?', 'How tall is the tallest volcano on Mars?',
];

/**
 * Generates a deterministic knowledge folder of report-like Markdown: front matter, sections,
 * paragraphs of sentences whose words follow Zipf's law over a domain vocabulary with a long
 * tail, dates, numbers, names, abbreviations defined as "Full Name (ABBR)", and lists. Used by
 * the benchmark to measure the bot at sizes the shipped knowledge does not reach.
 *
 * @example generateCorpus({ passages: 10_000 }).files.length // about 100
 */
export function generateCorpus(options: CorpusOptions): GeneratedCorpus {
  const settings = { ...DEFAULTS, ...options };
  if (!(settings.passages > 0)) throw new Error('generateCorpus: passages must be a positive number');
  const random = seededRandom(settings.seed);
  const vocabulary = [...DOMAIN_WORDS, ...tailWords(settings.tailWords, seededRandom(settings.seed + 1))];
  const writer = new ProseWriter(random, zipfSampler(vocabulary, 1.05, random), zipfSampler(FUNCTION_WORDS, 1, random));
  const files: { name: string; content: string }[] = [];
  const drawn: { sentence: Sentence; file: string }[] = [];
  let passages = 0;
  for (let doc = 0; passages < settings.passages; doc++) {
    const name = `report-${String(doc + 1).padStart(4, '0')}.md`;
    const target = Math.min(settings.passagesPerDocument, settings.passages - passages);
    const { markdown, sentences, count } = writer.document(doc, target);
    files.push({ name, content: markdown });
    for (const sentence of sentences) drawn.push({ sentence, file: name });
    passages += count;
  }
  const questions: GeneratedQuestion[] = [];
  for (let i = 0; i < settings.questions; i++) {
    const roll = random.next();
    if (roll < 0.05) { questions.push({ text: random.pick(OFF_TOPIC), kind: 'off-topic' }); continue; }
    const { sentence, file } = random.pick(drawn);
    const text = writer.question(sentence, roll < 0.2);
    questions.push({ text, file, kind: roll < 0.2 ? 'typo' : 'exact' });
  }
  return { files, questions, passages };
}

/** Writes a generated corpus into a folder (created if needed). */
export async function writeCorpus(corpus: GeneratedCorpus, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await Promise.all(corpus.files.map((file) => writeFile(join(dir, file.name), file.content)));
}

/** A generated sentence with what a question about it can use. */
interface Sentence {
  content: string[];
  hasDate: boolean;
  hasPerson: boolean;
  hasNumber: boolean;
}

class ProseWriter {
  constructor(private readonly random: Random, private readonly contentWord: () => string, private readonly functionWord: () => string) {}

  document(index: number, target: number): { markdown: string; sentences: Sentence[]; count: number } {
    const r = this.random;
    const sentences: Sentence[] = [];
    const defined = [r.pick(ORGANISATIONS), r.pick(ORGANISATIONS)];
    const title = `${capitalise(this.phrase(3))} in ${r.pick(PLACES)}: report ${index + 1}`;
    const lines: string[] = [];
    let count = 0;
    const opening = this.sentence(`The ${defined[0]![1]} (${defined[0]![0]})`);
    sentences.push(opening.sentence);
    lines.push(opening.text, '');
    count++;
    while (count < target) {
      lines.push(`## ${capitalise(this.phrase(r.int(2, 4)))}`, '');
      const paragraphs = r.int(2, 5);
      for (let p = 0; p < paragraphs && count < target; p++) {
        if (r.chance(0.1) && count + 2 <= target) {
          const intro = this.sentence(undefined, ':');
          const items = Array.from({ length: r.int(3, 6) }, () => capitalise(this.phrase(r.int(3, 7))));
          lines.push(intro.text, '', ...items.map((item, i) => `${i + 1}. ${item}`), '');
          sentences.push(intro.sentence);
          count += 2;
          continue;
        }
        const length = Math.min(r.int(1, 5), target - count);
        const paragraph: string[] = [];
        for (let s = 0; s < length; s++) {
          const lead = r.chance(0.05) ? `The ${defined[1]![0]}` : undefined;
          const made = this.sentence(lead);
          paragraph.push(made.text);
          sentences.push(made.sentence);
        }
        lines.push(paragraph.join(' '), '');
        count += length;
      }
    }
    const examples = [this.question(r.pick(sentences), false), this.question(r.pick(sentences), false)];
    const front = ['---', `title: "${title}"`, 'examples:', ...examples.map((q) => `  - "${q}"`), '---', ''];
    return { markdown: [...front, `# ${title}`, '', ...lines].join('\n'), sentences, count };
  }

  question(sentence: Sentence, typo: boolean): string {
    const r = this.random;
    const distinct = [...new Set(sentence.content)];
    const words: string[] = [];
    const wanted = Math.min(distinct.length, r.int(2, 4));
    while (words.length < wanted) {
      const word = r.pick(distinct);
      if (!words.includes(word)) words.push(word);
    }
    if (typo) {
      const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
      if (longest.length >= 5) {
        const at = r.int(1, longest.length - 3);
        words[words.indexOf(longest)] = longest.slice(0, at) + longest[at + 1] + longest[at] + longest.slice(at + 2);
      }
    }
    const body = words.join(' ');
    if (sentence.hasDate && r.chance(0.5)) return `When did ${body}?`;
    if (sentence.hasPerson && r.chance(0.5)) return `Who ${body}?`;
    if (sentence.hasNumber && r.chance(0.5)) return `How many ${body}?`;
    return r.chance(0.3) ? `Tell me about ${body}` : `What ${body}?`;
  }

  private sentence(lead?: string, end = '.'): { text: string; sentence: Sentence } {
    const r = this.random;
    const words: string[] = lead ? [lead] : [];
    const content: string[] = [];
    const sentence: Sentence = { content, hasDate: false, hasPerson: false, hasNumber: false };
    const length = r.int(10, 26);
    for (let i = 0; i < length; i++) {
      if (r.chance(0.42)) { words.push(this.functionWord()); continue; }
      const word = this.contentWord();
      words.push(word);
      content.push(word);
    }
    const insertAt = () => r.int(1, Math.max(1, words.length - 1));
    if (r.chance(0.12)) {
      words.splice(insertAt(), 0, r.chance(0.5) ? `in ${r.pick(MONTHS)} ${r.int(1995, 2024)}` : `on ${r.int(1, 28)} ${r.pick(MONTHS)} ${r.int(1995, 2024)}`);
      sentence.hasDate = true;
    }
    if (r.chance(0.1)) {
      words.splice(insertAt(), 0, r.chance(0.5) ? `more than ${r.int(2, 900)}` : `${r.int(1, 99)} per cent of`);
      sentence.hasNumber = true;
    }
    if (r.chance(0.06)) {
      const [given, family] = [r.pick(GIVEN_NAMES), r.pick(FAMILY_NAMES)];
      words.splice(insertAt(), 0, `${given} ${family}`);
      content.push(given.toLowerCase(), family.toLowerCase());
      sentence.hasPerson = true;
    }
    if (r.chance(0.15)) {
      const place = r.pick(PLACES);
      words.splice(insertAt(), 0, `in ${place}`);
      content.push(place.toLowerCase());
    }
    if (r.chance(0.06)) {
      const [short] = r.pick(ORGANISATIONS);
      words.splice(insertAt(), 0, `the ${short}`);
      content.push(short);
    }
    return { text: `${capitalise(words.join(' '))}${end}`, sentence };
  }

  private phrase(length: number): string {
    return Array.from({ length }, () => this.contentWord()).join(' ');
  }
}

/** Made-up words from syllables: the rare terms (programmes, places, jargon) of a report series. */
function tailWords(count: number, random: Random): string[] {
  const seen = new Set(DOMAIN_WORDS);
  const words: string[] = [];
  while (words.length < count) {
    const word = Array.from({ length: random.int(2, 4) }, () => random.pick(SYLLABLES)).join('');
    if (!seen.has(word)) { seen.add(word); words.push(word); }
  }
  return words;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
