/**
 * How term occurrences become postings entries. Entries gather in a batch in the order documents send them and are
 * then appended term by term: an index build appends millions of entries, and filling one list at a time, rather than
 * a different list at every occurrence, keeps the lists being written in the processor's cache.
 *
 * An entry takes four bytes, not eight: its document number's low 16 bits, with the list split into blocks by the high
 * bits, and its weight as a code into the index's table of distinct weights. Weights are sums of a few field boosts
 * over repeats, so an index of 100,000 items holds only about 120 distinct ones; the table keeps their exact values,
 * so scores are unchanged.
 */

/** A term's documents (ascending) and weights. Rare terms (most of them) keep plain arrays; past SMALL, typed arrays. */
export interface Postings {
  /** The low 16 bits of each document number. */
  lows: Uint16Array | number[];
  /** Each entry's weight, as its code in the weight table. */
  codes: Uint16Array | number[];
  /** `blockStarts[h]`: the first entry whose document number's high bits are `h` or more (documents h × 65,536 on). */
  blockStarts: number[];
  size: number;
}

const SMALL = 32;
const BLOCK_BITS = 16;
/** How many document numbers one block of a list spans. */
export const BLOCK_SIZE = 1 << BLOCK_BITS;
const LOW_MASK = (1 << BLOCK_BITS) - 1;

/** A batch is appended once it holds this many entries: a megabyte or two of buffers. */
const FLUSH_AT = 1 << 16;

/** An empty list. */
export function emptyPostings(): Postings {
  return { lows: [], codes: [], blockStarts: [0], size: 0 };
}

/** Visits a list's entries in document order: document number and weight code. */
export function forEachEntry(list: Postings, visit: (doc: number, code: number, at: number) => void): void {
  const { lows, codes, blockStarts, size } = list;
  for (let block = 0, at = 0; block < blockStarts.length; block++) {
    const end = block + 1 < blockStarts.length ? (blockStarts[block + 1] as number) : size;
    const high = block << BLOCK_BITS;
    for (; at < end; at++) visit(high + (lows[at] as number), codes[at] as number, at);
  }
}

/** Where document `doc` sits in the list, or -1. */
export function entryOf(list: Postings, doc: number): number {
  const block = doc >>> BLOCK_BITS;
  if (block >= list.blockStarts.length) return -1;
  let lo = list.blockStarts[block] as number;
  let hi = (block + 1 < list.blockStarts.length ? (list.blockStarts[block + 1] as number) : list.size) - 1;
  const low = doc & LOW_MASK;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const value = list.lows[mid] as number;
    if (value === low) return mid;
    if (value < low) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * The index's distinct weights, each with its code. Past 65,536 distinct weights (far more than field boosts and repeats
 * make) a new weight takes the code of the closest one kept.
 */
export function createWeightTable() {
  const values: number[] = [];
  const codes = new Map<number, number>();
  const closest = (weight: number): number => {
    let best = 0;
    for (let code = 1; code < values.length; code++) {
      if (Math.abs((values[code] as number) - weight) < Math.abs((values[best] as number) - weight)) best = code;
    }
    return best;
  };
  return {
    values,
    code(weight: number): number {
      let code = codes.get(weight);
      if (code === undefined) {
        if (values.length > LOW_MASK) return closest(weight);
        code = values.length;
        values.push(weight);
        codes.set(weight, code);
      }
      return code;
    },
  };
}
export type WeightTable = ReturnType<typeof createWeightTable>;

/** `bigger` holding `array`'s values first, and `fill` after them if given. */
function grown<T extends Int32Array | Float64Array>(array: T, bigger: T, fill?: number): T {
  bigger.set(array);
  if (fill !== undefined) bigger.fill(fill, array.length);
  return bigger;
}

/** Appends a term's entries to its list: `order[from…to)` are their positions in the batch's `docs` and `weights`. */
function append(list: Postings, order: Int32Array, from: number, to: number, batch: { docs: Int32Array; weights: Float64Array }, table: WeightTable): void {
  const { docs, weights } = batch;
  const size = list.size + to - from;
  if (size > SMALL) {
    // The capacities one entry at a time would reach: 32, then half as much again each time it fills.
    let capacity = Array.isArray(list.lows) ? SMALL : list.lows.length;
    while (capacity < size) capacity = Math.ceil(capacity * 1.5);
    if (Array.isArray(list.lows) || capacity !== list.lows.length) {
      const [newLows, newCodes] = [new Uint16Array(capacity), new Uint16Array(capacity)];
      newLows.set(list.lows);
      // Past SMALL a term's weights are 32-bit floats (fewer distinct weights): its first ones are rounded as they move.
      if (Array.isArray(list.codes)) list.codes.forEach((code, at) => { newCodes[at] = table.code(Math.fround(table.values[code] as number)); });
      else newCodes.set(list.codes);
      [list.lows, list.codes] = [newLows, newCodes];
    }
  }
  const { blockStarts } = list;
  // Neighbouring entries of a term mostly share a weight: look it up once per run.
  let lastWeight = Number.NaN;
  let lastCode = 0;
  let nextBlock = blockStarts.length << BLOCK_BITS;
  // Plain and typed arrays in separate loops, each seeing one kind of array: appending is most of an index build.
  if (Array.isArray(list.lows)) {
    const [lows, codes] = [list.lows, list.codes as number[]];
    for (let j = from; j < to; j++) {
      const doc = docs[order[j] as number] as number;
      for (; doc >= nextBlock; nextBlock += 1 << BLOCK_BITS) blockStarts.push(lows.length);
      const weight = weights[order[j] as number] as number;
      if (weight !== lastWeight) [lastWeight, lastCode] = [weight, table.code(weight)];
      lows.push(doc & LOW_MASK);
      codes.push(lastCode);
    }
  } else {
    const [lows, codes] = [list.lows, list.codes as Uint16Array];
    for (let j = from, at = list.size; j < to; j++, at++) {
      const doc = docs[order[j] as number] as number;
      for (; doc >= nextBlock; nextBlock += 1 << BLOCK_BITS) blockStarts.push(at);
      const weight = Math.fround(weights[order[j] as number] as number);
      if (weight !== lastWeight) [lastWeight, lastCode] = [weight, table.code(weight)];
      lows[at] = doc & LOW_MASK;
      codes[at] = lastCode;
    }
  }
  list.size = size;
}

/** Writes entries into `postings` (indexed by term id); documents must arrive in ascending order. */
export function createPostingsWriter(postings: readonly Postings[], table: WeightTable) {
  // By term id: entries written or pending, the last document with the term, its pending entry and the repeats there.
  let lengths = new Int32Array(1024);
  let lastDoc = new Int32Array(1024).fill(-1);
  let lastEntry = new Int32Array(1024);
  let repeats = new Int32Array(1024);
  // The batch, in arrival order. Weights stay doubles until appended, as the plain arrays keep them.
  let terms = new Int32Array(1024);
  let docs = new Int32Array(1024);
  let weights = new Float64Array(1024);
  let pending = 0;

  const growTerms = (id: number): void => {
    const length = Math.max(id + 1, lengths.length * 2);
    lengths = grown(lengths, new Int32Array(length));
    lastDoc = grown(lastDoc, new Int32Array(length), -1);
    lastEntry = grown(lastEntry, new Int32Array(length));
    repeats = grown(repeats, new Int32Array(length));
  };
  const growBatch = (): void => {
    terms = grown(terms, new Int32Array(pending * 2));
    docs = grown(docs, new Int32Array(pending * 2));
    weights = grown(weights, new Float64Array(pending * 2));
  };

  return {
    /** One occurrence of term `id` in document `doc`, in a field of boost `weight`. */
    push(id: number, doc: number, weight: number): void {
      if (id >= lengths.length) growTerms(id);
      // Repeats of a term in a document add less and less, like BM25's term-frequency saturation.
      if (lastDoc[id] === doc) {
        const at = lastEntry[id] as number;
        const sum = (weights[at] as number) + weight / (1 + ++(repeats[id] as number));
        // A term's weights past its SMALLth document are rounded to 32-bit floats after every repeat: fewer distinct weights.
        weights[at] = (lengths[id] as number) > SMALL ? Math.fround(sum) : sum;
        return;
      }
      if (pending === terms.length) growBatch();
      terms[pending] = id;
      docs[pending] = doc;
      weights[pending] = (lengths[id] as number) >= SMALL ? Math.fround(weight) : weight;
      (lengths[id] as number)++;
      lastDoc[id] = doc;
      lastEntry[id] = pending++;
      repeats[id] = 0;
    },

    /** Whether the batch should be appended now (asked between documents: a document's entries stay together). */
    get full(): boolean {
      return pending >= FLUSH_AT;
    },

    /** Appends the batch to the lists, term by term. */
    flush(): void {
      // A counting sort of the batch by term: stable, so each term's documents stay ascending.
      const starts = new Int32Array(postings.length + 1);
      for (let i = 0; i < pending; i++) (starts[(terms[i] as number) + 1] as number)++;
      for (let t = 0; t < postings.length; t++) starts[t + 1] = (starts[t + 1] as number) + (starts[t] as number);
      const next = starts.slice(0, -1);
      const order = new Int32Array(pending);
      for (let i = 0; i < pending; i++) order[(next[terms[i] as number] as number)++] = i;
      for (let t = 0; t < postings.length; t++) {
        if (starts[t + 1] !== starts[t]) append(postings[t] as Postings, order, starts[t] as number, starts[t + 1] as number, { docs, weights }, table);
      }
      pending = 0;
    },
  };
}
