import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataDir } from '../../src/config/paths.js';
import { loadCuratedData } from '../../src/ingest/curated-data.js';
import { syntheticItems } from '../../scripts/synthetic-items.js';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-store.js';

const data = loadCuratedData(dataDir());
let dir: string;
let env: Record<string, string>;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  env = { BRIEFING_DB: join(dir, 'briefing.db') };
});
afterEach(() => cleanup());

const total = (): number => runCli(['events', '--json', '--limit', '1'], env).json().total;
const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const newItems = syntheticItems(3, data.items, 7);

describe('briefing ingest', () => {
  it('adds valid items, and re-ingesting the same file changes nothing', () => {
    const before = total();
    const path = file('new.json', JSON.stringify(newItems));
    const first = runCli(['ingest', path, '--json'], env);
    expect(first.status, first.stderr).toBe(0);
    expect(first.json()).toEqual({ ok: true, added: 3, updated: 0, unchanged: 0 });
    expect(total()).toBe(before + 3);
    const addedAt = runCli(['event', newItems[0]!.id, '--json'], env).json().addedAt;

    const again = runCli(['ingest', path], env);
    expect(again.stdout).toContain('0 added, 0 updated, 3 unchanged');
    expect(total()).toBe(before + 3);
    expect(runCli(['event', newItems[0]!.id, '--json'], env).json().addedAt).toBe(addedAt);
  });

  it('reads JSON Lines', () => {
    const path = file('new.jsonl', newItems.map((item) => JSON.stringify(item)).join('\n'));
    expect(runCli(['ingest', path, '--json'], env).json().added).toBe(3);
  });

  const rejected: Array<[string, string, RegExp]> = [
    ['malformed JSON', '[{"id": "2019-01-01-x",', /not valid JSON/],
    ['a wrong type', JSON.stringify([{ ...newItems[0], actors: 'commerce' }]), /item 0 \(.+\) at actors: /],
    ['an unknown instrument', JSON.stringify([newItems[0], { ...newItems[1], instrument: 'tariff' }]), /item 1 \(.+\) at instrument: /],
    ['an unknown driver', JSON.stringify([{ ...newItems[0], reading: { ...newItems[0]!.reading, driver: 'greed' } }]), /at reading\.driver: /],
    ['an impossible date', JSON.stringify([{ ...newItems[0], date: '2019-13-40' }]), /at date: expected a real date/],
    ['a duplicate id', JSON.stringify([newItems[0], newItems[1], newItems[0]]), /item 2 \(.+\) at id: duplicate id: item 0/],
    ['an empty file', '', /the file is empty/],
    ['an empty list', '[]', /holds no items/],
  ];
  it.each(rejected)('rejects %s with exit 1, a precise message, and stores nothing', (_name, content, message) => {
    const before = total();
    const run = runCli(['ingest', file('bad.json', content)], env);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/rejected, nothing stored/);
    expect(run.stderr).toMatch(message);
    expect(total()).toBe(before);
  });

  it('names a missing file', () => {
    const run = runCli(['ingest', join(dir, 'nope.json')], env);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('cannot read');
  });

  it('ingests a file of 10,000 valid items', () => {
    const items = syntheticItems(10_000, data.items, 11);
    const run = runCli(['ingest', file('big.jsonl', items.map((item) => JSON.stringify(item)).join('\n')), '--json'], env);
    expect(run.status, run.stderr).toBe(0);
    expect(run.json().added).toBe(10_000);
    expect(total()).toBe(data.items.length + 10_000);
  });
});
