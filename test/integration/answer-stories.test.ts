import { describe, expect, it } from 'vitest';
import { askApp, ids } from '../support/ask-app.js';

const { ask } = askApp('stories');

describe('timelines that span several names', () => {
  it('follows two names joined by "and" as two threads of one story', async () => {
    const answer = await ask('How did the 2021 military-company listings of SenseTime and Xiaomi unfold?');
    expect(answer.questionKind).toBe('timeline');
    expect(ids(answer)).toEqual(expect.arrayContaining(['2021-01-14-dod-lists-xiaomi-chinese-military-companies', '2021-12-10-treasury-lists-sensetime']));
  });

  it('goes from the first name to the last, with the steps that name either', async () => {
    const answer = await ask('Follow GPAI from the G7 ICT ministers\' talks to its launch: how did it unfold?');
    expect(answer.questionKind).toBe('timeline');
    expect(ids(answer)).toEqual(expect.arrayContaining(['2016-04-g7-ict-ministers-ai-regulation', '2020-01-06-france-canada-propose-gpai',
      '2020-01-06-white-house-reservations-on-gpai', '2020-us-decides-to-back-gpai-launch']));
    expect(ids(answer)[0]).toBe('2016-04-g7-ict-ministers-ai-regulation');
  });
});

describe('steps named one by one', () => {
  it('tells each step, a date written in one step bounding only that step', async () => {
    expect(ids(await ask('DJI: walk me through 2018 pentagon ban → waiver buys → interior grounding, with dates'))).toEqual(expect.arrayContaining([
      '2018-05-23-defense-bans-dji-drones', '2018-08-navy-dji-waiver-purchase', '2020-01-interior-grounds-dji-drones']));
    const air = await ask('美空军AI这几步按时间：F-35/B-2、数字化空军、空军AI 2019报告、Skyborg');
    expect(air.questionKind).toBe('timeline');
    expect(ids(air)).toEqual(expect.arrayContaining(['2018-07-31-air-force-ai-f35-b2-b21', '2019-07-air-force-digital-air-force-white-paper', '2021-05-air-force-skyborg-test']));
    // A date before the steps frames them all.
    expect(ids(await ask('biden team 2021 allies/democracy moves in order (blinken july → TTC → summit → export control pledge)')))
      .toEqual(expect.arrayContaining(['2021-12-09-summit-for-democracy-democratic-renewal', '2021-12-10-state-export-control-framework-authoritarian-tech']));
  });
});

describe('steps placed in time against each other', () => {
  it('tells both steps of "how long after", each with its date', async () => {
    const answer = await ask('How long after the Huawei listing did BIS blacklist the eight Chinese AI and security firms, and on what date?');
    expect(answer.questionKind).toBe('timeline');
    expect(ids(answer).slice(0, 3)).toEqual(expect.arrayContaining(['2019-05-21-commerce-entity-list-huawei', '2019-10-07-bis-entity-list-eight-ai-firms']));
    expect(answer.text).toContain('October 7, 2019');
  });

  it('reads a date beside an event followed by 之后 as where the story starts, and 同年 as that year', async () => {
    const answer = await ask('2019年2月5日国情咨文之后，特朗普几天后签署了哪项行政令，次日国防部又发布了什么？请按日期列出。');
    expect(ids(answer)).toEqual(expect.arrayContaining(['2019-02-11-executive-order-maintaining-american-leadership-in-ai', '2019-02-12-dod-ai-strategy']));
    const air = await ask('2019年2月美国防部发布人工智能战略后，同年7月和9月美国空军先后发布的两份文件强调要以什么速度威慑和打击全球任何目标？');
    expect(ids(air)).toEqual(expect.arrayContaining(['2019-07-air-force-digital-air-force-white-paper', '2019-09-air-force-ai-2019-report']));
  });

  it('answers "which came first" when a passage of the paper is among the closest documents', async () => {
    const answer = await ask('中国发布《新一代人工智能发展规划》与特朗普政府对华发起“301调查”哪个在先？大约相隔多久？');
    expect(answer.questionKind).toBe('timeline');
    expect(ids(answer)).toContain('2017-08-section-301-investigation-china');
  });
});

describe('the paper\'s reasons, dated', () => {
  it('answers why the paper reads a dated term as it does from its discussion of that term, and the layout asked for adds no content', async () => {
    const answer = await ask('论文为什么认为拜登政府对华人工智能政策“再次趋向权力竞争”？请结合2021年几项联盟举措做成课件要点。');
    expect(answer.grounded).toBe(true);
    expect(ids(answer)).toEqual(expect.arrayContaining(['2021-09-29-us-eu-trade-technology-council', '2021-12-09-summit-for-democracy-democratic-renewal']));
    expect(ids(answer).some((id) => id.startsWith('zhu-chen-us-ai-policy-s5'))).toBe(true);
  });

  it('lists what the paper points to under a term of its argument from the passage that develops the term', async () => {
    const answer = await ask("The paper calls the Pentagon's self-restraint messaging a 'cheap signal'. Which specific statements and documents does it point to?");
    expect(ids(answer)).toEqual(expect.arrayContaining(['2016-03-30-work-no-lethal-decisions-to-machines', '2019-09-25-shanahan-no-ai-nuclear-launch',
      '2020-02-24-pentagon-adopts-ai-principles', '2021-03-01-nscai-final-report-others-restraint']));
  });

  it('lists with the actions a list names the passage that discusses several of them gives beside them', async () => {
    const answer = await ask("美国防部对外放出过哪些'自我克制'的信号？帮我列一下");
    expect(ids(answer).slice(0, 5)).toEqual(expect.arrayContaining(['2016-03-30-work-no-lethal-decisions-to-machines', '2019-09-25-shanahan-no-ai-nuclear-launch',
      '2020-02-24-pentagon-adopts-ai-principles']));
  });

  it('follows a passage that leads with four of the actions it discusses', async () => {
    const answer = await ask('“持久交战”“前出追捕”这些，论文为啥说会加剧中美安全困境？');
    expect(ids(answer).slice(0, 5)).toEqual(expect.arrayContaining(['zhu-chen-us-ai-policy-s4-2-4', '2020-02-cybercom-hunt-forward',
      '2018-06-14-cybercom-elevated-unified-command']));
  });
});

describe('an administration named as a document\'s owner', () => {
  it('answers from the item that reads a later action against that document, whatever its date', async () => {
    for (const question of ['中国“三步走”战略发布约两个月后，哪位美国学者撰文称该战略在研发投资、公私合作、人才培养等方面对标奥巴马政府的人工智能战略？',
      "In which areas did Beijing's three-step AI plan benchmark against the Obama administration's AI strategy, according to Gregory Allen?"]) {
      expect(ids(await ask(question)).slice(0, 2), question).toContain('2017-09-08-allen-kania-china-using-us-ai-plan');
    }
  });
});

describe('comparisons', () => {
  it('sets two phrases against each other by their own words, sharing the rest', async () => {
    const answer = await ask('进攻性现实主义 vs 防御性现实主义，在论文里各对应哪种政策逻辑');
    expect(answer.questionKind).toBe('compare');
    expect(ids(answer)).toEqual(expect.arrayContaining(['zhu-chen-us-ai-policy-s2-1-3', 'zhu-chen-us-ai-policy-s2-2-1',
      '2019-12-22-allison-belfer-china-beating-us-ai-supremacy']));
  });

  it("a school's adherents (structuralist, interactionist) name the school's heading: each is a side with its writings", async () => {
    const answer = await ask("structuralist vs interactionist camps on US AI policy toward china — what's the core disagreement?");
    expect(answer.questionKind).toBe('compare');
    expect(ids(answer)).toEqual(expect.arrayContaining(['zhu-chen-us-ai-policy-s1-1-3', 'zhu-chen-us-ai-policy-s1-2-1',
      '2017-09-08-allen-kania-china-using-us-ai-plan', '2020-fu-ying-ai-international-security-governance']));
  });

  it('finds each administration\'s own items when the topic favours one of them', async () => {
    const answer = await ask('特朗普政府与拜登政府在制定国际AI规则方面的做法有什么区别？');
    expect(answer.questionKind).toBe('compare');
    expect(answer.text).not.toContain('资料库中没有关于');
    expect(ids(answer)).toContain('2021-07-13-blinken-nscai-summit-ai-human-rights');
    const trumpEraRules = ['2019-08-09-nist-ai-technical-standards-plan', '2020-us-decides-to-back-gpai-launch', '2019-05-oecd-ai-principles'];
    expect(ids(answer).some((id) => trumpEraRules.includes(id))).toBe(true);
  });

  it('compares two actors over the matter both acted on', async () => {
    const answer = await ask('国防部和内政部对大疆无人机的做法有何不同？');
    expect(answer.questionKind).toBe('compare');
    expect(ids(answer)).toContain('2020-01-interior-grounds-dji-drones');
    expect(ids(answer).some((id) => /dji/.test(id) && !id.includes('interior'))).toBe(true);
    expect(ids(answer)).not.toContain('2021-12-10-treasury-lists-sensetime');
  });
});

describe('the paper\'s argument', () => {
  it('cites the items a leading passage discusses after it', async () => {
    const answer = await ask('Why does the paper call the Pentagon\'s restraint pledges cheap signals?');
    expect(answer.citations[0]?.kind).toBe('passage');
    expect(ids(answer)).toEqual(expect.arrayContaining(['2016-03-30-work-no-lethal-decisions-to-machines', '2019-09-25-shanahan-no-ai-nuclear-launch']));
  });

  it('reads a date written beside one of several things named one by one as that thing\'s, not the whole question\'s', async () => {
    const answer = await ask('论文为什么把希克斯2021年9月的讲话、空军给B-2和B-21上AI、“天空博格”放在一起，当作美军加剧中美战略不稳定的证据？');
    expect(answer.grounded).toBe(true);
    expect(ids(answer)).toEqual(expect.arrayContaining(['2021-09-08-hicks-ai-strategic-forces', '2018-07-31-air-force-ai-f35-b2-b21']));
  });

  it('reads "the paper calls X" as a question about the paper\'s own term', async () => {
    const answer = await ask("The paper calls DoD's restraint messaging 'cheap signals' — which statements does it mean and why does it doubt their credibility?");
    // A list of the statements, then the paper's discussion that gathers them.
    expect(ids(answer)).toContain('zhu-chen-us-ai-policy-s4-2-2');
    expect(answer.text).toMatch(/cheap/iu);
  });

  it('applies the paper\'s argument to the actions a question names, though its discussion names none of them', async () => {
    const answer = await ask('按 Krishnan 那套攻防武器标准，空军把AI装到 B-2、B-21 还有 Skyborg 上，是缓解还是加剧安全困境？');
    expect(answer.grounded).toBe(true);
    expect(ids(answer)).toContain('2018-07-31-air-force-ai-f35-b2-b21');
  });
});

describe('comparisons whose sides share an item', () => {
  it('tells the shared item once, then what tells its side apart, and points the second side back to it', async () => {
    const answer = await ask('How do Paul Scharre and Michael Horowitz differ on US–China AI confidence-building measures?');
    expect(answer.questionKind).toBe('compare');
    // Scharre's own writing is far less about confidence-building than the report both wrote, but it is his alone.
    expect(ids(answer)).toEqual(['2021-01-12-cnas-ai-international-stability-cbms', '2019-scharre-killer-apps-foreign-affairs']);
    expect(answer.text).toMatch(/the same item as above \[1\]/);
    // Its summary, its source and the paper's reading of it, once: not again for the second side.
    expect(answer.text.match(/confidence-building/gi)?.length ?? 0).toBeLessThanOrEqual(3);
    expect(answer.text.match(/\[1\]/g)?.length).toBe(4);
  });
});

describe('the signs of a reading, and the actions that fit them', () => {
  it('answers the signs alone with the works the paper builds them from, and asked for actions with more actions', async () => {
    const signs = await ask('What signs does the paper look for to call a US move security-driven rather than power-driven?');
    expect(ids(signs)).toEqual(expect.arrayContaining(['2020-fu-ying-ai-international-security-governance', '2019-scharre-killer-apps-foreign-affairs']));
    const actions = await ask('论文判“安全驱动”看啥指标？美方哪些动作算符合？');
    expect(ids(actions).slice(0, 5)).toEqual(expect.arrayContaining(['2020-02-24-pentagon-adopts-ai-principles', '2019-09-25-shanahan-no-ai-nuclear-launch']));
    expect(ids(actions)).not.toContain('2020-fu-ying-ai-international-security-governance');
  });
});

describe('figures', () => {
  it('leads with the item that gives the figure asked, not the paper\'s gloss that leaves it out', async () => {
    const answer = await ask('商汤科技原本打算发多少股票？其中国际股占多大比例？');
    expect(ids(answer)[0]).toBe('2021-12-10-treasury-lists-sensetime');
    expect(answer.text).toMatch(/15亿股/u);
    // Asked more briefly, the item matches fewer of the words, and still gives the figure.
    expect(ids(await ask('商汤科技原本打算发多少股票？'))[0]).toBe('2021-12-10-treasury-lists-sensetime');
  });
});

describe('lists of the actions read by an indicator', () => {
  it('fills a list its words leave short with the actions the paper reads by the indicator it names', async () => {
    const answer = await ask('拜登政府2021年在拉拢盟友方面推出了哪些平台和倡议？');
    expect(ids(answer)).toEqual(expect.arrayContaining(['2021-09-29-us-eu-trade-technology-council', '2021-12-09-summit-for-democracy-democratic-renewal']));
  });
});

describe('remarks the paper only cites', () => {
  it('does not lead with remarks whose content the paper does not report, when a document about as close tells more', async () => {
    const answer = await ask('论文说国防部把中国AI安全化带有“双重意涵”，指的啥？哪届政府更明显？');
    expect(ids(answer)[0]).toBe('zhu-chen-us-ai-policy-conclusion-2');
    expect(answer.text).toContain('特朗普时期');
  });
});

describe('sources', () => {
  it('knows a name that only an item\'s source gives: the columnist who interviewed Work', async () => {
    const answer = await ask('Bob Work told David Ignatius in 2016 that the US wouldn\'t delegate lethal authority to machines — what was the caveat he attached?');
    expect(answer.grounded).toBe(true);
    expect(ids(answer)[0]).toBe('2016-03-30-work-no-lethal-decisions-to-machines');
  });
});

describe('claims to check', () => {
  it('finds the action a claim misdates, and gives its real date', async () => {
    const answer = await ask('网传美国国防部是在2019年才以网络安全漏洞为由禁止军方采购大疆无人机的，是否属实？');
    expect(answer.grounded).toBe(true);
    expect(ids(answer)[0]).toBe('2018-05-23-defense-bans-dji-drones');
    expect(answer.text).toContain('2018年5月23日');
  });

  it('names the body that acted when the claim names another', async () => {
    const answer = await ask('A tweet says the August 2019 plan for federal engagement in AI technical standards was issued by the White House OSTP. Which body actually issued it?');
    expect(ids(answer)[0]).toBe('2019-08-09-nist-ai-technical-standards-plan');
    expect(answer.text).toContain('NIST');
  });

  it('keeps a claim dated where the store holds nothing out of reach', async () => {
    expect((await ask('网传拜登2023年签署的人工智能行政令专门针对中国提出了算力出口限制，论文是如何评价这一行政令的？')).grounded).toBe(false);
  });

  it('asks whether two statements fell on the same day as a timeline of both', async () => {
    const answer = await ask('网传埃斯珀称中国是“21世纪监视国家”与克拉特西奥斯称中国挑战美国AI主导地位，是同一天发表的，是否属实？');
    expect(answer.questionKind).toBe('timeline');
    expect(ids(answer)).toEqual(expect.arrayContaining(['2019-11-05-esper-nscai-surveillance-state', '2019-11-05-kratsios-interview-china-ai-challenge']));
  });
});

describe('words that only look like constraints', () => {
  it('reads 战略 before the noun it qualifies (战略力量) as no strategy someone owns', async () => {
    const answer = await ask('沙纳汉（2019年9月）和希克斯（2021年9月）关于人工智能与核力量/战略力量的表态，有什么不同？');
    expect(answer.grounded).toBe(true);
    expect(ids(answer)).toEqual(expect.arrayContaining(['2019-09-25-shanahan-no-ai-nuclear-launch', '2021-09-08-hicks-ai-strategic-forces']));
  });

  it('dates only the side of a comparison the date stands beside', async () => {
    const answer = await ask('美欧贸易和技术委员会（TTC）与2021年12月美澳丹挪的出口管制承诺，在参与方和合作内容上有什么异同？');
    expect(ids(answer)).toEqual(expect.arrayContaining(['2021-09-29-us-eu-trade-technology-council', '2021-12-10-state-export-control-framework-authoritarian-tech']));
  });

  it('takes an everyday Chinese verb the store never uses (经历) for phrasing, not an unknown name', async () => {
    const answer = await ask('“人工智能国防伙伴关系”从开创到第三次对话会扩员，经历了怎样的时间线？');
    expect(answer.grounded).toBe(true);
    expect(ids(answer)).toEqual(expect.arrayContaining(['2020-09-jaic-ai-partnership-for-defense', '2021-05-28-ai-partnership-for-defense-third-meeting']));
  });
});

describe('what the paper tells beside an action', () => {
  it('tells the operational concepts the paper names beside the AI Next campaign', async () => {
    const answer = await ask('List the new operational concepts the paper says the US military has put forward for the intelligentized battlefield.');
    expect(ids(answer)[0]).toBe('2018-pentagon-ai-next-campaign');
    expect(answer.text).toMatch(/mosaic/u);
  });

  it('gives a listed item the sentence that tells what is asked, beside its first', async () => {
    const answer = await ask('Name the cyber exercises the paper says the US military holds year after year alongside its push to use AI in cyber warfare.');
    expect(ids(answer)).toContain('2020-02-cybercom-hunt-forward');
    expect(answer.text).toContain('Cyber Flag');
  });
});

describe('acronyms the store spells out', () => {
  it('reads NC2 as the nuclear command and control its keywords spell out', async () => {
    const answer = await ask("Square Shanahan's 'no AI in NC2' line with USAF fielding AI on the B-2 and B-21 — how does the paper juxtapose them?");
    expect(answer.grounded).toBe(true);
    expect(ids(answer)).toEqual(expect.arrayContaining(['2019-09-25-shanahan-no-ai-nuclear-launch', '2018-07-31-air-force-ai-f35-b2-b21']));
    // The acronym is met by its spelled-out words: no document need write "NC2".
    expect(ids(await ask('What did Shanahan say about NC2?'))[0]).toBe('2019-09-25-shanahan-no-ai-nuclear-launch');
  });

  it('answers with an acronym the store spells in two ways (C2: command and control, Cyber Command), and a clipped word (nuke)', async () => {
    const answer = await ask("paper says putting AI on B-2/B-21 undercuts the 'no AI in nuke C2' messaging - how does that fit its security dilemma argument?");
    expect(answer.grounded).toBe(true);
    expect(ids(answer)).toContain('2018-07-31-air-force-ai-f35-b2-b21');
    expect(answer.text).toMatch(/nuclear command and control/u);
  });
});

describe('what someone said, beside the actions of its section', () => {
  it('gives the stance a pitch turned beside the pitch', async () => {
    const answer = await ask('Which French minister lobbied Kratsios to get Washington on board with GPAI, and what was his pitch?');
    expect(ids(answer)[0]).toBe('2020-us-decides-to-back-gpai-launch');
    expect(ids(answer)).toContain('2020-01-06-white-house-reservations-on-gpai');
  });
});

describe("the paper's argument on a thing it names", () => {
  it('gives the actions on it in place of a second passage when the leading passage tells them', async () => {
    const answer = await ask('why does the paper read the DJI drone bans as a security dilemma rather than just a power play?');
    expect(ids(answer).slice(0, 5)).toEqual(expect.arrayContaining(['2018-05-23-defense-bans-dji-drones', '2020-01-interior-grounds-dji-drones']));
    expect(ids(answer).filter((id) => id.startsWith('zhu-chen'))).toHaveLength(1);
  });
});

it('tells a story the paper tells in one passage by the actions that passage tells', async () => {
  const answer = await ask('美军对外释放“自我克制”信号，按时间先后都有哪几步？');
  expect(ids(answer).slice(0, 5)).toEqual(expect.arrayContaining(['2016-03-30-work-no-lethal-decisions-to-machines',
    '2019-09-25-shanahan-no-ai-nuclear-launch', '2020-02-24-pentagon-adopts-ai-principles', '2021-03-01-nscai-final-report-others-restraint']));
});

describe('a conclusion paragraph that opens on the one before it', () => {
  it('cites the action a conclusion sums up when an action leads the hits', async () => {
    const answer = await ask('结语里说美军智能化政策加深了中美安全困境，具体列了哪三点？');
    expect(ids(answer).slice(0, 4)).toContain('2018-05-23-defense-bans-dji-drones');
  });

  it('cites the action on the body the earlier paragraph singles out, the one that paragraph tells', async () => {
    const answer = await ask('论文在结语里对中国应对美国官僚机构分歧给出了什么建议？');
    expect(ids(answer)[0]).toBe('zhu-chen-us-ai-policy-conclusion-5');
    // "美商务部转而…反对美国防部扩大对中芯国际的出口管制范围": Commerce's objection, not the earliest SMIC item.
    expect(ids(answer).slice(0, 3)).toContain('2021-12-commerce-objects-smic-restrictions');
    // 拜登政府 in the paragraph names the period: no action of Biden the person (nor the 301 investigation) joins.
    expect(ids(answer)).not.toContain('2017-08-section-301-investigation-china');
  });

  it('cites an action for each point of an enumeration the question singles out, and the actions of one point', async () => {
    const points = await ask('结语里说美军智能化政策加深了中美安全困境，具体列了哪三点？');
    expect(ids(points).slice(0, 6)).toEqual(expect.arrayContaining(['2018-05-23-defense-bans-dji-drones', '2019-nakasone-ai-will-become-offensive']));
    const one = await ask('作者说美军释放的军事克制信号存在“信誉困境”，具体是什么意思？');
    expect(ids(one)[0]).toBe('zhu-chen-us-ai-policy-conclusion-6');
    expect(ids(one).slice(0, 5)).toContain('2019-09-25-shanahan-no-ai-nuclear-launch');
  });
});

describe("a comparison's sides told in turn", () => {
  it("tells each side's two closest items in full before either side's third, and an item that only records a citation last", async () => {
    const answer = await ask('国务院和国防部都在污名化中国AI，但两边的立场有什么差别？');
    expect(ids(answer).slice(0, 4)).toEqual(expect.arrayContaining(['2021-07-13-blinken-nscai-summit-ai-human-rights', '2019-11-05-esper-nscai-surveillance-state']));
    expect(ids(answer)).not.toContain('2021-07-13-austin-nscai-summit-remarks');
    expect(answer.text).toMatch(/美国务院另见：/u);
  });
});

describe('two administrations compared on nothing but their policies', () => {
  it("stands each on the actions of the paper's own account of it, not on the literature's", async () => {
    const answer = await ask('特朗普和拜登对华AI政策 主要差别在哪');
    expect(ids(answer)).toEqual(expect.arrayContaining(['2019-02-11-executive-order-maintaining-american-leadership-in-ai', '2021-12-10-treasury-lists-sensetime']));
    expect(ids(answer)).not.toContain('2022-11-01-crs-limited-tech-decoupling-supply-chains');
  });
});

describe('a timeline between two events the question names', () => {
  it('tells what the paper tells beside the first in between, before actions that meet the question only weakly', async () => {
    const answer = await ask('从中国发布新一代AI规划到特朗普签AI行政令，中间怎么发展的？');
    expect(ids(answer)).toEqual(expect.arrayContaining(['2017-07-08-state-council-new-generation-ai-plan', '2017-09-08-allen-kania-china-using-us-ai-plan',
      '2017-11-11-eric-schmidt-chinese-ai-remarks', '2019-02-11-executive-order-maintaining-american-leadership-in-ai']));
    expect(ids(answer)).not.toContain('2018-06-14-cybercom-persistent-engagement-vision');
  });
});

describe('a comparison whose sides are written with words of their own', () => {
  it('searches each side with its own words, and a body set against its own office with its own actions', async () => {
    const answer = await ask('美国防部2019年人工智能战略与美空军同年《数字化空军》白皮书、《2019年美国空军人工智能》报告在目标表述上有何异同？');
    expect(ids(answer).slice(0, 4)).toEqual(expect.arrayContaining(['2019-02-12-dod-ai-strategy', '2019-07-air-force-digital-air-force-white-paper', '2019-09-air-force-ai-2019-report']));
    expect(answer.text).toContain('美国国防部：美国国防部于2019年2月12日');
  });
});

describe('a timeline that names its steps one by one', () => {
  it('tells each step by its own item, a thinly worded one too', async () => {
    const saga = await ask('walk me thru the huawei saga: may 2019 listing -> the 10% plan -> pentagon/treasury caving -> seagate. dates + key numbers pls');
    expect(ids(saga).slice(0, 5)).toEqual(expect.arrayContaining(['2019-05-21-commerce-entity-list-huawei', '2020-01-25-commerce-plan-huawei-10-percent',
      '2020-02-16-defense-treasury-withdraw-objections', '2021-10-26-seagate-huawei-hard-drives']));
    // Steps between commas, asked when each happened.
    const cyber = await ask('cybercom stuff - unified command elevation, persistent engagement, nakasone/moore, hunt forward. what happened when?');
    expect(ids(cyber)).toEqual(expect.arrayContaining(['2018-06-14-cybercom-elevated-unified-command', '2019-05-14-nakasone-moore-persistent-engagement', '2020-02-cybercom-hunt-forward']));
    expect(cyber.text.indexOf('June 14, 2018')).toBeLessThan(cyber.text.indexOf('February 2020'));
  });
});

describe('a list the paper gives over consecutive paragraphs', () => {
  it('lists the studies it reviews in each of the closest passages', async () => {
    const answer = await ask('论文援引了哪些美方政策研究，主张中美建立增强信心措施或警惕人工智能军备竞赛引发意外冲突？');
    expect(ids(answer)).toEqual(expect.arrayContaining(['2021-01-12-cnas-ai-international-stability-cbms', '2020-07-12-john-allen-hyperwar-op-ed', '2012-07-dsb-autonomy-task-force-report']));
  });
});

describe("the asker's own side", () => {
  it('reads 我方 and 我国 as China, as 中方, not as a name the store lacks', async () => {
    const answer = await ask('据论文援引，曾毅揭示了美方在OECD人工智能原则讨论中对我方采取了什么做法？');
    expect(answer.grounded).toBe(true);
    expect(ids(answer)[0]).toBe('2019-05-oecd-ai-principles');
    expect(answer.text).toContain('没有邀请中国代表');
  });
});

describe('an administration a person spoke of', () => {
  it('finds what someone said of an administration before it took office, not what that administration did', async () => {
    const answer = await ask("How does the paper summarize Michael Horowitz's view of the Biden administration's coordination with allies on military AI?");
    expect(ids(answer).slice(0, 2)).toContain('2021-01-12-cnas-ai-international-stability-cbms');
    expect(answer.text).toContain('Horowitz');
  });
});
