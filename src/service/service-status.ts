/** One part of the running bot as /readyz shows it: ready or not, and why (or how it runs). */
export interface ComponentState {
  ready: boolean;
  reason?: string;
}

export type Probe = () => ComponentState | Promise<ComponentState>;

/** The body of GET /readyz. */
export interface Readiness {
  /** This listener can take work: not draining, and the store and its own adapter are ready. */
  ready: boolean;
  draining: boolean;
  store?: ComponentState;
  adapters: Record<string, ComponentState>;
  scheduler?: ComponentState;
}

/** What every listener of one process reports on /healthz and /readyz, and whether the process is draining. */
export interface ServiceStatus {
  /** Adds a part to /readyz: the store, the scheduler, or a chat adapter by name. */
  register(name: string, probe: Probe): void;
  readonly draining: boolean;
  /** From now on /healthz answers 503 and listeners refuse new work. */
  startDraining(): void;
  /** Every registered part's state; `ready` when none of `needs` (registered ones) is down and not draining. */
  readiness(needs: readonly string[]): Promise<Readiness>;
}

const PROBE_TIMEOUT_MS = 2000;

async function probeWithTimeout(probe: Probe): Promise<ComponentState> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([Promise.resolve().then(probe), new Promise<ComponentState>((resolve) => {
      timer = setTimeout(() => resolve({ ready: false, reason: `no answer within ${PROBE_TIMEOUT_MS / 1000} s` }), PROBE_TIMEOUT_MS);
    })]);
  } catch (error) {
    return { ready: false, reason: (error as Error).message ?? String(error) };
  } finally {
    clearTimeout(timer);
  }
}

export function createServiceStatus(): ServiceStatus {
  const probes = new Map<string, Probe>();
  let draining = false;
  return {
    register: (name, probe) => void probes.set(name, probe),
    get draining() {
      return draining;
    },
    startDraining() {
      draining = true;
    },
    async readiness(needs) {
      const states = new Map(await Promise.all([...probes].map(async ([name, probe]) => [name, await probeWithTimeout(probe)] as const)));
      const { store, scheduler } = Object.fromEntries(states);
      const adapters = Object.fromEntries([...states].filter(([name]) => name !== 'store' && name !== 'scheduler'));
      const ready = !draining && needs.every((name) => states.get(name)?.ready !== false);
      return { ready, draining, ...(store ? { store } : {}), adapters, ...(scheduler ? { scheduler } : {}) };
    },
  };
}
