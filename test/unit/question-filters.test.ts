import { describe, expect, it } from 'vitest';
import { eventSpan, extractQuestionFilters } from '../../src/search/question-filters.js';

const filterOf = (question: string) => extractQuestionFilters(question).filter;

describe('dates and administrations in questions', () => {
  it('reads years, months and days in English and Chinese as periods', () => {
    expect(filterOf('What did Commerce do in 2019?')).toEqual({ from: '2019', to: '2019' });
    expect(filterOf('What came to light in October 2021?')).toEqual({ from: '2021-10', to: '2021-10' });
    expect(filterOf('events on May 21, 2019')).toEqual({ from: '2019-05-21', to: '2019-05-21' });
    expect(filterOf('2019年10月商务部做了什么？')).toEqual({ from: '2019-10', to: '2019-10' });
    expect(filterOf('2019 年 10 月 7 日发生了什么')).toEqual({ from: '2019-10-07', to: '2019-10-07' });
    expect(filterOf('2018年7月底白宫发布了什么')).toEqual({ from: '2018-07', to: '2018-07' });
    expect(filterOf('２０２０年２月')).toEqual({ from: '2020-02', to: '2020-02' });
    expect(filterOf('23年8月签的行政令')).toEqual({ from: '2023-08', to: '2023-08' });
    expect(filterOf('DoD vs Commerce on SMIC, Dec \'21')).toEqual({ from: '2021-12', to: '2021-12' });
    // "The Trump White House" dates the White House, which stays in the question as a body it names.
    expect(extractQuestionFilters('Which Trump White House statements on AI leadership?')).toMatchObject({ filter: { administrations: ['trump'] }, rest: 'Which White House statements on AI leadership?' });
    // An administration by its president's first character, as shorthand writes it.
    expect(filterOf('特政府vs拜政府对华AI竞争路径异同？')).toEqual({ administrations: ['trump', 'biden'] });
    expect(filterOf('奥政府时期有什么动作')).toEqual({ administrations: ['obama'] });
    expect(filterOf('他们崇拜政府吗')).toEqual({});
    // Dotted dates, as shorthand writes them; a decimal or a share is no date.
    expect(filterOf('2019.10.7实体清单8家为何？')).toEqual({ from: '2019-10-07', to: '2019-10-07' });
    expect(filterOf('埃斯珀（2019.11）vs沃克（2021.4）')).toEqual({ from: '2019-11', to: '2021-04' });
    expect(filterOf('FY2022 rose 11.2% over FY2021')).not.toMatchObject({ from: '2022-11' });
    // The whole year, said so, is the year: no word of it is left as content.
    for (const question of ['2020年一整年美国都有啥动作', '整个2020年美国都有啥动作', '2020年全年美国都有啥动作']) {
      expect(extractQuestionFilters(question), question).toMatchObject({ filter: { from: '2020', to: '2020' }, rest: '美国都有啥动作' });
    }
  });

  it('widens a remembered date by a month on each side, and only a date the hedge stands beside', () => {
    expect(filterOf('When BIS blacklisted firms in late September 2019 (I think), how many were listed?')).toEqual({ from: '2019-08', to: '2019-10' });
    expect(filterOf('NIST 那份计划，好像是2019年秋天出的？')).toEqual({ from: '2019-07', to: '2019-12' });
    expect(filterOf('2019年左右商务部做了什么')).toEqual({ from: '2018-12', to: '2020-01' });
    // 约 ending a word (北约, NATO) hedges nothing.
    expect(filterOf('本文如何分析北约2022年马德里峰会通过的新战略概念？')).toEqual({ from: '2022', to: '2022' });
    // 大概 here hedges the amount, "about" asks about a year: the dates stand as given.
    expect(filterOf('海康威视上实体清单以后，2020年营收大概损失了多少？')).toEqual({ from: '2020', to: '2020' });
    expect(filterOf('what about 2019')).toEqual({ from: '2019', to: '2019' });
  });

  it('reads a year named by reference to an earlier one, and months named one by one', () => {
    expect(filterOf('2019年2月美国防部发布人工智能战略后，同年7月和9月美国空军发布了什么？')).toEqual({ from: '2019-02', to: '2019-09' });
    expect(filterOf('2019年5月商务部拉黑华为，次年1月又提出什么？')).toEqual({ from: '2019-05', to: '2020-01' });
    expect(filterOf('What did BIS do in 2019, and what followed the following year?')).toEqual({ from: '2019', to: '2020' });
    // With no year before it, 当年 is "back then", not a date.
    expect(filterOf('当年华为10%方案，国防部和财政部的理由有什么不一样？')).toEqual({});
  });

  it('starts the period at a dated event the question asks what followed, and ends it within a month when days are asked', () => {
    expect(filterOf('after the May 2019 listing, what did BIS do?')).toEqual({ from: '2019-05' });
    expect(filterOf('2019年10月商务部将8家企业列入实体清单后，美国还做了什么？')).toEqual({ from: '2019-10' });
    expect(filterOf('2019年2月5日国情咨文之后，特朗普几天后签署了哪项行政令？')).toEqual({ from: '2019-02-05', to: '2019-03' });
    // The end of a span is no start: 到…之后 keeps the span.
    expect(filterOf('从2021年智库提出增强信心措施，到2022年11月巴厘岛峰会之后，论文有何设想？')).toEqual({ from: '2021', to: '2022-11' });
    // A year after a month of it ends the period at the year's end.
    expect(filterOf('If the Pentagon banned DJI in May 2018, why were the Navy and Air Force still buying DJI drones later that year?')).toEqual({ from: '2018', to: '2018' });
  });

  it('reads "before an administration took over" as the days up to its inauguration', () => {
    expect(filterOf('Before the Biden team took over, what did Cyber Command do?')).toEqual({ to: '2021-01-19' });
    expect(filterOf('拜登上台前国防部做了什么')).toEqual({ to: '2021-01-19' });
    expect(filterOf('What had Commerce done before Trump took office?')).toEqual({ to: '2017-01-19' });
  });

  it('reads a season as far as any common reckoning takes it', () => {
    // Spring by the weather is March to May, by the sun it runs to June 20; 立春 opens the Chinese spring in February.
    expect(filterOf('the spring 2019 steps up to the G20 principles')).toEqual({ from: '2019-03', to: '2019-06' });
    expect(filterOf('what happened in the fall of 2019')).toEqual({ from: '2019-09', to: '2019-12' });
    expect(filterOf('2019年春天白宫做了什么')).toEqual({ from: '2019-02', to: '2019-05' });
  });

  it('reads bounds and ranges', () => {
    expect(filterOf('What has happened since May 2021?')).toEqual({ from: '2021-05' });
    expect(filterOf('before 2019')).toEqual({ to: '2019' });
    expect(filterOf('between 2018 and 2020')).toEqual({ from: '2018', to: '2020' });
    expect(filterOf('自2021年5月以来')).toEqual({ from: '2021-05' });
    expect(eventSpan('the gap between what the Pentagon declared and what the Air Force did')).toBeUndefined();
    // A starting point keeps its event's words: only the date is read.
    expect(filterOf('以2017年8月“301调查”为起点，梳理主要时间节点')).toEqual({ from: '2017-08' });
    expect(extractQuestionFilters('以2017年8月“301调查”为起点，梳理主要时间节点').rest).toContain('301调查');
    expect(filterOf('2020年之前')).toEqual({ to: '2020' });
    expect(filterOf('截至2020年美国对华为做了什么')).toEqual({ to: '2020' });
    expect(filterOf('规划出台后美国的反应，按时间捋一下（到2019年那个行政令为止）')).toEqual({ to: '2019' });
    expect(filterOf('从2018年初到2021年底，预算竞争怎么演变？')).toEqual({ from: '2018-01', to: '2021-12' });
  });

  it('gives the two ends of a span that names events at both, and none when a date marks one', () => {
    expect(eventSpan('从华为之争到中芯国际之争，商务部的立场怎么变的？')).toEqual(['华为之争', '中芯国际之争']);
    expect(eventSpan("How did things go from the State of the Union to the Pentagon's AI strategy?")?.[0]).toBe('the State of the Union');
    expect(eventSpan('从沃克2016年的说法到NSCAI最终报告')).toBeUndefined();
    expect(eventSpan('国务院出了新一代AI规划以后 美国那边一路到特朗普签AI行政令')).toEqual(['国务院出了新一代AI规划', '特朗普签AI行政令']);
  });

  it('leaves a span open at the end that an event, not a date, marks', () => {
    expect(filterOf('从沃克2016年的说法到NSCAI最终报告，是怎么变化的？')).toEqual({ from: '2016' });
    expect(filterOf('从华为之争到2021年的中芯国际之争')).toEqual({ to: '2021' });
    expect(filterOf('from the State of the Union to the DoD strategy in early 2019')).toEqual({ from: '2019-01', to: '2019-04' });
    expect(filterOf('From China\'s July 2017 plan to the Feb 2019 executive order')).toEqual({ from: '2017-07', to: '2019-02' });
  });

  it('reads halves, quarters and the early or late part of a year as month ranges', () => {
    expect(filterOf('What did Biden do in the second half of 2021?')).toEqual({ from: '2021-07', to: '2021-12' });
    expect(filterOf('rules issued in late 2019')).toEqual({ from: '2019-09', to: '2019-12' });
    expect(filterOf('Q1 2020 actions')).toEqual({ from: '2020-01', to: '2020-03' });
    expect(filterOf('alliance-building moves in H2 2021')).toEqual({ from: '2021-07', to: '2021-12' });
    expect(filterOf('what happened in 2019 H1?')).toEqual({ from: '2019-01', to: '2019-06' });
  });

  it('reads a year inside a quoted title as part of its name, not as the period asked about', () => {
    expect(filterOf("Put the USAF items in order: the Digital Air Force white paper, the 'USAF AI 2019' report, and the Skyborg test")).toEqual({});
    expect(filterOf('《2019年美国空军人工智能》报告是谁签发的？')).toEqual({});
    // An apostrophe inside a word opens no quote.
    expect(filterOf("From China's July 2017 AI plan to Trump's Feb 2019 order")).toEqual({ from: '2017-07', to: '2019-02' });
    expect(filterOf('2021年下半年拜登政府的动作')).toEqual({ from: '2021-07', to: '2021-12', administrations: ['biden'] });
    expect(filterOf('2019年第四季度')).toEqual({ from: '2019-10', to: '2019-12' });
    expect(filterOf('2020年初法国提出了什么')).toEqual({ from: '2020-01', to: '2020-04' });
    expect(filterOf('2021年底商汤')).toEqual({ from: '2021-09', to: '2021-12' });
    expect(filterOf('21年下半年 拜登拉盟友的时间线')).toEqual({ from: '2021-07', to: '2021-12' });
    // A span whose end is an event stays open there, a comma before 到 or not.
    expect(filterOf('从2017年中国发布新一代AI规划，到美国出台《美国人工智能倡议》，美国政策圈是怎么反应的？')).toEqual({ from: '2017' });
    expect(filterOf("What happened between the 2016 G7 ICT ministers' meeting and Washington finally backing GPAI?")).toEqual({ from: '2016' });
    expect(filterOf('between 2018 and 2020')).toEqual({ from: '2018', to: '2020' });
    expect(filterOf('Esper and Shanahan both spoke in fall 2019')).toEqual({ from: '2019-09', to: '2019-12' });
    expect(filterOf('2019年秋天埃斯珀说了什么')).toEqual({ from: '2019-08', to: '2019-11' });
    // 前后 is "around", not "before".
    expect(filterOf('2021年12月前后美国围绕商汤的动作')).toEqual({ from: '2021-12', to: '2021-12' });
    // 初步 is "preliminary", not the start of the year.
    expect(filterOf('2019年初步方案')).toEqual({ from: '2019', to: '2019' });
    expect(filterOf('OECD principles to the G20 version, may-june 2019: sequence?')).toEqual({ from: '2019-05', to: '2019-06' });
    expect(filterOf('between May and June 2019')).toEqual({ from: '2019-05', to: '2019-06' });
    expect(filterOf('Which firms ended up on US lists 2019-21?')).toEqual({ from: '2019', to: '2021' });
    expect(filterOf('2019–2021年的制裁')).toEqual({ from: '2019', to: '2021' });
    expect(filterOf('the 2019-05 listing')).toEqual({ from: '2019-05', to: '2019-05' });
    expect(filterOf('2019年5到6月发生了什么')).toEqual({ from: '2019-05', to: '2019-06' });
    expect(filterOf('2021年7月至12月')).toEqual({ from: '2021-07', to: '2021-12' });
    expect(extractQuestionFilters('late 2019').onePeriod).toBe(true);
    expect(extractQuestionFilters('between 2018 and 2020').onePeriod).toBe(false);
    // A remembered date reaches a month to each side, and is still one date, not a span to trace.
    const remembered = extractQuestionFilters('Before the October 2019 blacklisting, roughly what share of its chips were American?');
    expect(remembered.filter).toEqual({ from: '2019-09', to: '2019-11' });
    expect(remembered.onePeriod).toBe(true);
    expect(extractQuestionFilters('between roughly 2018 and 2020').onePeriod).toBe(false);
  });

  it('reads administrations and terms of office', () => {
    expect(filterOf('and under Biden?')).toEqual({ administrations: ['biden'] });
    expect(filterOf('When did the Trump administration open the probe?')).toEqual({ administrations: ['trump'] });
    expect(filterOf('拜登政府对商汤做了什么')).toEqual({ administrations: ['biden'] });
    expect(filterOf('Which Biden-admin initiatives were about alliances?')).toEqual({ administrations: ['biden'] });
    expect(filterOf('what did the Trump admin do on standards')).toEqual({ administrations: ['trump'] });
    expect(filterOf('what happened in the last year of Trump')).toEqual({ from: '2020-01-20', to: '2021-01-19', administrations: ['trump'] });
    expect(filterOf('特朗普政府最后一年')).toEqual({ from: '2020-01-20', to: '2021-01-19', administrations: ['trump'] });
  });

  it('leaves fiscal years and other numbers alone', () => {
    expect(filterOf('FY2020 budget priorities')).toEqual({});
    expect(filterOf('2020 财年预算')).toEqual({});
    expect(filterOf('Section 301 investigation')).toEqual({});
  });
});
