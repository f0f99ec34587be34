import { CANDIDATE_EDIT_FIELDS, type CandidateEdit } from '../../core/commands.js';
import { countsText as counts, translationNotes } from '../../core/render-text-operator.js';
import { provenanceLabel } from '../../core/labels.js';
import type { CandidateCard, Reply } from '../../core/replies.js';
import type { CardParts } from './card-answers.js';
import { cardLink, escapeCardText, heading, itemContainer, submit, text, title, type Element } from './card-elements.js';

type Of<K extends Reply['kind']> = Extract<Reply, { kind: K }>;


function candidateElement(candidate: CandidateCard, canReview: boolean): Element {
  const doc = candidate.document;
  const notes = [candidate.id, candidate.status, ...translationNotes(candidate.translation),
    ...(candidate.reason ? [`reason: ${candidate.reason}`] : [])];
  const actions = canReview && candidate.status === 'pending'
    ? [{ type: 'ActionSet', actions: [
      { ...submit('Approve', `review approve ${candidate.id}`), style: 'positive' },
      submit('Edit', `review edit ${candidate.id}`),
      { ...submit('Reject', `review reject ${candidate.id}`), style: 'destructive' },
    ] }]
    : [];
  return { type: 'Container', separator: true, spacing: 'Large', items: [
    text(`**${cardLink(doc.htmlUrl, escapeCardText(doc.title))}**`),
    text(escapeCardText([doc.publicationDate, doc.type, doc.action].filter(Boolean).join(' · ')), { isSubtle: true, spacing: 'None' }),
    ...(candidate.card ? [itemContainer(candidate.card, 'en', true)] : []),
    text(escapeCardText(notes.join(' · ')), { size: 'Small', isSubtle: true }),
    ...actions,
  ] };
}

export function reviewQueueCard(reply: Of<'review-queue'>): CardParts {
  return { body: [title(reply.heading), ...(reply.note ? [text(escapeCardText(reply.note))] : []), ...reply.candidates.map((c) => candidateElement(c, reply.canReview))],
    actions: reply.actions.map((a) => submit(a.label, a.command)) };
}

/** The edit form: inputs prefilled with the proposal; Save submits them with the candidate's id as `reviewSave`. */
export function reviewEditCard(reply: Of<'review-edit'>): CardParts {
  const p = reply.candidate.proposal;
  const input = (id: (typeof CANDIDATE_EDIT_FIELDS)[number], label: string, multiline = false): Element =>
    ({ type: 'Input.Text', id, label, value: p?.[id] ?? '', isMultiline: multiline, maxLength: 3000 });
  return {
    body: [
      title(`Edit ${reply.candidate.id}`),
      text(escapeCardText(reply.candidate.document.title), { isSubtle: true }),
      input('titleEn', 'Title (English)'), input('titleZh', 'Title (Chinese)'),
      input('summaryEn', 'Summary (English)', true), input('summaryZh', 'Summary (Chinese)', true),
      { type: 'Input.ChoiceSet', id: 'instrument', label: 'Instrument', value: p?.instrument ?? 'other', choices: reply.instruments.map((i) => ({ title: i.label, value: i.value })) },
      input('actors', 'Actors (names or ids, comma-separated)'), input('targets', 'Targets (names or ids, comma-separated)'),
    ],
    actions: [{ type: 'Action.Submit', title: 'Save', data: { reviewSave: reply.candidate.id } }],
  };
}

/** A submitted edit form as the changes it asks for, or undefined for any other submission. */
export function submittedEdit(value: unknown): { id: string; changes: CandidateEdit } | undefined {
  const data = value as Record<string, unknown> | undefined;
  if (!data || typeof data.reviewSave !== 'string') return undefined;
  const changes: CandidateEdit = {};
  for (const field of CANDIDATE_EDIT_FIELDS) if (typeof data[field] === 'string') changes[field] = data[field];
  return { id: data.reviewSave, changes };
}


export function statusCard({ report }: Of<'status'>): CardParts {
  const { items } = report;
  const fact = (name: string, value: string) => ({ title: name, value: escapeCardText(value) });
  return { body: [
    title(`Policy Brief ${report.version}: status`),
    { type: 'FactSet', facts: [fact('Items', String(items.total)), fact('Awaiting review', String(report.pendingCandidates)),
      fact('By source', counts(items.byProvenance, (k) => provenanceLabel(k, 'en'))), fact('By administration', counts(items.byAdministration)),
      fact('By year', counts(items.byYear)), fact('Newest item', items.newest ? `${items.newest.date} ${items.newest.title.en}` : 'none'),
      fact('Last added', items.lastAddedAt ?? 'never'),
      fact('Last ingest', report.lastIngest ? `${report.lastIngest.at}, ${report.lastIngest.added} added, ${report.lastIngest.updated} updated` : 'none recorded')] },
    heading('Source runs'),
    ...(report.sources.length ? report.sources.map(({ watch, run }) => text(escapeCardText(`${watch}: ${run.outcome} at ${run.finishedAt}, ${run.counts.proposed} proposed, `
      + `${run.counts.skipped} skipped${run.error ? ` (${run.error})` : ''}`), { size: 'Small' })) : [text('none yet', { isSubtle: true })]),
    heading('Subscriptions'),
    ...(report.subscriptions.length ? report.subscriptions.map((s) => text(escapeCardText(`#${s.id} ${s.platform} "${s.schedule}" ${s.filter}`.trimEnd()
      + `, delivered up to ${s.deliveredUntil}${s.paused ? ', PAUSED' : ''}${s.lastError ? ` (${s.lastError})` : ''}`), { size: 'Small' })) : [text('none', { isSubtle: true })]),
  ], actions: [] };
}
