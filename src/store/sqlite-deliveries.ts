import type Database from 'better-sqlite3';
import type { Clock, ItemStore } from '../core/ports.js';
import type { Delivery } from '../core/subscription.js';
import {
  DELIVERY_LEASE_MS, isHeld, OUTBOX_DUE_SQL, OUTBOX_KEEP_MS, toDeliveryPart, toOutboxEntry,
  type DeliveryPartRow, type DeliveryRow, type OutboxRow,
} from './record-rows.js';

type DeliveryMethods = Pick<ItemStore, 'claimDelivery' | 'getDeliveryParts' | 'planDelivery' | 'markPartPosted' | 'completeDelivery' | 'failDelivery'>;
type OutboxMethods = Pick<ItemStore, 'addOutboxEntry' | 'claimOutboxEntries' | 'updateOutboxEntry' | 'getOutboxEntry' | 'nextOutboxDue'>;

/** Digest deliveries on SQLite: claims, their planned parts, completion and failure, each one transaction. */
export function sqliteDeliveries(db: Database.Database, clock: Clock): DeliveryMethods {
  const deliveryRow = (id: number) => db.prepare('SELECT * FROM deliveries WHERE id = ?').get(id) as DeliveryRow | undefined;
  const partCount = (id: number, postedOnly: boolean) => (db.prepare(`SELECT COUNT(*) AS n FROM delivery_parts WHERE delivery_id = ?
    ${postedOnly ? 'AND posted_at IS NOT NULL' : ''}`).get(id) as { n: number }).n;
  return {
    async claimDelivery(subscriptionId, until, leaseMs = DELIVERY_LEASE_MS) {
      return db.transaction((): Delivery | null => {
        const now = clock.now().toISOString();
        const open = db.prepare(`SELECT * FROM deliveries WHERE subscription_id = ? AND status != 'delivered' ORDER BY id DESC LIMIT 1`)
          .get(subscriptionId) as DeliveryRow | undefined;
        if (open && isHeld(open, clock.now(), leaseMs)) return null;
        if (open) {
          // A planned digest keeps its window: its parts list exactly the items of that window.
          const windowEnd = until > open.window_end && partCount(open.id, false) === 0 ? until : open.window_end;
          db.prepare(`UPDATE deliveries SET status = 'claimed', attempt = attempt + 1, window_end = ?, claimed_at = ? WHERE id = ?`)
            .run(windowEnd, now, open.id);
          return { id: open.id, subscriptionId, windowStart: open.window_start, windowEnd, attempt: open.attempt + 1 };
        }
        const subscription = db.prepare('SELECT delivered_until FROM subscriptions WHERE id = ?').get(subscriptionId) as { delivered_until: string } | undefined;
        if (!subscription) throw new Error(`no subscription ${subscriptionId}`);
        const result = db.prepare(`INSERT INTO deliveries (subscription_id, window_start, window_end, status, claimed_at)
          VALUES (?, ?, ?, 'claimed', ?)`).run(subscriptionId, subscription.delivered_until, until, now);
        return { id: Number(result.lastInsertRowid), subscriptionId, windowStart: subscription.delivered_until, windowEnd: until, attempt: 1 };
      }).immediate();
    },
    async getDeliveryParts(deliveryId) {
      return (db.prepare('SELECT * FROM delivery_parts WHERE delivery_id = ? ORDER BY part').all(deliveryId) as DeliveryPartRow[]).map(toDeliveryPart);
    },
    async planDelivery(deliveryId, windowEnd, payloads) {
      db.transaction(() => {
        if (!deliveryRow(deliveryId)) throw new Error(`no delivery ${deliveryId}: its subscription was removed`);
        if (partCount(deliveryId, true) > 0) throw new Error(`delivery ${deliveryId} has posted parts: its plan is fixed`);
        db.prepare('DELETE FROM delivery_parts WHERE delivery_id = ?').run(deliveryId);
        const insert = db.prepare('INSERT INTO delivery_parts (delivery_id, part, payload) VALUES (?, ?, ?)');
        payloads.forEach((payload, i) => insert.run(deliveryId, i + 1, JSON.stringify(payload)));
        db.prepare('UPDATE deliveries SET window_end = ? WHERE id = ?').run(windowEnd, deliveryId);
      }).immediate();
      return payloads.map((payload, i) => ({ part: i + 1, payload, posted: false, messageId: null }));
    },
    async markPartPosted(deliveryId, part, messageId) {
      db.transaction(() => {
        const now = clock.now().toISOString();
        db.prepare('UPDATE delivery_parts SET posted_at = ?, message_id = ? WHERE delivery_id = ? AND part = ?').run(now, messageId, deliveryId, part);
        db.prepare(`UPDATE deliveries SET claimed_at = ? WHERE id = ? AND status = 'claimed'`).run(now, deliveryId);
      }).immediate();
    },
    async completeDelivery(deliveryId, messageId) {
      db.transaction(() => {
        const delivery = deliveryRow(deliveryId);
        if (!delivery) return; // the subscription was removed meanwhile
        db.prepare(`UPDATE deliveries SET status = 'delivered', finished_at = ?, message_id = ?, error = NULL WHERE id = ?`)
          .run(clock.now().toISOString(), messageId, deliveryId);
        db.prepare('UPDATE subscriptions SET delivered_until = ?, consecutive_failures = 0, last_error = NULL WHERE id = ?')
          .run(delivery.window_end, delivery.subscription_id);
      }).immediate();
    },
    async failDelivery(deliveryId, error, pauseAfter) {
      db.transaction(() => {
        const delivery = deliveryRow(deliveryId);
        if (!delivery) return;
        db.prepare(`UPDATE deliveries SET status = 'failed', finished_at = ?, error = ? WHERE id = ?`).run(clock.now().toISOString(), error, deliveryId);
        db.prepare(`UPDATE subscriptions SET consecutive_failures = consecutive_failures + 1, last_error = ?,
          paused = CASE WHEN consecutive_failures + 1 >= ? THEN 1 ELSE paused END WHERE id = ?`).run(error, pauseAfter, delivery.subscription_id);
      }).immediate();
    },
  };
}

/** The outbox on SQLite: messages stored before posting, claimed with a lease so one poster at a time tries each. */
export function sqliteOutbox(db: Database.Database, clock: Clock): OutboxMethods {
  const byId = (id: number) => db.prepare('SELECT * FROM outbox WHERE id = ?').get(id) as OutboxRow | undefined;
  const later = (ms: number) => new Date(clock.now().getTime() + ms).toISOString();
  return {
    async addOutboxEntry(platform, payload, leaseMs) {
      return db.transaction(() => {
        const now = clock.now().toISOString();
        db.prepare(`DELETE FROM outbox WHERE status != 'pending' AND finished_at < ?`).run(later(-OUTBOX_KEEP_MS));
        const result = db.prepare(`INSERT INTO outbox (platform, payload, status, next_attempt_at, lease_until, created_at)
          VALUES (?, ?, 'pending', ?, ?, ?)`).run(platform, JSON.stringify(payload), now, later(leaseMs), now);
        return toOutboxEntry(byId(Number(result.lastInsertRowid)) as OutboxRow);
      }).immediate();
    },
    async claimOutboxEntries(platform, limit, leaseMs) {
      return db.transaction(() => {
        const now = clock.now().toISOString();
        const rows = db.prepare(`SELECT * FROM outbox WHERE platform = ? AND status = 'pending' AND next_attempt_at <= ?
          AND (lease_until IS NULL OR lease_until <= ?) ORDER BY next_attempt_at, id LIMIT ?`).all(platform, now, now, limit) as OutboxRow[];
        const hold = db.prepare('UPDATE outbox SET lease_until = ? WHERE id = ?');
        for (const row of rows) hold.run(later(leaseMs), row.id);
        return rows.map(toOutboxEntry);
      }).immediate();
    },
    async updateOutboxEntry(id, update) {
      const now = clock.now().toISOString();
      switch (update.kind) {
        case 'progress':
          db.prepare('UPDATE outbox SET parts_posted = ?, lease_until = ? WHERE id = ?').run(update.partsPosted, later(update.leaseMs), id);
          return;
        case 'sent':
          db.prepare(`UPDATE outbox SET status = 'sent', finished_at = ?, lease_until = NULL WHERE id = ?`).run(now, id);
          return;
        case 'retry':
          db.prepare(`UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?, lease_until = NULL WHERE id = ?`)
            .run(update.at, update.error, id);
          return;
        case 'failed':
          db.prepare(`UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = ?, finished_at = ?, lease_until = NULL WHERE id = ?`)
            .run(update.error, now, id);
      }
    },
    async getOutboxEntry(id) {
      const row = byId(id);
      return row ? toOutboxEntry(row) : undefined;
    },
    async nextOutboxDue(platform) {
      return (db.prepare(`SELECT ${OUTBOX_DUE_SQL} AS due FROM outbox WHERE platform = ? AND status = 'pending'`).get(platform) as { due: string | null }).due ?? undefined;
    },
  };
}
