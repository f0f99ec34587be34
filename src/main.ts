/**
 * `npm start`: opens the store (created and seeded from data/ on first run), then starts what is configured.
 * With no chat platform configured and a terminal attached, it opens the local console chat.
 */
import { logToStderr, openApp, teamsSettingsOf } from './app.js';
import { createSlackAdapter, type SlackAdapter } from './adapters/slack/slack-adapter.js';
import { createTeamsAdapter } from './adapters/teams/teams-adapter.js';
import { runConsoleChat } from './cli/console-chat.js';
import { ConfigError, loadConfig } from './config/config.js';
import { deliverDigests } from './digest/deliver-digests.js';
import { startDigestScheduler } from './digest/digest-scheduler.js';

async function main(): Promise<number> {
  const config = loadConfig(process.env);
  const app = await openApp(config);
  const items = await app.store.listItems({}, { limit: 1, offset: 0 });
  logToStderr('store ready', { db: config.BRIEFING_DB, items: items.total });
  logToStderr(config.OPENAI_API_KEY
    ? `answers: LLM ${config.OPENAI_MODEL}, checked, extractive fallback after ${config.LLM_TIMEOUT_MS} ms`
    : 'answers: extractive (no OPENAI_API_KEY)');

  let slack: SlackAdapter | undefined;
  if (config.SLACK_BOT_TOKEN && (config.SLACK_SIGNING_SECRET || config.SLACK_APP_TOKEN)) {
    slack = createSlackAdapter({ botToken: config.SLACK_BOT_TOKEN, port: config.PORT,
      ...(config.SLACK_SIGNING_SECRET ? { signingSecret: config.SLACK_SIGNING_SECRET } : {}),
      ...(config.SLACK_APP_TOKEN ? { appToken: config.SLACK_APP_TOKEN } : {}),
      ...(config.SLACK_API_URL ? { apiUrl: config.SLACK_API_URL } : {}) },
    { router: app.router, store: app.store, clock: app.clock, slowAnswers: Boolean(config.OPENAI_API_KEY), outbox: app.outbox, log: logToStderr });
    const { port } = await slack.start();
    logToStderr(config.SLACK_APP_TOKEN ? 'slack: on (Socket Mode)' : `slack: on (HTTP, POST /slack/events and GET /healthz on port ${port})`);
  } else {
    logToStderr('slack: off (set SLACK_BOT_TOKEN with SLACK_SIGNING_SECRET for HTTP, or with SLACK_APP_TOKEN for Socket Mode)');
  }
  const teams = createTeamsAdapter(teamsSettingsOf(config),
  { router: app.router, store: app.store, clock: app.clock, slowAnswers: Boolean(config.OPENAI_API_KEY), log: logToStderr });
  const listening = await teams.start();
  logToStderr(config.MicrosoftAppId
    ? `teams: on (POST /api/messages and GET /healthz on ${listening.host}:${listening.port}, authenticated as ${config.MicrosoftAppId})`
    : `teams: on without authentication, for the Bot Framework Emulator (${listening.host}:${listening.port} only; set MicrosoftAppId and MicrosoftAppPassword for Teams)`);

  const scheduler = await startDigestScheduler(app.store, () => deliverDigests({ store: app.store, aliases: app.data.aliases, clock: app.clock,
    targets: { teams: teams.digestTarget, ...(slack ? { slack: slack.digestTarget } : {}) }, ...(app.summarizer ? { summarizer: app.summarizer } : {}),
    log: logToStderr }).then((outcomes) => {
    for (const outcome of outcomes) if (outcome.result !== 'not-due') logToStderr('digest', { ...outcome });
  }), logToStderr);
  app.onSubscriptionChange(() => void scheduler.sync());
  logToStderr('digests: scheduler on', { defaultSchedule: config.DIGEST_CRON, timeZone: config.DIGEST_TZ });

  const shutdown = async () => {
    await scheduler.stop();
    await slack?.stop();
    await teams.stop();
    await app.close();
  };
  if (!slack && process.stdin.isTTY && process.stdout.isTTY) {
    await runConsoleChat(app.router, process.stdin, process.stdout);
    await shutdown();
    return 0;
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logToStderr(`${signal}: finishing answers in flight, then stopping`);
      void shutdown().then(() => process.exit(0));
    });
  }
  return new Promise<number>(() => {});
}

main().then((code) => {
  process.exitCode = code;
}, (error: unknown) => {
  process.stderr.write(error instanceof ConfigError ? `${error.message}\n` : `start-up failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = error instanceof ConfigError ? 1 : 2;
});
