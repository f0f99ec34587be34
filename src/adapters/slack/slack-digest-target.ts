import { WebClient } from '@slack/web-api';
import type { DigestTarget } from '../../core/ports.js';
import { replyToBlockKit, replyToPlainSlackText } from './block-kit.js';
import { postSafely } from './post-safely.js';

const EVENT_TYPE = 'policy_brief_digest';

/**
 * Slack digests carry message metadata with their delivery id, so after a crash between posting and recording
 * the post, the channel's recent history shows the digest went out and it is not posted twice.
 */
export function createSlackDigestTarget(client: WebClient): DigestTarget {
  return {
    async post(subscription, digest, deliveryId) {
      const metadata = { event_type: EVENT_TYPE, event_payload: { delivery_id: String(deliveryId) } };
      const ts = await postSafely(client, { channel: subscription.channel, metadata } as never, replyToBlockKit(digest), replyToPlainSlackText(digest));
      return ts ?? null;
    },
    async findPosted(subscription, deliveryId) {
      const history = await client.conversations.history({ channel: subscription.channel, limit: 100, include_all_metadata: true });
      const found = (history.messages ?? []).find((message) => {
        const metadata = (message as { metadata?: { event_type?: string; event_payload?: { delivery_id?: string } } }).metadata;
        return metadata?.event_type === EVENT_TYPE && metadata.event_payload?.delivery_id === String(deliveryId);
      });
      return found?.ts;
    },
  };
}

/** A digest target with its own Web API client, for delivering outside the running bot (`briefing digest run`). */
export function createSlackDigestTargetForToken(token: string, apiUrl?: string): DigestTarget {
  return createSlackDigestTarget(new WebClient(token, apiUrl ? { slackApiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/` } : {}));
}
