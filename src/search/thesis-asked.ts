/**
 * "Overall, is US AI policy toward China power-driven or security-driven?" offers the paper's two readings as
 * alternatives about nothing narrower than the policy as a whole: it asks the paper's thesis, which its abstract and
 * conclusion state. The passage that tells how the paper tells the two apart (its criteria) meets such a question's
 * words as well, but answers another question. A question that points to the closing section answers from it too.
 */
import type { Passage } from '../core/passage.js';
import { isClosing, pointsToConclusion } from '../core/closing-section.js';
import type { NamedEntity, RetrievalHit } from '../core/ports.js';
import { offersBothReadings } from './question-kind.js';
import { hasFilter } from '../core/filters.js';
import { namesInstrument } from './ref-terms.js';
import type { UnderstoodQuestion } from './understand-question.js';

const THESIS_KINDS = new Set<Passage['kind']>(['abstract', 'conclusion', 'english-abstract']);

export function withThesisFirst(question: string, understood: Pick<UnderstoodQuestion, 'kind' | 'filter' | 'termGroups'>, entities: readonly NamedEntity[],
  hits: RetrievalHit[], passageById: ReadonlyMap<string, Passage>): RetrievalHit[] {
  // Pointed to the closing section ("in its conclusion", 结语), its passage that meets the question best answers it, whatever else it names.
  if (pointsToConclusion(question)) {
    const closing = hits.find((h) => isClosing(h, passageById));
    if (closing) return [closing, ...hits.filter((h) => h !== closing)];
  }
  // A period, an administration or a kind of action narrows the question below the policy as a whole.
  const narrowed = hasFilter(understood.filter) || understood.termGroups.some(namesInstrument);
  if (understood.kind !== 'reading' || narrowed || entities.some((e) => !e.common) || !offersBothReadings(question)) return hits;
  const thesis = hits.find((h) => h.kind === 'passage' && THESIS_KINDS.has(passageById.get(h.id)?.kind ?? 'body'));
  return thesis ? [thesis, ...hits.filter((h) => h !== thesis)] : hits;
}
