/**
 * `npm start`: opens the store (created and seeded from data/ on first run), then starts what is configured.
 * With no chat platform configured and a terminal attached, it opens the local console chat.
 */
import { logToStderr, openApp, teamsSettingsOf, type App } from './app.js';
import { createSlackAdapter, type SlackAdapter } from './adapters/slack/slack-adapter.js';
import { createTeamsAdapter, type TeamsAdapter } from './adapters/teams/teams-adapter.js';
import { runConsoleChat } from './cli/console-chat.js';
import { ConfigError, loadConfig, type Config } from './config/config.js';
import { deliverDigests } from './digest/deliver-digests.js';
import { startDigestScheduler } from './digest/digest-scheduler.js';
import { ListenError } from './service/http-listener.js';
import { createServiceStatus, type ServiceStatus } from './service/service-status.js';
import { handleShutdown, type Shutdown } from './service/shutdown.js';
import { runSources } from './sources/run-sources.js';
import { sourceRunDepsFor } from './sources/source-run-deps.js';
import { startSourcesScheduler } from './sources/sources-scheduler.js';
import { announceCandidates, type ReviewNoticeDeps } from './sources/review-notice.js';

/** A port that cannot be opened is a bad setting: say which. */
async function listening<T>(variable: string, start: () => Promise<T>): Promise<T> {
  try {
    return await start();
  } catch (error) {
    throw error instanceof ListenError ? new ConfigError([`${variable}: ${error.message}`]) : error;
  }
}

type Deps = Parameters<typeof createTeamsAdapter>[1] & Pick<Parameters<typeof createSlackAdapter>[1], 'outbox'>;

async function startTeams(config: Config, deps: Deps, shutdown: Shutdown): Promise<TeamsAdapter> {
  const teams = createTeamsAdapter(teamsSettingsOf(config), deps);
  const { host, port } = await listening('TEAMS_PORT', () => teams.start());
  // Listeners stay open while the process drains, answering 503, and close at the end.
  shutdown.addWork('teams', () => teams.drain());
  shutdown.addResource('teams endpoint', () => teams.stop());
  logToStderr(config.MicrosoftAppId
    ? `teams: on (POST /api/messages, GET /healthz and /readyz on ${host}:${port}, authenticated as ${config.MicrosoftAppId})`
    : `teams: on without authentication, for the Bot Framework Emulator (${host}:${port} only; set MicrosoftAppId and MicrosoftAppPassword for Teams)`,
  { host, port });
  return teams;
}

async function startSlack(config: Config, deps: Deps, status: ServiceStatus, shutdown: Shutdown): Promise<SlackAdapter | undefined> {
  if (!config.SLACK_BOT_TOKEN || !(config.SLACK_SIGNING_SECRET || config.SLACK_APP_TOKEN)) {
    const reason = 'off: set SLACK_BOT_TOKEN with SLACK_SIGNING_SECRET for HTTP, or with SLACK_APP_TOKEN for Socket Mode';
    status.register('slack', () => ({ ready: false, reason }));
    logToStderr(`slack: ${reason}`);
    return undefined;
  }
  const slack = createSlackAdapter({ botToken: config.SLACK_BOT_TOKEN, port: config.PORT,
    ...(config.SLACK_SIGNING_SECRET ? { signingSecret: config.SLACK_SIGNING_SECRET } : {}),
    ...(config.SLACK_APP_TOKEN ? { appToken: config.SLACK_APP_TOKEN } : {}),
    ...(config.SLACK_API_URL ? { apiUrl: config.SLACK_API_URL } : {}) }, deps);
  const { port } = await listening('PORT', () => slack.start());
  shutdown.addWork('slack', () => slack.drain());
  shutdown.addResource('slack endpoint', () => slack.stop());
  const state = slack.state();
  const where = config.SLACK_APP_TOKEN ? 'Socket Mode' : `HTTP, POST /slack/events, GET /healthz and /readyz on port ${port}`;
  logToStderr(`slack: on (${where})${state.ready ? '' : `, not connected: ${state.reason}; retrying in the background`}`,
    { ...(port === undefined ? {} : { port }), ready: state.ready });
  return slack;
}

async function startScheduler(app: App, teams: TeamsAdapter, slack: SlackAdapter | undefined, status: ServiceStatus, shutdown: Shutdown): Promise<void> {
  const scheduler = await startDigestScheduler(app.store, () => deliverDigests({ store: app.store, aliases: app.data.aliases, clock: app.clock,
    targets: { teams: teams.digestTarget, ...(slack ? { slack: slack.digestTarget } : {}) }, charts: app.charts, ...(app.summarizer ? { summarizer: app.summarizer } : {}),
    log: logToStderr }).then((outcomes) => {
    for (const outcome of outcomes) if (outcome.result !== 'not-due') logToStderr('digest', { ...outcome });
  }), logToStderr);
  app.onSubscriptionChange(() => void scheduler.sync());
  shutdown.addWork('digests', () => scheduler.stop());
  status.register('scheduler', () => ({ ready: !status.draining, reason: status.draining ? 'stopped' : 'on' }));
  logToStderr('digests: scheduler on', { defaultSchedule: app.config.DIGEST_CRON, timeZone: app.config.DIGEST_TZ });
}

/** The Federal Register watches on SOURCES_CRON (in DIGEST_TZ); found documents wait in the review queue. */
function startSources(app: App, targets: ReviewNoticeDeps['targets'], shutdown: Shutdown): void {
  const deps = sourceRunDepsFor(app, logToStderr);
  const notice = { store: app.store, aliases: app.data.aliases, targets, log: logToStderr };
  const scheduler = startSourcesScheduler(app.config.SOURCES_CRON, app.config.DIGEST_TZ,
    async (signal) => announceCandidates(await runSources(deps, { signal }), app.config.REVIEW_CHANNEL, notice), logToStderr);
  shutdown.addWork('sources', () => scheduler.stop());
  logToStderr('sources: Federal Register watches on', { schedule: app.config.SOURCES_CRON, timeZone: app.config.DIGEST_TZ,
    watches: app.data.sources.watches.map((watch) => watch.id), api: app.config.FEDREG_API_URL });
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const status = createServiceStatus();
  const shutdown = handleShutdown({ status, deadlineMs: config.SHUTDOWN_TIMEOUT_MS, log: logToStderr, exit: (code) => process.exit(code) });
  const app = await openApp(config);
  shutdown.addResource('store', () => app.close());
  status.register('store', async () => {
    await app.store.ping();
    return { ready: true };
  });
  const items = await app.store.listItems({}, { limit: 1, offset: 0 });
  logToStderr('store ready', { db: config.DATABASE_URL ? 'postgresql' : config.BRIEFING_DB, items: items.total, pid: process.pid });
  logToStderr(config.OPENAI_API_KEY
    ? `answers: LLM ${config.OPENAI_MODEL}, checked, extractive fallback after ${config.LLM_TIMEOUT_MS} ms`
    : 'answers: extractive (no OPENAI_API_KEY)');

  const deps: Deps = { router: app.router, store: app.store, clock: app.clock, slowAnswers: Boolean(config.OPENAI_API_KEY), outbox: app.outbox, log: logToStderr, status };
  // Teams first: it needs nothing outside this machine, so Slack being down never keeps it from serving.
  const teams = await startTeams(config, deps, shutdown);
  const slack = await startSlack(config, deps, status, shutdown);
  await startScheduler(app, teams, slack, status, shutdown);
  startSources(app, { teams: teams.digestTarget, ...(slack ? { slack: slack.digestTarget } : {}) }, shutdown);
  shutdown.started();
  logToStderr('started', { pid: process.pid });

  if (!slack && process.stdin.isTTY && process.stdout.isTTY) {
    await runConsoleChat(app.router, process.stdin, process.stdout);
    await shutdown.stop('console closed');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(error instanceof ConfigError ? `${error.message}\n` : `start-up failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(error instanceof ConfigError ? 1 : 2);
});
