import type { PolicyItem } from '../core/policy-item.js';
import { SEARCH_TEXT_VERSION, searchTextOf } from './item-row.js';
import type { SqlDatabase } from './sql-database.js';
import { setMeta } from './sql-items.js';

/** A versioned schema change. Never edit a released one: databases that applied it would differ from new ones. */
export interface Migration {
  version: number;
  sql: string;
}

/** Any advisory-lock key will do, as long as every replica uses the same one while migrating. */
const MIGRATION_LOCK = 7_151_944;
const REBUILD_PAGE = 2000;

/** Brings a database's schema and stored search text up to this code's; replicas opening at once take turns. */
export async function prepareSchema(db: SqlDatabase, migrations: readonly Migration[]): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.lock(MIGRATION_LOCK);
    await tx.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    const [row] = await tx.rows<{ v: number | string }>('SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations');
    const current = Number(row?.v ?? 0);
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      await tx.exec(migration.sql);
      await tx.run('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)', [migration.version, new Date().toISOString()]);
    }
  });
  await rebuildSearchText(db);
}

/** Rewrites `search_text` in pages when the stored format is older than this code's (under the migrations' lock). */
async function rebuildSearchText(db: SqlDatabase): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.lock(MIGRATION_LOCK);
    const [version] = await tx.rows<{ value: string }>("SELECT value FROM meta WHERE key = 'search_text_version'");
    if (version?.value === SEARCH_TEXT_VERSION) return;
    for (let after = ''; ;) {
      const rows = await tx.rows<{ id: string; body: string }>('SELECT id, body FROM items WHERE id > ? ORDER BY id LIMIT ?', [after, REBUILD_PAGE]);
      for (const item of rows) await tx.run('UPDATE items SET search_text = ? WHERE id = ?', [searchTextOf(JSON.parse(item.body) as PolicyItem), item.id]);
      if (rows.length < REBUILD_PAGE) break;
      after = (rows.at(-1) as { id: string }).id;
    }
    await setMeta(tx, 'search_text_version', SEARCH_TEXT_VERSION);
  });
}
