import type { Lang } from './lang.js';
import type { Passage } from './passage.js';
import type { PolicyItem } from './policy-item.js';
import type { Citation } from './replies.js';

/** A source URL that can be followed: one with a space (as some footnotes print them) is shown, not linked. */
export function liveUrl(url: string | null | undefined): string | null {
  return url && !/\s/.test(url) ? url : null;
}

/** The one way an item becomes a citation, in answers and digests alike. */
export function itemCitation(n: number, item: PolicyItem, lang: Lang): Citation {
  return { n, kind: 'item', itemId: item.id, date: item.date, title: item.title[lang],
    url: item.sources.map((s) => liveUrl(s.url)).find((url) => url !== null) ?? null, section: item.passages[0]?.section ?? '' };
}

export function passageCitation(n: number, passage: Passage, lang: Lang): Citation {
  return { n, kind: 'passage', itemId: passage.id, date: '', title: passage.section[lang], url: null, section: passage.section.zh };
}

/** Numbers documents in the order an answer first cites them; citing one again reuses its number. */
export function createCitationList(lang: Lang) {
  const citations: Citation[] = [];
  const numberOf = (id: string, make: (n: number) => Citation): number => {
    const existing = citations.find((c) => c.itemId === id);
    if (existing) return existing.n;
    const citation = make(citations.length + 1);
    citations.push(citation);
    return citation.n;
  };
  return {
    citations,
    item: (item: PolicyItem): number => numberOf(item.id, (n) => itemCitation(n, item, lang)),
    passage: (passage: Passage): number => numberOf(passage.id, (n) => passageCitation(n, passage, lang)),
  };
}
export type CitationList = ReturnType<typeof createCitationList>;
