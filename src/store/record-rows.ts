import type { FeedbackRecord, OutboxEntry } from '../core/ports.js';
import type { Reply } from '../core/replies.js';
import type { DeliveryPart, Subscription } from '../core/subscription.js';

/** Subscription columns as both SQL stores keep them. */
export type SubscriptionRow = { id: number; platform: 'slack' | 'teams'; channel: string; schedule: string; time_zone: string; filter: string;
  filter_label: string; notify_empty: number; created_at: string; created_by: string; delivered_until: string;
  consecutive_failures: number; paused: number; last_error: string | null; lang: string };

export type DeliveryRow = { id: number; subscription_id: number; window_start: string; window_end: string; attempt: number;
  status: 'claimed' | 'delivered' | 'failed'; claimed_at: string };

/** How long a claimed digest window belongs to the run that claimed it before another may take it over. */
export const DELIVERY_LEASE_MS = 2 * 60_000;

/** A claim another run is still working on: claimed (not failed) within the lease. */
export const isHeld = (row: DeliveryRow, now: Date, leaseMs: number): boolean =>
  row.status === 'claimed' && now.getTime() - Date.parse(row.claimed_at) < leaseMs;

export const toSubscription = (row: SubscriptionRow): Subscription => ({
  id: row.id, platform: row.platform, channel: row.channel, schedule: row.schedule, timeZone: row.time_zone,
  filter: JSON.parse(row.filter) as Subscription['filter'], filterLabel: row.filter_label, notifyEmpty: row.notify_empty === 1,
  lang: row.lang === 'zh' ? 'zh' : 'en',
  createdAt: row.created_at, createdBy: row.created_by, deliveredUntil: row.delivered_until,
  consecutiveFailures: row.consecutive_failures, paused: row.paused === 1, lastError: row.last_error,
});

export type FeedbackRow = { answer_id: number; user_ref: string; rating: 'up' | 'down'; created_at: string; question: string; reply: string };

export function toFeedbackRecord(row: FeedbackRow): FeedbackRecord {
  const reply = JSON.parse(row.reply) as Reply;
  const answer = reply.kind === 'answer' ? reply : undefined;
  return { answerId: row.answer_id, user: row.user_ref, rating: row.rating, at: row.created_at, question: row.question,
    answer: answer?.text ?? '', mode: answer?.mode ?? reply.kind,
    citations: answer?.citations.map((c) => ({ n: c.n, itemId: c.itemId })) ?? [] };
}

export type DeliveryPartRow = { delivery_id: number; part: number; payload: string; posted_at: string | null; message_id: string | null };

export const toDeliveryPart = (row: DeliveryPartRow): DeliveryPart => ({ part: Number(row.part), payload: JSON.parse(row.payload) as unknown,
  posted: row.posted_at !== null, messageId: row.message_id });

export type OutboxRow = { id: number; platform: string; payload: string; status: OutboxEntry['status']; attempts: number; parts_posted: number;
  created_at: string; next_attempt_at: string; last_error: string | null };

export const toOutboxEntry = (row: OutboxRow): OutboxEntry => ({ id: Number(row.id), platform: row.platform, payload: JSON.parse(row.payload) as unknown,
  status: row.status, attempts: Number(row.attempts), partsPosted: Number(row.parts_posted), createdAt: row.created_at,
  nextAttemptAt: row.next_attempt_at, lastError: row.last_error });

/** Sent and failed outbox entries are kept this long (for looking into a failure), then dropped. */
export const OUTBOX_KEEP_MS = 7 * 86_400_000;
