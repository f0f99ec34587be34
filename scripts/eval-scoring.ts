/** Scoring of one question set: what `npm run eval` prints. */
import type { Reply } from '../src/core/replies.js';

export interface EvalQuestion {
  id: string;
  lang: string;
  kind: string;
  question: string;
  must_contain_any: string[];
  /** The items a correct answer cites (this repository's sets). */
  expected_item_ids?: string[];
  /** The public dev set names expected items by date instead. */
  expected_items?: Array<{ date: string }>;
}

export type Outcome = 'answered-correct' | 'answered-wrong' | 'declined' | 'declined (right)' | 'answered (wrong)';

export interface EvalRow {
  id: string;
  kind: string;
  lang: string;
  answerable: boolean;
  fact: boolean | null;
  recall: number | null;
  outcome: Outcome;
  /** Expected items (ids, or dates for the public dev set) missing from the first five citations. */
  missing: string[];
  /** The answerability score the answer layer gave, for the threshold curve. */
  confidence: number | null;
}

const squash = (text: string): string => text.toLowerCase().replace(/\s+/g, '');

export function scoreQuestion(q: EvalQuestion, reply: Extract<Reply, { kind: 'answer' }>): EvalRow {
  const expectedIds = q.expected_item_ids ?? [];
  const expectedDates = (q.expected_items ?? []).map((e) => e.date);
  const answerable = q.must_contain_any.length > 0 || expectedIds.length > 0 || expectedDates.length > 0;
  const declined = !reply.grounded;
  const base = { id: q.id, kind: q.kind, lang: q.lang, answerable, confidence: reply.confidence ?? null };
  if (!answerable) return { ...base, fact: null, recall: null, missing: [], outcome: declined ? 'declined (right)' : 'answered (wrong)' };
  const fact = q.must_contain_any.length === 0 || q.must_contain_any.some((s) => squash(reply.text).includes(squash(s)));
  const top5 = reply.citations.slice(0, 5);
  const missing = expectedIds.length > 0
    ? expectedIds.filter((id) => !top5.some((c) => c.itemId === id))
    : expectedDates.filter((d) => !top5.some((c) => c.date === d));
  const expectedCount = expectedIds.length > 0 ? expectedIds.length : expectedDates.length;
  const found = expectedCount > 0 ? (expectedCount - missing.length) / expectedCount : 1;
  const outcome: Outcome = declined ? 'declined' : fact && found > 0 ? 'answered-correct' : 'answered-wrong';
  return { ...base, fact: declined ? false : fact, recall: declined ? 0 : found, missing, outcome };
}

const mean = (values: number[]): number => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
const pct = (value: number): string => `${(value * 100).toFixed(0)}%`.padStart(5);

interface GroupStats { n: number; fact: number; recall: number; correct: number; wrong: number; declined: number }

function stats(rows: EvalRow[]): GroupStats {
  const answerable = rows.filter((r) => r.answerable);
  return {
    n: rows.length,
    fact: mean(answerable.map((r) => (r.fact ? 1 : 0))),
    recall: mean(answerable.map((r) => r.recall ?? 0)),
    correct: rows.filter((r) => r.outcome === 'answered-correct' || r.outcome === 'declined (right)').length,
    wrong: rows.filter((r) => r.outcome === 'answered-wrong' || r.outcome === 'answered (wrong)').length,
    declined: rows.filter((r) => r.outcome === 'declined').length,
  };
}

/** Per kind × language and in total, plus the threshold curve when answers carry a confidence. */
export function summarise(rows: EvalRow[]) {
  const lines = [`${'group'.padEnd(20)}${'n'.padStart(4)}${'fact'.padStart(7)}${'rec@5'.padStart(7)}  correct  wrong  declined`];
  const line = (label: string, s: GroupStats) => lines.push(`${label.padEnd(20)}${String(s.n).padStart(4)}${pct(s.fact).padStart(7)}${pct(s.recall).padStart(7)}`
    + `  ${String(s.correct).padStart(7)}  ${String(s.wrong).padStart(5)}  ${String(s.declined).padStart(8)}`);
  const kinds = [...new Set(rows.map((r) => r.kind))].sort();
  for (const kind of kinds) {
    for (const lang of ['en', 'zh']) {
      const group = rows.filter((r) => r.kind === kind && r.lang === lang);
      if (group.length) line(`${kind}/${lang}`, stats(group));
    }
  }
  for (const lang of ['en', 'zh']) line(`all/${lang}`, stats(rows.filter((r) => r.lang === lang)));
  const answerable = rows.filter((r) => r.answerable);
  const unanswerable = rows.filter((r) => !r.answerable);
  const total = stats(rows);
  line('all', total);
  const totals = {
    questions: rows.length,
    factRate: Number(total.fact.toFixed(3)),
    recallAt5: Number(total.recall.toFixed(3)),
    answerableDeclined: `${answerable.filter((r) => r.outcome === 'declined').length}/${answerable.length}`,
    unanswerableDeclined: `${unanswerable.filter((r) => r.outcome === 'declined (right)').length}/${unanswerable.length}`,
    worstKind: kinds.filter((k) => k !== 'unanswerable')
      .map((k) => ({ kind: k, fact: stats(rows.filter((r) => r.kind === k)).fact })).sort((a, b) => a.fact - b.fact)[0] ?? null,
  };
  lines.push(`answerable declined ${totals.answerableDeclined}, unanswerable declined ${totals.unanswerableDeclined}`);
  lines.push(...curve(rows));
  return { table: lines.join('\n'), totals };
}

/** What each threshold on the answerability score would give: answered-correct vs declined. */
function curve(rows: EvalRow[]): string[] {
  const scored = rows.filter((r) => r.confidence !== null);
  if (scored.length === 0) return [];
  const out = ['threshold  answerable: correct/declined   unanswerable: declined'];
  for (const threshold of [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]) {
    const answered = (r: EvalRow) => (r.confidence as number) >= threshold;
    const answerable = scored.filter((r) => r.answerable);
    const correct = answerable.filter((r) => answered(r) && r.fact && (r.recall ?? 0) > 0).length;
    const declined = answerable.filter((r) => !answered(r)).length;
    const unanswerable = scored.filter((r) => !r.answerable);
    out.push(`${threshold.toFixed(1).padStart(9)}  ${`${correct}/${declined}`.padStart(26)}   ${`${unanswerable.filter((r) => !answered(r)).length}/${unanswerable.length}`.padStart(20)}`);
  }
  return out;
}
