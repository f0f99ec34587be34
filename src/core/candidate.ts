import type { PolicyItem, Reading } from './policy-item.js';

/*
 * A candidate is a document found by a source watch (the Federal Register) that may become a policy item. It waits
 * for review as `pending`; an admin approves it (it becomes an item) or rejects it (it is never proposed again).
 * Documents the relevance rules turn away are kept as `skipped`, with the reason, so they are not fetched twice.
 */

export const CANDIDATE_STATUSES = ['pending', 'approved', 'rejected', 'skipped'] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

/** What the review queue shows of the source document itself. */
export interface CandidateDocument {
  /** The source's own id: a Federal Register document number such as 2022-21658. */
  documentId: string;
  title: string;
  /** The source's document type and action line ("Rule", "Additions to the Entity List"). */
  type: string;
  action: string | null;
  publicationDate: string;
  htmlUrl: string | null;
}

export interface Candidate {
  /** Stable id used in review commands and buttons, e.g. `fr-2022-21658`. */
  id: string;
  source: 'federal-register';
  document: CandidateDocument;
  status: CandidateStatus;
  /** The item it would become (null for a skipped document). */
  item: PolicyItem | null;
  /** A driver suggested by a machine, never shown as the paper's reading; kept apart until a reviewer adopts it. */
  suggestedReading: Reading | null;
  /** Why a document was skipped or a candidate rejected. */
  reason: string | null;
  foundAt: string;
  reviewedAt: string | null;
  /** Who approved or rejected it ("slack:U123", "teams:29:…", "cli"). */
  reviewer: string | null;
}

export type NewCandidate = Pick<Candidate, 'id' | 'source' | 'document' | 'status' | 'item' | 'suggestedReading' | 'reason'>;

/**
 * The outcome of approving, rejecting or editing in the store. `conflict`: approving would overwrite a stored item of
 * that id (an edited id that is taken); nothing changed.
 */
export type ReviewOutcome =
  | { ok: true; candidate: Candidate }
  | { ok: false; reason: 'unknown' | 'not-pending' | 'conflict'; candidate?: Candidate };

/** One run of a source watch, as the operator view shows it. */
export interface SourceRun {
  startedAt: string;
  finishedAt: string;
  outcome: 'ok' | 'partial' | 'failed';
  /** Documents seen, proposed as candidates, skipped as irrelevant, already known. */
  counts: { seen: number; proposed: number; skipped: number; known: number };
  error: string | null;
}
