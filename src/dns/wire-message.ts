/**
 * DNS messages on the resolver side: building a query and reading a response
 * into an outcome. Pure: the sockets live in wire-transport.ts.
 */
import * as dnsPacket from 'dns-packet';
import { normalizeDnsName, type DnsOutcome, type DnsRecord, type DnsRecordType } from './types';

/** RFC 1035 §4.1.1 RCODE values we tell apart. */
const RCODE = { NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3, NOTIMP: 4, REFUSED: 5 } as const;

/** RFC 1034 §3.1 / RFC 1035 §2.3.4: labels of 1–63 octets, at most 255 octets on the wire (253 as text). */
export function dnsNameProblem(name: string): string | undefined {
  if (name === '') return 'the name is empty';
  if (Buffer.byteLength(name) > 253) return 'the name is longer than 253 characters';
  for (const label of name.split('.')) {
    if (label === '') return 'the name has an empty label';
    if (Buffer.byteLength(label) > 63) return `the label "${label.slice(0, 20)}…" is longer than 63 octets`;
  }
  return undefined;
}

export function encodeQuery(id: number, name: string, type: DnsRecordType, recursionDesired: boolean): Buffer {
  return dnsPacket.encode({
    type: 'query',
    id,
    flags: recursionDesired ? dnsPacket.RECURSION_DESIRED : 0,
    questions: [{ type, name, class: 'IN' }],
  });
}

type DecodeResult =
  | { readonly ok: true; readonly packet: dnsPacket.DecodedPacket }
  | { readonly ok: false; readonly detail: string };

export function decodeMessage(message: Buffer): DecodeResult {
  try {
    return { ok: true, packet: dnsPacket.decode(message) };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Whether a decoded message answers our question: a response, same id, same
 * question (RFC 5452 §9.1 — an answer to anything else is ignored, not
 * believed).
 */
export function answersQuestion(packet: dnsPacket.DecodedPacket, id: number, name: string, type: DnsRecordType): boolean {
  if (!packet.flag_qr || packet.id !== id) return false;
  const questions = packet.questions ?? [];
  // Some servers drop the question section from error replies (RFC 1035 does not require it there).
  if (questions.length === 0) return rcodeOf(packet) !== RCODE.NOERROR;
  const question = questions[0];
  return questions.length === 1 && question !== undefined && question.type === type && normalizeDnsName(question.name) === normalizeDnsName(name);
}

function rcodeOf(packet: dnsPacket.Packet): number {
  return (packet.flags ?? 0) & 0xf;
}

function textOf(chunk: unknown): string {
  if (Buffer.isBuffer(chunk)) return chunk.toString('utf8');
  return String(chunk);
}

/** One wire record as our typed value; undefined when the data is not what the type promises. */
function recordFrom(answer: dnsPacket.Answer, type: DnsRecordType): DnsRecord | undefined {
  const data: unknown = (answer as { data?: unknown }).data;
  switch (type) {
    case 'A':
    case 'AAAA':
      return typeof data === 'string' ? { address: data } : undefined;
    case 'CNAME':
    case 'NS':
    case 'PTR':
      return typeof data === 'string' ? { name: normalizeDnsName(data) } : undefined;
    case 'MX': {
      const mx = data as { preference?: unknown; exchange?: unknown } | undefined;
      if (typeof mx?.exchange !== 'string') return undefined;
      // RFC 7505: the null MX is "." — normalised to "".
      const exchange = mx.exchange === '.' ? '' : normalizeDnsName(mx.exchange);
      return { preference: typeof mx.preference === 'number' ? mx.preference : 0, exchange };
    }
    case 'TXT': {
      const chunks = (Array.isArray(data) ? data : [data]).map(textOf);
      return { text: chunks.join(''), chunks };
    }
    case 'SOA': {
      const soa = data as Partial<dnsPacket.SoaData> | undefined;
      if (typeof soa?.mname !== 'string' || typeof soa.rname !== 'string') return undefined;
      return {
        mname: normalizeDnsName(soa.mname),
        rname: normalizeDnsName(soa.rname),
        serial: soa.serial ?? 0,
        refresh: soa.refresh ?? 0,
        retry: soa.retry ?? 0,
        expire: soa.expire ?? 0,
        minimum: soa.minimum ?? 0,
      };
    }
  }
}

type ResponseReading<T extends DnsRecordType> =
  | { readonly kind: 'outcome'; readonly outcome: DnsOutcome<T>; readonly cnameChain: readonly string[] }
  /**
   * The answer stops at an alias whose target it does not cover (an
   * authoritative server does this when the target is in another zone,
   * RFC 1034 §4.3.2 step 3a). The caller asks again for the target.
   */
  | { readonly kind: 'alias'; readonly target: string; readonly cnameChain: readonly string[]; readonly authoritative: boolean };

const MAX_CNAME_LINKS = 8;

/** Reads a response to (name, type) into an outcome, following the CNAMEs the answer section carries. */
export function readResponse<T extends DnsRecordType>(packet: dnsPacket.DecodedPacket, name: string, type: T): ResponseReading<T> {
  const rcode = rcodeOf(packet);
  const authoritative = packet.flag_aa;
  const answers = packet.answers ?? [];
  const chain: string[] = [];
  const error = (reason: 'servfail' | 'refused' | 'other' | 'malformed', detail: string): ResponseReading<T> => ({
    kind: 'outcome',
    outcome: { kind: 'error', reason, detail },
    cnameChain: chain,
  });

  // Walk the chain of aliases from the question name (RFC 1034 §3.6.2). The
  // RCODE of a response with a chain applies to its last name (RFC 6604 §2.1).
  let current = normalizeDnsName(name);
  if (type !== 'CNAME') {
    for (;;) {
      const alias = answers.find((a) => a.type === 'CNAME' && normalizeDnsName(a.name) === current);
      const aliasData: unknown = alias === undefined ? undefined : (alias as { data?: unknown }).data;
      if (typeof aliasData !== 'string') break;
      const target = normalizeDnsName(aliasData);
      if (target === current || chain.includes(target)) return error('malformed', `CNAME loop at ${target}`);
      if (chain.length >= MAX_CNAME_LINKS) return error('other', `more than ${MAX_CNAME_LINKS} CNAME links`);
      chain.push(target);
      current = target;
    }
  }

  switch (rcode) {
    case RCODE.NOERROR:
      break;
    case RCODE.NXDOMAIN:
      return { kind: 'outcome', outcome: { kind: 'nxdomain', authoritative }, cnameChain: chain };
    case RCODE.SERVFAIL:
      return error('servfail', 'the server answered SERVFAIL');
    case RCODE.REFUSED:
      return error('refused', 'the server answered REFUSED');
    case RCODE.FORMERR:
      return error('other', 'the server answered FORMERR (it could not read the question)');
    case RCODE.NOTIMP:
      return error('other', 'the server answered NOTIMP');
    default:
      return error('other', `the server answered RCODE ${rcode}`);
  }

  const matching = answers.filter((a) => a.type === type && normalizeDnsName(a.name) === current);
  const records: DnsRecord<T>[] = [];
  for (const answer of matching) {
    const record = recordFrom(answer, type);
    if (record === undefined) return error('malformed', `a ${type} record for ${current} has unreadable data`);
    records.push(record as DnsRecord<T>);
  }
  if (records.length > 0) {
    const ttls = matching.map((a) => ('ttl' in a && typeof a.ttl === 'number' ? a.ttl : undefined)).filter((t): t is number => t !== undefined);
    const ttl = ttls.length > 0 ? Math.min(...ttls) : undefined;
    return {
      kind: 'outcome',
      outcome: { kind: 'records', records, authoritative, ...(ttl === undefined ? {} : { ttl }) },
      cnameChain: chain,
    };
  }
  // An SOA in the authority section makes this a negative answer for the last name (RFC 2308 §2.2).
  const negative = (packet.authorities ?? []).some((a) => a.type === 'SOA');
  if (chain.length > 0 && !negative) return { kind: 'alias', target: current, cnameChain: chain, authoritative };
  return { kind: 'outcome', outcome: { kind: 'nodata', authoritative }, cnameChain: chain };
}
