/**
 * The size of a DKIM key from its published `p=` value, without a crypto
 * library: RFC 6376 §3.6.1 publishes an RSA key as base64 of a DER
 * SubjectPublicKeyInfo (RFC 5280 §4.1), or of a bare RSAPublicKey (RFC 8017
 * §A.1.1, which some generators publish); an Ed25519 key (RFC 8463) is the
 * 32 raw bytes. Pure: a small DER reader of lengths and integers.
 */

type KeySize =
  | { readonly kind: 'rsa'; readonly bits: number }
  | { readonly kind: 'ed25519'; readonly bits: 256 }
  | { readonly kind: 'unreadable'; readonly why: string };

interface Tlv {
  readonly tag: number;
  readonly start: number;
  readonly end: number;
}

/** One DER element at `at`: its tag and where its contents lie; undefined when it does not fit. */
function readTlv(bytes: Uint8Array, at: number, limit: number): Tlv | undefined {
  if (at + 2 > limit) return undefined;
  const tag = bytes[at]!;
  let length = bytes[at + 1]!;
  let start = at + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    // A DKIM key is a few hundred bytes; more than 4 length octets is not a key.
    if (count === 0 || count > 4 || start + count > limit) return undefined;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[start + i]!;
    start += count;
  }
  const end = start + length;
  return end > limit ? undefined : { tag, start, end };
}

/** Bits of an unsigned big-endian INTEGER's contents (leading zero octets, the DER sign pad, not counted). */
function integerBits(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  while (i < end && bytes[i] === 0) i++;
  if (i === end) return 0;
  return (end - i - 1) * 8 + (32 - Math.clz32(bytes[i]!));
}

const SEQUENCE = 0x30;
const INTEGER = 0x02;
const BIT_STRING = 0x03;

/** RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }. */
function rsaPublicKeyBits(bytes: Uint8Array, start: number, end: number): number | undefined {
  const seq = readTlv(bytes, start, end);
  if (seq === undefined || seq.tag !== SEQUENCE) return undefined;
  const modulus = readTlv(bytes, seq.start, seq.end);
  if (modulus === undefined || modulus.tag !== INTEGER) return undefined;
  return integerBits(bytes, modulus.start, modulus.end);
}

/** SubjectPublicKeyInfo ::= SEQUENCE { algorithm SEQUENCE, subjectPublicKey BIT STRING }. */
function spkiBits(bytes: Uint8Array): number | undefined {
  const outer = readTlv(bytes, 0, bytes.length);
  if (outer === undefined || outer.tag !== SEQUENCE) return undefined;
  const algorithm = readTlv(bytes, outer.start, outer.end);
  if (algorithm === undefined || algorithm.tag !== SEQUENCE) return undefined;
  const key = readTlv(bytes, algorithm.end, outer.end);
  if (key === undefined || key.tag !== BIT_STRING || key.end - key.start < 2) return undefined;
  // The BIT STRING's first octet counts unused bits; the RSAPublicKey follows.
  return rsaPublicKeyBits(bytes, key.start + 1, key.end);
}

function decodeBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/\s+/g, '');
  if (clean === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(clean) || clean.length > 8192) return undefined;
  return Uint8Array.from(Buffer.from(clean, 'base64'));
}

/** The key's size from the record's `k=` (default rsa) and `p=` tags. */
export function dkimKeySize(keyType: string | undefined, p: string): KeySize {
  const bytes = decodeBase64(p);
  if (bytes === undefined) return { kind: 'unreadable', why: 'p= is not base64' };
  if ((keyType ?? 'rsa').toLowerCase() === 'ed25519') {
    return bytes.length === 32 ? { kind: 'ed25519', bits: 256 } : { kind: 'unreadable', why: `an Ed25519 key is 32 bytes, this one ${bytes.length}` };
  }
  const bits = spkiBits(bytes) ?? rsaPublicKeyBits(bytes, 0, bytes.length);
  return bits === undefined || bits === 0 ? { kind: 'unreadable', why: 'p= is not an RSA public key' } : { kind: 'rsa', bits };
}
