import { schedule } from 'node-cron';
import type { Log } from './federal-register-client.js';

export interface SourcesScheduler {
  /** Stops firing, asks a run in progress to stop between requests, and waits for it. */
  stop(): Promise<void>;
}

/**
 * Runs the source watches on a cron schedule in a time zone. Runs never overlap: a firing while one is in progress
 * is skipped (the next run reads from the cursor anyway), and a failing run is logged, never thrown.
 */
export function startSourcesScheduler(cron: string, timeZone: string, run: (signal: AbortSignal) => Promise<unknown>, log: Log): SourcesScheduler {
  const stopping = new AbortController();
  let running: Promise<void> | null = null;
  const fire = () => {
    if (running) {
      log('sources: the previous run is still going; this firing is skipped');
      return;
    }
    running = run(stopping.signal).then(() => undefined, (error: unknown) => log('sources: run failed', { level: 'error', error: (error as Error).message ?? String(error) }))
      .finally(() => {
        running = null;
      });
  };
  const job = schedule(cron, fire, { timezone: timeZone, noOverlap: true, name: 'sources' });
  return {
    async stop() {
      await job.destroy();
      stopping.abort();
      await running;
    },
  };
}
