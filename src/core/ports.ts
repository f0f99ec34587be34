import type { ChartData } from './chart-data.js';
import type { PolicyItem, StoredItem } from './policy-item.js';
import type { RawFilters } from './filters.js';
import type { Reply } from './replies.js';
import type { Delivery, Subscription } from './subscription.js';

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

/** What the store holds, counted for the operator's status view. */
export interface ItemStatistics {
  total: number;
  byProvenance: Record<string, number>;
  byAdministration: Record<string, number>;
  byYear: Record<string, number>;
  /** The item with the latest date. */
  newest: { id: string; date: string; title: { en: string; zh: string } } | null;
  /** When the store last took in a new item. */
  lastAddedAt: string | null;
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

export type {
  AnswerCachePort, AnswerPort, ConversationPort, ItemPort, ItemStore, OutboxPort, PlatformRefPort, ReviewPort, StoreHealthPort, SubscriptionPort,
} from './store-ports.js';

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
  /** The same share without the everyday words ("programs", 宣布): how close the document comes to what the question is about. */
  specificCoverage: number;
  /** The same share over the ideas that are words, not names of entities: how well the document meets the topic. */
  topicCoverage: number;
  /** The document holds the question's most specific idea (its rarest word or entity). */
  rarestMatched: boolean;
  /** The document concerns every actor, person and target the question names. */
  entitiesMatched: boolean;
  /** Whether the document concerns each entity the question names, in the order of `Retrieval.entities`. */
  entityMatches: boolean[];
  /** Share (0…1) of the names the question uses (capitalised words, longer Chinese words) that the document has. */
  namesMatched: number;
  /** Whether the document has each name the question uses, in one order for every hit. */
  nameMatches: boolean[];
}

/** An actor, person or target the question names, with the ids that stand for it (an agency's offices too). */
export interface NamedEntity {
  id: string;
  kind: 'actor' | 'person' | 'target';
  ids: string[];
  /** On so many items (China) that naming it does not narrow the question. */
  common: boolean;
  /**
   * Set aside by the question ("besides SenseTime, which firms…"): the entries of the same sort (same kind and parent,
   * country or not) that it asks for instead.
   */
  peers?: string[];
  /** A side of a comparison that names several bodies as one party ("白宫国务院"): the other entries, whose ids `ids` holds too. */
  party?: string[];
  /** Names joined by "and", "or" or commas share a run: alternatives, any of which an item of a list may be on. */
  run?: number;
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
  /** Asks for every matching item ("all", 所有): a list or timeline shows them all, not only the closest. */
  exhaustive?: boolean;
  /** Asks who ("哪些人", "which analysts"): a list of people, the items where someone speaks or acts first. */
  asksWho?: boolean;
  /** The paper's indicators the question names ("霸主地位": hegemony and prestige): a list of actions read by them. */
  indicators?: string[];
  entities: NamedEntity[];
  /** How many ideas the question carries (entities and content words). */
  ideaCount: number;
  /** Content words the store never uses that look like names (capitalised, or Chinese words): things it cannot know. */
  unknownNames: string[];
  /** Countries the question names that the store never mentions: the question is about something it does not hold. */
  unknownCountries: string[];
  /** Entities the question names as owners of a policy ("Russia's AI strategy") that act in no stored item. */
  ownersWithoutActions: string[];
  /** Another country's bodies named like US ones ("中国商务部"): the store holds none of them. */
  foreignBodies?: string[];
  /**
   * The question's content words as a text can meet them: an English word by its stem, a Chinese one by its character
   * pairs, each weighed by how specific it is (0 everyday … 1 rare). Which sentence of an item tells what is asked.
   */
  cues?: QuestionCue[];
  /** The words of a quantity the question names (revenue: 营收, sales…): how far it moved is told only beside one of them. */
  measureWords?: string[];
  /** The store knows none of the question's words and it names no entity but common ones: "the weather in Beijing". */
  topicAbsent: boolean;
  /** Share of the question's content words the store never uses. */
  unknownShare: number;
  /** The question names a date, period or administration that no stored item falls in. */
  emptyPeriod: boolean;
  hits: RetrievalHit[];
  /** Asked by what signs the paper tells the reading `driver`: its criteria and an example of each indicator. */
  readingOverview?: ReadingOverview;
  /** For a question about one action: the other items the paper reads in the same section as the best one, to read it beside. */
  readAlongside?: string[];
  /** For a question that names something with a year ("2020年国情咨文"): the best items found with its dates set aside. */
  outsidePeriod?: string[];
  /** For a timeline that names its steps one by one (A -> B -> C): the item each step is best met by, in the question's order. */
  stepLeads?: string[];
  /** When the paper's conclusion or abstract answers: the first action on each body it names, which its body told. */
  toldByLead?: string[];
  /** For a comparison: each side's own retrieval, the question's topic searched with that side alone. */
  sides?: [RetrievalSide, RetrievalSide];
}

/** One content word of a question: `stems` (English) or character pairs (Chinese), any of which meets it. */
export interface QuestionCue {
  han: boolean;
  terms: string[];
  weight: number;
}

/** The paper's criteria for one reading (a passage id) and, for each of its indicators, an action it reads that way (item ids). */
export interface ReadingOverview {
  criteria?: string;
  /** The works of the literature the paper builds the reading on, told in the criteria's own section. */
  groundedOn?: string[];
  examples: string[];
}

/** One side of a comparison: a named entity, an administration or an idea (a school of thought), and the hits its own search found. */
/** An administration's side is `headed` when it stands on what the paper's headings say of it, one action a section. */
export type RetrievalSide = ({ kind: 'entity'; entity: NamedEntity } | { kind: 'administration'; administration: string; headed?: boolean }
  /**
   * `told`: the items the paper tells in the section that discusses the idea, in the paper's order; `heading`: the idea
   * is what a section of the paper is headed by (a school of thought), so all that section tells stands for it.
   */
  | { kind: 'idea'; label: string; told: string[]; heading: boolean }) & { hits: RetrievalHit[] };

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
  | { ok: true; sentences: string[]; model: string; tokens?: number }
  | { ok: false; reason: string; tokens?: number };

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
  /** Posts any reply into a channel (a Slack channel id, a Teams conversation key): notices such as new candidates. */
  postReply(channel: string, reply: Reply): Promise<void>;
}

/** A chart as a PNG, base64-encoded so that replies holding it stay plain JSON (the outbox, stored digest parts). */
export interface ChartImage {
  pngBase64: string;
  width: number;
  height: number;
}

/** Draws charts. Implemented in src/charts: core says what to draw, never how. */
export interface ChartRenderer {
  /** The chart at full size: for Slack uploads and files. */
  render(chart: ChartData): Promise<ChartImage>;
  /** A smaller rendering whose PNG is at most `maxBytes` (to travel inside a Teams card), or undefined when none fits. */
  renderSmall(chart: ChartData, maxBytes: number): Promise<ChartImage | undefined>;
}
