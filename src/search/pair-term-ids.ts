/**
 * Term ids of Chinese character pairs, keyed by the pair's two UTF-16 code units packed into one 32-bit integer in an
 * open-addressing table. Most terms of a document are such pairs: this skips making, hashing and comparing a string
 * for each, and `create` is asked for the id (given the pair as a string) only the first time a pair is seen.
 */
export function createPairTermIds(create: (pair: string) => number): { termId(run: string, at: number): number } {
  let shift = 22;
  // 0 marks an empty slot: no pair packs to 0, as no Chinese character's code unit is 0.
  let keys = new Int32Array(1 << (32 - shift));
  let ids = new Int32Array(keys.length);
  let count = 0;
  const slotOf = (key: number): number => {
    // Fibonacci hashing: the top bits of the product spread nearby code units across the table.
    let slot = Math.imul(key, 0x9e3779b1) >>> shift;
    while (keys[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & (keys.length - 1);
    return slot;
  };
  const grow = (): void => {
    const [oldKeys, oldIds] = [keys, ids];
    shift--;
    keys = new Int32Array(oldKeys.length * 2);
    ids = new Int32Array(keys.length);
    oldKeys.forEach((key, i) => {
      if (key === 0) return;
      const slot = slotOf(key);
      keys[slot] = key;
      ids[slot] = oldIds[i] as number;
    });
  };
  return {
    termId(run, at) {
      const key = (run.charCodeAt(at) << 16) | run.charCodeAt(at + 1);
      const slot = slotOf(key);
      if (keys[slot] === key) return ids[slot] as number;
      const id = create(run.slice(at, at + 2));
      keys[slot] = key;
      ids[slot] = id;
      // Kept at most half full, so probes stay short.
      if (++count * 2 > keys.length) grow();
      return id;
    },
  };
}
