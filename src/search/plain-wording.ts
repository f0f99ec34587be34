import type { Vocabulary } from '../core/vocabulary.js';
import { escapeRegExp, isHan } from './text-tokens.js';

/** The short forms of "department" and "government" spelled out, so that "State Dept" meets the State Department. */
const spellOutAbbreviations = (text: string): string =>
  text.replace(/\b(?:dept|dep['’]t)\b\.?/giu, 'Department').replace(/\bgovt\b\.?/giu, 'government');

/** The paper's authors by name ("Zhu & Chen's view", 朱荣生、陈琪怎么看) are "the authors", 作者: the question asks what the paper says. */
const authorPatterns = new WeakMap<Vocabulary, Array<{ han: boolean; pattern: RegExp }>>();
function authorsAsSuch(text: string, vocabulary: Vocabulary): string {
  let patterns = authorPatterns.get(vocabulary);
  if (!patterns) {
    patterns = vocabulary.authors.map((name) => ({ han: isHan(name),
      pattern: isHan(name) ? new RegExp(escapeRegExp(name), 'gu') : new RegExp(String.raw`\b${escapeRegExp(name)}\b(['’]s)?`, 'giu') }));
    authorPatterns.set(vocabulary, patterns);
  }
  let out = text;
  for (const { han, pattern } of patterns) {
    out = out.replace(pattern, (_, possessive?: string) => (han ? '作者' : possessive ? "the authors'" : 'the authors'));
  }
  return out.replace(/作者[、和与及]作者/gu, '作者').replace(/\bthe authors(?:,? and |\s*&\s*)the authors\b/giu, 'the authors');
}

/** A question in the words the rest of understanding reads: short forms spelled out, the authors named as such. */
export const plainWording = (question: string, vocabulary: Vocabulary): string => authorsAsSuch(spellOutAbbreviations(question), vocabulary);
