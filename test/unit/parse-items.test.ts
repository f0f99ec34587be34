import { describe, expect, it } from 'vitest';
import { formatIngestError, parseItems } from '../../src/ingest/parse-items.js';
import { fixtureAliases, fixtureItem } from '../support/fixtures.js';

const asJson = (value: unknown): string => JSON.stringify(value);

function errorsOf(text: string, format: 'json' | 'jsonl' = 'json') {
  const result = parseItems(text, format, fixtureAliases);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.errors.map(formatIngestError);
}

describe('parseItems', () => {
  it('accepts a valid JSON array, an {items} object and JSON Lines', () => {
    const item = fixtureItem();
    for (const [text, format] of [[asJson([item]), 'json'], [asJson({ items: [item] }), 'json'], [`${asJson(item)}\n`, 'jsonl']] as const) {
      const result = parseItems(text, format, fixtureAliases);
      expect(result.ok && result.items.map((i) => i.id)).toEqual([item.id]);
    }
  });

  it('rejects malformed JSON with a clear message', () => {
    expect(errorsOf('[{"id": ')).toEqual([expect.stringMatching(/^file: not valid JSON/)]);
    expect(errorsOf(`${asJson(fixtureItem())}\n{oops`, 'jsonl')).toEqual([expect.stringMatching(/line 2 is not valid JSON/)]);
  });

  it('rejects an empty file and an empty list', () => {
    expect(errorsOf('  \n')).toEqual(['file: the file is empty: expected policy items']);
    expect(errorsOf('[]')).toEqual(['file: the file holds no items']);
  });

  it('names the item index, id and field path of a wrong type', () => {
    const bad = { ...fixtureItem(), actors: 'commerce' };
    expect(errorsOf(asJson([fixtureItem({ id: '2019-01-01-fine' as never, date: '2019-01-01' }), bad])))
      .toEqual([expect.stringMatching(/^item 1 \(2019-05-21-bis-entity-list-huawei\) at actors: /)]);
  });

  it('rejects an unknown instrument and an unknown driver', () => {
    const bad = fixtureItem({ instrument: 'tariff' as never });
    const errors = errorsOf(asJson([bad, { ...fixtureItem({ id: '2019-05-22-x' as never, date: '2019-05-22' }), reading: { ...bad.reading, driver: 'greed' } }]));
    expect(errors).toEqual([
      expect.stringMatching(/^item 0 .* at instrument: /),
      expect.stringMatching(/^item 1 \(2019-05-22-x\) at reading\.driver: /),
    ]);
  });

  it('rejects an impossible date', () => {
    expect(errorsOf(asJson([fixtureItem({ date: '2019-13-40' })])))
      .toEqual([expect.stringMatching(/at date: expected a real date/)]);
    expect(errorsOf(asJson([fixtureItem({ date: '2019-02-29' })]))).toHaveLength(1);
  });

  it('rejects a duplicate id inside the file, naming both items', () => {
    expect(errorsOf(asJson([fixtureItem(), fixtureItem()])))
      .toEqual(['item 1 (2019-05-21-bis-entity-list-huawei) at id: duplicate id: item 0 has the same id']);
  });

  it('rejects actors, people and targets missing from the alias table', () => {
    expect(errorsOf(asJson([fixtureItem({ actors: ['commerce', 'ministry-of-magic'], targets: ['commerce'] })]))).toEqual([
      'item 0 (2019-05-21-bis-entity-list-huawei) at actors.1: unknown actor "ministry-of-magic": add it to data/aliases.json first',
      'item 0 (2019-05-21-bis-entity-list-huawei) at targets.0: unknown target "commerce": add it to data/aliases.json first',
    ]);
  });

  it('rejects addedAt in the file: the store sets it', () => {
    expect(errorsOf(asJson([{ ...fixtureItem(), addedAt: '2020-01-01T00:00:00Z' }])))
      .toEqual([expect.stringMatching(/item 0 .*: Unrecognized key/i)]);
  });

  it('rejects a source URL that is not http(s)', () => {
    const item = fixtureItem({ sources: [{ title: 't', publisher: null, date: null, url: 'javascript:alert(1)' }] });
    expect(errorsOf(asJson([item]))).toEqual([expect.stringMatching(/at sources\.0\.url: expected an http\(s\) URL/)]);
  });
});
