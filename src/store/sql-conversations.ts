import type { Clock, ConversationPort, ConversationTurn, PlatformRefPort } from '../core/ports.js';
import type { SqlDatabase } from './sql-database.js';

/** Conversation turns and claimed event keys, on either database. */
export function sqlConversations(db: SqlDatabase, clock: Clock): ConversationPort {
  return {
    async getConversation(key) {
      const [row] = await db.rows<{ turns: string }>('SELECT turns FROM conversations WHERE key = ?', [key]);
      return row ? (JSON.parse(row.turns) as ConversationTurn[]) : [];
    },
    async appendConversation(key, turn, keep, maxAgeMs) {
      await db.transaction(async (tx) => {
        const now = clock.now();
        const [row] = await tx.rows<{ turns: string }>(`SELECT turns FROM conversations WHERE key = ?${db.dialect.forUpdate}`, [key]);
        const fresh = [...(row ? (JSON.parse(row.turns) as ConversationTurn[]) : []), turn]
          .filter((t) => now.getTime() - Date.parse(t.at) <= maxAgeMs)
          .slice(-keep);
        await tx.run(`INSERT INTO conversations (key, turns, updated_at) VALUES (?, ?, ?)
          ON CONFLICT (key) DO UPDATE SET turns = excluded.turns, updated_at = excluded.updated_at`, [key, JSON.stringify(fresh), now.toISOString()]);
        // Expired conversations are dropped as others are written, so the table stays bounded.
        await tx.run('DELETE FROM conversations WHERE updated_at < ?', [new Date(now.getTime() - maxAgeMs).toISOString()]);
      });
    },
    async claimOnce(key, dropBefore) {
      return db.transaction(async (tx) => {
        await tx.run('DELETE FROM claimed_keys WHERE claimed_at < ?', [dropBefore]);
        return (await tx.run('INSERT INTO claimed_keys (key, claimed_at) VALUES (?, ?) ON CONFLICT DO NOTHING', [key, clock.now().toISOString()])) === 1;
      });
    },
  };
}

/** Where chats can be reached later, on either database. */
export function sqlPlatformRefs(db: SqlDatabase, clock: Clock): PlatformRefPort {
  return {
    async saveConversationRef(key, platform, reference) {
      await db.run(`INSERT INTO conversation_refs (key, platform, reference, updated_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (key) DO UPDATE SET reference = excluded.reference, updated_at = excluded.updated_at`,
      [key, platform, JSON.stringify(reference), clock.now().toISOString()]);
    },
    async getConversationRef(key) {
      const [row] = await db.rows<{ reference: string }>('SELECT reference FROM conversation_refs WHERE key = ?', [key]);
      return row ? (JSON.parse(row.reference) as unknown) : undefined;
    },
  };
}
