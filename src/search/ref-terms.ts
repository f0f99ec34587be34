/** Index terms that stand for an id (an actor, person, target or instrument) rather than a word: no word starts with it. */
export const REF_PREFIX = '@';
/** The index term standing for an instrument: "blacklist" in a question meets every Entity List item. */
export const instrumentRef = (instrument: string): string => `${REF_PREFIX}type-${instrument}`;
/** Whether a question's idea names a kind of action ("实体清单", "budget"): one of its alternatives is an instrument's term. */
export const namesInstrument = (group: { alternatives: readonly string[] }): boolean => group.alternatives.some((term) => term.startsWith(instrumentRef('')));
