import type { TermGroup } from './search-index.js';
import { isHan, stem } from './text-tokens.js';
import { wordSpecificity } from './word-specificity.js';

/** Words shorter than this are too short to tell a slip of the keyboard from another word. */
const MIN_LENGTH = 5;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The spellings one slip away from a word: two letters swapped, one left out, one doubled or added, one mistyped. */
function* oneSlipAway(word: string): Generator<string> {
  for (let i = 0; i + 1 < word.length; i++) yield word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  for (let i = 0; i < word.length; i++) yield word.slice(0, i) + word.slice(i + 1);
  for (let i = 0; i <= word.length; i++) for (const letter of LETTERS) yield word.slice(0, i) + letter + word.slice(i);
  for (let i = 0; i < word.length; i++) for (const letter of LETTERS) if (letter !== word[i]) yield word.slice(0, i) + letter + word.slice(i + 1);
}

/**
 * A question word that neither the store nor general English knows ("restritcion", "combatnt") is read as the store's
 * word one slip of the keyboard away, when there is one, weighing as that word does: the question is read as if typed
 * right. Names the store lacks ("Megvii") are rarely one slip from a word it has, and stay unknown.
 */
export function withSpelling(group: TermGroup, known: (term: string) => boolean): TermGroup {
  const viewed = withView(group, known);
  return viewed === group ? withSlip(group, known) : viewed;
}

/**
 * An adherent of a view ("structuralist", "interactionist") is met by the view's own word too ("structural view",
 * "interactive view"): the paper names a school both ways. The word stays as specific as the question's.
 */
function withView(group: TermGroup, known: (term: string) => boolean): TermGroup {
  const [term] = group.terms;
  if (group.terms.length !== 1 || term === undefined || isHan(term) || !term.endsWith('is') || term.length < MIN_LENGTH + 2) return group;
  // The stem of "structuralist" is "structuralis" (shared with "-ism").
  const view = stem(term.slice(0, -2), false);
  return view !== term && known(view) ? { ...group, alternatives: [...group.alternatives, view] } : group;
}

function withSlip(group: TermGroup, known: (term: string) => boolean): TermGroup {
  const [term] = group.terms;
  if (group.terms.length !== 1 || term === undefined || isHan(term) || term.length < MIN_LENGTH || /\d/u.test(term)
    || group.specificity < 1 || group.alternatives.some(known) || known(term)) return group;
  for (const spelling of oneSlipAway(term)) {
    const meant = stem(spelling, false);
    if (meant.length >= MIN_LENGTH - 1 && known(meant)) return { ...group, text: meant, terms: [meant], specificity: wordSpecificity(meant, false) };
  }
  return group;
}
