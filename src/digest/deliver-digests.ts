import type { AliasTable } from '../core/alias-table.js';
import { renumberCitations } from '../core/llm-answer.js';
import type { Clock, DigestTarget, ItemStore, Summarizer } from '../core/ports.js';
import type { Reply } from '../core/replies.js';
import type { Platform } from '../core/subscription.js';
import { buildDigest } from './build-digest.js';
import { lastFiringIn } from './schedule.js';

export interface DigestDeps {
  store: ItemStore;
  aliases: AliasTable;
  clock: Clock;
  targets: Partial<Record<Platform, DigestTarget>>;
  summarizer?: Summarizer;
  log: (message: string, fields?: Record<string, unknown>) => void;
}

export type DigestOutcome =
  | { subscriptionId: number; result: 'delivered'; items: number; messageId: string | null }
  | { subscriptionId: number; result: 'already-posted' | 'empty' | 'not-due' | 'paused' | 'no-target' | 'in-progress' }
  | { subscriptionId: number; result: 'failed'; error: string };

/** Failures in a row after which a subscription is paused instead of retried forever. */
export const PAUSE_AFTER_FAILURES = 5;
const MAX_ITEMS = 200;

async function withLlmSummary(digest: Extract<Reply, { kind: 'digest' }>, items: Parameters<typeof buildDigest>[0], deps: DigestDeps) {
  if (!deps.summarizer || items.length === 0) return digest;
  const shown = items.slice(0, 8);
  const result = await deps.summarizer.summarize({
    purpose: 'digest', lang: digest.lang, question: 'What do these newly added policy items show?',
    passages: shown.map((item, i) => ({ n: i + 1, date: item.date, actors: item.actors.map((id) => deps.aliases.displayName(id, digest.lang)),
      section: item.passages[0]?.section ?? '', title: item.title[digest.lang], text: item.summary[digest.lang] })),
  });
  if (!result.ok) return digest;
  const citations = shown.map((item, i) => ({ n: i + 1, kind: 'item' as const, itemId: item.id, date: item.date, title: item.title[digest.lang],
    url: item.sources.find((s) => s.url)?.url ?? null, section: item.passages[0]?.section ?? '' }));
  const renumbered = renumberCitations(result.sentences, citations);
  return { ...digest, summary: { ...renumbered, model: result.model } };
}

/**
 * Delivers every due digest (all of them with `force`). Each window is claimed in the store before posting and
 * marked after, so a failed post is retried with its items on the next run and a crash never skips or repeats one.
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
    if (!options.force && !lastFiringIn(subscription.schedule, subscription.timeZone, new Date(subscription.deliveredUntil), now)) {
      outcomes.push({ subscriptionId: id, result: 'not-due' });
      continue;
    }
    const target = deps.targets[subscription.platform];
    if (!target) {
      outcomes.push({ subscriptionId: id, result: 'no-target' });
      continue;
    }
    const delivery = await deps.store.claimDelivery(id, now.toISOString());
    if (!delivery) {
      // Another run (another replica) is posting this window right now.
      outcomes.push({ subscriptionId: id, result: 'in-progress' });
      continue;
    }
    try {
      if (delivery.attempt > 1) {
        const posted = await target.findPosted(subscription, delivery.id);
        if (posted) {
          await deps.store.completeDelivery(delivery.id, posted);
          outcomes.push({ subscriptionId: id, result: 'already-posted' });
          continue;
        }
      }
      const items = (await deps.store.listItems({ ...subscription.filter, addedSince: delivery.windowStart, addedBefore: delivery.windowEnd },
        { limit: MAX_ITEMS, offset: 0 })).items;
      if (items.length === 0 && !subscription.notifyEmpty) {
        await deps.store.completeDelivery(delivery.id, null);
        outcomes.push({ subscriptionId: id, result: 'empty' });
        continue;
      }
      const digest = await withLlmSummary(buildDigest(items, { since: delivery.windowStart, until: delivery.windowEnd }, 'en', deps.aliases), items, deps);
      const messageId = await target.post(subscription, digest, delivery.id);
      await deps.store.completeDelivery(delivery.id, messageId);
      outcomes.push({ subscriptionId: id, result: 'delivered', items: items.length, messageId });
    } catch (error) {
      const message = (error as { data?: { error?: string } }).data?.error ?? (error as Error).message ?? String(error);
      await deps.store.failDelivery(delivery.id, message, PAUSE_AFTER_FAILURES);
      deps.log('digest: delivery failed', { subscription: id, delivery: delivery.id, error: message });
      outcomes.push({ subscriptionId: id, result: 'failed', error: message });
    }
  }
  return outcomes;
}
