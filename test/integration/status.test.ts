import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import { packageRoot } from '../../src/config/paths.js';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-store.js';
import { candidate } from '../support/candidates.js';

let cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

describe('the status view', () => {
  it('briefing status --json counts items by source, administration and year, and reports the last ingest and the queue', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const env = { BRIEFING_DB: join(dir, 'b.db') };
    const { item } = candidate(1);
    writeFileSync(join(dir, 'new.json'), JSON.stringify([{ ...item, addedAt: undefined }]));
    expect(runCli(['ingest', join(dir, 'new.json')], env).status).toBe(0);
    const app = await openApp(loadConfig(env));
    await app.store.addCandidates([candidate(2)], '2026-11-01T00:00:00.000Z');
    await app.close();

    const status = runCli(['status', '--json'], env);
    expect(status.status, status.stderr).toBe(0);
    const report = status.json();
    const version = (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
    expect(report).toMatchObject({ version, pendingCandidates: 1, subscriptions: [], sources: [],
      items: { total: 69, byProvenance: { paper: 68, 'federal-register': 1 }, newest: { id: item?.id, date: '2025-03-11' } },
      lastIngest: { file: 'new.json', added: 1, updated: 0 } });
    expect(report.items.byAdministration.trump).toBeGreaterThan(30);
    expect(report.items.byYear['2025']).toBe(1);
    expect(runCli(['--version'], env).stdout.trim()).toBe(version);
    expect(runCli(['status'], env).stdout).toMatch(/by source: Federal Register 1 · the paper 68/);
  });

  it('shows the status view in chat to admins only, when admins are configured', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const app = await openApp(loadConfig({ BRIEFING_DB: join(dir, 'b.db'), BRIEFING_ADMINS: 'slack:UADMIN' }));
    cleanups.push(() => app.close());
    const as = (user: string) => app.router.handle('status', { conversationKey: `s:${user}`, channel: { platform: 'slack', id: 'C1', user } });
    expect(await as('U1')).toMatchObject({ kind: 'notice', text: expect.stringMatching(/Only admins/) });
    expect(await as('UADMIN')).toMatchObject({ kind: 'status', report: { items: { total: 68 } } });
  });
});
