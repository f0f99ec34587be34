import type { WebClient } from '@slack/web-api';
import type { OutboxEntry, OutboxPoster } from '../../core/ports.js';
import type { SlackMessage } from './block-kit.js';
import { uploadChart, type SlackUpload } from './chart-upload.js';
import { postOneSafely, replaceSafely } from './post-safely.js';
import { classifySlackError, slackErrorCode } from './slack-failure.js';

/** An answer in the outbox: where it goes and its messages, as rendered when it was stored. */
export interface SlackAnswerPayload {
  /** Unique to this answer; its messages carry it in their metadata, so a retry can tell they were posted. */
  key: string;
  channel: string;
  threadTs?: string;
  /** The "working…" message the first message replaces, when one was posted. */
  replaceTs?: string;
  messages: SlackMessage[];
  /** The whole answer as text, for when Slack rejects the blocks. */
  plain: string;
  /**
   * A chart, uploaded before the messages (part 1). A file carries no message metadata, so a retry after a lost
   * response cannot tell it went up and may upload it again; the messages after it are never repeated.
   */
  upload?: SlackUpload;
}

const EVENT_TYPE = 'policy_brief_answer';
const PAGES = 5;
/** The working message is gone or can no longer be edited: the answer is posted as a new message instead. */
const NOT_REPLACEABLE = new Set(['message_not_found', 'cant_update_message', 'edit_window_closed']);

type AnswerMetadata = { event_type?: string; event_payload?: { answer_key?: string; part?: number; whole?: boolean } };
type Seen = Map<number, { whole: boolean }>;

/**
 * Posts answers from the outbox, each message tagged with the answer's key and part number in its metadata.
 * Before posting again after a failure, it reads the thread (or, outside threads, the channel's recent history)
 * and skips the messages already there: a 500 returned after Slack stored the message does not duplicate it.
 */
export function createSlackAnswerPoster(client: WebClient): OutboxPoster {
  async function postedParts(payload: SlackAnswerPayload, entry: OutboxEntry): Promise<Seen> {
    const seen: Seen = new Map();
    let cursor: string | undefined;
    for (let page = 0; page < PAGES; page++) {
      const common = { channel: payload.channel, limit: 200, include_all_metadata: true, ...(cursor ? { cursor } : {}) };
      const result = payload.threadTs ? await client.conversations.replies({ ...common, ts: payload.threadTs })
        : await client.conversations.history({ ...common, oldest: String(Math.floor(Date.parse(entry.createdAt) / 1000) - 60) });
      for (const message of result.messages ?? []) {
        const metadata = (message as { metadata?: AnswerMetadata }).metadata;
        const part = metadata?.event_payload?.part;
        if (metadata?.event_type === EVENT_TYPE && metadata.event_payload?.answer_key === payload.key && part) seen.set(part, { whole: Boolean(metadata.event_payload.whole) });
      }
      cursor = result.response_metadata?.next_cursor || undefined;
      if (!result.has_more || !cursor) break;
    }
    return seen;
  }

  /** Posts one part of the answer (the chart, or a message); `whole` when its plain text went out instead, standing for every message. */
  async function postPart(payload: SlackAnswerPayload, part: number): Promise<{ whole: boolean }> {
    const target = { channel: payload.channel, ...(payload.threadTs ? { thread_ts: payload.threadTs } : {}) };
    if (payload.upload && part === 1) {
      await uploadChart(client, target, payload.upload);
      return { whole: false };
    }
    const first = payload.upload ? 2 : 1;
    const message = payload.messages[part - first] as SlackMessage;
    if (part === first && payload.replaceTs) {
      // Replacing is idempotent: a retry replaces the working message again, never adds a second answer.
      try {
        return await replaceSafely(client, { channel: payload.channel, ts: payload.replaceTs }, message, payload.plain);
      } catch (error) {
        if (!NOT_REPLACEABLE.has(slackErrorCode(error) ?? '')) throw error;
      }
    }
    const metadataFor = (whole: boolean) => ({ event_type: EVENT_TYPE,
      event_payload: { answer_key: payload.key, part, parts: payload.messages.length + (payload.upload ? 1 : 0), ...(whole ? { whole: true } : {}) } });
    const { whole } = await postOneSafely(client, target, message, payload.plain, metadataFor);
    return { whole };
  }

  return {
    async post(entry, { checkFirst, progress }) {
      const payload = entry.payload as SlackAnswerPayload;
      try {
        const seen: Seen = checkFirst ? await postedParts(payload, entry) : new Map();
        if ([...seen.values()].some((s) => s.whole)) return { ok: true };
        const parts = payload.messages.length + (payload.upload ? 1 : 0);
        for (let part = entry.partsPosted + 1; part <= parts; part++) {
          const whole = seen.has(part) ? false : (await postPart(payload, part)).whole;
          await progress(part);
          if (whole) break;
        }
        return { ok: true };
      } catch (error) {
        const failure = classifySlackError(error);
        return { ok: false, error: failure.code, retryable: failure.retryable, ...(failure.retryAfterMs !== undefined ? { retryAfterMs: failure.retryAfterMs } : {}) };
      }
    },
    async giveUp(entry, error) {
      const payload = entry.payload as SlackAnswerPayload;
      const text = `Sorry, I could not post the answer here (${error}).`;
      if (payload.replaceTs) await client.chat.update({ channel: payload.channel, ts: payload.replaceTs, text, blocks: [] });
      else await client.chat.postMessage({ channel: payload.channel, ...(payload.threadTs ? { thread_ts: payload.threadTs } : {}), text });
    },
  };
}
