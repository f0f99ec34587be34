import type { WebClient } from '@slack/web-api';
import type { SlackMessage } from './block-kit.js';

/** Slack's error code from a failed Web API call, if it is one. */
export function slackErrorCode(error: unknown): string | undefined {
  return (error as { data?: { error?: string } })?.data?.error;
}

const SIMPLER_FORM = new Set(['invalid_blocks', 'msg_too_long', 'invalid_blocks_format', 'too_many_blocks']);

/**
 * Posts messages in order. A message Slack rejects as invalid or too long is posted again in a simpler form:
 * fewer blocks, then text only. Returns the ts of the first message posted.
 */
export async function postSafely(client: WebClient, target: { channel: string; thread_ts?: string }, messages: SlackMessage[],
  plainText: string, metadataFor?: (part: number, parts: number, whole: boolean) => unknown): Promise<string | undefined> {
  let firstTs: string | undefined;
  for (const [index, message] of messages.entries()) {
    const attempts: Array<{ text: string; blocks?: SlackMessage['blocks'] }> = [
      message, { text: message.text, blocks: message.blocks.slice(0, 10) }, { text: plainText.slice(0, 39_000) },
    ];
    for (let i = 0; i < attempts.length; i++) {
      // Text only carries the whole reply: the remaining messages would repeat it.
      const whole = i === attempts.length - 1;
      const metadata = metadataFor?.(index + 1, messages.length, whole);
      try {
        const result = await client.chat.postMessage({ ...target, ...attempts[i], ...(metadata ? { metadata } : {}),
          unfurl_links: false, unfurl_media: false } as never);
        firstTs ??= (result as { ts?: string }).ts;
        if (whole) return firstTs;
        break;
      } catch (error) {
        if (!SIMPLER_FORM.has(slackErrorCode(error) ?? '') || whole) throw error;
      }
    }
  }
  return firstTs;
}

/** Replaces a message (the "working…" one) with the first message, then posts the rest after it. */
export async function replaceSafely(client: WebClient, target: { channel: string; ts: string; thread_ts?: string }, messages: SlackMessage[],
  plainText: string): Promise<void> {
  const [first, ...rest] = messages;
  try {
    await client.chat.update({ channel: target.channel, ts: target.ts, text: first?.text ?? plainText, blocks: first?.blocks ?? [] });
  } catch (error) {
    if (!SIMPLER_FORM.has(slackErrorCode(error) ?? '')) throw error;
    await client.chat.update({ channel: target.channel, ts: target.ts, text: plainText.slice(0, 3900), blocks: [] });
    return;
  }
  if (rest.length > 0) await postSafely(client, { channel: target.channel, ...(target.thread_ts ? { thread_ts: target.thread_ts } : {}) }, rest, plainText);
}
