import type { PolicyItem } from '../core/policy-item.js';

/** How people name each instrument, in both languages: "blacklist" finds Entity List items. */
export const INSTRUMENT_WORDS: Record<PolicyItem['instrument'], string[]> = {
  'executive-order': ['executive order', 'presidential order', 'EO', '行政令', '总统令', '行政命令'],
  budget: ['budget', 'funding', 'spending', 'appropriation', 'R&D budget', 'fiscal year', '预算', '经费', '拨款', '财年', '研发预算'],
  'entity-list': ['entity list', 'blacklist', 'black list', 'trade blacklist', 'sanction', 'listing', '实体清单', '黑名单', '制裁', '列入清单'],
  'investment-ban': ['investment ban', 'investment restriction', 'investment blacklist', 'sanction', 'capital market', '投资禁令', '禁止投资', '投资限制', '制裁', '清单'],
  'export-control': ['export control', 'export controls', 'export ban', 'export restriction', 'chip ban', '出口管制', '出口限制', '断供', '禁运'],
  'procurement-ban': ['procurement ban', 'purchase ban', 'purchasing ban', 'ban', 'grounding', '禁购', '采购禁令', '禁令', '停飞', '禁止采购'],
  'alliance-forum': ['alliance', 'allies', 'partnership', 'coalition', 'forum', 'dialogue', 'summit', '联盟', '盟友', '伙伴关系', '对话', '峰会', '论坛'],
  'international-principles': ['principles', 'norms', 'standards', 'rules', 'governance', '原则', '规范', '标准', '规则', '治理'],
  'military-program': ['military program', 'weapons program', 'project', 'programme', 'military', 'exercise', '军事项目', '项目', '计划', '军事', '演习'],
  'strategy-document': ['strategy', 'plan', 'white paper', 'vision', 'doctrine', '战略', '规划', '白皮书', '构想', '计划'],
  statement: ['statement', 'speech', 'remarks', 'said', 'interview', 'briefing', 'testimony', '讲话', '表示', '声明', '演讲', '采访', '发言'],
  report: ['report', 'study', 'analysis', 'assessment', 'op-ed', 'article', '报告', '研究', '分析', '评估', '文章'],
  other: [],
};

/** English paraphrases mapped to the words the store uses. */
export const SYNONYMS: Record<string, string[]> = {
  probe: ['investigation'], inquiry: ['investigation'], blacklist: ['entity list'], blacklisted: ['entity list'],
  sanctioned: ['sanction'], uav: ['drone'], uavs: ['drone'], drones: ['drone'], chips: ['chip', 'semiconductor'],
  chip: ['semiconductor'], semiconductors: ['semiconductor', 'chip'], hdd: ['hard drive'], 'hard-drive': ['hard drive'],
  pentagon: ['defense'], military: ['defense', 'armed forces'], forbid: ['ban'], prohibit: ['ban'], barred: ['ban'],
  funds: ['budget'], money: ['budget'], spending: ['budget'], decouple: ['decoupling'], decoupled: ['decoupling'],
  recouple: ['recoupling', 're-coupling'], ipo: ['listing', 'shares'], stock: ['shares'], share: ['shares'],
  surveil: ['surveillance'], nukes: ['nuclear'], 'nuclear weapons': ['nuclear'], cyberspace: ['cyber'],
  conclude: ['conclusion', 'finding'], concluded: ['conclusion', 'finding'], conclusions: ['conclusion'], findings: ['finding'],
  recommend: ['recommendation'], recommendations: ['recommendation'], suggest: ['recommendation'], suggestions: ['recommendation'],
  members: ['member'], countries: ['country', 'member'], grew: ['expand'], growth: ['expand', 'increase'],
  // Chinese paraphrases
  黑名单: ['实体清单'], 调查: ['301调查'], 无人机: ['大疆'], 芯片: ['半导体'], 硬盘: ['硬盘驱动器'], 五角大楼: ['国防部'],
  智库: ['研究中心', '学会', '研究'], 规划: ['发展规划', '计划'], 担心: ['担忧', '忧虑', '警惕', '防止'], 担忧: ['担心', '忧虑'],
  看法: ['认为', '表示'], 原因: ['为由', '因为'], 理由: ['为由', '借口'],
};
