import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { postgresDatabase } from '../../src/store/postgres-database.js';
import type { SqlDatabase } from '../../src/store/sql-database.js';
import { sqliteDatabase } from '../../src/store/sqlite-database.js';

/** The PostgreSQL server this machine runs (trust auth, database `test`); each test gets a schema of its own. */
const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

type Opened = { db: SqlDatabase; cleanup: () => Promise<void> };
const implementations: Array<[string, () => Promise<Opened>]> = [
  ['sqlite', async () => ({ db: sqliteDatabase(new Database(':memory:')), cleanup: async () => {} })],
  ['postgres', async () => {
    const schema = `pb_sql_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const db = postgresDatabase(new pg.Pool({ connectionString: TEST_DATABASE_URL, max: 2, options: `-c search_path=${schema}` }));
    return { db, cleanup: async () => {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    } };
  }],
];

describe.each(implementations)('the SQL seam on %s', (_name, open) => {
  let db: SqlDatabase;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ db, cleanup } = await open());
    await db.transaction((tx) => tx.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)'));
  });
  afterEach(async () => {
    await db.close();
    await cleanup();
  });

  it('binds `?` parameters in order, leaving a question mark inside a quoted string as text', async () => {
    expect(await db.run("INSERT INTO notes (id, text) VALUES (?, 'why?'), (?, ?)", [1, 2, "it's"])).toBe(2);
    expect(await db.rows('SELECT id, text FROM notes WHERE text != ? ORDER BY id', ['none'])).toEqual([{ id: 1, text: 'why?' }, { id: 2, text: "it's" }]);
    expect(await db.rows("SELECT id FROM notes WHERE text = 'it''s' AND id = ?", [2])).toEqual([{ id: 2 }]);
    expect(await db.rows('UPDATE notes SET text = ? WHERE id = ? RETURNING id, text', ['new', 1])).toEqual([{ id: 1, text: 'new' }]);
  });

  it('binds a list as one parameter, however long', async () => {
    await db.run('INSERT INTO notes (id, text) VALUES (?, ?), (?, ?)', [1, 'a', 2, 'b']);
    const wanted = [...Array.from({ length: 70_000 }, (_, i) => `x${i}`), 'b'];
    expect(await db.rows(`SELECT id FROM notes WHERE text IN (SELECT w.value FROM ${db.dialect.listTable('?', 'w')})`, [db.dialect.list(wanted)]))
      .toEqual([{ id: 2 }]);
  });

  it('keeps all of a transaction or none of it', async () => {
    await expect(db.transaction(async (tx) => {
      await tx.run('INSERT INTO notes (id, text) VALUES (?, ?)', [1, 'kept?']);
      throw new Error('boom');
    })).rejects.toThrow('boom');
    expect(await db.rows('SELECT id FROM notes')).toEqual([]);
    await db.transaction((tx) => tx.run('INSERT INTO notes (id, text) VALUES (?, ?)', [1, 'kept']));
    expect(await db.rows('SELECT text FROM notes')).toEqual([{ text: 'kept' }]);
  });

  it('refuses a statement on the database from inside its own transaction, rather than escaping or waiting for it', async () => {
    await expect(db.transaction(async () => db.run('INSERT INTO notes (id, text) VALUES (?, ?)', [1, 'outside'])))
      .rejects.toThrow(/through the transaction/);
    await expect(db.transaction(async () => db.transaction(async () => 1))).rejects.toThrow(/through the transaction/);
    // Calls from elsewhere meanwhile just take their turn.
    const [, count] = await Promise.all([
      db.transaction((tx) => tx.run('INSERT INTO notes (id, text) VALUES (?, ?)', [1, 'a'])),
      db.rows<{ n: number | string }>('SELECT COUNT(*) AS n FROM notes'),
    ]);
    expect(Number(count[0]?.n)).toBeLessThanOrEqual(1);
    expect(await db.rows('SELECT text FROM notes')).toEqual([{ text: 'a' }]);
  });
});
