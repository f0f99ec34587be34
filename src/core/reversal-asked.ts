/**
 * Questions about an action being undone ("when was the grounding lifted", 停飞令后来哪天解除的, "was the rule
 * repealed") ask about a later event than the one the store holds: an item on the grounding dates the grounding.
 * Only a text that tells of an undoing answers them ("withdrew their objections", 移出清单).
 */
const UNDOING_EN = String.raw`\b(?:lift(?:ed|s|ing)?|rescind\w*|revok\w*|repeal\w*|revers(?:ed|al|es|ing)|overturn\w*|cancel\w*|withdr[ae]w\w*|delist\w*|removed?|dropped|ended(?!\s+up)|unban\w*)\b`;
const UNDOING_ZH = '解除|撤销|撤回|取消|废除|推翻|移出|除名|解禁|放开|叫停';
const ASKS_UNDOING = new RegExp(`${UNDOING_EN}|${UNDOING_ZH}`, 'iu');

export const undoingAsked = (question: string): boolean => ASKS_UNDOING.test(question.normalize('NFKC'));
export const tellsUndoing = (text: string): boolean => ASKS_UNDOING.test(text);
