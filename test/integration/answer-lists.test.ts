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

  it('a sequence asked of a period in words that only phrase it lists the period in date order', async () => {
    const answer = await ask('Feb 2019 in DC on AI: what came out on which day?');
    expect(answer.grounded).toBe(true);
    expect(ids(answer)).toEqual(['2019-02-05-trump-state-of-the-union-ai-leadership', '2019-02-11-executive-order-maintaining-american-leadership-in-ai', '2019-02-12-dod-ai-strategy']);
    // A topic the store lacks is still declined, however the period is asked.
    expect((await ask('Feb 2019: what happened with quantum computing export rules, day by day?')).grounded).toBe(false);
  });
});
