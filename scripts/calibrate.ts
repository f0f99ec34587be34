/**
 * npm run calibrate: fits the answerability model (data/answerability.json) on labelled questions: the tuning
 * half of this repository's eval set, the later blind sets kept for tuning (questions_fresh.json and
 * questions_fresh2.json), its regression set, and the public
 * dev set when it is present. The held-out half is never read. A question is positive when it has expected facts or items, negative when it is unanswerable.
 * Logistic regression by gradient descent with L2 and class weights; the threshold keeps 97% of answerable
 * questions answered and declines as many unanswerable ones as it can.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from '../src/app.js';
import { answerability, FEATURES, type AnswerabilityModel, type Features } from '../src/core/answerability.js';
import { answerDecision } from '../src/core/extractive-answer.js';
import type { StoredItem } from '../src/core/policy-item.js';
import { loadConfig } from '../src/config/config.js';
import { dataDir, packageRoot } from '../src/config/paths.js';
import type { EvalQuestion } from './eval-scoring.js';

const root = packageRoot();
const files = [join(root, 'test', 'eval', 'questions_tuning.json'), join(root, 'test', 'eval', 'questions_fresh.json'),
  join(root, 'test', 'eval', 'questions_fresh2.json'), join(root, 'test', 'eval', 'questions_regression.json'),
  join(root, '..', 'shared', 'eval', 'questions_dev.json')].filter(existsSync);
const dir = mkdtempSync(join(tmpdir(), 'policy-brief-calibrate-'));
const app = await openApp(loadConfig({ ...process.env, BRIEFING_DB: join(dir, 'calibrate.db') }));
const items = new Map<string, StoredItem>();
for (const item of (await app.store.listItems({}, { limit: 100_000, offset: 0 })).items) items.set(item.id, item);
const passages = new Map(app.data.passages.map((p) => [p.id, p]));

const examples: Array<{ x: Features; y: number }> = [];
for (const file of files) {
  for (const q of (JSON.parse(readFileSync(file, 'utf8')) as { questions: EvalQuestion[] }).questions) {
    const retrieval = app.retriever.retrieve(q.question, undefined, 40);
    const { decision } = answerDecision(q.question, retrieval, { items, passages, aliases: app.data.aliases, answerability: app.data.answerability });
    const answerable = q.must_contain_any.length > 0 || (q.expected_item_ids ?? []).length > 0 || (q.expected_items ?? []).length > 0;
    examples.push({ x: decision.features, y: answerable ? 1 : 0 });
  }
}
await app.close();
rmSync(dir, { recursive: true, force: true });

const positives = examples.filter((e) => e.y === 1).length;
const classWeight = (y: number): number => (y === 1 ? examples.length / (2 * positives) : examples.length / (2 * (examples.length - positives)));
const weights = Object.fromEntries(FEATURES.map((f) => [f, 0])) as Record<(typeof FEATURES)[number], number>;
let bias = 0;
const L2 = 0.01;
for (let step = 0; step < 20_000; step++) {
  const grad = Object.fromEntries(FEATURES.map((f) => [f, 0])) as Record<(typeof FEATURES)[number], number>;
  let gradBias = 0;
  for (const { x, y } of examples) {
    const model: AnswerabilityModel = { weights, bias, threshold: 0.5 };
    const error = (answerability(model, x) - y) * classWeight(y);
    for (const f of FEATURES) grad[f] += error * x[f];
    gradBias += error;
  }
  for (const f of FEATURES) weights[f] -= 0.1 * (grad[f] / examples.length + L2 * weights[f]);
  bias -= 0.1 * (gradBias / examples.length);
}
const model: AnswerabilityModel = { weights, bias, threshold: 0.5 };
const scored = examples.map((e) => ({ p: answerability(model, e.x), y: e.y }));
// The threshold answers at least 97% of answerable questions (declining them is what drives analysts away; the margin
// over the 95% the product promises is for questions unlike the labelled ones),
// and among those declines the most unanswerable ones; failing that, the best balanced accuracy.
let best = { threshold: 0.5, balanced: -1, tnr: -1, meetsTarget: false };
for (let t = 0.05; t < 0.96; t += 0.01) {
  const tpr = scored.filter((s) => s.y === 1 && s.p >= t).length / positives;
  const tnr = scored.filter((s) => s.y === 0 && s.p < t).length / (examples.length - positives);
  const candidate = { threshold: Number(t.toFixed(2)), balanced: (tpr + tnr) / 2, tnr, meetsTarget: tpr >= 0.97 };
  const better = candidate.meetsTarget !== best.meetsTarget ? candidate.meetsTarget
    : candidate.meetsTarget ? candidate.tnr > best.tnr : candidate.balanced > best.balanced;
  if (better) best = candidate;
}
const round = (n: number): number => Number(n.toFixed(3));
const out = {
  about: 'Logistic model that decides whether the store can answer a question; refit with `npm run calibrate`.',
  weights: Object.fromEntries(FEATURES.map((f) => [f, round(weights[f])])),
  bias: round(bias),
  threshold: best.threshold,
  fittedOn: `${examples.length} questions (${positives} answerable) from ${files.map((f) => f.split('/').slice(-1)[0]).join(', ')}; balanced accuracy ${best.balanced.toFixed(3)}, unanswerable declined ${(best.tnr * 100).toFixed(0)}%`,
};
writeFileSync(join(dataDir(), 'answerability.json'), `${JSON.stringify(out, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
