import type { WebClient } from '@slack/web-api';
import type { SlackMessage } from './block-kit.js';
import { slackErrorCode } from './slack-failure.js';

export { slackErrorCode };

const SIMPLER_FORM = new Set(['invalid_blocks', 'msg_too_long', 'invalid_blocks_format', 'too_many_blocks', 'msg_blocks_too_long']);

/**
 * Posts one message. If Slack rejects it as invalid or too long it is posted again in a simpler form: fewer blocks,
 * then `plainText` alone. `whole` tells the caller the plain text went out (it may stand for more than this message).
 */
export async function postOneSafely(client: WebClient, target: { channel: string; thread_ts?: string }, message: SlackMessage, plainText: string,
  metadataFor?: (whole: boolean) => unknown): Promise<{ ts: string | undefined; whole: boolean }> {
  const attempts: Array<{ text: string; blocks?: SlackMessage['blocks'] }> = [
    message, { text: message.text, blocks: message.blocks.slice(0, 10) }, { text: plainText.slice(0, 39_000) },
  ];
  for (let i = 0; ; i++) {
    const whole = i === attempts.length - 1;
    const metadata = metadataFor?.(whole);
    try {
      const result = await client.chat.postMessage({ ...target, ...attempts[i], ...(metadata ? { metadata } : {}),
        unfurl_links: false, unfurl_media: false } as never);
      return { ts: (result as { ts?: string }).ts, whole };
    } catch (error) {
      if (!SIMPLER_FORM.has(slackErrorCode(error) ?? '') || whole) throw error;
    }
  }
}

/**
 * Posts messages in order, each through `postOneSafely`. When one goes out as the whole reply's plain text, the
 * rest would repeat it and are not posted. Returns the ts of the first message posted.
 */
export async function postSafely(client: WebClient, target: { channel: string; thread_ts?: string }, messages: SlackMessage[],
  plainText: string): Promise<string | undefined> {
  let firstTs: string | undefined;
  for (const message of messages) {
    const { ts, whole } = await postOneSafely(client, target, message, plainText);
    firstTs ??= ts;
    if (whole) break;
  }
  return firstTs;
}

/**
 * Replaces a message (the "working…" one) with `message`, or with `plainText` when Slack rejects its blocks; `whole` tells
 * the caller the plain text went out instead.
 */
export async function replaceSafely(client: WebClient, target: { channel: string; ts: string }, message: SlackMessage | undefined,
  plainText: string): Promise<{ whole: boolean }> {
  try {
    await client.chat.update({ channel: target.channel, ts: target.ts, text: message?.text ?? plainText, blocks: message?.blocks ?? [] });
    return { whole: !message };
  } catch (error) {
    if (!SIMPLER_FORM.has(slackErrorCode(error) ?? '')) throw error;
    await client.chat.update({ channel: target.channel, ts: target.ts, text: plainText.slice(0, 3900), blocks: [] });
    return { whole: true };
  }
}
