/**
 * How the loopback DNS server answers, as a pure function of the zone data
 * and the request: authoritative answers inside the zones, NXDOMAIN and
 * NODATA with the zone's SOA (RFC 2308), CNAME chasing within the data
 * (RFC 1034 §4.3.2), REFUSED outside the zones, and the faults a scenario
 * declares. The sockets are in dns-server.ts.
 */
import * as dnsPacket from 'dns-packet';
import { normalizeDnsName } from '../dns/types';
import type { ZoneData, ZoneFault, ZoneRecord } from '../dns/zone-data';

const DEFAULT_TTL = 300;
const MAX_CNAME_LINKS = 8;
/** RFC 1035 §4.2.1: without EDNS, a UDP message carries at most 512 octets. */
const UDP_PAYLOAD_LIMIT = 512;

const RCODE = { NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3, NOTIMP: 4, REFUSED: 5 } as const;

export interface ZoneIndex {
  /** Zone apexes, longest first so the most specific zone wins. */
  readonly zones: readonly string[];
  readonly recordsByName: ReadonlyMap<string, readonly ZoneRecord[]>;
  /** Every name that exists: record owners and the names between them and their zone apex (RFC 8020 empty non-terminals). */
  readonly existingNames: ReadonlySet<string>;
  readonly faults: readonly ZoneFault[];
  /** Records no zone covers: the server never serves them (a scenario mistake worth reporting). */
  readonly recordsOutsideZones: readonly ZoneRecord[];
}

function zoneOf(zones: readonly string[], name: string): string | undefined {
  return zones.find((zone) => name === zone || name.endsWith(`.${zone}`));
}

export function indexZoneData(data: ZoneData): ZoneIndex {
  const zones = [...new Set(data.zones.map(normalizeDnsName))].sort((a, b) => b.length - a.length);
  const recordsByName = new Map<string, ZoneRecord[]>();
  const existingNames = new Set<string>(zones);
  const recordsOutsideZones: ZoneRecord[] = [];
  for (const record of data.records) {
    const owner = normalizeDnsName(record.name);
    const zone = zoneOf(zones, owner);
    if (zone === undefined) {
      recordsOutsideZones.push(record);
      continue;
    }
    recordsByName.set(owner, [...(recordsByName.get(owner) ?? []), record]);
    for (let name = owner; name.length >= zone.length; name = name.slice(name.indexOf('.') + 1)) {
      existingNames.add(name);
      if (name === zone || !name.includes('.')) break;
    }
  }
  return { zones, recordsByName, existingNames, faults: data.faults, recordsOutsideZones };
}

/** Splits text into character-strings of at most 255 octets (RFC 1035 §3.3.14), as zone tools do with long SPF records. */
function characterStrings(text: string): Buffer[] {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length === 0) return [bytes];
  const chunks: Buffer[] = [];
  for (let offset = 0; offset < bytes.length; offset += 255) chunks.push(bytes.subarray(offset, offset + 255));
  return chunks;
}

function toAnswer(record: ZoneRecord): dnsPacket.Answer {
  const name = normalizeDnsName(record.name);
  const ttl = record.ttl ?? DEFAULT_TTL;
  switch (record.type) {
    case 'A':
    case 'AAAA':
      return { name, ttl, type: record.type, class: 'IN', data: record.data };
    case 'CNAME':
    case 'NS':
    case 'PTR':
      return { name, ttl, type: record.type, class: 'IN', data: normalizeDnsName(record.data) };
    case 'MX':
      // RFC 7505: the null MX has exchange ".".
      return { name, ttl, type: 'MX', class: 'IN', data: { preference: record.data.preference, exchange: record.data.exchange === '' ? '.' : record.data.exchange } };
    case 'TXT': {
      const strings = typeof record.data === 'string' ? [record.data] : record.data;
      return { name, ttl, type: 'TXT', class: 'IN', data: strings.flatMap(characterStrings) };
    }
  }
}

/** The zone's SOA (RFC 1035 §3.3.13). Zone data has no SOA records, so it is made up from the zone's name and NS. */
function soaFor(index: ZoneIndex, zone: string): dnsPacket.Answer {
  const ns = (index.recordsByName.get(zone) ?? []).find((r) => r.type === 'NS');
  return {
    name: zone,
    ttl: DEFAULT_TTL,
    type: 'SOA',
    class: 'IN',
    data: {
      mname: ns?.type === 'NS' ? normalizeDnsName(ns.data) : `ns1.${zone}`,
      rname: `hostmaster.${zone}`,
      serial: 1,
      refresh: 3600,
      retry: 600,
      expire: 604800,
      minimum: DEFAULT_TTL,
    },
  };
}

function faultFor(index: ZoneIndex, name: string, type: string): ZoneFault | undefined {
  return index.faults.find((f) => normalizeDnsName(f.name) === name && (f.type === undefined || f.type === type));
}

type AnswerDecision =
  | { readonly kind: 'reply'; readonly response: dnsPacket.Packet }
  /** Say nothing: the `timeout` fault, or a message that is not a query. */
  | { readonly kind: 'drop'; readonly reason: string };

function reply(request: dnsPacket.Packet, rcode: number, extra: Partial<dnsPacket.Packet> & { authoritative?: boolean } = {}): AnswerDecision {
  const { authoritative = false, ...sections } = extra;
  const rd = (request.flags ?? 0) & dnsPacket.RECURSION_DESIRED;
  return {
    kind: 'reply',
    response: {
      type: 'response',
      id: request.id ?? 0,
      flags: rd | (authoritative ? dnsPacket.AUTHORITATIVE_ANSWER : 0) | rcode,
      questions: request.questions ?? [],
      answers: [],
      authorities: [],
      additionals: [],
      ...sections,
    },
  };
}

/** The answer to one decoded request. */
export function answerQuery(index: ZoneIndex, request: dnsPacket.DecodedPacket): AnswerDecision {
  if (request.flag_qr) return { kind: 'drop', reason: 'the message is a response, not a query' };
  const opcode = ((request.flags ?? 0) >> 11) & 0xf;
  if (opcode !== 0) return reply(request, RCODE.NOTIMP);
  const questions = request.questions ?? [];
  const question = questions[0];
  // RFC 9619: a query carries exactly one question.
  if (questions.length !== 1 || question === undefined) return reply(request, RCODE.FORMERR);
  if (question.class !== undefined && question.class !== 'IN') return reply(request, RCODE.REFUSED);

  const type = question.type;
  const answers: dnsPacket.Answer[] = [];
  const visited = new Set<string>();
  let current = normalizeDnsName(question.name);
  for (let link = 0; link <= MAX_CNAME_LINKS; link++) {
    const fault = faultFor(index, current, type);
    if (fault?.behaviour === 'timeout') return { kind: 'drop', reason: `timeout fault for ${current}` };
    if (fault?.behaviour === 'servfail') return reply(request, RCODE.SERVFAIL);
    if (fault?.behaviour === 'refused') return reply(request, RCODE.REFUSED);

    const zone = zoneOf(index.zones, current);
    // Outside our zones: the question itself is refused; a CNAME leading out stops the answer there (RFC 1034 §4.3.2 step 3a).
    if (zone === undefined) return link === 0 ? reply(request, RCODE.REFUSED) : reply(request, RCODE.NOERROR, { authoritative: true, answers });
    visited.add(current);

    const here = index.recordsByName.get(current) ?? [];
    const matching = here.filter((r) => r.type === type).map(toAnswer);
    if (type === 'SOA' && current === zone) matching.push(soaFor(index, zone));
    if (matching.length > 0) return reply(request, RCODE.NOERROR, { authoritative: true, answers: [...answers, ...matching] });

    const alias = type === 'CNAME' ? undefined : here.find((r) => r.type === 'CNAME');
    if (alias?.type === 'CNAME') {
      answers.push(toAnswer(alias));
      const target = normalizeDnsName(alias.data);
      // A loop: give what we have; the client sees the loop in the chain.
      if (visited.has(target)) return reply(request, RCODE.NOERROR, { authoritative: true, answers });
      current = target;
      continue;
    }
    // RFC 2308 §2.1/§2.2 negative answers carry the zone's SOA; RFC 6604: the RCODE is about the last name of the chain.
    const authorities = [soaFor(index, zone)];
    if (index.existingNames.has(current)) return reply(request, RCODE.NOERROR, { authoritative: true, answers, authorities });
    return reply(request, RCODE.NXDOMAIN, { authoritative: true, answers, authorities });
  }
  return reply(request, RCODE.SERVFAIL);
}

interface MessageHandling {
  readonly decision: AnswerDecision;
  /** The question, for the server's query log; undefined when the message could not be read. */
  readonly question?: { readonly name: string; readonly type: string };
}

/**
 * Reads raw bytes and answers them. A message that does not decode gets
 * FORMERR when its header is readable (RFC 1035 §4.1.1), and is dropped
 * otherwise: a server must not crash, or loop, on garbage.
 */
export function answerMessage(index: ZoneIndex, message: Buffer): MessageHandling {
  let request: dnsPacket.DecodedPacket;
  try {
    request = dnsPacket.decode(message);
  } catch (error) {
    if (message.length < 12) return { decision: { kind: 'drop', reason: 'shorter than a DNS header' } };
    const flags = message.readUInt16BE(2);
    if (flags & 0x8000) return { decision: { kind: 'drop', reason: 'an unreadable response' } };
    const id = message.readUInt16BE(0);
    return { decision: { kind: 'reply', response: { type: 'response', id, flags: RCODE.FORMERR, questions: [] } } };
  }
  const first = request.questions?.[0];
  const question = first === undefined ? undefined : { name: normalizeDnsName(first.name), type: first.type };
  return { decision: answerQuery(index, request), ...(question === undefined ? {} : { question }) };
}

/** Encodes a response for TCP (no size limit below 64 KiB). */
export function encodeResponse(response: dnsPacket.Packet): Buffer {
  return dnsPacket.encode(response);
}

/**
 * Encodes a response for UDP: over the limit, only the header and question
 * go out with TC set, so the client asks again over TCP (RFC 1035 §4.2.1,
 * RFC 2181 §9, RFC 7766 §5).
 */
export function encodeUdpResponse(response: dnsPacket.Packet, limit = UDP_PAYLOAD_LIMIT): Buffer {
  const full = dnsPacket.encode(response);
  if (full.length <= limit) return full;
  return dnsPacket.encode({
    ...response,
    flags: (response.flags ?? 0) | dnsPacket.TRUNCATED_RESPONSE,
    answers: [],
    authorities: [],
    additionals: [],
  });
}
