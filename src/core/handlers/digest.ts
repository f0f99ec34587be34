import { tallyDrivers } from '../item-card.js';
import { dateSpan } from '../partial-date.js';
import { isValidPartialDate } from '../policy-item.js';
import type { CommandHandler } from './handler.js';
import { allMatching, cardsOf } from './item-lookup.js';
import { usageReply } from './usage.js';

const DEFAULT_PERIOD_MS = 7 * 86_400_000;

/** A preview of the next digest: items added since a date (in a subscribed channel, exactly its next digest). */
export const digest: CommandHandler<'digest'> = async (command, context, deps) => {
  const lang = command.lang ?? 'en';
  const channel = context.channel;
  // In a subscribed channel the preview is exactly the next digest: its filter, from its last delivery.
  const subscription = channel ? (await deps.store.listSubscriptions())
    .find((s) => s.platform === channel.platform && s.channel === channel.id) : undefined;
  if (command.since !== undefined && !isValidPartialDate(command.since)) {
    return usageReply(lang, lang === 'zh' ? 'since: 需要一个日期，例如 since:2026-01-01' : 'since: needs a date such as since:2026-01-01', 'digest');
  }
  const since = command.since ? dateSpan(command.since).start
    : subscription?.deliveredUntil ?? new Date(deps.clock.now().getTime() - DEFAULT_PERIOD_MS).toISOString().slice(0, 10);
  const items = await allMatching(deps.store, { ...(subscription?.filter ?? {}), addedSince: new Date(since).toISOString() });
  return { kind: 'digest-preview', lang, since, total: items.length, items: cardsOf(items.slice(0, 20), lang, deps.aliases), tally: tallyDrivers(items) };
};
