import pg from 'pg';
import type { Passage } from '../core/passage.js';
import type { PolicyItem, StoredItem } from '../core/policy-item.js';
import type { Clock, ConversationTurn, ItemStore, UpsertResult } from '../core/ports.js';
import type { Reply } from '../core/replies.js';
import { embeddingFromRow, vectorToBytes, type EmbeddingRow } from './embedding-row.js';
import { filterToSql, inOrderOf, ITEM_ORDER, POSTGRES_SQL, itemToRow, SEARCH_TEXT_VERSION, searchTextOf } from './item-row.js';
import { POSTGRES_MIGRATIONS } from './postgres-migrations.js';
import { postgresDeliveries, postgresOutbox } from './postgres-deliveries.js';
import { FEEDBACK_QUERY, toFeedbackRecord, toSubscription, type FeedbackRow, type SubscriptionRow } from './record-rows.js';

type Row = { body: string; added_at: string };
const toStored = (row: Row): StoredItem => ({ ...(JSON.parse(row.body) as PolicyItem), addedAt: row.added_at });
/** Any advisory-lock key will do, as long as every replica uses the same one while migrating. */
const MIGRATION_LOCK = 7_151_944;
/** Held by every write that changes items, so change sequence numbers follow the order in which writes commit. */
const ITEM_WRITE_LOCK = 7_151_945;

/**
 * The store on PostgreSQL, for several bot replicas sharing one database. Same contract as the SQLite store:
 * every write is one transaction, and claims (events, digest windows) are safe across processes.
 */
export async function createPostgresStore(options: { connectionString: string; clock: Clock; schema?: string }): Promise<ItemStore> {
  const pool = new pg.Pool({ connectionString: options.connectionString, max: 5,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}) });
  // An idle connection the server drops (restart, failover) must not crash the bot: the pool reconnects on next use.
  pool.on('error', (error) => process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), message: 'postgres: idle connection lost', error: error.message })}\n`));
  const query = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => (await pool.query(sql, params)).rows as T[];
  const transaction = async <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };
  const now = () => options.clock.now().toISOString();

  await transaction(async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    const current = Number((await client.query('SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations')).rows[0].v);
    for (const migration of POSTGRES_MIGRATIONS) {
      if (migration.version <= current) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [migration.version, new Date().toISOString()]);
    }
  });

  // Rewrite search_text when the stored format is older than this code's (under the same lock as migrations).
  await transaction(async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    const version = (await client.query("SELECT value FROM meta WHERE key = 'search_text_version'")).rows[0]?.value as string | undefined;
    if (version === SEARCH_TEXT_VERSION) return;
    for (let after = ''; ;) {
      const rows = (await client.query('SELECT id, body FROM items WHERE id > $1 ORDER BY id LIMIT 2000', [after])).rows as Array<{ id: string; body: string }>;
      for (const row of rows) await client.query('UPDATE items SET search_text = $1 WHERE id = $2', [searchTextOf(JSON.parse(row.body) as PolicyItem), row.id]);
      if (rows.length < 2000) break;
      after = (rows.at(-1) as { id: string }).id;
    }
    await client.query(`INSERT INTO meta (key, value) VALUES ('search_text_version', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, [SEARCH_TEXT_VERSION]);
  });

  return {
    async upsertItems(items: readonly PolicyItem[]): Promise<UpsertResult> {
      return transaction(async (client) => {
        const result: UpsertResult = { added: 0, updated: 0, unchanged: 0 };
        const at = now();
        // Taken first, before any row lock, so writers queue here and never deadlock on items.
        await client.query('SELECT pg_advisory_xact_lock($1)', [ITEM_WRITE_LOCK]);
        const seq = Number((await client.query('SELECT COALESCE(MAX(change_seq), 0) + 1 AS seq FROM items')).rows[0].seq);
        for (const item of items) {
          const row = itemToRow(item);
          const existing = (await client.query('SELECT content_hash FROM items WHERE id = $1 FOR UPDATE', [row.id])).rows[0] as { content_hash: string } | undefined;
          if (existing?.content_hash === row.contentHash) {
            result.unchanged++;
            continue;
          }
          const values = [row.id, row.date, row.dateStart, row.dateEnd, row.administration, row.instrument, row.driver, row.searchText, row.body, row.contentHash, at, seq];
          if (existing) {
            await client.query(`UPDATE items SET date = $2, date_start = $3, date_end = $4, administration = $5, instrument = $6, driver = $7,
              search_text = $8, body = $9, content_hash = $10, updated_at = $11, change_seq = $12 WHERE id = $1`, values);
            await client.query('DELETE FROM item_refs WHERE item_id = $1', [row.id]);
            result.updated++;
          } else {
            // Another replica seeding the same data at the same moment may insert it first: then it is unchanged here.
            const inserted = await client.query(`INSERT INTO items (id, date, date_start, date_end, administration, instrument, driver, search_text, body,
              content_hash, added_at, updated_at, change_seq) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12)
              ON CONFLICT (id) DO NOTHING RETURNING id`, values);
            if (inserted.rowCount === 0) {
              result.unchanged++;
              continue;
            }
            result.added++;
          }
          for (const ref of row.refs) {
            await client.query('INSERT INTO item_refs (item_id, kind, ref) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [row.id, ref.kind, ref.ref]);
          }
        }
        return result;
      });
    },
    async getItem(id) {
      const [row] = await query<Row>('SELECT body, added_at FROM items WHERE id = $1', [id]);
      return row ? toStored(row) : undefined;
    },
    async getItems(ids) {
      if (ids.length === 0) return [];
      const rows = await query<Row>('SELECT body, added_at FROM items WHERE id = ANY($1::text[])', [[...new Set(ids)]]);
      return inOrderOf(ids, rows.map(toStored));
    },
    async listItems(filter, page) {
      const { where, params } = filterToSql(filter, POSTGRES_SQL);
      const [count] = await query<{ n: string }>(`SELECT COUNT(*) AS n FROM items ${where}`, params);
      const rows = await query<Row>(`SELECT body, added_at FROM items ${where} ${ITEM_ORDER} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
        [...params, page.limit, page.offset]);
      return { total: Number(count?.n ?? 0), items: rows.map(toStored) };
    },
    async itemsChangedAfter(cursor, limit) {
      const rows = await query<Row & { change_seq: string; id: string }>(`SELECT body, added_at, change_seq, id FROM items
        WHERE (change_seq, id) > ($1, $2) ORDER BY change_seq, id LIMIT $3`, [cursor?.seq ?? -1, cursor?.id ?? '', limit]);
      const last = rows.at(-1);
      return { items: rows.map(toStored), cursor: last ? { seq: Number(last.change_seq), id: last.id } : cursor };
    },
    async latestChange() {
      const [row] = await query<{ change_seq: string; id: string }>('SELECT change_seq, id FROM items ORDER BY change_seq DESC, id DESC LIMIT 1');
      return row ? { seq: Number(row.change_seq), id: row.id } : null;
    },
    async replacePassages(documentId, passages) {
      await transaction(async (client) => {
        await client.query('DELETE FROM passages WHERE document_id = $1', [documentId]);
        for (const [position, passage] of passages.entries()) {
          await client.query('INSERT INTO passages (id, document_id, position, body) VALUES ($1, $2, $3, $4)', [passage.id, documentId, position, JSON.stringify(passage)]);
        }
      });
    },
    async allPassages() {
      return (await query<{ body: string }>('SELECT body FROM passages ORDER BY document_id, position')).map((row) => JSON.parse(row.body) as Passage);
    },
    async getMeta(key) {
      return (await query<{ value: string }>('SELECT value FROM meta WHERE key = $1', [key]))[0]?.value;
    },
    async setMeta(key, value) {
      await query('INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
    },
    async getConversation(key) {
      const [row] = await query<{ turns: string }>('SELECT turns FROM conversations WHERE key = $1', [key]);
      return row ? (JSON.parse(row.turns) as ConversationTurn[]) : [];
    },
    async appendConversation(key, turn, keep, maxAgeMs) {
      await transaction(async (client) => {
        const at = options.clock.now();
        const row = (await client.query('SELECT turns FROM conversations WHERE key = $1 FOR UPDATE', [key])).rows[0] as { turns: string } | undefined;
        const fresh = [...(row ? (JSON.parse(row.turns) as ConversationTurn[]) : []), turn]
          .filter((t) => at.getTime() - Date.parse(t.at) <= maxAgeMs).slice(-keep);
        await client.query(`INSERT INTO conversations (key, turns, updated_at) VALUES ($1, $2, $3)
          ON CONFLICT (key) DO UPDATE SET turns = excluded.turns, updated_at = excluded.updated_at`, [key, JSON.stringify(fresh), at.toISOString()]);
        await client.query('DELETE FROM conversations WHERE updated_at < $1', [new Date(at.getTime() - maxAgeMs).toISOString()]);
      });
    },
    async claimOnce(key, dropBefore) {
      await query('DELETE FROM claimed_keys WHERE claimed_at < $1', [dropBefore]);
      const rows = await query('INSERT INTO claimed_keys (key, claimed_at) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING key', [key, now()]);
      return rows.length === 1;
    },
    async saveAnswer(record) {
      const [row] = await query<{ id: number }>('INSERT INTO answers (platform, conversation, question, reply, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id',
        [record.platform, record.conversation, record.question, JSON.stringify(record.reply), now()]);
      return Number(row?.id);
    },
    async getAnswer(id) {
      const [row] = await query<{ id: number; platform: string; conversation: string; question: string; reply: string; created_at: string }>(
        'SELECT * FROM answers WHERE id = $1', [id]);
      return row ? { id: row.id, platform: row.platform, conversation: row.conversation, question: row.question,
        reply: JSON.parse(row.reply) as Reply, createdAt: row.created_at } : undefined;
    },
    async saveFeedback(record) {
      await query(`INSERT INTO feedback (answer_id, user_ref, rating, created_at) VALUES ($1, $2, $3, $4)
        ON CONFLICT (answer_id, user_ref) DO UPDATE SET rating = excluded.rating, created_at = excluded.created_at`,
      [record.answerId, record.user, record.rating, now()]);
    },
    async listFeedback() {
      return (await query<FeedbackRow>(FEEDBACK_QUERY)).map(toFeedbackRecord);
    },
    async saveConversationRef(key, platform, reference) {
      await query(`INSERT INTO conversation_refs (key, platform, reference, updated_at) VALUES ($1, $2, $3, $4)
        ON CONFLICT (key) DO UPDATE SET reference = excluded.reference, updated_at = excluded.updated_at`, [key, platform, JSON.stringify(reference), now()]);
    },
    async getConversationRef(key) {
      const [row] = await query<{ reference: string }>('SELECT reference FROM conversation_refs WHERE key = $1', [key]);
      return row ? JSON.parse(row.reference) : undefined;
    },
    async addSubscription(input) {
      const at = now();
      const [row] = await query<SubscriptionRow>(`INSERT INTO subscriptions (platform, channel, schedule, time_zone, filter, filter_label, notify_empty,
        created_at, created_by, delivered_until, lang) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $8, $10) RETURNING *`, [input.platform, input.channel,
        input.schedule, input.timeZone, JSON.stringify(input.filter), input.filterLabel, input.notifyEmpty ? 1 : 0, at, input.createdBy, input.lang ?? 'en']);
      return toSubscription(row as SubscriptionRow);
    },
    async listSubscriptions() {
      return (await query<SubscriptionRow>('SELECT * FROM subscriptions ORDER BY id')).map(toSubscription);
    },
    async removeSubscription(id) {
      return (await query('DELETE FROM subscriptions WHERE id = $1 RETURNING id', [id])).length === 1;
    },
    ...postgresDeliveries({ query, transaction }, options.clock),
    ...postgresOutbox({ query, transaction }, options.clock),
    async getCachedAnswer(key, notBefore) {
      return (await query<{ value: string }>('SELECT value FROM answer_cache WHERE key = $1 AND created_at >= $2', [key, notBefore]))[0]?.value;
    },
    async putCachedAnswer(key, value, dropBefore) {
      await transaction(async (client) => {
        await client.query(`INSERT INTO answer_cache (key, value, created_at) VALUES ($1, $2, $3)
          ON CONFLICT (key) DO UPDATE SET value = excluded.value, created_at = excluded.created_at`, [key, value, now()]);
        await client.query('DELETE FROM answer_cache WHERE created_at < $1', [dropBefore]);
      });
    },
    async loadEmbeddings(model) {
      return (await query<EmbeddingRow>('SELECT doc_id, content_hash, vector FROM embeddings WHERE model = $1', [model])).map(embeddingFromRow);
    },
    async saveEmbeddings(model, embeddings) {
      await transaction(async (client) => {
        for (const e of embeddings) {
          await client.query(`INSERT INTO embeddings (doc_id, model, content_hash, vector) VALUES ($1, $2, $3, $4)
            ON CONFLICT (doc_id, model) DO UPDATE SET content_hash = excluded.content_hash, vector = excluded.vector`,
          [e.id, model, e.contentHash, vectorToBytes(e.vector)]);
        }
      });
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      await pool.end();
    },
  };
}
