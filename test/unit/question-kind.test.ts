import { describe, expect, it } from 'vitest';
import { classifyQuestion, speaksOfReadings } from '../../src/search/question-kind.js';

const kindOf = (text: string): string => classifyQuestion(text, false, 0).kind;

describe('the shape of answer a question asks for', () => {
  it('reads a sequence from "walk me through", arrows, "then … then", 一路 and "on which day"', () => {
    expect(kindOf('walk me through the Huawei fight')).toBe('timeline');
    expect(kindOf('Give me the DJI saga start to finish, with dates')).toBe('timeline');
    expect(kindOf('budget trail pls: FY19 request -> FY20 memo -> FY22 number')).toBe('timeline');
    expect(kindOf('SOTU, then the EO, then the strategy')).toBe('timeline');
    expect(kindOf("Biden's coalition moves on tech, July through December, in the right order please")).toBe('timeline');
    expect(kindOf('How did the partnership develop from the beginning?')).toBe('timeline');
    expect(kindOf('美国那边一路到特朗普签AI行政令 是怎么过来的')).toBe('timeline');
    expect(kindOf('what happened on which day?')).toBe('timeline');
    expect(kindOf('cybercom stuff - unified command elevation, persistent engagement, nakasone/moore, hunt forward. what happened when?')).toBe('timeline');
    expect(kindOf('2019年美国在AI标准上的动作，能按月排一下吗？')).toBe('timeline');
    expect(kindOf('三步走规划出台后美国的反应，按时间捋一下')).toBe('timeline');
    expect(kindOf('the 2019 moves on standards, month by month')).toBe('timeline');
    expect(kindOf('Feb 2019 was busy — SOTU, the AI EO, the DoD AI strategy. order + dates pls')).toBe('timeline');
    expect(kindOf('the Huawei steps in date order')).toBe('timeline');
    expect(kindOf('SOTU, the AI executive order, DoD\'s AI strategy: what order and exact dates?')).toBe('timeline');
    expect(kindOf('这三篇文章按发表时间排个序')).toBe('timeline');
  });

  it('reads "between … and" as a span, but not after a distinction or a gap', () => {
    expect(kindOf('What happened between the 2019 listing and the 2020 rule?')).toBe('timeline');
    expect(kindOf("How does the paper apply Krishnan's distinction between defensive and offensive weapons?")).not.toBe('timeline');
    expect(kindOf('What is the gap between the rhetoric and the practice?')).not.toBe('timeline');
  });

  it('reads "what does each …" after two things as a comparison, and "each" over a list as the list', () => {
    expect(kindOf("The paper describes a 'structural' school and an 'interactive' school. What does each expect about the future?")).toBe('compare');
    expect(classifyQuestion('Which firms did BIS list, and what did each make?', false, 0).kind).toBe('list');
  });

  it('reads three or more steps named one by one and asked when as a timeline', () => {
    expect(kindOf('NSCAI 相关的几件事：埃斯珀讲话、最终报告、全球新兴技术峰会，各是什么时候')).toBe('timeline');
    expect(kindOf('美空军AI这几步按时间：F-35/B-2、数字化空军、空军AI 2019报告、Skyborg')).toBe('timeline');
    expect(kindOf('Trump AI leadership push, Feb 2019: dates of SOTU, AI EO, and DoD AI strategy release?')).toBe('timeline');
    expect(kindOf('商务部、国防部、财政部对商汤的态度有何不同')).toBe('compare');
    expect(kindOf('特朗普政府和拜登政府的对华人工智能政策各有什么侧重？')).toBe('compare');
    // 相较 is 相比 in a written register, and its rest is no content.
    const classical = classifyQuestion('拜登政府之对华人工智能政策与特朗普政府相较，侧重点有何不同？', false, 2);
    expect(classical.kind).toBe('compare');
    expect(classical.rest).not.toContain('相较');
    // 分别 after 有什么 is a difference, not "respectively"; two dates, one for each side, make no timeline.
    expect(kindOf('2019年 OECD AI 原则和2020年 GPAI，美国的态度有什么分别？')).toBe('compare');
    expect(kindOf('OECD和GPAI的成员分别是谁？')).not.toBe('compare');
    // A stance before and after, on two matters, is compared; a date before 前后 is only "around" it.
    expect(kindOf('商务部在华为那件事上和在中芯国际那件事上，立场前后有啥变化？')).toBe('compare');
    expect(kindOf('2019年前后有什么变化？')).not.toBe('compare');
    // A gap between two things sets them against each other; it is no span of time.
    expect(kindOf("What evidence does the paper offer of a gap between the Pentagon's declared restraint and what the Air Force did with AI on bombers?")).toBe('compare');
    expect(kindOf('What happened between the Huawei listing and the Seagate shipments?')).toBe('timeline');
    expect(kindOf('美国对商汤、旷视、依图做了什么')).not.toBe('timeline');
  });

  it('reads what someone said of a process as their words, not a sequence', () => {
    expect(classifyQuestion('曾毅对2019年经合组织人工智能原则的讨论过程有什么说法？', true, 0).kind).toBe('person');
    expect(classifyQuestion('讨论过程是怎样的？', false, 0).kind).toBe('timeline');
  });

  it('reads "(who/when)" as asking each item\'s actor and date, not for a list of people', () => {
    expect(classifyQuestion('List the restraint signals the DoD side sent, per the paper (who/when).', false, 1).asksWho).toBe(false);
    expect(classifyQuestion('who spoke at the NSCAI summit?', false, 0).asksWho).toBe(true);
  });

  it('reads "why do the authors treat X as …" as a question about the paper\'s reading, however long X is', () => {
    expect(kindOf('why do the authors treat the Feb 2019 American AI Initiative EO as the point US AI policy went onto a new track?')).toBe('reading');
    expect(kindOf('why did the paper count the October 2019 listing of eight firms as evidence of something?')).toBe('reading');
    expect(kindOf('DJI bans (DoD 2018, DOI 2020) — how do the authors frame the outcome?')).toBe('reading');
    // What an action counts as in the paper's framework is its reading.
    expect(kindOf('840亿、AI Next这类砸钱动作，在论文框架里算什么信号？')).toBe('reading');
    expect(kindOf("In the paper's framework, what kind of move is the DJI ban?")).toBe('reading');
    expect(kindOf("OECD principles episode: which mechanism per authors' framework?")).toBe('reading');
    expect(kindOf('According to the paper\'s framework, what was the DJI ban?')).toBe('reading');
  });

  it('reads "or both" after the two readings as a third answer, not as two sides to compare', () => {
    expect(classifyQuestion('埃斯珀那番话，论文到底归为权力还是安全？还是两者都有', true, 2).kind).toBe('reading');
    expect(classifyQuestion('Is the DJI ban power-driven or security-driven, or both?', false, 2).kind).toBe('reading');
  });

  it('reads "power vs. security" as the two readings to choose from, not two sides to compare', () => {
    expect(classifyQuestion('美欧TTC、民主峰会以及美澳丹挪出口管制框架，在论文的 power vs. security 框架下应归为哪种逻辑？', false, 3).kind).toBe('reading');
    expect(kindOf('Trump vs Biden: power or security?')).toBe('compare');
  });

  it('reads "how do X and Y line up" as a comparison, and "lined up behind" as none', () => {
    expect(kindOf('Robert Work in 2016 and the NSCAI final report in 2021 both talked about restraint. How do their positions line up?')).toBe('compare');
    expect(kindOf('Which countries lined up behind the pledge?')).not.toBe('compare');
  });

  it('reads 哪些指标 as asking for the criteria, not for the actions read one way', () => {
    const asked = classifyQuestion('论文用哪些指标来判断一项政策是 security-driven（安全驱动）的？', false, 0);
    expect(asked.kind).toBe('reading');
    expect(asked.asksCriteria).toBe(true);
    expect(kindOf('论文把哪些举措归为安全驱动？')).toBe('list');
  });

  it('reads a cue inside quotes as the term asked about, not as the shape of the question', () => {
    const classified = classifyQuestion('官僚机构的“立场交换”指的是啥？', false, 0);
    expect(classified.kind).toBe('fact');
    expect(classified.rest).toContain('立场交换');
    // The paper's readings are what a question asks about, quoted or not.
    expect(kindOf('Is the DJI ban \'security-driven\'?')).toBe('reading');
  });

  it('reads "distinguish X from Y" as a comparison', () => {
    expect(kindOf('How does the paper distinguish the White House from DoD when it comes to stigmatizing China?')).toBe('compare');
    expect(kindOf("Set the JAIC director's 2019 pledge against what the Air Force was doing with AI on its aircraft.")).toBe('compare');
    expect(kindOf("DoD keeps saying no AI in nuclear command — how does that square with the Air Force's bomber plans?")).toBe('compare');
    expect(kindOf('Shanahan swore no AI in nuclear launch decisions, yet the Air Force put AI on the B-21. How does the paper square those two?')).toBe('compare');
    expect(kindOf('How does the paper reconcile the restraint pledges with the bomber upgrades?')).toBe('compare');
    expect(kindOf('What sanctions did Treasury impose against SenseTime?')).not.toBe('compare');
  });

  it('reads 解读 as the paper\'s reading only when the paper reads, not when someone else interprets a speech', () => {
    expect(kindOf('CSIS 的甘思德（Scott Kennedy）怎么解读戴琪的“再挂钩”讲话？')).not.toBe('reading');
    expect(kindOf('该文如何从信号博弈的角度解读美国商务部对华为的极限施压？')).toBe('reading');
    expect(kindOf('论文把大疆禁令解读为什么驱动？')).toBe('reading');
  });

  it('reads 依次 (one after another) and 依时序 (in time order) as a timeline', () => {
    expect(kindOf('美军对外释放“自我军事克制”信号有哪几个节点？请从2016年到2021年依次说明。')).toBe('timeline');
    expect(kindOf('自“301调查”肇始，至商汤科技遭列入清单止，美方之打压依时序经历了哪些关键节点？')).toBe('timeline');
  });

  it('reads a list from "give me the list", "all of it", "all the … venues" and a question that opens with what it collects', () => {
    expect(kindOf('alliance-building in 2021 - give me the list')).toBe('list');
    expect(kindOf('what has the USAF done on AI? white papers, tests - all of it')).toBe('list');
    expect(kindOf('all the international AI rule-setting venues the White House worked through')).toBe('list');
    expect(kindOf('usaf AI documents and programs the paper brings up?')).toBe('list');
    expect(kindOf("which analysts / think tanks does the paper put in the 'interaction' camp?")).toBe('list');
    expect(kindOf("who does the paper lump into the 'structural' camp? names of the analysts/pieces pls")).toBe('list');
    // A word in -s before an article or a quantifier is the verb of one thing asked about, not a plural.
    expect(kindOf('what share of US drones do Chinese firms make, and which company makes most of them?')).not.toBe('list');
    expect(kindOf('which export control measures did Commerce take?')).toBe('list');
    // "which ones" points back at what the question names: no new collection.
    expect(kindOf("the paper calls some restraint signals 'cheap' - which ones, and why?")).not.toBe('list');
    // A collection that is the matter of another shape stays content: "sanctions" is what is compared.
    const compared = classifyQuestion('How did Trump-era sanctions on Chinese AI firms differ from Biden\'s?', false, 0);
    expect(compared.kind).toBe('compare');
    expect(compared.rest).toContain('sanctions');
  });

  it('takes the reading named again as the one asked for, else the first', () => {
    expect(classifyQuestion('论文用哪套理论区分权力驱动和安全驱动？举一个它判定为安全驱动的美国部门行为', false, 0).driver).toBe('security');
    expect(classifyQuestion('Why does the paper read it as power-driven rather than security-driven?', false, 0).driver).toBe('power');
  });

  it('reads "each" over what a list collects as a list, when there are not two sides to compare', () => {
    const officials = classifyQuestion('文中点名的五角大楼官员/将领都有谁，各自说了啥', false, 1);
    expect(officials.kind).toBe('list');
    expect(officials.asksWho).toBe(true);
    expect(classifyQuestion('商务部和国防部分别做了哪些事，各自立场有何不同？', false, 2).kind).toBe('compare');
    // 各自 over the members of one thing, with no other cue of a comparison, compares nothing.
    expect(classifyQuestion('TTC第一次部长级会议是在哪个城市开的？十个工作组各自谁牵头', false, 0).kind).not.toBe('compare');
  });

  it('reads a comparison from "how different", and the paper\'s reading from its criteria and its two logics', () => {
    expect(kindOf('how different were their messages on China?')).toBe('compare');
    for (const text of ['两边的立场有啥不一样', '立场一样吗', '理由和做法比一比', '怎么对照看', '前后态度差别在哪', '判断差在哪']) expect(kindOf(text), text).toBe('compare');
    expect(kindOf('安全驱动的判断标准是啥')).toBe('reading');
    expect(classifyQuestion('商务部的反对，在论文里被当作权力逻辑还是安全逻辑的证据？', false, 0).driver).toBeUndefined();
    expect(classifyQuestion('what counts as security logic in the paper?', false, 0).driver).toBe('security');
  });

  it('reads power maximisation as the power reading, and asking for its signs as asking for the criteria', () => {
    const yardsticks = classifyQuestion('What yardsticks does the paper use to tell if a US move is power-maximizing?', false, 0);
    expect(yardsticks.driver).toBe('power');
    expect(yardsticks.asksCriteria).toBe(true);
    expect(classifyQuestion('那“安全驱动”怎么判断？', false, 0).asksCriteria).toBe(true);
    expect(classifyQuestion('Which actions does the paper read as security-driven?', false, 0).asksCriteria).toBe(false);
    // Its dimensions (表征维度) are its signs; "各举一例" asks for an action for each.
    const dimensions = classifyQuestion('论文界定的“权力驱动”政策逻辑有哪几个表征维度？请各举美方一例。', false, 0);
    expect([dimensions.asksCriteria, dimensions.asksExamples]).toEqual([true, true]);
    expect(classifyQuestion('What dimensions does the paper use to tell a power-driven move?', false, 0).asksCriteria).toBe(true);
  });

  it('reads 权力 handed from one body to another as an authority, not as the power reading', () => {
    expect(speaksOfReadings('拜登为什么把对外制裁的权力交给财政部？')).toBe(false);
    expect(speaksOfReadings('国防部移交了哪些权力？')).toBe(false);
    expect(speaksOfReadings('论文为什么说拜登政府的对华政策是权力主导的？')).toBe(true);
  });

  it('knows a question that asks for every one from one that asks for the closest', () => {
    expect(classifyQuestion('商务部在文中所有对华动作', false, 0).exhaustive).toBe(true);
    expect(classifyQuestion('list every DJI move', false, 0).exhaustive).toBe(true);
    expect(classifyQuestion('Which actions did Defense take on DJI drones?', false, 0).exhaustive).toBe(false);
  });

  it('reads steps placed against each other in time as a timeline, and the layout asked for as no content', () => {
    expect(kindOf('How long after the Huawei listing did BIS blacklist the eight firms?')).toBe('timeline');
    expect(kindOf('中国发布规划与“301调查”哪个在先？大约相隔多久？')).toBe('timeline');
    expect(kindOf('Which came first, the EO or the DoD strategy?')).toBe('timeline');
    // A few words may stand between "which" and the things it asks for.
    expect(kindOf('Which Chinese AI or chip names did Washington move against in December 2021?')).toBe('list');
    expect(kindOf('Which of the two came first?')).toBe('timeline');
    for (const question of ['论文为什么这样看？请做成课件要点。', '请用一句话概括，放在课件第一页。', 'Give it to me in bullet points for my slides.',
      'Net-net, power or security under Biden? Evidence in two lines.', 'In one para: how do they differ?']) {
      expect(classifyQuestion(question, false, 0).rest, question).not.toMatch(/课件|要点|一句话|bullet|slides|lines|para/u);
    }
  });
});
