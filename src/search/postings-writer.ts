/**
 * How term occurrences become postings entries. Entries gather in a batch in the order documents send them and are
 * then appended term by term: an index build appends millions of entries, and filling one list at a time, rather than
 * a different list at every occurrence, keeps the lists being written in the processor's cache.
 */

/** A term's documents (ascending) and weights. Rare terms (most of them) keep plain arrays; past SMALL, typed arrays. */
export interface Postings {
  docs: Int32Array | number[];
  weights: Float32Array | number[];
  size: number;
}

const SMALL = 32;

/** A batch is appended once it holds this many entries: a megabyte or two of buffers. */
const FLUSH_AT = 1 << 16;

/** `bigger` holding `array`'s values first, and `fill` after them if given. */
function grown<T extends Int32Array | Float64Array>(array: T, bigger: T, fill?: number): T {
  bigger.set(array);
  if (fill !== undefined) bigger.fill(fill, array.length);
  return bigger;
}

/** Appends a term's entries to its list: `order[from…to)` are their positions in the batch's `docs` and `weights`. */
function append(list: Postings, order: Int32Array, from: number, to: number, batch: { docs: Int32Array; weights: Float64Array }): void {
  const { docs, weights } = batch;
  const size = list.size + to - from;
  if (size <= SMALL) {
    for (let j = from; j < to; j++) {
      (list.docs as number[]).push(docs[order[j] as number] as number);
      (list.weights as number[]).push(weights[order[j] as number] as number);
    }
    list.size = size;
    return;
  }
  // The capacities one entry at a time would reach: 32, then half as much again each time it fills.
  let capacity = Array.isArray(list.docs) ? SMALL : list.docs.length;
  while (capacity < size) capacity = Math.ceil(capacity * 1.5);
  if (Array.isArray(list.docs) || capacity !== list.docs.length) {
    const [newDocs, newWeights] = [new Int32Array(capacity), new Float32Array(capacity)];
    newDocs.set(list.docs);
    newWeights.set(list.weights);
    [list.docs, list.weights] = [newDocs, newWeights];
  }
  const [listDocs, listWeights] = [list.docs as Int32Array, list.weights as Float32Array];
  for (let j = from, at = list.size; j < to; j++, at++) {
    listDocs[at] = docs[order[j] as number] as number;
    listWeights[at] = weights[order[j] as number] as number;
  }
  list.size = size;
}

/** Writes entries into `postings` (indexed by term id); documents must arrive in ascending order. */
export function createPostingsWriter(postings: readonly Postings[]) {
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
        // An entry past SMALL lives in a Float32Array, which rounds after every repeat: round at the same points.
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
        if (starts[t + 1] !== starts[t]) append(postings[t] as Postings, order, starts[t] as number, starts[t + 1] as number, { docs, weights });
      }
      pending = 0;
    },
  };
}
