import { describe, expect, it } from 'vitest';
import { dataDir } from '../../src/config/paths.js';
import type { NewCandidate } from '../../src/core/candidate.js';
import { itemIdSchema, policyItemSchema, type PolicyItem } from '../../src/core/policy-item.js';
import { itemProblems } from '../../src/core/review.js';
import { loadCuratedData } from '../../src/ingest/curated-data.js';
import { judgeRelevance, mentions } from '../../src/sources/document-rules.js';
import { documentToCandidate, itemIdOf, summaryOf } from '../../src/sources/document-to-candidate.js';
import { documentSchema } from '../../src/sources/federal-register-page.js';
import { loadFixtureDocuments } from '../support/fake-federal-register.js';

const data = loadCuratedData(dataDir());
const fixtures = loadFixtureDocuments();
const context = { config: data.sources, aliases: data.aliases, log: () => {} };
const candidateOf = async (number: string): Promise<NewCandidate> => documentToCandidate(documentSchema.parse(fixtures.get(number)), context);
const itemOf = async (number: string): Promise<PolicyItem> => {
  const candidate = await candidateOf(number);
  expect(candidate.status, candidate.reason ?? '').toBe('pending');
  return candidate.item as PolicyItem;
};

describe('Federal Register document → candidate', () => {
  it('makes the October 2022 rule an export-control item of BIS under Biden, grounded in its abstract', async () => {
    const fixture = fixtures.get('2022-21658') as Record<string, string>;
    const item = await itemOf('2022-21658');
    expect(item).toMatchObject({
      date: '2022-10-13', administration: 'biden', actors: ['commerce', 'bis'], instrument: 'export-control', targets: ['china'],
      provenance: { kind: 'federal-register', documentId: '2022-21658' }, translation: 'pending',
      title: { en: fixture.title, zh: `（待翻译）${fixture.title}` },
      passages: [{ documentId: 'fr-2022-21658', section: 'Abstract', text: fixture.abstract }],
      sources: [{ title: fixture.title, publisher: 'Federal Register', date: '2022-10-13', url: fixture.html_url },
        { title: `${fixture.title} (PDF)`, publisher: 'Federal Register', date: '2022-10-13', url: fixture.pdf_url }],
    });
    expect(item.reading).toBeUndefined();
    expect(item.id).toBe('2022-10-13-fr-implementation-additional-export-controls-certain-2022-21658');
    expect(itemIdSchema.safeParse(item.id).success).toBe(true);
    // Whole sentences, within about 600 characters; the stray backtick after the last sentence is not one.
    expect(item.summary.en.startsWith('In this rule, the Bureau of Industry and Security (BIS) is amending')).toBe(true);
    expect(item.summary.en.length).toBeLessThanOrEqual(600);
    expect(item.summary.en).toMatch(/\.$/);
    expect(item.summary.zh).toBe(`（待翻译）${item.summary.en}`);
    expect(item.keywords).toEqual(['2022-21658', '87 FR 62186']);
  });

  it('dates an executive order by its signing and makes it an executive-order of the White House', async () => {
    const item = await itemOf('2023-17449');
    expect(item).toMatchObject({ date: '2023-08-09', administration: 'biden', actors: ['white-house'], instrument: 'executive-order', passages: [] });
    expect(item.summary.en).toBe('Executive Order 14105 of 2023-08-09, "Addressing United States Investments in Certain National Security Technologies and '
      + 'Products in Countries of Concern", was published in the Federal Register on 2023-08-11 (88 FR 54867).');
  });

  it('makes a 2025 Entity List rule a trump entity-list item, the 2019 one a trump item too', async () => {
    expect(await itemOf('2025-05427')).toMatchObject({ date: '2025-03-28', administration: 'trump', instrument: 'entity-list', targets: ['china'] });
    expect(await itemOf('2019-22210')).toMatchObject({ date: '2019-10-09', administration: 'trump', instrument: 'entity-list', targets: ['china'] });
  });

  it('makes the outbound investment rule an investment-ban of the Treasury and its Office of Investment Security', async () => {
    expect(await itemOf('2024-25422')).toMatchObject({ date: '2024-11-15', administration: 'biden', instrument: 'investment-ban',
      actors: ['treasury', 'treasury-investment-security'], targets: [] });
  });

  it('proposes only items the store accepts: the schema and the alias table', async () => {
    for (const number of ['2019-22210', '2022-21658', '2023-17449', '2024-25422', '2025-05427']) {
      const item = await itemOf(number);
      expect(policyItemSchema.safeParse(item).success, number).toBe(true);
      expect(itemProblems(item, data.aliases), number).toEqual([]);
    }
  });

  it('skips the fisheries and airline documents, saying which rules failed', async () => {
    for (const number of ['2023-12633', '2022-22675', '2023-21171']) {
      const candidate = await candidateOf(number);
      expect(candidate).toMatchObject({ id: `fr-${number}`, status: 'skipped', item: null });
      expect(candidate.reason).toMatch(/^not relevant: .*China or a known Chinese entity \(rule china\), nor AI, semiconductors or advanced computing \(rule technology\)$/);
    }
    expect((await candidateOf('2023-12633')).reason).toContain('the title and abstract mention neither');
    expect((await candidateOf('2022-22675')).reason).toContain('the title mention neither');
  });

  it('skips a relevant document whose agencies map to no actor', async () => {
    const doc = documentSchema.parse({ ...fixtures.get('2025-05427'), agencies: [{ name: 'Somewhere Else', slug: 'somewhere-else' }] });
    expect((await documentToCandidate(doc, context)).reason).toBe('no agency of the document (somewhere-else) is mapped to an actor in data/sources.json agencyActors');
  });
});

describe('relevance and summaries', () => {
  it('matches whole words; words in capitals only as written', () => {
    expect(mentions('Gulf greater amberjack catch limits', 'AI')).toBe(false);
    expect(mentions('rules on AI chips', 'AI')).toBe(true);
    expect(mentions('Said the ai', 'AI')).toBe(false);
    expect(mentions('the People’s Republic of China', 'People\'s Republic of China')).toBe(true);
    expect(mentions('ChinaTown', 'China')).toBe(false);
    expect(mentions('CHINA\'s exports', 'China')).toBe(true);
    expect(mentions('U.S. Investments in Certain National Security Technologies', 'U.S. Investments in Certain National Security Technologies')).toBe(true);
    expect(mentions('美国商务部将华为列入实体清单', '华为')).toBe(true);
  });

  it('judges by title and abstract only, naming the rules that matched', () => {
    const rules = data.sources.relevance;
    expect(judgeRelevance({ title: 'Export of semiconductors', abstract: null }, rules, data.aliases)).toEqual({ relevant: true, rules: ['technology'] });
    expect(judgeRelevance({ title: 'A notice', abstract: 'Huawei Technologies and its affiliates' }, rules, data.aliases)).toEqual({ relevant: true, rules: ['china'] });
  });

  it('keeps whole sentences of a long abstract and cuts one endless sentence at a word', () => {
    const sentence = (n: number) => `Sentence number ${n} says something about export controls on advanced chips for a while longer.`;
    const abstract = Array.from({ length: 20 }, (_, i) => sentence(i + 1)).join(' ');
    const summary = summaryOf(abstract);
    expect(summary.length).toBeLessThanOrEqual(600);
    expect(summary.endsWith('a while longer.')).toBe(true);
    expect(summaryOf(`${'word '.repeat(400)}end.`)).toMatch(/^(word ){100,}.*…$/);
    expect(itemIdOf('2025-03-28', 'Additions to the Entity List', 'C1-2025-05427')).toBe('2025-03-28-fr-additions-entity-list-c1-2025-05427');
  });
});
