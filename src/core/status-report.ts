import type { SourceRun } from './candidate.js';
import type { ItemStatistics } from './ports.js';

/** The operator's view of the bot: what the store holds, what came in last, what waits, what was delivered. */
export interface StatusReport {
  version: string;
  items: ItemStatistics;
  /** The last `briefing ingest` that stored something. */
  lastIngest: { at: string; file: string; added: number; updated: number } | null;
  /** The latest run of each source watch. */
  sources: Array<{ watch: string; run: SourceRun }>;
  pendingCandidates: number;
  subscriptions: Array<{ id: number; platform: string; channel: string; schedule: string; timeZone: string; filter: string;
    deliveredUntil: string; paused: boolean; consecutiveFailures: number; lastError: string | null }>;
}

/** The store's meta key under which the CLI records its last successful ingest. */
export const LAST_INGEST_META = 'last-ingest';
