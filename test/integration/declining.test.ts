import { describe, expect, it } from 'vitest';
import { askApp, ids } from '../support/ask-app.js';

const { ask } = askApp('declining');

describe('declining what the store cannot know', () => {
  it('declines a question for a figure that the documents it finds do not give', async () => {
    const fact = await ask('How much did the Navy spend on DJI drones under its waiver?');
    expect(fact.grounded).toBe(true);
    expect(fact.text).toContain('190,000');
    const missing = await ask('How many founding members did GPAI have when it launched?');
    expect(missing.grounded).toBe(false);
    const zh = await ask('商汤最后在香港上市的发行价和募资规模是多少？');
    expect(zh.grounded).toBe(false);
    // The passage gives 800 drones Interior grounded: no count of the Navy's.
    expect((await ask('how many DJI drones did the Navy actually get for its $190k waiver buy?')).grounded).toBe(false);
  });

  it('declines the policy of someone who acts in no stored item, not a policy toward them', async () => {
    // Germany is in the store only as a forum member: it issues no strategy there.
    // The paper speaking of Russia's strategy (论文对…) does not make Russia its object; a title ending in 法 is a law.
    for (const question of ['What is Russia\'s national AI strategy?', '俄罗斯的国家人工智能战略是怎样的？', 'What was Germany\'s national AI strategy?',
      '论文对俄罗斯国家人工智能发展战略是怎么介绍的？', '欧盟《人工智能法》是怎么监管高风险系统的？',
      'Under the EU AI Act, which uses of facial recognition are banned outright?',
      // An AI law after the name however it is typed.
      'what risk tiers does the eu ai act set for high-risk ai systems']) {
      expect((await ask(question)).grounded, question).toBe(false);
    }
    const china = await ask('What is China\'s AI development strategy?');
    expect(china.grounded).toBe(true);
    expect(ids(china)).toContain('2017-07-08-state-council-new-generation-ai-plan');
    expect((await ask('What is the Pentagon\'s AI strategy?')).grounded).toBe(true);
    // A title after a name is owned by it only when capitalised: "did the Navy act" is no law of the Navy's.
    expect((await ask('the DoD AI Strategy of 2019 - what did it say about China?')).grounded).toBe(true);
    expect((await ask('Did the Navy act on DJI drones after the Pentagon ban?')).grounded).toBe(true);
    expect(ids(await ask('What was France\'s proposal for GPAI?'))).toContain('2020-01-06-france-canada-propose-gpai');
    // A name nearer the word owns the strategy: China's, which Allen and Kania read.
    expect(ids(await ask('格雷戈里·艾伦与卡尼亚对中国“三步走”战略作何解读？'))).toContain('2017-09-08-allen-kania-china-using-us-ai-plan');
  });

  it('declines the members of a set named by its count that no text near the answer gives (五大支柱, 六项原则)', async () => {
    expect((await ask('《美国人工智能倡议》的五大支柱具体是哪五个？')).grounded).toBe(false);
    expect((await ask('北约人工智能战略提出的负责任使用六项原则分别是什么？')).grounded).toBe(false);
  });

  it('declines what someone the store does not know said, named after their post in Chinese (财政部长耶伦)', async () => {
    expect((await ask('美国财政部长耶伦对把商汤列入清单是怎么表态的？')).grounded).toBe(false);
    expect(ids(await ask('国务卿布林肯在峰会上说了什么？'))[0]).toBe('2021-07-13-blinken-nscai-summit-ai-human-rights');
  });

  it('declines another country\'s body named like a US one (中国商务部), and answers the US one', async () => {
    for (const question of ['2019年那批实体清单出来后，中国商务部用不可靠实体清单怎么反制的？', 'How did China\'s Commerce Ministry respond to the 2019 Entity List?']) {
      expect((await ask(question)).grounded, question).toBe(false);
    }
    expect(ids(await ask('美国商务部2019年对华为做了什么'))).toContain('2019-05-21-commerce-entity-list-huawei');
    expect(ids(await ask('国务院发布了什么人工智能规划'))).toContain('2017-07-08-state-council-new-generation-ai-plan');
    // A body of another country that the alias table does not name at all.
    expect((await ask('中国外交部怎么回应埃斯珀的“21世纪监视国家”说法？')).grounded).toBe(false);
    expect((await ask('中国政府发布了什么人工智能规划')).grounded).toBe(true);
  });

  it('declines one action of a body on another that no item holds, though each acts elsewhere', async () => {
    expect((await ask('大疆后来被BIS列入实体清单，论文怎么评价那次的影响？')).grounded).toBe(false);
    expect(ids(await ask('BIS把哪些中国AI企业列入了实体清单？海康威视在里面吗'))).toContain('2019-10-07-bis-entity-list-eight-ai-firms');
    expect(ids(await ask('What did the Pentagon do about DJI drones in 2018?'))).toContain('2018-05-23-defense-bans-dji-drones');
    // The paper tells Seagate's sales as made after Commerce's ban: what it says of them is held, a fine from Commerce is not.
    const shares = await ask("After the Commerce ban, Seagate kept shipping to Huawei: by how much does the paper say Seagate's share price rose?");
    expect(shares.text).toContain('86%');
    expect((await ask('Did Seagate end up paying a penalty to Commerce over those Huawei hard-drive sales?')).grounded).toBe(false);
  });

  it("answers an office's action the store tells as its department's, and keeps an office named alone to its own items", async () => {
    const bis = await ask('BIS 那个 entity list 是哪年把华为加进去的');
    expect(bis.grounded).toBe(true);
    expect(ids(bis)[0]).toBe('2019-05-21-commerce-entity-list-huawei');
    expect(bis.text).toContain('2019');
    expect(ids(await ask('What did the Air Force do with AI from 2018 to 2021?'))).not.toContain('2019-05-21-commerce-entity-list-huawei');
  });

  it('answers a timeline of several firms, each acted on by a different item', async () => {
    const reply = await ask('从小米到商汤再到中芯国际，美国这几次针对中企的动作按时间捋一下');
    expect(reply.grounded).toBe(true);
    expect(ids(reply)).toEqual(expect.arrayContaining(['2021-01-14-dod-lists-xiaomi-chinese-military-companies', '2021-12-10-treasury-lists-sensetime']));
  });

  it('reads an abbreviation by the words the question spells it with: answered where the store holds them, declined where not', async () => {
    const cbm = await ask('沙瑞尔 vs 霍洛维茨，两人对中美建立 CBM（增强信心措施）的看法有啥区别');
    expect(cbm.grounded).toBe(true);
    expect(ids(cbm)).toContain('2021-01-12-cnas-ai-international-stability-cbms');
    expect((await ask('论文怎么描述美国外国投资委员会（CFIUS）审查中国对美人工智能投资的情况？')).grounded).toBe(false);
  });

  it('declines a figure of another fiscal year, thing or quantity than the store gives one of', async () => {
    expect((await ask('国家人工智能倡议办公室 FY2023 的非国防AI研发预算是多少')).grounded).toBe(false);
    expect(ids(await ask('2022财年非国防AI研发预算增加了多少'))[0]).toBe('2021-12-fy2022-nondefense-ai-rd-increase');
    expect((await ask("what's the FY2022 budget line for Skyborg?")).grounded).toBe(false);
    expect((await ask('华为2020年手机出货量因为禁令下降了多少')).grounded).toBe(false);
    // The noun that falls names the quantity: the paper says tax revenue would fall, not by how much.
    expect((await ask('财政部担心加大对华为制裁会导致国家税收减少，具体估计减少多少？')).grounded).toBe(false);
    expect(ids(await ask('人工智能国防伙伴关系的成员增加了多少个？'))).toContain('2021-05-28-ai-partnership-for-defense-third-meeting');
  });

  it('declines which firm did something when the item the answer stands on names none', async () => {
    expect((await ask('Skyborg 首飞用的是哪家公司的无人机平台？')).grounded).toBe(false);
    expect(ids(await ask('哪家美国公司在禁令后继续给华为供货？'))[0]).toBe('2021-10-26-seagate-huawei-hard-drives');
    expect(ids(await ask('Which firms did BIS add to the Entity List in October 2019?'))[0]).toBe('2019-10-07-bis-entity-list-eight-ai-firms');
  });

  it('declines which official did something when no text near the answer names a person', async () => {
    expect((await ask('who was the navy official that signed off on the DJI waiver?')).grounded).toBe(false);
    expect(ids(await ask('哪位官员说美国必须把人工智能纳入战略力量？'))[0]).toBe('2021-09-08-hicks-ai-strategic-forces');
  });

  it('declines a figure the question itself states, a share no text gives, and which firm or person when none is named', async () => {
    // The $424.4 million is the initiative the question names, not the part of it asked for; the 8 firms are not the bodies asked about.
    expect((await ask('2019年10月那次拉黑名单，除了那8家公司，还有几个新疆的政府部门一起被列进去了？')).grounded).toBe(false);
    expect((await ask('Before the October 2019 blacklisting, roughly what share of Hikvision\'s chips came from American suppliers?')).grounded).toBe(false);
    expect((await ask('五角大楼禁了大疆以后，转头买的是哪家美国无人机厂的货？')).grounded).toBe(false);
    expect((await ask('《数字化空军》白皮书是空军哪位高层签发的？')).grounded).toBe(false);
    expect((await ask('Which were the original 13 countries in the Pentagon\'s allied AI dialogue before Germany came in?')).grounded).toBe(false);
    // Where the store gives them, the same shapes are answered.
    expect(ids(await ask('2019年10月商务部把几家中国AI公司列入了实体清单？'))[0]).toBe('2019-10-07-bis-entity-list-eight-ai-firms');
    expect(ids(await ask('华为被列入实体清单时，美国成分占比超过多少就不能供货？'))[0]).toBe('2019-05-21-commerce-entity-list-huawei');
    expect(ids(await ask('哪位将军说人类必须控制核发射决策？'))[0]).toBe('2019-09-25-shanahan-no-ai-nuclear-launch');
  });

  it("declines another country's strategy however far its name stands from the word, but not what someone advocates or a lawsuit", async () => {
    expect((await ask('俄罗斯于2019年发布的国家人工智能发展战略设定了哪些阶段性目标？')).grounded).toBe(false);
    expect(ids(await ask('新美国安全中心的沙瑞尔和霍洛维茨主张中美之间建立什么机制来缓解AI对战略稳定的冲击？')))
      .toContain('2021-01-12-cnas-ai-international-stability-cbms');
    expect(ids(await ask('小米针对国防部的认定提起了哪些法律诉讼，结果如何？'))[0]).toBe('2021-01-14-dod-lists-xiaomi-chinese-military-companies');
  });

  it('answers how many billion were asked for from the item that gives the sum', async () => {
    const reply = await ask('FY2019 budget request for high tech incl AI — how many billion did OMB ask congress for?');
    expect(reply.grounded).toBe(true);
    expect(reply.text).toContain('$84 billion');
  });

  it('declines who came after someone in a post when no text tells a succession', async () => {
    expect((await ask('克拉特西奥斯之后谁接任了白宫首席技术官？')).grounded).toBe(false);
    expect((await ask('Who succeeded Kratsios as US CTO?')).grounded).toBe(false);
    // 接班 split by a particle.
    expect((await ask('兰德尔离任以后，白宫科技办公室主任是谁接的班？')).grounded).toBe(false);
  });

  it('declines when someone took a post when no text tells that they did, and answers when they said something', async () => {
    for (const question of ['中曾根是哪一年开始当网络司令部司令的？', 'When did Nakasone become head of Cyber Command?']) {
      expect((await ask(question)).grounded, question).toBe(false);
    }
    expect(ids(await ask('When did Nakasone say AI would become offensive?'))[0]).toBe('2019-nakasone-ai-will-become-offensive');
  });

  it('declines a few months no item near the answer is dated in, though an item dated by the year holds them', async () => {
    expect((await ask('2020年5月美国商务部第二批列入实体清单的中国人工智能企业有哪些？')).grounded).toBe(false);
    expect(ids(await ask('2019年10月商务部把哪些中国人工智能企业列入了实体清单？'))[0]).toBe('2019-10-07-bis-entity-list-eight-ai-firms');
  });

  it('reads what a Chinese question acts on (对X的制裁, 对X采取) as a name: a target the store lacks is declined', async () => {
    for (const question of ['美国对中兴通讯的制裁，论文怎么分析？', '美国对字节跳动采取了什么措施？']) {
      expect((await ask(question)).grounded, question).toBe(false);
    }
    const huawei = await ask('美国对华为采取了什么措施？');
    expect(huawei.grounded).toBe(true);
    expect(ids(huawei)).toContain('2019-05-21-commerce-entity-list-huawei');
    // An order issued to it (下达) ends what 对 acts on.
    const dji = await ask('从采购依赖的角度看，美国防部与内政部在对大疆无人机下达禁令后的处境有何相似之处？');
    expect(dji.grounded).toBe(true);
    expect(ids(dji)).toContain('2020-01-interior-grounds-dji-drones');
  });

  it('answers how long lay between two things the question names from their dates, and declines a span no text gives', async () => {
    const between = await ask('OECD 的AI原则跟 G20 AI 原则是什么关系？前后差了多久');
    expect(between.grounded).toBe(true);
    expect(ids(between)).toEqual(expect.arrayContaining(['2019-05-oecd-ai-principles', '2019-06-g20-ai-principles']));
    expect((await ask("How long did the Navy's DJI waiver last?")).grounded).toBe(false);
    // Two pieces by the same author, each dated: the span is told by their dates.
    expect(ids(await ask('约翰·艾伦先跟侯赛因写《论极速战》，后来又跟韦斯特写评论，前后隔了几年？'))).toContain('2017-07-allen-husain-on-hyperwar');
  });

  it('declines a question for who held a role when no text it finds speaks of the role', async () => {
    // The paper says Xiaomi won in a US court, and that Commerce pushed the 10% rule, with no judge and no secretary.
    for (const question of ["which judge blocked xiaomi's chinese-military-company designation, and on what date?", '小米告 DoD 那个案子，是哪个联邦法官判的？',
      'Who was the Commerce Secretary pushing the tougher 10% Huawei rule in early 2020?',
      // "contractor" is not met by "export control".
      'Which defense contractor built the Skyborg drone prototype?', 'Who co-chaired the TTC on the European Commission side?',
      '内政部停飞大疆以后，换成了哪家美国厂商的无人机？',
      // A firm's kind between 哪家 and 企业.
      '天空博格的原型机是哪家军工企业造的？',
      '商汤科技上市的承销商是哪家投行？',
      // A court is told by the word: the paper says only that Xiaomi sued in the US.
      'Which court ruled for Xiaomi in its suit against DoD?', '小米告赢国防部，是哪个法院哪天判的？',
      '依图、美亚柏科的存储芯片是被哪家美国厂断供的？',
      // A list of holders is asked who they were, too; and a lawmaker is told only by a lawmaker's name.
      'Which defense contractors built the Skyborg prototypes tested in May 2021?',
      'Which members of Congress lobbied the Pentagon and Treasury to drop their objections to the Huawei rule?']) {
      expect((await ask(question)).grounded, question).toBe(false);
    }
    const director = await ask('Which JAIC director said in 2019 that humans must keep nuclear launch decisions?');
    expect(director.grounded).toBe(true);
    expect(ids(director)).toContain('2019-09-25-shanahan-no-ai-nuclear-launch');
  });

  it('declines when an action was undone or put into force if no text tells it, and answers one the paper tells', async () => {
    expect((await ask('美国内政部停飞800多架大疆无人机的命令后来是哪一天解除的？')).grounded).toBe(false);
    expect((await ask('When was the Pentagon ban on DJI drones lifted?')).grounded).toBe(false);
    // 叫停 halts: asked when Interior halted the drones, the grounding answers.
    expect(ids(await ask('内政部什么时候叫停大疆无人机的？'))).toContain('2020-01-interior-grounds-dji-drones');
    const withdrawn = await ask('When did Defense and Treasury withdraw their objections to the tighter Huawei rule?');
    expect(ids(withdrawn)[0]).toBe('2020-02-16-defense-treasury-withdraw-objections');
    // Put into force: the paper leaves the SMIC proposal and the 10% rule open, and tells the principles' adoption.
    for (const question of ['国防部提议卡中芯国际14纳米设备那事，商务部最后到底采纳没有？哪天落地的？',
      'Did Commerce ever finalize the 10% Huawei rule after DoD and Treasury backed off, and when did it take effect?',
      // Seagate's sales "after the ban took effect" tell of another rule's coming into force.
      '华为10%门槛最后是哪天正式生效的？']) {
      expect((await ask(question)).grounded, question).toBe(false);
    }
    expect(ids(await ask('五角大楼正式采纳军用AI原则是哪一天'))).toContain('2020-02-24-pentagon-adopts-ai-principles');
    // A lawsuit: the paper tells Xiaomi's, and no other.
    expect((await ask('大疆后来有没有起诉美国国防部？官司结果如何')).grounded).toBe(false);
    expect(ids(await ask('How did Xiaomi\'s lawsuit against the Pentagon listing turn out?'))).toContain('2021-01-14-dod-lists-xiaomi-chinese-military-companies');
    // "Ended up" is where something led, not an ending.
    expect((await ask("DJI ban: the paper says it ended up in a 'security dilemma'. What's the reasoning?")).grounded).toBe(true);
  });

  it('knows the Pentagon by its Office of the Secretary (OSD)', async () => {
    expect((await ask('On the SMIC tooling restrictions floated in late 2021, what process-node cutoff did OSD want to apply?')).grounded).toBe(true);
  });

  it('declines what the paper cites of a source it never names', async () => {
    expect((await ask('论文引用了基辛格《人工智能时代》这本书里的什么观点？')).grounded).toBe(false);
    expect((await ask('文章引用了哪些美国智库或研究机构对中美AI关系的看法？')).grounded).toBe(true);
  });

  it('declines where a meeting was held when no text tells a place', async () => {
    // The Bali summit's item tells a place, but the titled principles were adopted at another meeting.
    for (const question of ['美欧TTC第一次部长级会议是在哪个城市开的？', '2021年12月那场“民主峰会”是线上开的还是在华盛顿哪个地方开的？',
      '二十国集团通过《G20人工智能原则》是在哪个城市举行的峰会上？']) {
      expect((await ask(question)).grounded, question).toBe(false);
    }
    expect((await ask('When did the US and the EU set up the Trade and Technology Council?')).grounded).toBe(true);
  });

  it('declines a list or sequence of a period on a topic the store never mentions, however plainly it is worded', async () => {
    for (const question of ["List the Biden administration's moves on crypto", 'What happened with crypto in 2021, in order?', '拜登政府在加密货币上有哪些动作？']) {
      expect((await ask(question)).grounded, question).toBe(false);
    }
  });

  it('declines what someone said when the paper only cites the remarks, and answers that they were made', async () => {
    for (const question of ['What did Austin say at the NSCAI summit?', '沙利文在峰会上讲了什么？', 'What specific initiatives did NSA Jake Sullivan announce in his remarks at the July 2021 NSCAI summit?', 'What exactly did NSA Sullivan say about China\'s AI at the July 2021 NSCAI summit?',
      'What specific proposals did the National Security Advisor lay out in his remarks at the July 2021 NSCAI summit?']) {
      expect((await ask(question)).grounded, question).toBe(false);
    }
    expect(ids(await ask('Who spoke at the NSCAI Global Emerging Technology Summit in July 2021?'))).toContain('2021-07-13-austin-nscai-summit-remarks');
  });

  it('declines a figure of a thing when the text gives only the figure of what it is not (non-defense, 非国防)', async () => {
    for (const question of ['2022财年美国防部用于人工智能的国防类研发预算是多少？', 'What was the FY2022 defense AI R&D budget request?']) {
      expect((await ask(question)).grounded, question).toBe(false);
    }
    const nonDefense = await ask('2022财年非国防人工智能研发投资增长多少？');
    expect(nonDefense.text).toContain('11.2%');
    expect(ids(nonDefense)).toContain('2021-12-fy2022-nondefense-ai-rd-increase');
  });

  it('declines a sum of a part the text names only apart from the sum, and revenue no text gives', async () => {
    for (const question of ['“人工智能下一步”计划中的“心灵之眼”项目具体获得了多少经费？', 'How much revenue did Huawei lose in 2020 as a result of the Commerce restrictions?',
      // A quoted name met by its words in another order: the paper's "X-data".
      "A post claims DARPA's 'Data X' project had a $300 million budget. What budget does the paper give for it?"]) {
      expect((await ask(question)).grounded, question).toBe(false);
    }
    expect((await ask('“人工智能下一步”计划规模有多大？')).text).toContain('20亿美元');
    expect((await ask('商汤科技在被列入“军工复合体企业清单”之前，原计划发行多少股票？')).text).toContain('15亿');
  });

  it('declines naming the members of a counted set when the paper gives only the count', async () => {
    for (const question of ['which 13 countries were in the AI Partnership for Defense before the third meeting?', '“人工智能国防伙伴关系”最初那13个成员国分别是哪些国家']) {
      expect((await ask(question)).grounded, question).toBe(false);
    }
    // The paper names four of the eight firms, between clauses that are no members.
    expect((await ask('BIS在2019年10月把哪8家企业列入了实体清单？')).grounded).toBe(false);
    // Whether something the store does not know is one of them, likewise; one the paper names as one is answered.
    for (const question of ['网传科大讯飞也在2019年10月被列入实体清单的那8家中国人工智能企业之中，是否属实？',
      'Was Megvii one of the eight Chinese AI and security firms BIS blacklisted in October 2019?']) {
      expect((await ask(question)).grounded, question).toBe(false);
    }
    expect(ids(await ask('Was Germany one of the 16 members of the AI Partnership for Defense after the third meeting?'))[0])
      .toBe('2021-05-28-ai-partnership-for-defense-third-meeting');
  });

  it('declines what someone announced when the item records only that the paper cites the remarks', async () => {
    expect((await ask('沙利文在2021年7月13日的人工智能国安委全球新兴技术峰会上具体宣布了哪些对华技术政策？')).grounded).toBe(false);
  });

  it('declines how a target of the store\'s actions responded when no text tells it did, and answers how a body that acts did', async () => {
    for (const question of ['How did DJI respond to the Pentagon ban?', '大疆公司对2018年五角大楼禁令做了什么公开回应或法律行动？']) {
      expect((await ask(question)).grounded, question).toBe(false);
    }
    expect((await ask('How did Xiaomi respond to being listed?')).grounded).toBe(true);
  });

  it('declines how far a quantity moved when no text tells it beside the quantity', async () => {
    expect((await ask('华为被列入实体清单之后，2020年营收下降了多少？')).grounded).toBe(false);
    const stock = await ask("how much did Seagate's stock climb after the Huawei revelation?");
    expect(stock.text).toContain('86%');
  });

  it('answers a question with a slip of the keyboard in a name or a key word, instead of declining it', async () => {
    const kennedy = await ask("How did Scott Kennedy at CSIS read USTR Ktaherine Tai's 're-coupling' speech in October 2021?");
    expect(kennedy.grounded).toBe(true);
    expect(ids(kennedy)).toContain('2021-10-csis-kennedy-on-tai-recoupling-speech');
    const partnership = await ask("how did JAIC's AI Pratnership for Defense grow from its launch to the third meeting?");
    expect(ids(partnership)).toEqual(expect.arrayContaining(['2020-09-jaic-ai-partnership-for-defense', '2021-05-28-ai-partnership-for-defense-third-meeting']));
  });

  it('answers what post someone held only when the paper gives them one', async () => {
    expect((await ask('曾毅是哪个研究机构的？他在OECD AI原则讨论里担任什么职务？')).grounded).toBe(false);
    expect((await ask('曾毅具体供职于哪个研究机构、担任何种职务？')).grounded).toBe(false);
    const kennedy = await ask('甘思德担任什么职务？');
    expect(kennedy.text).toContain('高级顾问');
  });

  it('declines when a titled document was issued if only an item mentioning it in passing is near', async () => {
    expect((await ask('中国那份《关于规范人工智能军事应用的立场文件》是哪年在什么会议上提交的？')).grounded).toBe(false);
    expect((await ask('中国那份规范AI军事应用的立场文件，是哪天、在什么场合提出来的？')).grounded).toBe(false);
    expect(ids(await ask('国防部那份人工智能战略是哪年发布的？'))[0]).toBe('2019-02-12-dod-ai-strategy');
    const memo = await ask('白宫那份《2020财年研发预算优先项》备忘录是哪天出的');
    expect(ids(memo)[0]).toBe('2018-07-31-fy2020-rd-budget-priorities-memo');
  });

  it('declines a later instance of an event the store holds only the first of', async () => {
    expect((await ask('When was the second Summit for Democracy held?')).grounded).toBe(false);
    const third = await ask('What happened at the third AI Partnership for Defense meeting?');
    expect(ids(third)[0]).toBe('2021-05-28-ai-partnership-for-defense-third-meeting');
  });

  it('answers which countries from a text that names them, and declines when none does', async () => {
    const pledge = await ask('Which countries joined the December 2021 export-control pledge against authoritarian tech?');
    expect(pledge.questionKind).toBe('fact');
    expect(ids(pledge)[0]).toBe('2021-12-10-state-export-control-framework-authoritarian-tech');
    expect(pledge.text).toMatch(/Australia.*Denmark.*Norway/su);
    const summit = await ask('民主峰会邀请了哪些国家？');
    expect(ids(summit)[0]).toBe('2021-12-09-summit-for-democracy-democratic-renewal');
    const deployed = await ask('2020年2月 Hunt Forward 的网络分队具体派到了哪些国家？');
    expect(deployed.grounded).toBe(false);
  });

  it('declines a fact about a name that none of the documents as close as the best one has', async () => {
    // NATO appears in the store, but not in the items on AI principles and strategies this question comes closest to.
    expect((await ask('When did NATO formally adopt its AI strategy, and what are its principles of responsible use?')).grounded).toBe(false);
    const held = await ask('When did the Pentagon formally adopt its AI principles?');
    expect(held.grounded).toBe(true);
    expect(ids(held)).toContain('2020-02-24-pentagon-adopts-ai-principles');
  });

  it('reads quoted Chinese as a name: one the store holds is answered, one it lacks is declined', async () => {
    const held = await ask('拜登政府的“小院高墙”指的是什么？');
    expect(held.grounded).toBe(true);
    expect(ids(held)).toContain('2021-12-10-treasury-lists-sensetime');
    const lacked = await ask('美国2020年推出的“清洁网络”计划对中国科技企业有什么影响？');
    expect(lacked.grounded).toBe(false);
    // A quoted list with 不 in its name is a name, not words quoted as said.
    expect((await ask('中国商务部有没有用“不可靠实体清单”反制美国企业？具体列了哪些？')).grounded).toBe(false);
    // A quote in the asker's own words whose most specific word the store holds is a paraphrase, not a name it lacks;
    // so is a clause quoted as said (跟对手交手).
    const paraphrased = await ask('美军在AI武器上“表态克制”的那几次，按时间顺序排一下。');
    expect(paraphrased.grounded).toBe(true);
    expect(ids(paraphrased)).toContain('2019-09-25-shanahan-no-ai-nuclear-launch');
    expect(ids(await ask('网络司令部那套“持续跟对手交手”的打法，为啥论文认为会加剧中美之间的安全困境？'))).toContain('2019-05-14-nakasone-moore-persistent-engagement');
    expect((await ask('“网络旗帜”演习最近一次有多少个盟国参加？')).grounded).toBe(false);
    // 没 negates as 不 and 没有 do: the clause is said, its colloquial word (路子) no name.
    expect(ids(await ask('商务部在中芯国际一事上为什么被说成“没再走权力斗争的路子”？'))).toContain('2021-12-commerce-objects-smic-restrictions');
  });

  it('reads the word a question ends on after 有啥 or 是什么 as the kind of answer asked for, not a name the store lacks', async () => {
    const answer = await ask('克拉特西奥斯2019年与兰德尔2021年谈研发预算，有什么共通点？');
    expect(answer.grounded).toBe(true);
    expect(ids(answer)).toEqual(expect.arrayContaining(['2019-11-05-kratsios-interview-china-ai-challenge', '2021-12-fy2022-nondefense-ai-rd-increase']));
    // A rare word asked about, not for, is still a topic the store lacks.
    expect((await ask('美国对华光刻机出口管制有什么新变化？')).grounded).toBe(false);
  });

  it('declines a fact about someone when the item it would stand on names none of those the question does', async () => {
    // JAIC is in the store, and budgets are, but no item gives JAIC's; Hikvision's items are not in 2020.
    expect((await ask('How big was JAIC\'s budget in FY2021?')).grounded).toBe(false);
    expect((await ask('海康威视被列入实体清单后，2020年营收下降了多少？')).grounded).toBe(false);
    const held = await ask('What did JAIC launch in September 2020?');
    expect(held.grounded).toBe(true);
    expect(ids(held)).toContain('2020-09-jaic-ai-partnership-for-defense');
  });

  it('a question that sets a name aside is answered only from documents that name others of its sort', async () => {
    // Treasury's listing names SenseTime alone; the Entity List decision names eight firms.
    expect((await ask('Besides SenseTime, which Chinese firms did Treasury add to its list in December 2021?')).grounded).toBe(false);
    expect((await ask('除了商汤，财政部还制裁了哪些公司？')).grounded).toBe(false);
    const others = await ask('Besides Hikvision, which Chinese firms did BIS put on the Entity List in October 2019?');
    expect(others.grounded).toBe(true);
    expect(ids(others)).toContain('2019-10-07-bis-entity-list-eight-ai-firms');
    const services = await ask('Apart from the Navy, which services bought DJI drones under waivers?');
    expect(ids(services)[0]).toBe('2018-11-air-force-dji-waiver-purchase');
    // 除了X还…: the name is set aside up to 还 as up to 以外; the TTC item names no other US minister.
    expect((await ask('美欧贸易和技术委员会成立时，除了布林肯还有哪些美国部长出席？')).grounded).toBe(false);
    expect(ids(await ask('除了海军还有哪些军种用豁免买过大疆无人机？'))[0]).toBe('2018-11-air-force-dji-waiver-purchase');
  });

  it('reads the person an English question asks what they said as a name, however it is typed', async () => {
    expect((await ask('what did commerce secretary wilbur ross say when huawei went on the entity list?')).grounded).toBe(false);
    const known = await ask('what did kratsios say at the oecd?');
    expect(known.grounded).toBe(true);
    expect(ids(known)).toContain('2019-05-02-kratsios-oecd-keynote-shared-values');
  });

  it('reads a brand with a capital inside a word as a name, even opening the question', async () => {
    expect((await ask('Was iFlytek among the Chinese AI firms BIS added to the Entity List?')).grounded).toBe(false);
    expect((await ask('iFlytek and the Entity List?')).grounded).toBe(false);
  });

  it('reads an abbreviation in the plural as a kind of thing, and 论文里 as the paper, neither as a name', async () => {
    const plural = await ask("what happened to Seagate's share price after it came out they kept shipping HDDs to Huawei?");
    expect(plural.grounded).toBe(true);
    expect(plural.text).toContain('86%');
    const inPaper = await ask('美国市面上的无人机大概有多大比例是中国公司造的？论文里有个数');
    expect(inPaper.grounded).toBe(true);
    expect(inPaper.text).toContain('80%');
  });

  it('reads a rank before a name and a verb with its aspect particle as phrasing, not as names the store lacks', async () => {
    const general = await ask('According to General Nakasone, the cyber/NSA chief, how is the role of AI in the military shifting?');
    expect(general.grounded).toBe(true);
    expect(ids(general)).toContain('2019-nakasone-ai-will-become-offensive');
    expect((await ask('特朗普时期五角大楼和美军为推进军事智能化搞了哪些大动作？')).grounded).toBe(true);
  });
});
