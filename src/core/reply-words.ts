import type { Lang } from './lang.js';
import { countLabel, driverLabel } from './labels.js';
import type { DriverTally } from './replies.js';

/** The fixed words every renderer shows around a reply's data, in both languages, so platforms say the same. */
export const REPLY_WORDS = {
  en: {
    power: 'Power-driven', security: 'Security-driven', mixed: 'Mixed', unread: 'No paper reading', total: 'Items', indicators: 'Indicators',
    latest: 'Latest items', fullItem: 'Full item', example: 'e.g.', tryIt: 'Try', since: 'Added since', none: 'None',
    frameworkTitle: "The paper's power vs security indicators",
    powerIndicators: 'Power-driven indicators', securityIndicators: 'Security-driven indicators',
    helpTitle: 'Policy Brief: cited briefings on US AI policy toward China',
    helpTopic: (command: string) => `Help: ${command}`,
    usageTitle: 'That did not work', usage: 'How to use it',
    previewTitle: (total: number, since: string) => `${countLabel(total, 'en')} added since ${since}`,
    noNewItems: 'No items were added in this period.',
    versus: (a: string, b: string) => `${a} vs ${b}`,
    moreItems: (n: number) => `…and ${countLabel(n, 'en')} more`,
  },
  zh: {
    power: '权力驱动', security: '安全驱动', mixed: '混合', unread: '论文未解读', total: '条目', indicators: '指标',
    latest: '最新条目', fullItem: '查看全文', example: '例', tryIt: '试试', since: '新增自', none: '无',
    frameworkTitle: '论文的权力驱动与安全驱动指标',
    powerIndicators: '权力驱动指标', securityIndicators: '安全驱动指标',
    helpTitle: 'Policy Brief：美国对华人工智能政策简报',
    helpTopic: (command: string) => `帮助：${command}`,
    usageTitle: '无法执行', usage: '用法',
    previewTitle: (total: number, since: string) => `自 ${since} 以来新增 ${total} 个条目`,
    noNewItems: '这段时间没有新增条目。',
    versus: (a: string, b: string) => `${a} 对比 ${b}`,
    moreItems: (n: number) => `……另有 ${countLabel(n, 'zh')}`,
  },
} as const;

/** The driver most of a tally's items show, or undefined for an empty tally or a tie at the top. */
export function leadingDriver(tally: DriverTally): Exclude<keyof DriverTally, 'none'> | undefined {
  const ranked = (['power', 'security', 'mixed'] as const).map((driver) => [driver, tally[driver]] as const).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && first[1] > 0 && first[1] > (second?.[1] ?? 0) ? first[0] : undefined;
}

/**
 * How a side of a comparison leans: "Most often power-driven: 9 of 14". Side by side, two of these show the
 * paper's finding that actors swap positions.
 */
export function leaningText(tally: DriverTally, lang: Lang): string {
  const total = tally.power + tally.security + tally.mixed;
  if (total === 0) return lang === 'zh' ? '没有条目' : 'No items';
  const driver = leadingDriver(tally);
  if (!driver) return lang === 'zh' ? `权力与安全驱动势均力敌（共 ${total} 个）` : `Evenly split (${total} items)`;
  return lang === 'zh'
    ? `最常见：${driverLabel(driver, 'zh')}（${total} 个中 ${tally[driver]} 个）`
    : `Most often ${driverLabel(driver, 'en')}: ${tally[driver]} of ${total}`;
}
