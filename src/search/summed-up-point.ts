/**
 * The paper's conclusion and abstract sum up in one sentence what its body tells at length ("第二，美军对外释放军事克制
 * 以维护国际关系稳定的廉价信号存在信誉困境…"): the sentence a question singles out, searched as a question of its own,
 * finds the actions it sums up.
 */
import type { AliasTable } from '../core/alias-table.js';
import type { Passage } from '../core/passage.js';
import type { Vocabulary } from '../core/vocabulary.js';
import { mentionIds, understandQuestion } from './understand-question.js';
import type { SearchIndex, TermGroup } from './search-index.js';
import { indexTokens } from './text-tokens.js';

/** How many actions a point brings, and how close to the best of them the others must come. */
const POINT_ACTIONS = 3;
const POINT_CLOSENESS = 0.6;
/** How much more of the question the singled-out sentence must meet than any other. */
const SINGLED_OUT = 1.5;

export function actionsOfSummedUpPoint(passage: Passage, asked: readonly TermGroup[], index: SearchIndex,
  data: { aliases: AliasTable; vocabulary: Vocabulary }): string[] {
  const weightOf = (term: string): number => {
    const share = index.wordShare([term]);
    return share > 0 ? -Math.log(share) : 0;
  };
  // How much of the question a sentence meets: each word by the share of its terms the sentence has, weighed by rarity.
  const met = (sentence: string): number => {
    const tokens = new Set(indexTokens(sentence));
    return asked.reduce((sum, group) => {
      const terms = group.terms.filter((term) => weightOf(term) > 0);
      const share = terms.length === 0 ? 0 : terms.filter((term) => tokens.has(term)).length / terms.length;
      return sum + share * Math.max(0, ...terms.map(weightOf));
    }, 0);
  };
  const sentences = passage.text.split(/(?<=[。；！？])/u);
  const scored = sentences.map((sentence, at) => ({ at, score: met(sentence) })).sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best || best.score === 0 || (second && best.score < SINGLED_OUT * second.score)) return [];
  // A sentence that opens an enumeration (…加深了中美安全困境。第一，…第二，…) is summed up by its points, one action each.
  const points = sentences.slice(best.at + 1).filter((sentence) => ENUMERATED_POINT.test(sentence));
  if (points.length >= 2) return points.flatMap((sentence) => actionsOf(sentence, index, data).slice(0, 1));
  return actionsOf(sentences[best.at] ?? '', index, data);
}
const ENUMERATED_POINT = /^(?:第[一二三四五六]|其[一二三四五六])[，、,]/u;

/** The actions a sentence of the paper tells, searched as a question of its own. */
function actionsOf(sentence: string, index: SearchIndex, data: { aliases: AliasTable; vocabulary: Vocabulary }): string[] {
  const point = understandQuestion(sentence, data.aliases, data.vocabulary);
  const { hits } = index.search({ termGroups: point.termGroups, filter: {}, limit: 10,
    entityGroups: point.entities.map((entity, i) => ({ ids: mentionIds(entity, data.aliases), words: point.entityWords[i] ?? [] })) });
  const items = hits.filter((hit) => hit.kind === 'item');
  const top = items[0]?.coverage ?? 0;
  return items.filter((hit) => hit.coverage >= POINT_CLOSENESS * top).slice(0, POINT_ACTIONS).map((hit) => hit.id);
}
