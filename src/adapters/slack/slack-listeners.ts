import { randomUUID } from 'node:crypto';
import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { parseCommand, type ParseResult } from '../../core/commands.js';
import { parseFailureReply } from '../../core/handlers/usage.js';
import type { ItemStore } from '../../core/ports.js';
import type { SlackDeps } from './slack-adapter.js';
import { replyPicture, type Reply } from '../../core/replies.js';
import type { MessageContext, Router } from '../../core/router.js';
import { replyToBlockKit, replyToPlainSlackText, type SlackMessage } from './block-kit.js';
import { chartUpload, uploadChart } from './chart-upload.js';
import { postSafely, slackErrorCode } from './post-safely.js';
import { registerReviewListeners } from './slack-review-listeners.js';
import type { SlackAnswerPayload } from './slack-answer-poster.js';

/** What the listeners need: the adapter's own dependencies, plus how to run work in the background and who the bot is. */
export interface SlackListenerDeps extends Omit<SlackDeps, 'status'> {
  /** Runs work after the listener returns, keeping it counted until it settles. */
  inBackground: (work: () => Promise<void>) => void;
  /** The bot's own user id, once connected: its own DMs are not answered. */
  botUserId: () => string | undefined;
}

type MessageEvent = { channel: string; ts: string; thread_ts?: string; text?: string; team?: string; user?: string };

const DEDUPE_DAYS = 3;
const WORKING = 'Working on it… :hourglass_flowing_sand:';
/** Slack sends text with &, < and > escaped; the router wants what the user typed. */
const unescapeSlack = (text: string): string => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** A message parsed once: whether it is slow to answer and what to run are decided from the same parse. */
interface ParsedMessage { text: string; parsed: ParseResult; slow: boolean }
function parseMessage(text: string, slowAnswers: boolean): ParsedMessage {
  const parsed = parseCommand(text);
  return { text, parsed, slow: slowAnswers && parsed.ok && parsed.command.kind === 'ask' };
}
async function answer(router: Router, message: ParsedMessage, context: MessageContext): Promise<Reply> {
  return message.parsed.ok ? router.run(message.parsed.command, context) : parseFailureReply(message.text, message.parsed);
}

/** Mentions, DMs, `/brief` and the buttons of the bot's messages. */
export function registerSlackListeners(app: App, deps: SlackListenerDeps): void {
  const answerMessage = createMessageAnswerer(deps);
  app.event('app_mention', async ({ event, body, client }) => {
    deps.inBackground(() => answerMessage(client, event as never, (body as { event_id?: string }).event_id, true));
  });
  app.message(async ({ message, body, client }) => {
    const m = message as { channel_type?: string; subtype?: string; bot_id?: string; user?: string; text?: string };
    if (m.channel_type !== 'im' || m.subtype || m.bot_id || m.user === deps.botUserId()) return;
    deps.inBackground(() => answerMessage(client, message as never, (body as { event_id?: string }).event_id, false));
  });
  registerSlashCommand(app, deps);
  registerButtons(app, deps);
  registerReviewListeners(app, deps);
}

/** Saves an answer as shown, so its buttons can share or rate it. */
async function answerButtons(store: ItemStore, reply: Reply, conversation: string, question: string, share: boolean) {
  if (reply.kind !== 'answer') return {};
  const answerId = await store.saveAnswer({ platform: 'slack', conversation, question, reply });
  return { answerId, share };
}

/**
 * A mention or DM: answered once, in its thread, with a visible "working…" when the answer will take a while. The
 * answer goes through the outbox: stored first, then posted, and retried if Slack is down.
 */
function createMessageAnswerer(deps: SlackListenerDeps) {
  const claim = (key: string) => deps.store.claimOnce(key, new Date(deps.clock.now().getTime() - DEDUPE_DAYS * 86_400_000).toISOString());
  return async (client: WebClient, event: MessageEvent, eventId: string | undefined, inThread: boolean): Promise<void> => {
    if (eventId && !(await claim(`slack:event:${eventId}`))) return;
    if (!(await claim(`slack:message:${event.channel}:${event.ts}`))) return;
    const message = parseMessage(unescapeSlack((event.text ?? '').replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, ' ')).trim(), deps.slowAnswers);
    const threadTs = event.thread_ts ?? (inThread ? event.ts : undefined);
    const conversation = `slack:${event.team ?? ''}:${event.channel}:${threadTs ?? 'dm'}`;
    const target = { channel: event.channel, ...(threadTs ? { thread_ts: threadTs } : {}) };
    try {
      // Best-effort: without it the answer still comes, just without the placeholder.
      const workingTs = message.slow ? await client.chat.postMessage({ ...target, text: WORKING }).then((posted) => posted.ts, () => undefined) : undefined;
      const progress = workingTs ? progressUpdater(client, event.channel, workingTs) : undefined;
      const reply = await answer(deps.router, message, { conversationKey: conversation,
        ...(event.user ? { channel: { platform: 'slack' as const, id: event.channel, user: event.user } } : {}),
        ...(progress ? { onProgress: progress.update } : {}) });
      // A chart goes up as a file with its caption, followed by its buttons; anything else as messages.
      const messages = reply.kind === 'chart' ? chartButtons(reply)
        : replyToBlockKit(reply, await answerButtons(deps.store, reply, conversation, message.text, false));
      // A progress update still in flight must not land on top of the answer.
      await progress?.finish();
      const picture = replyPicture(reply);
      const payload: SlackAnswerPayload = { key: randomUUID(), channel: event.channel, ...(threadTs ? { threadTs } : {}),
        ...(workingTs ? { replaceTs: workingTs } : {}), messages, plain: replyToPlainSlackText(reply),
        ...(picture ? { upload: chartUpload(picture) } : {}) };
      await deps.outbox.send('slack', payload);
    } catch (error) {
      deps.log('slack: could not answer', { level: 'warn', channel: event.channel, error: slackErrorCode(error) ?? String(error) });
      await client.chat.postMessage({ ...target, text: `Sorry, I could not answer that (${slackErrorCode(error) ?? 'internal error'}).` })
        .catch(() => {});
    }
  };
}

/** The buttons under a chart posted in a thread (its caption goes with the file): one row each, as Slack wants ids unique in a block. */
function chartButtons(reply: Extract<Reply, { kind: 'chart' }>): SlackMessage[] {
  if (reply.actions.length === 0) return [];
  const [message] = replyToBlockKit(reply);
  return message ? [{ text: message.text, blocks: message.blocks.filter((block) => block.type === 'actions') }] : [];
}

/** Edits the "working…" message as an LLM streams, at most every 1.5 s; `finish` waits out an edit in flight and stops. */
function progressUpdater(client: WebClient, channel: string, ts: string) {
  let lastUpdate = 0;
  let finished = false;
  let inFlight: Promise<unknown> = Promise.resolve();
  return {
    update(partial: string): void {
      if (finished || Date.now() - lastUpdate < 1500) return;
      lastUpdate = Date.now();
      inFlight = client.chat.update({ channel, ts, text: `Working on it… ${partial.length} characters so far` }).catch(() => {});
    },
    async finish(): Promise<void> {
      finished = true;
      await inFlight;
    },
  };
}

/** `/brief …`: answered privately, at once, or after a "working…" when the answer will take a while. */
function registerSlashCommand(app: App, deps: SlackListenerDeps): void {
  app.command('/brief', async ({ command, ack, respond }) => {
    const message = parseMessage(unescapeSlack(command.text ?? ''), deps.slowAnswers);
    const conversation = `slack:${command.team_id}:${command.channel_id}:${command.user_id}:slash`;
    const render = async (reply: Reply) => replyToBlockKit(reply, { ...(await answerButtons(deps.store, reply, conversation, message.text, true)), shareChart: true });
    const context = { conversationKey: conversation, channel: { platform: 'slack' as const, id: command.channel_id, user: command.user_id } };
    if (!message.slow) {
      const [first, ...rest] = await render(await answer(deps.router, message, context));
      await ack({ response_type: 'ephemeral', ...first });
      for (const more of rest) await respond({ response_type: 'ephemeral', ...more });
      return;
    }
    await ack({ response_type: 'ephemeral', text: WORKING });
    deps.inBackground(async () => {
      const messages = await render(await answer(deps.router, message, context));
      for (const [i, part] of messages.entries()) await respond({ response_type: 'ephemeral', replace_original: i === 0, ...part });
    });
  });
}

/** Buttons: "Next page" and "Full item" run a command; the answer's own buttons share it or rate it. */
function registerButtons(app: App, deps: SlackListenerDeps): void {
  app.action('run_command', async ({ ack, action, body, respond }) => {
    await ack();
    const value = (action as { value?: string }).value ?? '';
    const channel = (body as { channel?: { id?: string } }).channel?.id ?? '';
    const reply = await deps.router.handle(value, { conversationKey: `slack:${body.user.id}:${channel}:buttons`,
      channel: { platform: 'slack', id: channel, user: body.user.id } });
    for (const message of replyToBlockKit(reply, { shareChart: true })) await respond({ response_type: 'ephemeral', replace_original: false, ...message });
  });

  // A private answer cannot hold a file: "Post chart here" draws the chart again and uploads it to the channel.
  app.action('share_chart', async ({ ack, action, body, client, respond }) => {
    await ack();
    const channel = (body as { channel?: { id?: string } }).channel?.id;
    const reply = await deps.router.handle((action as { value?: string }).value ?? '', { conversationKey: `slack:${body.user.id}:${channel ?? ''}:buttons` });
    if (!channel || reply.kind !== 'chart') return;
    try {
      await uploadChart(client, { channel }, chartUpload(reply.picture, `<@${body.user.id}> shared: ${reply.picture.caption}`));
    } catch (error) {
      deps.log('slack: chart not posted', { channel, error: slackErrorCode(error) ?? String(error) });
      await respond({ response_type: 'ephemeral', replace_original: false, text: `Could not post the chart here (${slackErrorCode(error) ?? 'error'}).` });
    }
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
}
