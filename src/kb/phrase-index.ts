/**
 * Finds which of many literal phrases occur in a text in one pass
 * (Aho–Corasick automaton, compiled to a dense transition table). With a few
 * hundred phrases, testing them one by one with `includes` would cost a scan
 * per phrase per line; the automaton costs one table look-up per character.
 *
 * The automaton reads UTF-8 bytes: the text is encoded into a reused buffer
 * in one native call, and a loop over a byte array is much cheaper than one
 * over a string's characters. Matching bytes is exact, since a phrase occurs
 * in UTF-8 text exactly where its own UTF-8 bytes do (a lone surrogate in the
 * text is encoded as U+FFFD, which no phrase holds).
 *
 * The table's columns are the bytes the phrases use, not all 256: a byte no
 * phrase contains always leads back to the start, so it needs no column, and
 * the smaller table stays in the processor's cache.
 */

/** Class 0: the byte occurs in no phrase, so the automaton restarts. */
const ABSENT = 0;
const ENCODER = new TextEncoder();

export class PhraseIndex {
  /**
   * Transitions. An entry is the next state's row offset (state × width), so
   * the search adds instead of multiplying. A state where phrases end is
   * stored as `-k - 1`, k its number among such states, so one sign test per
   * character tells whether anything ends there.
   */
  private readonly table: Int32Array;
  /** Byte → column; 0 for bytes no phrase uses. */
  private readonly classOf: Uint8Array;
  /** Per state where phrases end (numbered k as above): its row offset, and the phrases ending there (including via failure links). */
  private readonly endingOffset: Int32Array;
  private readonly endingPhrases: ReadonlyArray<readonly number[]>;
  /** The text being searched, as UTF-8 (grown when a longer text comes). */
  private bytes = new Uint8Array(1024);
  /** Marks phrases already reported in the current search (stamp = search number), instead of a Set per call. */
  private readonly seen: Uint32Array;
  private stamp = 0;

  constructor(phrases: readonly string[]) {
    const encoded = phrases.map((phrase) => ENCODER.encode(phrase));
    this.classOf = new Uint8Array(256);
    let columns = 1;
    for (const bytes of encoded) {
      for (const byte of bytes) if (this.classOf[byte] === ABSENT) this.classOf[byte] = columns++;
    }
    const column = (byte: number): number => this.classOf[byte]!;

    const goto: Int32Array[] = [new Int32Array(columns).fill(-1)];
    const out: number[][] = [[]];
    encoded.forEach((bytes, index) => {
      let state = 0;
      for (const byte of bytes) {
        const c = column(byte);
        let next = goto[state]![c]!;
        if (next === -1) {
          next = goto.length;
          goto.push(new Int32Array(columns).fill(-1));
          out.push([]);
          goto[state]![c] = next;
        }
        state = next;
      }
      out[state]!.push(index);
    });

    // Breadth-first: fill failure links and turn the trie into a complete automaton.
    const fail = new Int32Array(goto.length);
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

    // Phrases end in few states (about one per phrase): number them for the compact look-up.
    const endingNumber = new Int32Array(goto.length).fill(-1);
    const endingStates = out.flatMap((phrasesHere, state) => (phrasesHere.length > 0 ? [state] : []));
    endingStates.forEach((state, k) => (endingNumber[state] = k));
    this.endingOffset = Int32Array.from(endingStates, (state) => state * columns);
    this.endingPhrases = endingStates.map((state) => out[state]!);
    this.table = new Int32Array(goto.length * columns);
    goto.forEach((row, state) => {
      for (let c = 0; c < columns; c += 1) {
        const next = row[c]!;
        this.table[state * columns + c] = endingNumber[next]! >= 0 ? -endingNumber[next]! - 1 : next * columns;
      }
    });
    this.seen = new Uint32Array(phrases.length);
  }

  /** Indexes of the phrases that occur in `text` (each once, in no particular order). */
  search(text: string): number[] {
    this.stamp = this.stamp === 0xffffffff ? 1 : this.stamp + 1;
    if (this.stamp === 1) this.seen.fill(0);
    // A UTF-16 unit takes at most 3 bytes.
    if (this.bytes.length < text.length * 3) this.bytes = new Uint8Array(text.length * 3);
    const { bytes, table, classOf } = this;
    const length = ENCODER.encodeInto(text, bytes).written;
    const result: number[] = [];
    let offset = 0;
    for (let i = 0; i < length; i += 1) {
      const c = classOf[bytes[i]!]!;
      if (c === ABSENT) {
        offset = 0;
        continue;
      }
      offset = table[offset + c]!;
      if (offset < 0) {
        const ending = -offset - 1;
        offset = this.endingOffset[ending]!;
        this.report(ending, result);
      }
    }
    return result;
  }

  /** Adds the phrases ending in ending state `ending` that this search has not reported yet. */
  private report(ending: number, result: number[]): void {
    const hits = this.endingPhrases[ending]!;
    for (let h = 0; h < hits.length; h += 1) {
      const index = hits[h]!;
      if (this.seen[index] !== this.stamp) {
        this.seen[index] = this.stamp;
        result.push(index);
      }
    }
  }
}
