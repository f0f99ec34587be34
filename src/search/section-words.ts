/**
 * The paper's sections that read items, as search terms: each item carries one reference term for its section, and a
 * question word in a section's heading ("the structural view", "结构论") meets that term, as an actor's names meet the
 * actor's id. One entry an item, where the heading's words in every item would cost some 25.
 */
import { readingSectionNames, type PolicyItem } from '../core/policy-item.js';
import { REF_PREFIX } from './ref-terms.js';
import type { SearchQuery } from './search-index.js';
import { indexTokens, isHan, STOPWORDS } from './text-tokens.js';

// One term per heading, worked out once, however many items the section reads.
const refsByHeading = new Map<string, string>();

/** The reference term of the section that reads an item. */
export function sectionRef(item: PolicyItem): string {
  return headingRef(item.reading?.section.zh ?? '');
}

/** The reference terms of the other sections whose passages ground an item (Allison, read under power maximisation, is quoted among the structuralists). */
export function groundingSectionRefs(item: PolicyItem): string[] {
  const own = sectionRef(item);
  return [...new Set(item.passages.map((passage) => headingRef(passage.section)))].filter((ref) => ref !== own);
}

/**
 * The reference term of a section of the paper from its Chinese heading, in any form the data gives it ("一（一）零和竞争的
 * 结构论", "一、… / （一）零和竞争的结构论", "结 语"): the last heading, without numbering or spaces. One string a heading.
 */
export function headingRef(zhHeading: string): string {
  let ref = refsByHeading.get(zhHeading);
  if (ref === undefined) {
    const last = (zhHeading.split(' / ').at(-1) ?? '').replace(/\s+/g, '');
    ref = `${REF_PREFIX}section:${last.replace(/^[一二三四五六七八九十]*、?(?:[（(][一二三四五六七八九十]+[）)])*/u, '')}`;
    refsByHeading.set(zhHeading, ref);
  }
  return ref;
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

/** The top-level heading of a section path ("二、… / （二）…" → "二、…"), spaces dropped. */
export const topHeading = (section: string): string => (section.split(/ \/ (?=[（(])/u)[0] ?? '').replace(/\s+/gu, '');
