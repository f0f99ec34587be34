import type { Clock, Outbox, OutboxPort, OutboxEntry, OutboxPoster, PostResult } from '../core/ports.js';

export interface RetryPolicy {
  /** Wait after the first failure; it doubles with each further one, up to `maxDelayMs`. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** An entry still not posted this long after it was stored is given up (Retry-After included). */
  giveUpAfterMs: number;
  /** How long an attempt holds its entry; another process takes over an entry held longer (a crash). */
  leaseMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { firstDelayMs: 1000, maxDelayMs: 60_000, giveUpAfterMs: 15 * 60_000, leaseMs: 60_000 };
/** Even with nothing due, the store is looked at this often: another replica may have left entries behind. */
const POLL_MS = 30_000;
const CLAIM_BATCH = 20;

export interface OutboxDeps {
  store: OutboxPort;
  clock: Clock;
  log: (message: string, fields?: Record<string, unknown>) => void;
  policy?: RetryPolicy;
}

/** What one attempt needs: the poster of its platform, the entries this process holds, and a way to try again later. */
interface AttemptContext {
  deps: OutboxDeps;
  policy: RetryPolicy;
  poster: OutboxPoster;
  /** Entries this process stored or claimed and has not settled, by id, with their platform. */
  open: Map<number, string>;
  wakeIn(platform: string, ms: number): void;
}

async function attempt(entry: OutboxEntry, checkFirst: boolean, context: AttemptContext): Promise<void> {
  const { deps, policy, poster, open } = context;
  open.set(entry.id, entry.platform);
  const progress = (partsPosted: number) => deps.store.updateOutboxEntry(entry.id, { kind: 'progress', partsPosted, leaseMs: policy.leaseMs });
  // A poster that throws (say, the store failed while it recorded progress) is treated as a passing failure.
  const result: PostResult = await poster.post(entry, { checkFirst, progress })
    .catch((error: unknown) => ({ ok: false, error: String((error as Error)?.message ?? error), retryable: true }));
  if (result.ok) {
    await deps.store.updateOutboxEntry(entry.id, { kind: 'sent' });
    open.delete(entry.id);
    return;
  }
  await afterFailure(entry, result, context);
}

/** A failed attempt is retried after a backoff (or the platform's Retry-After), or given up when it is too late or refused. */
async function afterFailure(entry: OutboxEntry, result: Extract<PostResult, { ok: false }>, context: AttemptContext): Promise<void> {
  const { deps, policy, poster, open } = context;
  const now = deps.clock.now().getTime();
  const delay = result.retryAfterMs ?? Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** entry.attempts);
  if (!result.retryable || now + delay - Date.parse(entry.createdAt) > policy.giveUpAfterMs) {
    await deps.store.updateOutboxEntry(entry.id, { kind: 'failed', error: result.error });
    open.delete(entry.id);
    deps.log('outbox: gave up', { level: 'error', platform: entry.platform, entry: entry.id, attempts: entry.attempts + 1, error: result.error });
    await poster.giveUp(entry, result.error).catch((error: unknown) => deps.log('outbox: could not tell the asker', { level: 'warn', entry: entry.id, error: String(error) }));
    return;
  }
  await deps.store.updateOutboxEntry(entry.id, { kind: 'retry', at: new Date(now + delay).toISOString(), error: result.error });
  deps.log('outbox: will retry', { level: 'warn', platform: entry.platform, entry: entry.id, attempt: entry.attempts + 1, inMs: delay, error: result.error });
  context.wakeIn(entry.platform, delay);
}

/**
 * The outbox: each message is stored before its first attempt, retried with exponential backoff (or after the
 * platform's Retry-After) until posted or `giveUpAfterMs` has passed, and picked up again after a restart.
 */
export function createOutbox(deps: OutboxDeps): Outbox & { stop(): Promise<void> } {
  const policy = deps.policy ?? DEFAULT_RETRY_POLICY;
  const posters = new Map<string, OutboxPoster>();
  const timers = new Map<string, NodeJS.Timeout>();
  const passes = new Map<string, Promise<void>>();
  const open = new Map<number, string>();
  const inFlight = new Set<Promise<void>>();

  async function attemptHere(entry: OutboxEntry, checkFirst: boolean): Promise<void> {
    const poster = posters.get(entry.platform);
    if (!poster) return; // not served here (stopped): the entry stays pending for the next run
    await attempt(entry, checkFirst, { deps, policy, poster, open, wakeIn });
  }

  /** Attempts every due entry of a platform, then sleeps until the next one falls due. */
  async function pass(platform: string): Promise<void> {
    if (!posters.has(platform)) return;
    for (;;) {
      const entries = await deps.store.claimOutboxEntries(platform, CLAIM_BATCH, policy.leaseMs);
      for (const entry of entries) await attemptHere(entry, true);
      if (entries.length < CLAIM_BATCH || !posters.has(platform)) break;
    }
    const due = await deps.store.nextOutboxDue(platform);
    wakeIn(platform, due === undefined ? POLL_MS : Math.min(POLL_MS, Math.max(0, Date.parse(due) - deps.clock.now().getTime())));
  }

  function runPass(platform: string): Promise<void> {
    const previous = passes.get(platform) ?? Promise.resolve();
    const next = previous.then(() => pass(platform)).catch((error: unknown) => {
      deps.log('outbox: pass failed', { level: 'error', platform, error: String(error) });
      wakeIn(platform, policy.firstDelayMs);
    });
    passes.set(platform, next);
    return next;
  }

  function wakeIn(platform: string, ms: number): void {
    if (!posters.has(platform)) return;
    clearTimeout(timers.get(platform));
    const timer = setTimeout(() => void runPass(platform), ms);
    timer.unref();
    timers.set(platform, timer);
  }

  async function stopServing(platform: string): Promise<void> {
    posters.delete(platform);
    clearTimeout(timers.get(platform));
    timers.delete(platform);
    await Promise.allSettled([passes.get(platform), ...inFlight]);
    for (const [id, of] of open) if (of === platform) open.delete(id);
  }

  return {
    async send(platform, payload) {
      const entry = await deps.store.addOutboxEntry(platform, payload, policy.leaseMs);
      // Stored: from here on a failure only delays the message, and the next pass takes it up again.
      const task = attemptHere(entry, false).catch((error: unknown) => {
        deps.log('outbox: attempt failed', { level: 'error', platform, entry: entry.id, error: String(error) });
        wakeIn(platform, policy.leaseMs);
      }).finally(() => inFlight.delete(task));
      inFlight.add(task);
      await task;
    },
    serve(platform, poster) {
      posters.set(platform, poster);
      void runPass(platform);
      return () => stopServing(platform);
    },
    async idle() {
      while (open.size > 0 || inFlight.size > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    },
    async stop() {
      for (const platform of [...posters.keys()]) await stopServing(platform);
    },
  };
}
