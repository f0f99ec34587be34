import { describe, expect, it } from 'vitest';
import { dateSpan } from '../../src/core/partial-date.js';
import { askApp, ids } from '../support/ask-app.js';

const { app, ask } = askApp('lists');

describe('long lists', () => {
  it('a long list gives its five closest items first, in date order, then the further ones, and citation-only records last', async () => {
    const answer = await ask('List every Biden-era step toward a tech-democracy alliance against China.');
    const items = await Promise.all(ids(answer).map(async (id) => (await app().store.getItem(id))!));
    expect(items.length).toBeGreaterThan(5);
    const dates = (part: typeof items) => part.map((item) => dateSpan(item.date).start);
    expect(dates(items.slice(0, 5))).toEqual([...dates(items.slice(0, 5))].sort());
    expect(answer.text).toMatch(/Further: /);
    // The closest five include the summit and the export-control pledge, not the remarks the paper only cites.
    expect(ids(answer).slice(0, 5)).toEqual(expect.arrayContaining(['2021-12-09-summit-for-democracy-democratic-renewal', '2021-12-10-state-export-control-framework-authoritarian-tech']));
    expect(ids(answer).slice(-2).sort()).toEqual(['2021-07-13-austin-nscai-summit-remarks', '2021-07-13-sullivan-nscai-summit-remarks']);
    const zh = await ask('列出论文提到的所有被美国制裁或限制的中国企业');
    expect(zh.text).toContain('此外，');
    expect(zh.text).not.toMatch(/power-driven|security-driven|\b(?:biden|trump)\b/i);
  });

  it('lists every action of a body asked about in the domain\'s own words, which filter none out', async () => {
    const commerce = await ask('就美国商务部而言，本文所述其涉华人工智能及相关技术之举措计有哪些？');
    expect(ids(commerce)).toEqual(expect.arrayContaining(['2019-05-21-commerce-entity-list-huawei', '2019-08-09-nist-ai-technical-standards-plan',
      '2019-10-07-bis-entity-list-eight-ai-firms', '2020-01-25-commerce-plan-huawei-10-percent', '2021-12-commerce-objects-smic-restrictions']));
  });

  it('a sequence asked of a period in words that only phrase it lists the period in date order', async () => {
    const answer = await ask('Feb 2019 in DC on AI: what came out on which day?');
    expect(answer.grounded).toBe(true);
    expect(ids(answer)).toEqual(['2019-02-05-trump-state-of-the-union-ai-leadership', '2019-02-11-executive-order-maintaining-american-leadership-in-ai', '2019-02-12-dod-ai-strategy']);
    // A topic the store lacks is still declined, however the period is asked.
    expect((await ask('Feb 2019: what happened with quantum computing export rules, day by day?')).grounded).toBe(false);
  });
});
