/**
 * Questions that ask for the day something happened ("哪一天", 具体日期, 边一日, "on what exact date"; "when exactly" may ask for the month)
 * are answered only by an item dated to the day: the paper dates some events by the month or the year alone (the Bali
 * meeting, "2022年11月"), and the day is a detail it never gives.
 */
const ASKS_DAY = /哪一?天|几月几[日号]|几号|具体日期|确切日期|准确日期|(?:哪|边)一?日|\b(?:what|which) (?:exact |precise |specific )?(?:date|day)\b|\bexact date\b|\bon what day\b/iu;
const TO_THE_DAY = /^\d{4}-\d{2}-\d{2}$/u;

/** Whether a question asks for a day that the item the answer stands on (if an item) is not dated to. */
export function dayUntold(question: string, item: { date: string } | undefined): boolean {
  return item !== undefined && ASKS_DAY.test(question.normalize('NFKC')) && !TO_THE_DAY.test(item.date);
}
