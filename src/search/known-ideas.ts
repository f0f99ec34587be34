import type { CompactIndex } from './compact-index.js';
import type { TermGroup } from './search-index.js';
import { isHan } from './text-tokens.js';
import { isChineseWord, isEveryday } from './word-specificity.js';
import { isCountryName } from './country-names.js';

/** Which of the question's ideas the index knows, and which unknown ones look like names. */
export function knownIdeas(index: CompactIndex, groups: readonly TermGroup[]) {
  const df = (token: string): number => index.documentFrequency(token);
  const known = (group: TermGroup): boolean => group.alternatives.some((t) => df(t) > 0)
    || group.terms.filter((t) => df(t) > 0).length >= group.need || (group.spelledOut?.every((t) => df(t) > 0) ?? false);
  // A quote whose most specific word the store holds (“表态克制”: 克制) words in its own way what the store tells: its
  // other words are phrasing, not a name. One whose most specific word it lacks (“清洁网络”: 清洁) is a name it lacks.
  const paraphrase = (g: TermGroup): boolean => {
    if (!isHan(g.text) || g.name === undefined) return false;
    const mates = groups.filter((other) => other.name === g.name && isHan(other.text));
    const most = mates.reduce((best, other) => (other.specificity > best.specificity ? other : best), g);
    return most !== g && known(most);
  };
  // A Chinese word is an unknown name only when none of its character pairs occurs: "精锐派往" is phrasing around a known word.
  // An everyday Chinese word (经历, "went through") is phrasing wherever it stands, never a name, unless it names a
  // country (印度); a capitalised English one may still be a name (Japan).
  const unknownName = (g: TermGroup): boolean => (g.proper || g.nameIfUnknown === true)
    && (!isHan(g.text) || ((!isEveryday(g.specificity) || isCountryName(g.text)) && g.terms.every((t) => df(t) === 0)))
    && !paraphrase(g) && !(g.askedFor === true && isChineseWord(g.text));
  return { known, unknownName };
}
export type KnownIdeas = ReturnType<typeof knownIdeas>;
