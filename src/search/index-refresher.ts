import type { ChangeCursor, ItemStore, Retriever } from '../core/ports.js';

export interface IndexRefresher {
  /**
   * Asks for a catch-up with the store (items another process or replica ingested) and waits for it, but never
   * longer than `waitMs`: a large catch-up goes on in the background while the caller answers from the index as is.
   */
  nudge(waitMs: number): Promise<void>;
  /** Stops the timer and waits for a catch-up in progress. */
  stop(): Promise<void>;
}

export interface IndexRefresherOptions {
  store: Pick<ItemStore, 'itemsChangedAfter'>;
  retriever: Pick<Retriever, 'addItems'>;
  /** Changes up to here are in the index already. */
  from: ChangeCursor | null;
  intervalMs: number;
  /** Items read and indexed at a time; the event loop gets a turn between pages. */
  pageSize: number;
  log: (message: string, fields?: Record<string, unknown>) => void;
}

/**
 * Keeps the search index up to date with the store on a timer, off the request path. Catch-ups never overlap and
 * page by the store's change cursor, which always advances; the event loop gets a turn between pages. A request
 * arriving during a catch-up asks for another after it, so what was committed before the request is indexed next.
 */
export function createIndexRefresher(options: IndexRefresherOptions): IndexRefresher {
  let cursor = options.from;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  async function catchUp(): Promise<void> {
    while (!stopped) {
      const changes = await options.store.itemsChangedAfter(cursor, options.pageSize);
      if (changes.items.length > 0) options.retriever.addItems(changes.items);
      cursor = changes.cursor;
      if (changes.items.length < options.pageSize) return;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Runs catch-ups back to back while someone asked for one; resolves after one that began after every request so far. */
  function run(): Promise<void> {
    if (stopped) return Promise.resolve();
    again = true;
    running ??= (async () => {
      try {
        while (again && !stopped) {
          again = false;
          await catchUp().catch((error: unknown) => options.log('search: index refresh failed', { level: 'error', error: String(error) }));
        }
      } finally {
        // Cleared in the same turn the loop ends, so a later request always starts a new catch-up.
        running = undefined;
      }
    })();
    return running;
  }

  const timer = setInterval(() => void run(), options.intervalMs);
  timer.unref();

  return {
    async nudge(waitMs) {
      if (stopped) return;
      let timeout: NodeJS.Timeout | undefined;
      await Promise.race([run(), new Promise<void>((resolve) => {
        timeout = setTimeout(resolve, waitMs);
      })]);
      clearTimeout(timeout);
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
