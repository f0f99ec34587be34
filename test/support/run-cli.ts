import { spawn, spawnSync } from 'node:child_process';
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

/**
 * Like runCli, without blocking this process: for tests whose loopback servers must keep answering. Runs another
 * built entry point when given one (`dist/src/main.js`), as another user when given `uid` and `gid`.
 */
export function runCliAsync(args: string[], env: Record<string, string>, user: { uid?: number; gid?: number } = {},
  script = 'dist/src/cli/briefing.js'): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(packageRoot(), script), ...args], {
      env: { PATH: process.env.PATH ?? '', ...env }, ...user,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr, json: () => JSON.parse(stdout) }));
  });
}
