import { resolveFilters, type RawFilters } from '../filters.js';
import type { Lang } from '../lang.js';
import type { ItemStore } from '../ports.js';
import type { Reply } from '../replies.js';
import type { NewSubscription, Platform, Subscription } from '../subscription.js';
import type { CommandHandler, HandlerDeps, MessageContext } from './handler.js';
import { usageReply } from './usage.js';

/** A subscription as asked for, with its filters as typed. */
export type SubscriptionRequest = Omit<NewSubscription, 'filter' | 'filterLabel' | 'lang'> & { filters: RawFilters; lang: Lang };

/** Subscribes a channel to digests: the one way chat and the CLI add a subscription. */
export async function addSubscription(request: SubscriptionRequest, deps: Pick<HandlerDeps, 'store' | 'aliases'>):
Promise<{ ok: true; subscription: Subscription } | { ok: false; problems: string[] }> {
  const resolved = resolveFilters(request.filters, deps.aliases);
  if (!resolved.ok) return resolved;
  const { filters, ...rest } = request;
  return { ok: true, subscription: await deps.store.addSubscription({ ...rest, filter: resolved.filter, filterLabel: describeFilters(filters) }) };
}

/** Filters as typed, for listings: "actor:commerce admin:trump". */
export function describeFilters(filters: RawFilters): string {
  return (['actor', 'admin', 'driver', 'target', 'type'] as const).flatMap((key) => (filters[key] ?? []).map((v) => `${key}:${v}`))
    .concat(filters.from ? [`from:${filters.from}`] : [], filters.to ? [`to:${filters.to}`] : []).join(' ');
}

export const subscribe: CommandHandler<'subscribe'> = async (command, context, deps) => {
  const gate = subscriptionGate(context, deps);
  if ('reply' in gate) return gate.reply;
  const { settings, channel } = gate;
  const [minute = '0', hour = '9'] = settings.schedule.split(/\s+/);
  const schedule = command.cadence === 'daily' ? `${minute} ${hour} * * *` : settings.schedule;
  const added = await addSubscription({ platform: channel.platform, channel: channel.id, schedule, timeZone: settings.timeZone,
    filters: command.filters, notifyEmpty: false, createdBy: `${channel.platform}:${channel.user}`, lang: command.lang ?? 'en' }, deps);
  if (!added.ok) return usageReply('en', added.problems.join('\n'), 'subscribe');
  settings.onChange?.();
  const { subscription } = added;
  return { kind: 'notice', lang: 'en', text: `Subscribed (#${subscription.id}): ${command.cadence} digests of newly added items`
    + `${subscription.filterLabel ? ` matching ${subscription.filterLabel}` : ''}, on "${schedule}" (${settings.timeZone}). The first covers items added from now on.` };
};

export const unsubscribe: CommandHandler<'unsubscribe'> = async (_command, context, deps) => {
  const gate = subscriptionGate(context, deps);
  if ('reply' in gate) return gate.reply;
  const mine = await channelSubscriptions(deps.store, gate.channel);
  for (const subscription of mine) await deps.store.removeSubscription(subscription.id);
  gate.settings.onChange?.();
  return { kind: 'notice', lang: 'en', text: mine.length ? `Unsubscribed: ${mine.length} digest subscription${mine.length === 1 ? '' : 's'} removed from this channel.` : 'This channel has no digest subscription.' };
};

export const subscriptions: CommandHandler<'subscriptions'> = async (_command, context, deps) => {
  if (!context.channel) return notice('Subscriptions belong to a Slack channel or Teams chat. In a terminal, use `briefing subscriptions list`.');
  const mine = await channelSubscriptions(deps.store, context.channel);
  if (mine.length === 0) return notice('This channel has no digest subscription. Try `subscribe weekly` or `subscribe daily actor:commerce`.');
  return notice(mine.map((s) => `#${s.id}: "${s.schedule}" (${s.timeZone})${s.filterLabel ? `, ${s.filterLabel}` : ''}`
    + `, delivered up to ${s.deliveredUntil}${s.paused ? `, PAUSED after repeated failures (${s.lastError ?? 'unknown error'})` : s.lastError ? `, last error: ${s.lastError}` : ''}`).join('\n'));
};

const notice = (text: string): Reply => ({ kind: 'notice', lang: 'en', text });

type Channel = NonNullable<MessageContext['channel']>;

async function channelSubscriptions(store: ItemStore, channel: { platform: Platform; id: string }): Promise<Subscription[]> {
  return (await store.listSubscriptions()).filter((s) => s.platform === channel.platform && s.channel === channel.id);
}

/** Subscribing needs a channel, digests switched on, and (when admins are listed) an admin. */
function subscriptionGate(context: MessageContext, deps: HandlerDeps):
  { reply: Reply } | { settings: NonNullable<HandlerDeps['subscriptions']>; channel: Channel } {
  const channel = context.channel;
  if (!channel) return { reply: notice('Subscriptions belong to a Slack channel or Teams chat: run this there. In a terminal, use `briefing subscriptions add`.') };
  const settings = deps.subscriptions;
  if (!settings) return { reply: notice('Digests are not enabled in this deployment.') };
  const who = `${channel.platform}:${channel.user}`;
  if (settings.admins && !settings.admins.includes(who)) return { reply: notice(`Only the bot's admins can change this channel's digests (you are ${who}).`) };
  return { settings, channel };
}
