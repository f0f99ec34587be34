import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { startFakeFederalRegister } from '../support/fake-federal-register.js';
import { runCliAsync } from '../support/run-cli.js';
import { isRunning, startBot } from '../support/run-main.js';
import { tempDir } from '../support/temp-store.js';

let cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

it('the bot runs the watches on SOURCES_CRON beside the digests, and a shutdown stops a run that hangs', async () => {
  const fake = await startFakeFederalRegister();
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup, () => fake.close());
  const env = { BRIEFING_DB: join(dir, 'b.db'), PORT: '0', TEAMS_PORT: '0', FEDREG_API_URL: fake.baseUrl, SOURCES_CRON: '*/2 * * * * *', DIGEST_TZ: 'Europe/Berlin' };
  const bot = await startBot(env);
  cleanups.push(() => {
    if (isRunning(bot.pid)) process.kill(bot.pid, 'SIGKILL');
  });
  expect(await bot.line((l) => l.message === 'sources: Federal Register watches on')).toMatchObject({ schedule: '*/2 * * * * *', timeZone: 'Europe/Berlin',
    watches: ['bis-export-controls', 'treasury-investment-and-sanctions', 'presidential-documents', 'departments'], api: fake.baseUrl });
  // The watches start from their startDate (2025-01-01): of the fixtures, only the March 2025 Entity List rule.
  expect(await bot.line((l) => l.message === 'sources: watch ran' && l.watch === 'bis-export-controls')).toMatchObject({ outcome: 'ok', proposed: 1 });
  await bot.line((l) => l.message === 'sources: watch ran' && l.watch === 'departments');

  fake.fail({ kind: 'hang' }, { times: 1000 });
  const requests = fake.requests.length;
  for (let waited = 0; fake.requests.length === requests && waited < 10_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
  expect(fake.requests.length).toBeGreaterThan(requests);
  const stopping = Date.now();
  bot.signal('SIGTERM');
  expect(await bot.exited).toBe(0);
  expect(Date.now() - stopping).toBeLessThan(5000);
  expect(await bot.line((l) => l.message === 'sources: watch failed; its cursor stays')).toMatchObject({ level: 'error', error: expect.stringMatching(/stopped/) });

  const pending = await runCliAsync(['review', 'list', '--json'], { BRIEFING_DB: env.BRIEFING_DB });
  expect(pending.json().candidates.map((c: { id: string }) => c.id)).toEqual(['fr-2025-05427']);
});
