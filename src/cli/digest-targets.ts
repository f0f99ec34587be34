import { logToStderr, teamsSettingsOf, type App } from '../app.js';
import { createSlackDigestTargetForToken } from '../adapters/slack/slack-digest-target.js';
import { createTeamsAdapter } from '../adapters/teams/teams-adapter.js';
import type { DigestDeps } from '../digest/deliver-digests.js';

/** The digest targets the configuration allows, for `briefing digest run` outside the bot process. */
export function digestTargetsFor(app: App): DigestDeps['targets'] {
  const { config } = app;
  const targets: DigestDeps['targets'] = {};
  if (config.SLACK_BOT_TOKEN) {
    targets.slack = createSlackDigestTargetForToken(config.SLACK_BOT_TOKEN, config.SLACK_API_URL, logToStderr);
  }
  // Teams digests go out through stored conversation references; the endpoint itself is not started.
  targets.teams = createTeamsAdapter(teamsSettingsOf(config),
    { router: app.router, store: app.store, clock: app.clock, slowAnswers: false, log: () => {} }).digestTarget;
  return targets;
}
