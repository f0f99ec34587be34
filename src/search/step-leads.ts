/**
 * A timeline that names its steps one by one ("the huawei saga: may 2019 listing -> the 10% plan -> seagate") is told by
 * one item for each step. Searched as a whole, a step the question words thinly ("may 2019 listing") loses its place to
 * actions on the same names that it never asked for: each step is searched alone, with what the question says before it.
 */
import type { AliasTable } from '../core/alias-table.js';
import type { Vocabulary } from '../core/vocabulary.js';
import type { SearchIndex } from './search-index.js';
import { enumeratedSteps, SEQUENCE_BREAK } from './enumerated-steps.js';
import { mentionIds, understandQuestion } from './understand-question.js';

/** A step's best item must meet this share of the step's words: a step the store does not hold gets none. */
const STEP_COVERAGE = 0.5;

/** A step between commas is a name or a short phrase, not a clause. */
const STEP_WORDS = 8;
const isShortStep = (step: string): boolean => (/\p{Script=Han}/u.test(step) ? step.length <= 16 : step.split(/\s+/u).length <= STEP_WORDS);

/** Steps written between commas, when each is short enough to be one. */
function betweenCommas(question: string): ReturnType<typeof enumeratedSteps> {
  const between = enumeratedSteps(question, SEQUENCE_BREAK);
  return between?.steps.every(isShortStep) ? between : undefined;
}

/** The item that best meets each step the question enumerates, in the question's order; none where it names no steps. */
export function stepLeads(question: string, index: SearchIndex, aliases: AliasTable, vocabulary: Vocabulary): string[] {
  const enumerated = enumeratedSteps(question) ?? betweenCommas(question);
  if (!enumerated) return [];
  const leads: string[] = [];
  for (const step of enumerated.steps) {
    const understood = understandQuestion(`${enumerated.context} ${step}`, aliases, vocabulary);
    if (understood.termGroups.length + understood.entities.length === 0) continue;
    const entityGroups = understood.entities.map((entity, i) => ({ ids: mentionIds(entity, aliases), words: understood.entityWords[i] ?? [] }));
    const { hits } = index.search({ termGroups: understood.termGroups, entityGroups, filter: understood.filter, limit: 5 });
    const best = hits.find((h) => h.kind === 'item' && !leads.includes(h.id));
    if (best && best.coverage >= STEP_COVERAGE) leads.push(best.id);
  }
  return leads;
}
