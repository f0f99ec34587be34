import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';

const BASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `pb_app_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
const admin = new pg.Client({ connectionString: BASE_URL });
const databaseUrl = `${BASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;

beforeAll(async () => {
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
});
afterAll(async () => {
  await admin.query(`DROP SCHEMA ${schema} CASCADE`);
  await admin.end();
});

describe('the bot on PostgreSQL (DATABASE_URL)', () => {
  it('seeds once, answers, and lets two replicas share claims', async () => {
    const first = await openApp(loadConfig({ DATABASE_URL: databaseUrl }));
    const second = await openApp(loadConfig({ DATABASE_URL: databaseUrl }));
    try {
      expect((await first.store.listItems({}, { limit: 1, offset: 0 })).total).toBe(first.data.items.length);
      expect((await second.store.listItems({}, { limit: 1, offset: 0 })).total).toBe(first.data.items.length);
      const reply = await second.router.handle('When did Cyber Command become a unified combatant command?', { conversationKey: 'pg' });
      expect(reply).toMatchObject({ kind: 'answer', grounded: true });
      const cutoff = '2000-01-01T00:00:00.000Z';
      const claims = await Promise.all([first.store.claimOnce('slack:event:Ev1', cutoff), second.store.claimOnce('slack:event:Ev1', cutoff)]);
      expect(claims.filter(Boolean)).toHaveLength(1);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
