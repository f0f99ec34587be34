import type { Passage } from '../core/passage.js';
import type { PolicyItem } from '../core/policy-item.js';
import type { ReadingOverview } from '../core/ports.js';
import { passageAdministrations } from './section-words.js';

/** How many actions stand as the evidence of an administration's reading: the rest are a listing away. */
const EXAMPLES = 6;

const squeeze = (text: string): string => text.replace(/\s+/gu, '');
const topHeading = (section: string): string => squeeze(section.split(/ \/ (?=[（(])/u)[0] ?? '');

/**
 * Asked where the paper places one administration ("where does the paper put Biden on power vs security, and what's the
 * evidence", 论文凭什么说拜登政府的对华政策是权力驱动的): the paragraph that opens the paper's section on that
 * administration alone, which states its verdict, and the actions that section tells as evidence. The evidence is the
 * administration's actions read with the asked reading (the verdict's, when none is asked): those the section tells, taken
 * in turn from each of its subsections (each a line of the argument) in the order the paper tells them, then the
 * administration's others. Actions told by the same sentences as an earlier one add nothing and are passed over.
 */
export function createAdministrationReading(passages: readonly Passage[]) {
  const body = passages.filter((p) => p.kind === 'body');
  // Where each passage sits in the paper, to tell which action it tells first.
  const told = body.map((p) => ({ passage: p, section: squeeze(p.section.zh), text: squeeze(p.text) }));
  const items = new Map<string, PolicyItem>();
  // Many items cite the same sentences: each is looked up once.
  const positions = new Map<string, number>();
  const position = (item: PolicyItem): number[] => item.passages.flatMap((cited) => {
    const sentence = squeeze(cited.text);
    const key = `${squeeze(cited.section)}\n${sentence}`;
    let found = positions.get(key);
    if (found === undefined) {
      const at = told.findIndex((t) => t.section === squeeze(cited.section) && t.text.includes(sentence));
      found = at < 0 ? -1 : at * 100_000 + (told[at] as (typeof told)[number]).text.indexOf(sentence);
      positions.set(key, found);
    }
    return found < 0 ? [] : [found];
  });
  return {
    add(item: PolicyItem): void { items.set(item.id, item); },
    overview(administration: string, asked: 'power' | 'security' | undefined): ReadingOverview | undefined {
      const own = told.filter((t) => passageAdministrations(t.passage.id).join() === administration);
      const opening = own[0];
      if (!opening) return undefined;
      const section = topHeading(opening.passage.section.zh);
      const theirs = [...items.values()].filter((item) => item.administration === administration && item.reading);
      const inSection = (item: PolicyItem): boolean => item.passages.some((p) => topHeading(p.section) === section);
      const tally = { power: 0, security: 0 };
      for (const item of theirs.filter(inSection)) if (item.reading?.driver === 'power' || item.reading?.driver === 'security') tally[item.reading.driver]++;
      const driver = asked ?? (tally.power >= tally.security ? 'power' : 'security');
      const read = theirs.filter((item) => item.reading?.driver === driver)
        .map((item) => ({ item, at: Math.min(...position(item), Infinity) }))
        .sort((a, b) => a.at - b.at || a.item.date.localeCompare(b.item.date));
      // The section's subsections in the paper's order, each with its actions in the order told.
      const lines = new Map<string, PolicyItem[]>();
      for (const { item } of read.filter(({ item }) => inSection(item))) {
        const sub = squeeze(item.passages.find((p) => topHeading(p.section) === section)?.section ?? '');
        lines.set(sub, [...lines.get(sub) ?? [], item]);
      }
      const inTurn: PolicyItem[] = [];
      for (let round = 0; [...lines.values()].some((line) => line.length > round); round++) {
        for (const line of lines.values()) if (line[round]) inTurn.push(line[round] as PolicyItem);
      }
      const seen = new Set<string>();
      const examples = [...inTurn, ...read.map(({ item }) => item).filter((item) => !inSection(item))].filter((item) => {
        const sentences = item.passages.map((p) => squeeze(p.text)).sort().join('\n');
        if (seen.has(sentences)) return false;
        seen.add(sentences);
        return true;
      }).slice(0, EXAMPLES).map((item) => item.id);
      return examples.length > 0 ? { criteria: opening.passage.id, examples } : undefined;
    },
  };
}
