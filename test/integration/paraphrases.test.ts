import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import { packageRoot } from '../../src/config/paths.js';
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
const REGRESSION = JSON.parse(readFileSync(join(packageRoot(), 'test', 'eval', 'questions_regression.json'), 'utf8')) as {
  questions: Array<{ question: string; expected_items: Array<{ date: string }> }> };
const QUESTIONS: Array<[string, string]> = REGRESSION.questions.filter((q) => q.expected_items.length > 0)
  .map((q) => [q.question, (q.expected_items[0] as { date: string }).date]);

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
  '论文的分析框架是什么？',
];

describe('questions about the paper itself', () => {
  it.each(ABOUT_THE_PAPER)('%s → grounded on the paper\'s passages', async (question) => {
    const reply = await app.router.run({ kind: 'ask', question }, { conversationKey: `a:${question}` });
    if (reply.kind !== 'answer') throw new Error(reply.kind);
    expect(reply.grounded).toBe(true);
    expect(reply.citations.slice(0, 3).some((c) => c.kind === 'passage')).toBe(true);
  });
});
