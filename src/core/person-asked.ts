import { namesAnyOf, searchedNames, type AliasTable } from './alias-table.js';
import { clausesOf } from './answer-text.js';
/**
 * Questions that ask for the person, court or firm holding a role ("which judge blocked …", "who was the Commerce Secretary",
 * 法官是谁, 哪个法院, "which contractor built …") are answered only by a text that speaks of that role. The paper tells of a court
 * ruling, a department's push and a prototype's tests without a word on the judge, the secretary or the contractor.
 */
const ROLES_EN = String.raw`(official|officer|members? of congress|lawmaker|senator|legislator|congress(?:wo)?man|judge|secretar(?:y|ies)|minister|commander|director|co-chair|chair|spokes(?:man|woman|person)|ambassador|ceo|founder|chairman|boss|contractor|manufacturer|vendor|supplier|court)(?:s|ed)?`;
const ROLES_ZH = '(官员|负责人|议员|主席|法官|法院|部长|大臣|司令|主任|发言人|大使|首席执行官|创始人|董事长|总裁|老板|承包商|制造商|供应商|厂商|厂)';
const ASKS_ROLE = [
  new RegExp(String.raw`\b(?:which|what|who(?:\s+(?:was|is|were))?(?:\s+the)?)\s+(?:(?!(?:did|does|do|was|were|is|are|has|have|had)\b)[\w-]+\s+){0,2}?${ROLES_EN}\b`, 'iu'),
  // Formal Chinese asks who as 系何人, 为何人; "具体有哪些人" asks which people; a terse query, "主席 姓名".
  new RegExp(`${ROLES_ZH}[^，。？！?]{0,4}?(?:是谁|叫什么|(?:是|系|为)何人|(?:有)?哪些人|都有谁|的?(?:姓名|名字))`, 'u'),
  new RegExp(`哪[一几]?(?:个|位|些|家|名)[\u4e00-\u9fff]{0,4}?${ROLES_ZH}`, 'u'),
  // "谁牵头当主席", 由谁担任主任.
  new RegExp(`谁[^，。？！?]{0,4}?(?:当|担任|出任|任|做)了?${ROLES_ZH}`, 'u'),
  // 位 counts people: whatever noun follows (高层, 将军), 哪位 and 哪几位 ask which people.
  /哪[一几]?位/u,
  // "the name of the judge" asks who, as "which judge" does.
  new RegExp(String.raw`\bnames? of (?:the |its |their )?(?:[\w-]+\s+){0,2}?${ROLES_EN}\b`, 'iu'),
];

/** A signature or authorship is a person's: "signed by whom", 由谁签署, "who wrote", 作者是谁. */
const ASKS_SIGNER = /\b(?:signed|authored|written)\s+by\s+whom\b|\bwho\s+(?:signed|authored|wrote)\b|谁(?:签署|签发|签的字|签字|撰写|执笔|写的)|(?:作者|执笔人|撰写人|撰稿人)(?:是谁|为何人|系何人)/iu;

/** A deputy's title holds the role's word and names another post: 副主席 is not the chair, nor "deputy director" the director. */
const DEPUTY_BEFORE = /(?:副|(?:vice|deputy|assistant)[\s-]?)$/u;

/**
 * The role a question asks the holder of ("judge", 法官), as it would be written in a text that names the holder: an
 * English word in the singular ("secretaries" → "secretary"; "contr" alone would be met by "export control").
 */
export function roleAsked(question: string): string | undefined {
  if (ASKS_SIGNER.test(question)) return SIGNER;
  for (const pattern of ASKS_ROLE) {
    const match = pattern.exec(question);
    if (!match) continue;
    const role = match[1];
    if (!role) return ANY_PERSON;
    // Asked who the deputy is (副主席, "vice chair"), the deputy's title is the role.
    const at = match.index + match[0].lastIndexOf(role);
    const deputy = DEPUTY_BEFORE.exec(question.slice(Math.max(0, at - 10), at).toLowerCase())?.[0] ?? '';
    return /\p{Script=Han}/u.test(role) ? deputy + role : deputy + role.toLowerCase().replace(/ies$/u, 'y');
  }
  return undefined;
}

/** Roles any official holds ("which official", 哪位官员): a text tells the holder by a person's name, not by the word. */
const ANY_PERSON = '人';
/** Who signed or wrote a document: the text about that document must name them, as it names any official. */
export const SIGNER = '签署人';
const GENERIC_ROLES = new Set(['official', 'officer', '官员', '负责人', ANY_PERSON, SIGNER]);
/** Lawmakers: the paper tells what Congress did, and only the name of one of its members says which. */
const LEGISLATOR_ROLES = new Set(['members of congress', 'member of congress', 'lawmaker', 'senator', 'legislator', 'congressman', 'congresswoman', '议员']);
const IN_LEGISLATURE = /\b(?:congress(?:man|woman)?|senat(?:e|or))\b|议员/iu;

/** Whether a text names one of the people in the alias table (those whose role meets `holds`, if given): built once a table. */
const personTests = new WeakMap<AliasTable, Map<RegExp | string | undefined, (text: string) => boolean>>();
function namesPersonOfTable(aliases: AliasTable, holds?: RegExp | string): (text: string) => boolean {
  const byRole = personTests.get(aliases) ?? new Map<RegExp | string | undefined, (text: string) => boolean>();
  personTests.set(aliases, byRole);
  let test = byRole.get(holds);
  if (!test) {
    // Latin names as whole words (namesAnyOf): "Xi" is not in "maximize".
    test = namesAnyOf(aliases.entries.filter((entry) => entry.kind === 'person'
      && (!holds || [entry.role?.en, entry.role?.zh].some((role) => role && (typeof holds === 'string'
        ? speaksOfRole(role.normalize('NFKC').toLowerCase(), holds) : holds.test(role))))).map((entry) => entry.id), aliases);
    byRole.set(holds, test);
  }
  return test;
}

/**
 * Whether a text tells who holds the role: it names a person for a role any official holds, a lawmaker for a lawmaker's
 * role, a firm (other than those `left` out) beside the word for a firm's role, else it speaks of the role or names
 * someone who held it.
 */
export function tellsHolder(role: string, text: string, aliases: AliasTable, left: ReadonlySet<string> = new Set()): boolean {
  if (GENERIC_ROLES.has(role)) return namesPersonOfTable(aliases)(text);
  if (LEGISLATOR_ROLES.has(role)) return namesPersonOfTable(aliases, IN_LEGISLATURE)(text);
  if (FIRM_ROLES.has(role)) return namesFirmBeside(role, text, aliases, left);
  // A person whose post the alias table gives holds it: "Robert Work" tells the former deputy secretary of defense.
  return speaksOfRole(text.normalize('NFKC').toLowerCase(), role) || namesPersonOfTable(aliases, role)(text);
}

/** Whether a text speaks of the role itself, not only of a deputy to it. */
function speaksOfRole(lower: string, role: string): boolean {
  for (let at = lower.indexOf(role); at >= 0; at = lower.indexOf(role, at + 1)) {
    if (!DEPUTY_BEFORE.test(lower.slice(Math.max(0, at - 10), at))) return true;
  }
  return false;
}

/** A firm's roles: the text tells which firm held one by naming it beside the word ("供应商希捷", "the supplier Seagate"). */
const FIRM_ROLES = new Set(['contractor', 'manufacturer', 'vendor', 'supplier', '承包商', '制造商', '供应商', '厂商', '厂']);
/** How many characters may stand between a firm's name and the word for its role: "寻找国内供应商" after the firms that seek them tells none. */
const BESIDE_ROLE = { han: 2, latin: 12 };

/** Whether a firm of the alias table, other than those `left` out, is named beside the word for the role. */
function namesFirmBeside(role: string, text: string, aliases: AliasTable, left: ReadonlySet<string>): boolean {
  const lower = text.normalize('NFKC').toLowerCase();
  const reach = /\p{Script=Han}/u.test(role) ? BESIDE_ROLE.han : BESIDE_ROLE.latin;
  const places = (word: string): number[] => {
    const found: number[] = [];
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) found.push(at);
    return found;
  };
  const roleAt = places(role);
  if (roleAt.length === 0) return false;
  const names = aliases.entries.filter((entry) => entry.sort === 'firm' && !left.has(entry.id))
    .flatMap(searchedNames).filter((name) => name.length >= 2);
  return names.some((name) => places(name).some((at) => roleAt.some((r) => {
    const [from, to] = at > r ? [r + role.length, at] : [at + name.length, r];
    // Within the clause: "寻找国内供应商，美亚柏科…" names no supplier.
    return to >= from && to - from <= reach && !/[，。；：,.;:!?！？]/u.test(lower.slice(from, to));
  })));
}

/** A person's name as the paper writes it: a transliteration joined by a middle dot (约翰·米尔斯海默), or a Latin name in brackets. */
const WRITTEN_NAME = /\p{Script=Han}·\p{Script=Han}|[（(][A-Z][\p{L}.'-]+(?: [A-Z][\p{L}.'-]+)+[)）]/u;

/** The text names a person: one of the alias table's, or one written as the paper writes names. */
export function namesPerson(text: string, aliases: AliasTable): boolean {
  return WRITTEN_NAME.test(text) || namesPersonOfTable(aliases)(text);
}

/** Asks what post a named person held or where they work ("what position did he hold", 担任什么职务, 是哪个机构的). */
const ASKS_POST = /\bwhat (?:position|post|title|job)\b|\b(?:position|post|title) (?:did|does|was|is)\b|\bwhich (?:institution|institute|organi[sz]ation|university)\b|(?:什么|何种|哪种)(?:职务|职位|头衔)|担任什么|任什么职|哪个(?:研究)?机构的|哪个单位|(?:供职|任职|就职|工作)(?:于|在)(?:哪个|哪家|什么)/iu;

/** Asks where someone works ("which think tank", 在哪家智库, 供职于哪个机构): a role that names no body (退役上将) does not say. */
const ASKS_EMPLOYER = /\b(?:which|what) (?:institution|institute|organi[sz]ation|university|think[- ]tank|company|firm|agency)\b|哪(?:家|个|所)(?:研究)?(?:智库|机构|单位|大学|公司|媒体|研究所)|(?:供职|任职|就职|工作)(?:于|在)(?:哪个|哪家|什么)/iu;
const NAMES_BODY = /大学|学院|学会|中心|研究所|研究院|办公室|委员会|部|局|基金会|公司|白宫|政府|\b(?:university|college|cent(?:er|re)|institut\w*|office|commission|department|agency|command|council|foundation|house|administration|brookings|rand)\b/iu;

/**
 * Whether a question asks what post or where one of the people it names (by their `roles` in the alias table) worked,
 * and the paper gives none: no role, or, asked where, a role that names no body.
 */
export function postUntold(question: string, roles: ReadonlyArray<{ en: string; zh: string } | undefined>): boolean {
  const text = question.normalize('NFKC');
  if (!ASKS_POST.test(text) && !ASKS_EMPLOYER.test(text)) return false;
  const employer = ASKS_EMPLOYER.test(text);
  return roles.every((role) => role === undefined || /gives no role/u.test(role.en) || (employer && !NAMES_BODY.test(`${role.en}\n${role.zh}`)));
}

/** Asks who came after someone in a post ("who succeeded Kratsios", 谁接任了): only a text that tells a succession answers. */
// 接班 may be split by a particle: 谁接的班, 接了班.
const ASKS_SUCCESSOR = /\bwho (?:succeeded|replaced|took over from|came after)\b|\bsuccessors?\b|谁接任|接任者|继任|接替|接[了的]?班/iu;
const TELLS_SUCCESSION = /\bsucceed\w*|\bsuccessor|\breplac\w*|\btook over\b|接任|继任|接替|接班|上任/iu;

export const successorAsked = (question: string): boolean => ASKS_SUCCESSOR.test(question.normalize('NFKC'));

/**
 * Asks when someone took a post ("when did Nakasone become head of Cyber Command", 哪一年开始当…司令): only a text that
 * tells the appointment answers; the paper dates what people said while in office, not when they took it.
 */
const ASKS_POST_TAKEN = /\b(?:when|what year|which year|since when)\b[^?.!]{0,60}?\b(?:(?:become|became) (?:the )?(?:[\p{L}-]+ )?(?:head|director|chief|commander|secretary|chair(?:man)?|leader|deputy|administrator)|appointed|named (?:as )?(?:the )?(?:head|director|chief|commander|secretary)|take over|took over|take office|took office|start(?:ed)? (?:as|serving))\b|(?:哪一?年|什么时候|何时)[^，。？！?]{0,8}?(?:开始当|开始担任|出任|上任|就任|接任|任职)/iu;
const TELLS_POST_TAKEN = /\b(?:became|appointed|named as|took over|sworn in|assumed (?:the )?(?:post|office|command))\b|上任|就任|出任|任命|接任|升任/iu;

export const postTakenAsked = (question: string): boolean => ASKS_POST_TAKEN.test(question.normalize('NFKC'));
/** Whether a sentence of a text tells that someone known by one of `names` (anyone, when none is given) took a post. */
export const tellsPostTaken = (names: readonly string[]) => (text: string): boolean => clausesOf(text.normalize('NFKC').toLowerCase())
  .some((sentence) => TELLS_POST_TAKEN.test(sentence) && (names.length === 0 || names.some((name) => sentence.includes(name))));
export const tellsSuccession = (text: string): boolean => TELLS_SUCCESSION.test(text);

/**
 * Asks what was said: the content of remarks ("what did Sullivan say", "which proposals did he lay out", 讲了什么).
 * Some items record remarks the paper only cites in a footnote, and say so ("the paper does not report what he said",
 * 未介绍其内容): they answer that the remarks were made, not what they said.
 */
const ASKS_CONTENT = /\bwhat (?:\w+ly )?(?:did|does|do|had) [^?.!]{1,60}?\b(?:say|argue|propose|stress|warn|claim|announce)\b|\b(?:what|which) (?:specific |exact |concrete )?(?:[\w-]+ )?(?:proposals?|points?|arguments?|examples?|ideas?|measures?|steps?|initiatives?|announcements?|plans?|commitments?|pledges?|promises?)\b[^?.!]{0,40}\b(?:lay out|laid out|put forward|propose[ds]?|outline[ds]?|make|made|raise[ds]?|give|gave|announce[ds]?|unveil(?:ed|s)?)\b|\bwhat (?:was|were) (?:in|the content of) [^?.!]{0,30}\b(?:remarks|speech|address)\b|说了什么|讲了什么|谈了什么|讲了哪些|提出了?(?:什么|哪些)|宣布了?(?:什么|哪些)|讲话(?:的)?(?:内容|要点)|具体(?:说|讲|提)了/iu;
const CONTENT_UNREPORTED = /\bdoes not report what\b|未介绍其内容/u;

export const contentAsked = (question: string): boolean => ASKS_CONTENT.test(question.normalize('NFKC'));
/** Whether an item records only that the paper cites someone's remarks, not what they said. */
export const contentUnreported = (item: { summary: { en: string; zh: string } }): boolean => CONTENT_UNREPORTED.test(`${item.summary.en}\n${item.summary.zh}`);

/** Each item that does not report its remarks, moved after the last item of its day that does. */
export function afterSameDayTold<T extends { date: string; summary: { en: string; zh: string } }>(items: readonly T[]): T[] {
  const order = [...items];
  for (const item of items.filter(contentUnreported)) {
    const last = order.findLastIndex((other) => other.date === item.date && !contentUnreported(other));
    const at = order.indexOf(item);
    if (last > at) order.splice(last, 0, ...order.splice(at, 1));
  }
  return order;
}
