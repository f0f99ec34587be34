/**
 * The paper's conclusion and abstract sum up in one sentence what its body tells at length ("第二，美军对外释放军事克制
 * 以维护国际关系稳定的廉价信号存在信誉困境…"): the sentence a question singles out, searched as a question of its own,
 * finds the actions it sums up.
 */
import type { AliasTable } from '../core/alias-table.js';
import type { Passage } from '../core/passage.js';
import type { ItemFilter, NamedEntity, RetrievalHit } from '../core/ports.js';
import type { Vocabulary } from '../core/vocabulary.js';
import { findEntities, mentionIds, understandQuestion } from './understand-question.js';
import { extractQuestionFilters } from './question-filters.js';
import { ENTITY_FILTER } from './story-period.js';
import type { SearchIndex, TermGroup } from './search-index.js';
import { indexTokens } from './text-tokens.js';

/** How many actions a point brings, and how close to the best of them the others must come. */
const POINT_ACTIONS = 3;
const POINT_CLOSENESS = 0.6;
/** How much more of the question the singled-out sentence must meet than any other. */
const SINGLED_OUT = 1.5;

function actionsOfSummedUpPoint(passage: Passage, asked: readonly TermGroup[], index: SearchIndex,
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
  // A point that opens on the paragraph before ("这一发现的政策含义是…") sums up that paragraph's actions, not its own words'.
  if (best.at === 0 && ANAPHORIC_OPENING.test(sentences[0] ?? '')) return [];
  // A sentence that opens an enumeration (…加深了中美安全困境。第一，…第二，…) is summed up by its points, one action each.
  const points = sentences.slice(best.at + 1).filter((sentence) => ENUMERATED_POINT.test(sentence));
  if (points.length >= 2) return points.flatMap((sentence) => actionsOf(sentence, index, data).slice(0, 1));
  return actionsOf(sentences[best.at] ?? '', index, data);
}
const ENUMERATED_POINT = /^(?:第[一二三四五六]|其[一二三四五六])[，、,]/u;

/** The actions a sentence of the paper tells, searched as a question of its own. */
function actionsOf(sentence: string, index: SearchIndex, data: { aliases: AliasTable; vocabulary: Vocabulary }, filter: ItemFilter = {}): string[] {
  const point = understandQuestion(sentence, data.aliases, data.vocabulary);
  const { hits } = index.search({ termGroups: point.termGroups, filter, limit: 10,
    entityGroups: point.entities.map((entity, i) => ({ ids: mentionIds(entity, data.aliases), words: point.entityWords[i] ?? [] })) });
  const items = hits.filter((hit) => hit.kind === 'item');
  const top = items[0]?.coverage ?? 0;
  return items.filter((hit) => hit.coverage >= POINT_CLOSENESS * top).slice(0, POINT_ACTIONS).map((hit) => hit.id);
}

/**
 * The paper's conclusion and abstract sum up actions its body told ("大疆无人机禁购闹剧"): for each body such a passage names
 * that the question does not, and that few items name, the action on it the paragraph tells; then those of the point the
 * question singles out.
 */
export function summarisedActions(leading: Passage | undefined, asked: readonly NamedEntity[], index: SearchIndex,
  { aliases, vocabulary, passages, passageById, hits, actsWith }: { aliases: AliasTable; vocabulary: Vocabulary; passages: readonly Passage[];
    passageById: ReadonlyMap<string, Passage>; hits: readonly RetrievalHit[]; actsWith?: ReadonlyMap<string, ReadonlySet<string>> }, termGroups: readonly TermGroup[]): string[] {
  // Where an action leads the hits, the passage among the first few is the summing-up an answer may follow.
  const close = hits.slice(0, CLOSE_PASSAGE_REACH).find((h) => h.kind === 'passage');
  const passage = leading ?? (close ? passageById.get(close.id) : undefined);
  if (passage?.kind !== 'conclusion' && passage?.kind !== 'abstract') return [];
  const data = { aliases, vocabulary };
  // A question that names no body of its own is about one of the paragraph's points: the actions that point sums up.
  const ofPoint = asked.every((e) => e.common) ? actionsOfSummedUpPoint(passage, termGroups, index, data) : [];
  // A paragraph that opens on the one before it ("这一发现的政策含义是…") sums up what that one names.
  const before = ANAPHORIC_OPENING.test(passage.text) ? passages[passages.indexOf(passage) - 1] : undefined;
  const text = before && before.kind === passage.kind ? `${before.text}\n${passage.text}` : passage.text;
  // A president's name in an administration's ("拜登政府官僚机构") names the period, not the person.
  const sentences = extractQuestionFilters(text).rest.split(/(?<=[。；！？\n])/u);
  const named = inCompany(findEntities(sentences.join(''), aliases), aliases, actsWith).filter((mention) => !asked.some((e) => e.id === mention.id))
    .map((mention) => ({ id: mention.id, kind: mention.kind, filter: { [ENTITY_FILTER[mention.kind]]: aliases.withDescendants(mention.id) } as ItemFilter }))
    .filter(({ filter }) => !index.isCommon(Object.values(filter)[0] as string[]))
    .map((body) => ({ ...body, total: index.list(body.filter, 0, 0).total })).filter(({ total }) => total > 0);
  // The body fewest items name is the one the paragraph singles out (中芯国际 beside 商务部).
  const ofBodies = [...new Map(named.map((body) => [JSON.stringify(body.filter), body])).values()].sort((a, b) => a.total - b.total)
    .slice(0, SUMMARISED_BODIES).flatMap((body) => {
      const first = index.list(body.filter, body.total - 1, 1).ids;
      // Of the few actions on a target, the one the first sentence naming it tells: a search, made only where there is a
      // choice (中芯国际: the Pentagon's proposal or Commerce's objection).
      const telling = body.kind === 'target' && body.total > 1 ? sentences.find((sentence) => findEntities(sentence, aliases).some((mention) => mention.id === body.id)) : undefined;
      return telling ? [...actionsOf(telling, index, data, body.filter).slice(0, 1), ...first].slice(0, 1) : first;
    });
  return [...new Set([...ofBodies, ...ofPoint])];
}
const CLOSE_PASSAGE_REACH = 3;
const ANAPHORIC_OPENING = /^(?:这一|这些|这种|此|上述|由此|据此|因此)/u;
const SUMMARISED_BODIES = 3;

/**
 * A name several entries share stands for the one that acts beside another the paragraph names: 国务院 beside 白宫 is
 * the State Department, not China's State Council.
 */
function inCompany(mentions: ReturnType<typeof findEntities>, aliases: AliasTable, actsWith?: ReadonlyMap<string, ReadonlySet<string>>): ReturnType<typeof findEntities> {
  if (!actsWith) return mentions;
  return mentions.map((mention) => {
    if (!mention.alternatives) return mention;
    const others = mentions.filter((other) => other !== mention).flatMap((other) => aliases.withDescendants(other.id));
    const chosen = [mention.id, ...mention.alternatives].find((id) => aliases.withDescendants(id).some((own) => others.some((other) => actsWith.get(own)?.has(other))));
    const kind = chosen ? aliases.get(chosen)?.kind : undefined;
    return chosen && kind ? { ...mention, id: chosen, kind } : mention;
  });
}
