import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import { packageRoot } from '../../src/config/paths.js';
import { splitSentences } from '../../src/core/answer-text.js';
import type { Reply } from '../../src/core/replies.js';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-store.js';

let app: App;
let dir: string;
let cleanup: () => void;
let conversation = 0;
beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  app = await openApp(loadConfig({ BRIEFING_DB: join(dir, 'briefing.db') }));
});
afterAll(async () => {
  await app.close();
  cleanup();
});

type Answer = Extract<Reply, { kind: 'answer' }>;
async function ask(question: string, key = `test:${conversation++}`): Promise<Answer> {
  const reply = await app.router.handle(question, { conversationKey: key });
  if (reply.kind !== 'answer') throw new Error(`expected an answer, got ${reply.kind}`);
  return reply;
}
const citedIds = (answer: Answer) => answer.citations.map((c) => c.itemId);

describe('ask on the real store', () => {
  it('finds items through aliases in either language', async () => {
    for (const question of ['What did the Pentagon think of the Huawei rule?', '五角大楼如何看待商务部针对华为的新规？', 'What did DoD say about the 10% Huawei threshold?']) {
      const answer = await ask(question);
      expect(answer.grounded, question).toBe(true);
      expect(citedIds(answer).slice(0, 2), question).toContain('2020-01-25-commerce-plan-huawei-10-percent');
    }
    expect(citedIds(await ask('Which Chinese AI firms did Commerce blacklist in October 2019?'))[0]).toBe('2019-10-07-bis-entity-list-eight-ai-firms');
    expect(citedIds(await ask('美国商务部产业安全局把哪些中国公司列入了黑名单？'))).toContain('2019-10-07-bis-entity-list-eight-ai-firms');
  });

  it('answers a Chinese question in Chinese and an English one in English', async () => {
    const zh = await ask('美军从什么时候开始把网络精锐派往海外搜寻对手的网络漏洞？');
    expect(zh.lang).toBe('zh');
    expect(zh.text).toMatch(/2020年2月/);
    expect(zh.text).toMatch(/\p{Script=Han}/u);
    const en = await ask('When did Cyber Command become a unified combatant command?');
    expect(en.lang).toBe('en');
    expect(en.text).toMatch(/14 June 2018|June 14, 2018/);
  });

  it('reads a question in Traditional characters as the same question in Simplified', async () => {
    const traditional = await ask('美國商務部把華為列入實體清單時，設定的美國零部件含量門檻是多少？');
    const simplified = await ask('美国商务部把华为列入实体清单时，设定的美国零部件含量门槛是多少？');
    expect(traditional.grounded).toBe(true);
    expect(traditional.lang).toBe('zh');
    expect(citedIds(traditional)[0]).toBe('2019-05-21-commerce-entity-list-huawei');
    expect(traditional.text).toContain('25%');
    expect(traditional.text).toBe(simplified.text);
    const profile = await app.router.handle('actor 國防部', { conversationKey: 'test:traditional-actor' });
    expect(profile.kind === 'actor-profile' && profile.actorId).toBe('defense');
  });

  it('turns dates and administrations in questions into filters', async () => {
    const oct2019 = await ask('What did the Commerce Department do in October 2019?');
    expect(oct2019.citations.every((c) => c.date.startsWith('2019-10') || c.kind === 'passage')).toBe(true);
    const biden = await ask('What did Treasury do to SenseTime under Biden?');
    expect(citedIds(biden)[0]).toBe('2021-12-10-treasury-lists-sensetime');
    const trumpLastYear = await ask('What did the Pentagon do about DJI in the last year of Trump?');
    for (const c of trumpLastYear.citations) expect(c.date >= '2020' && c.date < '2021-02').toBe(true);
  });

  it('answers questions about the paper\'s argument from its own passages', async () => {
    const answer = await ask('What does offensive realism say about AI competition, according to the paper?');
    expect(answer.grounded).toBe(true);
    expect(answer.citations.some((c) => c.kind === 'passage')).toBe(true);
    const zh = await ask('论文的主要结论是什么？');
    expect(zh.grounded).toBe(true);
    expect(zh.citations[0]?.kind).toBe('passage');
  });

  it('gives every sentence a citation that resolves to a stored item or passage', async () => {
    const passages = new Set((await app.store.allPassages()).map((p) => p.id));
    for (const question of ['What did the US do about DJI drones?', '拜登政府对商汤科技做了什么？', 'What are the two schools of thought the paper describes?']) {
      const answer = await ask(question);
      expect(answer.grounded).toBe(true);
      for (const citation of answer.citations) {
        const resolves = citation.kind === 'item' ? (await app.store.getItem(citation.itemId)) !== undefined : passages.has(citation.itemId);
        expect(resolves, citation.itemId).toBe(true);
      }
      const markers = [...answer.text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
      expect(new Set(markers)).toEqual(new Set(answer.citations.map((c) => c.n)));
      const sentences = splitSentences(answer.text);
      for (const sentence of sentences) expect(sentence, sentence).toMatch(/\[\d+\]/);
    }
  });

  const unanswerable = (JSON.parse(readFileSync(join(packageRoot(), 'test', 'eval', 'questions_regression.json'), 'utf8')) as {
    questions: Array<{ question: string; expected_items: unknown[] }> }).questions.filter((q) => q.expected_items.length === 0).map((q) => q.question);
  it('declines questions the store cannot answer, offering related items instead', async () => {
    const declined: string[] = [];
    for (const question of unanswerable) {
      const answer = await ask(question);
      if (!answer.grounded) {
        declined.push(question);
        expect(answer.citations).toEqual([]);
        expect(answer.text).toMatch(/no policy item|没有能回答/);
      }
    }
    expect(declined.length / unanswerable.length).toBeGreaterThanOrEqual(0.9);
  });

  it('declines a question about a country or a topic the store never mentions, and answers one about a country it does', async () => {
    for (const question of ['印度的人工智能国家战略是什么？', 'What does japan plan for AI chips?', 'What is the weather in Beijing?']) {
      const answer = await ask(question);
      expect(answer.grounded, question).toBe(false);
      expect(answer.confidence, question).toBe(0);
    }
    const known = await ask('Which countries joined the US in the December 2021 export control pledge against authoritarian tech, with Norway?');
    expect(citedIds(known)).toContain('2021-12-10-state-export-control-framework-authoritarian-tech');
  });

  it('counts a capitalised name inside the question, all its words together, even when they are common words ("the CHIPS Act")', async () => {
    for (const question of ['What does the paper say about the CHIPS Act?', 'What does the paper say about the UK\'s AI Safety Institute?']) {
      const answer = await ask(question);
      expect(answer.grounded, question).toBe(false);
    }
    // In Chinese text, Latin letters are names: an unknown one (A800, CFIUS) is something the store does not hold.
    for (const question of ['论文如何评价英伟达A800芯片的对华出口许可？', '论文怎么看CFIUS对中国投资的审查？']) {
      const answer = await ask(question);
      expect(answer.grounded, question).toBe(false);
    }
    // A country's adjective names the country ("French"), and a month is a date, not a name ("Dec '21").
    expect((await ask('who was the French minister that lobbied Kratsios on GPAI?')).grounded).toBe(true);
    expect((await ask('DoD vs Commerce on SMIC, Dec \'21: same page or not?')).grounded).toBe(true);
    // Two capitals are too short to be a name the store lacks ("AF" for the Air Force).
    expect((await ask('DJI drone moves by DoD, AF and Interior, in order?')).grounded).toBe(true);
    const known = await ask('What did the paper say about the American AI Initiative executive order?');
    expect(citedIds(known)[0]).toBe('2019-02-11-executive-order-maintaining-american-leadership-in-ai');
  });

  it('answers about a person named by their post ("the ex-DepSecDef who later became NSCAI vice chair", 哈佛那位…教授)', async () => {
    const work = await ask('The ex-DepSecDef who later became NSCAI vice chair said back in 2016 the US won\'t hand lethal decisions to machines: what caveat did he attach?');
    expect(citedIds(work)[0]).toBe('2016-03-30-work-no-lethal-decisions-to-machines');
    // An office's abbreviation is the office: "Which DepSecDef" is asked of the Pentagon's deputy.
    expect(citedIds(await ask('Which DepSecDef called the AI Partnership for Defense a model of responsible AI use with key partners?'))).toContain('2021-05-28-ai-partnership-for-defense-third-meeting');
    const allison = await ask('哈佛那位提“修昔底德陷阱”的教授在贝尔弗中心那篇报告里，认为美国对华科技威压想防止啥？');
    expect(citedIds(allison)[0]).toBe('2019-12-22-allison-belfer-china-beating-us-ai-supremacy');
  });

  it('reads the paper\'s authors by name as "the authors"', async () => {
    const answer = await ask('why do Zhu & Chen treat the Feb 2019 American AI Initiative EO as the point US AI policy went onto a power-competition track?');
    expect(answer.questionKind).toBe('reading');
    expect(citedIds(answer)).toContain('2019-02-11-executive-order-maintaining-american-leadership-in-ai');
    expect((await ask('朱荣生、陈琪怎么评价中国2023年提出的《全球人工智能治理倡议》')).grounded).toBe(false);
  });

  it('sets one name against an administration it never acted under, instead of filtering it away', async () => {
    const answer = await ask('论文说商汤被制裁体现了“小院高墙”下的啥？跟特朗普时期比有啥不同');
    expect(answer.questionKind).toBe('compare');
    expect(citedIds(answer)[0]).toBe('2021-12-10-treasury-lists-sensetime');
    const trumpEra = await Promise.all(citedIds(answer).slice(1).map(async (id) => (await app.store.getItem(id))?.administration));
    expect(trumpEra).toContain('trump');
  });

  it('reads what someone says as theirs to say, not as a strategy of theirs (希克斯又说AI要跟战略力量结合)', async () => {
    const answer = await ask('沙纳汉说核发射要人来决定，希克斯又说AI要跟战略力量结合，这俩说法论文怎么看，有矛盾吗');
    expect(citedIds(answer)).toEqual(expect.arrayContaining(['2019-09-25-shanahan-no-ai-nuclear-launch', '2021-09-08-hicks-ai-strategic-forces']));
  });

  it('reads a framework the question names as a document, not as the paper\'s framework ("出口管制框架")', async () => {
    const answer = await ask('那个“遏制威权主义科技应用”的出口管制框架是哪几个国家承诺的');
    expect(answer.citations[0]?.kind === 'item' && answer.citations[0].itemId).toBe('2021-12-10-state-export-control-framework-authoritarian-tech');
    expect(answer.text).toContain('澳大利亚');
  });

  it('brings the passage where the paper develops a term the question quotes, after the summary that leads', async () => {
    const answer = await ask('为啥作者说美军的克制信号是“廉价信号”？它讲的信誉困境具体指啥');
    expect(answer.citations.some((c) => c.kind === 'passage' && c.itemId === 'zhu-chen-us-ai-policy-s4-2-2')).toBe(true);
    expect(citedIds(answer)).toEqual(expect.arrayContaining(['2016-03-30-work-no-lethal-decisions-to-machines', '2020-02-24-pentagon-adopts-ai-principles']));
    // About as close as the best, it leads.
    const exchange = await ask('作者是否认为美国对华AI政策是一条单向的权力竞争路线？官僚机构的“立场交换”指的是啥？');
    expect(exchange.citations[0]?.itemId).toBe('zhu-chen-us-ai-policy-conclusion-4');
  });

  it('makes names written tight together one side of a comparison ("白宫国务院跟国防部", "White House/State vs Pentagon")', async () => {
    const answer = await ask('白宫国务院跟国防部 对中国AI的调门有啥不一样');
    expect(answer.questionKind).toBe('compare');
    expect(answer.text).toMatch(/^白宫、美国务院：/u);
    expect(citedIds(answer)).toEqual(expect.arrayContaining(['2021-07-13-blinken-nscai-summit-ai-human-rights', '2021-04-08-work-groen-press-briefing-ai']));
  });

  it('keeps the topic for a follow-up in English', async () => {
    const key = 'thread:en';
    const first = await ask('What did Commerce do to Huawei in 2019?', key);
    expect(citedIds(first)[0]).toBe('2019-05-21-commerce-entity-list-huawei');
    const followUp = await ask('and in 2020?', key);
    expect(followUp.grounded).toBe(true);
    expect(citedIds(followUp)[0]).toBe('2020-01-25-commerce-plan-huawei-10-percent');
    for (const c of followUp.citations) expect(c.date.startsWith('2020')).toBe(true);
  });

  it('keeps the topic for a follow-up in Chinese, swapping the actor', async () => {
    const key = 'thread:zh';
    const first = await ask('国防部对大疆无人机采取了什么措施？', key);
    expect(citedIds(first).slice(0, 3)).toContain('2018-05-23-defense-bans-dji-drones');
    const followUp = await ask('那内政部呢？', key);
    expect(followUp.lang).toBe('zh');
    expect(followUp.grounded).toBe(true);
    expect(citedIds(followUp)[0]).toBe('2020-01-interior-grounds-dji-drones');
  });

  it('does not carry context between conversations', async () => {
    await ask('What did Commerce do to Huawei in 2019?', 'thread:a');
    const other = await ask('and in 2020?', 'thread:b');
    expect(other.grounded).toBe(false);
  });
});

describe('other commands on the real store', () => {
  it('pages events with a working next-page command', async () => {
    const first = await app.router.handle('events actor:defense', { conversationKey: 'x' });
    if (first.kind !== 'item-list') throw new Error(first.kind);
    expect(first.items).toHaveLength(10);
    const next = first.actions[0]?.command as string;
    expect(next).toBe('events actor:defense page:2');
    const second = await app.router.handle(next, { conversationKey: 'x' });
    if (second.kind !== 'item-list') throw new Error(second.kind);
    expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
    expect(second.offset).toBe(10);
  });

  it('matches free-text words by the same rule in chat and in the CLI', async () => {
    for (const words of ['ai', 'entity list', '实体清单', 'U.S.', 'hard drive']) {
      const chat = await app.router.handle(`events ${words}`, { conversationKey: 'x' });
      if (chat.kind !== 'item-list') throw new Error(chat.kind);
      const cli = runCli(['events', '--text', words, '--json', '--limit', '1'], { BRIEFING_DB: join(dir, 'briefing.db') }).json();
      expect(chat.total, words).toBe(cli.total);
    }
  });

  it('reads dates and names in the free text of events', async () => {
    const reply = await app.router.handle('events actor:commerce 2019', { conversationKey: 'x' });
    if (reply.kind !== 'item-list') throw new Error(reply.kind);
    expect(reply.items.length).toBeGreaterThan(0);
    for (const card of reply.items) expect(card.date.startsWith('2019')).toBe(true);
  });

  it('profiles an actor, compares two sides and counts the framework', async () => {
    const profile = await app.router.handle('actor 五角大楼', { conversationKey: 'x' });
    expect(profile).toMatchObject({ kind: 'actor-profile', actorId: 'defense' });
    const comparison = await app.router.handle('compare trump vs biden', { conversationKey: 'x' });
    if (comparison.kind !== 'comparison') throw new Error(comparison.kind);
    expect(comparison.sides.map((s) => s.total).every((n) => n > 5)).toBe(true);
    const framework = await app.router.handle('framework', { conversationKey: 'x' });
    if (framework.kind !== 'framework') throw new Error(framework.kind);
    expect(framework.indicators).toHaveLength(6);
    expect(framework.indicators.every((row) => row.count > 0)).toBe(true);
  });

  it('answers malformed input with usage help', async () => {
    expect(await app.router.handle('events foo:bar', { conversationKey: 'x' })).toMatchObject({ kind: 'usage-error' });
    expect(await app.router.handle('events actor:nobody', { conversationKey: 'x' })).toMatchObject({ kind: 'usage-error' });
    expect(await app.router.handle('x'.repeat(10_000), { conversationKey: 'x' })).toMatchObject({ kind: 'usage-error' });
  });
});

describe('briefing ask --json', () => {
  it('prints the contract: grounded, mode, answer and citations in marker order', () => {
    const run = runCli(['ask', 'When did Cyber Command become a unified combatant command?', '--json'], { BRIEFING_DB: join(dir, 'cli.db') });
    expect(run.status, run.stderr).toBe(0);
    const body = run.json();
    expect(Object.keys(body).sort()).toEqual(['answer', 'citations', 'grounded', 'mode']);
    expect(body).toMatchObject({ grounded: true, mode: 'extractive' });
    // The paper prints this footnote's URL with a space in it: shown in the item, never offered as a link.
    expect(body.citations[0]).toEqual({ n: 1, itemId: '2018-06-14-cybercom-elevated-unified-command', date: '2018-06-14',
      title: expect.any(String), url: null });
    const order = [...new Set([...body.answer.matchAll(/\[(\d+)\]/g)].map((m: RegExpMatchArray) => Number(m[1])))];
    expect(order).toEqual(body.citations.map((c: { n: number }) => c.n));
  });

  it('reports grounded:false with no citations when the store holds no answer', () => {
    const run = runCli(['ask', 'What is the US policy on TikTok?', '--json'], { BRIEFING_DB: join(dir, 'cli.db') });
    expect(run.json()).toMatchObject({ grounded: false, mode: 'extractive', citations: [] });
  });

  it('answers two things joined (+, together with) from a document on each, a date beside one bounding only it', async () => {
    const blinken = await ask('SecState Blinken remarks 13 Jul 2021 + TTC launch — power or security logic, per authors?');
    expect(citedIds(blinken)).toEqual(expect.arrayContaining(['2021-07-13-blinken-nscai-summit-ai-human-rights', '2021-09-29-us-eu-trade-technology-council']));
    const hicks = await ask("How does the paper assess Deputy Secretary Hicks's September 2021 call to pair AI with strategic forces, together with the Skyborg test?");
    expect(citedIds(hicks)).toEqual(expect.arrayContaining(['2021-09-08-hicks-ai-strategic-forces', '2021-05-air-force-skyborg-test']));
    // "order + dates" joins what is asked: the month still bounds the question.
    expect(citedIds(await ask('Feb 2019 was busy: SOTU, the AI EO, the DoD AI strategy. Dates + order?'))).toContain('2019-02-12-dod-ai-strategy');
  });
});
