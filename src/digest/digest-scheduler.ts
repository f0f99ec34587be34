import { schedule, type ScheduledTask } from 'node-cron';
import type { SubscriptionPort } from '../core/ports.js';

export interface DigestScheduler {
  /** Re-reads the subscriptions: one cron job per distinct schedule and time zone. */
  sync(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Runs `deliverDue` at every instant some subscription's schedule fires, in that subscription's time zone, and
 * once at start so digests missed while the bot was down go out as one catch-up digest per subscription.
 */
export async function startDigestScheduler(store: SubscriptionPort, deliverDue: () => Promise<unknown>,
  log: (message: string, fields?: Record<string, unknown>) => void): Promise<DigestScheduler> {
  const jobs = new Map<string, ScheduledTask>();
  let running: Promise<unknown> = Promise.resolve();
  // Runs never overlap: a tick during a run waits for it.
  const run = () => {
    running = running.then(deliverDue).catch((error: unknown) => log('digest: run failed', { level: 'error', error: String(error) }));
    return running;
  };
  const sync = async () => {
    const wanted = new Map((await store.listSubscriptions()).filter((s) => !s.paused).map((s) => [`${s.schedule}|${s.timeZone}`, s]));
    for (const [key, job] of jobs) {
      if (!wanted.has(key)) {
        await job.destroy();
        jobs.delete(key);
      }
    }
    for (const [key, subscription] of wanted) {
      if (jobs.has(key)) continue;
      jobs.set(key, schedule(subscription.schedule, () => run(), { timezone: subscription.timeZone, noOverlap: true, name: `digest ${key}` }));
    }
  };
  await run();
  await sync();
  const resync = setInterval(() => void sync().catch((error: unknown) => log('digest: sync failed', { level: 'error', error: String(error) })), 5 * 60_000);
  resync.unref();
  return {
    sync,
    async stop() {
      clearInterval(resync);
      for (const job of jobs.values()) await job.destroy();
      jobs.clear();
      await running;
    },
  };
}
