import { createAliasTable } from '../../src/core/alias-table.js';
import type { PolicyItem } from '../../src/core/policy-item.js';

export const fixtureAliases = createAliasTable([
  { id: 'commerce', kind: 'actor', name: { en: 'Department of Commerce', zh: '商务部' }, aliases: ['Commerce', 'DOC'] },
  { id: 'bis', kind: 'actor', name: { en: 'Bureau of Industry and Security', zh: '产业安全局' }, aliases: ['BIS'], parent: 'commerce' },
  { id: 'defense', kind: 'actor', name: { en: 'Department of Defense', zh: '国防部' }, aliases: ['Pentagon', 'DoD', '五角大楼'] },
  { id: 'wilbur-ross', kind: 'person', name: { en: 'Wilbur Ross', zh: '威尔伯·罗斯' }, aliases: [] },
  { id: 'huawei', kind: 'target', name: { en: 'Huawei', zh: '华为' }, aliases: [] },
]);

export function fixtureItem(overrides: Partial<PolicyItem> = {}): PolicyItem {
  return {
    id: '2019-05-21-bis-entity-list-huawei',
    date: '2019-05-21',
    administration: 'trump',
    actors: ['commerce', 'bis'],
    people: [],
    targets: ['huawei'],
    instrument: 'entity-list',
    provenance: { kind: 'paper', documentId: 'zhu-chen-us-ai-policy' },
    translation: 'human',
    title: { en: 'Commerce puts Huawei on the Entity List', zh: '美国商务部将华为列入实体清单' },
    summary: { en: 'A test summary about Huawei.', zh: '关于华为的测试摘要。' },
    reading: {
      driver: 'power',
      indicators: ['hegemony-prestige'],
      section: { en: 'Section four', zh: '第四部分' },
      argument: { en: 'A test argument.', zh: '测试论证。' },
    },
    passages: [{ documentId: 'zhu-chen-us-ai-policy', section: '四、测试', text: '2019 年 5 月 21 日，美国商务部将华为列入实体清单' }],
    sources: [{ title: 'Addition of Entities to the Entity List', publisher: null, date: '2019-05-21', url: 'https://www.govinfo.gov/content/pkg/FR-2019-05-21/pdf/2019-10616.pdf' }],
    keywords: [],
    ...overrides,
  } as PolicyItem;
}
