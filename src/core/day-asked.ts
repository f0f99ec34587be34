/**
 * Questions that ask for the day something happened ("哪一天", 具体日期, 边一日, "on what exact date"; "when exactly" may ask for the month)
 * are answered only by an item dated to the day: the paper dates some events by the month or the year alone (the Bali
 * meeting, "2022年11月"), and the day is a detail it never gives.
 */
const ASKS_DAY = /哪一?天|几月几[日号]|几号|具体日期|确切日期|准确日期|(?:哪|边)一?日|\b(?:what|which) (?:exact |precise |specific )?(?:date|day)\b|\bexact date\b|\bon what day\b/iu;
const TO_THE_DAY = /^\d{4}-\d{2}-\d{2}$/u;

/** A full date in a text: "2021年10月5日", "October 5, 2021", "5 October 2021". */
const FULL_DATE = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b/iu;

/**
 * Whether a question asks for a day that the item the answer stands on (if an item) is not dated to and its summary
 * does not give: the Kennedy item is dated by its month, and its summary gives the day the cited reactions came out.
 */
export function dayUntold(question: string, item: { date: string; summary: { en: string; zh: string } } | undefined): boolean {
  return item !== undefined && ASKS_DAY.test(question.normalize('NFKC')) && !TO_THE_DAY.test(item.date)
    && !FULL_DATE.test(`${item.summary.en}\n${item.summary.zh}`);
}
