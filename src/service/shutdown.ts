import type { ServiceStatus } from './service-status.js';

export interface Shutdown {
  /** Work that drains when stopping (a chat adapter, the scheduler): all of it at once, before the resources close. */
  addWork(name: string, stop: () => Promise<void>): void;
  /** Closed after the work has drained (the store), in the reverse order of adding. */
  addResource(name: string, close: () => Promise<void>): void;
  /** Start-up is over: from now on a signal drains; before, it ends the process at once (nothing is served yet). */
  started(): void;
  /** Drains, closes and exits the process; at most once. */
  stop(why: string): Promise<void>;
}

export interface ShutdownOptions {
  status: ServiceStatus;
  /** How long draining may take before the process exits anyway. */
  deadlineMs: number;
  log: (message: string, fields?: Record<string, unknown>) => void;
  exit: (code: number) => void;
}

/**
 * The process's own handling of SIGTERM and SIGINT (npm does not pass them on through a shell), and of its parent
 * going away: stop taking work (/healthz answers 503), let work in flight finish within the deadline, close the
 * store, exit.
 */
export function handleShutdown(options: ShutdownOptions): Shutdown {
  const work: Array<{ name: string; stop: () => Promise<void> }> = [];
  const resources: Array<{ name: string; close: () => Promise<void> }> = [];
  let startedUp = false;
  let stopping = false;
  const pending = new Set<string>();

  async function step(name: string, run: () => Promise<void>): Promise<void> {
    pending.add(name);
    try {
      await run();
    } catch (error) {
      options.log(`stopping: ${name} failed`, { level: 'error', error: String(error) });
    } finally {
      pending.delete(name);
    }
  }

  async function stop(why: string): Promise<void> {
    if (stopping) {
      options.log(`${why}: already stopping`, { waitingFor: [...pending] });
      return;
    }
    stopping = true;
    if (!startedUp) {
      options.log(`${why} during start-up: exiting`);
      options.exit(0);
      return;
    }
    options.status.startDraining();
    options.log(`${why}: draining (new work is refused, work in flight may take ${options.deadlineMs / 1000} s)`);
    const deadline = setTimeout(() => {
      options.log('stopping: deadline passed, exiting with work unfinished', { unfinished: [...pending] });
      options.exit(1);
    }, options.deadlineMs);
    await Promise.all(work.map(({ name, stop: stopWork }) => step(name, stopWork)));
    for (const { name, close } of [...resources].reverse()) await step(name, close);
    clearTimeout(deadline);
    options.log('stopped');
    options.exit(0);
  }

  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void stop(signal));
  // A parent that exits without passing a signal on (a shell between npm and node, or a killed supervisor)
  // leaves this process behind: notice and stop.
  const parent = process.ppid;
  const watch = setInterval(() => {
    if (process.ppid !== parent) void stop('parent process exited');
  }, 1000);
  watch.unref();

  return {
    addWork: (name, stopWork) => void work.push({ name, stop: stopWork }),
    addResource: (name, close) => void resources.push({ name, close }),
    started: () => {
      startedUp = true;
    },
    stop,
  };
}
