import type { ComponentState } from '../../service/service-status.js';

/** Who the bot is in the workspace, from auth.test. */
export interface SlackIdentity {
  botId: string;
  botUserId: string;
}

export interface SlackConnection {
  identity(): SlackIdentity | undefined;
  state(): ComponentState;
  /**
   * Connects, waiting at most `waitMs` for the first attempt. When it fails, tries again in the background after
   * growing pauses until it succeeds or `stop()` is called: Slack being down never stops the rest of the bot.
   */
  start(waitMs: number): Promise<void>;
  stop(): void;
}

export interface SlackConnectionOptions {
  authTest: () => Promise<{ bot_id?: string; user_id?: string; user?: string; team?: string }>;
  /** Socket Mode: opens the socket once the token is good. */
  openSocket?: () => Promise<void>;
  /** The Web API base URL, for messages about reaching it. */
  apiUrl: string;
  retry?: { firstMs: number; maxMs: number };
  log: (message: string, fields?: Record<string, unknown>) => void;
}

/** Slack's answers to a token it does not accept. */
const TOKEN_REJECTED = new Set(['invalid_auth', 'not_authed', 'token_revoked', 'token_expired', 'account_inactive', 'not_allowed_token_type']);

/** What went wrong connecting to Slack, in words that name the setting to check. */
export function describeSlackFailure(error: unknown, step: 'auth' | 'socket', apiUrl: string): string {
  const e = error as { code?: string; data?: { error?: string }; original?: { code?: string; message?: string; cause?: { code?: string; message?: string } };
    statusCode?: number; retryAfter?: number };
  const token = step === 'auth' ? 'SLACK_BOT_TOKEN' : 'SLACK_APP_TOKEN';
  switch (e.code) {
    case 'slack_webapi_platform_error': {
      const code = e.data?.error ?? 'unknown_error';
      return TOKEN_REJECTED.has(code) ? `Slack rejected ${token} (${code})` : `Slack answered "${code}" when checking ${token}`;
    }
    case 'slack_webapi_request_error':
      return `cannot reach the Slack Web API at ${apiUrl} (${e.original?.cause?.code ?? e.original?.cause?.message ?? e.original?.code ?? e.original?.message ?? 'no answer'}): check SLACK_API_URL and the network`;
    case 'slack_webapi_http_error':
      return `the Slack Web API at ${apiUrl} answered HTTP ${e.statusCode ?? '?'}: check SLACK_API_URL`;
    case 'slack_webapi_rate_limited_error':
      return `Slack is rate-limiting the bot (retry after ${e.retryAfter ?? '?'} s)`;
    default:
      return `${step === 'auth' ? 'checking SLACK_BOT_TOKEN' : 'opening the Socket Mode connection'} failed: ${(error as Error)?.message ?? String(error)}`;
  }
}

export function createSlackConnection(options: SlackConnectionOptions): SlackConnection {
  const retry = options.retry ?? { firstMs: 1000, maxMs: 5 * 60_000 };
  let identity: SlackIdentity | undefined;
  let state: ComponentState = { ready: false, reason: 'connecting to Slack' };
  let stopped = false;
  let pause: { timer: NodeJS.Timeout; wake: () => void } | undefined;

  async function attempt(): Promise<boolean> {
    let step: 'auth' | 'socket' = 'auth';
    try {
      const auth = await options.authTest();
      identity = { botId: String(auth.bot_id ?? ''), botUserId: String(auth.user_id ?? '') };
      step = 'socket';
      await options.openSocket?.();
      state = { ready: true, reason: `connected as ${auth.user ?? identity.botUserId}${auth.team ? ` in ${auth.team}` : ''}` };
      return true;
    } catch (error) {
      state = { ready: false, reason: describeSlackFailure(error, step, options.apiUrl) };
      return false;
    }
  }

  async function keepTrying(): Promise<void> {
    for (let delay = retry.firstMs; !stopped; delay = Math.min(delay * 2, retry.maxMs)) {
      options.log('slack: not connected', { level: 'warn', reason: state.reason, retryInSeconds: delay / 1000 });
      await new Promise<void>((wake) => {
        pause = { timer: setTimeout(wake, delay), wake };
      });
      pause = undefined;
      if (stopped) return;
      if (await attempt()) {
        options.log('slack: connected', { detail: state.reason });
        return;
      }
    }
  }

  return {
    identity: () => identity,
    state: () => (stopped && state.ready ? { ready: false, reason: 'stopped' } : state),
    async start(waitMs) {
      const first = attempt();
      void first.then((ok) => (ok ? undefined : keepTrying()));
      // The first attempt may hang on an unreachable host: the rest of start-up goes on after waitMs.
      let waited: NodeJS.Timeout | undefined;
      await Promise.race([first, new Promise<void>((resolve) => {
        waited = setTimeout(resolve, waitMs);
      })]);
      clearTimeout(waited);
    },
    stop() {
      stopped = true;
      if (pause) {
        clearTimeout(pause.timer);
        pause.wake();
      }
    },
  };
}
