import type { AnswerCachePort, AnswerPort, Clock } from '../core/ports.js';
import type { Reply } from '../core/replies.js';
import { toFeedbackRecord, type FeedbackRow } from './record-rows.js';
import type { SqlDatabase } from './sql-database.js';

type AnswerRow = { id: number; platform: string; conversation: string; question: string; reply: string; created_at: string };

/** Answers as shown and their feedback, on either database. */
export function sqlAnswers(db: SqlDatabase, clock: Clock): AnswerPort {
  return {
    async saveAnswer(record) {
      const [row] = await db.rows<{ id: number }>('INSERT INTO answers (platform, conversation, question, reply, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id',
        [record.platform, record.conversation, record.question, JSON.stringify(record.reply), clock.now().toISOString()]);
      return Number(row?.id);
    },
    async getAnswer(id) {
      const [row] = await db.rows<AnswerRow>('SELECT * FROM answers WHERE id = ?', [id]);
      return row ? { id: Number(row.id), platform: row.platform, conversation: row.conversation, question: row.question,
        reply: JSON.parse(row.reply) as Reply, createdAt: row.created_at } : undefined;
    },
    async saveFeedback(record) {
      await db.run(`INSERT INTO feedback (answer_id, user_ref, rating, created_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (answer_id, user_ref) DO UPDATE SET rating = excluded.rating, created_at = excluded.created_at`,
      [record.answerId, record.user, record.rating, clock.now().toISOString()]);
    },
    async listFeedback() {
      const rows = await db.rows<FeedbackRow>(`SELECT f.answer_id, f.user_ref, f.rating, f.created_at, a.question, a.reply
        FROM feedback f JOIN answers a ON a.id = f.answer_id ORDER BY f.created_at, f.id`);
      return rows.map(toFeedbackRecord);
    },
  };
}

/** Cached LLM answers, on either database. */
export function sqlAnswerCache(db: SqlDatabase, clock: Clock): AnswerCachePort {
  return {
    async getCachedAnswer(key, notBefore) {
      return (await db.rows<{ value: string }>('SELECT value FROM answer_cache WHERE key = ? AND created_at >= ?', [key, notBefore]))[0]?.value;
    },
    async putCachedAnswer(key, value, dropBefore) {
      await db.transaction(async (tx) => {
        await tx.run(`INSERT INTO answer_cache (key, value, created_at) VALUES (?, ?, ?)
          ON CONFLICT (key) DO UPDATE SET value = excluded.value, created_at = excluded.created_at`, [key, value, clock.now().toISOString()]);
        await tx.run('DELETE FROM answer_cache WHERE created_at < ?', [dropBefore]);
      });
    },
  };
}
