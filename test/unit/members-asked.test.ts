import { describe, expect, it } from 'vitest';
import { countedSetNamed, listsMembers, membersAsked } from '../../src/core/members-asked.js';

describe('the members of a counted set a question asks to be named', () => {
  it('reads the count in either language, and none where no members are asked for', () => {
    expect(membersAsked('which 13 countries were in the AI Partnership for Defense before the third meeting?')).toBe(13);
    expect(membersAsked('List the five DoD AI ethical principles adopted in Feb 2020')).toBe(5);
    expect(membersAsked('“人工智能国防伙伴关系”最初那13个成员国分别是哪些国家')).toBe(13);
    expect(membersAsked('《美国人工智能倡议》的五大支柱具体是哪五个？')).toBe(5);
    expect(membersAsked('BIS把哪8家企业列入实体清单？')).toBe(8);
    expect(membersAsked('内政部停飞的那800多架大疆无人机具体都是哪些型号？')).toBe(800);
    expect(membersAsked('Please list the names of all ten working groups established under the TTC.')).toBe(10);
    expect(membersAsked('贸易和技术委员会那10个工作组分别叫什么？')).toBe(10);
    expect(membersAsked('TTC的十个工作组分别由谁牵头？')).toBe(10);
    expect(membersAsked('How many members did the partnership have after its third meeting?')).toBeUndefined();
    expect(membersAsked('Which company did Treasury list in December 2021?')).toBeUndefined();
  });

  it('finds a sentence that lists that many, and not one that only gives the count', () => {
    expect(listsMembers('BIS将海康威视、大华、旷视、商汤、依图、科大讯飞、美亚柏科和颐信科技列入实体清单。', 8)).toBe(true);
    expect(listsMembers('2021年5月28日，第三次对话会将成员从13个扩大到16个，北约重要成员德国加入。', 13)).toBe(false);
    expect(listsMembers('The Pentagon and Treasury objected.', 2)).toBe(true);
    // Clauses between commas are no members.
    expect(listsMembers('文章指出，断供迫使海康威视和大华股份在基础材料和芯片等核心技术上寻找国内供应商，美亚柏科和依图科技的存储芯片供货困难，国产替代增加了研发成本，在一定程度上打乱了企业发展规划。', 8)).toBe(false);
  });

  it('reads whether something is one of a counted set only when asked to', () => {
    expect(membersAsked('Was Megvii one of the eight firms BIS blacklisted?', true)).toBe(8);
    expect(membersAsked('科大讯飞也在那8家中国人工智能企业之中吗？', true)).toBe(8);
    expect(membersAsked('Was Megvii one of the eight firms BIS blacklisted?')).toBeUndefined();
  });

  it('reads the set a Chinese question names by its count and measure word, as a text would give it', () => {
    expect(countedSetNamed('《美国人工智能倡议》的五大支柱具体是哪五个？')).toEqual(['五大', '5大']);
    expect(countedSetNamed('800多架大疆无人机具体都是哪些型号')).toEqual(['800多架']);
    expect(countedSetNamed('8家企业分别是哪些？')).toEqual(['8家', '八家']);
    // 哪两个 asks which two; 个 counts anything.
    expect(countedSetNamed('哪两个国家提出了GPAI？')).toEqual([]);
    expect(countedSetNamed('论文衡量“权力驱动”的三个方面分别是什么？')).toEqual([]);
  });
});
