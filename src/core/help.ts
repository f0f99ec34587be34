import type { CommandName, Lang } from './commands.js';
import type { HelpEntry } from './replies.js';

const ENTRIES: Record<Lang, HelpEntry[]> = {
  en: [
    { command: 'ask', usage: 'ask <question>  (or just type the question)', description: 'A short answer with numbered citations to the store; says so plainly when the store holds no answer. Follow-ups in the same thread keep the topic.',
      examples: ['What did the Pentagon think of the Huawei rule?', 'When did Cyber Command become a unified combatant command?', '拜登政府对商汤科技做了什么？'] },
    { command: 'events', usage: 'events [actor:X] [admin:trump|biden|obama|other] [from:DATE] [to:DATE] [driver:power|security|mixed] [target:X] [type:INSTRUMENT] [lang:en|zh] [page:N] [words]', description: 'Policy items, newest first, ten a page. Dates at any precision (2019, 2019-10, 2019-10-07); names in English or Chinese.',
      examples: ['events actor:commerce 2019', 'events target:huawei', 'events admin:biden driver:power', 'events type:entity-list lang:zh'] },
    { command: 'event', usage: 'event <id>', description: 'One item in full: summary, the paper\'s reading, the grounding passage and the primary sources.',
      examples: ['event 2019-10-07-bis-entity-list-eight-ai-firms'] },
    { command: 'actor', usage: 'actor <name>', description: 'An actor\'s (or person\'s, or company\'s) record: its items by administration and its power/security tally.',
      examples: ['actor Pentagon', 'actor 商务部', 'actor SenseTime'] },
    { command: 'compare', usage: 'compare <a> vs <b>', description: 'Two actors or two administrations side by side.',
      examples: ['compare commerce vs defense', 'compare trump vs biden'] },
    { command: 'framework', usage: 'framework', description: 'The paper\'s power vs security indicators, with how many items show each.', examples: ['framework'] },
    { command: 'digest', usage: 'digest [since:DATE]', description: 'Preview of what the next digest would post: items added to the store since a date (default: the last 7 days).',
      examples: ['digest', 'digest since:2026-01-01'] },
    { command: 'chart', usage: 'chart timeline|stance [actor:X] [admin:X] [from:DATE] [to:DATE] [driver:X] [target:X] [type:INSTRUMENT] [lang:en|zh]',
      description: 'A picture of the items the events filters select: a timeline with one lane per actor, or each actor\'s power/security stance per administration. Colours: red power, green security, yellow mixed, grey no paper reading.',
      examples: ['chart timeline actor:commerce', 'chart stance', 'chart stance actor:commerce actor:defense'] },
    { command: 'subscribe', usage: 'subscribe [weekly|daily] [filters]', description: 'Weekly or daily digests for this channel.', examples: ['subscribe weekly actor:commerce'] },
    { command: 'unsubscribe', usage: 'unsubscribe', description: 'Stop this channel\'s digests.', examples: ['unsubscribe'] },
    { command: 'subscriptions', usage: 'subscriptions', description: 'This channel\'s digest subscriptions.', examples: ['subscriptions'] },
    { command: 'review', usage: 'review [show|approve|reject|edit <id>]', description: 'Admins: documents the Federal Register watch found, awaiting review. Approved ones become items and reach the next digest; rejected ones are never proposed again.',
      examples: ['review', 'review approve fr-2022-21658'] },
    { command: 'status', usage: 'status', description: 'What the store holds (by source, administration and year), the last ingest and source run, candidates awaiting review, and each subscription\'s last delivery.',
      examples: ['status'] },
    { command: 'help', usage: 'help [command]', description: 'This help, or one command\'s.', examples: ['help events'] },
  ],
  zh: [
    { command: 'ask', usage: 'ask <问题>（或直接输入问题）', description: '简短回答，附编号引用；资料库没有答案时会直接说明。同一会话中的追问沿用上一个话题。',
      examples: ['五角大楼如何看待针对华为的新规？', '美国网络司令部何时升级为联合作战司令部？', 'What did BIS do in October 2019?'] },
    { command: 'events', usage: 'events [actor:X] [admin:trump|biden|obama|other] [from:日期] [to:日期] [driver:power|security|mixed] [target:X] [type:政策工具] [lang:en|zh] [page:N] [关键词]', description: '政策条目，按时间倒序，每页十条。日期可精确到年、月或日；名称可用中文或英文。',
      examples: ['events actor:商务部 2019', 'events target:华为', 'events admin:拜登 driver:power'] },
    { command: 'event', usage: 'event <id>', description: '单个条目的全部内容：摘要、论文解读、依据段落和原始出处。', examples: ['event 2019-10-07-bis-entity-list-eight-ai-firms'] },
    { command: 'actor', usage: 'actor <名称>', description: '某一机构（或人物、企业）的记录：按政府划分的条目及权力/安全驱动统计。', examples: ['actor 国防部', 'actor 商汤科技'] },
    { command: 'compare', usage: 'compare <甲> vs <乙>', description: '并列比较两个机构或两届政府。', examples: ['compare 商务部 vs 国防部', 'compare trump vs biden'] },
    { command: 'framework', usage: 'framework', description: '论文的权力驱动与安全驱动指标，以及各指标对应的条目数量。', examples: ['framework'] },
    { command: 'digest', usage: 'digest [since:日期]', description: '预览下一期摘要：某日期以来新加入资料库的条目（默认最近 7 天）。', examples: ['digest'] },
    { command: 'chart', usage: 'chart timeline|stance [actor:X] [admin:X] [from:日期] [to:日期] [driver:X] [target:X] [type:政策工具] [lang:en|zh]',
      description: '把筛选出的条目画成图：按行为体分行的时间线，或各行为体在各届政府时期的权力/安全立场。颜色：红为权力驱动，绿为安全驱动，黄为混合，灰为无论文解读。',
      examples: ['chart timeline actor:商务部', 'chart stance lang:zh'] },
    { command: 'subscribe', usage: 'subscribe [weekly|daily] [筛选条件]', description: '为本频道订阅每周或每日摘要。', examples: ['subscribe weekly actor:commerce'] },
    { command: 'unsubscribe', usage: 'unsubscribe', description: '取消本频道的摘要订阅。', examples: ['unsubscribe'] },
    { command: 'subscriptions', usage: 'subscriptions', description: '本频道的摘要订阅。', examples: ['subscriptions'] },
    { command: 'review', usage: 'review [show|approve|reject|edit <id>]', description: '管理员：审核《联邦公报》监测发现的文件。通过的成为条目并进入下一期摘要；拒绝的不再提议。', examples: ['review'] },
    { command: 'status', usage: 'status', description: '资料库概况（按来源、政府、年份）、最近一次导入与来源抓取、待审核文件，以及各订阅的最近投递。', examples: ['status'] },
    { command: 'help', usage: 'help [命令]', description: '查看帮助。', examples: ['help events'] },
  ],
};

export function helpEntries(lang: Lang, topic?: CommandName): HelpEntry[] {
  return topic ? ENTRIES[lang].filter((entry) => entry.command === topic) : ENTRIES[lang];
}
