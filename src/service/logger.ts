import { pino, stdTimeFunctions, type Level } from 'pino';

/** Levels LOG_LEVEL accepts: pino's, and `silent`. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * One JSON line a record on stderr (stdout stays for command output), written synchronously so the last lines before
 * an exit are not lost. `message` and an ISO `time` keep the lines as they were before levels existed.
 */
const logger = pino({
  level: 'info', messageKey: 'message', base: { pid: process.pid }, timestamp: stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
}, pino.destination({ dest: 2, sync: true }));

export function setLogLevel(level: LogLevel): void {
  logger.level = level;
}

/** Logs at `fields.level` (default info); the level is not repeated among the fields. */
export function logToStderr(message: string, fields: Record<string, unknown> & { level?: Level } = {}): void {
  const { level = 'info', ...rest } = fields;
  logger[level](rest, message);
}
