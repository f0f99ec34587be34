import type { AliasTable } from '../core/alias-table.js';
import type { Passage } from '../core/passage.js';
import type { NamedEntity, Retriever } from '../core/ports.js';
import type { Vocabulary } from '../core/vocabulary.js';
import { createSearchIndex } from './search-index.js';
import { isFollowUp, mergeFollowUp, understandQuestion } from './understand-question.js';

/** Retrieval over the given passages; items are added (in batches, so memory stays flat) with `addItems`. */
export function createRetriever(passages: readonly Passage[], aliases: AliasTable, vocabulary: Vocabulary): Retriever {
  const index = createSearchIndex(passages);
  return {
    addItems: (added) => index.upsertItems(added),
    list: (filter, offset, limit) => index.list(filter, offset, limit),
    retrieve(question, previous, limit, semantic) {
      let understood = understandQuestion(question, aliases, vocabulary);
      const followUp = previous !== undefined && isFollowUp(question, understood);
      if (followUp && previous) {
        const merged = mergeFollowUp(previous, understood, aliases);
        const again = understandQuestion(merged.topic, aliases, vocabulary);
        // The follow-up's own shape ("and what changed?") wins over the inherited topic's.
        understood = { ...again, filter: merged.filter, lang: understood.lang, kind: understood.kind === 'fact' ? again.kind : understood.kind };
      }
      const entities: NamedEntity[] = understood.entities.map((entity) => ({ id: entity.id, kind: entity.kind,
        ids: entity.kind === 'actor' ? aliases.withDescendants(entity.id) : [entity.id], common: false }));
      for (const entity of entities) entity.common = index.isCommon(entity.ids);
      const result = index.search({ termGroups: understood.termGroups,
        entityGroups: entities.map((entity, i) => ({ ids: entity.ids, words: understood.entityWords[i] ?? [] })),
        filter: understood.filter, limit, ...(semantic && !followUp ? { semantic } : {}) });
      return {
        lang: understood.lang,
        kind: understood.kind,
        ...(understood.driver ? { driver: understood.driver } : {}),
        topic: understood.topic,
        filter: understood.filter,
        followUp,
        entities,
        ideaCount: understood.termGroups.length + understood.entities.length,
        ...result,
      };
    },
  };
}
