import { isCountryName } from './country-names.js';
import { isMonthName } from './question-filters.js';
import { indexTokens, isHan, questionWords } from './text-tokens.js';
import { isChineseWord } from './word-specificity.js';
import { DOCUMENT_KINDS } from '../core/title-asked.js';

/** English ranks, offices and honorifics that stand before a name. */
const TITLE = /^(?:General|Gen|Lieutenant|Lt|Colonel|Col|Admiral|Adm|Major|Maj|Captain|Capt|Sergeant|Secretary|Director|President|Vice|Minister|Ambassador|Senator|Sen|Representative|Rep|Dr|Mr|Mrs|Ms|Professor|Prof|Chairman|Chairwoman|Chair|Commander|Deputy|Chief|Premier|Governor|SecDef|SecState|DepSecDef|DepSecState|SecNav|SecArmy|SecAF)\.?$/u;

/** A quoted span of Chinese: in curly or straight quotes, corner brackets or title marks. */
const CHINESE_QUOTED = /[“"'‘「《]([^“”"'‘’「」《》]{2,16})[”"'’」》]/gu;

/**
 * Capitalised words that do not start a sentence of the question: names the store may or may not know. Each word maps
 * to the name it is part of: capitalised words in a row are one name ("the CHIPS Act", "AI Safety Institute").
 */
export function capitalisedNames(text: string): Map<string, number> {
  const names = new Map<string, number>();
  let sentenceStart = true;
  let name = -1;
  let inName = false;
  // Split on spaces only, so that a comma or a bracket can end a name.
  for (const word of text.normalize('NFKC').split(/\s+/)) {
    const bare = word.replace(/^[(“"‘']+/u, '');
    if (!bare) continue;
    // A bullet or a dash (“- Who is cited …”) is no word: what follows it still starts the sentence.
    if (/^[-–—*•·]+$/u.test(bare)) continue;
    if (isHan(bare)) {
      // Chinese writes only names in Latin letters: each capitalised or numbered run is one (CFIUS, A100, NSCAI).
      for (const [run] of bare.matchAll(/(?<![A-Za-z0-9])\d*[A-Za-z][A-Za-z0-9-]*/g)) {
        if (!/[A-Z0-9]/.test(run)) continue;
        name++;
        for (const term of indexTokens(run)) if (!names.has(term)) names.set(term, name);
      }
      sentenceStart = /[。？！?!]$/u.test(bare);
      inName = false;
      continue;
    }
    // A capital inside a lower-case word marks a brand even at a sentence's start (iFlytek, eBay).
    const camel = /^[a-z]+[A-Z][A-Za-z0-9-]*/u.exec(bare)?.[0];
    // A lower-case word hyphenated to a name ("Skyborg-type", "Trump-era") says what kind of thing it is: not the name.
    // Digits then a capital are a name too (5G); digits then lower case are not (7nm).
    const latin = camel ?? /^(?:\d+[A-Z][A-Za-z0-9\u00c0-\u024f'’-]*|[A-Z][A-Za-z0-9\u00c0-\u024f'’-]+)/u.exec(bare)?.[0].replace(/-[a-z][a-z-]*$/u, '');
    // Two capitals that name no country ("AF", "DC") are too short to tell which name they stand for.
    const bareAbbreviation = latin !== undefined && /^[A-Z]{2}$/.test(latin) && !isCountryName(latin);
    // A rank or office before a name ("General Nakasone", "Secretary Blinken") is part of how the name is given, not one.
    const title = latin !== undefined && TITLE.test(latin);
    // An abbreviation in the plural ("HDDs", "CBMs") is a kind of thing, not a name: names are not counted.
    const pluralAbbreviation = latin !== undefined && /^[A-Z]{2,}s$/u.test(latin);
    if ((!sentenceStart || camel) && latin && !isMonthName(latin) && !bareAbbreviation && !pluralAbbreviation && !title) {
      if (!inName) name++;
      // Stopwords included: "Act" in "the CHIPS Act" and "UK" are names here.
      for (const term of indexTokens(latin)) if (!names.has(term)) names.set(term, name);
    }
    inName = !sentenceStart && latin !== undefined && !/[,;:)”"’.?!]$/u.test(bare);
    // "U.S." and "Gen." end abbreviations, not sentences.
    // A quote or bracket closing after the stop ("… competition.' What's …") still ends the sentence.
    const ended = bare.replace(/[”"’')\]]+$/u, '');
    sentenceStart = /[?!]$/.test(ended) || (/\.$/.test(ended) && !/^(?:[A-Za-z]\.)+$|^[A-Z][a-z]{0,3}\.$/.test(ended));
  }
  // Chinese marks a name by quoting it, as English does by capitals: “清洁网络” and 《人工智能法案》 are one name each.
  for (const [quoted, span] of text.normalize('NFKC').matchAll(CHINESE_QUOTED)) {
    // An everyday word in quotes (“打架”, “贴标签”) is put in scare quotes, not named.
    if (!span || !isHan(span) || isQuotation(quoted) || isChineseWord(span)) continue;
    name++;
    for (const word of questionWords(span)) if (!names.has(word.text)) names.set(word.text, name);
  }
  return names;
}

/**
 * Words quoted as said, not a name: a clause in quotes (“不把致命决策交给机器”, “持续跟对手交手”) negates, moves or
 * engages something; a title never
 * is one, nor is a quoted phrase that ends in a noun titles end in (“不可靠实体清单”: a list).
 */
function isQuotation(quoted: string): boolean {
  return !quoted.startsWith('《') && /不|没|未|把|被|跟|让|给/u.test(quoted) && !TITLE_ENDING.test(quoted);
}
const TITLE_ENDING = new RegExp(`(?:${DOCUMENT_KINDS})[”"'’」》]$`, 'u');
