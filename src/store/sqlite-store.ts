import Database from 'better-sqlite3';
import type { Clock, ItemStore } from '../core/ports.js';
import { DatabaseFileError, fileProblemOf, isLocked, prepareDatabasePath, withLockRetry } from './sqlite-faults.js';
import { sqliteDatabase } from './sqlite-database.js';
import { SQLITE_MIGRATIONS } from './sqlite-migrations.js';
import { prepareSchema } from './sql-schema.js';
import { createSqlStore } from './sql-store.js';

/** While serving, a locked database is waited for this long inside SQLite, then again later without blocking (withLockRetry). */
const SERVING_BUSY_TIMEOUT_MS = 20;
const OPENING_BUSY_TIMEOUT_MS = 5000;

/** Opens, migrates and serves the store in one SQLite file, or says what is wrong with the file. */
export async function createSqliteStore(options: { path: string; clock: Clock }): Promise<ItemStore> {
  const { path } = options;
  if (path !== ':memory:') prepareDatabasePath(path);
  let db: Database.Database | undefined;
  try {
    db = new Database(path);
    // Nothing is served yet while opening: waiting here for another process's write is harmless.
    db.pragma(`busy_timeout = ${OPENING_BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    const sql = sqliteDatabase(db);
    await prepareSchema(sql, SQLITE_MIGRATIONS);
    db.pragma(`busy_timeout = ${SERVING_BUSY_TIMEOUT_MS}`);
    return withLockRetry(createSqlStore(sql, options.clock), path);
  } catch (error) {
    db?.close();
    if (isLocked(error)) throw new DatabaseFileError(path, `stayed locked by another process for ${OPENING_BUSY_TIMEOUT_MS / 1000} s while opening`);
    const problem = fileProblemOf(error);
    throw problem ? new DatabaseFileError(path, problem) : error;
  }
}
