import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import { tempDir } from '../support/temp-store.js';

let app: App;
let cleanup: () => void;
beforeAll(async () => {
  const temp = tempDir();
  cleanup = temp.cleanup;
  app = await openApp(loadConfig({ BRIEFING_DB: join(temp.dir, 'b.db') }));
});
afterAll(async () => {
  await app.close();
  cleanup();
});

/** Questions worded the way analysts ask them, in both languages, with the date of the item that answers each. */
const QUESTIONS: Array<[string, string]> = [
 ['Which US agency opened the Section 301 investigation and when?', '2017-08'],
 ['What is China\'s three-step AI strategy and when was it released?', '2017-07-08'],
 ['国务院什么时候发布《新一代人工智能发展规划》？', '2017-07-08'],
 ['What did the Defense Science Board say about autonomy in 2012?', '2012-07'],
 ['How did CSIS interpret Katherine Tai\'s recoupling remarks?', '2021-10'],
 ['国会研究服务部2022年的报告说了什么？', '2022-11-01'],
 ['What did the FY2020 R&D budget priorities memo say about AI?', '2018-07-31'],
 ['美国空军的数字化空军白皮书是什么时候发布的？', '2019-07'],
 ['Where did the idea of GPAI originate?', '2016-04'],
 ['什么是持久交战战略？', '2018-06-14'],
 ['When did Hunt Forward start?', '2020-02'],
 ['How much did Seagate stock rise after selling to Huawei?', '2021-10-26'],
 ['How many countries were in the AI Partnership for Defense after its third meeting?', '2021-05-28'],
 ['What did Work and Groen say in April 2021?', '2021-04-08'],
 ['Why does the paper say NSCAI wants other countries to exercise restraint?', '2021-03-01'],
 ['How much did the Navy spend on DJI drones?', '2018-08'],
 ['内政部停飞了多少架大疆无人机？', '2020-01'],
 ['What percentage of US drones are made by Chinese companies?', '2020-01'],
 ['When was SenseTime put on the investment blacklist?', '2021-12-10'],
 ['Which firms did BIS add to the Entity List in October 2019?', '2019-10-07'],
 ['How much funding did the Presidential Initiative for Democratic Renewal get?', '2021-12-09'],
 ['What is the TTC and how many working groups does it have?', '2021-09-29'],
 ['When did the Pentagon adopt its ethical principles for AI?', '2020-02-24'],
 ['What did Shanahan say about nuclear command and control?', '2019-09-25'],
 ['What did Esper call China in November 2019?', '2019-11-05'],
 ['How big was the AI Next campaign?', '2018'],
 ['How much did OMB request for FY2019?', '2018-02-12'],
 ['What was the 25% rule for Huawei?', '2019-05-21'],
 ['What did the US, Australia, Denmark and Norway announce in December 2021?', '2021-12-10'],
 ['小米是什么时候被列入军工复合体企业清单的？', '2021-01-14'],
 ['Why did Commerce oppose restricting SMIC?', '2021-12'],
 ['What did Blinken say at the NSCAI summit?', '2021-07-13'],
 ['What happened at the G20 in June 2019 on AI?', '2019-06'],
 ['What did NIST publish in August 2019?', '2019-08-09'],
 ['What does the Skyborg program do?', '2021-05'],
 ['What did Kathleen Hicks say in September 2021?', '2021-09-08'],
 ['What did Trump say about AI in his 2019 State of the Union?', '2019-02-05'],
 ['When did the DoD release its AI strategy?', '2019-02-12'],
 ['How much did the White House plan to increase non-defense AI R&D in FY2022?', '2021-12'],
 ['What did Kratsios say about China in November 2019?', '2019-11-05'],
];

describe('paraphrased questions', () => {
  it.each(QUESTIONS)('%s → cites the item dated %s among the first five', async (question, date) => {
    const reply = await app.router.run({ kind: 'ask', question }, { conversationKey: `p:${question}` });
    if (reply.kind !== 'answer') throw new Error(reply.kind);
    expect(reply.grounded).toBe(true);
    expect(reply.citations.slice(0, 5).map((c) => c.date)).toContain(date);
  });
});

/** Questions about the paper's argument: answered from its own passages. */
const ABOUT_THE_PAPER: string[] = [
  '论文认为美国对华人工智能政策是权力驱动还是安全驱动？', '结构论和互动论有什么区别？', '什么是进攻性现实主义对人工智能竞争的看法？',
  '作者对中国提出了哪些政策建议？', '安全困境在人工智能军事应用中体现在哪三个方面？', 'Which indicators does the paper use to measure power-driven policy?',
  "How does the paper describe the Biden administration's approach compared with Trump's?", 'What does "small yard, high fence" mean in the paper?',
];

describe('questions about the paper itself', () => {
  it.each(ABOUT_THE_PAPER)('%s → grounded on the paper\'s passages', async (question) => {
    const reply = await app.router.run({ kind: 'ask', question }, { conversationKey: `a:${question}` });
    if (reply.kind !== 'answer') throw new Error(reply.kind);
    expect(reply.grounded).toBe(true);
    expect(reply.citations.slice(0, 3).some((c) => c.kind === 'passage')).toBe(true);
  });
});
