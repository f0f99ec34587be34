import { resolve } from 'node:path';
import type { Config } from './config/config.js';
import { dataDir } from './config/paths.js';
import type { Clock, ItemStore } from './core/ports.js';
import { loadCuratedData, type CuratedData } from './ingest/curated-data.js';
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
