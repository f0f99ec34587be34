import { join } from 'node:path';
import pg from 'pg';
import type { ItemStore } from '../../src/core/ports.js';
import { createPostgresStore } from '../../src/store/postgres-store.js';
import { createSqliteStore } from '../../src/store/sqlite-store.js';
import { manualClock, tempDir } from './temp-store.js';

export type StoreFactory = (clock: ReturnType<typeof manualClock>) => Promise<{ store: ItemStore; cleanup: () => Promise<void> | void }>;

/** The PostgreSQL server this machine runs (trust auth, database `test`); each test gets a schema of its own. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Every implementation of the store, for contract suites: a fresh SQLite file, or a fresh schema on the real PostgreSQL. */
export const storeImplementations: Array<[string, StoreFactory]> = [
  ['sqlite', async (clock) => {
    const { dir, cleanup } = tempDir();
    return { store: await createSqliteStore({ path: join(dir, 'briefing.db'), clock }), cleanup };
  }],
  ['postgres', async (clock) => {
    const schema = `pb_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const store = await createPostgresStore({ connectionString: TEST_DATABASE_URL, clock, schema });
    return { store, cleanup: async () => {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    } };
  }],
];
