/**
 * npm run eval [-- --set <name>] [--verbose]: runs question sets through `ask` and prints, per kind and language:
 * expected fact found, recall@5 of the expected items among the first five citations, and answered-correct /
 * answered-wrong / declined for answerable and unanswerable questions; then the answered-correct vs declined curve over
 * the answerability threshold.
 * Sets (by name): tuning, fresh, fresh2 … fresh35, heldout, heldout2 and regression, from test/eval/questions_<name>.json
 * in this repository, and dev, the public dev set ../shared/eval/questions_dev.json when it is present.
 * EVAL_QUESTIONS=<file> runs one file instead.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { openApp } from '../src/app.js';
import { loadConfig } from '../src/config/config.js';
import { packageRoot } from '../src/config/paths.js';
import { scoreQuestion, summarise, type EvalQuestion, type EvalRow } from './eval-scoring.js';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || Boolean(process.env.EVAL_VERBOSE);
const wanted = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;

/** The blind sets written one after another, each scored once before any change it prompted. */
const FRESH_SETS = Array.from({ length: 34 }, (_, i) => `fresh${i + 2}`);

function questionSets(): Array<{ name: string; path: string }> {
  const single = process.env.EVAL_QUESTIONS;
  if (single) return [{ name: basename(single, '.json'), path: resolve(single) }];
  const root = packageRoot();
  const sets = [
    { name: 'tuning', path: join(root, 'test', 'eval', 'questions_tuning.json') },
    ...['fresh', ...FRESH_SETS].map((name) => ({ name, path: join(root, 'test', 'eval', `questions_${name}.json`) })),
    { name: 'heldout', path: join(root, 'test', 'eval', 'questions_heldout.json') },
    { name: 'heldout2', path: join(root, 'test', 'eval', 'questions_heldout2.json') },
    { name: 'regression', path: join(root, 'test', 'eval', 'questions_regression.json') },
    { name: 'dev', path: join(root, '..', 'shared', 'eval', 'questions_dev.json') },
  ].filter((set) => !wanted || set.name === wanted);
  const dev = sets.find((set) => set.name === 'dev');
  if (dev && !existsSync(dev.path)) {
    process.stderr.write(`eval: the public dev set is not at ${dev.path} (it lives beside the repository in shared/eval/); running the others.\n`);
  }
  return sets.filter((set) => existsSync(set.path));
}

const sets = questionSets();
if (sets.length === 0) {
  process.stderr.write('eval: no question set found. Set EVAL_QUESTIONS=<file> or --set tuning|fresh|fresh2 … fresh35|heldout|heldout2|regression|dev.\n');
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'policy-brief-eval-'));
const app = await openApp(loadConfig({ ...process.env, BRIEFING_DB: join(dir, 'eval.db') }));
const all: Array<{ set: string; summary: ReturnType<typeof summarise> }> = [];
for (const set of sets) {
  const questions = (JSON.parse(readFileSync(set.path, 'utf8')) as { questions: EvalQuestion[] }).questions;
  const rows: EvalRow[] = [];
  for (const q of questions) {
    const reply = await app.router.run({ kind: 'ask', question: q.question }, { conversationKey: `eval:${set.name}:${q.id}` });
    if (reply.kind !== 'answer') throw new Error(`ask gave ${reply.kind}`);
    const row = scoreQuestion(q, reply);
    rows.push(row);
    if (verbose) {
      process.stdout.write(`\n${q.id} [${q.kind}/${q.lang}] ${q.question}\n${reply.text}\n`
        + `${reply.citations.map((c) => `  [${c.n}] ${c.itemId}`).join('\n')}\n  => ${row.outcome}${row.fact === false ? ' (fact missing)' : ''}`
        + `${row.recall !== null && row.recall < 1 ? ` recall@5 ${row.recall.toFixed(2)}` : ''}\n`
        + `${row.missing.length > 0 ? `  not in the first five: ${row.missing.join(', ')}\n` : ''}`);
    }
  }
  const summary = summarise(rows);
  all.push({ set: set.name, summary });
  process.stdout.write(`\n== ${set.name} (${questions.length} questions) ==\n${summary.table}\n`);
}
await app.close();
rmSync(dir, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify(all.map(({ set, summary }) => ({ set, ...summary.totals })))}\n`);
