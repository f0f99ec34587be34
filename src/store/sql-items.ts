import type { Passage } from '../core/passage.js';
import type { PolicyItem, StoredItem } from '../core/policy-item.js';
import type { Clock, ItemPort, UpsertResult } from '../core/ports.js';
import { embeddingFromRow, vectorToBytes, type EmbeddingRow } from './embedding-row.js';
import { filterToSql, ITEM_ORDER, itemToRow } from './item-row.js';
import type { SqlDatabase, SqlDialect, SqlTransaction } from './sql-database.js';

type Row = { body: string; added_at: string };
const toStored = (row: Row): StoredItem => ({ ...(JSON.parse(row.body) as PolicyItem), addedAt: row.added_at });

/** Held by every write that changes items, so change sequence numbers follow the order in which writes commit. */
export const ITEM_WRITE_LOCK = 7_151_945;

/** Items, passages, meta values and embeddings, on either database. */
export function sqlItems(db: SqlDatabase, clock: Clock): ItemPort {
  const { dialect } = db;
  return {
    async upsertItems(items) {
      return db.transaction((tx) => upsertAll(tx, dialect, items, clock.now().toISOString()));
    },
    async getItem(id) {
      const [row] = await db.rows<Row>('SELECT body, added_at FROM items WHERE id = ?', [id]);
      return row ? toStored(row) : undefined;
    },
    async getItems(ids) {
      if (ids.length === 0) return [];
      const rows = await db.rows<Row & { id: string }>(`SELECT id, body, added_at FROM items
        WHERE id IN (SELECT wanted.value FROM ${dialect.listTable('?', 'wanted')})`, [dialect.list(ids)]);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return [...new Set(ids)].flatMap((id) => {
        const row = byId.get(id);
        return row ? [toStored(row)] : [];
      });
    },
    async listItems(filter, page) {
      const { where, params } = filterToSql(filter, dialect);
      const [count] = await db.rows<{ n: number | string }>(`SELECT COUNT(*) AS n FROM items ${where}`, params);
      const rows = await db.rows<Row>(`SELECT body, added_at FROM items ${where} ${ITEM_ORDER} LIMIT ? OFFSET ?`, [...params, page.limit, page.offset]);
      return { total: Number(count?.n ?? 0), items: rows.map(toStored) };
    },
    async itemsChangedAfter(cursor, limit) {
      const rows = await db.rows<Row & { change_seq: number | string; id: string }>(`SELECT body, added_at, change_seq, id FROM items
        WHERE (change_seq, id) > (?, ?) ORDER BY change_seq, id LIMIT ?`, [cursor?.seq ?? -1, cursor?.id ?? '', limit]);
      const last = rows.at(-1);
      return { items: rows.map(toStored), cursor: last ? { seq: Number(last.change_seq), id: last.id } : cursor };
    },
    async latestChange() {
      const [row] = await db.rows<{ change_seq: number | string; id: string }>('SELECT change_seq, id FROM items ORDER BY change_seq DESC, id DESC LIMIT 1');
      return row ? { seq: Number(row.change_seq), id: row.id } : null;
    },
    async replacePassages(documentId, passages) {
      await db.transaction(async (tx) => {
        await tx.run('DELETE FROM passages WHERE document_id = ?', [documentId]);
        for (const [position, passage] of passages.entries()) {
          await tx.run('INSERT INTO passages (id, document_id, position, body) VALUES (?, ?, ?, ?)', [passage.id, documentId, position, JSON.stringify(passage)]);
        }
      });
    },
    async allPassages() {
      return (await db.rows<{ body: string }>('SELECT body FROM passages ORDER BY document_id, position')).map((row) => JSON.parse(row.body) as Passage);
    },
    async getMeta(key) {
      return (await db.rows<{ value: string }>('SELECT value FROM meta WHERE key = ?', [key]))[0]?.value;
    },
    async setMeta(key, value) {
      await setMeta(db, key, value);
    },
    async loadEmbeddings(model) {
      return (await db.rows<EmbeddingRow>('SELECT doc_id, content_hash, vector FROM embeddings WHERE model = ?', [model])).map(embeddingFromRow);
    },
    async saveEmbeddings(model, embeddings) {
      await db.transaction(async (tx) => {
        for (const e of embeddings) {
          await tx.run(`INSERT INTO embeddings (doc_id, model, content_hash, vector) VALUES (?, ?, ?, ?)
            ON CONFLICT (doc_id, model) DO UPDATE SET content_hash = excluded.content_hash, vector = excluded.vector`,
          [e.id, model, e.contentHash, vectorToBytes(e.vector)]);
        }
      });
    },
  };
}

export async function setMeta(runner: Pick<SqlDatabase, 'run'>, key: string, value: string): Promise<void> {
  await runner.run('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
}

/** One write of items: changed ones take the same, next change sequence number. */
export async function upsertAll(tx: SqlTransaction, dialect: SqlDialect, items: readonly PolicyItem[], at: string): Promise<UpsertResult> {
  const result: UpsertResult = { added: 0, updated: 0, unchanged: 0 };
  // Taken first, before any row lock, so writers queue here and never deadlock on items.
  await tx.lock(ITEM_WRITE_LOCK);
  const [next] = await tx.rows<{ seq: number | string }>('SELECT COALESCE(MAX(change_seq), 0) + 1 AS seq FROM items');
  const seq = Number(next?.seq);
  for (const item of items) {
    const row = itemToRow(item);
    const [existing] = await tx.rows<{ content_hash: string }>(`SELECT content_hash FROM items WHERE id = ?${dialect.forUpdate}`, [row.id]);
    if (existing?.content_hash === row.contentHash) {
      result.unchanged++;
      continue;
    }
    const columns = [row.date, row.dateStart, row.dateEnd, row.administration, row.instrument, row.driver, row.searchText, row.body, row.contentHash];
    if (existing) {
      await tx.run(`UPDATE items SET date = ?, date_start = ?, date_end = ?, administration = ?, instrument = ?, driver = ?, search_text = ?,
        body = ?, content_hash = ?, updated_at = ?, change_seq = ? WHERE id = ?`, [...columns, at, seq, row.id]);
      await tx.run('DELETE FROM item_refs WHERE item_id = ?', [row.id]);
      result.updated++;
    } else {
      // Another replica seeding the same data at the same moment may insert it first: then it is unchanged here.
      const inserted = await tx.run(`INSERT INTO items (id, date, date_start, date_end, administration, instrument, driver, search_text, body,
        content_hash, added_at, updated_at, change_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
      [row.id, ...columns, at, at, seq]);
      if (inserted === 0) {
        result.unchanged++;
        continue;
      }
      result.added++;
    }
    for (const ref of row.refs) {
      await tx.run('INSERT INTO item_refs (item_id, kind, ref) VALUES (?, ?, ?) ON CONFLICT DO NOTHING', [row.id, ref.kind, ref.ref]);
    }
  }
  return result;
}
