/**
 * A question that checks a claim ("A post claims …, is that right?", 网传……，是否属实？) states what is to be checked, not
 * what is known: its dates and names may be the claim's errors.
 */
const CLAIM_EN = new RegExp([
  String.raw`\bis it (?:really )?(?:true|right|correct|accurate) (?:that|to say)\b`,
  String.raw`\bis (?:that|this|the claim|it) (?:really )?(?:true|right|correct|accurate)\b`,
  String.raw`\b(?:a|one|some|an?\s+online|a\s+viral)\s+(?:[\p{L}-]+\s+)?(?:post|tweet|thread|blog|article|report|commentator|pundit|video)s?\s+(?:says?|claims?|argues?|states?|asserts?)\b`,
  String.raw`\bsomeone(?:\s+online)?\s+(?:says|claims|wrote|posted)\b`,
  String.raw`\bclaims? to check\b`, String.raw`\bfact[- ]check`, String.raw`\b(?:it is|it's) (?:claimed|rumou?red|said online) that\b`,
].join('|'), 'iu');
const CLAIM_ZH = /网传|网上(?:有人)?(?:说|称)|有(?:说法|传言|传闻)(?:称|说|认为)?|有(?:帖子|文章|网友|人|媒体|报道|自媒体)(?:说|称|声称|认为)|据传|传言|是否属实|属实吗|是真的吗|(?:这个|这种)?说法(?:对吗|是否(?:准确|正确|属实)|准确吗|正确吗)/u;

/** Whether the question asks to check a claim rather than asking outright. */
export function checksClaim(question: string): boolean {
  const text = question.normalize('NFKC');
  return CLAIM_EN.test(text) || CLAIM_ZH.test(text);
}

/** The same cues, each found wherever it stands. */
const CUES = [new RegExp(CLAIM_EN.source, 'giu'), new RegExp(CLAIM_ZH.source, 'gu')];
/** The question without the words that say a claim is being checked: they are phrasing, not what it is about (网传科大讯飞…). */
export const withoutClaimCues = (text: string): string => CUES.reduce((rest, cue) => rest.replace(cue, ' '), text);
