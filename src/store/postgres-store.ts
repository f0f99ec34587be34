import pg from 'pg';
import type { Clock, ItemStore } from '../core/ports.js';
import { POSTGRES_MIGRATIONS } from './postgres-migrations.js';
import { postgresDatabase } from './postgres-database.js';
import { prepareSchema } from './sql-schema.js';
import { createSqlStore } from './sql-store.js';

/**
 * The store on PostgreSQL, for several bot replicas sharing one database. Same statements as the SQLite store:
 * every write is one transaction, and claims (events, digest windows, outbox entries) are safe across processes.
 */
export async function createPostgresStore(options: { connectionString: string; clock: Clock; schema?: string }): Promise<ItemStore> {
  const pool = new pg.Pool({ connectionString: options.connectionString, max: 5,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}) });
  // An idle connection the server drops (restart, failover) must not crash the bot: the pool reconnects on next use.
  pool.on('error', (error) => process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), message: 'postgres: idle connection lost', error: error.message })}\n`));
  const db = postgresDatabase(pool);
  try {
    await prepareSchema(db, POSTGRES_MIGRATIONS);
  } catch (error) {
    await pool.end().catch(() => {});
    throw error;
  }
  return createSqlStore(db, options.clock);
}
