/**
 * Questions about what later became of an action ask about an event the store may not hold: an item dates the
 * action, not its undoing or its coming into force.
 * - Undone: "when was the grounding lifted", 停飞令后来哪天解除的, "was the rule repealed". Only a text that tells of
 *   an undoing answers ("withdrew their objections", 移出清单).
 * - Put into force: "did Commerce ever finalize the 10% rule", 最后到底采纳没有, 哪天落地的, "when did it take effect". A
 *   proposal the paper leaves open ("Commerce objected to parts of the plan") does not say; a text that tells the
 *   adoption or the coming into force does ("decided to formally adopt", 禁令生效后).
 */
import { clausesOf } from './answer-text.js';
const UNDOING = new RegExp(String.raw`\b(?:lift(?:ed|s|ing)?|rescind\w*|revok\w*|repeal\w*|revers(?:ed|al|es|ing)|overturn\w*|cancel\w*|withdr[ae]w\w*|delist\w*|removed?|dropped|ended(?!\s+up)|unban\w*)\b`
  + '|解除|撤销|撤回|取消|废除|推翻|移出|除名|解禁|放开', 'iu');
const ASKS_IN_FORCE = /\b(?:finali[sz]\w*|take effect|took effect|went into effect|into force|in force|shelved|implemented|(?:ever|ultimately|eventually|finally) (?:adopt|issu)\w*|final (?:outcome|result|version))\b|最终结果|最终[^，。？！?]{0,10}?正式|落地|生效|采纳|实施了?没有|有没有实施|通过了?没有|搁置/iu;
const TELLS_IN_FORCE = /\b(?:take effect|took effect|went into effect|into force|in force|adopt\w*|finali[sz]\w*|enact\w*|implement\w*|shelved|abandon\w*|reject\w*)\b|生效|实施|采纳|采用|通过|落地|搁置|放弃|否决/iu;

/** Asked whether what was stopped was let go on again ("cleared to fly again", 后来又让飞了): an undoing too. */
const ASKS_RESUMED = /\b(?:allowed|cleared|permitted|let)\b(?:\s+[\w-]+){0,3}\s+again\b|\b(?:resum(?:e[ds]?|ing|ption)|reinstat\w*)\b|(?:又|重新|再次|再)(?:让|允许|准许|批准|开放|启用|恢复)|恢复(?:使用|飞行|运营|销售|供货)/iu;

/** Asked who joined later ("which countries later joined", 随后又有哪些国家加入): a text must tell of someone joining. */
const ASKS_JOINED = /\b(?:later|subsequently|since|afterwards)\b[^?.!]{0,30}\bjoin(?:ed|s)?\b|\bjoin(?:ed)? (?:later|since|afterwards|subsequently)\b|(?:随后|后来|之后|此后|后续)(?:又|还)?(?:有)?[^，。？！?]{0,8}加入/iu;
const TELLS_JOINED = /\bjoin(?:ed|s|ing)?\b|\bexpanded\b|加入|扩大到|扩大至/iu;

export type LaterEvent = 'undone' | 'in force' | 'joined';

/** The later event a question asks about, if any. */
export function laterEventAsked(question: string): LaterEvent | undefined {
  const text = question.normalize('NFKC');
  if (UNDOING.test(text) || ASKS_RESUMED.test(text)) return 'undone';
  return ASKS_JOINED.test(text) ? 'joined' : ASKS_IN_FORCE.test(text) ? 'in force' : undefined;
}

/**
 * The later event a question of this kind asks about: one fact, or who joined, which is asked as a list ("哪些国家")
 * and is still one fact about one action. In a timeline, "after" orders events.
 */
export function laterEventAskedIn(question: string, kind: string): LaterEvent | undefined {
  const asked = laterEventAsked(question);
  return kind === 'fact' || kind === 'person' || (asked === 'joined' && kind === 'list') ? asked : undefined;
}

const TELLS_LATER: Record<LaterEvent, RegExp> = { undone: UNDOING, 'in force': TELLS_IN_FORCE, joined: TELLS_JOINED };
/** The act a question asks to have been done in the end ("最终…被正式列入"): a text that tells it tells the outcome. */
const FORMALLY_DONE = /最终[^，。？！?]{0,10}?正式被?([\u4e00-\u9fff]{2})/u;

/**
 * Whether a text tells the later event asked about: as the kind of event, or as the act the question names (列入) in a
 * clause that names what it was done to (`names`): "在商汤被列入清单的同一时期" tells no listing of SMIC.
 */
export function tellsLaterEvent(event: LaterEvent, text: string, question = '', names: readonly string[] = []): boolean {
  const act = FORMALLY_DONE.exec(question.normalize('NFKC'))?.[1];
  return TELLS_LATER[event].test(text) || (act !== undefined && text.normalize('NFKC').toLowerCase().split(/[，,。；;！？!?]/u)
    .some((clause) => clause.includes(act) && names.some((name) => clause.includes(name))));
}

/**
 * Asked about a lawsuit ("did DJI sue the Pentagon", 官司结果如何), a text must tell of one: the paper tells of
 * Xiaomi's, and of no other.
 */
const ASKS_LAWSUIT = /\b(?:sue[ds]?|suing|lawsuits?|litigation|legal (?:action|challenge)s?)\b|起诉|诉讼|官司|告上法庭|法律行动|法律手段/iu;
const TELLS_LAWSUIT = /\b(?:sue[ds]?|suing|lawsuits?|litigation|court)\b|起诉|诉讼|官司|法院|胜诉|败诉/iu;

export const lawsuitAsked = (question: string): boolean => ASKS_LAWSUIT.test(question.normalize('NFKC'));
export const tellsLawsuit = (text: string): boolean => TELLS_LAWSUIT.test(text);

/**
 * Asked how someone responded ("How did DJI respond to the Pentagon ban?", 大疆对禁令做了什么公开回应), the answer
 * must tell that they did: the store holds the action, and of those it targets only what the paper tells.
 */
const ASKS_RESPONSE = [/\bhow did (?:the )?(.{2,40}?) (?:respond|react|reply|retaliate|push back)\b/iu,
  /([^，。？！?\s]{2,12}?)(?:公司|方面|官方)?(?:对|就)[^，。？！?]{1,24}?(?:做了什么|做出了?什么|有什么|作何|如何|怎么|怎样)(?:公开)?(?:回应|反应|回击)/u,
  /([^，。？！?\s]{2,12}?)(?:公司|方面|官方)?(?:到底|究竟)?是?(?:怎么|如何|怎样|咋)(?:回应|反应|回击)/u];
const TELLS_RESPONSE = /\b(?:respond\w*|react\w*|repl(?:y|ied)|denied|deny|rejected|protest\w*|sue[ds]?|retaliat\w*)\b|回应|回击|反驳|否认|抗议|起诉|反制/iu;

/** The words before a response the question asks about: who is asked to have responded. */
export function responderAsked(question: string): string | undefined {
  const text = question.normalize('NFKC');
  for (const pattern of ASKS_RESPONSE) {
    const match = pattern.exec(text);
    if (match?.[1]) return match[1].toLowerCase();
  }
  return undefined;
}

/** Whether a text tells a response by someone known by one of `names`, in one sentence. */
export const tellsResponseOf = (text: string, names: readonly string[]): boolean => clausesOf(text.normalize('NFKC').toLowerCase())
  .some((sentence) => TELLS_RESPONSE.test(sentence) && names.some((name) => sentence.includes(name)));
