import type { ShapeContext } from './answer-lines.js';
import type { Passage } from './passage.js';
import type { StoredItem } from './policy-item.js';
import type { RetrievalHit } from './ports.js';

const squash = (text: string): string => text.replace(/\s+/g, '');

/** Whether one of an item's grounding passages is part of one of these passages of the paper. */
export function groundedIn(item: StoredItem, passages: readonly Passage[]): boolean {
  const texts = passages.map((p) => ({ documentId: p.documentId, text: squash(p.text) }));
  return item.passages.some((own) => {
    const text = squash(own.text);
    return text.length > 0 && texts.some((p) => p.documentId === own.documentId && p.text.includes(text));
  });
}

/** A hit for an item the question's words did not reach. */
export const unreached = (id: string): RetrievalHit => ({ id, kind: 'item', score: 0, coverage: 0, specificCoverage: 0, topicCoverage: 0, rarestMatched: false,
  entitiesMatched: false, entityMatches: [], namesMatched: 0, nameMatches: [] });

/** The actions read alongside the answer that these passages tell, as the hits the question's words made of them if any. */
export function actionsTold(context: ShapeContext, passages: readonly Passage[]): RetrievalHit[] {
  const reached = new Map(context.hits.map((h) => [h.id, h]));
  return (context.retrieval.readAlongside ?? []).flatMap((id) => context.sources.items.get(id) ?? []).filter((item) => groundedIn(item, passages))
    .map((item) => reached.get(item.id) ?? unreached(item.id));
}
