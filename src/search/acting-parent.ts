/**
 * An office's action on someone may be told as its department's: the store has "Commerce adds Huawei to the Entity
 * List" where the question says BIS did it.
 */
import type { AliasTable } from '../core/alias-table.js';
import type { NamedEntity } from '../core/ports.js';
import type { SearchIndex } from './search-index.js';
import { ENTITY_FILTER } from './story-period.js';

/**
 * The ids each entity matches in the search: an office's also its parents' when the question names another party, no
 * item has the office with it and an item of a parent has. An office named alone keeps its own items (the Air Force's
 * moves are not every Defense item).
 */
export function idsActingThroughParents(index: SearchIndex, aliases: AliasTable, entities: readonly NamedEntity[]): string[][] {
  const holds = (ids: readonly string[], entity: NamedEntity, other: NamedEntity): boolean =>
    index.list({ [ENTITY_FILTER[entity.kind]]: ids, [ENTITY_FILTER[other.kind]]: other.ids }, 0, 1).total > 0;
  return entities.map((entity) => {
    const parents = entity.kind === 'actor' ? aliases.parents(entity.id) : [];
    const others = entities.filter((other) => other !== entity && !other.common && other.kind !== entity.kind);
    const through = parents.length > 0 && others.some((other) => !holds(entity.ids, entity, other) && holds(parents, entity, other));
    return through ? [...entity.ids, ...parents] : entity.ids;
  });
}
