/**
 * One tokenizer for indexing and for questions. English: NFKC, lower case, the Porter2 stemmer. Chinese:
 * overlapping character pairs on both sides, so a question meets the text however a segmenter would split
 * either. Stopwords come from the stopwords-iso lists; nothing here is tuned to particular questions.
 */
import { isCountryName } from './country-names.js';
import { namesFirmKind } from '../core/sort-asked.js';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const porter2 = require('wink-porter2-stemmer') as (word: string) => string;
const stopwordLists = require('stopwords-iso') as Record<'en' | 'zh', string[]>;

const HAN = /\p{Script=Han}/u;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

export const isHan = (text: string): boolean => HAN.test(text);

/** Text to match literally inside a regular expression. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth']
  .map((word) => porter2(word));

// Stemming is the hot spot of a 100,000-item index build: the vocabulary is small, so memoise it.
const stems = new Map<string, string>();
/** The Porter2 stem; `remember: false` for one-off word lists that should not fill the memo. */
export function stem(word: string, remember = true): string {
  // The memo first: words with digits and short words, which the checks below settle, are never in it, and most words are.
  let stemmed = stems.get(word);
  if (stemmed !== undefined) return stemmed;
  if (word.length <= 2) return word;
  // A fiscal year written short (fy22) is the same word as in full (fy2022).
  if (/^fy\d{2}$/.test(word)) return `fy20${word.slice(2)}`;
  // An ordinal in digits is the same word as spelled out: "3rd meeting" is the "third meeting".
  const ordinal = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(word);
  if (ordinal) return ORDINALS[Number(ordinal[1])] ?? word;
  if (/\d/.test(word)) return word;
  stemmed = sharedIsmIst(porter2(word.replace(/['’]s$/, '')));
  if (remember && stems.size < 200_000) stems.set(word, stemmed);
  return stemmed;
}

/**
 * Porter2 keeps "-ism" when the word is short ("realism") and never strips "-ist" ("realist", "realistic"): the
 * school and its followers share one stem. Only stems of seven letters or more, so "exist" and "assist" stay whole,
 * and not a list ("blacklist"), though "-al" with "-ist" ("nationalist") is a follower.
 */
function sharedIsmIst(stemmed: string): string {
  return stemmed.length >= 7 && /is[mt]$/.test(stemmed) && !/(?<!a)list$/.test(stemmed) ? stemmed.slice(0, -1) : stemmed;
}

// Each UTF-16 code unit's class (Latin word character, Chinese character, neither), worked out once from the character
// classes of the word pattern, so that scanning text classifies a code unit with one array read.
const LATIN = 1;
const CHINESE = 2;
const unitClasses = ((): Uint8Array => {
  const classes = new Uint8Array(0x10000);
  let everyUnit = '';
  for (let unit = 0; unit < 0x10000; unit += 0x1000) everyUnit += String.fromCharCode(...Array.from({ length: 0x1000 }, (_, i) => unit + i));
  for (const { index, 0: run } of everyUnit.matchAll(/[a-z0-9\u00c0-\u024f]+/g)) classes.fill(LATIN, index, index + run.length);
  for (const { index, 0: run } of everyUnit.matchAll(/\p{Script=Han}+/gu)) classes.fill(CHINESE, index, index + run.length);
  return classes;
})();
// Chinese characters beyond the BMP (CJK extensions) are surrogate pairs: the pattern decides those one by one.
const HAN_AT_START = /^\p{Script=Han}/u;

/** Code units of the Chinese character at `at`: 1, 2 (a surrogate pair, beyond the BMP), or 0 when there is none. */
function chineseWidth(text: string, at: number): number {
  if (at >= text.length) return 0;
  const unit = text.charCodeAt(at);
  if (unitClasses[unit] === CHINESE) return 1;
  return unit >= 0xd800 && unit < 0xdc00 && HAN_AT_START.test(text.slice(at, at + 2)) ? 2 : 0;
}

const isLowerAscii = (unit: number): boolean => unit >= 0x61 && unit <= 0x7a;

/**
 * Splits lower-cased NFKC text as /\p{Script=Han}+|[a-z0-9\u00c0-\u024f]+(?:['’][a-z]+)?/gu would, into Latin words and
 * runs of Chinese characters (given as bounds, with no string made). A loop over code units, because the index build
 * scans every item: it makes no match objects, and a run of Chinese needs no string of its own.
 */
function scanWords(text: string, latin: (word: string, lower: string, start: number, end: number) => void,
  chinese: (text: string, start: number, end: number) => void): void {
  const lower = text.normalize('NFKC').toLowerCase();
  for (let at = 0; at < lower.length;) {
    let end = at;
    if (unitClasses[lower.charCodeAt(at)] === LATIN) {
      while (end < lower.length && unitClasses[lower.charCodeAt(end)] === LATIN) end++;
      const next = lower.charCodeAt(end);
      // An apostrophe and Latin letters close the word (don't, China's).
      if ((next === 0x27 || next === 0x2019) && isLowerAscii(lower.charCodeAt(end + 1))) for (end += 2; isLowerAscii(lower.charCodeAt(end)); end++);
      latin(lower.slice(at, end), lower, at, end);
    } else {
      for (let width = chineseWidth(lower, end); width > 0; width = chineseWidth(lower, end)) end += width;
      if (end > at) chinese(lower, at, end);
      else end = at + 1;
    }
    at = end;
  }
}

const keptLatin = (word: string): boolean => word.length > 1 || /\d/.test(word);

/** Lower-cased NFKC text split into Latin words (stemmed) and runs of Chinese characters. */
function runs(text: string): Array<{ han: boolean; word: string; percent?: string }> {
  const out: Array<{ han: boolean; word: string; percent?: string }> = [];
  scanWords(text, (word, lower, start, end) => {
    const percent = percentAt(lower, start, end);
    if (keptLatin(word)) out.push({ han: false, word: stem(word), ...(percent ? { percent } : {}) });
  }, (lower, start, end) => out.push({ han: true, word: lower.slice(start, end) }));
  return out;
}

const pairsOf = (run: string): string[] => {
  if (run.length === 1) return [run];
  const pairs: string[] = [];
  for (let i = 0; i + 1 < run.length; i++) pairs.push(run.slice(i, i + 2));
  return pairs;
};

/** Receives a text's index terms in order. */
export interface TermSink {
  /** A Latin word (stemmed) or a lone Chinese character. */
  term(term: string): void;
  /** The Chinese character pair at `at` in `run` (two UTF-16 code units): the receiver makes a string of it only if it needs one. */
  pair(run: string, at: number): void;
}

/**
 * A percentage ending at a number's last digit ("10%", "11.2%", "25 percent"), as one term: "10%" is a figure of its
 * own, which a date's "10" (October) does not meet.
 */
const PERCENT_AFTER = /^\s?(?:%|percent\b|per cent\b)/u;
function percentAt(lower: string, start: number, end: number): string | undefined {
  // Most words are letters: one look at the first code unit settles them, on the index build's hot path.
  const first = lower.charCodeAt(start);
  if (first < 0x30 || first > 0x39 || !/^\d+$/u.test(lower.slice(start, end)) || !PERCENT_AFTER.test(lower.slice(end, end + 9))) return undefined;
  const whole = /\d+\.$/u.exec(lower.slice(Math.max(0, start - 12), start));
  return `${whole ? whole[0] : ''}${lower.slice(start, end)}%`;
}

/** Index terms, as `indexTokens` lists them, sent to a sink in one pass with no list of them made. */
export function scanIndexTerms(text: string, sink: TermSink): void {
  scanWords(text, (word, lower, start, end) => {
    if (keptLatin(word)) sink.term(stem(word));
    const percent = percentAt(lower, start, end);
    if (percent) sink.term(percent);
  }, (lower, start, end) => {
    if (end - start === 1) sink.term(lower.slice(start, end));
    for (let at = start; at + 1 < end; at++) sink.pair(lower, at);
  });
}

/** Index terms: Latin words stemmed, Chinese as overlapping character pairs (a lone character as itself). */
export function indexTokens(text: string): string[] {
  const tokens: string[] = [];
  scanIndexTerms(text, { term: (term) => tokens.push(term), pair: (run, at) => tokens.push(run.slice(at, at + 2)) });
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
  // Small numbers are noise ("the 2 sides") unless they are percentages ("the 25% rule", read below) or part of a
  // designation (F-35, B-2).
  const normalized = text.normalize('NFKC');
  const keptNumbers = new Set([...normalized.matchAll(/(?<![A-Za-z])[A-Za-z]{1,3}-(\d{1,3})(?!\d)/g)].map((m) => m[1]));
  let afterPercent = false;
  for (const { han, word, percent } of runs(text)) {
    // A percentage is met by the same percentage only ("10%", not the 10 of a date in October); "percent" is part of it.
    const partOfPercent = afterPercent && /^(?:percent|per|cent)$/u.test(word);
    afterPercent = percent !== undefined || (afterPercent && word === 'per');
    if (percent) { words.push({ text: percent, han: false, terms: [percent] }); continue; }
    if (partOfPercent) continue;
    if (!han) {
      // A capitalised word inside the question is part of a name ("the AI Act") even when it is a stopword.
      // A kept number (B-2) stays even where the stopword list has it ("2").
      if (keptNumbers.has(word) || ((!STOPWORDS.has(word) || names.has(word)) && !/^\d{1,2}$/.test(word))) words.push({ text: word, han: false, terms: [word] });
      continue;
    }
    words.push(...chineseWords(word));
  }
  return words;
}

/** A demonstrative or 每 and the numbers, measure words and 事 after it (这|件|事, 这|三|件|事, 该|项, 每|个): pointing words, never content. */
const DEMONSTRATIVE = /^[这那此该每]$/u;
const MEASURE = /^(?:[件个项次些种类位份条起场事届任轮批块]|[一二两三四五六七八九十几]+)$/u;
/** A count (两份, 几个, 三项, and 个 alone as in 举个例子): like "the 2 sides" in English, it says how many, not what. */
const COUNT = /^(?:[一二两三四五六七八九十几]+[个份项件家条次位名种类些场起届任轮批]?|个)$/u;
/** The same run as one segment (那天, 这次, 这件事). */
const POINTING_WORD = /^[这那此该][一二两三四五六七八九十几]*[件个项次些种类位份条起场天年月日时届任轮批]?事?$/u;

/** One verb and its aspect particle (搞了, 做过, 说了): how a question asks, never what about. */
const VERB_WITH_ASPECT = /^\p{Script=Han}[了过着]$/u;
const CONJUNCTION = /^[和与及或跟同]$/u;
const ASPECT = /^[了过着]$/u;
/** Particles, prepositions and 有 that close a phrase or open the next (微信|的, 中兴|了, AI化|从, 调门|有): never the last character of a name. */
const PARTICLE = /^[的了吗呢吧啊着过地得么从到在把被向对跟于有]$/u;
/** Particles, prepositions and conjunctions: never the first character of a name (对|华|为 is 华为). */
const FUNCTION_CHARACTER = /^[的了吗呢吧啊着过地得么对向在从把被给跟和与及或为于以将由是]$/u;

function chineseWords(run: string): QuestionWord[] {
  const segments = [...segmenter.segment(run)].map((s) => s.segment);
  const pointing = segments.map((segment) => POINTING_WORD.test(segment));
  segments.forEach((segment, i) => {
    if (DEMONSTRATIVE.test(segment)) for (let j = i; j === i || MEASURE.test(segments[j] ?? ''); j++) pointing[j] = true;
    // A number's measure word counts with it (两|届, 三|项): it names nothing.
    else if (/[一二两三四五六七八九十几]$/u.test(segment) && MEASURE.test(segments[i + 1] ?? '')) pointing[i + 1] = true;
  });
  const content = (i: number): boolean => segments[i] !== undefined && !pointing[i] && !STOPWORDS.has(segments[i] as string) && !COUNT.test(segments[i] as string)
    && !VERB_WITH_ASPECT.test(segments[i] as string);
  const stray = (i: number): boolean => content(i) && (segments[i] as string).length === 1;
  // A one-character stopword right after a stray character is part of an unknown name (对|华|为 → 华为), and so is one
  // that opens a run of them where no content word comes before (对|腾|讯|微|信 → 腾讯微信).
  // 或 never ends one (智|库|或|研究机构: 智库, then "or").
  const endsName = (i: number): boolean => !PARTICLE.test(segments[i] as string) && !CONJUNCTION.test(segments[i] as string) && stray(i - 1)
    && !(content(i - 2) && (segments[i - 2] as string).length > 1);
  const opensName = (i: number): boolean => !FUNCTION_CHARACTER.test(segments[i] as string) && !content(i - 1) && stray(i + 1);
  const kept = segments.map((segment, i) => content(i) || (!pointing[i] && !COUNT.test(segment) && segment.length === 1 && (endsName(i) || opensName(i))));
  const keptSingle = (i: number): boolean => kept[i] === true && (segments[i] as string).length === 1;
  // A conjunction between two runs of such characters joins two unknown names (旷|视|和|科|大|讯|飞), not one.
  const joinsNames = (i: number): boolean => !content(i) && CONJUNCTION.test(segments[i] as string)
    && keptSingle(i - 1) && keptSingle(i - 2) && keptSingle(i + 1) && keptSingle(i + 2);
  const keep = kept.map((yes, i) => yes && !joinsNames(i));
  const words: QuestionWord[] = [];
  let current = '';
  let kind: 'word' | 'suffixed' | 'stray' | 'firm' | null = null;
  let nameEnd = 0;
  // A run an aspect particle follows (特批买|了) is what someone did, not a name.
  const flush = (next?: string): void => {
    const done = next !== undefined && ASPECT.test(next);
    // A firm is met by its own name, not by the kind of firm it is: 科技 is everywhere.
    const terms = kind === 'firm' ? pairsOf(current.slice(0, nameEnd)) : pairsOf(current);
    if (current.length >= 2) words.push({ text: current, han: true, terms, nameLike: ((current.length >= 3 && kind !== 'suffixed') || isCountryName(current)) && !done });
    current = '';
    kind = null;
  };
  segments.forEach((segment, i) => {
    if (!keep[i]) { flush(segment); return; }
    // Characters the segmenter could not place, then the kind of firm (旷|视|科技, 中|兴|通讯, 大|华|股份): one firm's name.
    if (namesFirmKind(segment, true) && kind === 'stray' && current.length >= 2) { nameEnd = current.length; current += segment; kind = 'firm'; return; }
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
