import type { AliasTable } from '../core/alias-table.js';
import type { QuestionKind } from '../core/ports.js';
import { isCountryName } from './country-names.js';
import { REF_PREFIX } from './ref-terms.js';
import type { TermGroup } from './search-index.js';
import { indexTokens } from './text-tokens.js';

/** Words for firms as a sort of thing: "which Chinese companies", 哪些中国企业. */
const FIRMS = /\b(?:firms?|compan(?:y|ies)|corporations?|enterprises?)\b|企业|公司/iu;
const WHICH_FIRMS = /\b(?:which|what)\s+(?:[\p{L}-]+\s+){0,2}?(?:firms?|compan(?:y|ies)|corporations?|enterprises?)\b|哪(?:些|家|几家|个)[^，。？！]{0,6}?(?:企业|公司)/iu;

/**
 * A question about firms in general ("Which Chinese companies got hit by US measures?") meets every item that acts on a
 * firm the store names (a target that is not a country), as well as the word itself: the word that says what sort of
 * thing is asked for is an idea the store's names answer, not one its texts must spell out.
 */
export function withFirms(groups: readonly TermGroup[], question: string, aliases: AliasTable, { kind, named }: { kind: QuestionKind; named: readonly string[] }): TermGroup[] {
  const text = question.normalize('NFKC');
  const word = FIRMS.exec(text)?.[0];
  const isFirm = (id: string): boolean => {
    const entry = aliases.get(id);
    return entry?.kind === 'target' && ![entry.name.en, entry.name.zh, ...entry.aliases].some(isCountryName);
  };
  // Asked for firms ("which companies", a list or story of them), not for a fact that mentions them ("几成是中国公司生产的"),
  // nor about firms the question names itself.
  const asked = WHICH_FIRMS.test(text) || (kind !== 'fact' && kind !== 'person');
  if (!word || !asked || named.some(isFirm)) return [...groups];
  const firms = aliases.entries.filter((entry) => isFirm(entry.id)).map((entry) => `${REF_PREFIX}${entry.id}`);
  const terms = indexTokens(word);
  const at = groups.findIndex((group) => group.terms.some((term) => terms.includes(term)));
  if (at >= 0) return groups.map((group, i) => (i === at ? { ...group, alternatives: [...new Set([...group.alternatives, ...firms])] } : group));
  return [...groups, { text: word, terms, need: terms.length, alternatives: firms, proper: false, specificity: 0 }];
}
