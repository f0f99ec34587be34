import type { ItemPort, UpsertResult } from '../core/ports.js';
import type { CuratedData } from '../ingest/curated-data.js';

const FINGERPRINT_KEY = 'curated_data_fingerprint';

/**
 * Brings the store up to date with data/: upserts every curated item (new ones get `addedAt` now) and
 * replaces the source documents' passages. Skipped when data/ has not changed since the last seed.
 */
export async function seedFromCuratedData(store: ItemPort, data: CuratedData): Promise<UpsertResult | null> {
  if ((await store.getMeta(FINGERPRINT_KEY)) === data.fingerprint) return null;
  const result = await store.upsertItems(data.items);
  for (const document of data.documents) {
    await store.replacePassages(document.document.id,
      data.passages.filter((passage) => passage.documentId === document.document.id));
  }
  await store.setMeta(FINGERPRINT_KEY, data.fingerprint);
  return result;
}
