import { withoutClaimCues } from '../core/claim-checked.js';
import type { QuestionKind } from '../core/ports.js';

/**
 * What shape of answer a question asks for, from the words that shape it. Those words say how to answer, not
 * what about, so they are taken out of the text before its content words are looked up: "How did X unfold"
 * must not count "unfold" as a topic the store lacks.
 */
interface KindCue {
  kind: Exclude<QuestionKind, 'fact' | 'person'>;
  en: RegExp;
  zh: RegExp;
}

/** Plural nouns that ask for a collection ("which budget documents", "all the steps"): the words between stay content. */
const COLLECTIONS = '(?:actions|steps|measures|moves|firms|companies|agencies|items|cases|things|forums|documents|programs|programmes|initiatives|rules|sanctions|restrictions|statements|reports|speeches|remarks|events|episodes|decisions|policies|efforts|signals|projects|activities)';

/** A word for one of the paper's two readings, as a choice between them names it (权力还是安全, 争权还是图安全). */
const READING_WORD_ZH = '(?:权力|争权|争霸|安全)';

// Order matters: the first kind whose cue matches wins ("compare how X and Y developed" is a comparison).
const READING: KindCue = { kind: 'reading',
  en: /\b(?:power[- ]driven|security[- ]driven|power game|power politics|(?:power|security)\b[^.?!]{1,40}\bor\b[^.?!]{1,40}\b(?:power|security)|(?:the paper|the authors?)(?:'s)? (?:read(?:s|ing)?|classif\w*|categori[sz]\w*|interpret\w*|see|view|fram(?:e|es|ing)|characteri[sz]\w*)s?|(?:read|treat|regard|see|view|count|classif(?:y|ie)|label)(?:s|ed)? (?:it|this|that|them|these)? ?as|(?:the paper|the authors?)\b[^.?!]{0,30}?\b(?:reads?|treat|regard|see|view|count|classif(?:y|ie)|label|frame)(?:s|ed)?\b[^.?!]{1,80}?\bas\b|reading of|indicators?|criteri(?:a|on)|yardsticks?|(?:power|security) logic|driven by (?:power|security)|(?:in|under|within|by|through|per|according to) (?:the )?(?:paper|authors?)['’]?s? (?:framework|scheme|terms|lens|framing))\b/giu,
  zh: new RegExp(`权力驱动|安全驱动|${READING_WORD_ZH}[^，。？！,.?!]{0,12}?(?:还是|抑或|或者)[^，。？！,.?!]{0,12}?${READING_WORD_ZH}|权力博弈|安全考量|(?:权力|安全)逻辑|(?:论文|作者|本文|文章|文中|书里|书中|该文|此文|这篇|原文)[^，。？！,.?!]{0,12}?解读|解读为|归为|视为|归类|指标|(?:判断|衡量|判定|评判|区分)标准|定性|驱动因素|驱动|(?:论文|作者|本文|文章|该文)的?(?:分析)?(?:框架|视角)[里中下内]`, 'gu') };

const CUES: KindCue[] = [
  READING,
  { kind: 'compare',
    en: /\b(?:compare[sd]?|comparison|versus|vs\.?|differ(?:ed|s|ence|ences|ent|ently)?|distinguish(?:es|ed|ing)?|tell\s+(?:[\p{L}-]+\s+){1,4}?apart|contrast(?:ed|s)?|at odds|disagree\w*|split over|same (?:line|way|position|approach)|side by side|each side|both sides|how did .{1,40} and .{1,40} (?:each|both)|(?:what|how|why) (?:does|did|do|would|will) each|each of (?:the two|them|these)|juxtapos\w*|(?:gaps?|mismatch|disconnect|contradiction|discrepancy|tension|inconsistency)\s+between|(?:set|weigh|measure)(?:s|ed)?(?=\s[^.?!]{1,120}\bagainst\b)|stack(?:s|ed)? up against|square(?:s|d)? (?:with|th(?:ese|ose|em)\b)|reconcil(?:e|es|ed|ing)|(?<=\bhow\s+(?:do|does|did)\s+(?:[\p{L}'’&-]+\s+){1,5}?)line\s+up|on (?:the )?one side\b(?=[^.?!]{1,80}\bon the other\b))\b/giu,
    zh: /比较|对比|比一比|对照|区别|异同|不同|不一样|一样吗|相同吗|差别|(?<![\d年月日])前后(?:有|的)?(?:什么|啥|哪些|何)?(?:变化|转变|不同)|(?:有|没有)(?:什么|何|啥|咩|乜)?分别|各有(?=什么|哪些|何|啥)|差(?:这么|那么|得这么|得那么)多|差在哪|分歧|差异|相比|相较|较之|双方|两者|各自|一致吗|矛盾|对立|立场交换|有何不同|同样的/gu },
  { kind: 'timeline',
    en: /\b(?:timeline|chronolog\w*|walk (?:me |us )?through|(?:start|beginning) to (?:finish|end)|then(?=\b.{1,80}\bthen\b)|on which (?:day|date)s?|unfold(?:ed|s)?|evolv(?:e|ed|es)|evolution|over time|sequence|step by step|trace|escalat(?:e|ed|ion)|progress(?:ed|ion)?|develop(?:ed)? (?:from|over|between)|what happened (?:next|after|between|when)|how .{1,40} developed|in (?:what |which |date |the right |the correct |the proper |the |right |correct |chronological )?order|from the (?:very )?(?:beginning|start|outset)|order(?=\s*(?:\+|&|and|with|,)\s*(?:[\w-]+\s+){0,2}?dates?\b)|dates?\s*(?:\+|&|and)\s*order|(?:month|year) by (?:month|year)|from(?= .{1,40} (?:to|until|through) )|(?<!\b(?:distinctions?|differences?|distinguish(?:es|ed|ing)?|gaps?|relationships?|relations?|links?|tensions?|balance|choices?|trade-?offs?|contrasts?|lines?|divides?|splits?)\s+)between(?= .{1,60} and )|how long (?:after|before)|how (?:many (?:days|weeks|months|years)|much time) (?:after|before|later|earlier|apart|passed|elapsed|separated)|how far apart|(?:which|what)(?: one| of (?:the|these|those|them)(?: two| three)?)? (?:came|happened|was) first|(?:on|of) the same (?:day|date))\b/giu,
    // 升级 escalates with a manner or a result (如何升级, 升级为); alone it is an upgrade (数字化升级).
    // Arrows between steps (A -> B -> C) in either language.
    zh: /-+>|→|演变|演进|经过|过程|脉络|一路|时间线|历程|先后|依次|一步步|逐步|怎样发展|如何发展|如何变化|有什么变化|发生了什么变化|(?:如何|怎么|怎样|逐步|不断|一步步|持续|步步)升级|升级(?=为|到|成)|按时间顺序|时间顺序|顺序|时序|按[^，。？！,.?!]{0,4}?(?:时间|月份?|年份?|日期)[^，。？！,.?!]{0,4}?(?:排|列|捋|梳理|理|讲)|排(?:个|一下)?序|捋(?:一下|一捋|一遍)|次序|来龙去脉|始末|前因后果|从(?=[^。？！.?!]{1,30}到)|相隔多久|隔了多久|相距多久|间隔多久|过了多久|多久之?后|几天之?后|(?:哪个|谁)在先|(?:哪个|谁)先(?=[^，。？！,.?!]{0,6}(?:发布|出台|发生|提出|签署|公布))|孰先孰后|谁先谁后|同一天|同一日|同日/gu },
  { kind: 'list',
    // "list" as a verb ("list Commerce's actions", "can you list all…"), not the noun of "the Entity List".
    // After "which", a word in -s before an article or a quantifier is a verb ("which company makes most of them"), not a plural.
    en: new RegExp(String.raw`\b(?:(?<=^\s*|\b(?:please|pls|can you|could you|would you|just|and|then)\s+)list|(?<=\b(?:give|send|show) (?:me|us) (?:a|the) )list|list(?=\s+(?:all|every|each|out|them|those|any|what|which)\b)|enumerate|name (?:the|all|every)|names of(?=\s+(?:the\s+|all\s+(?:the\s+)?)?(?:[\p{L}-]+\s+){0,2}?[a-z]{2,}[^s\W]s\b)|every|run ?down|run through|what (?:did|has|have|does)(?=\s.{0,60}\b(?:do|done)\b)|all of (?:it|them)|everything|(?<=^\s*(?:[\p{L}-]+\s+){0,3}?)(?=${COLLECTIONS}(?:\s+(?:and|or|&)\s+${COLLECTIONS})?\s+(?:the|that|which|by|from|in|of)\b)|(?:all|what|which)(?=\s+(?:(?:the|other)\s+)?(?:[\p{L}-]+\s+){0,2}?${COLLECTIONS}\b)|which(?=\s+(?:(?!(?:does|did|do|has|have|is|was|were|are|of)\b)[\p{L}-]+\s+){0,4}?(?!(?:does|has|is|was|this|its|his|us|ones)\b)[a-z]{2,}[^s\W]s\b(?!\s+(?:the|a|an|most|more|its|their|them|it|much|many)\b))|all(?=\s+the\s+[^?.!]{1,60}?\b${COLLECTIONS}\b)|all(?=(?:\s+of)?\s+the\s+(?:[\p{L}-]+\s+){0,4}?[a-z-]{3,}[^s\W]s\b)|(?<=\b(?:all|what|which)\s+(?:(?:the|other)\s+)?(?:[\p{L}-]+\s+){0,2}?)${COLLECTIONS})\b`, 'giu'),
    zh: /哪些|列出|列举|列一下|列个|所有|全部|都有|有哪几|一一|分别是|做了什么|采取了什么|梳理|盘点/gu },
];

/** Three or more steps between 、, arrows or semicolons. */
const ENUMERATED_STEPS = /[^、→;；]+(?:\s*(?:、|→|->|;|；)\s*[^、→;；]+){2,}/u;
/** English names steps in a series: "dates of SOTU, AI EO, and DoD AI strategy release". */
const SERIAL_STEPS = /\bdates? (?:of|for)\s+[^,?]+,\s*[^,?]+,?\s+(?:and|&)\s+[^,?]+/iu;
const ASKS_WHEN = /什么时候|何时|哪天|日期|按时间|\bwhen\b|\bdates?\b/iu;

/** Asks for a set of actions ("which Trump-era moves", "all the steps", 哪些): not "the Entity List decision". */
const ACTIONS_ASKED = {
  en: new RegExp(String.raw`\b(?:all|what|which)\s+(?:(?:the|other)\s+)?(?:[\p{L}-]+\s+){0,2}?${COLLECTIONS}\b`, 'iu'),
  // 哪些指标 asks for the criteria, not for actions.
  zh: /哪些(?!\s*(?:指标|标准|依据|尺度))|列出|列举|盘点/u,
};

/** Words that only say what kind of fact is wanted (a date, an amount, a view): never content. */
const ANSWER_TYPE = {
  en: /\b(?:how (?:much|many|big|large|long)|what (?:date|year|month|day|amount|percentage|share|number|figure)|amount|percentage|figures?|outcome|result(?:ed)?|end(?:ed)? up|in the end|views?|opinion|stance|position|respon(?:d|se|ded)|reacti?(?:on|ed)?|role)\b/giu,
  // "的数字" at the end asks for the figures, as "figures" does; 数字化 is a word of its own.
  zh: /占多少|占比|所占比例|多少|几个|几家|多大|(?<=的)(?:具体)?(?:数字|数额|金额)(?=[。？?，,！!\s]|$)|哪一天|哪一年|哪年|哪天|何时|什么时候|结果|结局|最终|看法|观点|立场|态度|反应|回应|怎么看|如何看待|作用|为什么|为何|有何|何种|何处/gu,
};

/** Words that say how to lay the answer out (a slide, bullets, a table, one sentence): never content. */
const OUTPUT_FORMAT = {
  en: /\bfor (?:a|my|the|our) (?:comparison |briefing |lecture )?(?:slides?|deck|memo|brief(?:ing)?|lecture|class|course|handout|notes?)\b|\b(?:in|as|into) (?:a |an )?(?:(?:short|quick) )?(?:bullet(?:ed)? (?:list|points)|bullets|table|one-liner|single sentence)\b|\bslide[- ]ready\b|\bin (?:one|a single|a short|two|three|a few) (?:para(?:graph)?s?|sentences?|lines?|bullets?)\b/giu,
  zh: /(?:请|帮我|麻烦)?(?:用)?一句话(?:概括|总结|说明)?|(?:概括|总结|归纳|整理|列|做|写|改|提炼)(?:成|为)(?:[^，。？！?]{0,8}?(?:要点|条|提纲|大纲|摘要|表格?))|(?:放在|放进|放到|用于|适合)?(?:课件|幻灯片|PPT|ppt|讲义|板书)(?:第[一二三四五六七八九十\d]+页)?(?:上|里|中|用)?的?|(?:对比)?表格|(?<=对比)表/gu,
};

export interface ClassifiedQuestion {
  kind: QuestionKind;
  /** The question with its shaping words taken out: what content words are looked up in. */
  rest: string;
  /** For reading questions: which reading they ask about, when they name one. */
  driver?: 'power' | 'security';
  /** A list of every action the paper reads as `driver` ("which actions does the paper read as power-driven?", 哪些…属于权力驱动). */
  everyActionRead: boolean;
  /** Asks for every one ("all", "every", 所有, 全部, 一共): a list or timeline shows them all, not only the closest. */
  exhaustive: boolean;
  /** Asks who ("哪些人", "都有谁", "which analysts"): a list of people, whose own words and deeds come first. */
  asksWho: boolean;
  /** Asks by what signs the paper tells the reading it names, or either reading ("power or security?"). */
  asksCriteria: boolean;
  /** Asks for the actions or cases that fit (美方哪些动作算符合, "which actual US moves"), not only for the signs. */
  asksExamples: boolean;
}

const WHICH_COUNTRIES = /\bwhich\s+(?:[\p{L}\d-]+\s+){0,2}?(?:countries|nations)\b|哪(?:些|几个)国家/iu;
const LIST_VERB = /\b(?:list|enumerate)\b|列出|列举|列一下/iu;
const EXHAUSTIVE = /\b(?:all|every|everything|each)\b|所有|全部|一共|一一|都列|全列|列全/iu;
// "(who/when)" asks each item's actor and date, not for a list of people.
const ASKS_WHO = /\bwho(?:m|se)?\b(?!\s*(?:\/|&|,|and)\s*(?:when|what)\b)|\bwhich (?:[\p{L}-]+\s+)?(?:officials?|people|persons|figures|generals?|leaders?|analysts?|scholars?|experts?|voices|researchers?)\b|谁|哪些人|哪几位|哪位|什么人|哪些(?:官员|将领|学者|专家|人物)/iu;

/** The paper's apparatus: its indicators, criteria and logics. */
export const APPARATUS = /^(?:indicator|criteria|criterion|yardstick|framework|logic|driven|driver|指标|标准|框架|逻辑|驱动|依据)$/iu;
// 权力 handed over (权力交给财政部, 移交权力) is an authority, not the power the paper reads policy by.
const POWER = /power[- ]driven|power game|power politics|power logic|power (?:competition|struggle)|power[- ]maximi[sz]\w*|(?<!(?:移交|交出|下放|授予|转移|转交|收回)[^，。？！,.?!]{0,4})权力(?!\s*(?:交给|交由|移交|转交|转给|下放|授予|划给|转移到|转移给))/iu;
const SECURITY = /security[- ]driven|security logic|安全驱动|安全考量|安全逻辑/iu;
/** A word that asks for the paper's criteria (标准 in 用什么标准判断), not for an instrument (technical standards). */
export const isCriteriaWord = (word: string): boolean => new RegExp(`^(?:${CRITERIA.source})$`, 'iu').test(word);
/** Asks by what the paper tells a reading ("what signs mark a security-driven policy", 怎么判断, 哪几个指标). */
/** Asks what someone said or thought of a matter. */
const SAYS = /有什么说法|说了什么|说了啥|怎么说|如何评价|怎么评价|怎么看|如何看待|表示了什么|\bwhat did\b[^?.!]{1,60}\b(?:say|argue|claim|think)\b/iu;
/** Asks for the actions or cases that fit a reading, besides or instead of its signs. */
const EXAMPLES = /\b(?:examples?|cases?|instances?|for instance|e\.g\.)\b|\b(?:which|what)\s+(?:actual\s+|concrete\s+|specific\s+)?(?:US\s+|U\.S\.\s+|American\s+)?(?:moves?|actions?|steps?|measures?|policies|decisions?)\b|(?:哪些|什么|哪几[个项件])(?:具体)?(?:美国|美方)?的?(?:动作|做法|行为|举措|措施|政策|案例|例子)|案例|例子|举个|举例|各举|举[^，。？！?]{0,4}?一例|对得上|符合/iu;
const CRITERIA = /\b(?:indicators?|criteria|criterion|yardsticks?|signs?|markers?|hallmarks?|dimensions?)\b|指标|标准|判断|衡量|依据|尺度|表征|维度/iu;
/** Names both readings as alternatives: "power-driven or security-driven?", 权力驱动还是安全驱动. */
const EITHER = new RegExp(String.raw`(?:power|security)[^.?!]{0,30}\b(?:or|vs|versus)\b\.?[^.?!]{0,30}(?:power|security)`
  + `|${READING_WORD_ZH}[^，。？！,.?!]{0,12}(?:还是|或|抑或|或者|vs|versus)[^，。？！,.?!]{0,12}${READING_WORD_ZH}`, 'iu');

/** Offers the two readings as the alternatives to choose from ("power-driven or security-driven?", 权力还是安全). */
export const offersBothReadings = (text: string): boolean => EITHER.test(text.normalize('NFKC'));

/** Asks why the paper or its authors see something as they do ("论文为什么认为…", "why does the paper call…"). */
const PAPERS_REASONS = /(?:论文|作者|本文|文章|文中|该文)[^，。？！?]{0,6}?(?:为什么|为何|何以|凭什么|为啥)|(?:为什么|为何|为啥)[^，。？！?]{0,6}?(?:论文|作者|本文|文章|该文)|\bwhy (?:does|do|did|would|is) the (?:paper|authors?|article)\b/iu;
export const asksThePapersReasons = (text: string): boolean => PAPERS_REASONS.test(text);

/** Speaks of the paper's readings: names one of them, or both ("on the power vs security spectrum"). */
export function speaksOfReadings(text: string): boolean {
  return POWER.test(text) || SECURITY.test(text) || /\bdriv(?:en|ers?)\b|驱动|\bpower\b[^.?!]{0,40}\bsecurity\b|\bsecurity\b[^.?!]{0,40}\bpower\b|权力[^，。？！,.?!]{0,12}安全|安全[^，。？！,.?!]{0,12}权力/iu.test(text);
}

/** The reading a question names: the first one it mentions ("security-driven rather than power-driven"), none when it offers both. */
export function namedDriver(text: string): 'power' | 'security' | undefined {
  if (EITHER.test(text)) return undefined;
  const power = text.search(POWER);
  const security = text.search(SECURITY);
  if (power < 0) return security < 0 ? undefined : 'security';
  if (security < 0) return 'power';
  // Both named: the one named again is asked for ("区分权力驱动和安全驱动？举一个安全驱动的…"), else the first
  // ("power-driven rather than security-driven").
  const times = (pattern: RegExp): number => text.match(new RegExp(pattern.source, 'giu'))?.length ?? 0;
  const [powerTimes, securityTimes] = [times(POWER), times(SECURITY)];
  if (powerTimes !== securityTimes) return powerTimes > securityTimes ? 'power' : 'security';
  return power < security ? 'power' : 'security';
}

/** A quoted span: in Chinese quotes, or in English ones that no letter touches from outside ("the Pentagon's" opens none). */
const QUOTED_SPAN = /[“「‘][^”」’\u0001]{1,40}[”」’]|(?<![A-Za-z\d])['"][^'"\u0001]{1,40}['"](?![A-Za-z])/gu;

/** "…or both" after the two readings offered as alternatives (权力还是安全？还是两者都有): a third answer, not two sides. */
const OR_BOTH = /(?:还是|或者?|抑或)?\s*(?:两者|二者)(?:都有|兼有|兼而有之|皆有|都是)|\bor both\b/giu;

const COMPARE_CUE = CUES.find((cue) => cue.kind === 'compare') as KindCue;
const onlyEach = (text: string): boolean => (text.match(COMPARE_CUE.zh) ?? []).every((cue) => cue === '各自') && !COMPARE_CUE.en.test(text);

export function classifyQuestion(asked: string, hasPerson: boolean, sides: number): ClassifiedQuestion {
  const text = EITHER.test(asked) ? asked.replace(OR_BOTH, ' ') : asked;
  let kind: QuestionKind | undefined;
  // A cue inside quotes (官僚机构的“立场交换”指的是啥) is the term asked about: it neither shapes the question nor leaves it.
  const quoted: string[] = [];
  let rest = text.replace(QUOTED_SPAN, (span) => `\u0001${quoted.push(span) - 1}\u0001`);
  const cued = new Set<QuestionKind>();
  for (const cue of CUES) {
    // "power vs. security" offers the two readings to choose from: the "vs." compares no sides.
    const base = cue.kind === 'compare' ? rest.replace(EITHER, (pair) => pair.replace(cue.en, ' ')) : rest;
    const stripped = base.replace(cue.en, ' ').replace(cue.zh, ' ');
    // The paper's readings are what a question asks about wherever they stand, in quotes too ("'security-driven'?").
    const seen = cue.kind === 'reading' ? text.replace(cue.en, ' ').replace(cue.zh, ' ') !== text : stripped !== base;
    if (!seen) continue;
    cued.add(cue.kind);
    // "How did Trump and Biden differ, in the paper's view?" compares two sides through the paper's eyes.
    // So does "the 'structural' reading vs the 'interaction' reading": two readings that are neither power nor security.
    if (kind === 'reading' && cue.kind === 'compare' && (sides >= 2 || !(POWER.test(text) || SECURITY.test(text)))) kind = 'compare';
    kind ??= cue.kind;
    // "power-driven" and "指标" are what a reading question is about: they stay content.
    if (cue.kind !== 'reading') rest = stripped;
  }
  // Steps named one by one and asked when ("埃斯珀讲话、最终报告、全球新兴技术峰会，各是什么时候", "dates of A, B, and C"): a timeline of them.
  if (kind !== 'compare' && (ENUMERATED_STEPS.test(text) || SERIAL_STEPS.test(text)) && ASKS_WHEN.test(text)) kind = 'timeline';
  // "Each" over what a list collects ("五角大楼官员都有谁，各自说了啥") tells each member, with fewer than two sides to compare.
  if (kind === 'compare' && cued.has('list') && sides < 2) kind = 'list';
  // 各自 with fewer than two sides asks each member of one thing (十个工作组各自谁牵头): no comparison.
  if (kind === 'compare' && sides < 2 && onlyEach(text)) kind = [...cued].find((other) => other !== 'compare');
  // What someone said of a process ("曾毅对…的讨论过程有什么说法") asks their words, not a sequence: 过程 and 经过 alone
  // name the matter.
  const timeline = CUES.find((cue) => cue.kind === 'timeline') as KindCue;
  if (kind === 'timeline' && hasPerson && SAYS.test(text) && !timeline.zh.test(text.replace(/过程|经过/gu, ' ')) && !timeline.en.test(text)) kind = 'person';
  // "Which countries joined the pledge?", 民主峰会邀请了哪些国家: the members of one action, not a list of actions.
  if (kind === 'list' && WHICH_COUNTRIES.test(text) && !EXHAUSTIVE.test(text) && !LIST_VERB.test(text)) kind = undefined;
  const driver = namedDriver(text);
  // "Which actions does the paper read as power-driven?" lists every action read that way: the reading is its filter, not its topic.
  // "Which moves does the paper count as grabbing control of rules?" asks for the actions read that way: a list.
  const actionsRead = kind === 'reading' && (ACTIONS_ASKED.en.test(text) || ACTIONS_ASKED.zh.test(text));
  rest = withoutClaimCues(rest).replace(ANSWER_TYPE.en, ' ').replace(ANSWER_TYPE.zh, ' ').replace(OUTPUT_FORMAT.en, ' ').replace(OUTPUT_FORMAT.zh, ' ')
    .replace(/\u0001(\d+)\u0001/gu, (_, at: string) => quoted[Number(at)] ?? ' ');
  // Every action read one way is asked for: the reading, quoted or not, is the filter, not the topic.
  if (actionsRead) rest = rest.replace(READING.en, ' ').replace(READING.zh, ' ');
  return { kind: actionsRead ? 'list' : kind ?? (hasPerson ? 'person' : 'fact'), rest, ...(driver && kind === 'reading' ? { driver } : {}),
    everyActionRead: actionsRead && driver !== undefined, exhaustive: EXHAUSTIVE.test(text), asksWho: ASKS_WHO.test(text),
    asksCriteria: (driver !== undefined || EITHER.test(asked)) && kind === 'reading' && CRITERIA.test(text), asksExamples: EXAMPLES.test(text) };
}
