import { describe, expect, it } from 'vitest';
import { askApp, ids } from '../support/ask-app.js';

const { ask } = askApp('sides');

describe('comparisons of two bodies', () => {
  it('takes an item whose title names a side as that side\'s, though the side is only the object of its actors', async () => {
    // The White House's reservations and the France–Canada plan name GPAI in their titles, not among their actors.
    const answer = await ask('Compare the OECD and GPAI: how did the White House first treat each?');
    expect(answer.questionKind).toBe('compare');
    expect(ids(answer).slice(0, 5)).toEqual(expect.arrayContaining(['2020-01-06-white-house-reservations-on-gpai', '2019-05-02-kratsios-oecd-keynote-shared-values']));
    const zh = await ask('美国对经合组织的人工智能原则和对GPAI，最初的态度有何不同？');
    expect(ids(zh).slice(0, 5)).toContain('2020-01-06-white-house-reservations-on-gpai');
  });
});
