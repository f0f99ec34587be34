/**
 * `npm start`: opens the store (created and seeded from data/ on first run), then starts what is configured.
 * With no chat platform configured and a terminal attached, it opens the local console chat.
 */
import { openApp } from './app.js';
import { runConsoleChat } from './cli/console-chat.js';
import { ConfigError, loadConfig } from './config/config.js';

function log(message: string): void {
  process.stderr.write(`${new Date().toISOString()} ${message}\n`);
}

async function main(): Promise<number> {
  const config = loadConfig(process.env);
  const app = await openApp(config);
  const items = await app.store.listItems({}, { limit: 1, offset: 0 });
  log(`store: ${config.BRIEFING_DB} (${items.total} policy items); answers: ${config.OPENAI_API_KEY ? `LLM ${config.OPENAI_MODEL}${config.OPENAI_BASE_URL ? ` at ${config.OPENAI_BASE_URL}` : ''}, checked, extractive fallback after ${config.LLM_TIMEOUT_MS} ms` : 'extractive (no OPENAI_API_KEY)'}`);
  log(`slack: off (${config.SLACK_BOT_TOKEN || config.SLACK_APP_TOKEN ? 'the Slack adapter is not available in this version' : 'SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET, or SLACK_APP_TOKEN, not set'})`);
  log('teams: off (the Bot Framework endpoint is not available in this version)');
  if (process.stdin.isTTY && process.stdout.isTTY) {
    await runConsoleChat(app.router, process.stdin, process.stdout);
    await app.close();
    return 0;
  }
  log('no chat adapter is running and no terminal is attached: nothing to serve. Run `npm start` in a terminal for the local console, or use `npx briefing ask "…"`.');
  await app.close();
  return 1;
}

main().then((code) => {
  process.exitCode = code;
}, (error: unknown) => {
  process.stderr.write(error instanceof ConfigError ? `${error.message}\n` : `start-up failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = error instanceof ConfigError ? 1 : 2;
});
