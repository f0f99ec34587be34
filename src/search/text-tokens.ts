/**
 * One tokenizer for indexing and for questions. English: NFKC, lower case, the Porter2 stemmer. Chinese:
 * overlapping character pairs on both sides, so a question meets the text however a segmenter would split
 * either. Stopwords come from the stopwords-iso lists; nothing here is tuned to particular questions.
 */
import { isCountryName } from './country-names.js';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const porter2 = require('wink-porter2-stemmer') as (word: string) => string;
const stopwordLists = require('stopwords-iso') as Record<'en' | 'zh', string[]>;

const HAN = /\p{Script=Han}/u;
const WORD = /\p{Script=Han}+|[a-z0-9\u00c0-\u024f]+(?:['’][a-z]+)?/gu;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

export const isHan = (text: string): boolean => HAN.test(text);

// Stemming is the hot spot of a 100,000-item index build: the vocabulary is small, so memoise it.
const stems = new Map<string, string>();
/** The Porter2 stem; `remember: false` for one-off word lists that should not fill the memo. */
export function stem(word: string, remember = true): string {
  if (/\d/.test(word) || word.length <= 2) return word;
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    stemmed = porter2(word.replace(/['’]s$/, ''));
    if (remember && stems.size < 200_000) stems.set(word, stemmed);
  }
  return stemmed;
}

/** Lower-cased NFKC text split into Latin words (stemmed) and runs of Chinese characters. */
function runs(text: string): Array<{ han: boolean; word: string }> {
  const out: Array<{ han: boolean; word: string }> = [];
  for (const [word] of text.normalize('NFKC').toLowerCase().matchAll(WORD)) {
    if (HAN.test(word)) out.push({ han: true, word });
    else if (word.length > 1 || /\d/.test(word)) out.push({ han: false, word: stem(word) });
  }
  return out;
}

const pairsOf = (run: string): string[] => {
  if (run.length === 1) return [run];
  const pairs: string[] = [];
  for (let i = 0; i + 1 < run.length; i++) pairs.push(run.slice(i, i + 2));
  return pairs;
};

/** Index terms: Latin words stemmed, Chinese as overlapping character pairs (a lone character as itself). */
export function indexTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const { han, word } of runs(text)) {
    if (han) tokens.push(...pairsOf(word));
    else tokens.push(word);
  }
  return tokens;
}

/** Overlapping character pairs of every run of Chinese characters. */
export function hanBigrams(text: string): string[] {
  return indexTokens(text).filter((token) => token.length === 2 && HAN.test(token));
}

export const STOPWORDS: ReadonlySet<string> = new Set([
  ...stopwordLists.en.flatMap((word) => [word, stem(word)]),
  ...stopwordLists.zh,
]);

/** One content word of a question: its surface text and the index terms that stand for it. */
export interface QuestionWord {
  text: string;
  han: boolean;
  terms: string[];
  /** A Chinese word of three or more characters that is one segment or a run of characters the segmenter could not place: maybe a name. */
  nameLike?: boolean;
}

/**
 * The content words of a question. English words that are stopwords go, unless they are among `names`; Chinese is segmented only to find
 * function words: a stopword segment goes unless it sits inside a run of single characters the segmenter
 * could not place (华|为, 小|院|高|墙), and what remains is joined into words whose terms are character pairs.
 */
export function questionWords(text: string, names: ReadonlySet<string> = new Set()): QuestionWord[] {
  const words: QuestionWord[] = [];
  // Small numbers are noise ("the 2 sides") unless they are percentages ("the 25% rule").
  const percentages = new Set([...text.normalize('NFKC').matchAll(/(\d+(?:\.\d+)?)\s*%/g)].map((m) => m[1]));
  for (const { han, word } of runs(text)) {
    if (!han) {
      // A capitalised word inside the question is part of a name ("the AI Act") even when it is a stopword.
      if ((!STOPWORDS.has(word) || names.has(word)) && (!/^\d{1,2}$/.test(word) || percentages.has(word))) words.push({ text: word, han: false, terms: [word] });
      continue;
    }
    words.push(...chineseWords(word));
  }
  return words;
}

/** A demonstrative and the numbers, measure words and 事 after it (这|件|事, 这|三|件|事, 该|项): pointing words, never content. */
const DEMONSTRATIVE = /^[这那此该]$/u;
const MEASURE = /^(?:[件个项次些种类位份条起场事]|[一二两三四五六七八九十几]+)$/u;
/** The same run as one segment (那天, 这次, 这件事). */
const POINTING_WORD = /^[这那此该][一二两三四五六七八九十几]*[件个项次些种类位份条起场天年月日时]?事?$/u;

function chineseWords(run: string): QuestionWord[] {
  const segments = [...segmenter.segment(run)].map((s) => s.segment);
  const pointing = segments.map((segment) => POINTING_WORD.test(segment));
  segments.forEach((segment, i) => {
    if (DEMONSTRATIVE.test(segment)) for (let j = i; j === i || MEASURE.test(segments[j] ?? ''); j++) pointing[j] = true;
  });
  const content = (i: number): boolean => segments[i] !== undefined && !pointing[i] && !STOPWORDS.has(segments[i] as string);
  const stray = (i: number): boolean => content(i) && (segments[i] as string).length === 1;
  // A one-character stopword right after a stray character is part of an unknown name (对|华|为 → 华为).
  const keep = segments.map((segment, i) => content(i) || (!pointing[i] && segment.length === 1 && stray(i - 1) && !(content(i - 2) && (segments[i - 2] as string).length > 1)));
  const words: QuestionWord[] = [];
  let current = '';
  let kind: 'word' | 'suffixed' | 'stray' | null = null;
  const flush = (): void => {
    if (current.length >= 2) words.push({ text: current, han: true, terms: pairsOf(current), nameLike: (current.length >= 3 && kind !== 'suffixed') || isCountryName(current) });
    current = '';
    kind = null;
  };
  segments.forEach((segment, i) => {
    if (!keep[i]) { flush(); return; }
    if (segment.length > 1) { flush(); current = segment; kind = 'word'; return; }
    // A lone character closes the word before it (国防|部) unless more lone characters follow (美国|智|库: 智库).
    const nextStray = keep[i + 1] === true && (segments[i + 1] as string | undefined)?.length === 1;
    if (kind === 'word' && !nextStray) { current += segment; kind = 'suffixed'; return; }
    if (kind !== 'stray') flush();
    current += segment;
    kind = 'stray';
  });
  flush();
  return words;
}
