import type { AliasTable } from '../core/alias-table.js';
import type { Passage } from '../core/passage.js';
import type { Retriever } from '../core/ports.js';
import { createSearchIndex } from './search-index.js';
import { isFollowUp, mergeFollowUp, understandQuestion } from './understand-question.js';

/** Retrieval over the given passages; items are added (in batches, so memory stays flat) with `addItems`. */
export function createRetriever(passages: readonly Passage[], aliases: AliasTable): Retriever {
  const index = createSearchIndex(passages);
  return {
    addItems: (added) => index.upsertItems(added),
    list: (filter, offset, limit) => index.list(filter, offset, limit),
    retrieve(question, previous, limit) {
      let understood = understandQuestion(question, aliases);
      const followUp = previous !== undefined && isFollowUp(question, understood);
      if (followUp && previous) {
        const merged = mergeFollowUp(previous, understood, aliases);
        const lang = understood.lang;
        understood = { ...understandQuestion(merged.topic, aliases), filter: merged.filter, lang };
      }
      const entityGroups = understood.entities.map((entity, i) => ({
        ids: aliases.withDescendants(entity.id),
        words: understood.entityWords[i] ?? [],
        actor: entity.kind === 'actor',
      }));
      const hits = index.search({ termGroups: understood.termGroups, entityGroups, properTokens: understood.properTokens,
        foreignNames: understood.foreignNames,
        filter: understood.filter, limit });
      return {
        lang: understood.lang,
        topic: understood.topic,
        filter: understood.filter,
        followUp,
        ideaCount: understood.termGroups.length + understood.entities.length,
        hits,
      };
    },
  };
}
