import Database from 'better-sqlite3';
import type { Passage } from '../core/passage.js';
import type { PolicyItem, StoredItem } from '../core/policy-item.js';
import type { Clock, ConversationTurn, ItemStore, UpsertResult } from '../core/ports.js';
import type { Reply } from '../core/replies.js';
import { embeddingFromRow, vectorToBytes, type EmbeddingRow } from './embedding-row.js';
import { filterToSql, inOrderOf, ITEM_ORDER, SQLITE_SQL, itemToRow, SEARCH_TEXT_VERSION, searchTextOf } from './item-row.js';
import { FEEDBACK_QUERY, toFeedbackRecord, toSubscription, type FeedbackRow, type SubscriptionRow } from './record-rows.js';
import { sqliteDeliveries, sqliteOutbox } from './sqlite-deliveries.js';
import { DatabaseFileError, fileProblemOf, isLocked, prepareDatabasePath, withLockRetry } from './sqlite-faults.js';
import { SQLITE_MIGRATIONS } from './sqlite-migrations.js';

type Row = { body: string; added_at: string };
const toStored = (row: Row): StoredItem => ({ ...(JSON.parse(row.body) as PolicyItem), addedAt: row.added_at });

/** Applies pending migrations; returns the schema version now in force. */
function migrate(db: Database.Database): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const current = (db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
  for (const migration of SQLITE_MIGRATIONS) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)')
        .run(migration.version, new Date().toISOString());
    })();
  }
  return SQLITE_MIGRATIONS.at(-1)?.version ?? 0;
}

/** Rewrites `search_text` in pages when the stored format is older than this code's. */
function rebuildSearchText(db: Database.Database): void {
  const version = (db.prepare("SELECT value FROM meta WHERE key = 'search_text_version'").get() as { value: string } | undefined)?.value;
  if (version === SEARCH_TEXT_VERSION) return;
  db.transaction(() => {
    const page = db.prepare('SELECT rowid, body FROM items WHERE rowid > ? ORDER BY rowid LIMIT 2000');
    const update = db.prepare('UPDATE items SET search_text = ? WHERE rowid = ?');
    for (let after = 0; ;) {
      const rows = page.all(after) as Array<{ rowid: number; body: string }>;
      for (const row of rows) update.run(searchTextOf(JSON.parse(row.body) as PolicyItem), row.rowid);
      if (rows.length < 2000) break;
      after = (rows.at(-1) as { rowid: number }).rowid;
    }
    db.prepare("INSERT INTO meta (key, value) VALUES ('search_text_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
      .run(SEARCH_TEXT_VERSION);
  }).immediate();
}

/** While serving, a locked database is waited for this long inside SQLite, then again later without blocking (withLockRetry). */
const SERVING_BUSY_TIMEOUT_MS = 20;
const OPENING_BUSY_TIMEOUT_MS = 5000;

/** Opens and migrates the database, or says what is wrong with the file. */
function openDatabase(path: string): Database.Database {
  if (path !== ':memory:') prepareDatabasePath(path);
  let db: Database.Database | undefined;
  try {
    db = new Database(path);
    // Nothing is served yet while opening: waiting here for another process's write is harmless.
    db.pragma(`busy_timeout = ${OPENING_BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    rebuildSearchText(db);
    db.pragma(`busy_timeout = ${SERVING_BUSY_TIMEOUT_MS}`);
    return db;
  } catch (error) {
    db?.close();
    if (isLocked(error)) throw new DatabaseFileError(path, `stayed locked by another process for ${OPENING_BUSY_TIMEOUT_MS / 1000} s while opening`);
    const problem = fileProblemOf(error);
    throw problem ? new DatabaseFileError(path, problem) : error;
  }
}

export function createSqliteStore(options: { path: string; clock: Clock }): ItemStore {
  const db = openDatabase(options.path);

  const selectHash = db.prepare('SELECT content_hash FROM items WHERE id = ?');
  const insertItem = db.prepare(`INSERT INTO items (id, date, date_start, date_end, administration, instrument,
    driver, search_text, body, content_hash, added_at, updated_at, change_seq)
    VALUES (@id, @date, @dateStart, @dateEnd, @administration, @instrument, @driver, @searchText, @body,
    @contentHash, @now, @now, @seq)`);
  const updateItem = db.prepare(`UPDATE items SET date = @date, date_start = @dateStart, date_end = @dateEnd,
    administration = @administration, instrument = @instrument, driver = @driver, search_text = @searchText,
    body = @body, content_hash = @contentHash, updated_at = @now, change_seq = @seq WHERE id = @id`);
  // Writers take turns (immediate transactions), so sequence numbers follow the order in which writes commit.
  const nextChangeSeq = db.prepare('SELECT COALESCE(MAX(change_seq), 0) + 1 AS seq FROM items');
  const deleteRefs = db.prepare('DELETE FROM item_refs WHERE item_id = ?');
  const insertRef = db.prepare('INSERT OR IGNORE INTO item_refs (item_id, kind, ref) VALUES (?, ?, ?)');

  const upsert = db.transaction((items: readonly PolicyItem[], now: string): UpsertResult => {
    const result: UpsertResult = { added: 0, updated: 0, unchanged: 0 };
    let seq: number | undefined;
    for (const item of items) {
      const row = itemToRow(item);
      const existing = selectHash.get(row.id) as { content_hash: string } | undefined;
      if (existing?.content_hash === row.contentHash) {
        result.unchanged++;
        continue;
      }
      const { refs, ...columns } = row;
      seq ??= (nextChangeSeq.get() as { seq: number }).seq;
      if (existing) {
        updateItem.run({ ...columns, now, seq });
        deleteRefs.run(row.id);
        result.updated++;
      } else {
        insertItem.run({ ...columns, now, seq });
        result.added++;
      }
      for (const ref of refs) insertRef.run(row.id, ref.kind, ref.ref);
    }
    return result;
  });

  const replacePassages = db.transaction((documentId: string, passages: readonly Passage[]) => {
    db.prepare('DELETE FROM passages WHERE document_id = ?').run(documentId);
    const insert = db.prepare('INSERT INTO passages (id, document_id, position, body) VALUES (?, ?, ?, ?)');
    passages.forEach((passage, position) => insert.run(passage.id, documentId, position, JSON.stringify(passage)));
  });

  return withLockRetry<ItemStore>({
    async upsertItems(items) {
      return upsert.immediate(items, options.clock.now().toISOString());
    },
    async getItem(id) {
      const row = db.prepare('SELECT body, added_at FROM items WHERE id = ?').get(id) as Row | undefined;
      return row ? toStored(row) : undefined;
    },
    async getItems(ids) {
      if (ids.length === 0) return [];
      // One bound JSON array rather than a placeholder per id: no limit on how many ids one query takes.
      const rows = db.prepare('SELECT body, added_at FROM items WHERE id IN (SELECT value FROM json_each(?))')
        .all(JSON.stringify(ids)) as Row[];
      return inOrderOf(ids, rows.map(toStored));
    },
    async listItems(filter, page) {
      const { where, params } = filterToSql(filter, SQLITE_SQL);
      const total = (db.prepare(`SELECT COUNT(*) AS n FROM items ${where}`).get(...params) as { n: number }).n;
      const rows = db.prepare(`SELECT body, added_at FROM items ${where} ${ITEM_ORDER} LIMIT ? OFFSET ?`)
        .all(...params, page.limit, page.offset) as Row[];
      return { total, items: rows.map(toStored) };
    },
    async itemsChangedAfter(cursor, limit) {
      const rows = db.prepare('SELECT body, added_at, change_seq, id FROM items WHERE (change_seq, id) > (?, ?) ORDER BY change_seq, id LIMIT ?')
        .all(cursor?.seq ?? -1, cursor?.id ?? '', limit) as Array<Row & { change_seq: number; id: string }>;
      const last = rows.at(-1);
      return { items: rows.map(toStored), cursor: last ? { seq: last.change_seq, id: last.id } : cursor };
    },
    async latestChange() {
      const row = db.prepare('SELECT change_seq, id FROM items ORDER BY change_seq DESC, id DESC LIMIT 1').get() as { change_seq: number; id: string } | undefined;
      return row ? { seq: row.change_seq, id: row.id } : null;
    },
    async replacePassages(documentId, passages) {
      replacePassages(documentId, passages);
    },
    async allPassages() {
      const rows = db.prepare('SELECT body FROM passages ORDER BY document_id, position').all() as Array<{ body: string }>;
      return rows.map((row) => JSON.parse(row.body) as Passage);
    },
    async getMeta(key) {
      return (db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
    },
    async setMeta(key, value) {
      db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
        .run(key, value);
    },
    async getConversation(key) {
      const row = db.prepare('SELECT turns FROM conversations WHERE key = ?').get(key) as { turns: string } | undefined;
      return row ? (JSON.parse(row.turns) as ConversationTurn[]) : [];
    },
    async appendConversation(key, turn, keep, maxAgeMs) {
      db.transaction(() => {
        const now = options.clock.now();
        const row = db.prepare('SELECT turns FROM conversations WHERE key = ?').get(key) as { turns: string } | undefined;
        const earlier = row ? (JSON.parse(row.turns) as ConversationTurn[]) : [];
        const fresh = [...earlier, turn]
          .filter((t) => now.getTime() - Date.parse(t.at) <= maxAgeMs)
          .slice(-keep);
        db.prepare(`INSERT INTO conversations (key, turns, updated_at) VALUES (?, ?, ?)
          ON CONFLICT (key) DO UPDATE SET turns = excluded.turns, updated_at = excluded.updated_at`)
          .run(key, JSON.stringify(fresh), now.toISOString());
        // Expired conversations are dropped as others are written, so the table stays bounded.
        db.prepare('DELETE FROM conversations WHERE updated_at < ?').run(new Date(now.getTime() - maxAgeMs).toISOString());
      })();
    },
    async claimOnce(key, dropBefore) {
      return db.transaction(() => {
        db.prepare('DELETE FROM claimed_keys WHERE claimed_at < ?').run(dropBefore);
        return db.prepare('INSERT OR IGNORE INTO claimed_keys (key, claimed_at) VALUES (?, ?)')
          .run(key, options.clock.now().toISOString()).changes === 1;
      }).immediate();
    },
    async saveAnswer(record) {
      const result = db.prepare('INSERT INTO answers (platform, conversation, question, reply, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(record.platform, record.conversation, record.question, JSON.stringify(record.reply), options.clock.now().toISOString());
      return Number(result.lastInsertRowid);
    },
    async getAnswer(id) {
      const row = db.prepare('SELECT * FROM answers WHERE id = ?').get(id) as
        { id: number; platform: string; conversation: string; question: string; reply: string; created_at: string } | undefined;
      return row ? { id: row.id, platform: row.platform, conversation: row.conversation, question: row.question,
        reply: JSON.parse(row.reply) as Reply, createdAt: row.created_at } : undefined;
    },
    async saveFeedback(record) {
      db.prepare(`INSERT INTO feedback (answer_id, user_ref, rating, created_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (answer_id, user_ref) DO UPDATE SET rating = excluded.rating, created_at = excluded.created_at`)
        .run(record.answerId, record.user, record.rating, options.clock.now().toISOString());
    },
    async listFeedback() {
      return (db.prepare(FEEDBACK_QUERY).all() as FeedbackRow[]).map(toFeedbackRecord);
    },
    async saveConversationRef(key, platform, reference) {
      db.prepare(`INSERT INTO conversation_refs (key, platform, reference, updated_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (key) DO UPDATE SET reference = excluded.reference, updated_at = excluded.updated_at`)
        .run(key, platform, JSON.stringify(reference), options.clock.now().toISOString());
    },
    async getConversationRef(key) {
      const row = db.prepare('SELECT reference FROM conversation_refs WHERE key = ?').get(key) as { reference: string } | undefined;
      return row ? JSON.parse(row.reference) : undefined;
    },
    async addSubscription(input) {
      const now = options.clock.now().toISOString();
      const result = db.prepare(`INSERT INTO subscriptions (platform, channel, schedule, time_zone, filter, filter_label, notify_empty,
        created_at, created_by, delivered_until, lang) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(input.platform, input.channel, input.schedule,
        input.timeZone, JSON.stringify(input.filter), input.filterLabel, input.notifyEmpty ? 1 : 0, now, input.createdBy, now, input.lang ?? 'en');
      return toSubscription(db.prepare('SELECT * FROM subscriptions WHERE id = ?').get(Number(result.lastInsertRowid)) as SubscriptionRow);
    },
    async listSubscriptions() {
      return (db.prepare('SELECT * FROM subscriptions ORDER BY id').all() as SubscriptionRow[]).map(toSubscription);
    },
    async removeSubscription(id) {
      return db.prepare('DELETE FROM subscriptions WHERE id = ?').run(id).changes === 1;
    },
    ...sqliteDeliveries(db, options.clock),
    ...sqliteOutbox(db, options.clock),
    async getCachedAnswer(key, notBefore) {
      const row = db.prepare('SELECT value FROM answer_cache WHERE key = ? AND created_at >= ?').get(key, notBefore) as { value: string } | undefined;
      return row?.value;
    },
    async putCachedAnswer(key, value, dropBefore) {
      db.transaction(() => {
        db.prepare(`INSERT INTO answer_cache (key, value, created_at) VALUES (?, ?, ?)
          ON CONFLICT (key) DO UPDATE SET value = excluded.value, created_at = excluded.created_at`)
          .run(key, value, options.clock.now().toISOString());
        db.prepare('DELETE FROM answer_cache WHERE created_at < ?').run(dropBefore);
      })();
    },
    async loadEmbeddings(model) {
      const rows = db.prepare('SELECT doc_id, content_hash, vector FROM embeddings WHERE model = ?').all(model) as EmbeddingRow[];
      return rows.map(embeddingFromRow);
    },
    async saveEmbeddings(model, embeddings) {
      const insert = db.prepare(`INSERT INTO embeddings (doc_id, model, content_hash, vector) VALUES (?, ?, ?, ?)
        ON CONFLICT (doc_id, model) DO UPDATE SET content_hash = excluded.content_hash, vector = excluded.vector`);
      db.transaction(() => {
        for (const e of embeddings) insert.run(e.id, model, e.contentHash, vectorToBytes(e.vector));
      })();
    },
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async close() {
      db.close();
    },
  }, options.path);
}
