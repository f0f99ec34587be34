import { createTask, validate, type ScheduledTask } from 'node-cron';

const matchers = new Map<string, ScheduledTask>();

/** A stopped node-cron task used only to test instants against a schedule in a time zone. */
function matcher(schedule: string, timeZone: string): ScheduledTask {
  const key = `${schedule}|${timeZone}`;
  let task = matchers.get(key);
  if (!task) {
    task = createTask(schedule, () => {}, { timezone: timeZone });
    matchers.set(key, task);
  }
  return task;
}

export function isValidSchedule(schedule: string): boolean {
  return validate(schedule);
}

const MINUTE = 60_000;
/** Weekly schedules fire within 7 days; a longer gap is searched only over its last 8 days. */
const SEARCH_LIMIT = 8 * 24 * 60;

/**
 * The latest instant in (after, until] at which the schedule fires in its time zone, if any: a subscription is
 * due when it has one since its last delivered window.
 */
export function lastFiringIn(schedule: string, timeZone: string, after: Date, until: Date): Date | undefined {
  const task = matcher(schedule, timeZone);
  let at = Math.floor(until.getTime() / MINUTE) * MINUTE;
  for (let steps = 0; at > after.getTime() && steps < SEARCH_LIMIT; steps++, at -= MINUTE) {
    if (task.match(new Date(at))) return new Date(at);
  }
  return undefined;
}
