/**
 * Finds which of many literal phrases occur in a text in one pass
 * (Aho–Corasick automaton, compiled to transition tables). With a few
 * hundred phrases, testing them one by one with `includes` would cost a scan
 * per phrase per line; the automaton costs one table look-up per character.
 *
 * The automaton reads UTF-8 bytes: the text is encoded into a reused buffer
 * in one native call, and a loop over a byte array is much cheaper than one
 * over a string's characters. Matching bytes is exact, since a phrase occurs
 * in UTF-8 text exactly where its own UTF-8 bytes do (a lone surrogate in the
 * text is encoded as U+FFFD, which no phrase holds).
 *
 * The rows' columns are the bytes the phrases use, not all 256: a byte no
 * phrase contains always leads back to the start, so all such bytes share one
 * column.
 */

/** Class 0: the byte occurs in no phrase, so the automaton restarts. */
const ABSENT = 0;
const ENCODER = new TextEncoder();

/** State numbers, encoded as in `PhraseIndex`: 16-bit when every state fits. */
type StateArray = Int16Array | Int32Array;

/** Trie states up to this depth get a full row of transitions: the text visits them all the time. */
const DENSE_DEPTH = 2;

export class PhraseIndex {
  /** Byte → column; 0 for bytes no phrase uses (its transitions lead back to the start). */
  private readonly classOf: Uint8Array;
  private readonly width: number;
  /**
   * States are numbered dense first: states 0 … denseCount-1 have a full row
   * in `dense`; the others, deep inside one phrase, only know their single
   * next byte (`chainClass`, `chainNext`) and where to go back to otherwise
   * (`chainFail`, always a shallower state). A full table for every state
   * would be a megabyte that the rest of the work keeps pushing out of the
   * processor's cache; these take about 25 KB for the rows (16-bit entries)
   * and 6 bytes per deep state.
   *
   * Transition values are `state`, or `-state - 1` where phrases end.
   */
  private readonly denseCount: number;
  private readonly dense: StateArray;
  private readonly chainClass: Int16Array;
  private readonly chainNext: StateArray;
  private readonly chainFail: StateArray;
  /** Per state, the phrases that end there (including via failure links). */
  private readonly endingPhrases: ReadonlyArray<readonly number[]>;
  /** Marks phrases already reported in the current search (stamp = search number), instead of a Set per call. */
  private readonly seen: Uint32Array;
  private stamp = 0;
  /** The text being searched, as UTF-8 (grown when a longer text comes). */
  private bytes = new Uint8Array(1024);

  constructor(phrases: readonly string[]) {
    const encoded = phrases.map((phrase) => ENCODER.encode(phrase));
    this.classOf = new Uint8Array(256);
    let columns = 1;
    for (const bytes of encoded) {
      for (const byte of bytes) if (this.classOf[byte] === ABSENT) this.classOf[byte] = columns++;
    }
    this.width = columns;
    const column = (byte: number): number => this.classOf[byte]!;

    // The trie: goto rows (-1 = no edge), depth and number of children per state.
    const goto: Int32Array[] = [new Int32Array(columns).fill(-1)];
    const depth: number[] = [0];
    const children: number[] = [0];
    const out: number[][] = [[]];
    encoded.forEach((bytes, index) => {
      let state = 0;
      for (const byte of bytes) {
        const c = column(byte);
        let next = goto[state]![c]!;
        if (next === -1) {
          next = goto.length;
          goto.push(new Int32Array(columns).fill(-1));
          depth.push(depth[state]! + 1);
          children.push(0);
          children[state]! += 1;
          out.push([]);
          goto[state]![c] = next;
        }
        state = next;
      }
      out[state]!.push(index);
    });
    const count = goto.length;
    // A chain state's one trie edge, kept before the rows are completed below.
    const edgeClass = new Int16Array(count).fill(-1);
    const edgeNext = new Int32Array(count);
    for (let state = 0; state < count; state += 1) {
      if (children[state] !== 1) continue;
      const row = goto[state]!;
      const c = row.findIndex((next) => next !== -1);
      edgeClass[state] = c;
      edgeNext[state] = row[c]!;
    }

    // Breadth-first: fill failure links and complete the rows (the full automaton).
    const fail = new Int32Array(count);
    const queue: number[] = [];
    for (let c = 0; c < columns; c += 1) {
      const next = goto[0]![c]!;
      if (next === -1) goto[0]![c] = 0;
      else {
        fail[next] = 0;
        queue.push(next);
      }
    }
    for (let head = 0; head < queue.length; head += 1) {
      const state = queue[head]!;
      out[state]!.push(...out[fail[state]!]!);
      for (let c = 0; c < columns; c += 1) {
        const next = goto[state]![c]!;
        if (next === -1) goto[state]![c] = goto[fail[state]!]![c]!;
        else {
          fail[next] = goto[fail[state]!]![c]!;
          queue.push(next);
        }
      }
    }

    // Number the dense states first.
    const isDense = (state: number): boolean => depth[state]! <= DENSE_DEPTH || children[state]! > 1;
    const order = [0, ...queue];
    const denseStates = order.filter(isDense);
    const chainStates = order.filter((state) => !isDense(state));
    const id = new Int32Array(count);
    [...denseStates, ...chainStates].forEach((state, n) => (id[state] = n));
    const encode = (state: number): number => (out[state]!.length > 0 ? -id[state]! - 1 : id[state]!);

    // 16-bit entries when the states fit: half the bytes, so the hot rows stay in the fastest cache.
    const states = (values: ArrayLike<number>): StateArray => (count < 0x7fff ? Int16Array.from(values) : Int32Array.from(values));
    this.denseCount = denseStates.length;
    this.dense = states(new Int32Array(denseStates.length * columns));
    denseStates.forEach((state, n) => {
      for (let c = 0; c < columns; c += 1) this.dense[n * columns + c] = encode(goto[state]![c]!);
    });
    this.chainClass = Int16Array.from(chainStates, (state) => edgeClass[state]!);
    this.chainNext = states(chainStates.map((state) => (edgeClass[state]! < 0 ? 0 : encode(edgeNext[state]!))));
    this.chainFail = states(chainStates.map((state) => id[fail[state]!]!));
    const byId: number[][] = new Array<number[]>(count);
    for (let state = 0; state < count; state += 1) byId[id[state]!] = out[state]!;
    this.endingPhrases = byId;
    this.seen = new Uint32Array(phrases.length);
  }

  /** Indexes of the phrases that occur in `text` (each once, in no particular order). */
  search(text: string): number[] {
    this.stamp = this.stamp === 0xffffffff ? 1 : this.stamp + 1;
    if (this.stamp === 1) this.seen.fill(0);
    // A UTF-16 unit takes at most 3 bytes.
    if (this.bytes.length < text.length * 3) this.bytes = new Uint8Array(text.length * 3);
    const { bytes, classOf, dense, denseCount, width, chainClass, chainNext, chainFail } = this;
    const length = ENCODER.encodeInto(text, bytes).written;
    const result: number[] = [];
    let state = 0;
    for (let i = 0; i < length; i += 1) {
      const c = classOf[bytes[i]!]!;
      let next: number;
      for (;;) {
        if (state < denseCount) {
          next = dense[state * width + c]!;
          break;
        }
        const k = state - denseCount;
        if (chainClass[k] === c) {
          next = chainNext[k]!;
          break;
        }
        // Not the phrase's next byte: continue from the longest suffix that is a phrase start.
        state = chainFail[k]!;
      }
      if (next < 0) {
        state = -next - 1;
        this.report(state, result);
      } else {
        state = next;
      }
    }
    return result;
  }

  /** Adds the phrases ending in `state` that this search has not reported yet. */
  private report(state: number, result: number[]): void {
    const hits = this.endingPhrases[state]!;
    for (let h = 0; h < hits.length; h += 1) {
      const index = hits[h]!;
      if (this.seen[index] !== this.stamp) {
        this.seen[index] = this.stamp;
        result.push(index);
      }
    }
  }
}
