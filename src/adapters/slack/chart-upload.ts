import type { KnownBlock } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import type { ChartPicture, Reply } from '../../core/replies.js';
import { commandButton, context, section } from './block-builders.js';
import { clip, escapeMrkdwn } from './mrkdwn.js';

/** A chart to upload: the PNG (base64, so it can wait in the outbox or a stored digest part) and its words. */
export interface SlackUpload {
  kind: 'upload';
  pngBase64: string;
  filename: string;
  title: string;
  /** Alt text Slack shows to screen readers (at most 1,000 characters). */
  alt: string;
  /** The message posted with the file. */
  comment: string;
}

export function chartUpload(picture: ChartPicture, comment = picture.caption): SlackUpload {
  const slug = picture.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'chart';
  return { kind: 'upload', pngBase64: picture.image.pngBase64, filename: `${slug}.png`, title: clip(picture.title, 250), alt: clip(picture.alt, 1000), comment };
}

export const isUpload = (payload: unknown): payload is SlackUpload => (payload as { kind?: unknown })?.kind === 'upload';

/**
 * Uploads the chart into a channel or thread with files.uploadV2: files.getUploadURLExternal, the bytes POSTed to the
 * URL Slack returns, then files.completeUploadExternal, which shares it with its comment. Returns the file id.
 */
export async function uploadChart(client: WebClient, target: { channel: string; thread_ts?: string }, upload: SlackUpload): Promise<string | null> {
  const file = { initial_comment: upload.comment, file: Buffer.from(upload.pngBase64, 'base64'), filename: upload.filename, title: upload.title, alt_text: upload.alt };
  const result = await client.files.uploadV2(target.thread_ts ? { ...file, channel_id: target.channel, thread_ts: target.thread_ts } : { ...file, channel_id: target.channel });
  const files = (result as { files?: Array<{ files?: Array<{ id?: string }> }> }).files;
  return files?.[0]?.files?.[0]?.id ?? null;
}

type Chart = Extract<Reply, { kind: 'chart' }>;

/**
 * A chart reply as blocks: its caption and buttons. The image goes up as a file beside it (in a thread), or, for a
 * private slash-command answer, which cannot hold a file, when the asker presses "Post chart here".
 */
export function chartBlocks(reply: Chart, withShare: boolean): KnownBlock[] {
  const share = reply.lang === 'zh' ? '在频道中发布图表' : 'Post chart here';
  const buttons = [...(withShare ? [{ ...commandButton(share, reply.command), action_id: 'share_chart' }] : []),
    ...reply.actions.map((a) => commandButton(a.label, a.command))];
  return [
    section(`*${escapeMrkdwn(reply.picture.caption)}*`),
    context(escapeMrkdwn(clip(reply.picture.alt, 2900))),
    // Slack wants action ids unique within a block: each button gets a row of its own.
    ...buttons.map((button): KnownBlock => ({ type: 'actions', elements: [button] })),
  ];
}
