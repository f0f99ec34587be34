import type { App } from '@slack/bolt';
import { CANDIDATE_EDIT_FIELDS, type CandidateEdit } from '../../core/commands.js';
import type { MessageContext } from '../../core/router.js';
import { replyToBlockKit } from './block-kit.js';
import { reviewModal } from './operator-blocks.js';
import { slackErrorCode } from './post-safely.js';
import type { SlackListenerDeps } from './slack-listeners.js';

type ActionBody = { user: { id: string }; channel?: { id?: string }; trigger_id?: string };

/** Who pressed a button, where: the router decides from this whether they may review. */
const contextOf = (user: string, channel: string): MessageContext => ({ conversationKey: `slack:${user}:${channel}:review`,
  channel: { platform: 'slack', id: channel, user } });

/** Approve and Reject run their commands; Edit opens a modal with the proposal, whose submission saves it. */
export function registerReviewListeners(app: App, deps: SlackListenerDeps): void {
  for (const actionId of ['review_approve', 'review_reject']) {
    app.action(actionId, async ({ ack, action, body, respond }) => {
      await ack();
      const { user, channel } = body as ActionBody;
      const reply = await deps.router.handle((action as { value?: string }).value ?? '', contextOf(user.id, channel?.id ?? ''));
      for (const message of replyToBlockKit(reply)) await respond({ response_type: 'ephemeral', replace_original: false, ...message });
    });
  }

  app.action('review_edit', async ({ ack, action, body, client, respond }) => {
    await ack();
    const { user, channel, trigger_id: triggerId } = body as ActionBody;
    const id = (action as { value?: string }).value ?? '';
    const reply = await deps.router.run({ kind: 'review', action: { verb: 'edit', id } }, contextOf(user.id, channel?.id ?? ''));
    if (reply.kind !== 'review-edit' || !triggerId) {
      for (const message of replyToBlockKit(reply)) await respond({ response_type: 'ephemeral', replace_original: false, ...message });
      return;
    }
    try {
      await client.views.open({ trigger_id: triggerId, view: reviewModal(reply, { channel: channel?.id ?? '', id }) });
    } catch (error) {
      deps.log('slack: could not open the edit form', { level: 'warn', error: slackErrorCode(error) ?? String(error) });
      await respond({ response_type: 'ephemeral', replace_original: false, text: `Could not open the edit form (${slackErrorCode(error) ?? 'error'}).` });
    }
  });

  app.view('review_edit', async ({ ack, view, body, client }) => {
    await ack();
    const { channel, id } = JSON.parse(view.private_metadata || '{}') as { channel?: string; id?: string };
    const values = view.state.values as Record<string, Record<string, { value?: string | null; selected_option?: { value: string } | null }>>;
    const changes: CandidateEdit = {};
    for (const field of CANDIDATE_EDIT_FIELDS) {
      const state = values[field]?.value;
      const value = state?.selected_option?.value ?? state?.value ?? (field === 'targets' ? '' : undefined);
      if (value !== undefined && value !== null) changes[field] = value;
    }
    const reply = await deps.router.run({ kind: 'review', action: { verb: 'save', id: id ?? '', changes } }, contextOf(body.user.id, channel ?? ''));
    if (!channel) return;
    for (const message of replyToBlockKit(reply)) {
      await client.chat.postEphemeral({ channel, user: body.user.id, ...message })
        .catch((error: unknown) => deps.log('slack: could not confirm an edit', { level: 'warn', error: slackErrorCode(error) ?? String(error) }));
    }
  });
}
