import type { Candidate, CandidateStatus, NewCandidate, ReviewOutcome, SourceRun } from './candidate.js';
import type { PolicyItem, StoredItem } from './policy-item.js';
import type { Passage } from './passage.js';
import type { Reply } from './replies.js';
import type { Delivery, DeliveryPart, NewSubscription, Subscription } from './subscription.js';
import type {
  ChangeCursor, ConversationTurn, FeedbackRecord, ItemFilter, ItemPage, OutboxEntry, OutboxUpdate, SavedAnswer, StoredEmbedding,
  UpsertResult,
} from './ports.js';

/*
 * The persistent store, one port per kind of record. SQLite and PostgreSQL implement every port with the same
 * statements; every write is one transaction: it happens whole or not at all.
 */

/** Policy items, the source documents' passages and what indexes need to follow them. */
export interface ItemPort {
  /** Insert new items and update changed ones; `addedAt` is set once, on first insert. */
  upsertItems(items: readonly PolicyItem[]): Promise<UpsertResult>;
  getItem(id: string): Promise<StoredItem | undefined>;
  /** The stored items among `ids`, each once, in the order first asked for; unknown ids are left out. One query. */
  getItems(ids: string[]): Promise<StoredItem[]>;
  listItems(filter: ItemFilter, page: { limit: number; offset: number }): Promise<ItemPage>;
  /**
   * Items added or changed after `cursor` (from the first change with null), in the order of their changes: what an
   * index must catch up on. Returns the cursor to continue from; a change made later always sorts after it.
   */
  itemsChangedAfter(cursor: ChangeCursor | null, limit: number): Promise<{ items: StoredItem[]; cursor: ChangeCursor | null }>;
  /** The cursor of the newest change so far (null for an empty store). */
  latestChange(): Promise<ChangeCursor | null>;
  /** Replace the passages of one source document. */
  replacePassages(documentId: string, passages: readonly Passage[]): Promise<void>;
  allPassages(): Promise<Passage[]>;
  /** Values kept beside the items, such as the fingerprint of the curated data last seeded. */
  getMeta(key: string): Promise<string | undefined>;
  setMeta(key: string, value: string): Promise<void>;
  /** Stored embeddings of items and passages for one model, each with the hash of the text it was made from. */
  loadEmbeddings(model: string): Promise<StoredEmbedding[]>;
  saveEmbeddings(model: string, embeddings: readonly StoredEmbedding[]): Promise<void>;
}

/** What chat conversations remember between turns, and which events were already taken up. */
export interface ConversationPort {
  getConversation(key: string): Promise<ConversationTurn[]>;
  /** Append a turn, keeping at most `keep` turns and dropping turns older than `maxAgeMs`. */
  appendConversation(key: string, turn: ConversationTurn, keep: number, maxAgeMs: number): Promise<void>;
  /**
   * Records `key` once: true the first time, false ever after (also across restarts and replicas). Chat
   * adapters use it so a re-delivered event is never answered twice. Keys older than `dropBefore` are forgotten.
   */
  claimOnce(key: string, dropBefore: string): Promise<boolean>;
}

/** Digest subscriptions and their deliveries, window by window and part by part. */
export interface SubscriptionPort {
  addSubscription(subscription: NewSubscription): Promise<Subscription>;
  listSubscriptions(): Promise<Subscription[]>;
  removeSubscription(id: number): Promise<boolean>;
  /**
   * Claims the next digest window of a subscription, [delivered until, `until`), in one transaction. A window
   * whose earlier claim failed, or was left unfinished for longer than `leaseMs` (a crash), is claimed again,
   * extended to `until` unless its digest was already planned, so no item is skipped. Null while another run holds
   * a fresh claim on it.
   */
  claimDelivery(subscriptionId: number, until: string, leaseMs?: number): Promise<Delivery | null>;
  /** The messages a delivery's digest was rendered into, in posting order; empty before it is planned. */
  getDeliveryParts(deliveryId: number): Promise<DeliveryPart[]>;
  /**
   * Keeps the rendered messages of a claimed delivery and sets its window's end, replacing an earlier plan of
   * which nothing was posted. Once a part is posted, plan and window are fixed and this throws.
   */
  planDelivery(deliveryId: number, windowEnd: string, payloads: readonly unknown[]): Promise<DeliveryPart[]>;
  /** Records one posted part. It also renews the claim, so a long digest is not taken over while it is posted. */
  markPartPosted(deliveryId: number, part: number, messageId: string | null): Promise<void>;
  /** Marks a claimed delivery posted; the subscription's next window starts at its end. */
  completeDelivery(deliveryId: number, messageId: string | null): Promise<void>;
  /** Records a failed post; after `pauseAfter` failures in a row the subscription is paused. */
  failDelivery(deliveryId: number, error: string, pauseAfter: number): Promise<void>;
}

/** Messages stored before they are posted, so none is lost or posted twice. */
export interface OutboxPort {
  /**
   * Stores a message before it is posted (the outbox), held by the caller for `leaseMs` for its first attempt.
   * Finished entries older than a week are dropped as new ones come in.
   */
  addOutboxEntry(platform: string, payload: unknown, leaseMs: number): Promise<OutboxEntry>;
  /** Claims, for `leaseMs`, up to `limit` pending entries of a platform that are due and that no one else holds. */
  claimOutboxEntries(platform: string, limit: number, leaseMs: number): Promise<OutboxEntry[]>;
  updateOutboxEntry(id: number, update: OutboxUpdate): Promise<void>;
  getOutboxEntry(id: number): Promise<OutboxEntry | undefined>;
  /** When the earliest pending entry of a platform can next be attempted (its retry time or the end of its claim). */
  nextOutboxDue(platform: string): Promise<string | undefined>;
}

/** Answers as they were shown, for sharing, and what users thought of them. */
export interface AnswerPort {
  /** Keeps an answer as it was shown, for sharing and feedback; returns its id. */
  saveAnswer(record: { platform: string; conversation: string; question: string; reply: Reply }): Promise<number>;
  getAnswer(id: number): Promise<SavedAnswer | undefined>;
  /** One rating per user and answer; a later one replaces it. */
  saveFeedback(record: { answerId: number; user: string; rating: 'up' | 'down' }): Promise<void>;
  listFeedback(): Promise<FeedbackRecord[]>;
}

/** Summaries an LLM wrote, kept for a while so the same question is not paid for twice. */
export interface AnswerCachePort {
  /** A cached answer stored at or after `notBefore` (ISO instant), if any. */
  getCachedAnswer(key: string, notBefore: string): Promise<string | undefined>;
  /** Stores an answer under `key`, dropping entries older than `dropBefore`. */
  putCachedAnswer(key: string, value: string, dropBefore: string): Promise<void>;
}

/** Where a chat can be reached later without a message from it (a Teams conversation reference). */
export interface PlatformRefPort {
  /** Keeps where a chat can be reached later, replacing an older reference. */
  saveConversationRef(key: string, platform: string, reference: unknown): Promise<void>;
  getConversationRef(key: string): Promise<unknown>;
}

/** The store's connection itself. */
export interface StoreHealthPort {
  /** Resolves when the store answers a trivial query: what readiness checks ask. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** The whole store: every port, for the wiring and for consumers that use many of them. */
export type ItemStore = ItemPort & ConversationPort & SubscriptionPort & OutboxPort & AnswerPort & AnswerCachePort & PlatformRefPort
  & ReviewPort & StoreHealthPort;

/** The review queue of documents found by source watches, and the watches' cursors and runs. */
export interface ReviewPort {
  /** Stores new candidates; one already known (by id) is left as it is. Returns how many were new. */
  addCandidates(candidates: readonly NewCandidate[], foundAt: string): Promise<{ added: number; known: number }>;
  /** Which of these candidate ids are already known, whatever their status. */
  knownCandidates(ids: readonly string[]): Promise<Set<string>>;
  getCandidate(id: string): Promise<Candidate | undefined>;
  /** Candidates of one status, oldest found first. */
  listCandidates(status: CandidateStatus, page: { limit: number; offset: number }): Promise<{ total: number; candidates: Candidate[] }>;
  /**
   * In one transaction: stores `item` (the candidate's, possibly edited; `addedAt` is now, so the next digest carries
   * it) and marks the pending candidate approved. Anything but a pending candidate is refused, and so is an item id
   * that is already stored (`conflict`): then nothing changes. Core callers go through `approveCandidate` in review.ts.
   */
  approveCandidate(id: string, item: PolicyItem, reviewer: string, at: string): Promise<ReviewOutcome>;
  /** Marks a pending candidate rejected for good. */
  rejectCandidate(id: string, reviewer: string, at: string, reason: string | null): Promise<ReviewOutcome>;
  /** Replaces a pending candidate's proposed item (an edit before approval); refused unless pending. */
  updateCandidateItem(id: string, item: PolicyItem): Promise<ReviewOutcome>;
  /** Where a watch continues from (an ISO date, YYYY-MM-DD), or null before its first successful run. */
  getSourceCursor(watch: string): Promise<string | null>;
  setSourceCursor(watch: string, cursor: string): Promise<void>;
  recordSourceRun(watch: string, run: SourceRun): Promise<void>;
  /** The latest run of each watch, by watch id. */
  latestSourceRuns(): Promise<Array<{ watch: string; run: SourceRun }>>;
}
