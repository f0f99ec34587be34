import { describe, expect, it } from 'vitest';
import { administrationOf, termsOf } from '../../src/core/administrations.js';
import { itemToCard, readingOf } from '../../src/core/item-card.js';
import { formatIngestError, parseItems } from '../../src/ingest/parse-items.js';
import { replyToText } from '../../src/core/render-text.js';
import { itemDetailReply } from '../../src/core/item-card.js';
import { fixtureAliases, fixtureItem } from '../support/fixtures.js';

const federalRegisterItem = (overrides: Record<string, unknown> = {}) => {
  const { reading: _reading, passages: _passages, ...rest } = fixtureItem();
  return { ...rest, id: '2025-01-16-bis-entity-list-additions', date: '2025-01-16', administration: 'biden',
    provenance: { kind: 'federal-register', documentId: '2025-00704' }, ...overrides };
};

function parse(records: unknown[]) {
  const result = parseItems(JSON.stringify(records), 'json', fixtureAliases);
  return result.ok ? { items: result.items, errors: [] } : { items: [], errors: result.errors.map(formatIngestError) };
}

describe('administrations by term', () => {
  it('covers every term, including a second, non-consecutive one', () => {
    expect(administrationOf('2016-12-31')).toBe('obama');
    expect(administrationOf('2017-01-20')).toBe('trump');
    expect(administrationOf('2021-01-19')).toBe('trump');
    expect(administrationOf('2021-01-20')).toBe('biden');
    expect(administrationOf('2025-03-01')).toBe('trump');
    expect(termsOf('2025-03-01')[0]).toMatchObject({ administration: 'trump', number: 2 });
    expect(termsOf('2021-01').map((t) => t.administration)).toEqual(['trump', 'biden']);
    expect(administrationOf('2005-06-01')).toBe('other');
  });

  it('rejects an item whose administration was not in office on its date, naming who was', () => {
    expect(parse([federalRegisterItem({ id: '2025-03-01-x', date: '2025-03-01', administration: 'biden' })]).errors)
      .toEqual(['item 0 (2025-03-01-x) at administration: 2025-03-01 is not in a biden term (in office: trump)']);
    expect(parse([federalRegisterItem({ id: '2025-03-01-x', date: '2025-03-01', administration: 'trump' })]).errors).toEqual([]);
    // A month that spans an inauguration may belong to either administration.
    expect(parse([federalRegisterItem({ id: '2021-01-x', date: '2021-01', administration: 'trump' })]).errors).toEqual([]);
  });
});

describe('provenance', () => {
  it('requires the paper\'s reading and passage of a paper item, and a document id of a Federal Register one', () => {
    const { reading: _reading, ...noReading } = fixtureItem();
    expect(parse([{ ...noReading, passages: [] }]).errors).toEqual([
      "item 0 (2019-05-21-bis-entity-list-huawei) at reading: an item from the paper carries the paper's reading",
      'item 0 (2019-05-21-bis-entity-list-huawei) at passages: ground the item in at least one passage of the paper',
    ]);
    expect(parse([federalRegisterItem({ provenance: { kind: 'federal-register' } })]).errors)
      .toEqual(['item 0 (2025-01-16-bis-entity-list-additions) at provenance.documentId: name the federal-register document the item comes from']);
  });

  it('takes an item without provenance as an analyst entry, and a Federal Register item without a reading', () => {
    const { provenance: _provenance, ...old } = fixtureItem();
    expect(parse([old]).items[0]?.provenance).toEqual({ kind: 'analyst', documentId: null });
    const [item] = parse([federalRegisterItem()]).items;
    expect(item?.reading).toBeUndefined();
    expect(item?.translation).toBe('human');
  });

  it('shows where a non-paper item comes from and never a paper reading', () => {
    const [item] = parse([federalRegisterItem()]).items;
    if (!item) throw new Error('expected the item');
    const stored = { ...item, addedAt: '2026-01-01T00:00:00.000Z' };
    expect(itemToCard(item, 'en', fixtureAliases)).toMatchObject({ driver: 'none', origin: 'federal-register', indicators: [] });
    expect(readingOf(stored, 'en')).toEqual({ heading: 'Source', detail: 'Federal Register 2025-00704',
      text: 'The paper does not read this item as power- or security-driven.' });
    const text = replyToText(itemDetailReply(stored, 'en', fixtureAliases));
    expect(text).toContain('Source: Federal Register 2025-00704');
    expect(text).not.toContain("The paper's reading");
    expect(replyToText(itemDetailReply(stored, 'zh', fixtureAliases))).toContain('论文未对此条目作出解读');
  });
});
