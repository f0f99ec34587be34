import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, ExpressReceiver, LogLevel, SocketModeReceiver, webApi, type Logger } from '@slack/bolt';
import type { Clock, DigestTarget, ItemStore, Outbox } from '../../core/ports.js';
import type { Router } from '../../core/router.js';
import { createSlackAnswerPoster } from './slack-answer-poster.js';
import { createDeliveryClient, createSlackDigestTarget } from './slack-digest-target.js';
import { createSlackConnection, type SlackConnection } from './slack-connection.js';
import { registerSlackListeners } from './slack-listeners.js';
import { startHttpListener, type HttpListener } from '../../service/http-listener.js';
import { createServiceStatus, type ComponentState, type ServiceStatus } from '../../service/service-status.js';

export interface SlackSettings {
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  apiUrl?: string;
  port: number;
  /** Pauses between connection attempts while Slack cannot be reached or refuses the token. */
  retry?: { firstMs: number; maxMs: number };
}

export interface SlackDeps {
  router: Router;
  store: ItemStore;
  clock: Clock;
  /** True when answers go through an LLM and may take seconds: acknowledge first, answer later. */
  slowAnswers: boolean;
  /** Where answers to mentions and DMs go, so a Slack outage delays them instead of losing them. */
  outbox: Outbox;
  log: (message: string, fields?: Record<string, unknown>) => void;
  /** The process's /healthz and /readyz state; the adapter adds itself as `slack`. */
  status?: ServiceStatus;
}

export interface SlackAdapter {
  /**
   * Opens the HTTP endpoint (not in Socket Mode) and connects to Slack. Never fails because of Slack: while the
   * token is refused or Slack cannot be reached, `state()` says why and connecting is retried in the background.
   */
  start(): Promise<{ port?: number }>;
  /** Stops taking events (closes the socket; HTTP refuses them once the process drains) and waits for the answers in flight. */
  drain(): Promise<void>;
  /** Drains, then closes the endpoint. */
  stop(): Promise<void>;
  state(): ComponentState;
  /** Resolves when every answer in flight has been posted or given up (for orderly shutdown and tests). */
  idle(): Promise<void>;
  /** Digests for Slack channels, through this app's Web API client. */
  digestTarget: DigestTarget;
}

const SLACK_API = 'https://slack.com/api/';
/** start() waits this long for the first connection attempt; later ones happen in the background. */
const FIRST_ATTEMPT_WAIT_MS = 5000;

/** Bolt's logger, quiet but for warnings and errors, which go to our log. */
function slackLogger(log: SlackDeps['log']): Logger {
  return {
    debug: () => {}, info: () => {},
    warn: (...args) => log('slack: warning', { detail: args.map(String).join(' ') }),
    error: (...args) => log('slack: error', { level: 'error', detail: args.map(String).join(' ') }),
    setLevel: () => {}, getLevel: () => LogLevel.WARN, setName: () => {},
  };
}

interface BoltWiring {
  app: App;
  /** The HTTP receiver, absent in Socket Mode. */
  httpReceiver: ExpressReceiver | undefined;
  connection: SlackConnection;
  /** Closes the socket, in Socket Mode. */
  stopSocket(): Promise<void>;
}

/** The Bolt app on HTTP or Socket Mode, and the connection that checks the token and opens the socket. */
function createBoltApp(settings: SlackSettings, log: SlackDeps['log']): BoltWiring {
  const logger = slackLogger(log);
  const apiUrl = settings.apiUrl ? (settings.apiUrl.endsWith('/') ? settings.apiUrl : `${settings.apiUrl}/`) : SLACK_API;
  const clientOptions = { slackApiUrl: apiUrl, timeout: 30_000, retryConfig: { retries: 2, factor: 1, minTimeout: 100, maxTimeout: 1000 } };
  const socketMode = Boolean(settings.appToken);
  const httpReceiver = socketMode ? undefined : new ExpressReceiver({ signingSecret: settings.signingSecret ?? '', processBeforeResponse: true,
    endpoints: '/slack/events', logger });
  // Socket Mode opens its connection through its own Web API client: point it at the same API URL.
  const receiver = httpReceiver ?? new SocketModeReceiver({ appToken: settings.appToken as string, logger,
    installerOptions: { clientOptions: { ...clientOptions } } });
  // This client checks the token; Bolt gives handlers their own, with the same token.
  const client = new webApi.WebClient(settings.botToken, { ...clientOptions, logger });
  let socketStarted = false;
  const connection = createSlackConnection({ authTest: () => client.auth.test(), apiUrl, log,
    ...(settings.retry ? { retry: settings.retry } : {}), ...(socketMode ? { openSocket: async () => {
      // A failed earlier attempt may have left a half-open client behind.
      if (socketStarted) await app.stop().catch(() => {});
      socketStarted = true;
      await app.start();
    } } : {}) });
  // Identity comes from our own auth.test, so Bolt never calls it itself (it would crash the process when Slack is down).
  const app = new App({ logger, clientOptions, receiver, authorize: async () => {
    const identity = connection.identity();
    if (!identity) throw new Error('not connected to Slack yet');
    return { botToken: settings.botToken, ...identity };
  } });
  const stopSocket = async () => {
    if (socketStarted) await app.stop().catch(() => {});
    socketStarted = false;
  };
  return { app, httpReceiver, connection, stopSocket };
}

/** Work that outlives the request it came with, counted until it settles. */
function backgroundWork(log: SlackDeps['log']) {
  const pending = new Set<Promise<void>>();
  return {
    run(work: () => Promise<void>): void {
      const task = work().catch((error: unknown) => log('slack: answer failed', { level: 'error', error: String(error) })).finally(() => pending.delete(task));
      pending.add(task);
    },
    async settled(): Promise<void> {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}

/** Slack's requests go to Bolt once the token is known good; until then Slack is asked to retry later. */
function requestHandler(connection: SlackConnection, httpReceiver: ExpressReceiver | undefined) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    if (!connection.state().ready) {
      res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '10' })
        .end(JSON.stringify({ error: `not connected to Slack: ${connection.state().reason}` }));
      return;
    }
    httpReceiver?.app(req, res);
  };
}

export function createSlackAdapter(settings: SlackSettings, deps: SlackDeps): SlackAdapter {
  const { app, httpReceiver, connection, stopSocket } = createBoltApp(settings, deps.log);
  const status = deps.status ?? createServiceStatus();
  status.register('slack', () => connection.state());
  let listener: HttpListener | undefined;
  // Answers and digests are retried by the bot itself, which looks before posting again: this client never retries.
  const deliveryClient = createDeliveryClient(settings.botToken, settings.apiUrl);
  let stopServing: (() => Promise<void>) | undefined;
  const background = backgroundWork(deps.log);
  registerSlackListeners(app, { ...deps, inBackground: background.run, botUserId: () => connection.identity()?.botUserId });
  app.error(async (error) => {
    deps.log('slack: listener error', { level: 'error', error: String(error) });
  });

  const handle = requestHandler(connection, httpReceiver);

  async function drain(): Promise<void> {
    connection.stop();
    await stopSocket();
    await listener?.idle();
    await background.settled();
  }

  return {
    async start() {
      if (httpReceiver) {
        listener = await startHttpListener({ port: settings.port, status, needs: ['store', 'slack'], log: deps.log, handle });
      }
      await connection.start(FIRST_ATTEMPT_WAIT_MS);
      // Answers an earlier run stored but could not post go out now (and wait, retrying, while Slack is down).
      stopServing = deps.outbox.serve('slack', createSlackAnswerPoster(deliveryClient));
      return listener ? { port: listener.port } : {};
    },
    drain,
    async stop() {
      await drain();
      // Answers still waiting for a retry stay in the store for the next start.
      await stopServing?.();
      await listener?.close();
      listener = undefined;
    },
    state: () => connection.state(),
    digestTarget: createSlackDigestTarget(deliveryClient, deps.log),
    async idle() {
      await background.settled();
      await deps.outbox.idle();
    },
  };
}
