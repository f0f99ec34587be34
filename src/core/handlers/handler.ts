import type { AliasTable } from '../alias-table.js';
import type { AnswerabilityModel } from '../answerability.js';
import type { Command, CommandName } from '../commands.js';
import type { Passage } from '../passage.js';
import type { ChartRenderer, Clock, ItemStore, Retriever, Summarizer } from '../ports.js';
import type { Reply } from '../replies.js';
import type { FreeTextFilterExtractor } from '../router-support.js';
import type { ToSimplifiedChinese } from '../simplified-command.js';
import type { Platform } from '../subscription.js';

export interface RouterDeps {
  store: ItemStore;
  retriever: Retriever;
  aliases: AliasTable;
  /** The fitted decision between answering and declining. */
  answerability: AnswerabilityModel;
  passages: readonly Passage[];
  clock: Clock;
  /** Turns free text in `events` into date/administration filters (the retriever's question understanding). */
  freeTextFilters: FreeTextFilterExtractor;
  /** Optional LLM; without it answers are extractive. */
  summarizer?: Summarizer;
  /** Optional semantic ranking of a question (embeddings); without it retrieval is lexical. */
  semantic?: { rank(question: string, limit: number): Promise<string[] | null> };
  /** Brings the search index up to date with items another process ingested; called before each search. */
  refreshIndex?: () => Promise<void>;
  subscriptions?: SubscriptionSettings;
  /** The running version, for the status view. */
  version?: string;
  /** Draws charts (src/charts); without it `chart` says charts are not available. */
  charts?: ChartRenderer;
  /** Reads Traditional Chinese as Simplified (src/search/chinese-script.ts); without it only Simplified questions are understood. */
  toSimplifiedChinese?: ToSimplifiedChinese;
}

export interface SubscriptionSettings {
  /** DIGEST_CRON and DIGEST_TZ: the weekly schedule (a daily one keeps its time of day). */
  schedule: string;
  timeZone: string;
  /** Who may subscribe or unsubscribe a channel ("slack:U123", "teams:29:…"); null lets anyone. */
  admins: string[] | null;
  /** Called after a change, so the scheduler picks it up. */
  onChange?: () => void;
}

/** Where a message came from: the thread, reply chain or console session whose context follow-ups use. */
export interface MessageContext {
  conversationKey: string;
  /** The channel or chat the message came from, where digests can be subscribed. */
  channel?: { platform: Platform; id: string; user: string };
  /** The local console: its user is the operator at the terminal, trusted as the CLI is. */
  local?: boolean;
  /** Receives the answer text while an LLM streams it. */
  onProgress?: (partial: string) => void;
}

/** What handlers work with: the router's dependencies, and the paper's passages by id. */
export interface HandlerDeps extends RouterDeps {
  passagesById: ReadonlyMap<string, Passage>;
}

/** Answers one kind of command; it receives that kind's own variant of the Command union. */
export type CommandHandler<K extends CommandName> =
  (command: Extract<Command, { kind: K }>, context: MessageContext, deps: HandlerDeps) => Promise<Reply>;

/** One handler per command kind: a new command fails the build until it has one. */
export type HandlerTable = { [K in CommandName]: CommandHandler<K> };
