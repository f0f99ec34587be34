/**
 * How specific a word is in general language: 0 for everyday words ("explain", "story", 一下, 发生), rising to 1 for
 * rare words and words general language does not know (names, "Replicator", 英伟达). English uses the Wikipedia
 * frequency ranks of popular-english-words, Chinese the corpus IDF table that ships with jieba. A question word the
 * store does not know weighs by it: an everyday one only shapes the question, a rare one is a topic the store lacks.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { stem, STOPWORDS } from './text-tokens.js';

const require = createRequire(import.meta.url);

/** English: ranks up to EVERYDAY are everyday words, from RARE on words are rare; between, specificity grows with log rank. */
const EVERYDAY_RANK = 2_000;
const RARE_RANK = 50_000;
/** Chinese: corpus IDF up to EVERYDAY_IDF is everyday, from RARE_IDF on rare (the table's median is about 12). */
const EVERYDAY_IDF = 6;
const RARE_IDF = 10;

let englishRanks: Map<string, number> | undefined;
let chineseIdf: Map<string, number> | undefined;

/**
 * The pieces of a file between `separator` bytes (lines; or quoted words, with a quote as the separator), each decoded
 * on its own: the file is read as bytes and never held as one string, so the few entries kept do not pin the whole
 * text in memory (a slice of a string keeps its parent alive).
 */
function* pieces(path: string, separator: number): Generator<string> {
  const bytes = readFileSync(path);
  for (let start = 0; start < bytes.length;) {
    let end = bytes.indexOf(separator, start);
    if (end < 0) end = bytes.length;
    yield bytes.toString('utf8', start, end);
    start = end + 1;
  }
}

/** Stem → best rank among the RARE_RANK most frequent words (words.js is one array of quoted words, most frequent first). */
function loadEnglishRanks(): Map<string, number> {
  const ranks = new Map<string, number>();
  let rank = 0;
  let piece = 0;
  // Split at the quotes, the words are every other piece: "var words = [", "the", ",", "of", …
  for (const text of pieces(join(dirname(require.resolve('popular-english-words/package.json')), 'words.js'), 0x27)) {
    if (piece++ % 2 === 0) continue;
    if (++rank > RARE_RANK) break;
    const key = stem(text.toLowerCase(), false);
    if (!ranks.has(key)) ranks.set(key, rank);
  }
  return ranks;
}

/** The words of jieba's corpus IDF table whose IDF lies in [from, to), with it. */
function* idfRows(from: number, to: number): Generator<[string, number]> {
  for (const line of pieces(join(dirname(require.resolve('@node-rs/jieba/package.json')), 'idf.txt'), 0x0a)) {
    const space = line.indexOf(' ');
    const value = Number(line.slice(space + 1));
    if (space > 0 && value >= from && value < to) yield [line.slice(0, space), value];
  }
}

/** Word → IDF for the words below RARE_IDF: the rest count as rare, so they need no entry. */
const loadChineseIdf = (): Map<string, number> => new Map(idfRows(0, RARE_IDF));

/**
 * A word among the most common of general language ("happen", "programs", 发生) is everyday phrasing: it shapes a
 * question but is not its topic. Topic words can still be common ("nuclear", "offensive"), so only these count.
 */
export const isEveryday = (specificity: number): boolean => specificity === 0;

const clamp = (value: number): number => Math.min(1, Math.max(0, value));

const fromIdf = (idf: number): number => clamp((idf - EVERYDAY_IDF) / (RARE_IDF - EVERYDAY_IDF));

/**
 * A Chinese word the table lacks may be everyday words run together (追溯到, 处置方式): read greedily as table words
 * of two or more characters, with at most one lone character, it is as specific as its most specific part. Otherwise
 * (英伟达, 钱来搞) it is unknown to general language, unless each of its characters is an everyday or function word (做了, 股占, 是啥).
 */
function composedSpecificity(word: string, idf: ReadonlyMap<string, number>): number {
  if ([...word].every((character) => STOPWORDS.has(character) || (idf.get(character) ?? RARE_IDF) < EVERYDAY_IDF)) return 0;
  let most = 0;
  let lone = 0;
  for (let at = 0; at < word.length;) {
    let length = Math.min(4, word.length - at);
    while (length >= 2 && !idf.has(word.slice(at, at + length))) length--;
    if (length < 2) {
      if (++lone > 1) return 1;
      at++;
      continue;
    }
    most = Math.max(most, fromIdf(idf.get(word.slice(at, at + length)) as number));
    at += length;
  }
  return lone === word.length ? 1 : most;
}

/** How rare a word of the table may be and still be one general language uses (the table's median is about 12). */
const KNOWN_IDF = 12;
let lessCommonWords: Set<string> | undefined;

/**
 * A Chinese word general language uses as one word (打架, 贴标签, 比拼), not a run of words nor a coinage (小院高墙,
 * 极速战). The words between RARE_IDF and KNOWN_IDF are read only when asked, as a set of their own.
 */
export function isChineseWord(word: string): boolean {
  chineseIdf ??= loadChineseIdf();
  if (chineseIdf.has(word)) return true;
  lessCommonWords ??= new Set([...idfRows(RARE_IDF, KNOWN_IDF)].map(([known]) => known));
  return lessCommonWords.has(word) || inDictionaryAsWord(word);
}

let dictionary: Buffer | undefined;
/** jieba's tags of names: people, places, organisations and other proper nouns (华为 nr, 三星 nz). */
const NAME_TAG = /^n[rstz]/u;

/**
 * A word jieba's dictionary holds, and not as a name (贴标签, 扣帽子; not 华为, 三星): the idioms the IDF table is too
 * sparse to hold. The dictionary is kept as bytes and searched, read only when a question quotes a word the table lacks.
 */
function inDictionaryAsWord(word: string): boolean {
  const known = dictionaryAnswers.get(word);
  if (known !== undefined) return known;
  const answer = lookUpInDictionary(word);
  // The words asked about repeat (names after posts in the paper's own sentences): each is searched for once.
  if (dictionaryAnswers.size >= DICTIONARY_ANSWERS) dictionaryAnswers.clear();
  dictionaryAnswers.set(word, answer);
  return answer;
}
const dictionaryAnswers = new Map<string, boolean>();
const DICTIONARY_ANSWERS = 10_000;

function lookUpInDictionary(word: string): boolean {
  dictionary ??= readFileSync(join(dirname(require.resolve('@node-rs/jieba/package.json')), 'dict.txt'));
  const entry = Buffer.from(`\n${word} `);
  const at = dictionary.indexOf(entry);
  if (at < 0) return false;
  const end = dictionary.indexOf(0x0a, at + entry.length);
  const tag = dictionary.toString('utf8', at + entry.length, end < 0 ? dictionary.length : end).trim().split(/\s+/u)[1] ?? '';
  return !NAME_TAG.test(tag);
}

/** Specificity of an English word given as its stem, or of a Chinese word. */
export function wordSpecificity(word: string, han: boolean): number {
  if (han) {
    chineseIdf ??= loadChineseIdf();
    const idf = chineseIdf.get(word);
    return idf === undefined ? composedSpecificity(word, chineseIdf) : fromIdf(idf);
  }
  englishRanks ??= loadEnglishRanks();
  const rank = englishRanks.get(word);
  return rank === undefined ? 1 : clamp(Math.log(rank / EVERYDAY_RANK) / Math.log(RARE_RANK / EVERYDAY_RANK));
}
