import { indicatorCodes, indicatorLabel } from '../core/labels.js';
import { REF_PREFIX } from './ref-terms.js';
import { indexTokens } from './text-tokens.js';

/**
 * The paper's indicators as search terms. An item is indexed with the indicators its reading uses; a question word
 * that only one indicator's own words hold (its label and description: "stigmatize", 污名化, "human control") also
 * meets the items read by that indicator, as "blacklist" meets every Entity List item through its instrument.
 */
export const indicatorRef = (indicator: string): string => `${REF_PREFIX}indicator-${indicator}`;

/** Below this specificity a word is too general to stand for an indicator ("China", 技术). */
const MIN_SPECIFICITY = 0.3;

let owners: Map<string, string> | undefined;

/** Each index term of the indicators' words that only one indicator has, with that indicator. */
function termOwners(): Map<string, string> {
  if (owners) return owners;
  const holders = new Map<string, Set<string>>();
  for (const code of indicatorCodes()) {
    for (const lang of ['en', 'zh'] as const) {
      const { label, description } = indicatorLabel(code, lang);
      for (const term of indexTokens(`${label} ${description}`)) holders.set(term, (holders.get(term) ?? new Set()).add(code));
    }
  }
  owners = new Map([...holders].flatMap(([term, codes]) => (codes.size === 1 ? [[term, [...codes][0] as string] as const] : [])));
  return owners;
}

/** The indicator a question word stands for, as its index term, when all its terms belong to one indicator alone. */
export function indicatorMeant(terms: readonly string[], specificity: number): string | undefined {
  if (terms.length === 0 || specificity < MIN_SPECIFICITY) return undefined;
  const codes = new Set(terms.map((term) => termOwners().get(term)));
  const [code] = [...codes];
  return codes.size === 1 && code !== undefined ? indicatorRef(code) : undefined;
}

let phrases: Array<{ phrase: string; ref: string }> | undefined;

/**
 * The names of the indicators and of their parts ("意识形态化", "accident prevention", "霸主地位"), longest first: a
 * question that uses one asks about the actions read by it, however a segmenter would split the words.
 */
export function indicatorPhrases(): ReadonlyArray<{ phrase: string; ref: string }> {
  if (phrases) return phrases;
  phrases = indicatorCodes().flatMap((code) => (['en', 'zh'] as const).flatMap((lang) => {
    const { label } = indicatorLabel(code, lang);
    return [label, ...label.split(/\s+and\s+|与/u)].map((phrase) => ({ phrase: phrase.normalize('NFKC').toLowerCase().trim(), ref: indicatorRef(code) }));
  })).filter(({ phrase }) => phrase.length >= 2).sort((a, b) => b.phrase.length - a.phrase.length);
  return phrases;
}
