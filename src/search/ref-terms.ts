/** Index terms that stand for an id (an actor, person, target or instrument) rather than a word: no word starts with it. */
export const REF_PREFIX = '@';
/** The index term standing for an instrument: "blacklist" in a question meets every Entity List item. */
export const instrumentRef = (instrument: string): string => `${REF_PREFIX}type-${instrument}`;
