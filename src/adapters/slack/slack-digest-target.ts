import { WebClient } from '@slack/web-api';
import type { DigestTarget } from '../../core/ports.js';
import type { Subscription } from '../../core/subscription.js';
import { replyToBlockKit, replyToPlainSlackText } from './block-kit.js';
import { chartUpload, isUpload, uploadChart } from './chart-upload.js';
import { digestToBlockKit, type SlackDigestPart } from './digest-blocks.js';
import { postOneSafely } from './post-safely.js';
import { classifySlackError } from './slack-failure.js';

const EVENT_TYPE = 'policy_brief_digest';
/** Failed attempts (outages, not rate limits) at one part within a run; then the delivery fails and the next run resumes it. */
const PART_ATTEMPTS = 3;
/** How long one part may wait in all, Retry-After included: well within the delivery's two-minute claim. */
const PART_BUDGET_MS = 90_000;
const HISTORY_PAGES = 5;

type DigestMetadata = { event_type?: string; event_payload?: { delivery_id?: string; part?: number; parts?: number } };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Slack digests carry message metadata with their delivery id and part number. After a failure that may have
 * posted a part anyway (a lost response, a crash before it was recorded), the channel's history shows which parts
 * went out, and only the others are posted.
 */
export function createSlackDigestTarget(client: WebClient, log: (message: string, fields?: Record<string, unknown>) => void = () => {}): DigestTarget {
  /** The parts of a delivery in the channel's history since shortly before its window ended, by part number. */
  async function postedParts(subscription: Subscription, deliveryId: number, windowEnd: string): Promise<Map<number, string>> {
    const found = new Map<number, string>();
    const oldest = String(Math.floor(Date.parse(windowEnd) / 1000) - 3600);
    let cursor: string | undefined;
    for (let page = 0; page < HISTORY_PAGES; page++) {
      const history = await client.conversations.history({ channel: subscription.channel, limit: 200, oldest, include_all_metadata: true, ...(cursor ? { cursor } : {}) });
      for (const message of history.messages ?? []) {
        const metadata = (message as { metadata?: DigestMetadata }).metadata;
        const part = metadata?.event_payload?.part;
        if (metadata?.event_type === EVENT_TYPE && metadata.event_payload?.delivery_id === String(deliveryId) && part && message.ts) found.set(part, message.ts);
      }
      cursor = history.response_metadata?.next_cursor || undefined;
      if (!history.has_more || !cursor) break;
    }
    return found;
  }

  return {
    // The period's timeline goes up as a file after the digest's messages.
    render: (digest) => [...digestToBlockKit(digest), ...(digest.picture ? [chartUpload(digest.picture)] : [])],
    async postPart(subscription, payload, tag) {
      if (isUpload(payload)) {
        // A chart is a bonus: its failure is logged and the digest still counts as delivered.
        return uploadChart(client, { channel: subscription.channel }, payload).catch((error: unknown) => {
          log('digest: chart not uploaded', { subscription: subscription.id, error: classifySlackError(error).code });
          return null;
        });
      }
      const part = payload as SlackDigestPart;
      const metadata = { event_type: EVENT_TYPE, event_payload: { delivery_id: String(tag.deliveryId), part: tag.part, parts: tag.parts } };
      const started = Date.now();
      for (let failures = 0; ;) {
        try {
          return (await postOneSafely(client, { channel: subscription.channel }, part, part.plain, () => metadata)).ts ?? null;
        } catch (error) {
          const failure = classifySlackError(error);
          // A burst of parts meets rate limits: they are waited out (as Slack asks) rather than counted as failures.
          const rateLimited = failure.retryAfterMs !== undefined;
          if (!failure.retryable || (!rateLimited && ++failures >= PART_ATTEMPTS)) throw error;
          const wait = failure.retryAfterMs ?? 1000 * failures;
          if (Date.now() - started + wait > PART_BUDGET_MS) throw error;
          await sleep(wait);
          if (rateLimited) continue;
          // An outage may have posted it anyway: look before posting again.
          const posted = (await postedParts(subscription, tag.deliveryId, new Date(Date.now() - 3_600_000).toISOString())).get(tag.part);
          if (posted) return posted;
        }
      }
    },
    findPostedParts: (subscription, delivery) => postedParts(subscription, delivery.id, delivery.windowEnd),
    async postReply(channel, reply) {
      for (const message of replyToBlockKit(reply)) await postOneSafely(client, { channel }, message, replyToPlainSlackText(reply));
    },
  };
}

/** A Web API client for posts the bot retries itself: no hidden retries that could post twice, rate limits reported. */
export function createDeliveryClient(token: string, apiUrl?: string): WebClient {
  return new WebClient(token, { ...(apiUrl ? { slackApiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/` } : {}),
    retryConfig: { retries: 0 }, rejectRateLimitedCalls: true });
}

/** A digest target with its own Web API client, for delivering outside the running bot (`briefing digest run`). */
export function createSlackDigestTargetForToken(token: string, apiUrl?: string, log?: (message: string, fields?: Record<string, unknown>) => void): DigestTarget {
  return createSlackDigestTarget(createDeliveryClient(token, apiUrl), log);
}
