import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  ActivityTypes, CloudAdapter, ConfigurationBotFrameworkAuthentication, TurnContext,
  type Activity, type ConversationReference,
} from 'botbuilder';
import { parseCommand, type ParseResult } from '../../core/commands.js';
import { submittedEdit } from './card-operator.js';
import { parseFailureReply } from '../../core/handlers/usage.js';
import type { Reply } from '../../core/replies.js';
import type { Router } from '../../core/router.js';
import { citationEntity, replyToAdaptiveCard } from './adaptive-card.js';
import { digestToAdaptiveCards } from './digest-cards.js';
import { keepSchemaOrgEntityProperties } from './entity-serialization.js';
import type { Clock, DigestTarget, ItemStore } from '../../core/ports.js';
import { replyToText } from '../../core/render-text.js';
import { startHttpListener, type HttpListener } from '../../service/http-listener.js';
import { createServiceStatus, type ComponentState, type ServiceStatus } from '../../service/service-status.js';

export interface TeamsSettings {
  appId?: string;
  appPassword?: string;
  appType?: string;
  tenantId?: string;
  port: number;
}

export interface TeamsDeps {
  router: Router;
  store: ItemStore;
  clock: Clock;
  slowAnswers: boolean;
  log: (message: string, fields?: Record<string, unknown>) => void;
  /** The process's /healthz and /readyz state; the adapter adds itself as `teams`. */
  status?: ServiceStatus;
}

export interface TeamsAdapter {
  start(): Promise<{ port: number; host: string }>;
  /** Waits for requests and answers in flight (new ones are refused once the process drains). */
  drain(): Promise<void>;
  /** Drains, then closes the endpoint. */
  stop(): Promise<void>;
  /** Ready once the endpoint listens. */
  state(): ComponentState;
  /** Posts a reply to a conversation the bot knows (digests); false when no reference is stored for it. */
  sendProactive(conversationKey: string, reply: Reply): Promise<boolean>;
  /** Digests for Teams chats and channels, sent proactively through the stored references. */
  digestTarget: DigestTarget;
  /** Resolves when every answer still being prepared has been sent. */
  idle(): Promise<void>;
}

const MAX_BODY_BYTES = 1_000_000;

/** The activity Teams shows for a reply: an Adaptive Card, a text fallback, and the citation entity. */
function replyActivity(reply: Reply): Partial<Activity> {
  const entity = reply.kind === 'answer' ? citationEntity(reply) : undefined;
  return {
    type: ActivityTypes.Message,
    text: replyToText(reply).slice(0, 4000),
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: replyToAdaptiveCard(reply) }],
    ...(entity ? { entities: [entity as never] } : {}),
  };
}

/** A digest's cards as messages, one a card: what a schedule posts and what a preview in the channel shows. */
const digestActivities = (digest: Extract<Reply, { kind: 'digest' }>): Array<Partial<Activity>> => digestToAdaptiveCards(digest)
  .map(({ text, card }) => ({ type: ActivityTypes.Message, text, attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] }));

/** The messages a reply takes: a digest, every one of its cards; anything else, one. */
const replyActivities = (reply: Reply): Array<Partial<Activity>> => (reply.kind === 'digest' ? digestActivities(reply) : [replyActivity(reply)]);

/** The conversation key: in a channel the reply chain (conversation id with its message id), else the chat. */
const conversationKeyOf = (activity: Activity): string => `teams:${activity.conversation.id}`;
/** The chat or channel itself, without a reply chain's message id: where digests go. */
const channelKeyOf = (activity: Activity): string => `teams:${activity.conversation.id.split(';')[0]}`;

/** Stores where this reply chain, and its channel or chat, can be reached later. */
async function remember(store: ItemStore, context: TurnContext): Promise<void> {
  const reference = TurnContext.getConversationReference(context.activity);
  await store.saveConversationRef(conversationKeyOf(context.activity), 'teams', reference);
  const channelId = context.activity.conversation.id.split(';')[0] as string;
  await store.saveConversationRef(channelKeyOf(context.activity), 'teams',
    { ...reference, conversation: { ...reference.conversation, id: channelId } });
}

/** What a message asks: an Action.Submit from a card carries the command to run; otherwise the text, without the bot's @mention. */
function messageText(activity: Activity): string {
  const submitted = (activity.value as { command?: unknown } | undefined)?.command;
  return typeof submitted === 'string' ? submitted : (TurnContext.removeRecipientMention(activity) ?? activity.text ?? '')
    .replace(/<at>[^<]*<\/at>/g, ' ').trim();
}

/** Answers each message turn; an answer that may outlast the turn is sent later into the same reply chain. */
function createTurnHandler(adapter: CloudAdapter, settings: TeamsSettings, deps: TeamsDeps, pending: Set<Promise<void>>) {
  return async function onTurn(context: TurnContext): Promise<void> {
    const activity = context.activity;
    if (activity.type === ActivityTypes.ConversationUpdate || activity.type === ActivityTypes.InstallationUpdate) {
      await remember(deps.store, context);
      return;
    }
    if (activity.type !== ActivityTypes.Message) return;
    await remember(deps.store, context);
    const text = messageText(activity);
    const edit = submittedEdit(activity.value);
    const parsed: ParseResult = edit ? { ok: true, command: { kind: 'review', action: { verb: 'save', ...edit } } } : parseCommand(text);
    const answer = async (): Promise<Reply> => (parsed.ok ? deps.router.run(parsed.command, { conversationKey: conversationKeyOf(activity),
      channel: { platform: 'teams', id: channelKeyOf(activity), user: activity.from?.id ?? 'unknown' } }) : parseFailureReply(text, parsed));
    if (!(deps.slowAnswers && parsed.ok && parsed.command.kind === 'ask')) {
      await context.sendActivities(replyActivities(await answer()));
      return;
    }
    // An LLM answer can take longer than the Bot Framework waits for a turn: show typing, end the turn, and
    // send the answer into the same reply chain when it is ready.
    await context.sendActivity({ type: ActivityTypes.Typing });
    const reference = TurnContext.getConversationReference(activity);
    const task = (async () => {
      const reply = await answer();
      await adapter.continueConversationAsync(settings.appId ?? '', reference, async (later) => {
        await later.sendActivities(replyActivities(reply));
      });
    })().catch((error: unknown) => deps.log('teams: late answer failed', { level: 'error', error: String(error) })).finally(() => pending.delete(task));
    pending.add(task);
  };
}

/** The request's activity, or undefined once the request has been answered with why it is not one. */
async function readActivity(req: IncomingMessage, res: ServerResponse): Promise<Activity | undefined> {
  // Collect bytes, not strings: a character split across two chunks must survive.
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      res.writeHead(413).end();
      return undefined;
    }
    chunks.push(chunk as Buffer);
  }
  try {
    const activity = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Activity;
    if (!activity || typeof activity !== 'object' || typeof activity.type !== 'string' || !activity.conversation?.id || !activity.serviceUrl) {
      throw new Error('not an activity: type, conversation.id and serviceUrl are required');
    }
    return activity;
  } catch (error) {
    res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: (error as Error).message }));
    return undefined;
  }
}

/** Digests for Teams chats and channels, sent proactively through the stored references. */
function teamsDigestTarget(sendProactive: (key: string, activity: Partial<Activity>) => Promise<string | null | undefined>): DigestTarget {
  return {
    render: digestActivities,
    async postPart(subscription, payload) {
      const sent = await sendProactive(subscription.channel, payload as Partial<Activity>);
      if (sent === undefined) throw new Error(`no stored Teams conversation for ${subscription.channel}: the bot must be added there first`);
      return sent;
    },
    // Teams offers no search by metadata: a part whose post was interrupted before it was recorded is sent again.
    findPostedParts: async () => new Map(),
    async postReply(channel, reply) {
      if ((await sendProactive(channel, replyActivity(reply))) === undefined) throw new Error(`no stored Teams conversation for ${channel}: the bot must be added there first`);
    },
  };
}

function createCloudAdapter(settings: TeamsSettings, log: TeamsDeps['log']): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: settings.appId ?? '', MicrosoftAppPassword: settings.appPassword ?? '',
    MicrosoftAppType: settings.appType ?? (settings.appId ? 'MultiTenant' : ''), MicrosoftAppTenantId: settings.tenantId ?? '',
  } as never);
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context, error) => {
    log('teams: turn failed', { level: 'error', error: String(error), conversation: context.activity.conversation?.id });
    await context.sendActivity('Sorry, something went wrong while answering. Please try again.').catch(() => {});
  };
  return adapter;
}

/** POST /api/messages: the activity goes through the Bot Framework's authentication to the turn handler. */
function requestHandler(adapter: CloudAdapter, onTurn: (context: TurnContext) => Promise<void>, log: TeamsDeps['log']) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'POST' || req.url !== '/api/messages') {
      res.writeHead(404).end();
      return;
    }
    const activity = await readActivity(req, res);
    if (!activity) return;
    try {
      await adapter.processActivityDirect(req.headers.authorization ?? '', activity, onTurn);
      res.writeHead(200).end();
    } catch (error) {
      const status = /unauthori[sz]ed|authoriz|jwt|token/i.test(String((error as Error).message ?? error)) ? 401 : 500;
      log('teams: request rejected', { level: 'warn', status, error: String(error) });
      res.writeHead(status).end();
    }
  };
}

/** Sends into a stored conversation: the posted activity's id, null when Teams returned none, undefined when no reference is stored. */
function proactiveSender(adapter: CloudAdapter, settings: TeamsSettings, store: ItemStore) {
  return async (conversationKey: string, activity: Partial<Activity>): Promise<string | null | undefined> => {
    const reference = await store.getConversationRef(conversationKey) as Partial<ConversationReference> | undefined;
    if (!reference) return undefined;
    let id: string | null = null;
    await adapter.continueConversationAsync(settings.appId ?? '', reference, async (context) => {
      id = (await context.sendActivity(activity))?.id ?? null;
    });
    return id;
  };
}

export function createTeamsAdapter(settings: TeamsSettings, deps: TeamsDeps): TeamsAdapter {
  keepSchemaOrgEntityProperties();
  const adapter = createCloudAdapter(settings, deps.log);
  const pending = new Set<Promise<void>>();
  const onTurn = createTurnHandler(adapter, settings, deps, pending);

  const handle = requestHandler(adapter, onTurn, deps.log);
  const sendProactive = proactiveSender(adapter, settings, deps.store);

  let listener: HttpListener | undefined;
  async function drain(): Promise<void> {
    await listener?.idle();
    while (pending.size > 0) await Promise.allSettled([...pending]);
  }
  const status = deps.status ?? createServiceStatus();
  const state = (): ComponentState => (listener
    ? { ready: true, reason: settings.appId ? `authenticated as ${settings.appId}` : 'unauthenticated, on this machine only (Bot Framework Emulator)' }
    : { ready: false, reason: 'the endpoint is not listening' });
  status.register('teams', state);
  return {
    async start() {
      // Without an app id the endpoint is unauthenticated: then it only listens on this machine.
      const host = settings.appId ? '0.0.0.0' : '127.0.0.1';
      listener = await startHttpListener({ port: settings.port, host, status, needs: ['store', 'teams'], log: deps.log,
        handle: (req, res) => handle(req, res) });
      return { port: listener.port, host };
    },
    drain,
    async stop() {
      await drain();
      await listener?.close();
      listener = undefined;
    },
    state,
    async idle() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
    sendProactive: async (conversationKey, reply) => (await sendProactive(conversationKey, replyActivity(reply))) !== undefined,
    digestTarget: teamsDigestTarget(sendProactive),
  };
}
