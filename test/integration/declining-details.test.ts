import { describe, expect, it } from 'vitest';
import { askApp, ids } from '../support/ask-app.js';

const { ask } = askApp('declining-details');

describe('declining details the store does not hold about things it does', () => {
  it('declines where a meeting was held when the text gives no place, even with 各自 over its working groups', async () => {
    expect((await ask('TTC第一次部长级会议是在哪个城市开的？十个工作组各自谁牵头')).grounded).toBe(false);
    expect(ids(await ask('美欧贸易和技术委员会设了几个工作组？'))).toContain('2021-09-29-us-eu-trade-technology-council');
  });

  it('reads a body qualified by its parent through a demonstrative (国防部那个联合人工智能中心) as that body', async () => {
    // The store gives no budget of the JAIC: AI Next's $2 billion is the Pentagon's, not the centre's.
    expect((await ask('国防部那个联合人工智能中心一年预算给多少钱')).grounded).toBe(false);
    expect(ids(await ask('国防部那个联合人工智能中心开创了什么对话？'))).toContain('2020-09-jaic-ai-partnership-for-defense');
  });

  it('declines "how much $" when no text near the answer gives a sum', async () => {
    expect((await ask('how much $ did interior sink into its DJI fleet before grounding it')).grounded).toBe(false);
    // "21世纪" and "一个" are no figures.
    expect((await ask('埃斯珀2019年11月讲话时，现场有多少听众？')).grounded).toBe(false);
    const navy = await ask('how much $ did the navy spend on DJI drones under its waiver?');
    expect(navy.grounded).toBe(true);
    expect(navy.text).toContain('190,000');
  });

  it('declines a sum of a project quoted right after a name (DARPA“心灵之眼”), which the paper only lists', async () => {
    expect((await ask('DARPA“心灵之眼”项目具体拨了多少经费？')).grounded).toBe(false);
    // Named in capitals as the item keeps it among its keywords, as if quoted.
    expect((await ask("How much funding did DARPA's Mind's Eye program receive?")).grounded).toBe(false);
    expect((await ask("- DARPA Mind's Eye program: budget $?")).grounded).toBe(false);
    const aiNext = await ask('“人工智能下一步”计划规模有多大？');
    expect(aiNext.text).toContain('20亿美元');
  });

  it('declines how a sum was split when the text gives only the whole, and answers a split it tells', async () => {
    expect((await ask('民主峰会上那4.244亿美元具体怎么分到各个项目的？')).grounded).toBe(false);
    expect((await ask('How was the $424.4 million democratic renewal money allocated among countries?')).grounded).toBe(false);
    expect((await ask('2019财年那840亿美元里，到底有多少钱是专门花在人工智能上的？')).grounded).toBe(false);
    expect((await ask('空军花5万美元采购了大疆无人机，具体采购的是哪些型号？')).grounded).toBe(false);
    const sensetime = await ask('商汤原计划发行的15亿股里，分配给国际发售的比例是多少？');
    expect(ids(sensetime)).toContain('2021-12-10-treasury-lists-sensetime');
    expect(sensetime.text).toContain('90%');
  });

  it('declines the occasion of remarks the paper dates without a venue, and answers one its footnote gives', async () => {
    expect((await ask('希克斯2021年9月8日那次讲话是在什么场合发表的？')).grounded).toBe(false);
    const esper = await ask('At what event did Esper make his November 2019 surveillance-state remarks?');
    expect(ids(esper)).toContain('2019-11-05-esper-nscai-surveillance-state');
    expect(esper.text).toMatch(/National Security Commission/u);
    // "At what venue" remarks were given is told by the meeting, however long its name.
    expect((await ask('Which SecDef branded the PRC a "21st-century surveillance state" (Nov 2019), and at what venue?')).grounded).toBe(true);
  });

  it('reads formal Chinese question words (系何人, 何地, 何型, 其数几何, 何种会议场合) as the plain ones', async () => {
    expect((await ask('有关情况显示，2020年2月游说国防部、财政部撤回反对意见的国会议员具体有哪些人？')).grounded).toBe(false);
    expect((await ask('文中所举美军以无人机定点清除苏莱曼尼一事，彼时发生于何地，所用系何型无人机？')).grounded).toBe(false);
    expect((await ask('《维持美国人工智能领导地位》行政令签署之时，是否附有专项拨款？其数几何？')).grounded).toBe(false);
    expect((await ask('施密特“相信我，这些中国人很厉害”一语，彼时系在何种会议场合说出？')).grounded).toBe(false);
    expect((await ask('840亿美元那笔钱里，真正划给人工智能的到底有多少？')).grounded).toBe(false);
    // Where a quoted meeting was held is told by a text that names it: Blinken's summit beside it tells another's place.
    expect((await ask('拜登召集之“民主峰会”，系线上举行抑或线下举行？')).grounded).toBe(false);
    expect(ids(await ask('Where was the G20 summit of November 2022 held?'))).toContain('2022-11-g20-bali-china-us-leaders');
    expect(ids(await ask('《维持美国人工智能领导地位》行政令系何时签署？'))).toContain('2019-02-11-executive-order-maintaining-american-leadership-in-ai');
  });

  it('reads 哪几位 and "the name of the judge" as asking who, and declines when no one is named', async () => {
    expect((await ask('国防部和财政部在国会议员游说下撤回了对华为新规的反对意见，具体是哪几位议员？')).grounded).toBe(false);
    expect((await ask('What was the name of the judge who ruled for Xiaomi against the Defense Department?')).grounded).toBe(false);
  });

  it('declines what the paper never reports of events it covers: a response, a final rule, commitments, members, a host', async () => {
    expect((await ask('大疆被五角大楼禁购之后，大疆官方到底是咋回应的？')).grounded).toBe(false);
    expect((await ask('What was the final outcome of the DoD–Commerce dispute over SMIC: did the rule as ultimately issued include the 14nm tool restrictions?')).grounded).toBe(false);
    expect((await ask('What specific commitments did Austin make in his July 13, 2021 remarks at the NSCAI summit?')).grounded).toBe(false);
    expect((await ask('What specific funding commitments did Defense Secretary Austin announce at the NSCAI summit in July 2021?')).grounded).toBe(false);
    expect((await ask('the 5 dod ai principles adopted feb 2020 - list them by name')).grounded).toBe(false);
    expect((await ask('2016年4月七国集团信息通信技术部长会议是在哪个国家举办的？')).grounded).toBe(false);
    expect((await ask('美澳丹挪宣布建立出口管制框架之后，随后又有哪些国家加入？')).grounded).toBe(false);
    // One of a counted set the text does not list in full: a firm the store holds is answered, one it does not is not.
    expect((await ask('was megvii one of the 8 cos BIS hit in oct 2019?')).grounded).toBe(false);
    expect((await ask('2019年10月被列入实体清单的8家中国企业中是否包括旷视科技？')).grounded).toBe(false);
    expect(ids(await ask('Was Hikvision one of the eight firms put on the Entity List in October 2019?'))).toContain('2019-10-07-bis-entity-list-eight-ai-firms');
    expect(ids(await ask('Which country joined the AI Partnership for Defense later, at its third meeting?'))).toContain('2021-05-28-ai-partnership-for-defense-third-meeting');
    expect(ids(await ask('2016年4月七国集团信息通信技术部长会议讨论了什么？'))).toContain('2016-04-g7-ict-ministers-ai-regulation');
  });

  it('declines when something stopped was let go on again, which the paper never tells', async () => {
    expect((await ask('内政部停飞的那800多架大疆，后来啥时候又让飞了')).grounded).toBe(false);
    expect((await ask('When was Interior\'s DJI fleet cleared to fly again?')).grounded).toBe(false);
    expect(ids(await ask('内政部啥时候让大疆停飞的'))).toContain('2020-01-interior-grounds-dji-drones');
    // An undoing the store holds answers, from its own item rather than the proposal it undid.
    const withdrawn = await ask('On what date did the Defense and Treasury Departments withdraw their objections to the Huawei content-threshold proposal?');
    expect(ids(withdrawn)[0]).toBe('2020-02-16-defense-treasury-withdraw-objections');
    expect(withdrawn.text).toContain('February 16, 2020');
  });

  it('declines a body the store never writes (外交部: the US one is 国务院), and answers one it does (联合作战司令部)', async () => {
    expect((await ask('商汤被财政部拉黑后 外交部怎么回应的？')).grounded).toBe(false);
    expect((await ask('美国司法部对华为做了什么？')).grounded).toBe(false);
    expect(ids(await ask('美国网络司令部是哪天升格为联合作战司令部的？'))).toContain('2018-06-14-cybercom-elevated-unified-command');
  });

  it('declines NATO\'s own strategy, which the paper only compares with, and answers what NATO\'s members did', async () => {
    expect((await ask('北约2021年通过之《人工智能战略》所确立之负责任使用原则计有哪几项？')).grounded).toBe(false);
    expect(ids(await ask('哪个北约重要成员加入了人工智能国防伙伴关系？'))).toContain('2021-05-28-ai-partnership-for-defense-third-meeting');
  });

  it('declines which firm supplied or leads another when no firm is named beside the word for the role', async () => {
    expect((await ask('科大讯飞进了实体清单以后，论文说它换了哪家国产芯片供应商？')).grounded).toBe(false);
    expect((await ask('大華股份被列入實體清單後，是改找哪一家國內晶片供應商來替代？')).grounded).toBe(false);
    expect((await ask('大疆公司的老板是谁？')).grounded).toBe(false);
    expect(ids(await ask('断供以后，哪两家公司要在芯片上找国内供应商？'))).toContain('2019-10-07-bis-entity-list-eight-ai-firms');
  });

  it('declines the rest of one day\'s listing when the store names no others listed that day', async () => {
    expect((await ask('2019.10.7实体清单8家中，除海康、大华、美亚柏科、依图外其余4家为何？')).grounded).toBe(false);
    expect(ids(await ask('2019.10.7商务部以什么理由把8家中国公司列入实体清单？'))[0]).toBe('2019-10-07-bis-entity-list-eight-ai-firms');
  });

  it('declines a designation the store never writes (5G), in either language', async () => {
    expect((await ask('英国禁华为5G跟美国商务部那套出口管制比，论文怎么看')).grounded).toBe(false);
    expect((await ask("How did the UK's 5G ban on Huawei compare with Commerce's export controls, per the paper?")).grounded).toBe(false);
    expect(ids(await ask('How did the Pentagon plan to use AI on the F-35?'))).toContain('2018-07-31-air-force-ai-f35-b2-b21');
  });

  it('declines which measures or principles, specifically, one action set out when no text names any side by side', async () => {
    expect((await ask('五角大楼2020年2月正式采用的“军用人工智能原则”，具体是哪几条？')).grounded).toBe(false);
    expect((await ask('沙瑞尔2021年1月的报告具体提出了哪几项中美增强信心措施？')).grounded).toBe(false);
    // Asked as a list, a neighbour naming other things side by side (Hunt Forward's 查找和识别) does not tell a quoted document's parts.
    expect((await ask('2020年那套“军用人工智能原则”，能不能具体列一下它包括哪几条原则？')).grounded).toBe(false);
    expect((await ask('Which specific Russian military AI projects did Esper cite in November 2019?')).grounded).toBe(false);
    // Named side by side, fields are told: 智能监控和机器视觉.
    const kratsios = await ask('克拉特西奥斯2019年11月接受采访时称中国具体在哪些领域挑战了美国？');
    expect(kratsios.grounded).toBe(true);
    expect(kratsios.text).toContain('机器视觉');
  });

  it('reads a deputy\'s title as another post: the NSCAI\'s vice chair is told, its chair is not', async () => {
    expect((await ask('人工智能国家安全委员会发布最终报告之时，该委员会主席系何人？')).grounded).toBe(false);
    expect((await ask('Who was the chair of the National Security Commission on AI?')).grounded).toBe(false);
    expect((await ask('2012年国防科学委员会那份自主性报告，工作组是谁牵头当主席的？')).grounded).toBe(false);
    expect((await ask('人工智能国家安全委员会副主席是谁？')).text).toContain('罗伯特·沃克');
    expect(ids(await ask('Who was the vice chair of the National Security Commission on AI?'))).toContain('2021-04-08-work-groen-press-briefing-ai');
  });

  it('declines where someone worked when the paper gives a rank but no body (退役上将), and answers a role that names one', async () => {
    expect((await ask('撰写“极速战将至”评论的约翰·艾伦，彼时在哪家智库担任何种职务？')).grounded).toBe(false);
    expect((await ask('沙瑞尔在哪家智库任职？')).text).toContain('新美国安全研究中心');
  });

  it('reads 最终…正式 as asking how a proposal ended: told by a text that tells an adoption, not by the proposal', async () => {
    expect((await ask('美国国防部提议限制中芯国际后，中芯国际最终是哪一天被正式列入实体清单的？')).grounded).toBe(false);
    expect(ids(await ask('五角大楼最终是哪天正式采用军用人工智能原则的？'))).toContain('2020-02-24-pentagon-adopts-ai-principles');
    // A listing the store holds is told by the act the question names, done to the firm it names.
    expect(ids(await ask('华为最终是哪天被正式列入实体清单的？'))).toContain('2019-05-21-commerce-entity-list-huawei');
    expect(ids(await ask('商汤最终是哪天被财政部正式列入清单的？'))).toContain('2021-12-10-treasury-lists-sensetime');
  });

  it('declines whether names the store does not know were part of a batch, counted or not', async () => {
    expect((await ask('were megvii and iflytek part of the oct 2019 entity list batch?')).grounded).toBe(false);
    expect(ids(await ask('Was Hikvision part of the October 2019 entity list batch?'))).toContain('2019-10-07-bis-entity-list-eight-ai-firms');
  });

  it('declines the day of an event the paper dates only by the month, and answers one it dates to the day', async () => {
    expect((await ask('巴厘岛中美元首会晤具体是哪一天？')).grounded).toBe(false);
    expect((await ask('On what exact date did the Skyborg test phase finish?')).grounded).toBe(false);
    expect(ids(await ask('商汤是哪一天被财政部列入清单的？'))).toContain('2021-12-10-treasury-lists-sensetime');
    // An item dated by its month whose summary gives the day of what the paper cites answers it.
    expect((await ask('甘思德评论戴琪“再挂钩”主张，论文所引那篇评论是哪一天发布的？')).text).toContain('10月5日');
    // "When exactly" may ask for no more than the month the paper gives.
    expect(ids(await ask('When exactly did the Trump team start the Section 301 probe against China?'))).toContain('2017-08-section-301-investigation-china');
  });

  it('reads "# of" as asking a count, 时长 as asking how long, and 举办城市 as asking where', async () => {
    expect((await ask('Seagate/Huawei: # of HDD units shipped post-ban?')).grounded).toBe(false);
    expect((await ask('巴厘岛中美元首会晤的会谈时长？')).grounded).toBe(false);
    expect((await ask('2019年6月二十国集团采纳人工智能原则的峰会，举办城市是哪里？')).grounded).toBe(false);
    expect(ids(await ask('2019年6月二十国集团采纳的是什么原则？'))).toContain('2019-06-g20-ai-principles');
  });

  it('reads terse keyword queries for a holder (主席 姓名) or a list of countries (国家 名单)', async () => {
    expect((await ask('人工智能国安委 最终报告 发布时 委员会主席 姓名？')).grounded).toBe(false);
    expect((await ask('前出追捕 2020-02 派驻 国家 名单？')).grounded).toBe(false);
    expect((await ask('联合人工智能中心 主任 姓名？')).text).toMatch(/格罗恩|沙纳汉/u);
    expect((await ask('AI国防伙伴关系 第三次对话 新增 国家 名单？')).text).toContain('德国');
  });

  it('declines who signed a document whose text names no one, and answers one whose text names the signer', async () => {
    expect((await ask('- DoD AI strategy, Feb 2019: who signed it?')).grounded).toBe(false);
    expect((await ask('Who signed the DoD AI strategy released on 12 February 2019?')).grounded).toBe(false);
    expect((await ask('谁签署了《维持美国人工智能领导地位》行政令？')).text).toContain('特朗普');
    // Authorship likewise.
    expect((await ask('Who wrote the Digital Air Force white paper?')).grounded).toBe(false);
    expect((await ask('《数字化空军》白皮书是谁执笔的？')).grounded).toBe(false);
    expect(ids(await ask('Who wrote the 2020 hyperwar op-ed?'))).toContain('2020-07-12-john-allen-hyperwar-op-ed');
  });

  it('tells who held a role by a person the alias table gives that post, and reads a bulleted question\'s first word as its start', async () => {
    expect(ids(await ask('Which former Deputy Secretary of Defense said the US would not hand lethal decisions to machines?')))
      .toContain('2016-03-30-work-no-lethal-decisions-to-machines');
    expect(ids(await ask('- Who is cited on China being kept out of the OECD AI principles talks?'))).toContain('2019-05-oecd-ai-principles');
  });

  it('declines what befell firms the store does not know, picked out of a batch it holds (其中X与Y)', async () => {
    expect((await ask('2019年10月列入实体清单的八家企业里，其中旷视科技与科大讯飞分别受到了什么影响？')).grounded).toBe(false);
    expect(ids(await ask('2019年10月列入实体清单的八家企业里，其中海康威视受到了什么影响？'))).toContain('2019-10-07-bis-entity-list-eight-ai-firms');
  });

  it('declines a recurring document or event named with a year the store holds it in no item of', async () => {
    expect((await ask('What did Trump say about AI in the 2020 State of the Union?')).grounded).toBe(false);
    expect((await ask('2022年民主峰会上拜登说了什么？')).grounded).toBe(false);
    expect(ids(await ask('What did Trump say about AI in the 2019 State of the Union?'))).toContain('2019-02-05-trump-state-of-the-union-ai-leadership');
    expect((await ask('2021年民主峰会邀请了多少国家的领导人？')).text).toContain('100');
  });

  it('declines a question about a firm the store never names, known by the kind of firm its name ends in', async () => {
    expect((await ask('被列入实体清单的那8家企业里，旷视科技具体受到了什么影响？')).grounded).toBe(false);
    expect(ids(await ask('被列入实体清单的那8家企业里，依图科技具体受到了什么影响？'))).toContain('2019-10-07-bis-entity-list-eight-ai-firms');
  });

  it('declines why these were chosen when no text near the answer speaks of a choice or a cause', async () => {
    expect((await ask('Why were Australia, Denmark and Norway chosen as the first partners of the export control framework?')).grounded).toBe(false);
    expect((await ask('美国为何只挑了澳大利亚、丹麦和挪威一起建立出口管制框架？')).grounded).toBe(false);
    expect((await ask('法加为什么偏偏把GPAI的启动定在2020年初？')).grounded).toBe(false);
    // Why an action was taken is no choice among others: the paper tells it.
    expect(ids(await ask('为什么拜登政府把对外制裁权从国防部转给财政部？'))).toContain('2021-01-14-dod-lists-xiaomi-chinese-military-companies');
  });

  it('answers no to whether the paper mentions something whose words the store mostly lacks', async () => {
    expect((await ask('论文是否提到美国对中国人工智能人才的签证限制？')).grounded).toBe(false);
    expect(ids(await ask('论文是否提到华为被列入实体清单？'))).toContain('2019-05-21-commerce-entity-list-huawei');
    // "Which … does the paper mention" asks for a list, not whether.
    expect(ids(await ask('Alongside AI Next, which DARPA projects does the paper mention?'))).toContain('2018-pentagon-ai-next-campaign');
  });
});
