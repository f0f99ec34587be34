import type { StoredItem } from '../core/policy-item.js';

export function itemLineText(item: StoredItem): string {
  return `${item.date.padEnd(10)}  ${item.title.en}  [${item.instrument} · ${item.reading?.driver ?? item.provenance.kind}]  ${item.id}`;
}
