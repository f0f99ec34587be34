/**
 * Timelines and lists whose question names their steps one by one ("DJI: 2018 Pentagon ban → waiver buys → Interior
 * grounding"): a date written in one of the steps dates that step, not the whole story.
 */
import type { ItemFilter } from '../core/ports.js';
import { withoutDates } from '../core/filters.js';
import { joinedParts } from '../core/joined-things.js';

const STEP_BREAK = /\s*(?:→|->|=>|、|;|；)\s*/u;
/** Where a question asked as a sequence lists its steps between commas too ("unified command, persistent engagement, hunt forward"). */
export const SEQUENCE_BREAK = /\s*(?:→|->|=>|、|;|；|,|，)\s*/u;
/** At least this many steps make an enumeration: two may be the two ends of a span. */
const MIN_STEPS = 3;
const DATE = /(?:19|20)\d{2}/u;

interface Steps { context: string; steps: string[] }

/**
 * The steps a question enumerates, and what it says before them (up to a colon, a bracket or a dash), if it enumerates
 * any. `sentenceOpens`: a sentence that ends before the first step opens them too, so that its date is the question's;
 * a step's search keeps all the words before it, which tell what it is a step of.
 */
export function enumeratedSteps(question: string, breaks = STEP_BREAK, sentenceOpens = false): Steps | undefined {
  const text = question.normalize('NFKC').replace(/[)）]\s*[?？]?\s*$/u, '');
  // A colon, a bracket or a dash between spaces ("in what order - the summit, the pledge, …") opens the steps.
  const opening = /[:：(（]|\s[-–—]\s|—/u.exec(text) ?? (sentenceOpens ? sentenceBeforeSteps(text, breaks) : null);
  const [context, body] = opening ? [text.slice(0, opening.index), text.slice(opening.index + opening[0].length)] : ['', text];
  const steps = body.split(breaks).map((step) => step.trim()).filter((step) => step.length > 0);
  return steps.length >= MIN_STEPS ? { context, steps } : undefined;
}

/** A question that ends before its steps begin ("Trump's moves in 2019, in order? SOTU → the EO → …") opens them there. */
function sentenceBeforeSteps(text: string, breaks: RegExp): RegExpExecArray | null {
  const first = breaks.exec(text);
  if (!first) return null;
  const ends = [...text.slice(0, first.index).matchAll(/[?？!！。]\s*/gu)];
  return ends.at(-1) ?? null;
}

/**
 * A date written in one step only belongs to that step ("2018 Pentagon ban → … → Interior grounding"): it bounds no
 * other. So it does in any question that names several things one by one ("why does the paper put Hicks's September
 * 2021 remarks, the B-2 upgrades and Skyborg together").
 */
export function withoutStepDate(question: string, filter: ItemFilter): ItemFilter {
  const enumerated = enumeratedSteps(question, STEP_BREAK, true);
  if (!enumerated) return filter;
  // A clause before the first step is the question's own ("2019.10.7实体清单8家中，除海康、大华、…外其余4家为何").
  const [first = '', ...rest] = enumerated.steps;
  const clause = Math.max(first.lastIndexOf('，'), first.lastIndexOf(','));
  const [context, steps] = [enumerated.context + first.slice(0, Math.max(clause, 0)), [first.slice(clause + 1), ...rest]];
  if (DATE.test(context) || steps.filter((step) => DATE.test(step)).length !== 1) return filter;
  return withoutDates(filter);
}

/** A date written beside one of two things a question joins belongs to that thing, and bounds neither the other nor the question. */
export function withoutJoinedDate(question: string, filter: ItemFilter): ItemFilter {
  return joinedParts(question).filter((part) => DATE.test(part)).length === 1 ? withoutDates(filter) : filter;
}

/** Where a comparison's second side begins: "A与B", "A vs B", "A and B", "A compared with B". */
const SIDE_BREAK = /(?:与|和|跟|同|及|\bvs\.?|\bversus|\band|\bwith|\bagainst)\s*(?:the\s+)?/giu;
const DATE_FIRST = /^(?:(?:19|20)\d{2}\s*年|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d{2}|(?:19|20)\d{2}\b)/iu;

/**
 * A comparison whose second side is dated and whose first is not ("TTC与2021年12月美澳丹挪的出口管制承诺"): the date
 * is that side's, and bounds neither the other side nor the question.
 */
export function withoutSideDate(question: string, filter: ItemFilter): ItemFilter {
  if (filter.from === undefined && filter.to === undefined) return filter;
  const text = question.normalize('NFKC');
  for (const side of text.matchAll(SIDE_BREAK)) {
    const at = (side.index ?? 0) + side[0].length;
    if (DATE.test(text.slice(0, side.index))) return filter;
    if (DATE_FIRST.test(text.slice(at))) return withoutDates(filter);
  }
  return filter;
}
