import { describe, expect, it } from 'vitest';
import { askApp, ids } from '../support/ask-app.js';

const { ask } = askApp('layout');

describe('comparisons of two bodies', () => {
  it('takes an item whose title names a side as that side\'s, though the side is only the object of its actors', async () => {
    // The White House's reservations and the France–Canada plan name GPAI in their titles, not among their actors.
    const answer = await ask('Compare the OECD and GPAI: how did the White House first treat each?');
    expect(answer.questionKind).toBe('compare');
    expect(ids(answer).slice(0, 5)).toEqual(expect.arrayContaining(['2020-01-06-white-house-reservations-on-gpai', '2019-05-02-kratsios-oecd-keynote-shared-values']));
    const zh = await ask('美国对经合组织的人工智能原则和对GPAI，最初的态度有何不同？');
    expect(ids(zh).slice(0, 5)).toContain('2020-01-06-white-house-reservations-on-gpai');
  });

  it('tells the sides in the order the question names them, and what another country did after the US\'s own stance', async () => {
    const answer = await ask('美国对 OECD AI原则 和 对 GPAI 的态度一样吗');
    expect(answer.text).toMatch(/^经济合作与发展组织：/u);
    expect(answer.text.indexOf('人工智能全球合作伙伴组织：')).toBeGreaterThan(0);
    // The White House's reservations are the US's first stance on GPAI; France and Canada's plan is its setting.
    const gpai = ids(answer).slice(0, 5);
    expect(gpai).toContain('2020-01-06-white-house-reservations-on-gpai');
    expect(ids(answer).indexOf('2020-01-06-white-house-reservations-on-gpai')).toBeLessThan(ids(answer).indexOf('2020-01-06-france-canada-propose-gpai'));
    expect((await ask('How did the US attitude differ between GPAI in 2020 and the 2019 OECD AI principles?')).text).toMatch(/^Global Partnership on Artificial Intelligence: /u);
  });

  it('reads "X and Y on one side, Z on the other" and 国防部与白宫、国务院 as one body against a party of two', async () => {
    const en = await ask('The White House and State on one side, the Pentagon on the other: how does the paper set apart the way they talk about Chinese AI?');
    expect(en.questionKind).toBe('compare');
    expect(en.text).toMatch(/^The White House\/US Department of State: /u);
    expect(en.text).toContain('US Department of Defense: ');
    // 、 binds the two it joins tighter than 与 joins them to the first.
    const zh = await ask('在给中国人工智能扣帽子上，美国防部与白宫、国务院的立场有什么差别？');
    expect(zh.text).toMatch(/(?:白宫、美国务院|美国务院、白宫)：/u);
  });

  it('reads "X as different from Y / Z" as X against the party of two, and never sets a party written with a slash against itself', async () => {
    const answer = await ask("All of them bash China on AI and human rights, but does the paper see the Pentagon's rhetoric as different from the White House / State Dept line? How?");
    expect(answer.questionKind).toBe('compare');
    expect(answer.text).toContain('US Department of Defense: ');
    expect(answer.text).toMatch(/(?:The White House\/US Department of State|US Department of State\/The White House): /u);
  });
});

describe('the paper\'s argument', () => {
  it('follows the passage that develops a term the question quotes through every action it tells, named or not', async () => {
    // The passage tells Work, Shanahan, the principles and the NSCAI report; the report is no Pentagon action.
    const answer = await ask("The paper calls the Pentagon's self-restraint messaging 'cheap signals'. What is the argument behind that label?");
    expect(ids(answer)[0]).toBe('zhu-chen-us-ai-policy-s4-2-2');
    expect(ids(answer).slice(1, 5)).toEqual(expect.arrayContaining(['2016-03-30-work-no-lethal-decisions-to-machines',
      '2019-09-25-shanahan-no-ai-nuclear-launch', '2020-02-24-pentagon-adopts-ai-principles', '2021-03-01-nscai-final-report-others-restraint']));
  });

  it('gives the actions the leading passage tells before a second passage that restates its point', async () => {
    const answer = await ask('大疆禁购这事，作者为什么把它看成美国自己的“安全困境”？');
    const kinds = answer.citations.map((c) => c.kind);
    expect(kinds[0]).toBe('passage');
    expect(kinds.slice(1, 5)).toEqual(['item', 'item', 'item', 'item']);
    expect(ids(answer).slice(0, 4)).toEqual(expect.arrayContaining(['2018-05-23-defense-bans-dji-drones', '2020-01-interior-grounds-dji-drones']));
  });
});

describe('a story asked over dates that the paper tells in a passage', () => {
  it('follows the passage, which has no date, and gives its steps within the dates in date order', async () => {
    const answer = await ask('美国防部高层释放“自我克制”信号的时间线：从 Work 2016 年讲到 NSCAI 最终报告');
    const steps = ['2016-03-30-work-no-lethal-decisions-to-machines', '2019-09-25-shanahan-no-ai-nuclear-launch',
      '2020-02-24-pentagon-adopts-ai-principles', '2021-03-01-nscai-final-report-others-restraint'];
    expect(ids(answer)[0]).toBe('zhu-chen-us-ai-policy-s4-2-2');
    expect(ids(answer).slice(1, 5)).toEqual(steps);
  });
});
