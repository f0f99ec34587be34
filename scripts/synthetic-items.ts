import { administrationOf } from '../src/core/administrations.js';
import type { PolicyItem } from '../src/core/policy-item.js';

/**
 * Deterministic synthetic policy items, varied from real ones (both languages, all administrations,
 * instruments and drivers), for the 10,000-item ingest test and the benchmark.
 */
export function syntheticItems(count: number, templates: readonly PolicyItem[], seed = 1): PolicyItem[] {
  let state = seed >>> 0;
  const random = (): number => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const words = ['semiconductor', 'surveillance', 'cloud', 'robotics', 'drone', 'chip', 'standards', 'talent',
    'research', 'supply chain', 'facial recognition', 'autonomy', 'quantum', 'data', 'cyber'];
  const wordsZh = ['半导体', '监控', '云计算', '机器人', '无人机', '芯片', '标准', '人才', '研发', '供应链', '人脸识别',
    '自主', '量子', '数据', '网络'];
  return Array.from({ length: count }, (_, index) => {
    const template = pick(templates);
    const year = 2012 + Math.floor(random() * 11);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    const precision = random();
    const date = precision < 0.1 ? `${year}` : precision < 0.3 ? `${year}-${month}` : `${year}-${month}-${day}`;
    const w = Math.floor(random() * words.length);
    const topic = `${words[w]} ${words[(w + 3) % words.length]}`;
    const topicZh = `${wordsZh[w]}${wordsZh[(w + 3) % wordsZh.length]}`;
    return {
      ...template,
      id: `${date}-synthetic-${index}` as PolicyItem['id'],
      date,
      // A US item's administration follows its date; non-US items stay "other".
      administration: template.administration === 'other' ? 'other' : administrationOf(date),
      title: { en: `${template.title.en} (${topic}, case ${index})`, zh: `${template.title.zh}（${topicZh}，案例 ${index}）` },
      summary: { en: `${template.summary.en} This case concerns ${topic}.`, zh: `${template.summary.zh}本案涉及${topicZh}。` },
      keywords: [...template.keywords, topic, topicZh],
    };
  });
}
