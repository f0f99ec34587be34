import type { PolicyItem, StoredItem } from './policy-item.js';
import type { Passage } from './passage.js';
import type { Reply } from './replies.js';
import type { Delivery, NewSubscription, Subscription } from './subscription.js';

/** Filters for listing items. Every field narrows; id lists match any of their ids. */
export interface ItemFilter {
  /** Canonical actor ids (already expanded to descendants by the caller). */
  actors?: string[];
  administrations?: string[];
  /** Partial dates; an item matches when its span overlaps [from, to]. */
  from?: string;
  to?: string;
  drivers?: string[];
  targets?: string[];
  people?: string[];
  instruments?: string[];
  /** Words that must each appear in the title, summary or keywords (case-insensitive). */
  text?: string;
  /** Only items the store received at or after this instant (ISO timestamp). */
  addedSince?: string;
  /** Only items the store received before this instant (ISO timestamp). */
  addedBefore?: string;
}

export interface ItemPage {
  total: number;
  items: StoredItem[];
}

/**
 * A position in the store's item changes: every write that changes items takes the next sequence number, and
 * the items of one write are ordered by id. Strictly increasing, so paging by it always advances.
 */
export interface ChangeCursor {
  seq: number;
  id: string;
}

export interface UpsertResult {
  added: number;
  updated: number;
  unchanged: number;
}

/** What a conversation remembers between turns (a Slack thread, a Teams reply chain, a console session). */
export interface ConversationTurn {
  question: string;
  topic: string;
  filter: ItemFilter;
  lang: 'en' | 'zh';
  at: string;
}

/**
 * The persistent store. Narrow on purpose: SQLite and PostgreSQL implement the same contract.
 * Every write is one transaction: it happens whole or not at all.
 */
export interface ItemStore {
  /** Insert new items and update changed ones; `addedAt` is set once, on first insert. */
  upsertItems(items: readonly PolicyItem[]): Promise<UpsertResult>;
  getItem(id: string): Promise<StoredItem | undefined>;
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
  getMeta(key: string): Promise<string | undefined>;
  setMeta(key: string, value: string): Promise<void>;
  getConversation(key: string): Promise<ConversationTurn[]>;
  /** Append a turn, keeping at most `keep` turns and dropping turns older than `maxAgeMs`. */
  appendConversation(key: string, turn: ConversationTurn, keep: number, maxAgeMs: number): Promise<void>;
  /**
   * Records `key` once: true the first time, false ever after (also across restarts and replicas). Chat
   * adapters use it so a re-delivered event is never answered twice. Keys older than `dropBefore` are forgotten.
   */
  claimOnce(key: string, dropBefore: string): Promise<boolean>;
  /** Keeps an answer as it was shown, for sharing and feedback; returns its id. */
  saveAnswer(record: { platform: string; conversation: string; question: string; reply: Reply }): Promise<number>;
  getAnswer(id: number): Promise<SavedAnswer | undefined>;
  /** One rating per user and answer; a later one replaces it. */
  saveFeedback(record: { answerId: number; user: string; rating: 'up' | 'down' }): Promise<void>;
  listFeedback(): Promise<FeedbackRecord[]>;
  /** Keeps where a chat can be reached later (a Teams conversation reference), replacing an older one. */
  saveConversationRef(key: string, platform: string, reference: unknown): Promise<void>;
  getConversationRef(key: string): Promise<unknown>;
  addSubscription(subscription: NewSubscription): Promise<Subscription>;
  listSubscriptions(): Promise<Subscription[]>;
  removeSubscription(id: number): Promise<boolean>;
  /**
   * Claims the next digest window of a subscription, [delivered until, `until`), in one transaction. A window
   * whose earlier claim failed, or was left unfinished for longer than `leaseMs` (a crash), is claimed again,
   * extended to `until`, so no item is skipped. Null while another run holds a fresh claim on it.
   */
  claimDelivery(subscriptionId: number, until: string, leaseMs?: number): Promise<Delivery | null>;
  /** Marks a claimed delivery posted; the subscription's next window starts at its end. */
  completeDelivery(deliveryId: number, messageId: string | null): Promise<void>;
  /** Records a failed post; after `pauseAfter` failures in a row the subscription is paused. */
  failDelivery(deliveryId: number, error: string, pauseAfter: number): Promise<void>;
  /** A cached answer stored at or after `notBefore` (ISO instant), if any. */
  getCachedAnswer(key: string, notBefore: string): Promise<string | undefined>;
  /** Stores an answer under `key`, dropping entries older than `dropBefore`. */
  putCachedAnswer(key: string, value: string, dropBefore: string): Promise<void>;
  /** Resolves when the store answers a trivial query: what readiness checks ask. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface SavedAnswer {
  id: number;
  platform: string;
  conversation: string;
  question: string;
  reply: Reply;
  createdAt: string;
}

export interface FeedbackRecord {
  answerId: number;
  user: string;
  rating: 'up' | 'down';
  at: string;
  question: string;
  answer: string;
  mode: string;
  citations: Array<{ n: number; itemId: string }>;
}

export interface Clock {
  now(): Date;
}

/** A ranked document for a question: a policy item or a passage of a source document. */
export interface RetrievalHit {
  id: string;
  kind: 'item' | 'passage';
  score: number;
  /** Share (0…1) of the question's ideas the document matches. */
  coverage: number;
}

export interface Retrieval {
  lang: 'en' | 'zh';
  /** The question's topic after follow-up merging: what the next follow-up inherits. */
  topic: string;
  filter: ItemFilter;
  followUp: boolean;
  /** How many ideas the question carries (entities and content words). */
  ideaCount: number;
  hits: RetrievalHit[];
}

/** Finds the items and passages that answer a question, using the previous turn for follow-ups. */
export interface Retriever {
  retrieve(question: string, previous: ConversationTurn | undefined, limit: number): Retrieval;
  /** Item ids for an `events` listing, newest first: the same filters as the store's, answered from memory. */
  list(filter: ItemFilter, offset: number, limit: number): { total: number; ids: string[] };
  /** Make newly ingested items findable. */
  addItems(items: readonly PolicyItem[]): void;
}

/** One numbered passage handed to the LLM: the model may cite it as [n]. */
export interface SummaryPassage {
  n: number;
  date: string;
  actors: string[];
  section: string;
  title: string;
  text: string;
}

export interface SummaryRequest {
  /** What the summary is for: an answer to a question (default) or a digest overview. */
  purpose?: 'answer' | 'digest';
  question: string;
  lang: 'en' | 'zh';
  passages: SummaryPassage[];
  /** Called with the text so far while the model streams (for "working…" messages updated in place). */
  onProgress?: (partial: string) => void;
}

export type SummaryResult =
  | { ok: true; sentences: string[]; model: string }
  | { ok: false; reason: string };

/** An optional LLM that rewrites retrieved passages into an answer; its output is checked before use. */
export interface Summarizer {
  readonly model: string;
  summarize(request: SummaryRequest): Promise<SummaryResult>;
}

/** Where a platform's digests go. Implemented by each chat adapter. */
export interface DigestTarget {
  /** Posts the digest, tagged with the delivery id where the platform allows; returns the platform message id. */
  post(subscription: Subscription, digest: Reply, deliveryId: number): Promise<string | null>;
  /** After an interrupted attempt: the id of a message an earlier attempt already posted for this delivery. */
  findPosted(subscription: Subscription, deliveryId: number): Promise<string | undefined>;
}
