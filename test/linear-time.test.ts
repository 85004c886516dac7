import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { decideMessage } from '../adapters/discord/mentions.js';
import { stripBotMention, unescapeSlackText } from '../adapters/slack/mrkdwn.js';
import { withoutChatMarkup } from '../src/answer/chat-markup.js';
import { buildConcepts } from '../src/answer/query.js';
import { analyseQuestion } from '../src/answer/question.js';
import { createAnswerer, type Answerer } from '../src/answerer.js';
import type { Bot } from '../src/bot.js';
import { answerInConversation } from '../src/conversation/answer-in-conversation.js';
import type { ConversationTurn } from '../src/conversation/turn.js';
import type { KnowledgeDocument } from '../src/knowledge/document.js';
import { loadKnowledgeFolder } from '../src/knowledge/load-folder.js';
import { parseDocument } from '../src/knowledge/parse-document.js';
import { isAboutRequest } from '../src/ops/about.js';
import { detectReport } from '../src/safeguarding/detect.js';
import { detectDefinedAbbreviations, detectImpliedAbbreviations } from '../src/search/abbreviation-detection.js';
import { answerFeatures } from '../src/search/features.js';
import { KnowledgeIndex } from '../src/search/knowledge-index.js';
import { splitSentences } from '../src/text/sentences.js';
import { KNOWLEDGE_DIR, PROJECT_ROOT, shippedBot, shippedKnowledge } from './helpers/bot.js';
import { growth, repeated, uniqueCodes } from './helpers/growth.js';

/**
 * What an attacker, or an unlucky paste, can send or save: long runs of spaces and punctuation,
 * mentions, unclosed Markdown, abbreviation look-alikes, unique codes, and the shapes that once
 * made a pattern backtrack (each given as a function of the length wanted).
 */
const HOSTILE: Record<string, (size: number) => string> = {
  'a run of spaces before a word': (n) => repeated(' ', n, 'about', 'x'),
  'a run of tabs and line breaks': (n) => repeated('\t \n', n, 'who ', 'x'),
  'a run of "!"': (n) => repeated('!', n),
  'a run of "?" inside a question': (n) => repeated('?', n, 'what is x', 'x'),
  'a run of ". "': (n) => repeated('. ', n, 'when did '),
  'commas glued to a word': (n) => repeated(',', n, 'A ', 'x said'),
  'closing quotes before a word': (n) => repeated('”', n, 'what comes before x', 'x'),
  'dots between digits': (n) => repeated('1.', n, 'how much '),
  'backslashes': (n) => repeated('\\', n, '', 'x'),
  'one long word': (n) => repeated('a', n, 'what is '),
  'unclosed Slack mentions': (n) => repeated('<@UBOT|', n, '<@UBOT> '),
  'broadcast mentions': (n) => repeated('<!channel> @everyone ', n),
  'Discord mentions': (n) => repeated('<@!123456789012345678> ', n),
  'unclosed emphasis': (n) => repeated('**a __a ', n),
  'unclosed links and images': (n) => repeated('![a [a](', n),
  'unclosed tags and code': (n) => repeated('<a `a ', n),
  'lists nested on one line': (n) => repeated('1. - > ', n),
  'a heading of spaces': (n) => repeated(' ', n, '# T', 'x'),
  '"Alpha Beta (AB)" repeated': (n) => repeated('Alpha Beta (AB) ', n),
  'unique capitalised codes': uniqueCodes,
  'capitalised names': (n) => repeated('Ghada Waly ', n, 'UNODC ', 'highlighted:'),
  'verbs of saying with no "about"': (n) => repeated('said ', n, 'what did '),
  '"how much did" with no verb': (n) => repeated('how much did ', n),
  'a report-like phrase repeated': (n) => repeated('my boss took my passport ', n),
  'one long capitalised word': (n) => repeated('A', n, 'The co-chairs were ', '.'),
  'one long number': (n) => repeated('1', n, 'how many in ', ' resolutions'),
  'one long number before a slash': (n) => repeated('1', n, 'how many in ', '/3 resolution'),
  'digits and dashes before a date': (n) => repeated('12-', n, 'how many on ', '28 May 2010'),
  'semicolons after a colon': (n) => repeated('a; ', n, 'The items are: ', 'and b.'),
  'a quotation of full stops': (n) => repeated('A. ', n, 'the motto "', '" Then.'),
  'a hashtag of capitalised words': (n) => repeated('Ab', n, 'when is #', ' day'),
  'spaced dashes after a label': (n) => repeated('A - ', n, 'Winners include:\n2009 - ', '\n'),
  'a signed line of capitals and commas': (n) => repeated('A B, ', n, '"We act." ', 'x'),
  '"stand for in" repeated': (n) => repeated('stand for in ', n, 'what does AB '),
  'brackets in a label': (n) => repeated('(a ', n, 'Name: X\nChief (', '): Y'),
};

/** One way text enters the bot, read at `size` and 4 × `size` characters. */
interface Door {
  read: (text: string) => unknown;
  /** Small enough that 4 × `size` does not pass a cap of the reader's own, so the growth measured is the reader's. */
  size: number;
  /** What the longer text may take at most, in ms, on a slow, busy machine. */
  boundMs: number;
}

let bot: Bot;
let answerer: Answerer;
let turns: ConversationTurn[];
/**
 * An index of the shipped knowledge for the question-reading door alone: unknown words' spelling
 * corrections are remembered per index, and other doors' words would crowd this one's out.
 */
let ownIndex: KnowledgeIndex;

beforeAll(async () => {
  bot = await shippedBot();
  const { index } = (await shippedKnowledge()).answerer;
  // No reply cache: each read is a fresh answer, as for a new question.
  answerer = createAnswerer(index, { cacheSize: 0 });
  const earlier = answerer.ask('Who is the Executive Director of UNODC?');
  turns = [{ question: earlier.question, kind: earlier.kind, answer: earlier.answer, sources: earlier.sources }];
  ownIndex = KnowledgeIndex.build(await loadKnowledgeFolder({ dir: KNOWLEDGE_DIR, displayRoot: PROJECT_ROOT }));
});

/** A knowledge document of one paragraph, as the Markdown loader would give it (its caps aside). */
function documentOf(text: string): KnowledgeDocument {
  return { file: 'knowledge/hostile.md', title: 'Hostile', kind: 'article', links: [], examples: [], aliases: [], blocks: [{ type: 'paragraph', text, line: 3 }] };
}

const DOORS: Record<string, Door> = {
  'reading what a question asks (its wording)': { read: analyseQuestion, size: 4000, boundMs: 100 },
  'reading what a question names (its words, corrected, with abbreviations)': { read: (text) => buildConcepts(ownIndex, text, analyseQuestion(text)), size: 4000, boundMs: 250 },
  'removing chat markup from a question': { read: withoutChatMarkup, size: 8000, boundMs: 50 },
  'the answering core, up to its 1 000-character cap': { read: (text) => answerer.ask(text), size: 250, boundMs: 250 },
  'a follow-up question in a conversation': { read: (text) => answerInConversation(answerer, text, turns), size: 4000, boundMs: 250 },
  '`about` detection': { read: isAboutRequest, size: 8000, boundMs: 50 },
  'the Slack door, removing mentions': { read: (text) => unescapeSlackText(stripBotMention(text, 'UBOT')), size: 8000, boundMs: 50 },
  'the Discord door, removing mentions': {
    read: (content) => decideMessage({ content, fromBot: false, system: false, direct: false, mentionsBot: true, repliesToBot: false }, '123456789012345678'),
    size: 8000, boundMs: 50,
  },
  'the safeguarding detector, up to its 2 000-character cap': { read: detectReport, size: 500, boundMs: 50 },
  'sentence splitting': { read: splitSentences, size: 8000, boundMs: 100 },
  'abbreviations a text defines': { read: detectDefinedAbbreviations, size: 8000, boundMs: 100 },
  'abbreviations a text implies': { read: (text) => detectImpliedAbbreviations(text), size: 8000, boundMs: 100 },
  'reading what kinds of answer a passage holds': { read: answerFeatures, size: 8000, boundMs: 100 },
  'indexing a paragraph (passages, speakers, answer kinds, abbreviations)': { read: (text) => KnowledgeIndex.build([documentOf(text)]), size: 4000, boundMs: 500 },
  'answering who-questions about a paragraph (the checks each candidate passage goes through)': {
    read: (text) => {
      const about = createAnswerer(KnowledgeIndex.build([documentOf(`The co-chairs were ${text}`)]), { cacheSize: 0 });
      return ['who were the co-chairs', 'who said it', 'what comes after A', 'did the co-chairs change, right?'].map((question) => about.ask(question));
    },
    size: 8000, boundMs: 500,
  },
  'the Markdown loader, up to its 10 000-character line cap': {
    read: (text) => parseDocument('knowledge/hostile.md', `Some text.\n\n${text}\n`), size: 2500, boundMs: 1000,
  },
};

describe('no text makes the bot work harder than its length', () => {
  it.each(Object.entries(DOORS))('%s: every hostile kind, at n and 4n characters, takes time linear in n', (door, { read, size, boundMs }) => {
    for (const [kind, input] of Object.entries(HOSTILE)) {
      const { small, large, allowed } = growth(read, input, size, { boundMs });
      expect(large, `${door}, ${kind}: ${small.toFixed(1)} ms at ${size} characters, ${large.toFixed(1)} ms at ${size * 4} (allowed ${allowed.toFixed(1)} ms)`)
        .toBeLessThan(allowed);
    }
  });

  it('every hostile kind at 100 000 characters is answered through the core door in well under 100 ms', () => {
    for (const [kind, input] of Object.entries(HOSTILE)) {
      const text = input(100_000);
      const started = performance.now();
      bot.handle({ text, platform: 'slack', userId: 'U1' });
      expect(performance.now() - started, kind).toBeLessThan(100);
    }
  });

  it('`about` followed by 100 000 spaces is answered in well under 100 ms, and is not `about`', () => {
    const started = performance.now();
    const reply = bot.handle({ text: `about${' '.repeat(100_000)}x`, platform: 'slack', userId: 'U1' });
    expect(performance.now() - started).toBeLessThan(100);
    expect(reply.kind).not.toBe('about');
  });

  it('a Slack mention of 100 000 characters of `<@UBOT|` is read in well under 100 ms', () => {
    const started = performance.now();
    const question = stripBotMention(`<@UBOT> ${'<@UBOT|'.repeat(100_000 / 7)} when did the CBSS join?`, 'UBOT');
    expect(performance.now() - started).toBeLessThan(100);
    expect(question.endsWith('when did the CBSS join?')).toBe(true);
  });

  it('a knowledge file of 400 KB of unique capitalised codes yields its abbreviations in under a second', () => {
    const started = performance.now();
    detectImpliedAbbreviations(uniqueCodes(400_000));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

/** Any short unit, repeated, between the openings and endings real messages have. */
const anyShape = fc.record({
  unit: fc.string({ minLength: 1, maxLength: 6 }),
  head: fc.constantFrom('', 'about', '/icat ', '<@UBOT> ', '# T', 'Alpha Beta ', 'what did '),
  tail: fc.constantFrom('', 'x', '>', ')', '**', '?', ' CBSS'),
});

describe('nor does any other repeated text', () => {
  const CHEAP_DOORS = ['`about` detection', 'the Slack door, removing mentions', 'the Discord door, removing mentions', 'sentence splitting', 'abbreviations a text defines', 'abbreviations a text implies'];

  it.each(CHEAP_DOORS)('%s: any short unit repeated, at n and 4n characters', (door) => {
    const { read, size, boundMs } = DOORS[door]!;
    fc.assert(fc.property(anyShape, ({ unit, head, tail }) => {
      const { large, allowed } = growth(read, (n) => repeated(unit, n, head, tail), size, { boundMs });
      expect(large, JSON.stringify([head, unit, tail])).toBeLessThan(allowed);
    }), { numRuns: 25 });
  });

  it('the answering core: any short unit repeated, at n and 4n characters', () => {
    const { read, size, boundMs } = DOORS['the answering core, up to its 1 000-character cap']!;
    fc.assert(fc.property(anyShape, ({ unit, head, tail }) => {
      const { large, allowed } = growth(read, (n) => repeated(unit, n, head, tail), size, { boundMs });
      expect(large, JSON.stringify([head, unit, tail])).toBeLessThan(allowed);
    }), { numRuns: 10 });
  });
});
