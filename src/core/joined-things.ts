/**
 * Two things a question joins ("Blinken's remarks 13 Jul 2021 + TTC launch", "Hicks's call, together with the Skyborg
 * test", 连同): each is asked about, and the answer may stand on two documents, one for each. What follows the join must
 * be a thing: "order + dates", "+ which buyers" and "+ how" join what is asked, not what it is asked of.
 */
const JOINED = /\s\+\s|\b(?:together|along) with\b|\bas well as\b|连同|加上/iu;
const ASKED_NOT_THING = /^\s*(?:order|dates?|when|why|how|what|which|who|whom|where|whether|is|are|was|were|did|does|do|pls|please)\b/iu;

/** The parts of a question that joins two or more things, or none. */
export function joinedParts(question: string): string[] {
  const parts = question.normalize('NFKC').split(JOINED);
  return parts.length >= 2 && parts.slice(1).every((part) => !ASKED_NOT_THING.test(part)) ? parts : [];
}

export const joinsThings = (question: string): boolean => joinedParts(question).length > 0;
