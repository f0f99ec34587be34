import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, ExpressReceiver, LogLevel, SocketModeReceiver, webApi, type Logger } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { parseCommand } from '../../core/commands.js';
import type { Clock, DigestTarget, ItemStore, Outbox } from '../../core/ports.js';
import type { Reply } from '../../core/replies.js';
import type { Router } from '../../core/router.js';
import { replyToBlockKit, replyToPlainSlackText } from './block-kit.js';
import { postSafely, slackErrorCode } from './post-safely.js';
import { createSlackAnswerPoster, type SlackAnswerPayload } from './slack-answer-poster.js';
import { createDeliveryClient, createSlackDigestTarget } from './slack-digest-target.js';
import { createSlackConnection } from './slack-connection.js';
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

const DEDUPE_DAYS = 3;
const SLACK_API = 'https://slack.com/api/';
/** start() waits this long for the first connection attempt; later ones happen in the background. */
const FIRST_ATTEMPT_WAIT_MS = 5000;
/** Slack sends text with &, < and > escaped; the router wants what the user typed. */
const unescapeSlack = (text: string): string => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

export function createSlackAdapter(settings: SlackSettings, deps: SlackDeps): SlackAdapter {
  const logger: Logger = {
    debug: () => {}, info: () => {},
    warn: (...args) => deps.log('slack: warning', { detail: args.map(String).join(' ') }),
    error: (...args) => deps.log('slack: error', { detail: args.map(String).join(' ') }),
    setLevel: () => {}, getLevel: () => LogLevel.WARN, setName: () => {},
  };
  const apiUrl = settings.apiUrl ? (settings.apiUrl.endsWith('/') ? settings.apiUrl : `${settings.apiUrl}/`) : SLACK_API;
  const clientOptions = { slackApiUrl: apiUrl, timeout: 30_000, retryConfig: { retries: 2, factor: 1, minTimeout: 100, maxTimeout: 1000 } };
  const socketMode = Boolean(settings.appToken);
  const httpReceiver = socketMode ? undefined : new ExpressReceiver({ signingSecret: settings.signingSecret ?? '', processBeforeResponse: true,
    endpoints: '/slack/events', logger });
  // Socket Mode opens its connection through its own Web API client: point it at the same API URL.
  const receiver = httpReceiver ?? new SocketModeReceiver({ appToken: settings.appToken as string, logger,
    installerOptions: { clientOptions: { ...clientOptions } } });
  // This client checks the token and posts digests; Bolt gives handlers their own, with the same token.
  const client = new webApi.WebClient(settings.botToken, { ...clientOptions, logger });
  const connection = createSlackConnection({ authTest: () => client.auth.test(), apiUrl, log: deps.log,
    ...(settings.retry ? { retry: settings.retry } : {}), ...(socketMode ? { openSocket: async () => {
      // A failed earlier attempt may have left a half-open client behind.
      if (socketStarted) await app.stop().catch(() => {});
      socketStarted = true;
      await app.start();
    } } : {}) });
  let socketStarted = false;
  // Identity comes from our own auth.test, so Bolt never calls it itself (it would crash the process when Slack is down).
  const app = new App({ logger, clientOptions, receiver, authorize: async () => {
    const identity = connection.identity();
    if (!identity) throw new Error('not connected to Slack yet');
    return { botToken: settings.botToken, ...identity };
  } });
  const status = deps.status ?? createServiceStatus();
  status.register('slack', () => connection.state());
  let listener: HttpListener | undefined;
  // Answers and digests are retried by the bot itself, which looks before posting again: this client never retries.
  const deliveryClient = createDeliveryClient(settings.botToken, settings.apiUrl);
  let stopServing: (() => Promise<void>) | undefined;
  const pending = new Set<Promise<void>>();
  const inBackground = (work: () => Promise<void>): void => {
    const task = work().catch((error: unknown) => deps.log('slack: answer failed', { error: String(error) })).finally(() => pending.delete(task));
    pending.add(task);
  };
  const claim = (key: string) => deps.store.claimOnce(key, new Date(deps.clock.now().getTime() - DEDUPE_DAYS * 86_400_000).toISOString());
  const isSlow = (text: string): boolean => {
    const parsed = parseCommand(text);
    return deps.slowAnswers && parsed.ok && parsed.command.kind === 'ask';
  };
  async function answerButtons(reply: Reply, conversation: string, question: string, share: boolean) {
    if (reply.kind !== 'answer') return {};
    const answerId = await deps.store.saveAnswer({ platform: 'slack', conversation, question, reply });
    return { answerId, share };
  }

  /**
   * A mention or DM: answered once, in its thread, with a visible "working…" when the answer will take a while. The
   * answer goes through the outbox: stored first, then posted, and retried if Slack is down.
   */
  async function answerMessage(client: WebClient, event: { channel: string; ts: string; thread_ts?: string; text?: string; team?: string; user?: string },
    eventId: string | undefined, inThread: boolean): Promise<void> {
    if (eventId && !(await claim(`slack:event:${eventId}`))) return;
    if (!(await claim(`slack:message:${event.channel}:${event.ts}`))) return;
    const text = unescapeSlack((event.text ?? '').replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, ' ')).trim();
    const threadTs = event.thread_ts ?? (inThread ? event.ts : undefined);
    const conversation = `slack:${event.team ?? ''}:${event.channel}:${threadTs ?? 'dm'}`;
    const target = { channel: event.channel, ...(threadTs ? { thread_ts: threadTs } : {}) };
    try {
      // Best-effort: without it the answer still comes, just without the placeholder.
      const workingTs = isSlow(text) ? await client.chat.postMessage({ ...target, text: 'Working on it… :hourglass_flowing_sand:' })
        .then((posted) => posted.ts, () => undefined) : undefined;
      let lastUpdate = 0;
      let finished = false;
      let progressUpdate: Promise<unknown> = Promise.resolve();
      const reply = await deps.router.handle(text, { conversationKey: conversation,
        ...(event.user ? { channel: { platform: 'slack' as const, id: event.channel, user: event.user } } : {}),
        ...(workingTs ? { onProgress: (partial: string) => {
          if (finished || Date.now() - lastUpdate < 1500 || !workingTs) return;
          lastUpdate = Date.now();
          progressUpdate = client.chat.update({ channel: event.channel, ts: workingTs, text: `Working on it… ${partial.length} characters so far` }).catch(() => {});
        } } : {}) });
      const messages = replyToBlockKit(reply, await answerButtons(reply, conversation, text, false));
      // A progress update still in flight must not land on top of the answer.
      finished = true;
      await progressUpdate;
      const payload: SlackAnswerPayload = { key: randomUUID(), channel: event.channel, ...(threadTs ? { threadTs } : {}),
        ...(workingTs ? { replaceTs: workingTs } : {}), messages, plain: replyToPlainSlackText(reply) };
      await deps.outbox.send('slack', payload);
    } catch (error) {
      deps.log('slack: could not answer', { channel: event.channel, error: slackErrorCode(error) ?? String(error) });
      await client.chat.postMessage({ ...target, text: `Sorry, I could not answer that (${slackErrorCode(error) ?? 'internal error'}).` })
        .catch(() => {});
    }
  }

  app.event('app_mention', async ({ event, body, client }) => {
    inBackground(() => answerMessage(client, event as never, (body as { event_id?: string }).event_id, true));
  });

  app.message(async ({ message, body, client }) => {
    const m = message as { channel_type?: string; subtype?: string; bot_id?: string; user?: string; text?: string };
    if (m.channel_type !== 'im' || m.subtype || m.bot_id || m.user === connection.identity()?.botUserId) return;
    inBackground(() => answerMessage(client, message as never, (body as { event_id?: string }).event_id, false));
  });

  app.command('/brief', async ({ command, ack, respond }) => {
    const text = unescapeSlack(command.text ?? '');
    const conversation = `slack:${command.team_id}:${command.channel_id}:${command.user_id}:slash`;
    const render = async (reply: Reply) => replyToBlockKit(reply, await answerButtons(reply, conversation, text, true));
    const context = { conversationKey: conversation, channel: { platform: 'slack' as const, id: command.channel_id, user: command.user_id } };
    if (!isSlow(text)) {
      const [first, ...rest] = await render(await deps.router.handle(text, context));
      await ack({ response_type: 'ephemeral', ...first });
      for (const message of rest) await respond({ response_type: 'ephemeral', ...message });
      return;
    }
    await ack({ response_type: 'ephemeral', text: 'Working on it… :hourglass_flowing_sand:' });
    inBackground(async () => {
      const messages = await render(await deps.router.handle(text, context));
      for (const [i, message] of messages.entries()) await respond({ response_type: 'ephemeral', replace_original: i === 0, ...message });
    });
  });

  // Buttons: "Next page" and "Full item" run a command; the answer's own buttons share it or rate it.
  app.action('run_command', async ({ ack, action, body, respond }) => {
    await ack();
    const value = (action as { value?: string }).value ?? '';
    const channel = (body as { channel?: { id?: string } }).channel?.id ?? '';
    const reply = await deps.router.handle(value, { conversationKey: `slack:${body.user.id}:${channel}:buttons` });
    for (const message of replyToBlockKit(reply)) await respond({ response_type: 'ephemeral', replace_original: false, ...message });
  });

  app.action('share_answer', async ({ ack, action, body, client, respond }) => {
    await ack();
    const answerId = Number((action as { value?: string }).value);
    const saved = Number.isInteger(answerId) ? await deps.store.getAnswer(answerId) : undefined;
    const channel = (body as { channel?: { id?: string } }).channel?.id;
    if (!saved || !channel) return;
    const messages = replyToBlockKit(saved.reply, { answerId: saved.id });
    const shared = [{ ...messages[0], text: `<@${body.user.id}> shared: ${messages[0]?.text ?? ''}` }, ...messages.slice(1)] as typeof messages;
    try {
      await postSafely(client, { channel }, shared, replyToPlainSlackText(saved.reply));
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: `Could not share it here (${slackErrorCode(error) ?? 'error'}).` });
    }
  });

  for (const rating of ['up', 'down'] as const) {
    app.action(`feedback_${rating}`, async ({ ack, action, body, respond }) => {
      await ack();
      const answerId = Number((action as { value?: string }).value);
      if (!Number.isInteger(answerId) || !(await deps.store.getAnswer(answerId))) return;
      await deps.store.saveFeedback({ answerId, user: `slack:${body.user.id}`, rating });
      await respond({ response_type: 'ephemeral', replace_original: false, text: rating === 'up' ? 'Thanks for the feedback.' : 'Thanks — noted, we will look at this answer.' });
    });
  }

  app.error(async (error) => {
    deps.log('slack: listener error', { error: String(error) });
  });

  /** Slack's requests go to Bolt once the token is known good; until then Slack is asked to retry later. */
  function handle(req: IncomingMessage, res: ServerResponse): void {
    if (!connection.state().ready) {
      res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '10' })
        .end(JSON.stringify({ error: `not connected to Slack: ${connection.state().reason}` }));
      return;
    }
    httpReceiver?.app(req, res);
  }

  async function drain(): Promise<void> {
    connection.stop();
    if (socketStarted) await app.stop().catch(() => {});
    socketStarted = false;
    await listener?.idle();
    while (pending.size > 0) await Promise.allSettled([...pending]);
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
    digestTarget: createSlackDigestTarget(deliveryClient),
    async idle() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
      await deps.outbox.idle();
    },
  };
}
