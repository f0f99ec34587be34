import { POWER_INDICATORS, SECURITY_INDICATORS, type PolicyItem } from '../core/policy-item.js';
import type { Passage } from '../core/passage.js';
import type { ReadingOverview } from '../core/ports.js';
import { indicatorPhrases } from './indicator-words.js';
import { topHeading } from './section-words.js';

const INDICATORS_OF = { power: POWER_INDICATORS, security: SECURITY_INDICATORS } as const;
type Driver = keyof typeof INDICATORS_OF;


/** How many actions an overview of both readings gives as examples, in turn. */
const BOTH_EXAMPLES = 4;
/** How many of the works a reading is built on an overview names: the few that stand for the most of its indicators. */
const GROUNDS_SHOWN = 1;
/** Asked only by what signs the paper tells a reading, the works it builds them from answer: more of them. */
const GROUNDS_ALONE = 2;
/** Asked for the actions that fit a reading, this many are given: the best for each indicator, then the runners-up. */
const EXAMPLES_ASKED = 4;

/** How strongly an action stands for an indicator: higher first, compared in order. */
type Standing = [first: number, passages: number, earliness: number];

/**
 * Asked by what signs the paper tells one reading ("what marks a security-driven policy, with examples"): its criteria,
 * the paragraph of its body that names the most of its indicators, and for each indicator of the reading the action
 * that stands for it best. Only actions the criteria are applied to count: those the paper tells after the criteria,
 * not the literature and theory it builds them from, which are named apart (`groundedOn`). Best is the action the paper names the indicator first for,
 * then the one it cites in most passages, then the one it tells earliest. One action is kept per indicator, however
 * many items are added.
 */
export function createReadingOverview(passages: readonly Passage[]) {
  let criteria: { passage: Passage; named: number } | undefined;
  for (const passage of passages) {
    if (passage.kind !== 'body') continue;
    const text = `${passage.text} ${passage.gloss.en} ${passage.gloss.zh}`.normalize('NFKC').toLowerCase();
    const named = new Set(indicatorPhrases().filter(({ phrase }) => text.includes(phrase)).map(({ ref }) => ref)).size;
    if (named > (criteria?.named ?? 0)) criteria = { passage, named };
  }
  const order = [...new Set(passages.map((p) => topHeading(p.section.zh)))];
  const sections = [...new Set(passages.map((p) => p.section.zh.replace(/\s+/gu, '')))];
  const from = criteria ? order.indexOf(topHeading(criteria.passage.section.zh)) : order.length;
  // Each indicator's two best actions, best first.
  const best = new Map<string, Array<{ id: string; standing: Standing }>>();
  const better = (a: Standing, b: Standing): boolean => {
    const at = a.findIndex((value, i) => value !== b[i]);
    return at >= 0 && (a[at] as number) > (b[at] as number);
  };
  // The works the criteria's own section builds each reading on (the security dilemma's literature), by how many of
  // the reading's indicators they stand for.
  const grounds = new Map<string, { driver: Driver; indicators: number; date: string }>();
  /**
   * `asked`: what the question asks for besides the signs, the actions that fit them ("美方哪些动作算符合") or nothing:
   * the works the signs are built from then answer.
   */
  const overview = (driver: Driver, asked: 'signs' | 'actions' | 'both' = 'both'): ReadingOverview => {
    const ranked = (at: number): string[] => INDICATORS_OF[driver].flatMap((indicator) => best.get(indicator)?.[at]?.id ?? []);
    const examples = asked === 'actions' ? [...new Set([...ranked(0), ...ranked(1)])].slice(0, EXAMPLES_ASKED) : [...new Set(ranked(0))];
    const built = [...grounds].filter(([, work]) => work.driver === driver)
      .sort(([a, x], [b, y]) => y.indicators - x.indicators || x.date.localeCompare(y.date) || a.localeCompare(b)).map(([id]) => id);
    const shown = asked === 'actions' ? 0 : asked === 'signs' ? GROUNDS_ALONE : GROUNDS_SHOWN;
    return { ...(criteria ? { criteria: criteria.passage.id } : {}), groundedOn: built.slice(0, shown), examples };
  };
  return {
    add(item: PolicyItem): void {
      for (const [key, held] of best) best.set(key, held.filter((h) => h.id !== item.id));
      grounds.delete(item.id);
      const reading = item.reading;
      const positions = item.passages.map((p) => order.indexOf(topHeading(p.section)));
      if (reading && reading.driver !== 'mixed' && positions.includes(from)) {
        grounds.set(item.id, { driver: reading.driver, indicators: reading.indicators.length, date: item.date });
      }
      if (!reading || reading.driver === 'mixed' || positions.length === 0 || positions.some((at) => at <= from)) return;
      const told = Math.min(...item.passages.map((p) => sections.indexOf(p.section.replace(/\s+/gu, ''))).filter((at) => at >= 0));
      reading.indicators.forEach((indicator, i) => {
        const standing: Standing = [i === 0 ? 1 : 0, item.passages.length, -told];
        const held = best.get(indicator) ?? [];
        const at = held.findIndex((h) => better(standing, h.standing));
        best.set(indicator, [...held.slice(0, at < 0 ? held.length : at), { id: item.id, standing }, ...(at < 0 ? [] : held.slice(at))].slice(0, 2));
      });
    },
    overview,
    /** Both readings asked at once ("power or security?"): each one's work, then their examples in turn, fewer of each. */
    overviewOfBoth(): ReadingOverview {
      const [power, security] = [overview('power'), overview('security')];
      const examples = power.examples.flatMap((id, i) => [id, ...security.examples.slice(i, i + 1)]).concat(security.examples.slice(power.examples.length));
      return { ...power, groundedOn: [...power.groundedOn ?? [], ...security.groundedOn ?? []], examples: examples.slice(0, BOTH_EXAMPLES) };
    },
  };
}
