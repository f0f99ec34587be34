/**
 * npm run eval: runs a question set through `ask` and prints, per question and in total, whether the answer
 * holds an expected fact, recall@5 of the expected items among the first five citations, and whether
 * unanswerable questions were declined. Default set: ../shared/eval/questions_dev.json (or EVAL_QUESTIONS).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openApp } from '../src/app.js';
import { loadConfig } from '../src/config/config.js';
import { packageRoot } from '../src/config/paths.js';

interface EvalQuestion {
  id: string;
  lang: string;
  kind: string;
  question: string;
  must_contain_any: string[];
  expected_items: Array<{ date: string; about?: string }>;
}

const path = resolve(process.env.EVAL_QUESTIONS ?? join(packageRoot(), '..', 'shared', 'eval', 'questions_dev.json'));
if (!existsSync(path)) {
  process.stderr.write(`eval: no question set at ${path}.\nThe public dev set lives beside the repository in shared/eval/; point EVAL_QUESTIONS at a copy to run it.\n`);
  process.exit(1);
}
const questions = (JSON.parse(readFileSync(path, 'utf8')) as { questions: EvalQuestion[] }).questions;
const squash = (text: string): string => text.toLowerCase().replace(/\s+/g, '');

const dir = mkdtempSync(join(tmpdir(), 'policy-brief-eval-'));
const app = await openApp(loadConfig({ ...process.env, BRIEFING_DB: join(dir, 'eval.db') }));
const rows: Array<{ id: string; kind: string; fact: boolean | null; recall: number | null; declined: boolean; ok: boolean }> = [];
for (const q of questions) {
  const reply = await app.router.run({ kind: 'ask', question: q.question }, { conversationKey: `eval:${q.id}` });
  if (reply.kind !== 'answer') throw new Error(`ask gave ${reply.kind}`);
  const unanswerable = q.expected_items.length === 0 && q.must_contain_any.length === 0;
  const declined = !reply.grounded;
  if (unanswerable) {
    rows.push({ id: q.id, kind: q.kind, fact: null, recall: null, declined, ok: declined });
  } else {
    const fact = q.must_contain_any.some((s) => squash(reply.text).includes(squash(s)));
    const top5 = reply.citations.slice(0, 5).map((c) => c.date);
    const found = q.expected_items.filter((e) => top5.includes(e.date)).length;
    const recall = q.expected_items.length > 0 ? found / q.expected_items.length : 1;
    rows.push({ id: q.id, kind: q.kind, fact, recall, declined, ok: fact && recall === 1 && !declined });
  }
  if (process.env.EVAL_VERBOSE) process.stdout.write(`\n${q.id} ${q.question}\n${reply.text}\n${reply.citations.map((c) => `[${c.n}] ${c.date} ${c.itemId}`).join('\n')}\n`);
}
await app.close();
rmSync(dir, { recursive: true, force: true });

const answerable = rows.filter((r) => r.fact !== null);
const unanswerable = rows.filter((r) => r.fact === null);
const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
const summary = {
  questions: rows.length,
  factRate: mean(answerable.map((r) => (r.fact ? 1 : 0))),
  recallAt5: mean(answerable.map((r) => r.recall ?? 0)),
  answerableDeclined: answerable.filter((r) => r.declined).length,
  unanswerableDeclined: `${unanswerable.filter((r) => r.declined).length}/${unanswerable.length}`,
};
process.stdout.write(`\n${'id'.padEnd(6)}${'kind'.padEnd(13)}${'fact'.padEnd(7)}${'recall@5'.padEnd(10)}result\n`);
for (const r of rows) {
  process.stdout.write(`${r.id.padEnd(6)}${r.kind.padEnd(13)}${(r.fact === null ? '-' : r.fact ? 'yes' : 'NO').padEnd(7)}${(r.recall === null ? '-' : r.recall.toFixed(2)).padEnd(10)}${r.fact === null ? (r.declined ? 'declined (right)' : 'ANSWERED (wrong)') : r.declined ? 'DECLINED (wrong)' : r.ok ? 'ok' : 'partial'}\n`);
}
process.stdout.write(`\nexpected fact: ${(summary.factRate * 100).toFixed(1)}%  recall@5: ${summary.recallAt5.toFixed(3)}  answerable declined: ${summary.answerableDeclined}  unanswerable declined: ${summary.unanswerableDeclined}\n`);
process.stdout.write(`${JSON.stringify(summary)}\n`);
