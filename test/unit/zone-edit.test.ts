/** The TXT change → `DNS::mass_edit_zone` arguments, against the zone as it is when the change is made. */
import type { StoredZone } from '../../src/diagnose/observations';
import { zoneEditFor } from '../../src/fix/zone-edit';

const zone = (records: Array<[number, string, string]>): StoredZone => ({
  zone: 'example.com',
  serial: '2024010105',
  records: records.map(([lineIndex, name, text]) => ({ lineIndex, name, type: 'TXT', ttl: 14400, data: [text] })),
});

describe('zoneEditFor', () => {
  it('when no DMARC record is there, then the record is added with the zone serial', () => {
    const r = zoneEditFor(zone([[3, 'example.com', 'v=spf1 -all']]), { zone: 'example.com', name: '_dmarc.example.com', from: null, to: 'v=DMARC1; p=none', family: 'dmarc' });
    expect(r).toEqual({ ok: true, args: { zone: 'example.com', serial: '2024010105', add: [JSON.stringify({ dname: '_dmarc.example.com.', ttl: 14400, record_type: 'TXT', data: ['v=DMARC1; p=none'] })] } });
  });

  it('when a DMARC record appeared in the meantime, then no second one is added', () => {
    const r = zoneEditFor(zone([[4, '_dmarc.example.com', 'v=DMARC1; p=reject']]), { zone: 'example.com', name: '_dmarc.example.com', from: null, to: 'v=DMARC1; p=none', family: 'dmarc' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.en).toContain('v=DMARC1; p=reject');
  });

  it('when the SPF record is still the one the fix wrote, then undo edits that line back; a TXT of another kind is left alone', () => {
    const r = zoneEditFor(zone([[2, 'example.com', 'google-site-verification=x'], [5, 'example.com', 'v=spf1 a -all']]), { zone: 'example.com', name: 'example.com', from: 'v=spf1 a -all', to: 'v=spf1 mx -all', family: 'spf' });
    expect(r).toEqual({ ok: true, args: { zone: 'example.com', serial: '2024010105', edit: [JSON.stringify({ line_index: 5, dname: 'example.com.', ttl: 14400, record_type: 'TXT', data: ['v=spf1 mx -all'] })] } });
  });

  it('when the record was changed by someone since, then it is not overwritten', () => {
    const r = zoneEditFor(zone([[5, 'example.com', 'v=spf1 include:other -all']]), { zone: 'example.com', name: 'example.com', from: 'v=spf1 a -all', to: null, family: 'spf' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.nl).toContain('niet overschreven');
  });

  it('when undo removes a record it added, then the line is removed; a record over 255 characters is split', () => {
    expect(zoneEditFor(zone([[7, '_dmarc.example.com', 'v=DMARC1; p=none']]), { zone: 'example.com', name: '_dmarc.example.com', from: 'v=DMARC1; p=none', to: null, family: 'dmarc' })).toEqual({
      ok: true,
      args: { zone: 'example.com', serial: '2024010105', remove: [7] },
    });
    const long = `v=spf1 ${'ip4:192.0.2.1 '.repeat(30)}-all`;
    const r = zoneEditFor(zone([]), { zone: 'example.com', name: 'example.com', from: null, to: long, family: 'spf' });
    expect(r.ok && (JSON.parse(r.args.add![0]!) as { data: string[] }).data.map((d) => d.length)).toEqual([255, long.length - 255]);
  });
});
