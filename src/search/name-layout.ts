import { isHan } from './text-tokens.js';
import type { EntityMention } from './understand-question.js';

/** Between two names, only what joins them: "and", "or", commas, slashes, 和, 与, 、. */
// "and" may repeat the preposition before the first name ("the objections advanced by Defense and by the Treasury").
const JOINER = /^(?:\s|[,，、/&]|\b(?:and|or)\s+(?:by|of|from|for|at|in|on|to)\b|\band\b|\bor\b|以及|和|与|及|跟|或者?)+$/iu;
/** Between a name and what it acts on: "白宫对GPAI", "Commerce on Huawei". */
const RELATION = /^\s*(?:对|向|针对|在|on|toward|towards|over|about|regarding)\s*$/iu;
/** What sets one side against the other: "X vs Y", "X versus Y", "X compared with Y", "X as different from Y", "distinguish X from Y". */
const CONTRAST = /\bvs\.?(?=\s|$)|\bversus\b|\bcompare[ds]? (?:to|with)\b|\bas against\b|\b(?:differ(?:s|ed|ent|ently)?|distinct|set apart) from\b|(?<=\b(?:distinguish|differentiate)\w*\b[^?.!]{1,80}?)\bfrom\b/iu;

export interface NameLayout {
  /** The run of names joined by JOINER each mention is in (OECD, G20 and GPAI; 商汤和中芯国际), when it has two or more. */
  runs: Array<number | undefined>;
  /** The two mentions set side by side: the first on each side of "vs", else the first and last of a run of names. */
  sides?: [number, number];
  /** Mentions of what another acts on ("白宫对GPAI"): the matter of a comparison, never one of its sides. */
  matters: number[];
  /** The other names written tight against each side ("白宫国务院跟国防部", "White House/State vs Pentagon"): one side with it. */
  mates?: [number[], number[]];
}

/** The Chinese frame of a comparison, "A和B、C相比": what stands between 和 and 相比 is the other side, all of it. */
const COMPARED_WITH_ZH = /(?:和|与|跟|同)([^，。？！,?!]{1,40}?)(?:相比|相较|比较|对比|比起来)/u;

/** Names written with nothing between them (白宫国务院) or a slash (White House/State) are one party. */
const TIGHT = /^\s*\/?\s*$/u;

/** How the names a question gives are laid out: which are listed together, and which two it sets against each other. */
export function layOutNames(text: string, mentions: readonly EntityMention[]): NameLayout {
  const lower = text.normalize('NFKC').toLowerCase();
  const spans = mentions.map((m, i) => ({ i, start: lower.indexOf(m.surface.toLowerCase()), end: 0 }))
    .map((span) => ({ ...span, end: span.start + (mentions[span.i] as EntityMention).surface.length }))
    .filter((span) => span.start >= 0).sort((a, b) => a.start - b.start);
  const runs: Array<number | undefined> = mentions.map(() => undefined);
  const matters: number[] = [];
  let run = -1;
  spans.forEach((span, k) => {
    const before = spans[k - 1];
    const gap = before ? lower.slice(before.end, span.start) : '';
    if (before && RELATION.test(gap)) matters.push(span.i);
    // Chinese lists names with nothing between them too (法国加拿大).
    const adjacent = before !== undefined && gap === '' && isHan(mentions[before.i]?.surface ?? '') && isHan(mentions[span.i]?.surface ?? '');
    // An article after the joiner keeps the list going ("the White House/State Department and the Pentagon").
    const joining = gap.replace(/\bthe\b/giu, ' ');
    if (before && ((joining.trim() !== '' && JOINER.test(joining)) || adjacent)) {
      if (runs[before.i] === undefined) runs[before.i] = ++run;
      runs[span.i] = run;
    }
  });
  const contrast = lower.search(CONTRAST);
  const right = spans.find((span) => contrast >= 0 && span.start > contrast);
  const firstRun = run >= 0 ? spans.filter((span) => runs[span.i] === 0).map((span) => span.i) : [];
  // Each side is the party its name is written tight against: "白宫国务院跟国防部" sets the White House and State against the Pentagon.
  // In a run that joins its names in two ways (国防部与白宫、国务院), the enumeration comma binds tighter than 与 or 和.
  const gapOf = (a: (typeof spans)[number], b: (typeof spans)[number]): string => lower.slice(a.end, b.start);
  const mixedRun = (member: (typeof spans)[number]): boolean => {
    const inRun = spans.filter((span) => runs[span.i] !== undefined && runs[span.i] === runs[member.i]);
    const gaps = inRun.slice(1).map((span, j) => gapOf(inRun[j] as (typeof spans)[number], span).trim());
    return gaps.includes('、') && gaps.some((gap) => gap !== '、');
  };
  const tight = (a: (typeof spans)[number], b: (typeof spans)[number]): boolean => (TIGHT.test(gapOf(a, b))
    && (gapOf(a, b).includes('/') || (isHan(mentions[a.i]?.surface ?? '') && isHan(mentions[b.i]?.surface ?? ''))))
    || (gapOf(a, b).trim() === '、' && mixedRun(a));
  const party = (at: number): number[] => {
    const k = spans.findIndex((span) => span.i === at);
    let [from, to] = [k, k];
    while (from > 0 && tight(spans[from - 1] as (typeof spans)[number], spans[from] as (typeof spans)[number])) from--;
    while (to < spans.length - 1 && tight(spans[to] as (typeof spans)[number], spans[to + 1] as (typeof spans)[number])) to++;
    return spans.slice(from, to + 1).map((span) => span.i);
  };
  // The party of the other side's kind nearest before the contrast is its side (its first name stands for it); other
  // names further back are what the sentence is about ("bash China … the Pentagon's rhetoric as different from …").
  const kindOf = (span: (typeof spans)[number] | undefined): string | undefined => (span ? mentions[span.i]?.kind : undefined);
  const before = spans.filter((span) => contrast >= 0 && span.end <= contrast);
  const nearest = before.filter((span) => kindOf(span) === kindOf(right)).at(-1) ?? before.at(-1);
  const left = nearest ? spans.find((span) => party(nearest.i).includes(span.i)) : undefined;
  const framed = comparedWith(lower, spans.filter((span) => !matters.includes(span.i))) ?? oneSideOther(lower, spans.filter((span) => !matters.includes(span.i)));
  // A run that is one party throughout (White House/State) sets no two sides against each other.
  const oneParty = firstRun.length >= 2 && party(firstRun[0] as number).length >= firstRun.length;
  const sides: [number, number] | undefined = framed ? framed.sides : left && right ? [left.i, right.i]
    : firstRun.length >= 2 && !oneParty ? [firstRun[0] as number, firstRun[firstRun.length - 1] as number] : undefined;
  const mates = framed ? framed.mates : sides ? sides.map((i) => party(i).filter((j) => j !== i && !sides.includes(j))) as [number[], number[]] : undefined;
  return { runs, matters, ...(sides ? { sides } : {}), ...(mates && (mates[0].length > 0 || mates[1].length > 0) ? { mates } : {}) };
}

/** "X and Y on one side and Z on the other": the names before "on one side" are one party, those after it the other. */
function oneSideOther(lower: string, spans: ReadonlyArray<{ i: number; start: number; end: number }>): { sides: [number, number]; mates: [number[], number[]] } | undefined {
  const at = lower.search(/\bon (?:the )?one (?:side|hand)\b/u);
  const end = lower.search(/\bon the other\b/u);
  if (at < 0 || end < at) return undefined;
  const [first, ...firstMates] = spans.filter((span) => span.end <= at);
  const [second, ...secondMates] = spans.filter((span) => span.start > at && span.end <= end);
  return first && second ? { sides: [first.i, second.i], mates: [firstMates.map((span) => span.i), secondMates.map((span) => span.i)] } : undefined;
}

/** "国防部官员的表态和白宫、国务院的相比": the name nearest before 和 against every name before 相比, one party (what they act on aside). */
function comparedWith(lower: string, spans: ReadonlyArray<{ i: number; start: number; end: number }>): { sides: [number, number]; mates: [number[], number[]] } | undefined {
  const frame = COMPARED_WITH_ZH.exec(lower);
  if (!frame) return undefined;
  const [from, to] = [frame.index, frame.index + frame[0].length];
  const before = spans.filter((span) => span.end <= from);
  const within = spans.filter((span) => span.start > from && span.end <= to);
  const own = before[before.length - 1];
  const [other, ...others] = within;
  return own && other ? { sides: [own.i, other.i], mates: [[], others.map((span) => span.i)] } : undefined;
}
