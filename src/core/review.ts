import type { AliasTable } from './alias-table.js';
import type { Candidate } from './candidate.js';
import { policyItemSchema, type PolicyItem } from './policy-item.js';
import type { Clock } from './ports.js';
import type { ReviewPort } from './store-ports.js';

/*
 * Approving, rejecting and editing candidates found by source watches: the one way the CLI and chat do it. The CLI
 * acts as `cli` and is trusted. In chat, only the admins listed in BRIEFING_ADMINS may review; with none listed,
 * nobody may from chat, since an approval publishes an item to every digest.
 */

/** The reviewer name of the `briefing` CLI, an operator on the machine itself. */
export const CLI_REVIEWER = 'cli';

export interface ReviewDeps {
  store: Pick<ReviewPort, 'getCandidate' | 'approveCandidate' | 'rejectCandidate' | 'updateCandidateItem'>;
  clock: Clock;
  /** BRIEFING_ADMINS: "slack:U123", "teams:29:…"; null when unset. */
  admins: readonly string[] | null;
  aliases: AliasTable;
}

export type ReviewRefusal = 'forbidden' | 'unknown' | 'not-pending' | 'invalid' | 'conflict';

/** What the reviewer is told: the candidate as it now is, or why nothing changed (`message` says it in plain words). */
export type ReviewResult =
  | { ok: true; candidate: Candidate }
  | { ok: false; refusal: ReviewRefusal; message: string; candidate?: Candidate };

/** Whether `reviewer` ("cli", "slack:U123", "teams:29:…") may approve, reject or edit candidates. */
export function mayReview(reviewer: string, admins: readonly string[] | null): boolean {
  return reviewer === CLI_REVIEWER || (admins ?? []).includes(reviewer);
}

const forbidden = (reviewer: string, admins: readonly string[] | null): ReviewResult => ({
  ok: false, refusal: 'forbidden',
  message: admins ? `Only the bot's admins can review candidates (you are ${reviewer}).`
    : 'Reviewing from chat needs BRIEFING_ADMINS to list who may; until then use `briefing review` on the server.',
});

function refusalOf(id: string, outcome: { reason: 'unknown' | 'not-pending' | 'conflict'; candidate?: Candidate }, item?: PolicyItem): ReviewResult {
  const { candidate } = outcome;
  if (outcome.reason === 'unknown' || !candidate) return { ok: false, refusal: 'unknown', message: `No candidate "${id}" (list them with: review list).` };
  if (outcome.reason === 'conflict') {
    return { ok: false, refusal: 'conflict', candidate, message: `${id}: an item with id ${item?.id ?? candidate.item?.id} is already stored; edit the id first.` };
  }
  const by = candidate.reviewer ? ` by ${candidate.reviewer}` : '';
  const when = candidate.reviewedAt ? ` on ${candidate.reviewedAt.slice(0, 10)}` : '';
  return { ok: false, refusal: 'not-pending', candidate, message: `${id} is ${candidate.status}${by}${when}, not pending: only pending candidates can be reviewed.` };
}

/** Problems that keep an item from the store: the schema's, and actors, people or targets missing from the alias table. */
export function itemProblems(item: unknown, aliases: AliasTable): string[] {
  const parsed = policyItemSchema.safeParse(item);
  if (!parsed.success) return parsed.error.issues.map((issue) => `${issue.path.join('.') || '(item)'}: ${issue.message}`);
  const problems: string[] = [];
  for (const [field, kind] of [['actors', 'actor'], ['people', 'person'], ['targets', 'target']] as const) {
    parsed.data[field].forEach((ref, index) => {
      if (aliases.get(ref)?.kind !== kind) problems.push(`${field}.${index}: ${ref} is not a known ${kind} (add it to data/aliases.json)`);
    });
  }
  return problems;
}

/** Stores the candidate's item (its `addedAt` is now, so the next digests carry it) and marks the candidate approved, at once. */
export async function approveCandidate(id: string, reviewer: string, deps: ReviewDeps): Promise<ReviewResult> {
  if (!mayReview(reviewer, deps.admins)) return forbidden(reviewer, deps.admins);
  const candidate = await deps.store.getCandidate(id);
  if (!candidate) return refusalOf(id, { reason: 'unknown' });
  if (candidate.status !== 'pending' || !candidate.item) return refusalOf(id, { reason: 'not-pending', candidate });
  const problems = itemProblems(candidate.item, deps.aliases);
  if (problems.length > 0) return { ok: false, refusal: 'invalid', candidate, message: `${id} cannot be approved as it is: ${problems.join('; ')}` };
  const item = policyItemSchema.parse(candidate.item);
  const outcome = await deps.store.approveCandidate(id, item, reviewer, deps.clock.now().toISOString());
  return outcome.ok ? outcome : refusalOf(id, outcome, item);
}

/** Marks a pending candidate rejected for good: later runs never propose its document again. */
export async function rejectCandidate(id: string, reviewer: string, reason: string | null, deps: ReviewDeps): Promise<ReviewResult> {
  if (!mayReview(reviewer, deps.admins)) return forbidden(reviewer, deps.admins);
  const outcome = await deps.store.rejectCandidate(id, reviewer, deps.clock.now().toISOString(), reason?.trim() || null);
  return outcome.ok ? outcome : refusalOf(id, outcome);
}

/** Replaces a pending candidate's proposed item with an edited one, validated like any item. */
export async function editCandidate(id: string, item: unknown, reviewer: string, deps: ReviewDeps): Promise<ReviewResult> {
  if (!mayReview(reviewer, deps.admins)) return forbidden(reviewer, deps.admins);
  const problems = itemProblems(item, deps.aliases);
  if (problems.length > 0) return { ok: false, refusal: 'invalid', message: `The edited item is not valid: ${problems.join('; ')}` };
  const outcome = await deps.store.updateCandidateItem(id, policyItemSchema.parse(item));
  return outcome.ok ? outcome : refusalOf(id, outcome);
}
