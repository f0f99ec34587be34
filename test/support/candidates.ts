import type { NewCandidate } from '../../src/core/candidate.js';
import type { PolicyItem } from '../../src/core/policy-item.js';

/** A candidate as the Federal Register watch proposes one: no reading, the abstract as its passage, Chinese pending. */
export function candidate(n: number): NewCandidate {
  const date = `2025-03-1${n}`;
  const item = {
    id: `${date}-fr-entity-list-additions-${n}`, date, administration: 'trump', actors: ['bis'], people: [], targets: ['china'], instrument: 'entity-list',
    provenance: { kind: 'federal-register', documentId: `2025-0400${n}` }, translation: 'pending',
    title: { en: `Additions to the Entity List, part ${n}`, zh: `（待翻译）Additions to the Entity List, part ${n}` },
    summary: { en: `BIS adds entities in China to the Entity List (part ${n}).`, zh: `（待翻译）BIS adds entities in China to the Entity List (part ${n}).` },
    passages: [{ documentId: `fr-2025-0400${n}`, section: 'Abstract', text: `BIS adds entities in China to the Entity List (part ${n}).` }],
    sources: [{ title: `Additions to the Entity List, part ${n}`, publisher: 'Federal Register', date, url: `https://www.federalregister.gov/d/2025-0400${n}` }],
    keywords: [],
  } as unknown as PolicyItem;
  return { id: `fr-2025-0400${n}`, source: 'federal-register', status: 'pending', suggestedReading: null, reason: null, item,
    document: { documentId: `2025-0400${n}`, title: item.title.en, type: 'Rule', action: 'Final rule.', publicationDate: date, htmlUrl: `https://www.federalregister.gov/d/2025-0400${n}` } };
}

