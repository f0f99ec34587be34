import type { AliasTable } from '../core/alias-table.js';
import { itemCitation } from '../core/citation.js';
import { renumberCitations } from '../core/llm-answer.js';
import { buildChartData, MAX_CHART_ITEMS } from '../core/chart-data.js';
import { DIGEST_CARD_IMAGE_BYTES, drawChart } from '../core/chart-request.js';
import type { ChartRenderer, Clock, DigestTarget, ItemPort, Summarizer, SubscriptionPort } from '../core/ports.js';
import type { Delivery, DeliveryPart, Subscription } from '../core/subscription.js';
import type { Reply } from '../core/replies.js';
import type { Platform } from '../core/subscription.js';
import { buildDigest } from './build-digest.js';
import { lastFiringIn } from './schedule.js';

export interface DigestDeps {
  store: SubscriptionPort & Pick<ItemPort, 'listItems'>;
  aliases: AliasTable;
  clock: Clock;
  targets: Partial<Record<Platform, DigestTarget>>;
  summarizer?: Summarizer;
  /** Draws the period's timeline into digests of DIGEST_CHART_MIN_ITEMS items or more. */
  charts?: ChartRenderer;
  log: (message: string, fields?: Record<string, unknown>) => void;
}

/** A digest of fewer items than this gets no timeline: a picture of one or two marks says nothing the list does not. */
export const DIGEST_CHART_MIN_ITEMS = 3;

export type DigestOutcome =
  | { subscriptionId: number; result: 'delivered'; items: number; parts: number; messageId: string | null }
  | { subscriptionId: number; result: 'already-posted' | 'empty' | 'not-due' | 'paused' | 'no-target' | 'in-progress' }
  | { subscriptionId: number; result: 'failed'; error: string };

/** Failures in a row after which a subscription is paused instead of retried forever. */
export const PAUSE_AFTER_FAILURES = 5;
/**
 * A window ends this long before now: an item is stamped when its ingest begins, and an ingest still running
 * must not have its items fall behind a window that has already been delivered.
 */
export const WINDOW_SETTLE_MS = 60_000;

async function withLlmSummary(digest: Extract<Reply, { kind: 'digest' }>, items: Parameters<typeof buildDigest>[0], deps: DigestDeps) {
  if (!deps.summarizer || items.length === 0) return digest;
  const shown = items.slice(0, 8);
  const result = await deps.summarizer.summarize({
    purpose: 'digest', lang: digest.lang, question: 'What do these newly added policy items show?',
    passages: shown.map((item, i) => ({ n: i + 1, date: item.date, actors: item.actors.map((id) => deps.aliases.displayName(id, digest.lang)),
      section: item.passages[0]?.section ?? '', title: item.title[digest.lang], text: item.summary[digest.lang] })),
  });
  if (!result.ok) return digest;
  const citations = shown.map((item, i) => itemCitation(i + 1, item, digest.lang));
  const renumbered = renumberCitations(result.sentences, citations);
  return { ...digest, summary: { ...renumbered, model: result.model } };
}

/** The digest with a small timeline of its items; a chart that cannot be drawn is logged and the digest goes out without it. */
async function withTimeline(digest: Extract<Reply, { kind: 'digest' }>, items: Parameters<typeof buildDigest>[0], deps: DigestDeps) {
  if (!deps.charts || items.length < DIGEST_CHART_MIN_ITEMS) return digest;
  try {
    const data = buildChartData({ kind: 'timeline', lang: digest.lang, items: items.slice(0, MAX_CHART_ITEMS), total: items.length,
      scope: `${digest.since.slice(0, 10)} – ${digest.until.slice(0, 10)}` }, deps.aliases);
    return { ...digest, picture: await drawChart(data, deps.charts, DIGEST_CARD_IMAGE_BYTES) };
  } catch (error) {
    deps.log('digest: timeline not drawn, sending the digest without it', { error: String((error as Error).message ?? error) });
    return digest;
  }
}

type Plan = { parts: DeliveryPart[]; windowEnd: string; items: number; resumed: boolean } | 'empty';

/**
 * The parts to post for a claimed window. A window of which some part is already posted keeps its plan and its end;
 * otherwise the digest is (re)built over the window up to `until` and its rendered parts stored before posting.
 */
async function planParts(subscription: Subscription, target: DigestTarget, delivery: Delivery, until: string, deps: DigestDeps): Promise<Plan> {
  let parts = await deps.store.getDeliveryParts(delivery.id);
  if (parts.length > 0 && delivery.attempt > 1) {
    // An earlier attempt may have posted parts it could not record (a lost response, a crash).
    const found = await target.findPostedParts(subscription, delivery);
    for (const part of parts.filter((p) => !p.posted && found.has(p.part))) {
      await deps.store.markPartPosted(delivery.id, part.part, found.get(part.part) ?? null);
    }
    parts = parts.map((p) => (!p.posted && found.has(p.part) ? { ...p, posted: true, messageId: found.get(p.part) ?? null } : p));
  }
  const resumed = parts.some((p) => p.posted);
  const windowEnd = resumed || until < delivery.windowEnd ? delivery.windowEnd : until;
  const filter = { ...subscription.filter, addedSince: delivery.windowStart, addedBefore: windowEnd };
  if (resumed) return { parts, windowEnd, items: (await deps.store.listItems(filter, { limit: 1, offset: 0 })).total, resumed };
  // Every item of the window, however many: a digest never leaves some behind.
  const items = (await deps.store.listItems(filter, { limit: Number.MAX_SAFE_INTEGER, offset: 0 })).items;
  if (items.length === 0 && !subscription.notifyEmpty) return 'empty';
  const built = buildDigest(items, { since: delivery.windowStart, until: windowEnd }, subscription.lang, deps.aliases);
  const digest = await withTimeline(await withLlmSummary(built, items, deps), items, deps);
  parts = await deps.store.planDelivery(delivery.id, windowEnd, target.render(digest));
  return { parts, windowEnd, items: items.length, resumed };
}

async function deliverOne(subscription: Subscription, target: DigestTarget, now: Date, deps: DigestDeps): Promise<DigestOutcome[]> {
  const id = subscription.id;
  const until = new Date(Math.max(now.getTime() - WINDOW_SETTLE_MS, Date.parse(subscription.deliveredUntil))).toISOString();
  const delivery = await deps.store.claimDelivery(id, until);
  // Null: another run (another replica) is posting this window right now.
  if (!delivery) return [{ subscriptionId: id, result: 'in-progress' }];
  try {
    const plan = await planParts(subscription, target, delivery, until, deps);
    if (plan === 'empty') {
      await deps.store.completeDelivery(delivery.id, null);
      return [{ subscriptionId: id, result: 'empty' }];
    }
    let messageId = plan.parts[0]?.messageId ?? null;
    const remaining = plan.parts.filter((p) => !p.posted);
    for (const part of remaining) {
      const posted = await target.postPart(subscription, part.payload, { deliveryId: delivery.id, part: part.part, parts: plan.parts.length });
      await deps.store.markPartPosted(delivery.id, part.part, posted);
      if (part.part === 1) messageId = posted;
    }
    // Marked delivered only once every part is posted.
    await deps.store.completeDelivery(delivery.id, messageId);
    const outcome: DigestOutcome = remaining.length === 0 ? { subscriptionId: id, result: 'already-posted' }
      : { subscriptionId: id, result: 'delivered', items: plan.items, parts: plan.parts.length, messageId };
    // A resumed digest kept its window: what was added after it goes out now, as the next digest.
    if (plan.resumed && plan.windowEnd < until) return [outcome, ...(await deliverOne({ ...subscription, deliveredUntil: plan.windowEnd }, target, now, deps))];
    return [outcome];
  } catch (error) {
    const message = (error as { data?: { error?: string } }).data?.error ?? (error as Error).message ?? String(error);
    await deps.store.failDelivery(delivery.id, message, PAUSE_AFTER_FAILURES);
    deps.log('digest: delivery failed', { level: 'error', subscription: id, delivery: delivery.id, error: message });
    return [{ subscriptionId: id, result: 'failed', error: message }];
  }
}

/**
 * Delivers every due digest (all of them with `force`). Each window is claimed in the store, its digest rendered
 * and stored as parts, and it is marked delivered once every part is posted: a failed part is retried on the next
 * run without posting again the parts already out, and a crash never skips or repeats an item.
 */
export async function deliverDigests(deps: DigestDeps, options: { force?: boolean } = {}): Promise<DigestOutcome[]> {
  const outcomes: DigestOutcome[] = [];
  for (const subscription of await deps.store.listSubscriptions()) {
    const id = subscription.id;
    if (subscription.paused) {
      outcomes.push({ subscriptionId: id, result: 'paused' });
      continue;
    }
    const now = deps.clock.now();
    // Windows end WINDOW_SETTLE_MS before the run that closed them, so the firing that ran it lies just past their end.
    const lastWindowClosedAt = new Date(Date.parse(subscription.deliveredUntil) + WINDOW_SETTLE_MS);
    if (!options.force && !lastFiringIn(subscription.schedule, subscription.timeZone, lastWindowClosedAt, now)) {
      outcomes.push({ subscriptionId: id, result: 'not-due' });
      continue;
    }
    const target = deps.targets[subscription.platform];
    if (!target) {
      outcomes.push({ subscriptionId: id, result: 'no-target' });
      continue;
    }
    try {
      outcomes.push(...(await deliverOne(subscription, target, now, deps)));
    } catch (error) {
      // One subscription's trouble (say, removed while its digest was being posted) never stops the others.
      deps.log('digest: subscription skipped', { level: 'warn', subscription: id, error: String(error) });
      outcomes.push({ subscriptionId: id, result: 'failed', error: String((error as Error).message ?? error) });
    }
  }
  return outcomes;
}
