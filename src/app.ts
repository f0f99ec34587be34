import { resolve } from 'node:path';
import type { Config } from './config/config.js';
import { dataDir } from './config/paths.js';
import type { Passage } from './core/passage.js';
import type { Clock, ItemStore, Retriever } from './core/ports.js';
import { createRouter, type Router } from './core/router.js';
import { loadCuratedData, type CuratedData } from './ingest/curated-data.js';
import { eventsFreeTextFilters } from './search/events-free-text.js';
import { createRetriever } from './search/retriever.js';
import { seedFromCuratedData } from './store/seed.js';
import { createSqliteStore } from './store/sqlite-store.js';

export const systemClock: Clock = { now: () => new Date() };

/** The pieces every entry point shares: validated curated data and a store seeded from it. */
export interface AppCore {
  config: Config;
  data: CuratedData;
  store: ItemStore;
  clock: Clock;
  close(): Promise<void>;
}

export async function openAppCore(config: Config, clock: Clock = systemClock): Promise<AppCore> {
  const data = loadCuratedData(dataDir());
  if (config.DATABASE_URL) {
    throw new Error('DATABASE_URL is set, but this build supports only the embedded SQLite store: unset DATABASE_URL');
  }
  const store = createSqliteStore({ path: resolve(config.BRIEFING_DB), clock });
  await seedFromCuratedData(store, data);
  return { config, data, store, clock, close: () => store.close() };
}

const INDEX_BATCH = 5000;

/** Indexes the store's items page by page, so a large store never sits in memory twice. */
export async function createRetrieverFromStore(store: ItemStore, passages: Passage[], data: Pick<CuratedData, 'aliases'>): Promise<Retriever> {
  const retriever = createRetriever(passages, data.aliases);
  for (let offset = 0; ; offset += INDEX_BATCH) {
    const page = await store.listItems({}, { limit: INDEX_BATCH, offset });
    retriever.addItems(page.items);
    if (page.items.length < INDEX_BATCH) return retriever;
  }
}

/** The core plus retrieval and the command router: what every chat surface talks to. */
export interface App extends AppCore {
  retriever: Retriever;
  router: Router;
}

export async function openApp(config: Config, clock: Clock = systemClock): Promise<App> {
  const core = await openAppCore(config, clock);
  const passages = await core.store.allPassages();
  const retriever = await createRetrieverFromStore(core.store, passages, core.data);
  const router = createRouter({ store: core.store, retriever, aliases: core.data.aliases, passages, clock,
    freeTextFilters: eventsFreeTextFilters });
  return { ...core, retriever, router };
}
