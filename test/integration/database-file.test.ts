import { chmodSync, copyFileSync, mkdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runCliAsync } from '../support/run-cli.js';
import { tempDir } from '../support/temp-store.js';

let dir: string;
let cleanup: () => void;
/** A whole store made by the CLI, to damage in copies. */
let good: string;
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  good = join(dir, 'good.db');
  expect(runCli(['events', '--limit', '1'], { BRIEFING_DB: good }).status).toBe(0);
});
afterAll(() => cleanup());

const copyOfGood = (name: string): string => {
  const path = join(dir, name);
  copyFileSync(good, path);
  return path;
};

const cases: Array<[string, () => string, RegExp]> = [
  ['a folder', () => dir, /is a folder, not a database file/],
  ['a path under a file', () => {
    writeFileSync(join(dir, 'plain.txt'), 'x');
    return join(dir, 'plain.txt', 'b.db');
  }, /cannot be created: .*plain\.txt is a file, not a folder/],
  ['a file that is no database', () => {
    writeFileSync(join(dir, 'notes.db'), 'these are notes, not a database\n'.repeat(200));
    return join(dir, 'notes.db');
  }, /is not a SQLite database/],
  ['a truncated database', () => {
    const path = copyOfGood('truncated.db');
    truncateSync(path, Math.floor(statSync(path).size / 2));
    return path;
  }, /is truncated: its header counts \d+ pages/],
  ['a database with damaged pages', () => {
    const path = copyOfGood('damaged.db');
    const bytes = readFileSync(path);
    for (let i = 4096 * 2; i < 4096 * 40 && i < bytes.length; i++) bytes[i] = (i * 7) % 256;
    writeFileSync(path, bytes);
    return path;
  }, /is damaged/],
  ['a path under /proc', () => '/proc/policy-brief/b.db', /cannot be created: \/proc is on the kernel's \/proc file system/],
  ['a file under /proc', () => '/proc/self/status', /is on the kernel's \/proc file system/],
  ['a device', () => '/dev/null', /is not a regular file/],
];

describe('a BRIEFING_DB that cannot hold the store', () => {
  it.each(cases)('stops the CLI with exit 1 and one message naming BRIEFING_DB: %s', (_name, pathOf, problem) => {
    const run = runCli(['events', '--limit', '1'], { BRIEFING_DB: pathOf() });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/BRIEFING_DB: /);
    expect(run.stderr).toMatch(problem);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');
  });

  it('stops the CLI when the file is read-only for the user running it', async () => {
    const path = copyOfGood('read-only.db');
    chmodSync(path, 0o444);
    chmodSync(dir, 0o755);
    // root may write anything: run as nobody then, which may read the file but not write it.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const run = await runCliAsync(['events', '--limit', '1'], { BRIEFING_DB: path }, asUser);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toContain(`BRIEFING_DB: ${path} is read-only`);
  });

  it('names DATABASE_URL when PostgreSQL cannot be reached or has no such database', async () => {
    const closed = await runCliAsync(['events'], { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/test' });
    expect(closed.status).toBe(1);
    expect(closed.stderr).toContain('DATABASE_URL: cannot use the database (ECONNREFUSED');
    const base = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
    const missing = await runCliAsync(['events'], { DATABASE_URL: base.replace(/\/[^/?]+(\?.*)?$/, '/no_such_database_here') });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('database "no_such_database_here" does not exist');
  });

  it('creates missing folders for a new store', () => {
    const path = join(dir, 'new', 'deeper', 'b.db');
    expect(runCli(['events', '--limit', '1'], { BRIEFING_DB: path }).status).toBe(0);
    expect(statSync(path).isFile()).toBe(true);
  });

  it('makes npm start stop with exit 1 and the same message, also under /proc where creating folders never ends', async () => {
    mkdirSync(join(dir, 'a-folder'), { recursive: true });
    for (const [path, problem] of [[join(dir, 'a-folder'), 'is a folder'], ['/proc/policy-brief/b.db', 'cannot be created']] as const) {
      const run = await runCliAsync([], { BRIEFING_DB: path, TEAMS_PORT: '0' }, {}, 'dist/src/main.js');
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr).toContain(`BRIEFING_DB: ${path} ${problem}`);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
