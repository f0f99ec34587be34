/**
 * Years a question names by reference to one it named before: "2019年2月…，同年7月", "次年", "in 2019 … the following
 * year". Each is written out as the year it means, so the dates it frames are read as any other date; with no year
 * before it ("当年华为10%方案": back then) the words are left as they are.
 */
const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/gu;
const RELATIVE = /同年|当年|次年|翌年|前一年|(?:later|earlier)\s+(?:that|the\s+same)\s+year|(?:in\s+)?the\s+same\s+year|(?:in\s+)?(?:the\s+)?(?:following|next)\s+year|a\s+year\s+later|the\s+(?:previous|prior)\s+year|a\s+year\s+(?:earlier|before)/giu;

/** How far from the year named before each phrase points, in years. */
function offsetOf(phrase: string): number {
  if (/次年|翌年|following|next|later$/iu.test(phrase)) return 1;
  if (/前一年|previous|prior|earlier$|before$/iu.test(phrase)) return -1;
  return 0;
}

export function withRelativeYearsWritten(text: string): string {
  return text.replace(RELATIVE, (phrase: string, at: number) => {
    const years = [...text.slice(0, at).matchAll(YEAR)];
    const last = years.at(-1)?.[1];
    if (last === undefined) return phrase;
    const year = Number(last) + offsetOf(phrase.trim());
    return /\p{Script=Han}/u.test(phrase) ? `${year}年` : `in ${year}`;
  });
}
