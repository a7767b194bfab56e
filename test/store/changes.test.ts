/** Change detection when a run could not read a problem's source (pure). */
import { sampleFinding } from '../support/sample-reports';
import { detectChanges } from '../../src/store/changes';
import { problemBasis } from '../../src/diagnose/problem-sources';
import type { Finding } from '../../src/diagnose/model';

const T0 = Date.UTC(2026, 10, 1, 2, 30);
const DAY = 86_400_000;

// A DNS-based problem: its evidence is the MX answer for a.example (and the cPanel call of the sample).
const mx: Finding = sampleFinding({ id: 'mx-missing', subject: { kind: 'domain', name: 'a.example' }, severity: 'critical' });
// A delivery-based problem: grouped records with a count.
const bounce: Finding = { ...sampleFinding({ id: 'recipient-unknown', subject: { kind: 'mailbox', name: 'x@example.net' } }), evidence: [], count: 3 };

describe('change detection and unread sources', () => {
  it('when a finding is read, then its basis names the delivery records, the cPanel call and the DNS question it came from', () => {
    expect(problemBasis(mx)).toEqual(['UAPI Email::list_mxs', 'dns:MX a.example']);
    expect(problemBasis(bounce)).toEqual(['delivery']);
  });

  it('when the source of a problem could not be read, then it stays open with its date; when it can again and the problem is gone, it is resolved', () => {
    const first = detectChanges(null, [mx, bounce], T0);
    expect(first.new.map((p) => p.id)).toEqual(['mx-missing', 'recipient-unknown']);
    const open = [...first.new];
    // Track Delivery and the MX question failed: both problems vanish from the findings.
    const outage = detectChanges(open, [], T0 + DAY, ['delivery', 'dns:MX a.example']);
    expect(outage.resolved).toEqual([]);
    expect(outage.stillOpen.map((p) => [p.id, p.openSince])).toEqual([
      ['mx-missing', T0],
      ['recipient-unknown', T0],
    ]);
    const back = detectChanges(outage.stillOpen, [mx, bounce], T0 + 2 * DAY);
    expect(back.new).toEqual([]);
    expect(back.stillOpen.map((p) => p.openSince)).toEqual([T0, T0]);
    // Only an unrelated source failed: the bounces are really gone.
    const gone = detectChanges(back.stillOpen, [mx], T0 + 3 * DAY, ['dns:MX other.example']);
    expect(gone.resolved.map((p) => p.id)).toEqual(['recipient-unknown']);
  });

  it('when a problem was stored before sources were kept, then only a could-not-check keeps it open, as before', () => {
    const legacy = detectChanges(null, [mx], T0).new.map(({ basis: _basis, ...p }) => p);
    expect(detectChanges(legacy, [], T0 + DAY, ['dns:MX a.example']).resolved.map((p) => p.id)).toEqual(['mx-missing']);
  });
});
