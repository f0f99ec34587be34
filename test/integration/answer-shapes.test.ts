import { describe, expect, it } from 'vitest';
import { askApp, ids } from '../support/ask-app.js';

const { ask } = askApp('answer-shapes');

describe('comparisons set side by side what the wording sets against each other', () => {
  it('"how different were" compares, and a season bounds the period', async () => {
    const answer = await ask('Esper and Shanahan both spoke in fall 2019 - how different were their messages on China/AI?');
    expect(answer.questionKind).toBe('compare');
    expect(ids(answer)).toEqual(expect.arrayContaining(['2019-09-25-shanahan-no-ai-nuclear-launch', '2019-11-05-esper-nscai-surveillance-state']));
  });

  it('takes the names on each side of "vs", and the first and last of names listed together, as the two sides', async () => {
    const versus = await ask("France/Canada's GPAI plan vs the White House's early objections to it: what was each side's position?");
    expect(ids(versus)).toEqual(expect.arrayContaining(['2020-01-06-france-canada-propose-gpai', '2020-01-06-white-house-reservations-on-gpai']));
    const listed = await ask('GPAI问题上法国加拿大和白宫当时的立场怎么对比？');
    expect(ids(listed)).toEqual(expect.arrayContaining(['2020-01-06-france-canada-propose-gpai', '2020-01-06-white-house-reservations-on-gpai']));
  });

  it('reads "distinguish X from Y" as a comparison of X with Y, not as a period from X to Y', async () => {
    const answer = await ask('How does the paper distinguish the White House/State Dept from DoD when it comes to stigmatizing China\'s AI use?');
    expect(answer.questionKind).toBe('compare');
    expect(answer.text).toMatch(/^The White House\/US Department of State: .*US Department of Defense: /su);
    expect(ids(answer)).toEqual(expect.arrayContaining(['2021-04-08-work-groen-press-briefing-ai', '2019-11-05-esper-nscai-surveillance-state']));
  });

  it('sets two administrations side by side when the names it gives both act under one of them', async () => {
    const answer = await ask('Trump-era vs Biden-era coalition building on AI rules (OECD/GPAI vs TTC, Summit for Democracy) — what changed?');
    expect(answer.text).toMatch(/^Trump administration: .*Biden administration: /su);
    expect(ids(answer)).toEqual(expect.arrayContaining(['2020-us-decides-to-back-gpai-launch', '2021-09-29-us-eu-trade-technology-council']));
  });

  it('stands on its two sides even when the paper\'s discussion matches the question best', async () => {
    const answer = await ask('海军和内政部对大疆无人机的做法对比一下');
    expect(ids(answer)).toEqual(['2018-08-navy-dji-waiver-purchase', '2020-01-interior-grounds-dji-drones']);
    expect(answer.text).toMatch(/^美国海军：.*美国内政部：/su);
  });

  it('tells two administrations compared overall by the action their section opens with, then one of each of their sections', async () => {
    const answer = await ask('特朗普和拜登两届政府的对华AI政策相比，有哪些相同和不同？');
    expect(answer.questionKind).toBe('compare');
    expect(ids(answer)[0]).toBe('2019-02-11-executive-order-maintaining-american-leadership-in-ai');
    expect(ids(answer)).toContain('2021-12-10-treasury-lists-sensetime');
    // A president named again later in the question is still the administration, not a word to look up.
    const again = await ask('特朗普和拜登两届政府在对华AI竞争上的打法有什么不同？拜登多强调了哪些东西');
    expect(ids(again)).toContain('2019-02-11-executive-order-maintaining-american-leadership-in-ai');
  });

  it('meets the actions read by an indicator it names, however the words are split: 意识形态化', async () => {
    const answer = await ask('五角大楼高层有哪些把中美AI竞争意识形态化的表态？列一下');
    expect(ids(answer)).toContain('2021-04-08-work-groen-press-briefing-ai');
  });

  it('meets an action through the indicator the paper reads it by: 污名化 finds the actions read as ideologization', async () => {
    const answer = await ask('白宫/国务院 vs 国防部：在污名化中国AI这件事上两边有啥不一样？');
    expect(answer.questionKind).toBe('compare');
    expect(ids(answer)).toContain('2021-04-08-work-groen-press-briefing-ai');
  });
});

describe('sides a comparison stands on', () => {
  it('takes a body the store often names as a side, and reads "State Dept" as the State Department', async () => {
    const answer = await ask("All of them bash China on AI and human rights, but does the paper see the Pentagon's rhetoric as different from the White House / State Dept line? How");
    expect(answer.grounded).toBe(true);
    expect(answer.questionKind).toBe('compare');
    expect(ids(answer)).toContain('2021-07-13-blinken-nscai-summit-ai-human-rights');
  });
});

describe('examples of a reading', () => {
  it('gives no action the paper reads the other way as a sign of the reading asked for', async () => {
    const answer = await ask("what signs would mark a US policy as security-driven in the authors' scheme?");
    expect(answer.questionKind).toBe('reading');
    expect(ids(answer)[0]).toBe('zhu-chen-us-ai-policy-s2-2-6');
    expect(ids(answer)).not.toContain('2019-02-11-executive-order-maintaining-american-leadership-in-ai');
  });
});

describe('two things one subject acts on', () => {
  it('compares them when nothing else is a side: 美国对OECD原则和对GPAI', async () => {
    const answer = await ask('同是国际AI规则平台，美国对OECD原则和对GPAI一开始的态度为啥差这么多？');
    expect(answer.questionKind).toBe('compare');
    expect(ids(answer)).toEqual(expect.arrayContaining(['2019-05-oecd-ai-principles', '2020-us-decides-to-back-gpai-launch']));
  });
});

describe('stories between two events', () => {
  it('runs a story told from one undated event to another between the days they happened', async () => {
    const answer = await ask('从华为之争到中芯国际之争，商务部的立场怎么变的？');
    expect(answer.questionKind).toBe('timeline');
    expect(ids(answer)).toEqual(expect.arrayContaining(['2019-05-21-commerce-entity-list-huawei', '2021-12-commerce-objects-smic-restrictions']));
    expect(answer.citations.every((c) => c.date >= '2019-05' && c.date <= '2021-12-31')).toBe(true);
  });

  it('tells the whole course of the names it gives when the ends read as a period would leave them out', async () => {
    const answer = await ask('How did GPAI go from a G7 discussion topic to something Washington backed? Steps in order please.');
    expect(ids(answer)).toEqual(expect.arrayContaining(['2016-04-g7-ict-ministers-ai-regulation', '2020-01-06-france-canada-propose-gpai',
      '2020-us-decides-to-back-gpai-launch']));
  });
});

describe('lists of people', () => {
  it('lists the people of a camp before the paper\'s discussion that gathers them', async () => {
    const answer = await ask('“演化博弈的互动论”这一派，论文引了哪些人或机构的观点？');
    expect(answer.questionKind).toBe('list');
    expect(ids(answer).slice(0, 5)).toEqual(expect.arrayContaining(['2020-fu-ying-ai-international-security-governance',
      '2020-07-12-john-allen-hyperwar-op-ed', '2021-01-12-cnas-ai-international-stability-cbms']));
    expect(answer.citations.at(-1)?.kind).toBe('passage');
  });

  it('asked who, lists the items where an official speaks or acts first', async () => {
    const answer = await ask('文中点名的五角大楼官员/将领都有谁，各自说了啥');
    expect(answer.questionKind).toBe('list');
    expect(ids(answer)).toEqual(expect.arrayContaining(['2019-09-25-shanahan-no-ai-nuclear-launch', '2021-04-08-work-groen-press-briefing-ai']));
    expect(ids(answer)).not.toContain('2012-07-dsb-autonomy-task-force-report');
  });
});

describe('what a Chinese name is met by', () => {
  it('meets a three-character name only whole: 《财政时报》 in a footnote does not name 财政部', async () => {
    const answer = await ask('华为这件事在文中时间线：先列清单，再想收紧到10%，然后国防部财政部反对又撤回——各节点日期？');
    expect(ids(answer)).toEqual(expect.arrayContaining(['2020-01-25-commerce-plan-huawei-10-percent', '2020-02-16-defense-treasury-withdraw-objections']));
    expect(ids(answer)).not.toContain('2012-07-dsb-autonomy-task-force-report');
  });
});

describe('the paper\'s reading of a matter several actions share', () => {
  it('tells its reading of the DJI bans with every action on DJI, not one', async () => {
    const answer = await ask('大疆禁令在论文里算权力驱动还是安全驱动？依据是什么？');
    expect(answer.questionKind).toBe('reading');
    expect(ids(answer)).toEqual(expect.arrayContaining(['2018-05-23-defense-bans-dji-drones', '2018-08-navy-dji-waiver-purchase',
      '2018-11-air-force-dji-waiver-purchase', '2020-01-interior-grounds-dji-drones']));
  });
});

describe('what a list of a body\'s doings holds', () => {
  it('lets a name into a wider list without narrowing it to that name ("BIS那件也算", "including BIS")', async () => {
    const answer = await ask('2019年特朗普政府在AI技术标准和国际规则这块都出了哪些招？列一下，BIS那件也算');
    expect(ids(answer)).toEqual(expect.arrayContaining(['2019-10-07-bis-entity-list-eight-ai-firms', '2019-08-09-nist-ai-technical-standards-plan']));
  });

  it('takes two firms named apart as alternatives when no item acts on both', async () => {
    const answer = await ask('财政部在华为10%方案和商汤制裁里扮演的角色分别是什么？');
    expect(ids(answer)).toEqual(['2020-01-25-commerce-plan-huawei-10-percent', '2021-12-10-treasury-lists-sensetime']);
  });

  it('keeps China\'s State Council out of the US State Department\'s list (美国务院)', async () => {
    const answer = await ask('美国务院在书里干的对华AI相关的事 列一下');
    expect(ids(answer)).toContain('2021-07-13-blinken-nscai-summit-ai-human-rights');
    expect(ids(answer)).not.toContain('2017-07-08-state-council-new-generation-ai-plan');
  });

  it('reads a name two bodies share by the words around it: 国务院 beside 污名化 is the State Department, beside 规划 China\'s State Council', async () => {
    const stigma = await ask('国务院和国防部都在污名化中国AI，但两边的立场有什么差别？');
    expect(ids(stigma)).toContain('2021-07-13-blinken-nscai-summit-ai-human-rights');
    expect(ids(stigma)).not.toContain('2017-07-08-state-council-new-generation-ai-plan');
    const plan = await ask('国务院发布了什么规划？');
    expect(ids(plan)[0]).toBe('2017-07-08-state-council-new-generation-ai-plan');
  });

  it('takes in the items that name the body in their own text after those where it acts', async () => {
    const answer = await ask('跟美国人工智能国家安全委员会（NSCAI）有关的场合和文件，论文提到了哪些？');
    expect(ids(answer)).toEqual(expect.arrayContaining(['2021-03-01-nscai-final-report-others-restraint', '2021-07-13-blinken-nscai-summit-ai-human-rights']));
  });
});

describe('a list the paper gives in a passage', () => {
  it('follows the closest actions with the others the passage tells, a title each', async () => {
    const answer = await ask('美军在网络空间越来越偏向进攻，论文列了哪些做法？');
    expect(ids(answer)).toEqual(expect.arrayContaining(['2020-02-cybercom-hunt-forward', '2019-nakasone-ai-will-become-offensive',
      '2018-06-14-cybercom-elevated-unified-command']));
  });
});

describe('a list of actions on a sort of body', () => {
  it('holds the actions on one firm each beside the one on eight firms', async () => {
    const answer = await ask('特朗普政府对中国企业采取了哪些打压措施？');
    expect(ids(answer)).toEqual(expect.arrayContaining(['2019-10-07-bis-entity-list-eight-ai-firms', '2019-05-21-commerce-entity-list-huawei',
      '2018-05-23-defense-bans-dji-drones']));
  });
});

describe('a list of a period', () => {
  it('holds what happened within a few months on any of the question\'s topic', async () => {
    const answer = await ask('Around December 2021, what did Washington do against Chinese AI and chip companies?');
    expect(ids(answer)).toEqual(expect.arrayContaining(['2021-12-dod-proposes-smic-14nm-tool-restrictions', '2021-12-10-treasury-lists-sensetime']));
  });

  it('holds everything dated in it when its words only phrase the question', async () => {
    const answer = await ask('list everything dated 2017 that the paper cites, events and commentary both');
    expect(ids(answer)).toEqual(expect.arrayContaining(['2017-07-08-state-council-new-generation-ai-plan', '2017-08-section-301-investigation-china',
      '2017-09-08-allen-kania-china-using-us-ai-plan', '2017-11-11-eric-schmidt-chinese-ai-remarks']));
  });
});

describe('how many items a list shows', () => {
  it('shows the five closest, with the rest as an events listing, and up to ten when asked for all of them', async () => {
    const closest = await ask('2019年发生了什么？');
    expect(closest.citations.length).toBe(5);
    expect(closest.actions.some((action) => action.command.startsWith('events'))).toBe(true);
    const all = await ask('2019年发生的所有事');
    expect(all.citations.length).toBeGreaterThan(5);
    // All of one body's actions: the kinds the question names are examples, not a filter.
    const airForce = await ask('what has the USAF done on AI per the paper? white papers, platform upgrades, tests - all of it');
    expect(ids(airForce)).toEqual(expect.arrayContaining(['2018-07-31-air-force-ai-f35-b2-b21', '2021-05-air-force-skyborg-test', '2019-07-air-force-digital-air-force-white-paper']));
    // A forum's decision counts in the term of the US administration that took part: the G20's principles are Trump-era.
    const forums = await ask('What multilateral forums did the US work through to shape AI rules in the Trump years? Name all of them.');
    expect(ids(forums)).toEqual(expect.arrayContaining(['2019-05-oecd-ai-principles', '2019-06-g20-ai-principles']));
  });
});

describe('a story between two events', () => {
  it('runs from a dated start to an event named at its end, a comma before 到 or not', async () => {
    const answer = await ask('从2017年中国发布新一代AI规划，到美国出台《美国人工智能倡议》，这中间美国政策圈是怎么反应的？');
    expect(answer.grounded).toBe(true);
    expect(ids(answer)).toEqual(expect.arrayContaining(['2017-07-08-state-council-new-generation-ai-plan', '2019-02-11-executive-order-maintaining-american-leadership-in-ai']));
  });

  it('goes on, between two named steps, with what the paper reads in their chapters in that period', async () => {
    const answer = await ask('从301调查到AI行政令，论文给的关键时间点有哪些？');
    expect(ids(answer)).toEqual(expect.arrayContaining(['2017-08-section-301-investigation-china', '2019-02-11-executive-order-maintaining-american-leadership-in-ai',
      '2018-07-31-fy2020-rd-budget-priorities-memo']));
  });
});

describe('a comparison of one name with itself', () => {
  it('reads "白宫对GPAI前后态度差别" as how the White House changed on GPAI, not as the White House against GPAI', async () => {
    const answer = await ask('白宫对GPAI前后态度差别在哪？为什么后来转向了？');
    expect(answer.questionKind).toBe('timeline');
    expect(ids(answer)).toEqual(expect.arrayContaining(['2020-01-06-white-house-reservations-on-gpai', '2020-us-decides-to-back-gpai-launch']));
  });
});

describe('the reasons of each side', () => {
  it('gives each side\'s item with the first step of the paper\'s argument on it', async () => {
    const answer = await ask('商务部2020年要收紧对华为的限制，国防部和财政部都反对，两家的理由有什么不一样？');
    expect(answer.text).toMatch(/论文将其解读为权力与安全双重驱动：[^。]*供应链稳定/u);
    // Both sides share the items: the second side points back once.
    expect(answer.text.match(/见上述同一条目/gu)?.length).toBe(1);
  });
});

describe('two bodies compared where the paper sets them side by side', () => {
  it('tells first the items the paper tells in a passage that names the other side', async () => {
    const answer = await ask('白宫国务院跟国防部 对中国AI的调门有啥不一样');
    expect(answer.questionKind).toBe('compare');
    // Work and Groen's remarks are told "like the White House's"; the conclusion names the White House, State and the Pentagon.
    expect(ids(answer)).toContain('2021-04-08-work-groen-press-briefing-ai');
    expect(ids(answer).some((id) => ['2021-07-13-sullivan-nscai-summit-remarks', '2021-07-13-blinken-nscai-summit-ai-human-rights'].includes(id))).toBe(true);
  });

  it('reads "A和B、C相比" as A against B and C together', async () => {
    const answer = await ask('同样是把中美人工智能竞争意识形态化，论文认为国防部官员的表态和白宫、国务院的相比有什么不同的意涵？');
    expect(answer.questionKind).toBe('compare');
    expect(answer.text).toMatch(/^美国国防部：.*白宫、美国务院：/su);
    expect(ids(answer)).toContain('2021-04-08-work-groen-press-briefing-ai');
  });
});

describe('two administrations compared on one body', () => {
  it('sets Commerce under Trump beside Commerce under Biden, each side led by that body\'s own actions', async () => {
    const answer = await ask('Commerce under Trump vs under Biden - did its stance on China tech controls shift?');
    expect(answer.questionKind).toBe('compare');
    expect(answer.text).toMatch(/^Trump administration: .*Biden administration: /su);
    expect(ids(answer)).toEqual(expect.arrayContaining(['2020-01-25-commerce-plan-huawei-10-percent', '2021-12-commerce-objects-smic-restrictions']));
  });
});

describe('the paper\'s reading of an action asked by its apparatus', () => {
  it('reads "按论文的标准…属于哪种驱动逻辑" as about the action, and "what indicators" as about the criteria', async () => {
    const budgets = await ask('按论文的标准，美国一再加码AI研发预算属于哪种驱动逻辑？凭什么指标判断？');
    expect(ids(budgets)).toEqual(expect.arrayContaining(['2018-07-31-fy2020-rd-budget-priorities-memo', '2021-12-fy2022-nondefense-ai-rd-increase']));
    const criteria = await ask('What signs does the paper look for to call a US move security-driven rather than power-driven?');
    expect(ids(criteria)[0]).toBe('zhu-chen-us-ai-policy-s2-2-6');
  });

  it('answers by what signs the paper tells a reading with its criteria and an action for each indicator', async () => {
    const security = await ask('那“安全驱动”怎么判断？作者拿哪些案例当证据');
    expect(ids(security)[0]).toBe('zhu-chen-us-ai-policy-s2-2-6');
    for (const label of ['国际局势稳定', '克制与防止意外', '创新收益与供应稳定']) expect(security.text).toContain(label);
    // The examples are actions the criteria are applied to, not the literature they are built from: asked for cases,
    // the literature is left out.
    expect(ids(security)).not.toContain('2017-07-allen-husain-on-hyperwar');
    expect(ids(security)).not.toContain('2020-fu-ying-ai-international-security-governance');
    // 标准 asked as the criteria is no technical standard. Asked only for the criteria, the works of the criteria's own
    // section that stand for the most security indicators are named after them.
    const standard = await ask('论文用什么标准判断一项政策是“安全驱动”的？');
    expect(ids(standard)[0]).toBe('zhu-chen-us-ai-policy-s2-2-6');
    expect(standard.text).not.toMatch(/解读为权力驱动/u);
    expect(ids(standard)[1]).toBe('2020-fu-ying-ai-international-security-governance');
    expect(standard.text).toContain('论文构建安全驱动逻辑所依据的文献：傅莹');
    const power = await ask('What yardsticks does the paper use to decide a US move is power-maximizing?');
    expect(ids(power)[0]).toBe('zhu-chen-us-ai-policy-s2-2-6');
    for (const label of ['Hegemony and prestige', 'Ideologization', 'Rule-making']) expect(power.text).toContain(label);
    expect(ids(power)[1]).toBe('2019-12-22-allison-belfer-china-beating-us-ai-supremacy');
    expect(power.text).not.toMatch(/as security-driven/u);
  });

  it('reads someone described by a relative clause as a description, not a name the store lacks', async () => {
    const answer = await ask("What did the three-star who ran the Pentagon's AI office say in September 2019 about putting AI on weapons?");
    expect(answer.grounded).toBe(true);
    expect(ids(answer)[0]).toBe('2019-09-25-shanahan-no-ai-nuclear-launch');
  });

  it('asked by what signs it tells either reading, gives the criteria, the work each reading is built on and examples of both', async () => {
    const answer = await ask('By what yardsticks does the paper decide whether a US move is about power or about security?');
    expect(ids(answer).slice(0, 3)).toEqual(['zhu-chen-us-ai-policy-s2-2-6', '2019-12-22-allison-belfer-china-beating-us-ai-supremacy',
      '2020-fu-ying-ai-international-security-governance']);
    expect(answer.text).toMatch(/as power-driven/u);
    expect(answer.text).toMatch(/as security-driven/u);
  });

  it('follows the paper\'s passage that answers with the actions it tells, though the question\'s words do not reach them', async () => {
    const answer = await ask('Which document does the paper treat as the moment US AI competition went onto a power-competition track?');
    expect(ids(answer).slice(0, 2)).toEqual(['zhu-chen-us-ai-policy-s3-1', '2019-02-11-executive-order-maintaining-american-leadership-in-ai']);
  });

  it('follows the paper\'s conclusion with the first action on each body it sums up', async () => {
    const answer = await ask('结语里说美军智能化加深中美安全困境，具体是哪三点？');
    expect(ids(answer)[0]).toBe('zhu-chen-us-ai-policy-conclusion-6');
    expect(ids(answer)).toContain('2018-05-23-defense-bans-dji-drones');
  });

  it('reads a president\'s policy as the administration\'s, not as what the president said', async () => {
    const answer = await ask("What was Biden's policy toward Chinese AI firms?");
    expect(answer.questionKind).not.toBe('person');
    // The section on Biden's turn leads: its passage on sanctioning Chinese firms, then its opening.
    expect(ids(answer)[0]).toMatch(/^zhu-chen-us-ai-policy-s5-/u);
    expect(ids(answer)).toContain('zhu-chen-us-ai-policy-s5-1');
    expect(ids(answer)).not.toContain('2017-08-section-301-investigation-china');
  });

  it('lists the part a question names with the body that owns it (五角大楼联合人工智能中心), and the whole for a body and its part', async () => {
    const jaic = await ask('五角大楼联合人工智能中心在论文里做过哪些事？');
    expect(ids(jaic)).toEqual(expect.arrayContaining(['2020-09-jaic-ai-partnership-for-defense', '2021-05-28-ai-partnership-for-defense-third-meeting']));
    expect(ids(jaic)).not.toContain('2018-pentagon-ai-next-campaign');
  });

  it('places one administration by the paragraph that opens its section, with the actions that section reads that way', async () => {
    const biden = await ask("Where does the paper put Biden's China AI policy on the power vs security spectrum, and what's the evidence?");
    expect(biden.questionKind).toBe('reading');
    expect(ids(biden)[0]).toBe('zhu-chen-us-ai-policy-s5-1');
    // One action from each line of the section's argument: the alliance and the targeted sanctions.
    expect(ids(biden).slice(1, 4)).toEqual(expect.arrayContaining(['2021-09-29-us-eu-trade-technology-council', '2021-12-10-treasury-lists-sensetime']));
    expect(biden.text).not.toMatch(/as security-driven/u);
    const trump = await ask('特朗普政府的对华AI政策总体上属于哪种驱动？证据是什么');
    expect(ids(trump)[0]).toBe('zhu-chen-us-ai-policy-s3-1');
    expect(ids(trump)).toContain('2019-02-11-executive-order-maintaining-american-leadership-in-ai');
    expect(trump.text).toMatch(/解读为权力驱动/u);
    // Asked for the other reading, the verdict still opens and the actions read that way follow.
    const security = await ask('Was the Biden administration\'s China AI policy security-driven?');
    expect(ids(security)[0]).toBe('zhu-chen-us-ai-policy-s5-1');
    expect(ids(security)).toContain('2021-12-commerce-objects-smic-restrictions');
    expect(security.text).not.toMatch(/as power-driven/u);
    // Asked why, and on which actions, the overview is the list.
    const why = await ask('论文为什么说拜登政府的对华人工智能政策“再次趋向权力竞争”？依据的是哪些具体行为？');
    expect(ids(why)[0]).toBe('zhu-chen-us-ai-policy-s5-1');
    expect(ids(why)).toEqual(expect.arrayContaining(['2021-09-29-us-eu-trade-technology-council', '2021-12-10-treasury-lists-sensetime']));
  });

  it('reads "why does the author say" as asking for the paper\'s argument, with every action on the name it gives', async () => {
    const answer = await ask('大疆禁购这件事，作者为啥说美国陷入了“安全两难”？');
    expect(ids(answer).slice(1, 5)).toEqual(expect.arrayContaining(['2018-05-23-defense-bans-dji-drones', '2020-01-interior-grounds-dji-drones',
      '2018-08-navy-dji-waiver-purchase', '2018-11-air-force-dji-waiver-purchase']));
  });

  it('reads the actions on a name the question gives after the paper\'s argument about it', async () => {
    const answer = await ask('大疆禁购这事，作者为什么把它看成美国自己的“安全困境”？');
    expect(ids(answer)).toEqual(expect.arrayContaining(['2018-05-23-defense-bans-dji-drones', '2020-01-interior-grounds-dji-drones']));
    expect(answer.text).toMatch(/论文将“[^”]*大疆[^”]*”解读为安全驱动/u);
  });
});

describe('a Chinese question read after NFKC', () => {
  it('keeps a clause after a full-width comma apart: 希克斯2021年的表态，…战略 names no strategy of Hicks', async () => {
    const answer = await ask('沙纳汉2019年的表态和希克斯2021年的表态，在AI与核/战略力量的关系上有啥差别？');
    expect(answer.questionKind).toBe('compare');
    expect(ids(answer)).toEqual(expect.arrayContaining(['2019-09-25-shanahan-no-ai-nuclear-launch', '2021-09-08-hicks-ai-strategic-forces']));
  });
});

describe('two thinkers set side by side', () => {
  it('answers from the paper\'s discussion of each when neither has an action, and cites only what it tells', async () => {
    const answer = await ask('米尔斯海默那一派和华尔兹那一派，在论文里分别对应哪种政策逻辑？对国家追求权力的看法有啥区别？');
    expect(answer.text).toMatch(/米尔斯海默.*华尔兹/su);
    for (const citation of answer.citations) expect(answer.text).toContain(`[${citation.n}]`);
  });
});

describe('bodies asked for by their sort', () => {
  it('meets every item on a firm the store names, and leaves a fact that only mentions firms alone', async () => {
    const firms = await ask('哪些中国企业被美国制裁了？');
    expect(firms.questionKind).toBe('list');
    expect(ids(firms)).toEqual(expect.arrayContaining(['2019-05-21-commerce-entity-list-huawei', '2021-12-10-treasury-lists-sensetime',
      '2021-01-14-dod-lists-xiaomi-chinese-military-companies']));
    const english = await ask('Which Chinese companies does the paper say got hit by US measures, and with what?');
    expect(ids(english)).toContain('2019-10-07-bis-entity-list-eight-ai-firms');
    const share = await ask('论文里说美国市面上的无人机大概有几成是中国公司造的？');
    expect(share.text).toMatch(/80%/u);
  });

  it('reads an instrument in its -ing form ("the October 2019 entity listing") as the instrument, not as words that only phrase a list', async () => {
    const answer = await ask('Which of the firms hit by the October 2019 entity listing does the paper actually name, and what supply problems did each run into?');
    expect(ids(answer)[0]).toBe('2019-10-07-bis-entity-list-eight-ai-firms');
    expect(answer.text).toMatch(/Hikvision/u);
  });

  it('meets the think tanks and forums the store names', async () => {
    const thinkTanks = await ask('论文引用了哪些美国智库的观点？各自主张啥');
    expect(ids(thinkTanks)).toEqual(expect.arrayContaining(['2018-11-04-brookings-meserole-ai-security-dilemma', '2021-10-csis-kennedy-on-tai-recoupling-speech']));
    const forums = await ask('论文涉及哪些AI相关的多边平台或机制？美国在里面分别干了啥');
    expect(ids(forums)).toEqual(expect.arrayContaining(['2019-05-oecd-ai-principles', '2020-us-decides-to-back-gpai-launch']));
  });

  it('a reading of several actions named together is answered though no one item holds every name', async () => {
    const answer = await ask('拜登搞TTC、民主峰会这套，论文归哪类？对应哪个指标？');
    expect(answer.grounded).toBe(true);
    expect(ids(answer)).toEqual(expect.arrayContaining(['2021-09-29-us-eu-trade-technology-council', '2021-12-09-summit-for-democracy-democratic-renewal']));
  });

  it('reads actions asked of in the paper\'s framework by the actions named, not by a framework the store tells of', async () => {
    const answer = await ask('840亿、AI Next这类砸钱动作，在论文框架里算什么信号？');
    expect(answer.questionKind).toBe('reading');
    // The export-control framework of December 2021 is no answer to "the paper's framework".
    expect(ids(answer)).not.toContain('2021-12-10-state-export-control-framework-authoritarian-tech');
    expect(ids(answer).slice(0, 5)).toContain('2018-02-12-fy2019-budget-request-84-billion');
  });
});
