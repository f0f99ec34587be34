import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The seam between the store's SQL, written once, and the two databases that run it. Statements use `?` for
 * parameters, bound in order; what the databases spell differently is in SqlDialect, and only there.
 */
export interface SqlRunner {
  /** The rows of a query, or of a write with RETURNING. */
  rows<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a write; resolves to the number of rows it changed. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
}

/** A transaction in progress: statements run through it belong to it. */
export interface SqlTransaction extends SqlRunner {
  /** Runs a script of statements without parameters (migrations). */
  exec(script: string): Promise<void>;
  /**
   * Holds `key` until the transaction ends, so writers of one kind take turns across processes: an advisory lock
   * on PostgreSQL. On SQLite every transaction already holds the database's write lock from its start.
   */
  lock(key: number): Promise<void>;
}

export interface SqlDatabase extends SqlRunner {
  readonly dialect: SqlDialect;
  /**
   * Runs `work` in one transaction, committed when it resolves and rolled back when it throws. On SQLite it begins
   * IMMEDIATE (writers take turns from the start, so a read never has to be upgraded to a write); on PostgreSQL
   * rows are locked as they are read with `dialect.forUpdate`.
   */
  transaction<T>(work: (tx: SqlTransaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** What SQLite and PostgreSQL spell differently, as fragments of the statements written once. */
export interface SqlDialect {
  /** Ends a SELECT whose rows the transaction will change: PostgreSQL locks them until commit; SQLite has no row locks. */
  forUpdate: string;
  /** The same, passing over rows another transaction holds, so replicas claiming work never wait for each other. */
  forUpdateSkipLocked: string;
  /** A table of one text column `value`, named `alias`, holding a list bound as the one parameter `param`. */
  listTable(param: string, alias: string): string;
  /** The value to bind for a `listTable` parameter. */
  list(values: readonly string[]): unknown;
  /** The 1-based position of `needle` in `haystack`, 0 when absent. */
  position(haystack: string, needle: string): string;
  /** The text at `path` inside a column holding JSON text, NULL when absent. */
  jsonText(column: string, path: readonly string[]): string;
}

/**
 * Keeps a transaction's statements on its own runner. A statement run on the database from inside a transaction
 * would escape it (PostgreSQL) or wait forever for it to end (SQLite): it is refused instead, loudly.
 */
export function transactionScope(): { within<T>(work: () => Promise<T>): Promise<T>; refuseInside(): void } {
  const scope = new AsyncLocalStorage<true>();
  return {
    within: (work) => scope.run(true, work),
    refuseInside() {
      if (scope.getStore()) throw new Error('a statement inside a transaction must run through the transaction, not the database');
    },
  };
}
