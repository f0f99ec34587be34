import { validate } from 'node-cron';
import { z } from 'zod';
import { LOG_LEVELS } from '../service/logger.js';

const optionalText = z.string().trim().min(1).optional();
const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

const envSchema = z.object({
  BRIEFING_DB: z.string().trim().min(1).default('./var/briefing.db'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'expected a postgres:// URL').optional(),
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: z.url().optional(),
  OPENAI_MODEL: z.string().trim().min(1).default('gpt-4o-mini'),
  LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(20000),
  /** Tokens the LLM may use per UTC day across all replicas; then answers are extractive until midnight. Unset: no limit. */
  LLM_DAILY_TOKEN_LIMIT: z.coerce.number().int().positive().optional(),
  /** Embeddings model on the same OpenAI-compatible endpoint: semantic retrieval fused with the lexical one. */
  OPENAI_EMBEDDINGS_MODEL: optionalText,
  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_API_URL: z.url().optional(),
  PORT: port(3000),
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
  MicrosoftAppTenantId: optionalText,
  TEAMS_PORT: port(3978),
  /** How long SIGTERM waits for work in flight (answers, a digest run) before the process exits anyway. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().max(600_000).default(10_000),
  DIGEST_CRON: z.string().trim().min(1).default('0 9 * * 1').refine((value) => validate(value), 'expected a cron expression such as "0 9 * * 1"'),
  DIGEST_TZ: z.string().trim().min(1).default('UTC').refine(isTimeZone, 'expected an IANA time zone such as Europe/Berlin'),
  /** Where new review candidates are announced: "slack:C123" or "teams:<conversation id>" (a chat the bot is in). */
  REVIEW_CHANNEL: z.string().trim().regex(/^(slack:[A-Z0-9]+|teams:\S+)$/, 'expected slack:<channel id> (e.g. slack:C0123ABCD) or teams:<conversation id>').optional(),
  /** How much the bot logs, on stderr as JSON lines. */
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  /** The Federal Register API's base (the part before /api/v1), or a server answering the same API. */
  FEDREG_API_URL: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL such as https://www.federalregister.gov' })
    .default('https://www.federalregister.gov').transform((value) => value.replace(/\/api\/v1\/?$/, '').replace(/\/+$/, '')),
  /** When the source watches run (in DIGEST_TZ): daily at 06:00 by default. */
  SOURCES_CRON: z.string().trim().min(1).default('0 6 * * *').refine((value) => validate(value), 'expected a cron expression such as "0 6 * * *" (daily at 06:00)'),
  /** Who may subscribe channels: comma-separated "slack:U123" / "teams:29:…"; unset lets anyone. Reviewing from chat needs it set. */
  BRIEFING_ADMINS: z.string().trim().optional().transform((value) => (value ? value.split(',').map((v) => v.trim()).filter(Boolean) : null)),
});

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export type Config = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  ${problems.join('\n  ')}`);
  }
}

/** Reads the environment once, reporting every bad variable by name at once. Empty strings count as unset. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = envSchema.superRefine((config, context) => {
    if (config.SLACK_BOT_TOKEN && !config.SLACK_SIGNING_SECRET && !config.SLACK_APP_TOKEN) {
      context.addIssue({ code: 'custom', path: ['SLACK_SIGNING_SECRET'], message: 'SLACK_BOT_TOKEN is set: also set SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode)' });
    }
    if (config.MicrosoftAppId && !config.MicrosoftAppPassword && config.MicrosoftAppType !== 'UserAssignedMSI') {
      context.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'MicrosoftAppId is set: also set MicrosoftAppPassword (the client secret)' });
    }
    if (config.OPENAI_EMBEDDINGS_MODEL && !config.OPENAI_API_KEY) {
      context.addIssue({ code: 'custom', path: ['OPENAI_API_KEY'], message: 'OPENAI_EMBEDDINGS_MODEL is set: also set OPENAI_API_KEY (and OPENAI_BASE_URL for a compatible server)' });
    }
    if ((config.SLACK_SIGNING_SECRET || config.SLACK_APP_TOKEN) && !config.SLACK_BOT_TOKEN) {
      context.addIssue({ code: 'custom', path: ['SLACK_BOT_TOKEN'], message: 'Slack needs SLACK_BOT_TOKEN (xoxb-…)' });
    }
  }).safeParse(present);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  return result.data;
}
