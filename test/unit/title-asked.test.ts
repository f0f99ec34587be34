import { describe, expect, it } from 'vitest';
import { titledBy, titlesDated } from '../../src/core/title-asked.js';

describe('when a titled document was issued', () => {
  it('reads the titles a question asks the date or occasion of', () => {
    expect(titlesDated('中国那份《关于规范人工智能军事应用的立场文件》是哪年在什么会议上提交的？')).toEqual(['关于规范人工智能军事应用的立场文件']);
    expect(titlesDated('《美国人工智能倡议》讲了什么？')).toEqual([]);
    // A document pointed at and described by its kind is named as a title is.
    expect(titlesDated('中国那份规范AI军事应用的立场文件，是哪天、在什么场合提出来的？')).toEqual(['规范ai军事应用的立场文件']);
    expect(titlesDated('那份文件讲了什么？')).toEqual([]);
  });

  it('takes an item as about a document when its title or first sentence echoes most of it, in other words too', () => {
    expect(titledBy(['白宫《2020财年政府研究和发展预算优先项》将人工智能列为优先领域'], '2020财年研发预算优先项')).toBe(true);
    // A title asked in mixed words meets "AI" in the English title and 战略 in the Chinese one.
    expect(titledBy(['DoD releases its AI strategy', '美国防部发布人工智能战略'], 'ai战略')).toBe(true);
    expect(titledBy(['2022年11月巴厘岛峰会后：论文建议以人工智能作为中美战略安全沟通领域'], '关于规范人工智能军事应用的立场文件')).toBe(false);
  });
});
