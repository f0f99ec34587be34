import type { Clock, SubscriptionPort } from '../core/ports.js';
import type { Delivery } from '../core/subscription.js';
import {
  DELIVERY_LEASE_MS, isHeld, toDeliveryPart, toSubscription, type DeliveryPartRow, type DeliveryRow, type SubscriptionRow,
} from './record-rows.js';
import type { SqlDatabase, SqlTransaction } from './sql-database.js';

const deliveryRow = async (tx: SqlTransaction, id: number, lock = ''): Promise<DeliveryRow | undefined> =>
  (await tx.rows<DeliveryRow>(`SELECT * FROM deliveries WHERE id = ?${lock}`, [id]))[0];

const partCount = async (tx: SqlTransaction, deliveryId: number, postedOnly: boolean): Promise<number> => {
  const [row] = await tx.rows<{ n: number | string }>(`SELECT COUNT(*) AS n FROM delivery_parts WHERE delivery_id = ?
    ${postedOnly ? 'AND posted_at IS NOT NULL' : ''}`, [deliveryId]);
  return Number(row?.n ?? 0);
};

/**
 * Subscriptions and their digest deliveries, on either database, each write one transaction. Claims take turns:
 * SQLite's transactions hold the write lock from their start, and PostgreSQL's lock the subscription's row first.
 */
export function sqlSubscriptions(db: SqlDatabase, clock: Clock): SubscriptionPort {
  const { forUpdate } = db.dialect;
  const now = () => clock.now().toISOString();
  return {
    async addSubscription(input) {
      const at = now();
      const [row] = await db.rows<SubscriptionRow>(`INSERT INTO subscriptions (platform, channel, schedule, time_zone, filter, filter_label,
        notify_empty, created_at, created_by, delivered_until, lang) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`, [input.platform,
        input.channel, input.schedule, input.timeZone, JSON.stringify(input.filter), input.filterLabel, input.notifyEmpty ? 1 : 0, at,
        input.createdBy, at, input.lang ?? 'en']);
      return toSubscription(row as SubscriptionRow);
    },
    async listSubscriptions() {
      return (await db.rows<SubscriptionRow>('SELECT * FROM subscriptions ORDER BY id')).map(toSubscription);
    },
    async removeSubscription(id) {
      return (await db.run('DELETE FROM subscriptions WHERE id = ?', [id])) === 1;
    },
    async claimDelivery(subscriptionId, until, leaseMs = DELIVERY_LEASE_MS) {
      return db.transaction((tx) => claimWindow(tx, forUpdate, clock.now(), { subscriptionId, until, leaseMs }));
    },
    async getDeliveryParts(deliveryId) {
      return (await db.rows<DeliveryPartRow>('SELECT * FROM delivery_parts WHERE delivery_id = ? ORDER BY part', [deliveryId])).map(toDeliveryPart);
    },
    async planDelivery(deliveryId, windowEnd, payloads) {
      await db.transaction(async (tx) => {
        if (!(await deliveryRow(tx, deliveryId, forUpdate))) throw new Error(`no delivery ${deliveryId}: its subscription was removed`);
        if ((await partCount(tx, deliveryId, true)) > 0) throw new Error(`delivery ${deliveryId} has posted parts: its plan is fixed`);
        await tx.run('DELETE FROM delivery_parts WHERE delivery_id = ?', [deliveryId]);
        for (const [i, payload] of payloads.entries()) {
          await tx.run('INSERT INTO delivery_parts (delivery_id, part, payload) VALUES (?, ?, ?)', [deliveryId, i + 1, JSON.stringify(payload)]);
        }
        await tx.run('UPDATE deliveries SET window_end = ? WHERE id = ?', [windowEnd, deliveryId]);
      });
      return payloads.map((payload, i) => ({ part: i + 1, payload, posted: false, messageId: null }));
    },
    async markPartPosted(deliveryId, part, messageId) {
      await db.transaction(async (tx) => {
        const at = now();
        await tx.run('UPDATE delivery_parts SET posted_at = ?, message_id = ? WHERE delivery_id = ? AND part = ?', [at, messageId, deliveryId, part]);
        await tx.run(`UPDATE deliveries SET claimed_at = ? WHERE id = ? AND status = 'claimed'`, [at, deliveryId]);
      });
    },
    async completeDelivery(deliveryId, messageId) {
      await db.transaction(async (tx) => {
        const delivery = await deliveryRow(tx, deliveryId);
        if (!delivery) return; // the subscription was removed meanwhile
        await tx.run(`UPDATE deliveries SET status = 'delivered', finished_at = ?, message_id = ?, error = NULL WHERE id = ?`, [now(), messageId, deliveryId]);
        await tx.run('UPDATE subscriptions SET delivered_until = ?, consecutive_failures = 0, last_error = NULL WHERE id = ?',
          [delivery.window_end, delivery.subscription_id]);
      });
    },
    async failDelivery(deliveryId, error, pauseAfter) {
      await db.transaction(async (tx) => {
        const delivery = await deliveryRow(tx, deliveryId);
        if (!delivery) return;
        await tx.run(`UPDATE deliveries SET status = 'failed', finished_at = ?, error = ? WHERE id = ?`, [now(), error, deliveryId]);
        await tx.run(`UPDATE subscriptions SET consecutive_failures = consecutive_failures + 1, last_error = ?,
          paused = CASE WHEN consecutive_failures + 1 >= ? THEN 1 ELSE paused END WHERE id = ?`, [error, pauseAfter, delivery.subscription_id]);
      });
    },
  };
}

/** The next window of a subscription, or the one an earlier claim failed or abandoned; null while another run holds it. */
async function claimWindow(tx: SqlTransaction, forUpdate: string, now: Date,
  { subscriptionId, until, leaseMs }: { subscriptionId: number; until: string; leaseMs: number }): Promise<Delivery | null> {
  const at = now.toISOString();
  const [subscription] = await tx.rows<{ delivered_until: string }>(`SELECT delivered_until FROM subscriptions WHERE id = ?${forUpdate}`,
    [subscriptionId]);
  if (!subscription) throw new Error(`no subscription ${subscriptionId}`);
  const [open] = await tx.rows<DeliveryRow>(`SELECT * FROM deliveries WHERE subscription_id = ? AND status != 'delivered'
    ORDER BY id DESC LIMIT 1`, [subscriptionId]);
  if (open && isHeld(open, now, leaseMs)) return null;
  if (open) {
    // A planned digest keeps its window: its parts list exactly the items of that window.
    const windowEnd = until > open.window_end && (await partCount(tx, open.id, false)) === 0 ? until : open.window_end;
    await tx.run(`UPDATE deliveries SET status = 'claimed', attempt = attempt + 1, window_end = ?, claimed_at = ? WHERE id = ?`,
      [windowEnd, at, open.id]);
    return { id: open.id, subscriptionId, windowStart: open.window_start, windowEnd, attempt: open.attempt + 1 };
  }
  const [inserted] = await tx.rows<{ id: number }>(`INSERT INTO deliveries (subscription_id, window_start, window_end, status, claimed_at)
    VALUES (?, ?, ?, 'claimed', ?) RETURNING id`, [subscriptionId, subscription.delivered_until, until, at]);
  return { id: Number(inserted?.id), subscriptionId, windowStart: subscription.delivered_until, windowEnd: until, attempt: 1 };
}
