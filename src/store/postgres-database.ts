import type pg from 'pg';
import { transactionScope, type SqlDatabase, type SqlDialect, type SqlRunner, type SqlTransaction } from './sql-database.js';

export const POSTGRES_DIALECT: SqlDialect = {
  forUpdate: ' FOR UPDATE',
  forUpdateSkipLocked: ' FOR UPDATE SKIP LOCKED',
  listTable: (param, alias) => `unnest(${param}::text[]) AS ${alias}(value)`,
  list: (values) => values,
  position: (haystack, needle) => `strpos(${haystack}, ${needle})`,
  jsonText: (column, path) => `(${column}::jsonb #>> '{${path.join(',')}}')`,
};

/** `?` parameters as PostgreSQL numbers them ($1, $2, …); a `?` inside a quoted string stays as it is. */
export function numberedParameters(sql: string): string {
  let n = 0;
  return sql.replace(/'(?:[^']|'')*'|\?/g, (match) => (match === '?' ? `$${++n}` : match));
}

function runnerOf(client: pg.Pool | pg.PoolClient): SqlRunner {
  return {
    rows: async <T>(sql: string, params: readonly unknown[] = []) => (await client.query(numberedParameters(sql), [...params])).rows as T[],
    run: async (sql, params = []) => (await client.query(numberedParameters(sql), [...params])).rowCount ?? 0,
  };
}

/** The store's SQL on a pool of PostgreSQL connections; a transaction holds one connection until it ends. */
export function postgresDatabase(pool: pg.Pool): SqlDatabase {
  const scope = transactionScope();
  const pooled = runnerOf(pool);
  return {
    dialect: POSTGRES_DIALECT,
    rows: async (sql, params) => {
      scope.refuseInside();
      return pooled.rows(sql, params);
    },
    run: async (sql, params) => {
      scope.refuseInside();
      return pooled.run(sql, params);
    },
    async transaction(work) {
      scope.refuseInside();
      const client = await pool.connect();
      const tx: SqlTransaction = {
        ...runnerOf(client),
        exec: async (script) => {
          await client.query(script);
        },
        lock: async (key) => {
          await client.query('SELECT pg_advisory_xact_lock($1)', [key]);
        },
      };
      try {
        await client.query('BEGIN');
        const result = await scope.within(() => work(tx));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
