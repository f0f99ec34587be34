import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { packageRoot } from '../../src/config/paths.js';

/** One JSON line of the bot's log. */
export type LogLine = { message: string; [field: string]: unknown };

export interface RunningBot {
  pid: number;
  /** The whole log so far (stderr). */
  log(): string;
  /** The first log line that matches, waiting for it up to `ms`. */
  line(match: (line: LogLine) => boolean, ms?: number): Promise<LogLine>;
  exited: Promise<number | null>;
  signal(name: NodeJS.Signals): void;
}

/**
 * Starts the built bot as an operator would: `node dist/src/main.js`, or `npm start` (npm, then a shell, then node),
 * with only the given environment, and waits until it logs "started".
 */
export async function startBot(env: Record<string, string>, options: { viaNpm?: boolean } = {}): Promise<RunningBot> {
  const child = options.viaNpm
    ? spawn('npm', ['start', '--silent'], { cwd: packageRoot(), env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(process.execPath, [join(packageRoot(), 'dist/src/main.js')], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stderr.on('data', (chunk) => (log += chunk));
  child.stdout.on('data', (chunk) => (log += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const lines = (): LogLine[] => log.split('\n').flatMap((text) => {
    try {
      const parsed = JSON.parse(text) as unknown;
      return parsed && typeof parsed === 'object' && 'message' in parsed ? [parsed as LogLine] : [];
    } catch {
      return [];
    }
  });
  const line = async (match: (line: LogLine) => boolean, ms = 20_000): Promise<LogLine> => {
    const started = Date.now();
    for (;;) {
      const found = lines().find(match);
      if (found) return found;
      if (Date.now() - started > ms) throw new Error(`no such log line within ${ms} ms; log:\n${log}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  await Promise.race([line((l) => l.message === 'started'), exited.then((code) => {
    throw new Error(`the bot exited (${code}) before it started:\n${log}`);
  })]);
  return { pid: child.pid as number, log: () => log, line, exited, signal: (name) => child.kill(name) };
}

/** The port a listener logged at start-up ("teams: on …" or "slack: on …"). */
export async function portOf(bot: RunningBot, listener: 'teams' | 'slack'): Promise<number> {
  return (await bot.line((l) => l.message.startsWith(`${listener}: on`) && typeof l.port === 'number')).port as number;
}

/** True while a process with this id exists. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
