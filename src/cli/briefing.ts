#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { packageVersion } from '../config/paths.js';
import { LAST_INGEST_META } from '../core/status-report.js';
import { registerStatusCommand } from './status-command.js';
import { Command, Option } from 'commander';
import { logToStderr, openApp, openAppCore, type App, type AppCore } from '../app.js';
import { ConfigError, isTimeZone, loadConfig } from '../config/config.js';
import { deliverDigests } from '../digest/deliver-digests.js';
import { isValidSchedule } from '../digest/schedule.js';
import { digestTargetsFor } from './digest-targets.js';
import { resolveFilters } from '../core/filters.js';
import { documentReply, findDocument } from '../core/handlers/event.js';
import { addSubscription } from '../core/handlers/subscriptions.js';
import { replyToText } from '../core/render-text.js';
import { CuratedDataError } from '../ingest/curated-data.js';
import { DatabaseFileError } from '../store/sqlite-faults.js';
import { formatIngestError, parseItems } from '../ingest/parse-items.js';
import { EXIT_BAD_INPUT, EXIT_INTERNAL, printJson, UsageError } from './cli-output.js';
import { itemLineText } from './item-text.js';
import { addFilterOptions, collect } from './filter-options.js';
import { registerChartCommand } from './chart-command.js';
import { replyToTerminal } from './chart-file.js';
import { registerReviewCommands, registerSourcesCommands } from './review-commands.js';

// `briefing events | head` closes the pipe early: that ends the output, it is not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});


/** Bounds that every store accepts, so a number like 1e20 is bad input rather than a database error. */
const MAX_LIMIT = 100_000;
const MAX_OFFSET = 1_000_000_000;
function wholeNumber(option: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\s*\d+\s*$/.test(value) || n < min || n > max) throw new UsageError(`${option}: expected a whole number from ${min} to ${max}, got "${value}"`);
    return n;
  };
}

/** Opens what a subcommand needs, runs it, and always closes the store. */
async function using<T extends { close(): Promise<void> }, R>(resource: T, run: (opened: T) => Promise<R>): Promise<R> {
  try {
    return await run(resource);
  } finally {
    await resource.close();
  }
}
const withCore = async <R>(run: (core: AppCore) => Promise<R>): Promise<R> => using(await openAppCore(loadConfig(process.env)), run);
const withApp = async <R>(run: (app: App) => Promise<R>): Promise<R> => using(await openApp(loadConfig(process.env)), run);

const program = new Command('briefing')
  .description('Policy Brief: cited briefings on US AI policy toward China, from the terminal.')
  .version(packageVersion(), '-V, --version', 'print the version')
  .showHelpAfterError()
  .configureOutput({ outputError: (text, write) => write(text) });

program.command('ingest')
  .description('Validate policy items from a .json or .jsonl file and add them to the store (all or nothing).')
  .argument('<file>', 'a JSON array of policy items, or JSON Lines with one item a line')
  .option('--json', 'print the result as JSON')
  .action(async (file: string, options: { json?: boolean }) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
    }
    await withCore(async (core) => {
      const parsed = parseItems(text, file.endsWith('.jsonl') ? 'jsonl' : 'json', core.data.aliases);
      if (!parsed.ok) {
        if (options.json) printJson({ ok: false, errors: parsed.errors });
        process.stderr.write(`${file}: rejected, nothing stored (${parsed.errors.length} error${parsed.errors.length === 1 ? '' : 's'}):\n`);
        for (const error of parsed.errors) process.stderr.write(`  ${formatIngestError(error)}\n`);
        process.exitCode = EXIT_BAD_INPUT;
        return;
      }
      const result = await core.store.upsertItems(parsed.items);
      if (result.added + result.updated > 0) {
        await core.store.setMeta(LAST_INGEST_META, JSON.stringify({ at: new Date().toISOString(), file: basename(file), added: result.added, updated: result.updated }));
      }
      if (options.json) printJson({ ok: true, ...result });
      else process.stdout.write(`${file}: ${result.added} added, ${result.updated} updated, ${result.unchanged} unchanged\n`);
    });
  });

addFilterOptions(program.command('events'))
  .description('List policy items, newest first, filtered.')
  .option('--text <words>', 'words that must appear in the title, summary or keywords')
  .addOption(new Option('--limit <n>', 'at most this many items').default(100).argParser(wholeNumber('--limit', 1, MAX_LIMIT)))
  .addOption(new Option('--offset <n>', 'skip this many items').default(0).argParser(wholeNumber('--offset', 0, MAX_OFFSET)))
  .option('--json', 'print {"total", "items"} as JSON')
  .action(async (options: { actor?: string[]; admin?: string[]; from?: string; to?: string; driver?: string[];
    target?: string[]; type?: string[]; text?: string; limit: number; offset: number; json?: boolean }) => {
    await withCore(async (core) => {
      const resolved = resolveFilters(options, core.data.aliases);
      if (!resolved.ok) throw new UsageError(resolved.problems.join('\n'));
      const page = await core.store.listItems(resolved.filter, { limit: options.limit, offset: options.offset });
      if (options.json) {
        printJson({ total: page.total, items: page.items });
        return;
      }
      process.stdout.write(`${page.total} item${page.total === 1 ? '' : 's'}\n`);
      for (const item of page.items) process.stdout.write(`${itemLineText(item)}\n`);
      if (options.offset + page.items.length < page.total) {
        process.stdout.write(`… ${page.total - options.offset - page.items.length} more: add --offset ${options.offset + page.items.length}\n`);
      }
    });
  });

program.command('ask')
  .description('Ask a question in English or Chinese; get a short answer with numbered citations.')
  .argument('<question...>', 'the question, e.g. "What did the Pentagon think of the Huawei rule?"')
  .addOption(new Option('--lang <lang>', 'answer language (default: the question\'s)').choices(['en', 'zh']))
  .option('--conversation <key>', 'keep context across calls under this key, so follow-ups work')
  .option('--json', 'print {"grounded", "mode", "answer", "citations"} as JSON')
  .action(async (words: string[], options: { lang?: 'en' | 'zh'; conversation?: string; json?: boolean }) => {
    const question = words.join(' ').trim();
    await withApp(async (app) => {
      const reply = await app.router.run({ kind: 'ask', question, ...(options.lang ? { lang: options.lang } : {}) },
        { conversationKey: options.conversation ?? `cli:${process.pid}:${Date.now()}` });
      if (reply.kind !== 'answer') throw new Error(`ask returned a ${reply.kind} reply`);
      if (options.json) {
        printJson({ grounded: reply.grounded, mode: reply.mode, answer: reply.text,
          citations: reply.citations.map(({ n, itemId, date, title, url }) => ({ n, itemId, date, title, url })) });
      } else {
        process.stdout.write(`${replyToText(reply)}\n`);
      }
    });
  });

program.command('say')
  .description('Send any chat command (the grammar of /brief), e.g. briefing say events actor:commerce 2019')
  .argument('<text...>', 'the message, as typed after /brief')
  .action(async (words: string[]) => {
    await withApp(async (app) => {
      const reply = await app.router.handle(words.join(' '), { conversationKey: `cli:${process.pid}` });
      process.stdout.write(`${replyToTerminal(reply)}\n`);
      if (reply.kind === 'usage-error') process.exitCode = EXIT_BAD_INPUT;
    });
  });

const subscriptions = program.command('subscriptions').description('Channel digest subscriptions.');

subscriptions.command('add')
  .description('Subscribe a Slack channel or Teams chat to digests of newly added items.')
  .requiredOption('--platform <platform>', 'slack | teams')
  .requiredOption('--channel <id>', 'Slack channel id (C…), or the Teams conversation key (teams:19:…)')
  .option('--schedule <cron>', 'cron schedule (default DIGEST_CRON, Monday 09:00)')
  .option('--tz <zone>', 'IANA time zone (default DIGEST_TZ)')
  .option('--notify-empty', 'post a short note when a period has no new items')
  .addOption(new Option('--lang <lang>', 'the digests\' language').choices(['en', 'zh']).default('en'))
  .option('--actor <name>', 'only items of this actor (repeatable)', collect)
  .option('--admin <name>', 'only items of this administration (repeatable)', collect)
  .option('--driver <driver>', 'power | security | mixed (repeatable)', collect)
  .option('--target <name>', 'only items acting on this target (repeatable)', collect)
  .option('--type <instrument>', 'only this instrument (repeatable)', collect)
  .option('--json', 'print the subscription as JSON')
  .action(async (options: { platform: string; channel: string; schedule?: string; tz?: string; notifyEmpty?: boolean; lang: 'en' | 'zh'; actor?: string[];
    admin?: string[]; driver?: string[]; target?: string[]; type?: string[]; json?: boolean }) => {
    await withCore(async (core) => {
      if (options.platform !== 'slack' && options.platform !== 'teams') throw new UsageError('--platform is slack or teams');
      const schedule = options.schedule ?? core.config.DIGEST_CRON;
      if (!isValidSchedule(schedule)) throw new UsageError(`--schedule: "${schedule}" is not a cron expression (e.g. "0 9 * * 1")`);
      const timeZone = options.tz ?? core.config.DIGEST_TZ;
      if (!isTimeZone(timeZone)) throw new UsageError(`--tz: "${timeZone}" is not an IANA time zone (e.g. Europe/Berlin)`);
      const filters = { actor: options.actor, admin: options.admin, driver: options.driver, target: options.target, type: options.type };
      const added = await addSubscription({ platform: options.platform, channel: options.channel, schedule, timeZone, filters,
        notifyEmpty: Boolean(options.notifyEmpty), createdBy: 'cli', lang: options.lang }, { store: core.store, aliases: core.data.aliases });
      if (!added.ok) throw new UsageError(added.problems.join('\n'));
      const { subscription } = added;
      if (options.json) printJson(subscription);
      else process.stdout.write(`subscription ${subscription.id}: ${subscription.platform} ${subscription.channel}, "${schedule}" (${timeZone})\n`);
    });
  });

subscriptions.command('list')
  .description('Every subscription, with its schedule, what it has delivered, and failures.')
  .option('--json', 'print as JSON')
  .action(async (options: { json?: boolean }) => {
    await withCore(async (core) => {
      const list = await core.store.listSubscriptions();
      if (options.json) {
        printJson(list);
        return;
      }
      for (const s of list) {
        const state = s.paused ? `PAUSED after ${s.consecutiveFailures} failures: ${s.lastError}` : s.lastError ? `failing (${s.consecutiveFailures}): ${s.lastError}` : 'ok';
        process.stdout.write(`${s.id}\t${s.platform}\t${s.channel}\t"${s.schedule}" ${s.timeZone}\t${s.filterLabel || '(all items)'}\tdelivered up to ${s.deliveredUntil}\t${state}\n`);
      }
    });
  });

subscriptions.command('remove')
  .description('Remove a subscription.')
  .argument('<id>', 'subscription id (see: briefing subscriptions list)')
  .option('--json', 'print {"removed": id} as JSON')
  .action(async (id: string, options: { json?: boolean }) => {
    await withCore(async (core) => {
      if (!/^\d{1,9}$/.test(id) || !(await core.store.removeSubscription(Number(id)))) throw new UsageError(`no subscription with id "${id}"`);
      if (options.json) printJson({ removed: Number(id) });
      else process.stdout.write(`removed subscription ${id}\n`);
    });
  });

program.command('digest')
  .description('Digests of newly added items.')
  .command('run')
  .description('Deliver every digest that is due (with --now: every subscription now).')
  .option('--now', 'deliver every subscription now, due or not')
  .option('--json', 'print each subscription\'s outcome as JSON')
  .action(async (options: { now?: boolean; json?: boolean }) => {
    await withApp(async (app) => {
      const outcomes = await deliverDigests({ store: app.store, aliases: app.data.aliases, clock: app.clock, targets: digestTargetsFor(app), charts: app.charts,
        ...(app.summarizer ? { summarizer: app.summarizer } : {}), log: logToStderr }, { force: Boolean(options.now) });
      if (options.json) printJson(outcomes);
      else for (const o of outcomes) process.stdout.write(`subscription ${o.subscriptionId}: ${o.result}${'items' in o ? ` (${o.items} items)` : ''}${'error' in o ? ` (${o.error})` : ''}\n`);
      if (outcomes.some((o) => o.result === 'failed')) process.exitCode = EXIT_INTERNAL;
    });
  });

program.command('feedback')
  .description('Answer feedback from chat (👍/👎).')
  .command('export')
  .description('Dump every rating with its question, answer and citations.')
  .option('--json', 'print as JSON')
  .action(async (options: { json?: boolean }) => {
    await withCore(async (core) => {
      const feedback = await core.store.listFeedback();
      if (options.json) printJson(feedback);
      else for (const f of feedback) process.stdout.write(`${f.at}  ${f.rating === 'up' ? '👍' : '👎'}  ${f.user}  ${f.question}\n`);
    });
  });

program.command('event')
  .description('Show one policy item in full: summary, the paper\'s reading, passage and sources.')
  .argument('<id>', 'item id, e.g. 2019-10-07-bis-entity-list-eight-ai-firms')
  .option('--json', 'print the item as JSON')
  .action(async (id: string, options: { json?: boolean }) => {
    await withCore(async (core) => {
      // The same lookup as chat's `event`: answers about the paper's argument cite its passages, whose ids resolve too.
      const found = await findDocument(id, { store: core.store, passagesById: new Map(core.data.passages.map((p) => [p.id, p])) });
      if (!found) throw new UsageError(`no policy item with id "${id}", nor a passage of the paper (list ids with: briefing events)`);
      if (options.json) printJson(found.kind === 'item' ? found.item : found.passage);
      else process.stdout.write(`${replyToText(documentReply(found, 'en', core.data.aliases))}\n`);
    });
  });

registerStatusCommand(program, withCore);
registerChartCommand(program, withCore);
registerSourcesCommands(program, withCore);
registerReviewCommands(program, withCore);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof UsageError || error instanceof ConfigError || error instanceof CuratedDataError) {
    process.stderr.write(`briefing: ${error.message}\n`);
    process.exitCode = error instanceof CuratedDataError ? EXIT_INTERNAL : EXIT_BAD_INPUT;
  } else if (error instanceof DatabaseFileError) {
    process.stderr.write(`briefing: BRIEFING_DB: ${error.message}\n`);
    process.exitCode = EXIT_BAD_INPUT;
  } else {
    process.stderr.write(`briefing: internal error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = EXIT_INTERNAL;
  }
}
