import { ConfigError, type Config } from './config/config.js';
import { join, resolve } from 'node:path';
import { dataDir, packageRoot, packageVersion } from './config/paths.js';
import { createOpenAiSummarizer } from './llm/openai-summarizer.js';
import { withDailyTokenLimit } from './llm/daily-token-limit.js';
import { loadPrompts } from './llm/prompts.js';
import type { Passage } from './core/passage.js';
import { createChartRenderer } from './charts/chart-renderer.js';
import type { ChartRenderer, Clock, ItemStore, Outbox, Retriever, Summarizer } from './core/ports.js';
import { createRouter, type Router } from './core/router.js';
import { loadCuratedData, type CuratedData } from './ingest/curated-data.js';
import { createOutbox, type RetryPolicy } from './outbox/outbox.js';
import { createToSimplifiedChinese } from './search/chinese-script.js';
import { eventsFreeTextFilters } from './search/events-free-text.js';
import { createIndexRefresher, type IndexRefresher } from './search/index-refresher.js';
import { createRetriever } from './search/retriever.js';
import { createSemanticSearch, type SemanticSearch } from './search/semantic-search.js';
import { createOpenAiEmbedder } from './llm/openai-embedder.js';
import type { PolicyItem } from './core/policy-item.js';
import { seedFromCuratedData } from './store/seed.js';
import { createPostgresStore } from './store/postgres-store.js';
import { DatabaseFileError } from './store/sqlite-faults.js';
import { createSqliteStore } from './store/sqlite-store.js';

export const systemClock: Clock = { now: () => new Date() };

import { logToStderr, setLogLevel } from './service/logger.js';

export { logToStderr };

/** The pieces every entry point shares: validated curated data and a store seeded from it. */
export interface AppCore {
  config: Config;
  data: CuratedData;
  store: ItemStore;
  clock: Clock;
  close(): Promise<void>;
}

export async function openAppCore(config: Config, clock: Clock = systemClock): Promise<AppCore> {
  setLogLevel(config.LOG_LEVEL);
  const data = loadCuratedData(dataDir());
  const store = await openStore(config, clock);
  await closingOnFailure(store, () => seedFromCuratedData(store, data));
  return { config, data, store, clock, close: () => store.close() };
}

/** Errors that mean the database is unreachable as configured, rather than a fault in this program. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', '28P01', '28000', '3D000', '3F000']);

async function openStore(config: Config, clock: Clock): Promise<ItemStore> {
  if (!config.DATABASE_URL) return asConfigError(() => createSqliteStore({ path: resolve(config.BRIEFING_DB), clock }));
  try {
    return await createPostgresStore({ connectionString: config.DATABASE_URL, clock });
  } catch (error) {
    const code = String((error as { code?: unknown }).code ?? '');
    if (UNREACHABLE.has(code)) throw new ConfigError([`DATABASE_URL: cannot use the database (${code}: ${(error as Error).message})`]);
    throw error;
  }
}

/** A SQLite file that cannot hold the store is a bad BRIEFING_DB: reported like any other bad setting. */
async function asConfigError<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw error instanceof DatabaseFileError ? new ConfigError([`BRIEFING_DB: ${error.message}`]) : error;
  }
}

async function closingOnFailure<T>(store: ItemStore, work: () => Promise<T>): Promise<T> {
  try {
    return await asConfigError(work);
  } catch (error) {
    await store.close().catch(() => {});
    throw error;
  }
}

const INDEX_BATCH = 2000;
/** Catch-ups with the store run this often, off the request path. */
const REFRESH_INTERVAL_MS = 2000;
const REFRESH_PAGE = 500;
/** A search waits this long at most for items committed before it to be indexed. */
const REFRESH_WAIT_MS = 250;

/**
 * Indexes the store's items page by page, so a large store never sits in memory twice. The refresher then adds
 * what changes later (items ingested by `briefing ingest` or another replica) in the background.
 */
export async function createRetrieverFromStore(store: ItemStore, passages: Passage[], data: Pick<CuratedData, 'aliases' | 'vocabulary'>,
  log: (message: string, fields?: Record<string, unknown>) => void = logToStderr,
  onItemsIndexed?: (items: readonly PolicyItem[]) => void): Promise<{ retriever: Retriever; refresher: IndexRefresher }> {
  const retriever = createRetriever(passages, data.aliases, data.vocabulary);
  // Every change after this one is caught up on later, even one committed while the pages below are read.
  const from = await store.latestChange();
  for (let offset = 0; ; offset += INDEX_BATCH) {
    const page = await store.listItems({}, { limit: INDEX_BATCH, offset });
    retriever.addItems(page.items);
    onItemsIndexed?.(page.items);
    if (page.items.length < INDEX_BATCH) break;
  }
  const indexing = { addItems(items: readonly PolicyItem[]) { retriever.addItems(items); onItemsIndexed?.(items); } };
  const refresher = createIndexRefresher({ store, retriever: indexing, from, intervalMs: REFRESH_INTERVAL_MS, pageSize: REFRESH_PAGE, log });
  return { retriever, refresher };
}

/** The core plus retrieval and the command router: what every chat surface talks to. */
export interface App extends AppCore {
  retriever: Retriever;
  router: Router;
  summarizer?: Summarizer;
  /** Draws `chart` replies and digest timelines. */
  charts: ChartRenderer;
  /** Answers waiting to be posted, shared by the chat adapters; stopped by `close`. */
  outbox: Outbox;
  /** Called whenever a chat command adds or removes a subscription. */
  onSubscriptionChange(listener: () => void): void;
}

export async function openApp(config: Config, clock: Clock = systemClock, options: { retryPolicy?: RetryPolicy } = {}): Promise<App> {
  const core = await openAppCore(config, clock);
  // The passages were just seeded from data/: use them as loaded instead of reading them back.
  const passages = core.data.passages;
  const semantic = await openSemanticSearch(config, core.store);
  // New and changed items are embedded as they are indexed, in the background; a failure leaves them lexical only.
  const pending: PolicyItem[] = [];
  const { retriever, refresher } = await closingOnFailure(core.store, () => createRetrieverFromStore(core.store, passages, core.data,
    logToStderr, semantic ? (items) => { pending.push(...items); } : undefined));
  let embedding: NodeJS.Timeout | undefined;
  if (semantic) {
    await embedOrLog(semantic, pending.splice(0), passages);
    embedding = setInterval(() => { if (pending.length) void embedOrLog(semantic, pending.splice(0)); }, 2000);
    embedding.unref();
  }
  const llm = config.OPENAI_API_KEY
    ? createOpenAiSummarizer({ apiKey: config.OPENAI_API_KEY, model: config.OPENAI_MODEL, timeoutMs: config.LLM_TIMEOUT_MS,
      ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}) }, loadPrompts(join(packageRoot(), 'prompts')), logToStderr)
    : undefined;
  const summarizer = llm && config.LLM_DAILY_TOKEN_LIMIT ? withDailyTokenLimit(llm, config.LLM_DAILY_TOKEN_LIMIT, { store: core.store, clock, log: logToStderr }) : llm;
  const subscriptionChanges = new Set<() => void>();
  const charts = createChartRenderer();
  const router = createRouter({ charts, store: core.store, retriever, aliases: core.data.aliases, answerability: core.data.answerability, passages, clock, version: packageVersion(),
    toSimplifiedChinese: createToSimplifiedChinese(), freeTextFilters: eventsFreeTextFilters, refreshIndex: () => refresher.nudge(REFRESH_WAIT_MS),
    ...(semantic ? { semantic } : {}), ...(summarizer ? { summarizer } : {}),
    subscriptions: { schedule: config.DIGEST_CRON, timeZone: config.DIGEST_TZ, admins: config.BRIEFING_ADMINS,
      onChange: () => subscriptionChanges.forEach((listener) => listener()) } });
  const outbox = createOutbox({ store: core.store, clock, log: logToStderr, ...(options.retryPolicy ? { policy: options.retryPolicy } : {}) });
  const close = async () => {
    clearInterval(embedding);
    await outbox.stop();
    await refresher.stop();
    await core.close();
  };
  return { ...core, close, retriever, router, charts, ...(summarizer ? { summarizer } : {}), outbox, onSubscriptionChange: (listener) => subscriptionChanges.add(listener) };
}

/** Semantic retrieval when an embeddings model is configured; without one, or when it cannot start, retrieval is lexical. */
async function openSemanticSearch(config: Config, store: ItemStore): Promise<SemanticSearch | undefined> {
  if (!config.OPENAI_API_KEY || !config.OPENAI_EMBEDDINGS_MODEL) return undefined;
  const embedder = createOpenAiEmbedder({ apiKey: config.OPENAI_API_KEY, model: config.OPENAI_EMBEDDINGS_MODEL, timeoutMs: config.LLM_TIMEOUT_MS,
    ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}) }, logToStderr);
  // A question waits at most this long for its embedding before the lexical ranking answers alone.
  return createSemanticSearch({ embedder, store, timeoutMs: Math.min(config.LLM_TIMEOUT_MS, 3000), log: logToStderr });
}

async function embedOrLog(semantic: SemanticSearch, items: readonly PolicyItem[], passages?: readonly Passage[]): Promise<void> {
  try {
    await semantic.addDocuments(items, passages);
  } catch (error) {
    logToStderr('embeddings not made; those documents are found lexically only', { error: (error as Error).message, documents: items.length + (passages?.length ?? 0) });
  }
}

/** The Bot Framework settings the configuration gives, for the Teams endpoint and for digests sent from the CLI. */
export function teamsSettingsOf(config: Config, port = config.TEAMS_PORT) {
  return {
    port,
    ...(config.MicrosoftAppId ? { appId: config.MicrosoftAppId } : {}),
    ...(config.MicrosoftAppPassword ? { appPassword: config.MicrosoftAppPassword } : {}),
    ...(config.MicrosoftAppType ? { appType: config.MicrosoftAppType } : {}),
    ...(config.MicrosoftAppTenantId ? { tenantId: config.MicrosoftAppTenantId } : {}),
  };
}
