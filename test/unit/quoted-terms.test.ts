import { describe, expect, it } from 'vitest';
import { capitalisedTerms, mentionsTerm, quotedTerms } from '../../src/core/quoted-terms.js';

describe('terms a question quotes or names in capitals', () => {
  it('reads quoted terms in either script, and meets an English one by its words in any order', () => {
    expect(quotedTerms('DARPA“心灵之眼”项目拨了多少经费？')).toEqual(['心灵之眼']);
    expect(mentionsTerm('the Insight, X-data and Mind\'s Eye programs', 'data x')).toBe(true);
  });

  it('reads capitalised names of two or more words that are none of the known bodies or people', () => {
    const known = new Set(['darpa', 'pentagon']);
    expect(capitalisedTerms("- DARPA Mind's Eye program: budget $?", known)).toEqual(["mind's eye"]);
    // A known owner is no part of the name; a sentence's first word is capitalised whatever it is.
    expect(capitalisedTerms("How big was the Pentagon's AI Next campaign?", known)).toEqual(['ai next']);
    expect(capitalisedTerms('Budget of the program?', known)).toEqual([]);
  });
});
