import type { Clock, ItemStore } from '../core/ports.js';
import { sqlAnswerCache, sqlAnswers } from './sql-answers.js';
import { sqlConversations, sqlPlatformRefs } from './sql-conversations.js';
import type { SqlDatabase } from './sql-database.js';
import { sqlItems } from './sql-items.js';
import { sqlOutbox } from './sql-outbox.js';
import { sqlReview } from './sql-review.js';
import { sqlSubscriptions } from './sql-subscriptions.js';

/** Every port of the store on one database, SQLite or PostgreSQL: the same statements for both. */
export function createSqlStore(db: SqlDatabase, clock: Clock): ItemStore {
  return {
    ...sqlItems(db, clock),
    ...sqlConversations(db, clock),
    ...sqlSubscriptions(db, clock),
    ...sqlOutbox(db, clock),
    ...sqlAnswers(db, clock),
    ...sqlAnswerCache(db, clock),
    ...sqlPlatformRefs(db, clock),
    ...sqlReview(db, clock),
    async ping() {
      await db.rows('SELECT 1');
    },
    close: () => db.close(),
  };
}
