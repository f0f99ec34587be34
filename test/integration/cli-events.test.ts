import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataDir } from '../../src/config/paths.js';
import { dateSpan } from '../../src/core/partial-date.js';
import type { PolicyItem } from '../../src/core/policy-item.js';
import { loadCuratedData } from '../../src/ingest/curated-data.js';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-store.js';

const data = loadCuratedData(dataDir());
let env: Record<string, string>;
let cleanup: () => void;
beforeAll(() => {
  const temp = tempDir();
  cleanup = temp.cleanup;
  env = { BRIEFING_DB: join(temp.dir, 'briefing.db') };
});
afterAll(() => cleanup());

const ids = (args: string[]): string[] => {
  const run = runCli(['events', '--json', '--limit', '1000', ...args], env);
  expect(run.status, run.stderr).toBe(0);
  return run.json().items.map((item: PolicyItem) => item.id).sort();
};
const expected = (keep: (item: PolicyItem) => boolean): string[] => data.items.filter(keep).map((item) => item.id).sort();
const hasActor = (item: PolicyItem, ...actors: string[]) => item.actors.some((a) => actors.includes(a));

// Each test runs the CLI several times, each a process of its own: on a busy machine they take longer than one request.
describe('briefing events on the real data', { timeout: 90_000 }, () => {
  it('filters by actor, including the agencies under it', () => {
    const defense = data.aliases.withDescendants('defense');
    expect(defense).toEqual(expect.arrayContaining(['defense', 'air-force', 'jaic', 'cyber-command']));
    const defenseItems = expected((item) => hasActor(item, ...defense));
    expect(defenseItems.length).toBeGreaterThan(15);
    expect(ids(['--actor', 'defense'])).toEqual(defenseItems);
    expect(ids(['--actor', 'Pentagon'])).toEqual(defenseItems);
    expect(ids(['--actor', '五角大楼'])).toEqual(defenseItems);
  });

  it('combines actor and administration: Commerce in the Trump years and nothing else', () => {
    const commerce = data.aliases.withDescendants('commerce');
    const want = expected((item) => hasActor(item, ...commerce) && item.administration === 'trump');
    expect(want).toEqual(expect.arrayContaining(['2019-10-07-bis-entity-list-eight-ai-firms', '2019-05-21-commerce-entity-list-huawei']));
    expect(ids(['--actor', 'commerce', '--admin', 'trump'])).toEqual(want);
  });

  it('filters by administration, driver, target, type and text alone', () => {
    expect(ids(['--admin', 'biden'])).toEqual(expected((item) => item.administration === 'biden'));
    expect(ids(['--admin', '拜登'])).toEqual(expected((item) => item.administration === 'biden'));
    expect(ids(['--driver', 'security'])).toEqual(expected((item) => item.reading?.driver === 'security'));
    expect(ids(['--target', 'huawei'])).toEqual(expected((item) => item.targets.includes('huawei')));
    expect(ids(['--target', '大疆'])).toEqual(expected((item) => item.targets.includes('dji')));
    expect(ids(['--type', 'entity-list'])).toEqual(expected((item) => item.instrument === 'entity-list'));
    const seagate = ids(['--text', 'Seagate']);
    expect(seagate).toContain('2021-10-26-seagate-huawei-hard-drives');
  });

  it('filters by dates at any precision, alone and combined with other filters', () => {
    const overlaps = (item: PolicyItem, from: string, to: string) =>
      dateSpan(item.date).end >= dateSpan(from).start && dateSpan(item.date).start <= dateSpan(to).end;
    expect(ids(['--from', '2021', '--to', '2021-06'])).toEqual(expected((item) => overlaps(item, '2021', '2021-06')));
    const oneDay = ids(['--from', '2019-10-07', '--to', '2019-10-07']);
    expect(oneDay).toContain('2019-10-07-bis-entity-list-eight-ai-firms');
    expect(oneDay).toEqual(expected((item) => overlaps(item, '2019-10-07', '2019-10-07')));
    expect(ids(['--actor', 'defense', '--from', '2020', '--driver', 'security']))
      .toEqual(expected((item) => hasActor(item, ...data.aliases.withDescendants('defense')) && overlaps(item, '2020', '9999') && item.reading?.driver === 'security'));
  });

  it('lists newest first and pages with --limit and --offset', () => {
    const all = runCli(['events', '--json', '--limit', '1000'], env).json();
    expect(all.total).toBe(data.items.length);
    const dates = all.items.map((item: PolicyItem) => dateSpan(item.date).end);
    expect([...dates].sort().reverse()).toEqual(dates);
    const page = runCli(['events', '--json', '--limit', '2', '--offset', '2'], env).json();
    expect(page.total).toBe(data.items.length);
    expect(page.items.map((item: PolicyItem) => item.id)).toEqual(all.items.slice(2, 4).map((item: PolicyItem) => item.id));
  });

  it('rejects an unknown actor, type or date with exit 1 and a message naming it', () => {
    const run = runCli(['events', '--actor', 'ministry-of-magic'], env);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('unknown actor "ministry-of-magic"');
    expect(runCli(['events', '--type', 'tariff'], env).stderr).toContain('unknown type "tariff"');
    expect(runCli(['events', '--from', '2019-13-40'], env).stderr).toContain('"2019-13-40" is not a date');
    expect(runCli(['events', '--limit', '0'], env).status).toBe(1);
  });

  it('rejects offsets and limits no store can take with exit 1, naming the option', () => {
    for (const [option, value] of [['--offset', '1e20'], ['--offset', '-1'], ['--limit', '1e20'], ['--limit', '2.5']]) {
      const run = runCli(['events', option as string, value as string], env);
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr).toContain(`${option}: expected a whole number`);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    expect(runCli(['subscriptions', 'remove', '100000000000000000000'], env)).toMatchObject({ status: 1 });
  });

  it('takes a free text of any length: 1,200 words match nothing, many words of one item match it', () => {
    const words = Array.from({ length: 1200 }, (_, i) => `word${i}`).join(' ');
    const none = runCli(['events', '--json', '--text', words], env);
    expect(none.status, none.stderr).toBe(0);
    expect(none.json().total).toBe(0);
    const seagate = data.items.find((item) => item.id === '2021-10-26-seagate-huawei-hard-drives') as PolicyItem;
    const own = Array.from({ length: 100 }, () => seagate.title.en).join(' ');
    expect(ids(['--text', own])).toContain(seagate.id);
  });

  it('shows one item in full, and exits 1 for an unknown id', () => {
    const run = runCli(['event', '2019-10-07-bis-entity-list-eight-ai-firms', '--json'], env);
    expect(run.status).toBe(0);
    const item = run.json();
    expect(item.date).toBe('2019-10-07');
    expect(item.addedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const text = runCli(['event', '2019-10-07-bis-entity-list-eight-ai-firms'], env);
    expect(text.stdout).toContain('Passage');
    const missing = runCli(['event', 'no-such-item'], env);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('no policy item with id "no-such-item"');
  });
});
