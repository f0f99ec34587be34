import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticItems } from '../../scripts/synthetic-items.js';
import { openApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import type { PolicyItem } from '../../src/core/policy-item.js';
import { runCli, runCliAsync } from '../support/run-cli.js';
import { tempDir } from '../support/temp-store.js';

const BASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `pb_fresh_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
const admin = new pg.Client({ connectionString: BASE_URL });
beforeAll(async () => {
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
});
afterAll(async () => {
  await admin.query(`DROP SCHEMA ${schema} CASCADE`);
  await admin.end();
});

/** An item no seeded (or synthetic) item resembles, so a question about it has one right answer. */
async function freshItem(app: App, topic: { en: string; zh: string }): Promise<PolicyItem> {
  const { addedAt: _addedAt, ...template } = (await app.store.getItem('2019-10-07-bis-entity-list-eight-ai-firms'))!;
  return { ...template, id: '2026-11-01-bis-new-entity-rule', date: '2026-11-01', administration: 'other',
    title: { en: `BIS adds ${topic.en} firms to the Entity List`, zh: `产业安全局将${topic.zh}企业列入实体清单` }, keywords: [topic.en, topic.zh] } as PolicyItem;
}
const QUANTUM = { en: 'quantum sensing', zh: '量子传感' };
const LIDAR = { en: 'lidar', zh: '激光雷达' };
const ask = (app: App, topic: string) => app.router.handle(`Which ${topic} firms did BIS list?`, { conversationKey: 'fresh' });
const citesFresh = { kind: 'answer', grounded: true, citations: [expect.objectContaining({ itemId: '2026-11-01-bis-new-entity-rule' })] };

it('finds items ingested while the bot runs, from another process', async () => {
  const { dir, cleanup } = tempDir();
  const env = { BRIEFING_DB: join(dir, 'b.db') };
  const app = await openApp(loadConfig(env));
  try {
    writeFileSync(join(dir, 'new.json'), JSON.stringify([await freshItem(app, QUANTUM)]));
    expect(runCli(['ingest', join(dir, 'new.json')], env).status).toBe(0);
    const listed = await app.router.handle('events from:2026', { conversationKey: 'fresh' });
    expect(listed).toMatchObject({ kind: 'item-list', total: 1 });
    expect(await ask(app, QUANTUM.en)).toMatchObject(citesFresh);
  } finally {
    await app.close();
    cleanup();
  }
});

const stores: Array<[string, (dir: string) => Record<string, string>]> = [
  ['SQLite', (dir) => ({ BRIEFING_DB: join(dir, 'b.db') })],
  ['PostgreSQL', () => ({ DATABASE_URL: `${BASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}` })],
];

describe.each(stores)('a bulk ingest from another process on %s', (_name, envFor) => {
  it('leaves the bot answering, and the bot finds all 2,501 new items', async () => {
    const { dir, cleanup } = tempDir();
    const env = envFor(dir);
    const app = await openApp(loadConfig(env));
    try {
      const events = async (text: string) => (await app.router.handle(text, { conversationKey: 'bulk' })) as { kind: string; total?: number };
      const before = (await events('events')).total ?? 0;
      // One write stamps all 2,501 items with the same instant: more than one page of the index refresh.
      const items = [...syntheticItems(2500, app.data.items, 5), await freshItem(app, LIDAR)];
      writeFileSync(join(dir, 'bulk.json'), JSON.stringify(items));
      const ingest = runCliAsync(['ingest', join(dir, 'bulk.json'), '--json'], env);
      let answeredDuringIngest = 0;
      let done = false;
      void ingest.then(() => (done = true));
      while (!done) {
        expect(await events('events actor:commerce')).toMatchObject({ kind: 'item-list' });
        answeredDuringIngest++;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const result = await ingest;
      expect(result.status, result.stderr).toBe(0);
      expect(result.json()).toMatchObject({ ok: true, added: 2501 });
      expect(answeredDuringIngest).toBeGreaterThan(0);
      // The index catches up in the background; every request meanwhile is answered.
      for (let tries = 0; (await events('events')).total !== before + 2501; tries++) {
        if (tries > 100) throw new Error(`the index did not catch up: ${(await events('events')).total} of ${before + 2501}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(await events('events from:2026')).toMatchObject({ total: 1 });
      expect(await ask(app, LIDAR.en)).toMatchObject(citesFresh);
      // Caught up, the refresh rests: timers still fire and answers still come.
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect((await events('events')).total).toBe(before + 2501);
    } finally {
      await app.close();
      cleanup();
    }
  }, 60_000);
});
