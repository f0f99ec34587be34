import { describe, expect, it } from 'vitest';
import type { TermGroup } from '../../src/search/search-index.js';
import { withSpelling } from '../../src/search/spelling.js';
import { stem } from '../../src/search/text-tokens.js';

const group = (word: string, specificity = 1): TermGroup => ({ text: stem(word), terms: [stem(word)], need: 1, alternatives: [], proper: false, specificity });
const store = new Set(['restrict', 'combat', 'project', 'huawei'].map((word) => stem(word)));
const known = (term: string): boolean => store.has(term);

describe('a slip of the keyboard', () => {
  it('reads a word neither the store nor English knows as the store\'s word one slip away', () => {
    expect(withSpelling(group('restritcion'), known).terms).toEqual([stem('restriction')]);
    expect(withSpelling(group('combatnt'), known).terms).toEqual([stem('combatant')]);
    expect(withSpelling(group('projets'), known).terms).toEqual([stem('projects')]);
    expect(withSpelling(group('huwaei'), known).terms).toEqual(['huawei']);
    // It weighs as the word meant does, not as an unknown word.
    expect(withSpelling(group('projets'), known).specificity).toBeLessThan(1);
  });

  it('leaves known words, English words, short words and names far from any store word alone', () => {
    for (const [word, specificity] of [['restriction', 1], ['weather', 0.4], ['rstrc', 1], ['megvii', 1]] as const) {
      expect(withSpelling(group(word, specificity), known).terms, word).toEqual([stem(word)]);
    }
  });

  it("meets a school's adherent by the school's own word too, as specific as the question's", () => {
    const views = new Set(['structural', 'interaction', 'structuralist'].map((word) => stem(word)));
    const inStore = (term: string): boolean => views.has(term);
    expect(withSpelling(group('structuralist'), inStore)).toMatchObject({ terms: [stem('structuralist')], alternatives: [stem('structural')], specificity: 1 });
    expect(withSpelling(group('interactionist'), inStore)).toMatchObject({ terms: [stem('interactionist')], alternatives: [stem('interaction')], specificity: 1 });
    expect(withSpelling(group('realist'), inStore).alternatives).toEqual([]);
  });
});
