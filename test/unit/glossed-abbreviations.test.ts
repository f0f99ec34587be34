import { describe, expect, it } from 'vitest';
import { glossedAbbreviations } from '../../src/search/glossed-abbreviations.js';

describe('abbreviations a question spells out', () => {
  it('pairs an abbreviation with the words that spell it, before or after it', () => {
    expect([...glossedAbbreviations('两人对中美建立 CBM（增强信心措施）的看法')]).toEqual([['cbm', ['增强', '强信', '信心', '心措', '措施']]]);
    expect([...glossedAbbreviations('what did scharre say about confidence-building measures (CBMs) with China?')])
      .toEqual([['cbms', ['confid', 'build', 'measur']]]);
  });

  it('finds none where the brackets hold no abbreviation', () => {
    expect(glossedAbbreviations('美国对 OECD AI原则（2019年）的态度').size).toBe(0);
    expect(glossedAbbreviations('What did Esper say (in 2019) about China?').size).toBe(0);
  });
});
