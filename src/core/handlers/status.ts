import type { Lang } from '../lang.js';
import { LAST_INGEST_META, type StatusReport } from '../status-report.js';
import type { CommandHandler, HandlerDeps, MessageContext } from './handler.js';

/** The operator's view. With admins configured only they see it: it names channels and delivery errors. */
export const status: CommandHandler<'status'> = async (_command, context, deps) => {
  // The operator's view is in English, whatever the asker's language.
  const lang: Lang = 'en';
  const admins = deps.subscriptions?.admins ?? null;
  if (admins && !context.local && !(context.channel && admins.includes(`${context.channel.platform}:${context.channel.user}`))) {
    return { kind: 'notice', lang, text: 'Only admins (BRIEFING_ADMINS) may see the status view.' };
  }
  return { kind: 'status', lang, report: await statusReport(deps) };
};

/** Everything the status view shows, read from the store: the same for chat and `briefing status --json`. */
export async function statusReport(deps: Pick<HandlerDeps, 'store' | 'version'>): Promise<StatusReport> {
  const { store } = deps;
  const [items, ingest, sources, pending, subscriptions] = await Promise.all([
    store.itemStatistics(), store.getMeta(LAST_INGEST_META), store.latestSourceRuns(),
    store.listCandidates('pending', { limit: 1, offset: 0 }), store.listSubscriptions(),
  ]);
  return {
    version: deps.version ?? 'unknown',
    items,
    lastIngest: ingest ? (JSON.parse(ingest) as StatusReport['lastIngest']) : null,
    sources,
    pendingCandidates: pending.total,
    subscriptions: subscriptions.map((s) => ({ id: s.id, platform: s.platform, channel: s.channel, schedule: s.schedule, timeZone: s.timeZone,
      filter: s.filterLabel, deliveredUntil: s.deliveredUntil, paused: s.paused, consecutiveFailures: s.consecutiveFailures, lastError: s.lastError })),
  };
}
