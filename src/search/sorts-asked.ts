import type { AliasTable } from '../core/alias-table.js';
import type { EntitySort } from '../core/policy-item.js';
import type { QuestionKind } from '../core/ports.js';
import type { Vocabulary } from '../core/vocabulary.js';
import { REF_PREFIX } from './ref-terms.js';
import type { TermGroup } from './search-index.js';
import { escapeRegExp, indexTokens, isHan } from './text-tokens.js';

/** "which/what … <sort>", 哪些/哪家…<sort>: asks for bodies of that sort. */
const asksWhich = (text: string, word: string): boolean => (isHan(word)
  ? new RegExp(`哪(?:些|家|几家|个|几个)[^，。？！,.?!]{0,6}?${escapeRegExp(word)}`, 'u')
  : new RegExp(String.raw`\b(?:which|what)\s+(?:[\p{L}-]+\s+){0,3}?${escapeRegExp(word)}\b`, 'iu')).test(text);

const mentions = (text: string, word: string): boolean => (isHan(word) ? text.includes(word)
  : new RegExp(String.raw`\b${escapeRegExp(word)}\b`, 'iu').test(text));

/**
 * A question that asks for bodies of one sort ("which think tanks", 哪些中国企业, a list or story of firms) meets every item
 * on an entry of that sort (data/aliases.json `sort`), as well as the word itself: the word that says what sort of thing
 * is asked for is answered by the store's names, not spelled out in its texts. A fact that only mentions the sort
 * ("几成是中国公司生产的"), or a question that names bodies of that sort itself, is left as it is.
 */
export function withSorts(groups: readonly TermGroup[], question: string, { aliases, vocabulary }: { aliases: AliasTable; vocabulary: Vocabulary },
  { kind, named }: { kind: QuestionKind; named: readonly string[] }): TermGroup[] {
  const text = question.normalize('NFKC');
  let result = [...groups];
  for (const [sort, words] of vocabulary.sorts) {
    const said = words.filter((word) => mentions(text, word)).sort((a, b) => b.length - a.length);
    const word = said[0];
    const ofSort = (id: string): boolean => aliases.get(id)?.sort === sort;
    const asked = said.some((w) => asksWhich(text, w)) || (kind !== 'fact' && kind !== 'person');
    if (!word || !asked || named.some(ofSort)) continue;
    result = withAlternatives(result, word, sortRefs(aliases, sort));
  }
  return result;
}

const sortRefs = (aliases: AliasTable, sort: EntitySort): string[] =>
  aliases.entries.filter((entry) => entry.sort === sort).map((entry) => `${REF_PREFIX}${entry.id}`);

/** The idea the word already stands for gets the entries as alternatives; else the word becomes one. */
function withAlternatives(groups: TermGroup[], word: string, refs: readonly string[]): TermGroup[] {
  const terms = indexTokens(word);
  const at = groups.findIndex((group) => group.terms.some((term) => terms.includes(term)));
  if (at >= 0) return groups.map((group, i) => (i === at ? { ...group, alternatives: [...new Set([...group.alternatives, ...refs])] } : group));
  return [...groups, { text: word, terms, need: terms.length, alternatives: [...refs], proper: false, specificity: 0 }];
}
