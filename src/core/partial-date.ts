/** The first and last calendar day a partial date (YYYY, YYYY-MM, YYYY-MM-DD) covers. */
export function dateSpan(date: string): { start: string; end: string } {
  const [year, month, day] = date.split('-');
  if (day !== undefined) return { start: date, end: date };
  if (month !== undefined) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return { start: `${year}-${month}-01`, end: `${year}-${month}-${String(last).padStart(2, '0')}` };
  }
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

/** A partial date as a reader would write it: "October 7, 2019" / "2019年10月7日". */
export function formatPartialDate(date: string, lang: 'en' | 'zh'): string {
  const [year, month, day] = date.split('-');
  if (lang === 'zh') {
    return `${year}年${month ? `${Number(month)}月` : ''}${day ? `${Number(day)}日` : ''}`;
  }
  if (!month) return year ?? date;
  const monthName = MONTHS_EN[Number(month) - 1];
  return day ? `${monthName} ${Number(day)}, ${year}` : `${monthName} ${year}`;
}

/** The first and the last day a period covers, from a filter's partial dates (`null` where it names no bound). */
export function periodBounds(period: { from?: string; to?: string }): { from: string | null; to: string | null } {
  return { from: period.from ? dateSpan(period.from).start : null, to: period.to ? dateSpan(period.to).end : null };
}

/** Whether a span of days lies wholly inside a period's bounds. */
export function spanInside(start: string, end: string, bounds: { from: string | null; to: string | null }): boolean {
  return (!bounds.from || start >= bounds.from) && (!bounds.to || end <= bounds.to);
}

/** Whether all the days a partial date covers lie inside a period's bounds. */
export function dateInside(date: string, bounds: { from: string | null; to: string | null }): boolean {
  const span = dateSpan(date);
  return spanInside(span.start, span.end, bounds);
}

/** A period no longer than this (about a third of a year) is short enough to tell whole. */
export const SHORT_PERIOD_DAYS = 125;

/** Whether a period is bounded on both sides and spans at most `days` days ("February 2019", "early 2019"). */
export function isShortPeriod(period: { from?: string; to?: string }, days: number): boolean {
  const { from, to } = periodBounds(period);
  return from !== null && to !== null && Date.parse(to) - Date.parse(from) <= days * 86_400_000;
}
