import { describe, expect, it } from 'vitest';
import { dataDir } from '../../src/config/paths.js';
import { loadCuratedData } from '../../src/ingest/curated-data.js';
import { createAdministrationReading } from '../../src/search/administration-reading.js';
import { itemIdSchema } from '../../src/core/policy-item.js';

const data = loadCuratedData(dataDir());

describe('where the paper places one administration', () => {
  it('opens with its section and takes one action from each line of its argument in turn', () => {
    const reading = createAdministrationReading(data.passages);
    for (const item of data.items) reading.add(item);
    const biden = reading.overview('biden', undefined);
    expect(biden?.criteria).toBe('zhu-chen-us-ai-policy-s5-1');
    expect(biden?.examples.slice(0, 2)).toEqual(['2021-09-29-us-eu-trade-technology-council', '2021-12-10-treasury-lists-sensetime']);
    expect(reading.overview('obama', undefined)).toBeUndefined();
  });

  it('keeps the same examples however many copies of the items are added, told by the same sentences', () => {
    const reading = createAdministrationReading(data.passages);
    for (const item of data.items) reading.add(item);
    const before = reading.overview('biden', 'power');
    for (let copy = 0; copy < 50; copy++) for (const item of data.items) reading.add({ ...item, id: itemIdSchema.parse(`${item.id}-copy-${copy}`), date: '2099-01-01' });
    expect(reading.overview('biden', 'power')).toEqual(before);
  });

  it('moves an item added again with another reading out of its old line', () => {
    const reading = createAdministrationReading(data.passages);
    for (const item of data.items) reading.add(item);
    const ttc = data.items.find((item) => item.id === '2021-09-29-us-eu-trade-technology-council');
    if (!ttc?.reading) throw new Error('the TTC item has a reading');
    reading.add({ ...ttc, reading: { ...ttc.reading, driver: 'security' } });
    expect(reading.overview('biden', 'power')?.examples).not.toContain(ttc.id);
    expect(reading.overview('biden', 'security')?.examples).toContain(ttc.id);
  });
});
