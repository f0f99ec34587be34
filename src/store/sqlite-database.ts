import type Database from 'better-sqlite3';
import { transactionScope, type SqlDatabase, type SqlDialect, type SqlRunner, type SqlTransaction } from './sql-database.js';

export const SQLITE_DIALECT: SqlDialect = {
  forUpdate: '',
  forUpdateSkipLocked: '',
  listTable: (param, alias) => `json_each(${param}) AS ${alias}`,
  list: (values) => JSON.stringify(values),
  position: (haystack, needle) => `instr(${haystack}, ${needle})`,
  jsonText: (column, path) => `json_extract(${column}, '$.${path.join('.')}')`,
};

/** Prepared statements kept for reuse; filters make statements of many shapes, so only the recent ones are kept. */
const STATEMENT_CACHE_SIZE = 200;

/**
 * The store's SQL on one better-sqlite3 connection. Its calls are synchronous; they are made to take turns, so a
 * statement of one store call never runs inside another call's transaction.
 */
export function sqliteDatabase(db: Database.Database): SqlDatabase {
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value as string);
      statements.set(sql, statement);
    }
    return statement;
  };
  const runner: SqlRunner = {
    rows: async <T>(sql: string, params: readonly unknown[] = []) => prepare(sql).all(...params) as T[],
    run: async (sql, params = []) => prepare(sql).run(...params).changes,
  };
  const tx: SqlTransaction = {
    ...runner,
    exec: async (script) => {
      db.exec(script);
    },
    lock: async () => {},
  };

  const scope = transactionScope();
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    try {
      scope.refuseInside();
    } catch (error) {
      return Promise.reject(error);
    }
    const result = queue.then(work);
    queue = result.catch(() => undefined);
    return result;
  };

  return {
    dialect: SQLITE_DIALECT,
    rows: (sql, params) => inTurn(() => runner.rows(sql, params)),
    run: (sql, params) => inTurn(() => runner.run(sql, params)),
    transaction: (work) => inTurn(async () => {
      db.exec('BEGIN IMMEDIATE');
      try {
        const result = await scope.within(() => work(tx));
        db.exec('COMMIT');
        return result;
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      }
    }),
    close: () => inTurn(async () => {
      db.close();
    }),
  };
}
