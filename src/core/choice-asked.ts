/**
 * Questions that ask why these and not others were chosen ("缘何独择此三国", 为何首批选定…, "why these three", 为什么偏偏定在
 * 2020年初) are answered only by a text that speaks of a choice or its cause: the paper names the partners of the export
 * framework and the hoped-for launch of GPAI without saying why they, or then.
 */
const WHY = String.raw`(?:为什么|为何|缘何|何以|凭什么|\bwhy\b)`;
const ASKS_CHOICE = new RegExp(String.raw`${WHY}[^？?。]{0,60}?(?:偏偏|独|单单|唯独|(?:只|专|偏)挑|挑(?:了|中|选)|选定|选中|遴选|选择(?!性)|\bcho(?:se|sen|ose)\b|\bselect(?:ed)?\b|\bpicked\b|\bsingled out\b)`
  + String.raw`|(?:遴选|挑选|选择)(?:的)?(?:考虑|考量|理由|原因|标准|依据)|${WHY} (?:these|those|this|that) (?:two|three|four|five|\d+)\b`, 'iu');
const TELLS_CAUSE = /因为|由于|鉴于|之所以|出于|选择|选定|挑选|遴选|\bbecause\b|\bsince\b|\bdue to\b|\bcho(?:se|sen)\b|\bselected\b|\bpicked\b|\bcriteri(?:a|on)\b/iu;

/** Whether a question asks why these were chosen, and no text near the answer (`toldNear`) speaks of a choice or a cause. */
export function choiceReasonUntold(question: string, toldNear: (tells: (text: string) => boolean) => boolean): boolean {
  return ASKS_CHOICE.test(question.normalize('NFKC')) && !toldNear((text) => TELLS_CAUSE.test(text));
}
