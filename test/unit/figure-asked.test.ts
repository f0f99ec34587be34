import { describe, expect, it } from 'vitest';
import { figureAsked, figuresStated, givesFigure, givesFigureOf, withoutStated } from '../../src/core/figure-asked.js';

describe('figures a question asks for', () => {
  it('tells a question for money or an amount from one for something else', () => {
    expect(figureAsked('How much did the Navy spend on DJI drones?')).toBe('money');
    expect(figureAsked('美国空军那次用特别豁免买大疆花了多少钱？')).toBe('money');
    expect(figureAsked('内政部停飞的800多架大疆无人机当初的采购总价是多少？')).toBe('money');
    // Revenue and its losses are sums asked by "what", as a price or a budget is; other losses may be told in words.
    expect(figureAsked('What revenue losses did Seagate report after the ban?')).toBe('money');
    expect(figureAsked('What losses did the firms suffer?')).toBeUndefined();
    expect(figureAsked('How many working groups came out of the TTC?')).toBe('count');
    // How much of a sum the question states is a part of it: a split.
    expect(figureAsked('民主峰会那4.244亿美元里，具体有多少是拨给人工智能相关项目的？')).toBe('division');
    expect(figureAsked('2019财年那840亿美元里，到底有多少钱是专门花在人工智能上的？')).toBe('division');
    expect(figureAsked('How much of the $84 billion was for AI?')).toBe('division');
    // The sum of a part, a fine's ticket, a fall asked as 几何.
    expect(figureAsked('倡议中专门用于科技项目的部分具体金额是多少？')).toBe('division');
    expect(figureAsked('商务部给它开了多大一张罚单？')).toBe('money');
    expect(figureAsked('禁购之后，大疆在美销售额跌几何？')).toBe('change');
    // A tally is a count.
    expect(figureAsked('委员会以几比几的票数通过了报告？')).toBe('count');
    expect(figureAsked('What was the vote count on the final report?')).toBe('count');
    // A terse query puts the money noun before its question mark.
    expect(figureAsked('JAIC budget $?')).toBe('money');
    expect(figureAsked("Seagate's share price?")).toBeUndefined();
    expect(figureAsked('两篇文章前后隔了几年？')).toBe('duration');
    // Asked in a fragment, as 发行价 and 募资 are in Chinese.
    expect(figureAsked("SenseTime's HK listing: final offer price per share and total raised?")).toBe('money');
    // "how many billion" asks for a sum, not a number of things.
    expect(figureAsked('FY2019 budget request for high tech — how many billion did OMB ask congress for?')).toBe('amount');
    expect(figureAsked('内政部停飞了多少架大疆无人机？')).toBe('count');
    expect(figureAsked('文中点名的几家中国AI企业，哪几家受到了冲击？')).toBe('count');
    expect(figureAsked('What share of the offering was international?')).toBe('share');
    expect(figureAsked('roughly what share of its chips came from American suppliers?')).toBe('share');
    expect(figureAsked('华为芯片进口中美国产品占比多少？')).toBe('share');
    expect(figureAsked('what tariff rate did Trump put on Chinese goods?')).toBe('share');
    expect(figureAsked('what share price did it list at?')).toBe('money');
    expect(figureAsked("on how many billions of dollars' worth of goods?")).toBe('money');
    expect(figureAsked('依图那一年营收掉了多少？')).toBe('change');
    expect(figureAsked('营收下降了多少？')).toBe('change');
    expect(figureAsked('How long did the temporary licence last?')).toBe('duration');
    expect(figureAsked('临时许可证有效期是多少天？')).toBe('duration');
    expect(figureAsked('What penalty did Seagate pay?')).toBe('money');
    expect(figureAsked('how big a penalty did BIS impose on seagate?')).toBe('money');
    expect(figureAsked('商汤在香港上市最后募了多少港币')).toBe('money');
    expect(figureAsked('How much did SenseTime end up raising in its Hong Kong IPO?')).toBe('money');
    expect(figureAsked('营收下降了百分之几？')).toBe('change');
    expect(figureAsked('哪几家中国企业被列入清单？')).toBeUndefined();
    expect(figureAsked('What did Esper call China?')).toBeUndefined();
    // "What's the budget" asks for money; a budget that qualifies another noun does not.
    expect(figureAsked("for a memo: what's the total program budget of the Air Force's Skyborg effort?")).toBe('money');
    expect(figureAsked('What civil penalty did Commerce eventually impose on Seagate?')).toBe('money');
    expect(figureAsked('what budget signals did the Trump White House send?')).toBeUndefined();
    expect(figureAsked("what's the FY2022 budget line for Skyborg?")).toBe('money');
    expect(figureAsked('What was the total program cost of Skyborg?')).toBe('money');
    expect(figureAsked("how many dollars' worth of US component purchases did Dahua lose?")).toBe('money');
    expect(figureAsked('依图科技因存储芯片断供而增加的研发成本约为多少亿元人民币？')).toBe('money');
    expect(figureAsked('“马赛克战”相关项目的具体预算是多少？')).toBe('money');
  });

  it('reads a document\'s number as asked only by its own words, and told only as texts write one', () => {
    expect(figureAsked("What executive order number does the paper give for 'Maintaining American Leadership in AI'?")).toBe('designation');
    expect(figureAsked('特朗普那份人工智能行政令的文号是多少？')).toBe('designation');
    expect(figureAsked('NIST那份AI技术标准联邦参与计划是几号发的')).toBeUndefined();
    expect(figureAsked('What is the number of firms on the list?')).not.toBe('designation');
    expect(givesFigure('On February 11, 2019, Trump signed the executive order on AI leadership.', 'designation')).toBe(false);
    expect(givesFigure('Trump signed Executive Order 13859 on February 11, 2019.', 'designation')).toBe(true);
    expect(givesFigure('国务院印发《新一代人工智能发展规划》（国发〔2017〕35号）', 'designation')).toBe(true);
    // A century says when, and a lone 一 before its measure word is an article.
    expect(givesFigure('称中国正在建设一个“21 世纪的监视国家”', 'amount')).toBe(false);
    expect(givesFigure('美军派出十一个小组', 'amount')).toBe(true);
    expect(givesFigure('2017年7月8日，国务院印发《新一代人工智能发展规划》', 'designation')).toBe(false);
    expect(givesFigure('第13859号行政令', 'designation')).toBe(true);
  });

  it('reads a split of a whole as asked by its own words, and told only by a part or a word that parts', () => {
    expect(figureAsked('那4.244亿美元的民主复兴倡议具体拨给了哪些国家和项目')).toBe('division');
    expect(figureAsked('How was the $424.4 million split between countries?')).toBe('division');
    expect(figureAsked('作者怎么分析这一步？')).toBeUndefined();
    expect(givesFigure('美国推出4.244亿美元的倡议，资助其他国家推动技术的民主化应用。', 'division')).toBe(false);
    expect(givesFigure('SenseTime planned to issue 1.5 billion shares, 90% of them international.', 'division')).toBe(true);
    expect(givesFigure('海军和空军分别花费19万和5万美元采购大疆无人机。', 'division')).toBe(true);
    expect(givesFigure('2022财年非国防人工智能研发投资比2021财年增长约11.2%，达到17亿美元。', 'division')).toBe(false);
  });

  it('reads a question for the law an action rests on, told by a named act or order, not by a reason', () => {
    expect(figureAsked('What exact statutory authority or executive order did Treasury invoke when it listed SenseTime?')).toBe('authority');
    expect(figureAsked('财政部制裁商汤的法律依据是什么？')).toBe('authority');
    expect(givesFigure("The Treasury Department, citing 'human rights violations', added SenseTime to its list.", 'authority')).toBe(false);
    expect(givesFigure('Trump signed an executive order barring US investment in the companies.', 'authority')).toBe(true);
  });

  it('reads a question for models by 型号 or a plural, told only by a designation with digits', () => {
    expect(figureAsked('空军花5万美元采购了大疆无人机，具体采购的是哪些型号？')).toBe('model');
    expect(figureAsked('How many DJI drones did the Navy get, and which models were they?')).toBe('model');
    expect(figureAsked('Which model did Cédric O warn the West against adopting?')).toBeUndefined();
    expect(givesFigure('美国空军在2018年11月以特别豁免方式花费5万美元采购大疆无人机', 'model')).toBe(false);
    expect(givesFigure('The Air Force bought DJI Mavic 2 drones', 'model')).toBe(true);
  });

  it('finds a figure in text, not a date or a numbered name', () => {
    expect(givesFigure('On 23 May 2018 the Defense Department banned DJI drones.', 'amount')).toBe(false);
    expect(givesFigure('2019年5月，七国集团和G20讨论了人工智能原则。', 'amount')).toBe(false);
    expect(givesFigure('The Interior Department grounded more than 800 DJI drones.', 'amount')).toBe(true);
    expect(givesFigure('文章指出8家企业被列入清单', 'amount')).toBe(true);
    expect(givesFigure('The Navy spent $190,000 on DJI drones.', 'money')).toBe(true);
    expect(givesFigure('五角大楼投入20亿美元', 'money')).toBe(true);
    expect(givesFigure('SenseTime planned to issue 1.5 billion shares.', 'money')).toBe(false);
  });

  it('finds a count only in a number of things, and a span of time only in one', () => {
    expect(givesFigure('Its share price rose nearly 86% on 26 October 2021.', 'count')).toBe(false);
    expect(givesFigure('It proposed $1.7 billion, up 11.2%.', 'count')).toBe(false);
    expect(givesFigure('文章指出8家企业被列入清单', 'count')).toBe(true);
    expect(givesFigure('2019年5月21日，门槛为25%。', 'duration')).toBe(false);
    expect(givesFigure('Commerce granted a 90-day licence.', 'duration')).toBe(true);
    expect(givesFigure('许可证为期三个月', 'duration')).toBe(true);
  });

  it('reads how far a sum moved as a change, told by a number beside a movement or by a sum, and 几月 as asking which month', () => {
    expect(figureAsked('per the paper, how much did its share price jump?')).toBe('change');
    expect(figureAsked('希捷的股价涨了多少？')).toBe('change');
    expect(figureAsked('旷视科技被列入实体清单之后，营收下滑了多少？')).toBe('change');
    expect(givesFigure('该公司的股价借此上涨了近 86%。', 'change')).toBe(true);
    expect(givesFigure('Commerce added 28 Chinese entities, eight of them AI firms, to the Entity List.', 'change')).toBe(false);
    expect(givesFigure('The Navy spent $190,000 on DJI drones.', 'change')).toBe(true);
    // A change of a quantity the question names is told beside it: a threshold cut is no fall in revenue.
    const revenue = ['revenue', '营收', '收入'];
    expect(givesFigure('Commerce planned to cut the US-content threshold from 25% to 10%.', 'change', revenue)).toBe(false);
    expect(givesFigure('该公司的股价借此上涨了近 86%。', 'change', ['share price', '股价'])).toBe(true);
    expect(figureAsked('How much did the Navy pay for the drones?')).toBe('money');
    expect(figureAsked('“301调查”是哪年几月启动的')).toBeUndefined();
    expect(figureAsked('许可证延期了几个月？')).toBe('duration');
  });

  it('reads 经费 and 拨了多少 as asking for money', () => {
    expect(figureAsked('DARPA“心灵之眼”项目具体拨了多少经费？')).toBe('money');
    expect(figureAsked('这个项目经费是多少')).toBe('money');
  });

  it('finds a figure of a subject only in a sentence that names it, and amounts sharing one currency are money', () => {
    const passage = '美国海军和空军分别花费19万和5万美元采购大疆无人机。美国内政部停飞了800多架大疆无人机。';
    expect(givesFigureOf(passage, 'count', [['海军', 'navy']])).toBe(false);
    expect(givesFigureOf(passage, 'count', [['内政部', 'interior']])).toBe(true);
    expect(givesFigure('分别花费19万和5万美元', 'count')).toBe(false);
    expect(givesFigure('分别花费19万和5万美元', 'money')).toBe(true);
  });

  it('finds a share only in a part of a whole', () => {
    expect(givesFigure('The threshold was cut from 25% to 10%.', 'share')).toBe(true);
    expect(givesFigure('美国产品占三成', 'share')).toBe(true);
    expect(givesFigure('Commerce put eight leading Chinese AI firms on the Entity List on October 7, 2019.', 'share')).toBe(false);
  });

  it('takes the figures a question states out of the text, in any scale', () => {
    // A count in Chinese numerals states the same figure as its digits.
    expect(figuresStated('除了八家公司之外，还列入了多少个机构？')).toEqual([8]);
    expect(figuresStated('第三次对话')).toEqual([]);
    const stated = figuresStated('拜登那4.244亿美元的民主复兴倡议里，2019年那8家公司和F-35');
    expect(stated).toEqual([424_400_000, 8]);
    // The same sum in another scale and currency, and a small number in Chinese numerals, go too.
    expect(givesFigure(withoutStated('At the summit the US launched the $424.4 million initiative.', stated), 'money')).toBe(false);
    expect(givesFigure(withoutStated('美国在峰会上推出4.244亿美元的倡议', stated), 'money')).toBe(false);
    // The scale abbreviated ("$424.4M") is the same sum.
    expect(givesFigure(withoutStated('Biden launches $424.4M democratic renewal initiative', stated), 'money')).toBe(false);
    expect(givesFigure(withoutStated('将中国8家领先的人工智能公司列入清单', stated), 'count')).toBe(false);
    expect(givesFigure(withoutStated('将中国八家领先的人工智能公司列入清单', stated), 'count')).toBe(false);
    // Another figure stays: 8.5% is not 8, nor 28 or 十八.
    expect(withoutStated('8.5%、28家、十八家', stated)).toBe('8.5%、28家、十八家');
    expect(givesFigure(withoutStated('白宫提议拨款17亿美元', stated), 'money')).toBe(true);
  });
});
