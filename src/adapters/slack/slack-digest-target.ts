import { WebClient } from '@slack/web-api';
import type { DigestTarget } from '../../core/ports.js';
import { replyToBlockKit, replyToPlainSlackText } from './block-kit.js';
import { postSafely } from './post-safely.js';

const EVENT_TYPE = 'policy_brief_digest';

type DigestMetadata = { event_type?: string; event_payload?: { delivery_id?: string; part?: number; parts?: number; whole?: boolean } };

/**
 * Slack digests carry message metadata with their delivery id and part number, so after a crash between posting
 * and recording the post, the channel's recent history shows whether the whole digest went out: then it is not
 * posted again. A digest only partly posted is posted again whole.
 */
export function createSlackDigestTarget(client: WebClient): DigestTarget {
  return {
    async post(subscription, digest, deliveryId) {
      const metadataFor = (part: number, parts: number, whole: boolean) => ({ event_type: EVENT_TYPE,
        event_payload: { delivery_id: String(deliveryId), part, parts, ...(whole ? { whole: true } : {}) } });
      const ts = await postSafely(client, { channel: subscription.channel }, replyToBlockKit(digest), replyToPlainSlackText(digest), metadataFor);
      return ts ?? null;
    },
    async findPosted(subscription, deliveryId) {
      const history = await client.conversations.history({ channel: subscription.channel, limit: 200, include_all_metadata: true });
      const parts = (history.messages ?? [])
        .map((message) => ({ ts: message.ts, payload: (message as { metadata?: DigestMetadata }).metadata }))
        .filter(({ payload }) => payload?.event_type === EVENT_TYPE && payload.event_payload?.delivery_id === String(deliveryId));
      if (parts.some(({ payload }) => payload?.event_payload?.whole)) return parts.find(({ payload }) => payload?.event_payload?.whole)?.ts;
      const expected = parts[0]?.payload?.event_payload?.parts ?? 0;
      const seen = new Set(parts.map(({ payload }) => payload?.event_payload?.part));
      if (expected === 0 || seen.size < expected) return undefined;
      return parts.find(({ payload }) => payload?.event_payload?.part === 1)?.ts;
    },
  };
}

/** A digest target with its own Web API client, for delivering outside the running bot (`briefing digest run`). */
export function createSlackDigestTargetForToken(token: string, apiUrl?: string): DigestTarget {
  return createSlackDigestTarget(new WebClient(token, apiUrl ? { slackApiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/` } : {}));
}
