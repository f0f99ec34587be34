import type { AliasTable } from '../core/alias-table.js';
import { listPending } from '../core/handlers/review.js';
import type { DigestTarget, ItemStore } from '../core/ports.js';
import type { Log } from './federal-register-client.js';
import type { WatchReport } from './run-sources.js';

export interface ReviewNoticeDeps {
  store: ItemStore;
  aliases: AliasTable;
  targets: { slack?: DigestTarget; teams?: DigestTarget };
  log: Log;
}

/**
 * After a source run that proposed new candidates, posts the review queue into REVIEW_CHANNEL ("slack:C123" or
 * "teams:<conversation id>"), buttons included: pressing one is still checked against BRIEFING_ADMINS. A failed post
 * is logged; the candidates wait in the queue either way.
 */
export async function announceCandidates(reports: readonly WatchReport[], channel: string | undefined, deps: ReviewNoticeDeps): Promise<boolean> {
  const proposed = reports.reduce((sum, report) => sum + report.counts.proposed, 0);
  if (!channel || proposed === 0) return false;
  const [platform, ...rest] = channel.split(':');
  const target = platform === 'slack' ? deps.targets.slack : deps.targets.teams;
  if (!target) {
    deps.log('sources: REVIEW_CHANNEL is on a platform that is off', { level: 'warn', channel });
    return false;
  }
  const queue = await listPending(1, 'en', deps);
  const reply = { ...queue, note: `${proposed} new candidate${proposed === 1 ? '' : 's'} from the Federal Register watch.` };
  try {
    await target.postReply(platform === 'slack' ? rest.join(':') : channel, reply);
    return true;
  } catch (error) {
    deps.log('sources: could not announce new candidates', { level: 'warn', channel, error: (error as Error).message ?? String(error) });
    return false;
  }
}
