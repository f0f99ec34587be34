import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-store.js';

const { dir, cleanup } = tempDir();
const env = { BRIEFING_DB: join(dir, 'b.db') };
afterAll(cleanup);

describe('briefing chart', () => {
  it('writes a stance chart PNG at least 600 px wide and prints its path', () => {
    const out = join(dir, 'x.png');
    const run = runCli(['chart', 'stance', '--out', out], env);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe(out);
    const png = readFileSync(out);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(600);
  });

  it('prints the path, size and item count as JSON', () => {
    const out = join(dir, 'charts', 'commerce.png');
    const run = runCli(['chart', 'timeline', '--actor', 'commerce', '--lang', 'zh', '--out', out, '--json'], env);
    expect(run.status, run.stderr).toBe(0);
    const png = readFileSync(out);
    expect(run.json()).toEqual({ path: out, width: png.readUInt32BE(16), height: png.readUInt32BE(20), items: expect.any(Number) });
    expect(run.json().items).toBeGreaterThan(3);
  });

  it('exits 1 naming the problem for a bad filter, and for filters that match nothing', () => {
    const bad = runCli(['chart', 'timeline', '--driver', 'greed', '--out', join(dir, 'bad.png')], env);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('unknown driver "greed"');
    const none = runCli(['chart', 'stance', '--actor', 'commerce', '--from', '2030', '--out', join(dir, 'none.png')], env);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('No items match');
    expect(existsSync(join(dir, 'none.png'))).toBe(false);
    expect(runCli(['chart', 'pie', '--out', join(dir, 'pie.png')], env).status).toBe(1);
  });

  it('writes a chart asked for in the chat grammar to a file and prints where', () => {
    const run = runCli(['say', 'chart', 'timeline', 'actor:defense'], env);
    expect(run.status, run.stderr).toBe(0);
    const path = /Image: (.+\.png)$/m.exec(run.stdout)?.[1] ?? '';
    expect(readFileSync(path).subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});
