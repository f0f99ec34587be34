import type { Candidate } from '../candidate.js';
import type { ReviewAction } from '../commands.js';
import { itemToCard } from '../item-card.js';
import { instrumentLabel } from '../labels.js';
import type { Lang } from '../lang.js';
import { INSTRUMENTS } from '../policy-item.js';
import type { CandidateCard, FollowUpAction, Reply } from '../replies.js';
import { applyCandidateEdit } from '../candidate-edit.js';
import { approveCandidate, CLI_REVIEWER, editCandidate, mayReview, rejectCandidate } from '../review.js';
import type { CommandHandler, HandlerDeps, MessageContext } from './handler.js';

const PAGE_SIZE = 5;

/**
 * Who may review: the operator at the local console (trusted as the CLI is), and in chat the admins BRIEFING_ADMINS
 * names. With no admins configured nobody in chat may, since approving writes to what every channel is told.
 */
export function reviewerOf(context: MessageContext, deps: HandlerDeps): { reviewer: string } | { refusal: string } {
  if (context.local) return { reviewer: CLI_REVIEWER };
  const admins = deps.subscriptions?.admins ?? null;
  if (!context.channel) return { refusal: 'Reviewing happens in a Slack channel, a Teams chat, the console, or with `briefing review` in a terminal.' };
  const who = `${context.channel.platform}:${context.channel.user}`;
  if (admins === null) return { refusal: 'Reviewing from chat needs BRIEFING_ADMINS to list who may (e.g. slack:U123); until then use `briefing review` on the server.' };
  return mayReview(who, admins) ? { reviewer: who } : { refusal: `Only the bot's admins can review candidates (you are ${who}).` };
}

/** The review queue: list, show, approve, reject, edit and save candidates the source watches proposed. */
export const review: CommandHandler<'review'> = async (command, context, deps) => {
  // The review queue is an admin's tool, in English (the proposals themselves carry both languages).
  const lang: Lang = 'en';
  const gate = reviewerOf(context, deps);
  if ('refusal' in gate) return notice(lang, gate.refusal);
  const { action } = command;
  if (action.verb === 'list') return listPending(action.page, lang, deps);
  const candidate = await deps.store.getCandidate(action.id);
  if (!candidate) return notice(lang, `There is no candidate "${action.id}". Type \`review\` to list those awaiting review.`);
  return act(action, candidate, gate.reviewer, lang, deps);
};

async function act(action: Exclude<ReviewAction, { verb: 'list' }>, candidate: Candidate, reviewer: string, lang: Lang, deps: HandlerDeps): Promise<Reply> {
  const reviewDeps = { store: deps.store, clock: deps.clock, admins: deps.subscriptions?.admins ?? null, aliases: deps.aliases };
  switch (action.verb) {
    case 'show': return queueOf([candidate], 1, 0, lang, deps, candidate.document.title);
    case 'edit': return candidate.status === 'pending' && candidate.item ? editForm(candidate, lang, deps) : notPending(candidate, lang);
    case 'approve': {
      const result = await approveCandidate(candidate.id, reviewer, reviewDeps);
      if (!result.ok) return notice(lang, result.message);
      await deps.refreshIndex?.();
      const item = result.candidate.item;
      return notice(lang, `Approved: "${item?.title.en ?? candidate.document.title}" is now item ${item?.id ?? ''} and goes out with the next digest.`);
    }
    case 'reject': {
      const result = await rejectCandidate(candidate.id, reviewer, action.reason ?? null, reviewDeps);
      return notice(lang, result.ok ? `Rejected: "${candidate.document.title}" (${candidate.id}) will not be proposed again.` : result.message);
    }
    case 'save': {
      if (candidate.status !== 'pending' || !candidate.item) return notPending(candidate, lang);
      const edited = applyCandidateEdit(candidate.item, action.changes, deps.aliases);
      if (!edited.ok) return notice(lang, `Not saved: ${edited.problems.join('; ')}`);
      const result = await editCandidate(candidate.id, edited.item, reviewer, reviewDeps);
      return result.ok ? queueOf([result.candidate], 1, 0, lang, deps, 'Saved. Approve it when it reads right.') : notice(lang, `Not saved: ${result.message}`);
    }
  }
}

/** The pending candidates, a page at a time: what `review` lists and what REVIEW_CHANNEL is sent after a run. */
export async function listPending(page: number, lang: Lang, deps: Pick<HandlerDeps, 'store' | 'aliases'>): Promise<Extract<Reply, { kind: 'review-queue' }>> {
  const offset = (page - 1) * PAGE_SIZE;
  const { total, candidates } = await deps.store.listCandidates('pending', { limit: PAGE_SIZE, offset });
  const heading = total === 0 ? 'No candidates await review.' : `${total} candidate${total === 1 ? '' : 's'} awaiting review`;
  const actions: FollowUpAction[] = offset + candidates.length < total ? [{ label: 'Next page', command: `review list page:${page + 1}` }] : [];
  return { ...queueOf(candidates, total, offset, lang, deps, heading), actions };
}

function queueOf(candidates: Candidate[], total: number, offset: number, lang: Lang, deps: Pick<HandlerDeps, 'aliases'>, heading: string): Extract<Reply, { kind: 'review-queue' }> {
  return { kind: 'review-queue', lang, heading, total, offset, canReview: true, actions: [],
    candidates: candidates.map((c) => candidateCard(c, lang, deps)) };
}

export function candidateCard(candidate: Candidate, lang: Lang, deps: Pick<HandlerDeps, 'aliases'>): CandidateCard {
  const { item } = candidate;
  return {
    id: candidate.id, status: candidate.status, document: candidate.document, reason: candidate.reason,
    reviewer: candidate.reviewer, reviewedAt: candidate.reviewedAt,
    card: item ? itemToCard(item, lang, deps.aliases) : null,
    translation: item?.translation ?? null,
    proposal: item ? { titleEn: item.title.en, titleZh: item.title.zh, summaryEn: item.summary.en, summaryZh: item.summary.zh,
      instrument: item.instrument, actors: item.actors.join(', '), targets: item.targets.join(', ') } : null,
  };
}

function editForm(candidate: Candidate, lang: Lang, deps: HandlerDeps): Reply {
  return { kind: 'review-edit', lang, candidate: candidateCard(candidate, lang, deps),
    instruments: INSTRUMENTS.map((value) => ({ value, label: instrumentLabel(value, lang) })) };
}

function notPending(candidate: Candidate, lang: Lang): Reply {
  const by = candidate.reviewer ? ` by ${candidate.reviewer}` : '';
  return notice(lang, `${candidate.id} is ${candidate.status}${by}${candidate.reviewedAt ? ` (${candidate.reviewedAt})` : ''}: only a pending candidate can be approved, edited or rejected.`);
}

const notice = (lang: Lang, text: string): Reply => ({ kind: 'notice', lang, text });
