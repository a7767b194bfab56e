/** The loopback server's answering logic, without sockets. */
import * as dnsPacket from 'dns-packet';
import { answerMessage, answerQuery, encodeUdpResponse, indexZoneData } from '../../src/sandbox/dns-answer';
import { zoneDataSchema } from '../../src/dns/zone-data';
import { sandboxZone } from './sandbox-zone';

const index = indexZoneData(sandboxZone);

function ask(name: string, type: dnsPacket.RecordType, extra: Partial<dnsPacket.Packet> = {}) {
  const request = dnsPacket.decode(dnsPacket.encode({ type: 'query', id: 7, flags: dnsPacket.RECURSION_DESIRED, questions: [{ name, type, class: 'IN' }], ...extra }));
  const decision = answerQuery(index, request);
  if (decision.kind !== 'reply') return { decision, packet: undefined };
  return { decision, packet: dnsPacket.decode(dnsPacket.encode(decision.response)) };
}

describe('answering from zone data', () => {
  it('when the name is in a zone, then the answer is authoritative, echoes id and question, and copies RD', () => {
    const { packet } = ask('Mail.Example.Test', 'A');
    expect(packet).toMatchObject({ id: 7, flag_aa: true, flag_rd: true, flag_ra: false, rcode: 'NOERROR' });
    expect(packet?.questions).toEqual([{ name: 'Mail.Example.Test', type: 'A', class: 'IN' }]);
    expect(packet?.answers?.map((a) => (a as { data: unknown }).data)).toEqual(['192.0.2.25']);
  });

  it('when the name is unknown inside a zone, then it is NXDOMAIN with the SOA in authority', () => {
    const { packet } = ask('nope.example.test', 'A');
    expect(packet).toMatchObject({ rcode: 'NXDOMAIN', flag_aa: true });
    expect(packet?.authorities?.map((a) => a.type)).toEqual(['SOA']);
  });

  it('when the name exists with other types, then it is NOERROR without answers and with the SOA', () => {
    const { packet } = ask('mail.example.test', 'TXT');
    expect(packet).toMatchObject({ rcode: 'NOERROR', answers: [] });
    expect(packet?.authorities?.map((a) => a.name)).toEqual(['example.test']);
  });

  it('when the name is an alias, then the CNAME comes first and the target records follow', () => {
    const { packet } = ask('alias-mx.example.test', 'A');
    expect(packet?.answers?.map((a) => [a.name, a.type])).toEqual([
      ['alias-mx.example.test', 'CNAME'],
      ['mail.example.test', 'A'],
    ]);
  });

  it('when the name is outside every zone, then it is REFUSED and not authoritative', () => {
    expect(ask('example.org', 'A').packet).toMatchObject({ rcode: 'REFUSED', flag_aa: false });
  });

  it('when a fault says timeout, then there is no answer at all', () => {
    expect(ask('silent.example.test', 'A').decision.kind).toBe('drop');
  });

  it('when an alias loops, then the server stops instead of spinning', () => {
    const looping = indexZoneData(
      zoneDataSchema.parse({
        zones: ['loop.test'],
        records: [
          { name: 'a.loop.test', type: 'CNAME', data: 'b.loop.test' },
          { name: 'b.loop.test', type: 'CNAME', data: 'a.loop.test' },
        ],
      }),
    );
    const request = dnsPacket.decode(dnsPacket.encode({ type: 'query', id: 1, questions: [{ name: 'a.loop.test', type: 'A' }] }));
    const decision = answerQuery(looping, request);
    expect(decision.kind).toBe('reply');
  });

  it('when records lie outside every zone, then the index reports them', () => {
    const stray = indexZoneData(zoneDataSchema.parse({ zones: ['a.test'], records: [{ name: 'b.test', type: 'A', data: '192.0.2.1' }] }));
    expect(stray.recordsOutsideZones).toHaveLength(1);
  });

  it('when a query has two questions, then it is FORMERR (RFC 9619)', () => {
    const { packet } = ask('example.test', 'A', { questions: [{ name: 'example.test', type: 'A' }, { name: 'example.test', type: 'MX' }] });
    expect(packet).toMatchObject({ rcode: 'FORMERR' });
  });

  it('when the bytes are garbage with a readable header, then the answer is FORMERR with the same id', () => {
    const garbage = Buffer.from([0x12, 0x34, 0x01, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x3f, 0x61]);
    const { decision } = answerMessage(index, garbage);
    expect(decision).toMatchObject({ kind: 'reply', response: { id: 0x1234, flags: 1 } });
  });

  it('when the bytes are shorter than a header, then they are dropped', () => {
    expect(answerMessage(index, Buffer.from([1, 2, 3])).decision.kind).toBe('drop');
  });

  it('when the response is over 512 octets, then the UDP form is truncated with TC set', () => {
    const decision = ask('big.example.test', 'TXT').decision;
    if (decision.kind !== 'reply') throw new Error('expected a reply');
    const udp = dnsPacket.decode(encodeUdpResponse(decision.response));
    expect(udp.flag_tc).toBe(true);
    expect(udp.answers).toEqual([]);
    expect(dnsPacket.encode(decision.response).length).toBeGreaterThan(512);
  });
});
