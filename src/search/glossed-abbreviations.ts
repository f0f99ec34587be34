/**
 * Abbreviations a question spells out beside it: "CBM（增强信心措施）", "confidence-building measures (CBMs)". The
 * spelled-out words carry the meaning, so where the store holds them the abbreviation is no name it lacks, though it
 * never writes the abbreviation itself. Where it does not ("美国外国投资委员会（CFIUS）"), the name is still unknown.
 */
import { indexTokens, questionWords } from './text-tokens.js';

const SPELLED_AFTER = /\b([A-Z][A-Z\d]{1,5})(s?)\s*[(（]([^()（）]{2,60})[)）]/gu;
const SPELLED_BEFORE = /([^()（）]{2,80}?)[(（]\s*([A-Z][A-Z\d]{1,5})(s?)\s*[)）]/gu;

/** The words before an abbreviation that spell it: as many Latin words as it has letters, or the run of Chinese before it. */
function spelledBefore(text: string, letters: number): string {
  const han = /\p{Script=Han}{2,12}\s*$/u.exec(text);
  if (han) return han[0];
  return text.trim().split(/[\s-]+/u).slice(-letters).join(' ');
}

/** Each spelled-out abbreviation of the question (as a question word) with the index terms of its spelled-out form. */
export function glossedAbbreviations(question: string): Map<string, string[]> {
  const text = question.normalize('NFKC');
  const glosses = new Map<string, string[]>();
  const add = (abbreviation: string, spelled: string): void => {
    const word = questionWords(abbreviation)[0]?.text;
    const terms = indexTokens(spelled);
    if (word !== undefined && terms.length > 0) glosses.set(word, terms);
  };
  for (const [, abbreviation = '', plural = '', spelled = ''] of text.matchAll(SPELLED_AFTER)) add(abbreviation + plural, spelled);
  for (const [, before = '', abbreviation = '', plural = ''] of text.matchAll(SPELLED_BEFORE)) add(abbreviation + plural, spelledBefore(before, abbreviation.length));
  return glosses;
}
