/**
 * An administration named as the owner of a document ("the Obama administration's AI strategy", 奥巴马政府的人工智能
 * 战略) may be what the question is about rather than its period: a later action is read against that document ("the
 * three-step plan benchmarks the Obama administration's AI strategy"). When the store holds no such document of that
 * administration but holds an item that names it, that item answers, whatever its date.
 */
import type { SearchIndex, SearchQuery, SearchResult } from './search-index.js';
import { administrationNamed } from './question-filters.js';
import { indexTokens } from './text-tokens.js';

const OWNED_EN = /\b(obama|trump|biden)(?:['’]s|[-\s]+(?:administration|admin|white\s+house|era|team)(?:['’]s)?)\s+(?:[\p{L}-]+\s+){0,3}?(?:strateg(?:y|ies)|plans?|initiatives?|white\s+papers?|roadmaps?)\b/iu;
const OWNED_ZH = /(奥巴马|特朗普|川普|拜登)(?:政府|时期|执政时期|团队)?的?[^，。？！?、]{0,8}?(?:战略|规划|计划|倡议|白皮书)/u;

/** The administration a question names as a document's owner, with the name it calls it by. */
function ownerNamed(question: string): { administration: string; name: string } | undefined {
  const match = OWNED_EN.exec(question) ?? OWNED_ZH.exec(question);
  const name = match?.[1];
  const administration = name === undefined ? undefined : administrationNamed(name);
  return name !== undefined && administration !== undefined ? { administration, name } : undefined;
}

/** How many documents that name the owner are looked at. */
const NAMING_REACH = 200;

/**
 * The search for a question whose only time frame is the administration it names as a document's owner: without that
 * frame, when the closest document then names the owner and meets the question better. `framed` is the search with it.
 */
export function searchOwnedDocument(index: SearchIndex, question: string, query: SearchQuery, framed: SearchResult): { result: SearchResult; unframed: boolean } {
  const kept = { result: framed, unframed: false };
  const owner = ownerNamed(question.normalize('NFKC'));
  const { administrations, from, to } = query.filter;
  if (!owner || from || to || administrations?.length !== 1 || administrations[0] !== owner.administration) return kept;
  const { administrations: _, ...rest } = query.filter;
  const free = index.search({ ...query, filter: rest });
  const best = free.hits[0];
  if (!best || best.coverage <= (framed.hits[0]?.coverage ?? 0)) return kept;
  const terms = indexTokens(owner.name);
  const naming = index.search({ termGroups: [{ text: owner.name, terms, need: terms.length, alternatives: [], proper: true, specificity: 1 }],
    entityGroups: [], filter: {}, limit: NAMING_REACH });
  return naming.hits.some((h) => h.id === best.id) ? { result: free, unframed: true } : kept;
}
