import type { Passage } from '../core/passage.js';
import type { PolicyItem } from '../core/policy-item.js';
import type { ReadingOverview } from '../core/ports.js';
import { passageAdministrations, topHeading as topHeadingOf } from './section-words.js';

/** How many actions stand as the evidence of an administration's reading: the rest are a listing away. */
const EXAMPLES = 6;

const squeeze = (text: string): string => text.replace(/\s+/gu, '');
/** Headings are few and shared by every item read under them: each is squeezed once. */
const squeezedHeadings = new Map<string, { whole: string; top: string }>();
const heading = (section: string): { whole: string; top: string } => {
  let known = squeezedHeadings.get(section);
  if (!known) {
    known = { whole: squeeze(section), top: topHeadingOf(section) };
    squeezedHeadings.set(section, known);
  }
  return known;
};
const topHeading = (section: string): string => heading(section).top;

type Driver = 'power' | 'security';
/** One action kept as a candidate: where the paper first tells it, its date, and the sentences that tell it. */
interface Candidate { id: string; at: number; date: string; told: string }

/**
 * Where the paper tells a cited sentence: its passage's place in the paper, then the sentence's place in it. Many items
 * cite the same sentences, often as the same objects: each is looked up once.
 */
function paperPosition(body: readonly Passage[]): (cited: PolicyItem['passages'][number]) => number {
  const told = body.map((p) => ({ section: squeeze(p.section.zh), text: squeeze(p.text) }));
  const positions = new Map<string, number>();
  const byPassage = new WeakMap<object, number>();
  return (cited: PolicyItem['passages'][number]): number => {
    const known = byPassage.get(cited);
    if (known !== undefined) return known;
    const sentence = squeeze(cited.text);
    const key = `${heading(cited.section).whole}\n${sentence}`;
    let found = positions.get(key);
    if (found === undefined) {
      const at = told.findIndex((t) => t.section === heading(cited.section).whole && t.text.includes(sentence));
      found = at < 0 ? Infinity : at * 100_000 + (told[at] as (typeof told)[number]).text.indexOf(sentence);
      positions.set(key, found);
    }
    byPassage.set(cited, found);
    return found;
  };
}

/**
 * Asked where the paper places one administration ("where does the paper put Biden on power vs security, and what's the
 * evidence", 论文凭什么说拜登政府的对华政策是权力驱动的): the paragraph that opens the paper's section on that
 * administration alone, which states its verdict, and the actions that section tells as evidence. The evidence is the
 * administration's actions read with the asked reading (the verdict's, when none is asked): those the section tells, taken
 * in turn from each of its subsections (each a line of the argument) in the order the paper tells them, then the
 * administration's others. Actions told by the same sentences as an earlier one add nothing and are passed over.
 * Only the first few candidates of each line are kept, however many items are added.
 */
export function createAdministrationReading(passages: readonly Passage[]) {
  const body = passages.filter((p) => p.kind === 'body');
  const position = paperPosition(body);
  const openings = new Map<string, Passage>();
  for (const passage of body) {
    const administration = passageAdministrations(passage.id).join();
    if (administration && !openings.has(administration)) openings.set(administration, passage);
  }
  // Per administration, reading and line of the argument (a subsection of its own section, or '' for the rest): the
  // earliest-told candidates, one for each set of sentences.
  const lines = new Map<string, Map<Driver, Map<string, Candidate[]>>>();
  const linesOf = (administration: string, driver: Driver): Map<string, Candidate[]> => {
    const byDriver = lines.get(administration) ?? new Map<Driver, Map<string, Candidate[]>>();
    lines.set(administration, byDriver);
    const own = byDriver.get(driver) ?? new Map<string, Candidate[]>();
    byDriver.set(driver, own);
    return own;
  };
  const before = (a: Candidate, b: Candidate): number => a.at - b.at || a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
  const tally = new Map<string, Record<Driver, number>>();
  // The ids of the candidates kept, so that adding an item seldom looks through the lines.
  const held = new Set<string>();
  return {
    add(item: PolicyItem): void {
      // An item added again (changed) leaves its old place first; most items never held one.
      if (held.has(item.id)) {
        held.delete(item.id);
        for (const byDriver of lines.values()) {
          for (const own of byDriver.values()) for (const [key, line] of own) if (line.some((c) => c.id === item.id)) own.set(key, line.filter((c) => c.id !== item.id));
        }
      }
      const driver = item.reading?.driver;
      const opening = openings.get(item.administration);
      if (!opening || (driver !== 'power' && driver !== 'security')) return;
      const section = topHeading(opening.section.zh);
      const inSection = item.passages.find((p) => topHeading(p.section) === section);
      const line = inSection ? heading(inSection.section).whole : '';
      if (inSection) {
        const counts = tally.get(item.administration) ?? { power: 0, security: 0 };
        counts[driver]++;
        tally.set(item.administration, counts);
      }
      const own = linesOf(item.administration, driver);
      const current = own.get(line) ?? [];
      const at = Math.min(...item.passages.map(position));
      // A full line keeps its candidates when this one comes later: nothing more is made of it.
      const last = current.at(-1);
      if (current.length >= EXAMPLES && last && before(last, { id: item.id, at, date: item.date, told: '' }) < 0) return;
      const candidate = { id: item.id, at, date: item.date, told: item.passages.map((p) => squeeze(p.text)).sort().join('\n') };
      const same = current.find((c) => c.told === candidate.told);
      if (same && before(same, candidate) <= 0) return;
      const kept = [...current.filter((c) => c !== same), candidate].sort(before);
      for (const dropped of kept.slice(EXAMPLES)) held.delete(dropped.id);
      if (same) held.delete(same.id);
      own.set(line, kept.slice(0, EXAMPLES));
      if (kept.indexOf(candidate) < EXAMPLES) held.add(candidate.id);
    },
    overview(administration: string, asked: Driver | undefined): ReadingOverview | undefined {
      const opening = openings.get(administration);
      if (!opening) return undefined;
      const count = (driver: Driver): number => tally.get(administration)?.[driver] ?? 0;
      const driver = asked ?? (count('power') >= count('security') ? 'power' : 'security');
      const all = lines.get(administration)?.get(driver) ?? new Map<string, Candidate[]>();
      const own = [...all.entries()].filter(([line]) => line !== '')
        .sort(([, a], [, b]) => (a[0]?.at ?? Infinity) - (b[0]?.at ?? Infinity)).map(([, line]) => line);
      const inTurn: Candidate[] = [];
      for (let round = 0; own.some((line) => line.length > round); round++) {
        for (const line of own) if (line[round]) inTurn.push(line[round] as Candidate);
      }
      const seen = new Set<string>();
      const examples = [...inTurn, ...all.get('') ?? []].filter((candidate) => {
        if (seen.has(candidate.told)) return false;
        seen.add(candidate.told);
        return true;
      }).slice(0, EXAMPLES).map((candidate) => candidate.id);
      return examples.length > 0 ? { criteria: opening.id, examples } : undefined;
    },
  };
}
