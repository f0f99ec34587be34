import type { Clock, OutboxPort } from '../core/ports.js';
import { OUTBOX_KEEP_MS, toOutboxEntry, type OutboxRow } from './record-rows.js';
import type { SqlDatabase } from './sql-database.js';

/** When an entry held until `leaseUntil` or due at `nextAttemptAt` can next be attempted: the later of the two. */
const OUTBOX_DUE_SQL = `MIN(CASE WHEN lease_until IS NOT NULL AND lease_until > next_attempt_at THEN lease_until ELSE next_attempt_at END)`;

/**
 * The outbox on either database: messages stored before posting, claimed with a lease so one poster at a time
 * tries each. A claim is one statement; on PostgreSQL replicas pass over the rows another one is claiming.
 */
export function sqlOutbox(db: SqlDatabase, clock: Clock): OutboxPort {
  const now = () => clock.now().toISOString();
  const later = (ms: number) => new Date(clock.now().getTime() + ms).toISOString();
  return {
    async addOutboxEntry(platform, payload, leaseMs) {
      return db.transaction(async (tx) => {
        const at = now();
        await tx.run(`DELETE FROM outbox WHERE status != 'pending' AND finished_at < ?`, [later(-OUTBOX_KEEP_MS)]);
        const [row] = await tx.rows<OutboxRow>(`INSERT INTO outbox (platform, payload, status, next_attempt_at, lease_until, created_at)
          VALUES (?, ?, 'pending', ?, ?, ?) RETURNING *`, [platform, JSON.stringify(payload), at, later(leaseMs), at]);
        return toOutboxEntry(row as OutboxRow);
      });
    },
    async claimOutboxEntries(platform, limit, leaseMs) {
      const at = now();
      const rows = await db.rows<OutboxRow>(`UPDATE outbox SET lease_until = ? WHERE id IN (SELECT id FROM outbox WHERE platform = ?
        AND status = 'pending' AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until <= ?) ORDER BY next_attempt_at, id LIMIT ?
        ${db.dialect.forUpdateSkipLocked}) RETURNING *`, [later(leaseMs), platform, at, at, limit]);
      // RETURNING gives no order.
      return rows.map(toOutboxEntry).sort((a, b) => a.nextAttemptAt.localeCompare(b.nextAttemptAt) || a.id - b.id);
    },
    async updateOutboxEntry(id, update) {
      switch (update.kind) {
        case 'progress':
          await db.run('UPDATE outbox SET parts_posted = ?, lease_until = ? WHERE id = ?', [update.partsPosted, later(update.leaseMs), id]);
          return;
        case 'sent':
          await db.run(`UPDATE outbox SET status = 'sent', finished_at = ?, lease_until = NULL WHERE id = ?`, [now(), id]);
          return;
        case 'retry':
          await db.run('UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?, lease_until = NULL WHERE id = ?',
            [update.at, update.error, id]);
          return;
        case 'failed':
          await db.run(`UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = ?, finished_at = ?, lease_until = NULL
            WHERE id = ?`, [update.error, now(), id]);
      }
    },
    async getOutboxEntry(id) {
      const [row] = await db.rows<OutboxRow>('SELECT * FROM outbox WHERE id = ?', [id]);
      return row ? toOutboxEntry(row) : undefined;
    },
    async nextOutboxDue(platform) {
      const [row] = await db.rows<{ due: string | null }>(`SELECT ${OUTBOX_DUE_SQL} AS due FROM outbox WHERE platform = ? AND status = 'pending'`,
        [platform]);
      return row?.due ?? undefined;
    },
  };
}
