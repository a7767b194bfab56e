/**
 * Finds which of many literal phrases occur in a text in one pass
 * (Aho–Corasick automaton, compiled to a dense transition table). With a few
 * hundred phrases, testing them one by one with `includes` would cost a scan
 * per phrase per line; the automaton costs one table look-up per character.
 *
 * The table's columns are the characters the phrases use, not all 128 ASCII
 * codes: a character no phrase contains always leads back to the start, so it
 * needs no column, and the smaller table stays in the processor's cache.
 */

/** Characters outside ASCII share one class; hits on phrases that contain them are re-checked with `includes`. */
const NON_ASCII = 128;
/** Class 0: the character occurs in no phrase, so the automaton restarts. */
const ABSENT = 0;

export class PhraseIndex {
  private readonly table: Uint16Array | Int32Array;
  private readonly width: number;
  /** Character code (0–127, or NON_ASCII) → column; 0 for characters no phrase uses. */
  private readonly classOf: Uint8Array;
  /** For each state, the phrases that end there (including via failure links). */
  private readonly outputs: ReadonlyArray<readonly number[]>;
  /** 1 where `outputs` is not empty: one byte read per character instead of an array per state. */
  private readonly emits: Uint8Array;
  private readonly needsCheck: readonly boolean[];
  /** Marks phrases already reported in the current search (stamp = search number), instead of a Set per call. */
  private readonly seen: Uint32Array;
  private stamp = 0;

  constructor(private readonly phrases: readonly string[]) {
    this.classOf = new Uint8Array(NON_ASCII + 1);
    let columns = 1;
    for (const phrase of phrases) {
      for (let i = 0; i < phrase.length; i += 1) {
        const code = Math.min(phrase.charCodeAt(i), NON_ASCII);
        if (this.classOf[code] === ABSENT) this.classOf[code] = columns++;
      }
    }
    this.width = columns;
    const column = (charCode: number): number => this.classOf[Math.min(charCode, NON_ASCII)]!;

    const goto: Int32Array[] = [new Int32Array(columns).fill(-1)];
    const out: number[][] = [[]];
    phrases.forEach((phrase, index) => {
      let state = 0;
      for (let i = 0; i < phrase.length; i += 1) {
        const c = column(phrase.charCodeAt(i));
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

    this.table = goto.length <= 0xffff ? new Uint16Array(goto.length * columns) : new Int32Array(goto.length * columns);
    goto.forEach((row, state) => this.table.set(row, state * columns));
    this.outputs = out;
    this.emits = Uint8Array.from(out, (o) => (o.length > 0 ? 1 : 0));
    // eslint-disable-next-line no-control-regex
    this.needsCheck = phrases.map((p) => /[^\u0000-\u007f]/.test(p));
    this.seen = new Uint32Array(phrases.length);
  }

  /** Indexes of the phrases that occur in `text` (each once, in no particular order). */
  search(text: string): number[] {
    this.stamp = this.stamp === 0xffffffff ? 1 : this.stamp + 1;
    if (this.stamp === 1) this.seen.fill(0);
    const stamp = this.stamp;
    const { table, outputs, emits, seen, classOf, width } = this;
    const result: number[] = [];
    let state = 0;
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      const c = classOf[code < NON_ASCII ? code : NON_ASCII]!;
      if (c === ABSENT) {
        state = 0;
        continue;
      }
      state = table[state * width + c]!;
      if (emits[state] === 1) {
        const hits = outputs[state]!;
        for (let h = 0; h < hits.length; h += 1) {
          const index = hits[h]!;
          if (seen[index] !== stamp) {
            seen[index] = stamp;
            if (!this.needsCheck[index] || text.includes(this.phrases[index]!)) result.push(index);
          }
        }
      }
    }
    return result;
  }
}
