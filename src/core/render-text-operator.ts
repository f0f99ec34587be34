import { provenanceLabel } from './labels.js';
import type { CandidateCard, Reply } from './replies.js';
import { cardLines } from './render-text-items.js';

type Of<K extends Reply['kind']> = Extract<Reply, { kind: K }>;

/** What a candidate's Chinese text is, when it is not a person's: every platform's review queue says it alike. */
export function translationNotes(translation: CandidateCard['translation']): string[] {
  return translation === 'machine' ? ['Chinese machine-translated, unreviewed'] : translation === 'pending' ? ['Chinese awaits translation'] : [];
}

/** Counts as "biden 19 · trump 42", labelled; "none" when empty. */
export const countsText = (record: Record<string, number>, label: (key: string) => string = (key) => key): string =>
  Object.entries(record).map(([key, n]) => `${label(key)} ${n}`).join(' · ') || 'none';

/** A candidate as lines: the document, what it would become, and the commands that review it. */
export function candidateLines(candidate: CandidateCard, canReview: boolean): string[] {
  const { document: doc } = candidate;
  const lines = [`■ ${candidate.id} [${candidate.status}] ${doc.publicationDate} · ${doc.type}${doc.action ? ` · ${doc.action}` : ''}`,
    `  ${doc.title}`, ...(doc.htmlUrl ? [`  ${doc.htmlUrl}`] : [])];
  if (candidate.card) lines.push('  Would become:', ...cardLines(candidate.card, 'en', true).map((line) => `  ${line}`));
  lines.push(...translationNotes(candidate.translation).map((note) => `  ${note}`));
  if (candidate.reason) lines.push(`  Reason: ${candidate.reason}`);
  if (canReview && candidate.status === 'pending') lines.push(`  → review approve ${candidate.id} · review edit ${candidate.id} · review reject ${candidate.id}`);
  return lines;
}

export function reviewQueueText(reply: Of<'review-queue'>): string {
  return [reply.heading, ...(reply.note ? [reply.note] : []), '', ...reply.candidates.flatMap((c) => [...candidateLines(c, reply.canReview), '']),
    ...reply.actions.map((a) => `${a.label}: ${a.command}`)].join('\n').trimEnd();
}

/** In a terminal the edit form is a list of fields and the command that would not fit a chat button. */
export function reviewEditText(reply: Of<'review-edit'>): string {
  const { candidate } = reply;
  const p = candidate.proposal;
  if (!p) return `${candidate.id} has nothing to edit.`;
  return [`Edit ${candidate.id}: in Slack or Teams, the Edit button opens a form; in a terminal, edit a copy of the item and`,
    '`briefing ingest` it, or approve and correct it afterwards.', '',
    `title (en): ${p.titleEn}`, `title (zh): ${p.titleZh}`, `summary (en): ${p.summaryEn}`, `summary (zh): ${p.summaryZh}`,
    `instrument: ${p.instrument}`, `actors: ${p.actors}`, `targets: ${p.targets}`].join('\n');
}

export function statusText(reply: Of<'status'>): string {
  const { report } = reply;
  const newest = report.items.newest;
  const lines = [`Policy Brief ${report.version}`, '',
    `Items: ${report.items.total}${report.items.lastAddedAt ? ` (last added ${report.items.lastAddedAt})` : ''}`,
    `  by source: ${countsText(report.items.byProvenance, (k) => provenanceLabel(k, 'en'))}`,
    `  by administration: ${countsText(report.items.byAdministration)}`,
    `  by year: ${countsText(report.items.byYear)}`,
    `  newest: ${newest ? `${newest.date} ${newest.title.en} (${newest.id})` : 'none'}`,
    `Last ingest: ${report.lastIngest ? `${report.lastIngest.at}, ${report.lastIngest.file}: ${report.lastIngest.added} added, ${report.lastIngest.updated} updated` : 'none recorded'}`,
    `Source runs: ${report.sources.length ? '' : 'none yet'}`,
    ...report.sources.map(({ watch, run }) => `  ${watch}: ${run.outcome} at ${run.finishedAt}, ${run.counts.seen} seen, ${run.counts.proposed} proposed, `
      + `${run.counts.skipped} skipped, ${run.counts.known} known${run.error ? ` — ${run.error}` : ''}`),
    `Candidates awaiting review: ${report.pendingCandidates}`,
    `Subscriptions: ${report.subscriptions.length ? '' : 'none'}`,
    ...report.subscriptions.map((s) => `  #${s.id} ${s.platform}:${s.channel} "${s.schedule}" (${s.timeZone})${s.filter ? ` ${s.filter}` : ''}, delivered up to ${s.deliveredUntil}`
      + `${s.paused ? `, PAUSED (${s.lastError ?? 'unknown error'})` : s.lastError ? `, last error (${s.consecutiveFailures} in a row): ${s.lastError}` : ''}`)];
  return lines.join('\n');
}
