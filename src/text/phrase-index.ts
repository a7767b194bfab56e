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
 *
 * The phrases are split over two automata (`PhraseTables`): those written in
 * ASCII alone, and the others, which are only looked for in a text that has
 * a character outside ASCII.
 */

/**
 * Characters of a phrase the automaton reads. A longer phrase is found by its
 * first KEY_LENGTH characters and confirmed whole with `includes` when they
 * occur: the tails of the 245 longest phrases (providers' whole sentences)
 * took some 2,700 states, and cutting them keeps the state numbers 16-bit with
 * room to grow. The matches are the same; only where the work is done
 * changes. A shorter key saves more states but confirms more often: at 40
 * characters classification was about 5% slower, at 48 no slower.
 */
export const KEY_LENGTH = 48;

/** The part of `phrase` the automaton reads (never ending inside a surrogate pair). */
function keyOf(phrase: string): string {
  if (phrase.length <= KEY_LENGTH) return phrase;
  const cut = phrase.charCodeAt(KEY_LENGTH - 1) >= 0xd800 && phrase.charCodeAt(KEY_LENGTH - 1) <= 0xdbff ? KEY_LENGTH - 1 : KEY_LENGTH;
  return phrase.slice(0, cut);
}

/** Class 0: the byte occurs in no phrase, so the automaton restarts. */
const ABSENT = 0;
const ENCODER = new TextEncoder();

/** State numbers: 16-bit when every state fits. */
export type StateArray = Uint16Array | Int32Array;

/** Trie states up to this depth get a full row of transitions: the text visits them all the time. */
const DENSE_DEPTH = 2;

const NONE: readonly number[] = [];

/** Each phrase's UTF-8 bytes, as views of one buffer (one allocation instead of one per phrase). */
function encodeAll(phrases: readonly string[]): Uint8Array[] {
  let capacity = 0;
  for (let p = 0; p < phrases.length; p += 1) capacity += phrases[p]!.length * 3;
  const buffer = new Uint8Array(capacity);
  const views: Uint8Array[] = [];
  let at = 0;
  for (let p = 0; p < phrases.length; p += 1) {
    const { written } = ENCODER.encodeInto(phrases[p]!, buffer.subarray(at));
    views.push(buffer.subarray(at, at + written));
    at += written;
  }
  return views;
}

/** The phrases' trie in flat arrays: states are numbered as they are created, 0 is the start. */
interface Trie {
  readonly count: number;
  readonly depth: Int32Array;
  readonly children: Int32Array;
  /** The column of the edge into each state. */
  readonly incoming: Int32Array;
  readonly firstChild: Int32Array;
  readonly nextSibling: Int32Array;
  /** For a state with exactly one child: that edge's column and target; else -1. */
  readonly edgeClass: Int16Array;
  readonly edgeTarget: Int32Array;
  /** The phrases that end exactly at a state. */
  readonly ending: Map<number, number[]>;
}

/**
 * Plain loops over typed arrays sized for the worst case (one state per
 * phrase byte): this runs once, at start-up, where a callback per phrase and
 * growing arrays kept it in the interpreter for tens of milliseconds.
 */
function buildTrie(encoded: readonly Uint8Array[], classOf: Uint8Array): Trie {
  let capacity = 1;
  for (let p = 0; p < encoded.length; p += 1) capacity += encoded[p]!.length;
  const depth = new Int32Array(capacity);
  const children = new Int32Array(capacity);
  const incoming = new Int32Array(capacity);
  const firstChild = new Int32Array(capacity).fill(-1);
  const nextSibling = new Int32Array(capacity).fill(-1);
  const ending = new Map<number, number[]>();
  let count = 1;
  for (let index = 0; index < encoded.length; index += 1) {
    const bytes = encoded[index]!;
    let state = 0;
    for (let i = 0; i < bytes.length; i += 1) {
      const c = classOf[bytes[i]!]!;
      // Most states have one child; the few with many are near the start, where phrases share beginnings.
      let next = firstChild[state]!;
      while (next !== -1 && incoming[next] !== c) next = nextSibling[next]!;
      if (next === -1) {
        next = count;
        count += 1;
        depth[next] = depth[state]! + 1;
        incoming[next] = c;
        nextSibling[next] = firstChild[state]!;
        firstChild[state] = next;
        children[state] = children[state]! + 1;
      }
      state = next;
    }
    const list = ending.get(state);
    if (list === undefined) ending.set(state, [index]);
    else list.push(index);
  }
  const edgeClass = new Int16Array(count).fill(-1);
  const edgeTarget = new Int32Array(count);
  for (let state = 0; state < count; state += 1) {
    if (children[state] !== 1) continue;
    edgeClass[state] = incoming[firstChild[state]!]!;
    edgeTarget[state] = firstChild[state]!;
  }
  return { count, depth, children, incoming, firstChild, nextSibling, edgeClass, edgeTarget, ending };
}

/**
 * The automaton's tables: all a search reads. Built from the phrases at
 * start-up, or read back from the file the build wrote for the knowledge
 * base (phrase-tables-file.ts), which saves building them in every process.
 *
 * States are numbered dense first: states 0 … denseCount-1 have a full row
 * in `dense`; the others, deep inside one phrase, only know their single
 * next byte (`chainClass`, `chainNext`) and where to go back to otherwise
 * (`chainFail`, always a shallower state). A full table for every state
 * would be megabytes that the rest of the work keeps pushing out of the
 * processor's cache; the rows take a few hundred kilobytes, 6 bytes per
 * deep state.
 *
 * Within each kind, the states where phrases end come last
 * (`denseOutStart` … denseCount-1, and from `chainOutStart`): a range check
 * tells them, so the tables hold plain state numbers and stay 16-bit for up
 * to 65,536 states.
 */
export interface AutomatonTables {
  readonly phraseCount: number;
  /** Byte → column; 0 for bytes no phrase uses (its transitions lead back to the start). */
  readonly classOf: Uint8Array;
  readonly width: number;
  readonly denseCount: number;
  readonly denseOutStart: number;
  readonly chainOutStart: number;
  readonly dense: StateArray;
  readonly chainClass: Int16Array;
  readonly chainNext: StateArray;
  readonly chainFail: StateArray;
  /** The phrases that end at state s (including via failure links): endingList[endingStart[s] … endingStart[s + 1]). */
  readonly endingStart: Uint32Array;
  readonly endingList: Uint32Array;
}

export function buildAutomaton(phrases: readonly string[]): AutomatonTables {
  const encoded = encodeAll(phrases.map(keyOf));
  const classOf = new Uint8Array(256);
  let columns = 1;
  for (let p = 0; p < encoded.length; p += 1) {
    const bytes = encoded[p]!;
    for (let i = 0; i < bytes.length; i += 1) if (classOf[bytes[i]!] === ABSENT) classOf[bytes[i]!] = columns++;
  }
  const trie = buildTrie(encoded, classOf);
  const { count } = trie;

  // Breadth-first over the trie (so a state's failure link, always shallower, is complete
  // before it is used): failure links, the full rows of dense states and each state's
  // ending phrases. Only the dense states get rows: building a row for every state cost a
  // typed array per state and most of the start-up time.
  const fail = new Int32Array(count);
  const rowOf = new Int32Array(count).fill(-1);
  let denseCount = 0;
  // Dense: near the start, or where phrases part ways.
  const hasRow = new Uint8Array(count);
  const { depth, children } = trie;
  for (let state = 0; state < count; state += 1) {
    if (depth[state]! <= DENSE_DEPTH || children[state]! > 1) {
      hasRow[state] = 1;
      denseCount += 1;
    }
  }
  const rows = new Int32Array(denseCount * columns);
  const out: (readonly number[])[] = new Array<readonly number[]>(count);
  const order = new Int32Array(count);
  let tail = 1;
  let nextDense = 0;
  /** Where the full automaton goes from `state` on column `c` (trie states, before numbering). */
  const delta = (state: number, c: number): number => {
    for (;;) {
      const row = rowOf[state]!;
      if (row >= 0) return rows[row * columns + c]!;
      if (trie.edgeClass[state] === c) return trie.edgeTarget[state]!;
      state = fail[state]!;
    }
  };
  for (let head = 0; head < tail; head += 1) {
    const state = order[head]!;
    const parentFail = fail[state]!;
    const own = trie.ending.get(state);
    const inherited = state === 0 ? NONE : out[parentFail]!;
    out[state] = own === undefined ? inherited : inherited.length === 0 ? own : [...own, ...inherited];
    if (hasRow[state] === 1) {
      rowOf[state] = nextDense;
      const base = nextDense * columns;
      // The failure state's row, where it has one (a native copy), else worked out column by column;
      // the state's own edges replace their columns below.
      const failRow = rowOf[parentFail]!;
      if (state === 0) rows.fill(0, base, base + columns);
      else if (failRow >= 0) rows.copyWithin(base, failRow * columns, failRow * columns + columns);
      else for (let c = 0; c < columns; c += 1) rows[base + c] = delta(parentFail, c);
      nextDense += 1;
    }
    for (let child = trie.firstChild[state]!; child !== -1; child = trie.nextSibling[child]!) {
      const c = trie.incoming[child]!;
      if (rowOf[state]! >= 0) rows[rowOf[state]! * columns + c] = child;
      fail[child] = state === 0 ? 0 : delta(parentFail, c);
      order[tail++] = child;
    }
  }
  // Numbering, in breadth-first order within each group: dense states without and with phrases ending
  // there, then the deep ones the same way.
  const id = new Int32Array(count);
  const groupOf = (state: number): number => (hasRow[state] === 1 ? 0 : 2) + (out[state]!.length > 0 ? 1 : 0);
  const sizes = [0, 0, 0, 0];
  for (let state = 0; state < count; state += 1) sizes[groupOf(state)]! += 1;
  const next = [0, sizes[0]!, sizes[0]! + sizes[1]!, sizes[0]! + sizes[1]! + sizes[2]!];
  for (let i = 0; i < count; i += 1) {
    const state = order[i]!;
    id[state] = next[groupOf(state)]!++;
  }

  // 16-bit entries when the states fit: half the bytes, so more of the hot rows stay in the fastest cache.
  const states = (length: number): StateArray => (count <= 0xffff ? new Uint16Array(length) : new Int32Array(length));
  const dense = states(denseCount * columns);
  const chainCount = count - denseCount;
  const chainClass = new Int16Array(chainCount);
  const chainNext = states(chainCount);
  const chainFail = states(chainCount);
  const byId: (readonly number[])[] = new Array<readonly number[]>(count);
  for (let state = 0; state < count; state += 1) {
    const own = id[state]!;
    byId[own] = out[state]!;
    const row = rowOf[state]!;
    if (row >= 0) {
      for (let c = 0; c < columns; c += 1) dense[own * columns + c] = id[rows[row * columns + c]!]!;
      continue;
    }
    const k = own - denseCount;
    const c = trie.edgeClass[state]!;
    chainClass[k] = c;
    chainNext[k] = c < 0 ? 0 : id[trie.edgeTarget[state]!]!;
    chainFail[k] = id[fail[state]!]!;
  }
  // Each state's ending phrases as one flat list with offsets: plain numbers a file can hold as they are.
  const endingStart = new Uint32Array(count + 1);
  for (let state = 0; state < count; state += 1) endingStart[state + 1] = endingStart[state]! + byId[state]!.length;
  const endingList = new Uint32Array(endingStart[count]!);
  for (let state = 0; state < count; state += 1) endingList.set(byId[state]!, endingStart[state]!);
  return {
    phraseCount: phrases.length,
    classOf,
    width: columns,
    denseCount,
    denseOutStart: sizes[0]!,
    chainOutStart: denseCount + sizes[2]!,
    dense,
    chainClass,
    chainNext,
    chainFail,
    endingStart,
    endingList,
  };
}

/** One automaton and the phrases it reads, by their numbers among all the index's phrases. */
export interface PhrasePart {
  readonly phrases: Uint32Array;
  readonly tables: AutomatonTables;
}

/**
 * The index's tables: two automata. Phrases written in ASCII alone are looked
 * for in every text; a phrase with any other character (a bounce's Dutch,
 * Greek or Chinese words) can only occur in a text that has such characters,
 * and its automaton runs only on those. Most texts a server logs are ASCII,
 * and splitting keeps each automaton's state numbers within 16 bits as the
 * knowledge base grows.
 */
export interface PhraseTables {
  readonly phraseCount: number;
  readonly ascii: PhrasePart;
  readonly other: PhrasePart;
}

const NON_ASCII = /[^\u0000-\u007f]/;

export function buildPhraseTables(phrases: readonly string[]): PhraseTables {
  const ascii: number[] = [];
  const other: number[] = [];
  for (let p = 0; p < phrases.length; p += 1) (NON_ASCII.test(phrases[p]!) ? other : ascii).push(p);
  const part = (numbers: readonly number[]): PhrasePart => ({ phrases: Uint32Array.from(numbers), tables: buildAutomaton(numbers.map((n) => phrases[n]!)) });
  return { phraseCount: phrases.length, ascii: part(ascii), other: part(other) };
}

/** A part's tables as the scan reads them, with the way back to the index's phrase numbers. */
interface Scanner extends AutomatonTables {
  readonly global: Uint32Array;
}

const scannerOf = (part: PhrasePart): Scanner => ({ ...part.tables, global: part.phrases });

export class PhraseIndex {
  private readonly ascii: Scanner;
  private readonly other: Scanner;
  /** For a phrase longer than its key: the whole phrase, confirmed in the text when the key occurs. */
  private readonly whole: ReadonlyArray<string | undefined>;
  private readonly phrases: readonly string[];
  /** The phrases also looked for before a search's `from` (see `search`). */
  private readonly anywhere: readonly number[];
  /** Marks phrases already reported in the current search (stamp = search number), instead of a Set per call. */
  private readonly seen: Uint32Array;
  private stamp = 0;
  /** The text being searched, as UTF-8 (grown when a longer text comes). */
  private bytes = new Uint8Array(1024);

  /**
   * `tables`, when given, must have been built from these very phrases (phrase-tables-file.ts checks that).
   * `anywhere`: the phrases that a search looks for in the whole text even when it starts further on (an Exim log
   * line's field phrases such as "t=address_pipe", whose fields the other phrases are not looked for in).
   */
  constructor(phrases: readonly string[], tables: PhraseTables = buildPhraseTables(phrases), anywhere: (phrase: string) => boolean = () => false) {
    if (tables.phraseCount !== phrases.length || tables.ascii.phrases.length + tables.other.phrases.length !== phrases.length) {
      throw new Error('phrase tables built from other phrases');
    }
    this.ascii = scannerOf(tables.ascii);
    this.other = scannerOf(tables.other);
    this.seen = new Uint32Array(phrases.length);
    this.whole = phrases.map((p) => (keyOf(p) === p ? undefined : p));
    this.phrases = phrases;
    this.anywhere = phrases.flatMap((p, n) => (anywhere(p) ? [n] : []));
  }

  /**
   * Indexes of the phrases that occur in `text` from character `from` on, and
   * of the `anywhere` phrases that occur before it (each once, in no
   * particular order).
   */
  search(text: string, from = 0): number[] {
    this.stamp = this.stamp === 0xffffffff ? 1 : this.stamp + 1;
    if (this.stamp === 1) this.seen.fill(0);
    const scanned = from === 0 ? text : text.slice(from);
    // A UTF-16 unit takes at most 3 bytes.
    if (this.bytes.length < scanned.length * 3) this.bytes = new Uint8Array(scanned.length * 3);
    const length = ENCODER.encodeInto(scanned, this.bytes).written;
    const result: number[] = [];
    this.scan(this.ascii, length, scanned, result);
    // As many bytes as UTF-16 units: every character was ASCII, and no other phrase can occur.
    if (length !== scanned.length && this.other.global.length > 0) this.scan(this.other, length, scanned, result);
    if (from > 0 && this.anywhere.length > 0) {
      for (const n of this.anywhere) {
        // An occurrence that ends by `from`, searched backwards from there: no copy of the text's head is needed.
        const phrase = this.phrases[n]!;
        if (this.seen[n] !== this.stamp && from >= phrase.length && text.lastIndexOf(phrase, from - phrase.length) >= 0) {
          this.seen[n] = this.stamp;
          result.push(n);
        }
      }
    }
    return result;
  }

  private scan(part: Scanner, length: number, text: string, result: number[]): void {
    const { bytes } = this;
    const { classOf, dense, denseCount, denseOutStart, chainOutStart, width, chainClass, chainNext, chainFail } = part;
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
      state = next;
      if (state >= chainOutStart || (state >= denseOutStart && state < denseCount)) this.report(part, state, text, result);
    }
  }

  /** Adds the phrases ending in `state` that this search has not reported yet (a long phrase only when it is whole in `text`). */
  private report(part: Scanner, state: number, text: string, result: number[]): void {
    const { endingList, endingStart, global } = part;
    const { whole } = this;
    for (let h = endingStart[state]!, end = endingStart[state + 1]!; h < end; h += 1) {
      const index = global[endingList[h]!]!;
      if (this.seen[index] !== this.stamp) {
        this.seen[index] = this.stamp;
        const phrase = whole[index];
        if (phrase === undefined || text.includes(phrase)) result.push(index);
      }
    }
  }
}
