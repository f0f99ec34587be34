/**
 * The paper gives some figures of what a thing is not: "non-defense AI R&D" (非国防人工智能研发). A question about the
 * defense budget (国防类研发预算) meets every one of that text's words, but the text speaks of the rest of the budget.
 */
import { regExpLiteral } from './regexp-literal.js';

const ENGLISH_WORD = /\p{L}[\p{L}-]{3,}/gu;

function counts(text: string, word: string, han: boolean): { plain: number; negated: number } {
  const pattern = han ? new RegExp(`(非)?${regExpLiteral(word)}`, 'gu') : new RegExp(`(?<![\\p{L}-])(non[-\\s]?)?${regExpLiteral(word)}(?![\\p{L}])`, 'giu');
  let plain = 0;
  let negated = 0;
  for (const match of text.matchAll(pattern)) {
    if (match[1]) negated++;
    else plain++;
  }
  return { plain, negated };
}

/** The question's own words (not negated there) that the texts use only negated: what the question asks is not what they tell. */
export function wordsTheTextsNegate(question: string, texts: readonly string[]): string[] {
  const asked = question.normalize('NFKC');
  const words = new Set<string>();
  for (const match of asked.matchAll(ENGLISH_WORD)) {
    if (!/^non-?/iu.test(match[0]) && !/non[-\s]?$/iu.test(asked.slice(0, match.index))) words.add(match[0].toLowerCase());
  }
  const han = new Set<string>();
  for (const run of asked.match(/\p{Script=Han}{2,}/gu) ?? []) {
    for (let i = 0; i + 2 <= run.length; i++) if (run[i - 1] !== '非' && run[i] !== '非') han.add(run.slice(i, i + 2));
  }
  const text = texts.map((t) => t.normalize('NFKC')).join('\n');
  const negatedOnly = (word: string, isHan: boolean): boolean => {
    const { plain, negated } = counts(text, word, isHan);
    return negated > 0 && plain === 0;
  };
  return [...[...words].filter((w) => negatedOnly(w, false)), ...[...han].filter((w) => negatedOnly(w, true))];
}
