import type { ShapeContext } from './answer-lines.js';
import { actionsTold } from './passage-grounding.js';
import type { RetrievalHit } from './ports.js';

/**
 * A story the paper tells in one passage ("美军…自我克制信号，按时间先后"), which meets the question better than any of the
 * story's actions: the actions it tells are the steps, before the others found.
 */
export function toldByClosestPassage(context: ShapeContext, members: RetrievalHit[], reach: { lines: number; hits: number }): RetrievalHit[] {
  const best = Math.max(0, ...members.filter((h) => h.kind === 'item').slice(0, reach.lines).map((h) => h.coverage));
  const passage = context.hits.slice(0, reach.hits).filter((h) => h.kind === 'passage').sort((a, b) => b.coverage - a.coverage)[0];
  const text = passage && passage.coverage > best ? context.sources.passages.get(passage.id) : undefined;
  if (!text) return members;
  const told = actionsTold(context, [text]);
  return told.length < 2 ? members : [...new Map([...told, ...members].map((h) => [h.id, h])).values()];
}
