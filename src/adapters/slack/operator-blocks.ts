import type { Button, KnownBlock, ModalView } from '@slack/types';
import type { CandidateCard, Reply } from '../../core/replies.js';
import { provenanceLabel } from '../../core/labels.js';
import { countsText, translationNotes } from '../../core/render-text-operator.js';
import type { StatusReport } from '../../core/status-report.js';
import { cardBlocks, commandButton, context, fieldsSection, header, LIMITS, section } from './block-builders.js';
import { clip, escapeMrkdwn, link } from './mrkdwn.js';

type Of<K extends Reply['kind']> = Extract<Reply, { kind: K }>;


/** Approve and Reject run their commands; Edit opens the edit form (a modal), so it has its own action. */
function reviewButtons(id: string): Button[] {
  return [
    { ...commandButton('Approve', `review approve ${id}`), action_id: 'review_approve', style: 'primary' },
    { type: 'button', action_id: 'review_edit', text: { type: 'plain_text', text: 'Edit' }, value: id },
    { ...commandButton('Reject', `review reject ${id}`), action_id: 'review_reject', style: 'danger',
      confirm: { title: { type: 'plain_text', text: 'Reject for good?' }, text: { type: 'plain_text', text: 'A rejected document is never proposed again.' },
        confirm: { type: 'plain_text', text: 'Reject' }, deny: { type: 'plain_text', text: 'Keep it' } } },
  ];
}

function candidateBlocks(candidate: CandidateCard, canReview: boolean): KnownBlock[] {
  const doc = candidate.document;
  const blocks: KnownBlock[] = [
    section(`*${link(doc.htmlUrl, doc.title)}*\n${escapeMrkdwn([doc.publicationDate, doc.type, doc.action].filter(Boolean).join(' · '))}`),
  ];
  if (candidate.card) blocks.push(...cardBlocks(candidate.card, 'en', true));
  const notes = [`\`${candidate.id}\` · ${candidate.status}`, ...translationNotes(candidate.translation),
    ...(candidate.reason ? [`reason: ${escapeMrkdwn(candidate.reason)}`] : [])];
  blocks.push(context(notes.join(' · ')));
  if (canReview && candidate.status === 'pending') blocks.push({ type: 'actions', block_id: `review:${candidate.id}`, elements: reviewButtons(candidate.id) });
  return [...blocks, { type: 'divider' }];
}

export function reviewQueueBlocks(reply: Of<'review-queue'>): KnownBlock[] {
  const blocks: KnownBlock[] = [header(reply.heading), ...(reply.note ? [section(escapeMrkdwn(reply.note))] : [])];
  for (const candidate of reply.candidates) blocks.push(...candidateBlocks(candidate, reply.canReview));
  const next = reply.actions[0];
  if (next) blocks.push({ type: 'actions', elements: [commandButton(next.label, next.command)] });
  return blocks;
}

/** Forms live in modals, which only a button press can open: typed `review edit <id>` gets the button. */
export function reviewEditBlocks(reply: Of<'review-edit'>): KnownBlock[] {
  const { candidate } = reply;
  return [section(`*Edit ${candidate.id}*\n${escapeMrkdwn(candidate.document.title)}`),
    { type: 'actions', elements: [{ type: 'button', action_id: 'review_edit', text: { type: 'plain_text', text: 'Open the form' }, value: candidate.id }] }];
}

const counts = (record: Record<string, number>, label?: (key: string) => string): string => escapeMrkdwn(countsText(record, label));

/** The operator's view: the store in figures, then source runs and subscriptions, one line each. */
export function statusBlocks({ report }: Of<'status'>): KnownBlock[] {
  const { items } = report;
  const blocks: KnownBlock[] = [header(`Policy Brief ${report.version}: status`),
    fieldsSection([`*Items*\n${items.total}`, `*Awaiting review*\n${report.pendingCandidates}`,
      `*By source*\n${counts(items.byProvenance, (k) => provenanceLabel(k, 'en'))}`, `*By administration*\n${counts(items.byAdministration)}`,
      `*Newest item*\n${items.newest ? `${escapeMrkdwn(items.newest.date)} ${escapeMrkdwn(items.newest.title.en)}` : 'none'}`,
      `*Last added*\n${escapeMrkdwn(items.lastAddedAt ?? 'never')}`]),
    section(`*By year*: ${counts(items.byYear)}`),
    section(`*Last ingest*: ${report.lastIngest ? escapeMrkdwn(`${report.lastIngest.at}, ${report.lastIngest.file}: ${report.lastIngest.added} added, ${report.lastIngest.updated} updated`) : 'none recorded'}`),
    section(`*Source runs*\n${report.sources.map(({ watch, run }) => escapeMrkdwn(`${watch}: ${run.outcome} at ${run.finishedAt}, ${run.counts.proposed} proposed, `
      + `${run.counts.skipped} skipped, ${run.counts.known} known${run.error ? ` (${run.error})` : ''}`)).join('\n') || 'none yet'}`),
    section(`*Subscriptions*\n${subscriptionLines(report).join('\n') || 'none'}`)];
  return blocks;
}

function subscriptionLines(report: StatusReport): string[] {
  return report.subscriptions.map((s) => escapeMrkdwn(`#${s.id} ${s.platform}:${s.channel} "${s.schedule}" ${s.filter}`.trimEnd()
    + `, delivered up to ${s.deliveredUntil}${s.paused ? `, PAUSED (${s.lastError ?? 'unknown error'})` : s.lastError ? `, last error: ${s.lastError}` : ''}`));
}

const input = (id: string, label: string, value: string, multiline = false): KnownBlock => ({
  type: 'input', block_id: id, label: { type: 'plain_text', text: label }, optional: id === 'targets',
  element: { type: 'plain_text_input', action_id: 'value', multiline, initial_value: clip(value, 2900) },
});

/** The edit form: Slack returns the values by block id on submission; `private_metadata` says which candidate and where. */
export function reviewModal(reply: Of<'review-edit'>, metadata: { channel: string; id: string }): ModalView {
  const p = reply.candidate.proposal;
  const instruments = reply.instruments.map((i) => ({ text: { type: 'plain_text' as const, text: clip(i.label, 75) }, value: i.value }));
  const current = instruments.find((i) => i.value === p?.instrument);
  return {
    type: 'modal', callback_id: 'review_edit', private_metadata: JSON.stringify(metadata),
    title: { type: 'plain_text', text: 'Edit candidate' }, submit: { type: 'plain_text', text: 'Save' }, close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      context(`\`${reply.candidate.id}\` · ${escapeMrkdwn(clip(reply.candidate.document.title, 300))}`),
      input('titleEn', 'Title (English)', p?.titleEn ?? ''),
      input('titleZh', 'Title (Chinese)', p?.titleZh ?? ''),
      input('summaryEn', 'Summary (English)', p?.summaryEn ?? '', true),
      input('summaryZh', 'Summary (Chinese)', p?.summaryZh ?? '', true),
      { type: 'input', block_id: 'instrument', label: { type: 'plain_text', text: 'Instrument' },
        element: { type: 'static_select', action_id: 'value', options: instruments, ...(current ? { initial_option: current } : {}) } },
      input('actors', 'Actors (names or ids, comma-separated)', p?.actors ?? ''),
      input('targets', 'Targets (names or ids, comma-separated)', p?.targets ?? ''),
    ].slice(0, LIMITS.blocksPerMessage),
  };
}
