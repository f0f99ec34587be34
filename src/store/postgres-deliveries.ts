import type pg from 'pg';
import type { Clock, ItemStore } from '../core/ports.js';
import type { Delivery } from '../core/subscription.js';
import {
  DELIVERY_LEASE_MS, isHeld, OUTBOX_DUE_SQL, OUTBOX_KEEP_MS, toDeliveryPart, toOutboxEntry,
  type DeliveryPartRow, type DeliveryRow, type OutboxRow,
} from './record-rows.js';

type DeliveryMethods = Pick<ItemStore, 'claimDelivery' | 'getDeliveryParts' | 'planDelivery' | 'markPartPosted' | 'completeDelivery' | 'failDelivery'>;
type OutboxMethods = Pick<ItemStore, 'addOutboxEntry' | 'claimOutboxEntries' | 'updateOutboxEntry' | 'getOutboxEntry' | 'nextOutboxDue'>;

/** How the PostgreSQL store runs SQL: a pooled query, or a function run inside one transaction. */
export interface PgAccess {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T>;
}

const rowsOf = async <T>(client: pg.PoolClient, sql: string, params: unknown[]): Promise<T[]> => (await client.query(sql, params)).rows as T[];

/** Digest deliveries on PostgreSQL. Locking the subscription row makes claims from several replicas take turns. */
export function postgresDeliveries({ query, transaction }: PgAccess, clock: Clock): DeliveryMethods {
  const now = () => clock.now().toISOString();
  return {
    async claimDelivery(subscriptionId, until, leaseMs = DELIVERY_LEASE_MS) {
      return transaction(async (client): Promise<Delivery | null> => {
        const [subscription] = await rowsOf<{ delivered_until: string }>(client, 'SELECT delivered_until FROM subscriptions WHERE id = $1 FOR UPDATE', [subscriptionId]);
        if (!subscription) throw new Error(`no subscription ${subscriptionId}`);
        const [open] = await rowsOf<DeliveryRow>(client, `SELECT * FROM deliveries WHERE subscription_id = $1 AND status != 'delivered' ORDER BY id DESC LIMIT 1`,
          [subscriptionId]);
        if (open && isHeld(open, clock.now(), leaseMs)) return null;
        if (open) {
          // A planned digest keeps its window: its parts list exactly the items of that window.
          const [planned] = await rowsOf<{ n: string }>(client, 'SELECT COUNT(*) AS n FROM delivery_parts WHERE delivery_id = $1', [open.id]);
          const windowEnd = until > open.window_end && Number(planned?.n ?? 0) === 0 ? until : open.window_end;
          await client.query(`UPDATE deliveries SET status = 'claimed', attempt = attempt + 1, window_end = $1, claimed_at = $2 WHERE id = $3`, [windowEnd, now(), open.id]);
          return { id: open.id, subscriptionId, windowStart: open.window_start, windowEnd, attempt: open.attempt + 1 };
        }
        const [inserted] = await rowsOf<{ id: number }>(client, `INSERT INTO deliveries (subscription_id, window_start, window_end, status, claimed_at)
          VALUES ($1, $2, $3, 'claimed', $4) RETURNING id`, [subscriptionId, subscription.delivered_until, until, now()]);
        return { id: Number(inserted?.id), subscriptionId, windowStart: subscription.delivered_until, windowEnd: until, attempt: 1 };
      });
    },
    async getDeliveryParts(deliveryId) {
      return (await query<DeliveryPartRow>('SELECT * FROM delivery_parts WHERE delivery_id = $1 ORDER BY part', [deliveryId])).map(toDeliveryPart);
    },
    async planDelivery(deliveryId, windowEnd, payloads) {
      await transaction(async (client) => {
        const [delivery] = await rowsOf<DeliveryRow>(client, 'SELECT * FROM deliveries WHERE id = $1 FOR UPDATE', [deliveryId]);
        if (!delivery) throw new Error(`no delivery ${deliveryId}: its subscription was removed`);
        const [posted] = await rowsOf<{ n: string }>(client, 'SELECT COUNT(*) AS n FROM delivery_parts WHERE delivery_id = $1 AND posted_at IS NOT NULL', [deliveryId]);
        if (Number(posted?.n ?? 0) > 0) throw new Error(`delivery ${deliveryId} has posted parts: its plan is fixed`);
        await client.query('DELETE FROM delivery_parts WHERE delivery_id = $1', [deliveryId]);
        for (const [i, payload] of payloads.entries()) {
          await client.query('INSERT INTO delivery_parts (delivery_id, part, payload) VALUES ($1, $2, $3)', [deliveryId, i + 1, JSON.stringify(payload)]);
        }
        await client.query('UPDATE deliveries SET window_end = $1 WHERE id = $2', [windowEnd, deliveryId]);
      });
      return payloads.map((payload, i) => ({ part: i + 1, payload, posted: false, messageId: null }));
    },
    async markPartPosted(deliveryId, part, messageId) {
      await transaction(async (client) => {
        const at = now();
        await client.query('UPDATE delivery_parts SET posted_at = $1, message_id = $2 WHERE delivery_id = $3 AND part = $4', [at, messageId, deliveryId, part]);
        await client.query(`UPDATE deliveries SET claimed_at = $1 WHERE id = $2 AND status = 'claimed'`, [at, deliveryId]);
      });
    },
    async completeDelivery(deliveryId, messageId) {
      await transaction(async (client) => {
        const [delivery] = await rowsOf<DeliveryRow>(client, 'SELECT * FROM deliveries WHERE id = $1', [deliveryId]);
        if (!delivery) return; // the subscription was removed meanwhile
        await client.query(`UPDATE deliveries SET status = 'delivered', finished_at = $1, message_id = $2, error = NULL WHERE id = $3`, [now(), messageId, deliveryId]);
        await client.query('UPDATE subscriptions SET delivered_until = $1, consecutive_failures = 0, last_error = NULL WHERE id = $2',
          [delivery.window_end, delivery.subscription_id]);
      });
    },
    async failDelivery(deliveryId, error, pauseAfter) {
      await transaction(async (client) => {
        const [delivery] = await rowsOf<DeliveryRow>(client, 'SELECT * FROM deliveries WHERE id = $1', [deliveryId]);
        if (!delivery) return;
        await client.query(`UPDATE deliveries SET status = 'failed', finished_at = $1, error = $2 WHERE id = $3`, [now(), error, deliveryId]);
        await client.query(`UPDATE subscriptions SET consecutive_failures = consecutive_failures + 1, last_error = $1,
          paused = CASE WHEN consecutive_failures + 1 >= $2 THEN 1 ELSE paused END WHERE id = $3`, [error, pauseAfter, delivery.subscription_id]);
      });
    },
  };
}

/** The outbox on PostgreSQL: replicas claim due entries with SKIP LOCKED, so each is tried by one of them at a time. */
export function postgresOutbox({ query, transaction }: PgAccess, clock: Clock): OutboxMethods {
  const now = () => clock.now().toISOString();
  const later = (ms: number) => new Date(clock.now().getTime() + ms).toISOString();
  return {
    async addOutboxEntry(platform, payload, leaseMs) {
      return transaction(async (client) => {
        await client.query(`DELETE FROM outbox WHERE status != 'pending' AND finished_at < $1`, [later(-OUTBOX_KEEP_MS)]);
        const [row] = await rowsOf<OutboxRow>(client, `INSERT INTO outbox (platform, payload, status, next_attempt_at, lease_until, created_at)
          VALUES ($1, $2, 'pending', $3, $4, $3) RETURNING *`, [platform, JSON.stringify(payload), now(), later(leaseMs)]);
        return toOutboxEntry(row as OutboxRow);
      });
    },
    async claimOutboxEntries(platform, limit, leaseMs) {
      const at = now();
      const rows = await query<OutboxRow>(`UPDATE outbox SET lease_until = $1 WHERE id IN (SELECT id FROM outbox WHERE platform = $2 AND status = 'pending'
        AND next_attempt_at <= $3 AND (lease_until IS NULL OR lease_until <= $3) ORDER BY next_attempt_at, id LIMIT $4 FOR UPDATE SKIP LOCKED) RETURNING *`,
      [later(leaseMs), platform, at, limit]);
      return rows.map(toOutboxEntry).sort((a, b) => a.nextAttemptAt.localeCompare(b.nextAttemptAt) || a.id - b.id);
    },
    async updateOutboxEntry(id, update) {
      switch (update.kind) {
        case 'progress':
          await query('UPDATE outbox SET parts_posted = $1, lease_until = $2 WHERE id = $3', [update.partsPosted, later(update.leaseMs), id]);
          return;
        case 'sent':
          await query(`UPDATE outbox SET status = 'sent', finished_at = $1, lease_until = NULL WHERE id = $2`, [now(), id]);
          return;
        case 'retry':
          await query('UPDATE outbox SET attempts = attempts + 1, next_attempt_at = $1, last_error = $2, lease_until = NULL WHERE id = $3', [update.at, update.error, id]);
          return;
        case 'failed':
          await query(`UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = $1, finished_at = $2, lease_until = NULL WHERE id = $3`,
            [update.error, now(), id]);
      }
    },
    async getOutboxEntry(id) {
      const [row] = await query<OutboxRow>('SELECT * FROM outbox WHERE id = $1', [id]);
      return row ? toOutboxEntry(row) : undefined;
    },
    async nextOutboxDue(platform) {
      const [row] = await query<{ due: string | null }>(`SELECT ${OUTBOX_DUE_SQL} AS due FROM outbox WHERE platform = $1 AND status = 'pending'`, [platform]);
      return row?.due ?? undefined;
    },
  };
}
