import { Option, type Command } from 'commander';
import { logToStderr, type AppCore } from '../app.js';
import { CANDIDATE_STATUSES, type Candidate, type CandidateStatus } from '../core/candidate.js';
import { isValidPartialDate } from '../core/policy-item.js';
import { approveCandidate, CLI_REVIEWER, rejectCandidate, type ReviewDeps, type ReviewResult } from '../core/review.js';
import { runSources, type WatchReport } from '../sources/run-sources.js';
import { sourceRunDepsFor } from '../sources/source-run-deps.js';
import { EXIT_INTERNAL, printJson, UsageError } from './cli-output.js';

type WithCore = <R>(run: (core: AppCore) => Promise<R>) => Promise<R>;

const reviewDeps = (core: AppCore): ReviewDeps => ({ store: core.store, clock: core.clock, admins: core.config.BRIEFING_ADMINS, aliases: core.data.aliases });

function reportLine(report: WatchReport): string {
  const { seen, proposed, skipped, known } = report.counts;
  return `${report.watch}: ${report.outcome}, ${report.pages} page${report.pages === 1 ? '' : 's'}, ${seen} seen, ${proposed} proposed, ${skipped} skipped, `
    + `${known} known (from ${report.since}; cursor ${report.cursor ?? 'not set'})${report.error ? `\n  error: ${report.error}` : ''}`;
}

/** `briefing sources run`: every watch once, now. */
export function registerSourcesCommands(program: Command, withCore: WithCore): void {
  program.command('sources')
    .description('Federal Register watches (data/sources.json).')
    .command('run')
    .description('Fetch new documents of every watch and propose the relevant ones for review (exit 2 when a watch failed).')
    .option('--since <date>', 'read from this day (YYYY-MM-DD) instead of each watch\'s cursor')
    .option('--json', 'print {"watches": [...]} as JSON')
    .action(async (options: { since?: string; json?: boolean }) => {
      if (options.since !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(options.since) && isValidPartialDate(options.since))) {
        throw new UsageError(`--since: expected a date as YYYY-MM-DD, got "${options.since}"`);
      }
      await withCore(async (core) => {
        const reports = await runSources(sourceRunDepsFor(core, logToStderr), options.since ? { since: options.since } : {});
        if (options.json) printJson({ watches: reports });
        else for (const report of reports) process.stdout.write(`${reportLine(report)}\n`);
        if (reports.some((report) => report.outcome !== 'ok')) process.exitCode = EXIT_INTERNAL;
      });
    });
}

function candidateLine(c: Candidate): string {
  const what = c.item ? `${c.item.instrument}  ${c.item.title.en}  → ${c.item.id}` : `${c.document.title}  (${c.reason ?? ''})`;
  return `${c.id.padEnd(16)}  ${c.document.publicationDate}  ${c.status.padEnd(8)}  ${what}`;
}

function candidateText(c: Candidate): string {
  const lines = [`${c.id}: ${c.status}${c.reviewer ? ` by ${c.reviewer} on ${c.reviewedAt}` : ''}, found ${c.foundAt}`,
    `document ${c.document.documentId} (${c.document.type}${c.document.action ? `; ${c.document.action}` : ''}), published ${c.document.publicationDate}`,
    `  ${c.document.title}`, ...(c.document.htmlUrl ? [`  ${c.document.htmlUrl}`] : []), ...(c.reason ? [`reason: ${c.reason}`] : [])];
  if (c.item) {
    const item = c.item;
    lines.push(`proposed item ${item.id}`, `  ${item.date} · ${item.administration} · ${item.instrument} · actors ${item.actors.join(', ')}`
      + `${item.targets.length ? ` · targets ${item.targets.join(', ')}` : ''} · Chinese: ${item.translation}`,
    `  ${item.title.en}`, `  ${item.title.zh}`, `  ${item.summary.en}`, `  ${item.summary.zh}`);
  }
  return lines.join('\n');
}

function decided(result: ReviewResult, json: boolean | undefined, verb: string): void {
  if (!result.ok) throw new UsageError(result.message);
  const { candidate } = result;
  if (json) printJson({ ok: true, candidate, ...(candidate.item && verb === 'approved' ? { itemId: candidate.item.id } : {}) });
  else process.stdout.write(verb === 'approved'
    ? `approved ${candidate.id}: item ${candidate.item?.id} added; the next digests carry it (briefing event ${candidate.item?.id})\n`
    : `rejected ${candidate.id}: it will not be proposed again\n`);
}

/** `briefing review list|show|approve|reject`: the review queue, as the CLI (a trusted reviewer) works it. */
export function registerReviewCommands(program: Command, withCore: WithCore): void {
  const review = program.command('review').description('Candidates found by the source watches: list, show, approve, reject.');
  review.command('list')
    .description('Candidates of one status, oldest found first.')
    .addOption(new Option('--status <status>', 'which candidates').choices([...CANDIDATE_STATUSES]).default('pending'))
    .option('--json', 'print {"total", "candidates"} as JSON')
    .action(async (options: { status: CandidateStatus; json?: boolean }) => {
      await withCore(async (core) => {
        const page = await core.store.listCandidates(options.status, { limit: 1000, offset: 0 });
        if (options.json) {
          printJson(page);
          return;
        }
        process.stdout.write(`${page.total} ${options.status} candidate${page.total === 1 ? '' : 's'}\n`);
        for (const candidate of page.candidates) process.stdout.write(`${candidateLine(candidate)}\n`);
      });
    });
  review.command('show')
    .description('One candidate: the document and the item it would become.')
    .argument('<id>', 'candidate id, e.g. fr-2022-21658')
    .option('--json', 'print the candidate as JSON')
    .action(async (id: string, options: { json?: boolean }) => {
      await withCore(async (core) => {
        const candidate = await core.store.getCandidate(id);
        if (!candidate) throw new UsageError(`no candidate "${id}" (list them with: briefing review list)`);
        if (options.json) printJson(candidate);
        else process.stdout.write(`${candidateText(candidate)}\n`);
      });
    });
  review.command('approve')
    .description('Add a pending candidate\'s item to the store (its digests carry it).')
    .argument('<id>', 'candidate id')
    .option('--json', 'print {"ok", "candidate", "itemId"} as JSON')
    .action(async (id: string, options: { json?: boolean }) => {
      await withCore(async (core) => decided(await approveCandidate(id, CLI_REVIEWER, reviewDeps(core)), options.json, 'approved'));
    });
  review.command('reject')
    .description('Reject a pending candidate for good.')
    .argument('<id>', 'candidate id')
    .option('--reason <reason>', 'why, for the record')
    .option('--json', 'print {"ok", "candidate"} as JSON')
    .action(async (id: string, options: { reason?: string; json?: boolean }) => {
      await withCore(async (core) => decided(await rejectCandidate(id, CLI_REVIEWER, options.reason ?? null, reviewDeps(core)), options.json, 'rejected'));
    });
}
