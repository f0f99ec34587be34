import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-store.js';

it('finds items ingested while the bot runs, from another process', async () => {
  const { dir, cleanup } = tempDir();
  const env = { BRIEFING_DB: join(dir, 'b.db') };
  const app = await openApp(loadConfig(env));
  try {
    const template = (await app.store.getItem('2019-10-07-bis-entity-list-eight-ai-firms'))!;
    const { addedAt: _addedAt, ...rest } = template;
    const fresh = { ...rest, id: '2026-11-01-bis-new-quantum-rule', date: '2026-11-01', administration: 'other',
      title: { en: 'BIS adds quantum sensing firms to the Entity List', zh: '产业安全局将量子传感企业列入实体清单' }, keywords: ['quantum sensing', '量子传感'] };
    writeFileSync(join(dir, 'new.json'), JSON.stringify([fresh]));
    expect(runCli(['ingest', join(dir, 'new.json')], env).status).toBe(0);
    const listed = await app.router.handle('events from:2026', { conversationKey: 'fresh' });
    expect(listed).toMatchObject({ kind: 'item-list', total: 1 });
    const answer = await app.router.handle('Which quantum sensing firms did BIS list?', { conversationKey: 'fresh' });
    expect(answer).toMatchObject({ kind: 'answer', grounded: true, citations: [expect.objectContaining({ itemId: '2026-11-01-bis-new-quantum-rule' })] });
  } finally {
    await app.close();
    cleanup();
  }
});
