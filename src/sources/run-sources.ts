import type { AliasTable } from '../core/alias-table.js';
import type { SourceRun } from '../core/candidate.js';
import type { Clock, ReviewPort } from '../core/ports.js';
import type { SourcesConfig, Watch } from '../core/source-watches.js';
import type { Translator } from '../core/translator.js';
import { candidateIdOf, documentToCandidate, type CandidateContext } from './document-to-candidate.js';
import type { FederalRegisterClient, Log } from './federal-register-client.js';
import type { FederalRegisterDocument } from './federal-register-page.js';

export interface SourceRunDeps {
  store: Pick<ReviewPort, 'knownCandidates' | 'addCandidates' | 'getSourceCursor' | 'setSourceCursor' | 'recordSourceRun'>;
  client: FederalRegisterClient;
  config: SourcesConfig;
  aliases: AliasTable;
  translator?: Translator;
  clock: Clock;
  log: Log;
}

export interface SourceRunOptions {
  /** Read from this day (YYYY-MM-DD) instead of each watch's cursor: a backfill. */
  since?: string;
  /** Stops the run between requests and documents (shutdown). */
  signal?: AbortSignal;
}

/** What one watch's run came to, as the CLI prints it. */
export interface WatchReport extends SourceRun {
  watch: string;
  /** The day the run read from, and the cursor after it. */
  since: string;
  cursor: string | null;
  pages: number;
  ms: number;
}

type Counts = SourceRun['counts'];

/** Turns one page's documents into candidates; documents already known (any status) are left as they are. */
async function takePage(documents: FederalRegisterDocument[], counts: Counts, deps: SourceRunDeps, context: CandidateContext, signal?: AbortSignal): Promise<void> {
  const known = await deps.store.knownCandidates(documents.map((doc) => candidateIdOf(doc.document_number)));
  for (const doc of documents) {
    if (known.has(candidateIdOf(doc.document_number))) {
      counts.known++;
      continue;
    }
    if (signal?.aborted) throw new Error('stopped before the run ended');
    const candidate = await documentToCandidate(doc, context);
    // One at a time, so the counts stay true when another replica stores the same document meanwhile.
    const { added } = await deps.store.addCandidates([candidate], deps.clock.now().toISOString());
    if (added === 0) counts.known++;
    else if (candidate.status === 'pending') counts.proposed++;
    else counts.skipped++;
  }
}

/**
 * One watch: every page from its cursor (or `since`), new documents proposed or skipped, known ones left alone. The
 * cursor moves to the newest publication day seen only when every page was read, so the next run reads that day
 * again and relies on the candidates being known; a failed page leaves it where it was. The run is recorded.
 */
export async function runWatch(watch: Watch, deps: SourceRunDeps, options: SourceRunOptions = {}): Promise<WatchReport> {
  const started = Date.now();
  const startedAt = deps.clock.now().toISOString();
  const stored = await deps.store.getSourceCursor(watch.id);
  const since = options.since ?? stored ?? watch.startDate;
  const counts: Counts = { seen: 0, proposed: 0, skipped: 0, known: 0 };
  const context: CandidateContext = { config: deps.config, aliases: deps.aliases, log: deps.log, ...(deps.translator ? { translator: deps.translator } : {}) };
  const seen = new Set<string>();
  let newest: string | null = null;
  let pages = 0;
  let error: string | null = null;
  try {
    for await (const page of deps.client.pages({ agencies: watch.agencies, terms: watch.terms, types: watch.types, since }, options.signal)) {
      pages++;
      const fresh = page.documents.filter((doc) => !seen.has(doc.document_number));
      for (const doc of fresh) {
        seen.add(doc.document_number);
        if (!newest || doc.publication_date > newest) newest = doc.publication_date;
      }
      counts.seen += fresh.length;
      await takePage(fresh, counts, deps, context, options.signal);
    }
  } catch (failure) {
    error = (failure as Error).message;
    deps.log('sources: watch failed; its cursor stays', { level: 'error', watch: watch.id, since, pages, error });
  }
  let cursor = stored;
  if (!error && newest && (!stored || newest > stored)) {
    await deps.store.setSourceCursor(watch.id, newest);
    cursor = newest;
  }
  const run: SourceRun = { startedAt, finishedAt: deps.clock.now().toISOString(), outcome: error ? (pages > 0 ? 'partial' : 'failed') : 'ok', counts, error };
  await deps.store.recordSourceRun(watch.id, run);
  return { watch: watch.id, ...run, since, cursor, pages, ms: Date.now() - started };
}

/** Every watch in turn; one watch failing does not stop the others. */
export async function runSources(deps: SourceRunDeps, options: SourceRunOptions = {}): Promise<WatchReport[]> {
  const reports: WatchReport[] = [];
  for (const watch of deps.config.watches) {
    if (options.signal?.aborted) break;
    const report = await runWatch(watch, deps, options);
    deps.log('sources: watch ran', { watch: report.watch, outcome: report.outcome, ...report.counts, pages: report.pages, ms: report.ms });
    reports.push(report);
  }
  return reports;
}
