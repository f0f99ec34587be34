import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { packageRoot } from '../../src/config/paths.js';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  json: () => any;
}

/** Runs the built `briefing` CLI as a user would, against the given database file. */
export function runCli(args: string[], env: Record<string, string>, input?: string): CliRun {
  const result = spawnSync(process.execPath, [join(packageRoot(), 'dist/src/cli/briefing.js'), ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    json: () => JSON.parse(result.stdout),
  };
}
