/**
 * The phrase automaton's tables as bytes, so that a process can read them
 * instead of building them: the knowledge base's automaton has tens of
 * thousands of states, and building it was most of what every short-lived
 * process (a cPanel page view, one `mail-doctor explain`) spent before its
 * first answer.
 *
 * The bytes carry a key: a digest of the phrases, in order, and of the code
 * that builds the tables from them. Tables read back are used only when the
 * key matches the phrases at hand and the builder that would have built
 * them, and when a digest of the rest still matches it; anything else
 * (another knowledge base, a changed builder, a cut or damaged file) reads
 * as "no tables", and the caller builds them as before.
 *
 * Layout (little-endian, every array at a multiple of 4 bytes): magic
 * "MDPT", format, key (8 bytes), digest of everything after it (8 bytes),
 * the number of phrases, then each of the two automata (ASCII phrases, then
 * the others): ten counts, then its phrase numbers, classOf, dense,
 * chainClass, chainNext, chainFail, endingStart, endingList.
 */
import { buildAutomaton, buildPhraseTables, KEY_LENGTH, type AutomatonTables, type PhrasePart, type PhraseTables, type StateArray } from './phrase-index';

const MAGIC = 0x5450444d; // "MDPT" read as a little-endian u32
const FORMAT = 3;
const KEY_BYTES = 8;
const COUNTS = 10;
const CHECKED_FROM = 8 + 2 * KEY_BYTES;
const HEADER = CHECKED_FROM + 4;

/**
 * What the tables depend on: the phrases in order, and how they are built.
 * The builder's own source text stands for the latter, so tables written
 * before a change to the builder are never read by the changed one.
 */
export function phraseTablesKey(phrases: readonly string[]): Uint8Array {
  const builder = `${buildPhraseTables.toString()}\0${buildAutomaton.toString()}`;
  return digest(new TextEncoder().encode(`${FORMAT}\0${KEY_LENGTH}\0${builder}\0${phrases.length}\0${phrases.join('\0')}`));
}

/**
 * 64 bits from two multiply-and-mix hashes over 32-bit words (a megabyte of
 * tables is read at every start, so four bytes at a time): enough to tell
 * other phrases or a damaged file apart. Not a defence against someone who
 * can write the install folder: they could change the code as well.
 */
function digest(bytes: Uint8Array): Uint8Array {
  const whole = bytes.length >>> 2;
  const words = bytes.byteOffset % 4 === 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset, whole) : new Uint32Array(bytes.slice(0, whole * 4).buffer);
  let a = 0x811c9dc5 ^ bytes.length;
  let b = 0x9747b28c;
  for (let i = 0; i < whole; i += 1) {
    const word = words[i]!;
    a = Math.imul(a ^ word, 0x01000193);
    a ^= a >>> 13;
    b = Math.imul(b ^ word, 0x5bd1e995);
    b ^= b >>> 15;
  }
  for (let i = whole * 4; i < bytes.length; i += 1) {
    a = Math.imul(a ^ bytes[i]!, 0x01000193);
    b = Math.imul(b ^ bytes[i]!, 0x5bd1e995);
  }
  const out = new Uint8Array(KEY_BYTES);
  const view = new DataView(out.buffer);
  view.setUint32(0, a >>> 0, true);
  view.setUint32(4, b >>> 0, true);
  return out;
}

const align4 = (n: number): number => (n + 3) & ~3;

/** One automaton's counts and arrays, in the order the file holds them. */
function partBlock(part: PhrasePart): { counts: number[]; arrays: ArrayBufferView[] } {
  const t = part.tables;
  return {
    counts: [
      t.phraseCount,
      t.width,
      t.denseCount,
      t.denseOutStart,
      t.chainOutStart,
      t.dense instanceof Int32Array ? 1 : 0,
      t.dense.length,
      t.chainClass.length,
      t.endingStart.length,
      t.endingList.length,
    ],
    arrays: [part.phrases, t.classOf, t.dense, t.chainClass, t.chainNext, t.chainFail, t.endingStart, t.endingList],
  };
}

export function encodePhraseTables(tables: PhraseTables, key: Uint8Array): Uint8Array {
  const blocks = [partBlock(tables.ascii), partBlock(tables.other)];
  let size = HEADER;
  for (const block of blocks) {
    size += COUNTS * 4;
    for (const a of block.arrays) size += align4(a.byteLength);
  }
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, FORMAT, true);
  bytes.set(key.subarray(0, KEY_BYTES), 8);
  view.setUint32(CHECKED_FROM, tables.phraseCount, true);
  let at = HEADER;
  for (const block of blocks) {
    block.counts.forEach((n, i) => view.setUint32(at + 4 * i, n, true));
    at += COUNTS * 4;
    for (const a of block.arrays) {
      bytes.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
      at += align4(a.byteLength);
    }
  }
  bytes.set(digest(bytes.subarray(CHECKED_FROM)), 8 + KEY_BYTES);
  return bytes;
}

/** Reads typed arrays one after the other from an aligned copy of the file; `fits` turns false at the first that does not. */
class Cursor {
  fits = true;
  constructor(
    readonly bytes: Uint8Array,
    public at: number,
  ) {}

  take<T>(length: number, unit: number, make: (offset: number) => T): T | undefined {
    const byteLength = length * unit;
    if (!this.fits || this.at + byteLength > this.bytes.byteLength) {
      this.fits = false;
      return undefined;
    }
    const made = make(this.at);
    this.at += align4(byteLength);
    return made;
  }

  u32(): number | undefined {
    return this.take(1, 4, (o) => new DataView(this.bytes.buffer).getUint32(o, true));
  }
}

function readPart(cursor: Cursor): PhrasePart | undefined {
  const counts: number[] = [];
  for (let i = 0; i < COUNTS; i += 1) counts.push(cursor.u32() ?? -1);
  if (!cursor.fits) return undefined;
  const [phraseCount, width, denseCount, denseOutStart, chainOutStart, wide, denseLength, chainCount, startLength, listLength] = counts as [
    number, number, number, number, number, number, number, number, number, number,
  ];
  const { buffer } = cursor.bytes;
  const states = (length: number): StateArray | undefined =>
    wide === 1 ? cursor.take(length, 4, (o) => new Int32Array(buffer, o, length)) : cursor.take(length, 2, (o) => new Uint16Array(buffer, o, length));
  const phrases = cursor.take(phraseCount, 4, (o) => new Uint32Array(buffer, o, phraseCount));
  const classOf = cursor.take(256, 1, (o) => new Uint8Array(buffer, o, 256));
  const dense = states(denseLength);
  const chainClass = cursor.take(chainCount, 2, (o) => new Int16Array(buffer, o, chainCount));
  const chainNext = states(chainCount);
  const chainFail = states(chainCount);
  const endingStart = cursor.take(startLength, 4, (o) => new Uint32Array(buffer, o, startLength));
  const endingList = cursor.take(listLength, 4, (o) => new Uint32Array(buffer, o, listLength));
  if (
    phrases === undefined ||
    classOf === undefined ||
    dense === undefined ||
    chainClass === undefined ||
    chainNext === undefined ||
    chainFail === undefined ||
    endingStart === undefined ||
    endingList === undefined
  ) {
    return undefined;
  }
  const tables: AutomatonTables = { phraseCount, classOf, width, denseCount, denseOutStart, chainOutStart, dense, chainClass, chainNext, chainFail, endingStart, endingList };
  return { phrases, tables };
}

/** The tables in `file`, when they were written for exactly these phrases by this builder; else undefined. */
export function decodePhraseTables(file: Uint8Array, phrases: readonly string[]): PhraseTables | undefined {
  if (file.byteLength < HEADER) return undefined;
  // One aligned copy: the typed arrays below are views of it, and a file read into a pooled buffer need not be aligned.
  const bytes = new Uint8Array(file);
  const view = new DataView(bytes.buffer);
  if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== FORMAT) return undefined;
  const key = phraseTablesKey(phrases);
  for (let i = 0; i < KEY_BYTES; i += 1) if (bytes[8 + i] !== key[i]) return undefined;
  const check = digest(bytes.subarray(CHECKED_FROM));
  for (let i = 0; i < KEY_BYTES; i += 1) if (bytes[8 + KEY_BYTES + i] !== check[i]) return undefined;
  const phraseCount = view.getUint32(CHECKED_FROM, true);
  if (phraseCount !== phrases.length) return undefined;
  const cursor = new Cursor(bytes, HEADER);
  const ascii = readPart(cursor);
  const other = ascii === undefined ? undefined : readPart(cursor);
  if (ascii === undefined || other === undefined || cursor.at !== bytes.byteLength) return undefined;
  if (ascii.phrases.length + other.phrases.length !== phraseCount) return undefined;
  return { phraseCount, ascii, other };
}
