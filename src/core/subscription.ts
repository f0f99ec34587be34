import type { ItemFilter } from './ports.js';

export type Platform = 'slack' | 'teams';

/** A channel or chat that receives digests of newly added items. */
export interface Subscription {
  id: number;
  platform: Platform;
  /** Slack channel id, or the Teams conversation key the bot stored a reference for. */
  channel: string;
  schedule: string;
  timeZone: string;
  filter: ItemFilter;
  /** The filters as the subscriber typed them, for listings. */
  filterLabel: string;
  /** Post a short "no new items" note on an empty period instead of staying silent. */
  notifyEmpty: boolean;
  /** The digest's language. */
  lang: 'en' | 'zh';
  createdAt: string;
  createdBy: string;
  /** End of the last delivered window: the next digest starts here (creation time before the first). */
  deliveredUntil: string;
  consecutiveFailures: number;
  paused: boolean;
  lastError: string | null;
}

export type NewSubscription = Pick<Subscription, 'platform' | 'channel' | 'schedule' | 'timeZone' | 'filter' | 'filterLabel' | 'notifyEmpty' | 'createdBy'>
  & Partial<Pick<Subscription, 'lang'>>;

/** One digest for one subscription: claimed before posting, marked delivered (or failed) after. */
export interface Delivery {
  id: number;
  subscriptionId: number;
  windowStart: string;
  windowEnd: string;
  /** How many times this window has been claimed: above 1 means an earlier attempt may have posted. */
  attempt: number;
}

/** One message of a digest as rendered for its platform, and whether it has been posted. */
export interface DeliveryPart {
  /** 1-based, in posting order. */
  part: number;
  payload: unknown;
  posted: boolean;
  messageId: string | null;
}
