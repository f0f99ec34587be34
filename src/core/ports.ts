import type { PolicyItem, StoredItem } from './policy-item.js';
import type { Passage } from './passage.js';
import type { RawFilters } from './filters.js';
import type { Reply } from './replies.js';
import type { Delivery, DeliveryPart, NewSubscription, Subscription } from './subscription.js';

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
  /** Set when the turn was an `events` listing: its filters as typed, so "and under Biden?" lists again. */
  events?: RawFilters;
}

/**
 * The persistent store. Narrow on purpose: SQLite and PostgreSQL implement the same contract.
 * Every write is one transaction: it happens whole or not at all.
 */
export interface ItemStore {
  /** Insert new items and update changed ones; `addedAt` is set once, on first insert. */
  upsertItems(items: readonly PolicyItem[]): Promise<UpsertResult>;
  getItem(id: string): Promise<StoredItem | undefined>;
  /** The stored items among `ids`, in one query: each once, in the order of its first mention; unknown ids are left out. */
  getItems(ids: readonly string[]): Promise<StoredItem[]>;
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
  /** A cached answer stored at or after `notBefore` (ISO instant), if any. */
  getCachedAnswer(key: string, notBefore: string): Promise<string | undefined>;
  /** Stored embeddings of items and passages for one model, each with the hash of the text it was made from. */
  loadEmbeddings(model: string): Promise<StoredEmbedding[]>;
  saveEmbeddings(model: string, embeddings: readonly StoredEmbedding[]): Promise<void>;
  /** Stores an answer under `key`, dropping entries older than `dropBefore`. */
  putCachedAnswer(key: string, value: string, dropBefore: string): Promise<void>;
  /** Resolves when the store answers a trivial query: what readiness checks ask. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** A message kept in the store until it is posted: retried after failures, resumed after a restart. */
export interface OutboxEntry {
  id: number;
  platform: string;
  /** What to post and where, as the platform's poster wrote it. */
  payload: unknown;
  status: 'pending' | 'sent' | 'failed';
  /** Failed attempts so far. */
  attempts: number;
  /** How many of the payload's messages are posted, in order. */
  partsPosted: number;
  createdAt: string;
  nextAttemptAt: string;
  lastError: string | null;
}

export type OutboxUpdate =
  /** Some messages are posted; the claim is renewed for `leaseMs`. */
  | { kind: 'progress'; partsPosted: number; leaseMs: number }
  | { kind: 'sent' }
  /** The attempt failed; the entry is released and due again at `at`. */
  | { kind: 'retry'; at: string; error: string }
  /** Given up: it will not be attempted again. */
  | { kind: 'failed'; error: string };

/** What one attempt at posting an outbox entry came to. */
export type PostResult =
  | { ok: true }
  /** `retryable`: an outage or rate limit that a later attempt may get past, rather than a refusal. */
  | { ok: false; error: string; retryable: boolean; retryAfterMs?: number };

/** Posts outbox entries on one platform. Implemented by a chat adapter. */
export interface OutboxPoster {
  /**
   * Posts the entry's messages not yet posted, calling `progress` after each. With `checkFirst` an earlier
   * attempt may have posted some without learning it did (a lost response, a crash): look before posting again.
   */
  post(entry: OutboxEntry, options: { checkFirst: boolean; progress: (partsPosted: number) => Promise<void> }): Promise<PostResult>;
  /** Tells the asker the message could not be posted (best-effort: the platform may still be unreachable). */
  giveUp(entry: OutboxEntry, error: string): Promise<void>;
}

/** Messages that must not be lost: stored before they are posted, retried with backoff, resumed after a restart. */
export interface Outbox {
  /** Stores the message, then tries to post it at once; any retry runs in the background. */
  send(platform: string, payload: unknown): Promise<void>;
  /** Posts this platform's entries through `poster` from now on, first those an earlier run left pending. Returns a stop function. */
  serve(platform: string, poster: OutboxPoster): () => Promise<void>;
  /** Resolves once no entry this process knows of is being posted or waiting for a retry. */
  idle(): Promise<void>;
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

/** A document's embedding, kept until the text it was made from changes. */
export interface StoredEmbedding {
  id: string;
  contentHash: string;
  vector: Float32Array;
}

/** An optional embeddings model on the same OpenAI-compatible endpoint: texts in, vectors out. */
export interface Embedder {
  readonly model: string;
  embed(texts: readonly string[]): Promise<Float32Array[]>;
}

export interface Clock {
  now(): Date;
}

/** The shape of answer a question asks for. */
export type QuestionKind = 'fact' | 'person' | 'list' | 'timeline' | 'compare' | 'reading';

/** A ranked document for a question: a policy item or a passage of a source document. */
export interface RetrievalHit {
  id: string;
  kind: 'item' | 'passage';
  score: number;
  /** Share (0…1) of the question's weighted ideas the document matches. */
  coverage: number;
  /** The document holds the question's most specific idea (its rarest word or entity). */
  rarestMatched: boolean;
  /** The document concerns every actor, person and target the question names. */
  entitiesMatched: boolean;
  /** Share (0…1) of the names the question uses (capitalised words, longer Chinese words) that the document has. */
  namesMatched: number;
}

/** An actor, person or target the question names, with the ids that stand for it (an agency's offices too). */
export interface NamedEntity {
  id: string;
  kind: 'actor' | 'person' | 'target';
  ids: string[];
  /** On so many items (China) that naming it does not narrow the question. */
  common: boolean;
}

export interface Retrieval {
  lang: 'en' | 'zh';
  kind: QuestionKind;
  /** For reading questions that name one: the reading asked about. */
  driver?: 'power' | 'security';
  /** The question's topic after follow-up merging: what the next follow-up inherits. */
  topic: string;
  filter: ItemFilter;
  followUp: boolean;
  entities: NamedEntity[];
  /** How many ideas the question carries (entities and content words). */
  ideaCount: number;
  /** Content words the store never uses that look like names (capitalised, or Chinese words): things it cannot know. */
  unknownNames: string[];
  /** Share of the question's content words the store never uses. */
  unknownShare: number;
  /** The question names a date, period or administration that no stored item falls in. */
  emptyPeriod: boolean;
  hits: RetrievalHit[];
}

/** Finds the items and passages that answer a question, using the previous turn for follow-ups. */
export interface Retriever {
  /** `semantic`: document ids an embeddings model ranks nearest the question, fused with the lexical ranking. */
  retrieve(question: string, previous: ConversationTurn | undefined, limit: number, semantic?: readonly string[]): Retrieval;
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
  /** The shape of answer the question asks for (answers only). */
  shape?: QuestionKind;
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
  /** The digest as this platform's messages, in posting order, each within the platform's limits. */
  render(digest: Extract<Reply, { kind: 'digest' }>): unknown[];
  /** Posts one rendered message, tagged with its delivery and part where the platform allows; returns its message id. */
  postPart(subscription: Subscription, payload: unknown, tag: { deliveryId: number; part: number; parts: number }): Promise<string | null>;
  /** After an interrupted attempt: the parts of this delivery the platform shows as posted, with their message ids. */
  findPostedParts(subscription: Subscription, delivery: Delivery): Promise<Map<number, string>>;
}
