import { describe, expect, it } from 'vitest';
import { askApp, ids } from '../support/ask-app.js';

const { ask } = askApp('paper-thesis');

describe('the paper\'s thesis, asked as a choice between its two readings', () => {
  it('leads with the abstract or the conclusion, in plain and in colloquial Chinese', async () => {
    for (const question of ['总体来看，本文认为美国对华人工智能政策是权力驱动还是安全驱动？', '说到底 文章觉得美国对华AI政策是争权还是图安全啊',
      'Overall, does the paper conclude that US AI policy toward China is power-driven or security-driven?']) {
      const answer = await ask(question);
      expect(ids(answer)[0], question).toMatch(/-(?:abstract|conclusion)-\d+$/u);
    }
  });

  it('keeps the action a narrower question names: the Huawei rule is read as both', async () => {
    const huawei = await ask('美商务部要把华为的美国成分门槛降到10%，论文认为这是权力驱动还是安全驱动？');
    expect(ids(huawei)[0]).toBe('2020-01-25-commerce-plan-huawei-10-percent');
  });
});

describe('a question that points to the paper\'s closing section', () => {
  it('is answered from the conclusion passage that meets it, even when it names the sides it compares', async () => {
    const advice = await ask('这篇文章最后说，中国可以怎么利用美国各个部门意见不一样这一点？');
    expect(ids(advice)[0]).toBe('zhu-chen-us-ai-policy-conclusion-5');
    expect(advice.text).toContain('良性竞争');
    const sides = await ask('白宫/国务院vs美防部：污名化中国AI应用之立场差异（结语）？');
    expect(ids(sides)[0]).toBe('zhu-chen-us-ai-policy-conclusion-2');
    expect(sides.text).toContain('双重意涵');
    // 国务院 beside 白宫 is the State Department: its actions follow, not China's State Council plan.
    expect(ids(sides)).not.toContain('2017-07-08-state-council-new-generation-ai-plan');
  });

  it('leaves a conclusion the paper draws about one episode to the episode', async () => {
    const gpai = await ask('What does the paper conclude the GPAI episode reveals about US priorities?');
    expect(ids(gpai)[0]).not.toMatch(/-conclusion-\d+$/u);
  });
});

describe('who the paper cites for its argument', () => {
  it('leads with its discussion that names the scholars, not one that names none', async () => {
    const answer = await ask("Which strand of realist theory does the paper draw on for its 'power-maximization' logic, and which scholars does it cite in support?");
    expect(answer.text).toMatch(/Mearsheimer|James Johnson/u);
  });

  it('shows the criteria a paragraph sets out by actions the paper reads by them', async () => {
    const answer = await ask('本文所称判断人工智能“领头羊”之“印象管理”，其意涵为何？美方又如何借此构筑霸主地位？');
    expect(ids(answer)[0]).toBe('zhu-chen-us-ai-policy-s2-1-5');
    expect(ids(answer)).toContain('2018-02-12-fy2019-budget-request-84-billion');
  });

  it('goes on from a paragraph that announces its parts (以下三方面) with the paragraphs that give them', async () => {
    const answer = await ask('文中说特朗普政府主导国际制度和争夺技术标准制定权主要集中在三方面，具体是哪三方面？');
    expect(ids(answer).slice(0, 4)).toEqual(['s3-2-1', 's3-2-2', 's3-2-3', 's3-2-4'].map((part) => `zhu-chen-us-ai-policy-${part}`));
    expect(answer.text).toContain('实体清单');
  });
});
