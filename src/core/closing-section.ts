/**
 * "What does the paper recommend in its conclusion?", 文章最后说…: a question that points to the paper's closing
 * section is answered by that section's passage closest to it, not by the actions the passage sums up.
 */
import type { Passage } from './passage.js';
import type { RetrievalHit } from './ports.js';

/** Points to the paper's closing section (the noun, not "the paper concludes that …", which any section may do). */
const POINTS_TO_CONCLUSION = /\bconclu(?:sions?|ding)\b|\b(?:final|closing|last) (?:section|part|pages?)\b|结语|结论|结尾|末尾|(?:文章|论文|本文|作者|书上?)最后|最后(?:说|提出|建议|指出|讲)/iu;
/** How close to the best document the closing section's passage must come to lead. */
const CLOSING_CLOSENESS = 0.5;
/** How far down the hits the closing section's passage may stand. */
const CLOSING_REACH = 12;

export function pointsToConclusion(question: string): boolean {
  return POINTS_TO_CONCLUSION.test(question);
}

/** The closing section's passage that leads an answer to a question pointing to it, if one comes close enough. */
export function closingLead(question: string, hits: readonly RetrievalHit[], best: RetrievalHit, passages: ReadonlyMap<string, Passage>): RetrievalHit | undefined {
  if (!pointsToConclusion(question)) return undefined;
  return hits.slice(0, CLOSING_REACH).find((h) => isClosing(h, passages) && h.coverage >= CLOSING_CLOSENESS * best.coverage);
}

/** Whether a hit is a paragraph of the paper's closing section. */
export function isClosing(hit: RetrievalHit, passages: ReadonlyMap<string, Passage>): boolean {
  return hit.kind === 'passage' && passages.get(hit.id)?.kind === 'conclusion';
}
