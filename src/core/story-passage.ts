import type { ShapeContext } from './answer-lines.js';
import { actionsTold } from './passage-grounding.js';
import type { RetrievalHit } from './ports.js';
import { dateInside, periodBounds } from './partial-date.js';
import { contentUnreported } from './person-asked.js';
import { namesAnyOf } from './alias-table.js';
import { refersTo } from './policy-item.js';

/**
 * A story the paper tells in one passage ("美军…自我克制信号，按时间先后"), which meets the question better than any of the
 * story's actions: the actions it tells are the steps, before the others found.
 */
export function toldByClosestPassage(context: ShapeContext, members: RetrievalHit[], reach: { lines: number; hits: number }): RetrievalHit[] {
  const best = Math.max(0, ...members.filter((h) => h.kind === 'item').slice(0, reach.lines).map((h) => h.coverage));
  const passage = context.hits.slice(0, reach.hits).filter((h) => h.kind === 'passage').sort((a, b) => b.coverage - a.coverage)[0];
  const text = passage && passage.coverage > best ? context.sources.passages.get(passage.id) : undefined;
  if (!text) return members;
  // Of a story asked over dates, the steps the passage tells within them. Those on a name the question gives (acting or
  // in the title) come first, its other steps after the question's own matches, and a step that only records that the
  // paper cites remarks last.
  const bounds = periodBounds(context.retrieval.filter);
  const names = context.retrieval.entities.filter((e) => !e.common)
    .map((e) => ({ ids: e.ids, inTitle: namesAnyOf(e.ids, context.sources.aliases) }));
  const steps = actionsTold(context, [text]).flatMap((h) => {
    const item = context.sources.items.get(h.id);
    if (!item || !dateInside(item.date, bounds)) return [];
    const onName = names.length === 0 || names.some((e) => refersTo(item, e) || e.inTitle(`${item.title.en} ${item.title.zh}`));
    return [{ h, untold: contentUnreported(item), onName }];
  });
  const pick = (keep: (step: typeof steps[number]) => boolean): RetrievalHit[] => steps.filter(keep).map((s) => s.h);
  const [told, aside, untold] = [pick((s) => !s.untold && s.onName), pick((s) => !s.untold && !s.onName), pick((s) => s.untold)];
  return steps.length < 2 ? members : [...new Map([...told, ...members, ...aside, ...untold].map((h) => [h.id, h])).values()];
}
