/**
 * The paper's sections that read items, as search terms: each item carries one reference term for its section, and a
 * question word in a section's heading ("the structural view", "结构论") meets that term, as an actor's names meet the
 * actor's id. One entry an item, where the heading's words in every item would cost some 25.
 */
import { readingSectionNames, sectionName, type PolicyItem } from '../core/policy-item.js';
import { REF_PREFIX } from './ref-terms.js';
import type { SearchQuery } from './search-index.js';
import { indexTokens, isHan, STOPWORDS } from './text-tokens.js';

// One term per heading, worked out once, however many items the section reads.
const refsByHeading = new Map<string, string>();

/** The reference term of the section that reads an item. */
export function sectionRef(item: PolicyItem): string {
  const heading = item.reading?.section.en ?? '';
  let ref = refsByHeading.get(heading);
  if (ref === undefined) {
    ref = headingRef(heading);
    refsByHeading.set(heading, ref);
  }
  return ref;
}

/** The reference term of the section an English heading names, as the items it reads carry it (case aside). */
export function headingRef(heading: string): string {
  return `${REF_PREFIX}section:${sectionName(heading)}`.replace(/\s+/g, '_').toLowerCase();
}

/** How long a stem must be to stand for the heading word it begins. */
const DERIVED_STEM = 6;

/** Which sections' headings use each term: a question word in a heading also meets the section's items. */
export function createSectionWords() {
  const refsByTerm = new Map<string, Set<string>>();
  const known = new Set<string>();
  return {
    learn(item: PolicyItem): void {
      if (!item.reading) return;
      const ref = sectionRef(item);
      if (known.has(ref)) return;
      known.add(ref);
      for (const term of indexTokens(readingSectionNames(item).join('\n'))) {
        if (STOPWORDS.has(term)) continue;
        refsByTerm.set(term, (refsByTerm.get(term) ?? new Set()).add(ref));
      }
    },
    /** The one section heading a word belongs to ("structural"), if only one heading has it. */
    headingOf(terms: readonly string[]): string | undefined {
      const refs = new Set(terms.flatMap((term) => headingRefs(term)));
      return refs.size === 1 ? [...refs][0] : undefined;
    },
    widen(query: SearchQuery): SearchQuery {
      const termGroups = query.termGroups.map((group) => {
        const refs = group.terms.flatMap((term) => headingRefs(term));
        return refs.length === 0 ? group : { ...group, related: [...new Set([...(group.related ?? []), ...refs])] };
      });
      return { ...query, termGroups };
    },
  };

  /**
   * The heading a word points to: only a word of one heading does ("structural"); words several headings share
   * ("power", "security") say nothing about which. A long stem that only begins a heading's word is that word in
   * another form, which the stemmer keeps apart ("interaction" for "interactionist").
   */
  function headingRefs(term: string): string[] {
    let refs = refsByTerm.get(term);
    if (!refs && term.length >= DERIVED_STEM && !isHan(term)) {
      const words = [...refsByTerm.keys()].filter((word) => word.startsWith(term));
      refs = words.length === 1 ? refsByTerm.get(words[0] as string) : undefined;
    }
    return refs?.size === 1 ? [...refs] : [];
  }
}

/** Paper sections that discuss one administration (by passage id), so `under Biden` can keep them. */
export function passageAdministrations(id: string): string[] {
  if (/-s3(-|$)/.test(id)) return ['trump'];
  if (/-s4(-|$)/.test(id)) return ['trump', 'biden'];
  if (/-s5(-|$)/.test(id)) return ['biden'];
  return [];
}
