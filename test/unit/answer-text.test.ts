import { describe, expect, it } from 'vitest';
import { cite, splitSentences } from '../../src/core/answer-text.js';

describe('sentences and markers', () => {
  it('never breaks a number, an abbreviation or a quoted title', () => {
    expect(splitSentences('Non-defense AI R&D rose about 11.2% to $1.7 billion. Lander backed it.'))
      .toEqual(['Non-defense AI R&D rose about 11.2% to $1.7 billion.', 'Lander backed it.']);
    expect(splitSentences('The U.S. Army and Lt. Gen. Michael Groen spoke. Executive Order No. 13859 followed.'))
      .toEqual(['The U.S. Army and Lt. Gen. Michael Groen spoke.', 'Executive Order No. 13859 followed.']);
    expect(splitSentences('He called it "a clash. Of systems." Then he left.')).toEqual(['He called it "a clash. Of systems."', 'Then he left.']);
    expect(splitSentences('投资4.244亿美元。《人工智能。下一步》计划随后启动！他说：“这是开始。”然后离开。'))
      .toEqual(['投资4.244亿美元。', '《人工智能。下一步》计划随后启动！', '他说：“这是开始。”', '然后离开。']);
  });

  it('puts the marker at the end of the sentence, never inside a figure', () => {
    const cited = splitSentences('It rose 11.2% to $1.7 billion. 共计4.244亿美元。').map((s, i) => cite(s, i + 1));
    expect(cited).toEqual(['It rose 11.2% to $1.7 billion [1].', '共计4.244亿美元[2]。']);
    expect(cite('股价上涨近86%。', 3)).toBe('股价上涨近86%[3]。');
    expect(cited.join(' ')).not.toMatch(/\d \[\d\]\.\d|\d\[\d\]\.\d/);
  });
});
