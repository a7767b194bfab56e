/** Refiners about the recipient's domain: not found, null MX, unrouteable, unusable MX targets. */
import { deliveryFindings } from '../../src/diagnose/delivery-findings';
import type { DnsObservation } from '../../src/dns/types';
import type { AuditInput, Finding } from '../../src/diagnose/model';
import type { DiagnosisId } from '../../src/kb/catalogue';
import { DOMAIN, SERVER_IP, event, healthyInput, observation, records, withDns, withEvents } from './input-builder';

function findingFor(input: AuditInput, id: DiagnosisId): Finding {
  const found = deliveryFindings(input).find((f) => f.id === id);
  if (found === undefined) throw new Error(`no ${id} finding`);
  return found;
}

const notes = (f: Finding) => f.evidence.flatMap((e) => (e.kind === 'note' ? [e.text.en] : []));
const NOT_FOUND = "DNS type 'mx' lookup of gmial.com responded with code NXDOMAIN Domain name not found: gmial.com";
const NULL_MX = "DNS Error: 80458680 DNS type 'mx' lookup of nomail.example responded with code NOERROR The domain nomail.example doesn't receive email according to the administrator: returned Null MX https://www.rfc-editor.org/info/rfc7505";

describe('recipient-domain-not-found refiner', () => {
  it('when the domain still does not exist and is a typo of gmail.com, then it suggests gmail.com', () => {
    const input = withDns(withEvents(healthyInput(), [event({ message: NOT_FOUND, recipient: 'jan@gmial.com' })]), observation('MX', 'gmial.com', { kind: 'nxdomain' }), observation('A', 'gmial.com', { kind: 'nxdomain' }));
    const f = findingFor(input, 'recipient-domain-not-found');
    expect(f.subject.name).toBe('gmial.com');
    expect(f.fix!.steps.en[0]).toBe('Check the address: gmial.com does not exist, did you mean gmail.com?');
    expect(f.evidence).toContainEqual(expect.objectContaining({ kind: 'dns', type: 'MX', name: 'gmial.com', outcome: 'nxdomain' }));
  });

  it('when the domain has records now, then it was a passing nameserver failure: send again', () => {
    const input = withDns(withEvents(healthyInput(), [event({ message: NOT_FOUND, recipient: 'jan@gmial.com' })]), records('MX', 'gmial.com', [{ preference: 10, exchange: 'mx.gmial.com' }]));
    const f = findingFor(input, 'recipient-domain-not-found');
    expect(f.severity).toBe('warning');
    expect(f.fix!.steps.en).toEqual(['Send the message to gmial.com again.']);
  });

  it('when the domain was not looked up, then the knowledge-base fix stays with a could-not-check note', () => {
    const f = findingFor(withEvents(healthyInput(), [event({ message: NOT_FOUND, recipient: 'jan@gmial.com' })]), 'recipient-domain-not-found');
    expect(notes(f).join(' ')).toContain('MX gmial.com was not looked up');
  });
});

describe('recipient-null-mx refiner', () => {
  it('when the live MX is the null MX, then it is confirmed with the evidence', () => {
    const input = withDns(withEvents(healthyInput(), [event({ message: NULL_MX, recipient: 'a@nomail.example' })]), records('MX', 'nomail.example', [{ preference: 0, exchange: '' }]));
    const f = findingFor(input, 'recipient-null-mx');
    expect(f.summary.en).toContain('Confirmed: the MX of nomail.example is "0 ."');
    expect(f.evidence).toContainEqual(expect.objectContaining({ kind: 'dns', records: ['0 .'] }));
  });

  it('when the domain has an ordinary MX now, then send again', () => {
    const input = withDns(withEvents(healthyInput(), [event({ message: NULL_MX, recipient: 'a@nomail.example' })]), records('MX', 'nomail.example', [{ preference: 10, exchange: 'mx.nomail.example' }]));
    expect(findingFor(input, 'recipient-null-mx').severity).toBe('warning');
  });

  it('when the MX look-up failed, then the cross-check could not be made', () => {
    const input = withDns(withEvents(healthyInput(), [event({ message: NULL_MX, recipient: 'a@nomail.example' })]), observation('MX', 'nomail.example', { kind: 'error', reason: 'timeout', detail: 'x' }));
    expect(notes(findingFor(input, 'recipient-null-mx')).join(' ')).toContain('could not be made');
  });
});

describe('unrouteable-address refiner', () => {
  it('when the recipient is an own domain routed Remote with the MX here, then the fix is to set routing to Local', () => {
    const base = healthyInput();
    const routing = base.account.routing.ok ? base.account.routing.value : [];
    const input = withEvents(
      { ...base, account: { ...base.account, routing: { ok: true, value: routing.map((r) => ({ ...r, configured: 'remote' as const, detected: null, effective: 'remote' as const })) } } },
      [event({ message: '550 unrouteable address', recipient: `info@${DOMAIN}` })],
    );
    const f = findingFor(input, 'unrouteable-address');
    expect(f.fix!.steps.en[0]).toBe(`In cPanel Email Routing set the routing for ${DOMAIN} to "Local Mail Exchanger".`);
  });

  it('when the remote recipient domain does not exist, then it says to check the spelling', () => {
    const input = withDns(withEvents(healthyInput(), [event({ message: '550 unrouteable address', recipient: 'a@klant.example' })]), observation('MX', 'klant.example', { kind: 'nxdomain' }));
    expect(findingFor(input, 'unrouteable-address').summary.en).toContain('klant.example does not exist in DNS');
  });

  it('when the remote domain exists without MX and A, then it has no mail server', () => {
    const input = withDns(
      withEvents(healthyInput(), [event({ message: '550 unrouteable address', recipient: 'a@klant.example' })]),
      observation('MX', 'klant.example', { kind: 'nodata' }),
      observation('A', 'klant.example', { kind: 'nodata' }),
    );
    expect(findingFor(input, 'unrouteable-address').summary.en).toContain('klant.example exists, but has no MX and no A record');
  });

  it('when the remote domain has a working MX now, then send again', () => {
    const input = withDns(
      withEvents(healthyInput(), [event({ message: '550 unrouteable address', recipient: 'a@klant.example' })]),
      records('MX', 'klant.example', [{ preference: 10, exchange: 'mx.klant.example' }]),
      records('A', 'mx.klant.example', [{ address: '198.51.100.20' }]),
    );
    const f = findingFor(input, 'unrouteable-address');
    expect(f.severity).toBe('warning');
    expect(f.summary.en).toContain('now has a working mail server (mx.klant.example)');
  });

  it('when the MX look-up failed, then the cross-check could not be made', () => {
    const input = withDns(withEvents(healthyInput(), [event({ message: '550 unrouteable address', recipient: 'a@klant.example' })]), observation('MX', 'klant.example', { kind: 'error', reason: 'servfail', detail: 'x' }));
    expect(notes(findingFor(input, 'unrouteable-address')).join(' ')).toContain('could not be made');
  });
});

describe('cloudflare-mx and mx-invalid-record refiners', () => {
  it('when the own MX host is a CNAME, then the exact A record replaces it', () => {
    const cname: DnsObservation<'A'> = { ...records('A', `mail.${DOMAIN}`, [{ address: SERVER_IP }]), cnameChain: [DOMAIN] };
    const input = withDns(withEvents(healthyInput(), [event({ message: '550 invalid DNS MX or A/AAAA resource record', recipient: `info@${DOMAIN}` })]), cname);
    const f = findingFor(input, 'mx-invalid-record');
    expect(f.fix!.actor).toBe('account-owner');
    expect(f.fix!.record).toEqual({ name: `mail.${DOMAIN}`, type: 'A', value: SERVER_IP });
    expect(f.fix!.steps.en[0]).toContain(`delete the CNAME mail.${DOMAIN}`);
  });

  it("when the recipient's MX host has no address, then the recipient must fix it", () => {
    const input = withDns(
      withEvents(healthyInput(), [event({ message: '550 invalid DNS MX or A/AAAA resource record', recipient: 'a@klant.example' })]),
      records('MX', 'klant.example', [{ preference: 10, exchange: 'mail.klant.example' }]),
      observation('A', 'mail.klant.example', { kind: 'nxdomain' }),
    );
    const f = findingFor(input, 'mx-invalid-record');
    expect(f.fix!.actor).toBe('other-side');
    expect(f.fix!.steps.en[0]).toContain('mail.klant.example, but that name has no A or AAAA record');
  });

  it("when the recipient's MX is Cloudflare's _dc-mx stand-in, then cloudflare-mx explains the proxy", () => {
    const input = withDns(
      withEvents(healthyInput(), [event({ message: "Remote Server returned '554 5.1.2 <_dc-mx.8bd5385daff6.klant.nl #5.1.2>'", recipient: 'a@klant.nl' })]),
      records('MX', 'klant.nl', [{ preference: 10, exchange: '_dc-mx.8bd5385daff6.klant.nl' }]),
      records('A', '_dc-mx.8bd5385daff6.klant.nl', [{ address: '198.51.100.30' }]),
    );
    const f = findingFor(input, 'cloudflare-mx');
    expect(f.summary.en).toContain('Cloudflare proxies the mail server name');
  });

  it('when every MX is fine now, then it looks fixed: send again', () => {
    const input = withDns(
      withEvents(healthyInput(), [event({ message: '550 invalid DNS MX or A/AAAA resource record', recipient: 'a@klant.example' })]),
      records('MX', 'klant.example', [{ preference: 10, exchange: 'mail.klant.example' }]),
      records('A', 'mail.klant.example', [{ address: '198.51.100.20' }]),
    );
    expect(findingFor(input, 'mx-invalid-record').severity).toBe('warning');
  });

  it('when the MX was not looked up, then the cross-check could not be made', () => {
    const input = withEvents(healthyInput(), [event({ message: '550 invalid DNS MX or A/AAAA resource record', recipient: 'a@klant.example' })]);
    expect(notes(findingFor(input, 'mx-invalid-record')).join(' ')).toContain('MX klant.example was not looked up');
  });
});
