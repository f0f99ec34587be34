/** What a failed Slack Web API call means for a retry. */
export interface SlackFailure {
  /** Slack's error code, or `http_<status>`, `ratelimited`, `request_failed`. */
  code: string;
  /** A later attempt may succeed (an outage, a rate limit), as opposed to a refusal (no such channel, not allowed). */
  retryable: boolean;
  /** How long Slack asked us to wait (Retry-After). */
  retryAfterMs?: number;
}

/** Slack's error code from a failed Web API call, if it is one. */
export function slackErrorCode(error: unknown): string | undefined {
  return (error as { data?: { error?: string } })?.data?.error;
}

const RETRYABLE_CODES = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'ratelimited', 'rate_limited']);

/** Translates what @slack/web-api throws into one shape: the only place that knows its error classes. */
export function classifySlackError(error: unknown): SlackFailure {
  const e = error as { code?: string; statusCode?: number; retryAfter?: number };
  if (e?.code === 'slack_webapi_rate_limited_error') {
    return { code: 'ratelimited', retryable: true, ...(typeof e.retryAfter === 'number' ? { retryAfterMs: e.retryAfter * 1000 } : {}) };
  }
  if (e?.code === 'slack_webapi_http_error') {
    const status = e.statusCode ?? 0;
    return { code: `http_${status}`, retryable: status >= 500 || status === 408 || status === 429 };
  }
  if (e?.code === 'slack_webapi_request_error') return { code: 'request_failed', retryable: true };
  const code = slackErrorCode(error);
  if (code) return { code, retryable: RETRYABLE_CODES.has(code) };
  return { code: String((error as Error)?.message ?? error), retryable: false };
}
