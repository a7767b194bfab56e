/** Refiners about the account's own sending: sender verification, authentication, reverse DNS, nameservers. */
import { deliveryFindings } from '../../src/diagnose/delivery-findings';
import type { AuditInput, Finding } from '../../src/diagnose/model';
import type { DiagnosisId } from '../../src/kb/catalogue';
import { DOMAIN, SERVER_IP, event, failedPart, healthyInput, observation, records, txt, withAccount, withDns, withEvents } from './input-builder';

const VERIFY = `550 verification failed for <info@${DOMAIN}>`;
const GMAIL = '550-5.7.26 This message does not have authentication information or fails to 550-5.7.26 pass authentication checks. To best protect our users from spam, the 550-5.7.26 message has been blocked.';
const DMARC = `550.5.7.26 Unauthenticated email from ${DOMAIN} is not accepted due to domain's DMARC policy`;
const PTR = `571 No PTR Record found. Reverse DNS required: ${SERVER_IP}`;
const NO_NS = `553 Malformed (Missing-NameServer-Registration: ${DOMAIN})`;

function findingFor(input: AuditInput, id: DiagnosisId): Finding {
  const found = deliveryFindings(input).find((f) => f.id === id);
  if (found === undefined) throw new Error(`no ${id} finding`);
  return found;
}

function googleMx(input: AuditInput): AuditInput {
  const mx = records('MX', DOMAIN, [{ preference: 1, exchange: 'aspmx.l.google.com' }]);
  const changed = withDns(input, mx, records('A', 'aspmx.l.google.com', [{ address: '142.250.27.26' }]));
  return { ...changed, dns: { ...changed.dns, authoritativeMx: new Map([[DOMAIN, [mx]]]) } };
}

const notes = (f: Finding) => f.evidence.flatMap((e) => (e.kind === 'note' ? [e.text.en] : []));

describe('sender-verify-failed refiner', () => {
  it('when the sender domain routes locally while its MX is at Google, then the fix is to set Email Routing to Remote, with the evidence', () => {
    const f = findingFor(googleMx(withEvents(healthyInput(), [event({ message: VERIFY })])), 'sender-verify-failed');
    expect(f.subject.name).toBe(DOMAIN);
    expect(f.fix!.steps.en[0]).toContain(`set the routing for ${DOMAIN} to "Remote Mail Exchanger"`);
    expect(f.fix!.steps.en[0]).toContain('aspmx.l.google.com');
    expect(f.evidence).toContainEqual(expect.objectContaining({ kind: 'account', source: 'UAPI Email::list_mxs', value: 'local' }));
    expect(f.evidence).toContainEqual(expect.objectContaining({ kind: 'dns', type: 'MX', records: ['1 aspmx.l.google.com'] }));
  });

  it('when the mail of the sender domain lives at Google, then the sender is not required to exist here', () => {
    const input = googleMx(withEvents(healthyInput(), [event({ message: `550 verification failed for <noreply@${DOMAIN}>`, sender: `noreply@${DOMAIN}` })]));
    const f = findingFor(input, 'sender-verify-failed');
    expect(f.fix!.steps.en.join(' ')).not.toContain('is no mailbox');
  });

  it("when the sender is the server's system address, then the fix is to send website mail through SMTP with an existing mailbox", () => {
    const input = withEvents(healthyInput(), [event({ message: '550 verification failed for <jansen@server1.hosting.example>', sender: 'jansen@server1.hosting.example' })]);
    const f = findingFor(input, 'sender-verify-failed');
    expect(f.subject.name).toBe('server1.hosting.example');
    expect(f.fix!.steps.en[0]).toContain(`for example info@${DOMAIN}`);
  });

  it('when the sender address does not exist, then the fix is to use an existing sender', () => {
    const input = withEvents(healthyInput(), [event({ message: `550 verification failed for <noreply@${DOMAIN}>`, sender: `noreply@${DOMAIN}` })]);
    const f = findingFor(input, 'sender-verify-failed');
    expect(f.fix!.steps.en[0]).toContain(`noreply@${DOMAIN} is no mailbox or forwarder`);
  });

  it('when the sender exists and routing matches the MX, then the generic fix stays, with a note of what was checked', () => {
    const f = findingFor(withEvents(healthyInput(), [event({ message: VERIFY })]), 'sender-verify-failed');
    expect(f.fix!.steps.en.length).toBeGreaterThan(2);
    expect(notes(f)).toContain(`The sender exists and the Email Routing of ${DOMAIN} matches its MX.`);
  });

  it('when the mailboxes could not be read and routing is fine, then the cross-check says it could not be made', () => {
    const input = withAccount(withEvents(healthyInput(), [event({ message: VERIFY })]), { mailboxes: failedPart('Email::list_pops_with_disk', 'denied') });
    const f = findingFor(input, 'sender-verify-failed');
    expect(notes(f).join(' ')).toContain('Email::list_pops_with_disk');
  });
});

describe('gmail-unauthenticated and dmarc-reject refiners', () => {
  it('when SPF lacks the include, then "fix SPF" with the exact record comes first and SMTP authentication through the mail server after', () => {
    const input = withDns(withEvents(healthyInput(), [event({ message: GMAIL })]), records('TXT', DOMAIN, [txt('v=spf1 +a +mx ~all')]));
    const f = findingFor(input, 'gmail-unauthenticated');
    expect(f.fix!.record).toEqual({ name: DOMAIN, type: 'TXT', value: 'v=spf1 +a +mx include:spf.hoasted.com ~all' });
    expect(f.fix!.steps.en[0]).toContain('v=spf1 +a +mx include:spf.hoasted.com ~all');
    expect(f.fix!.steps.en[1]).toContain('Send through hostingsecure.email (port 465, SSL) with SMTP authentication');
    expect(f.evidence).toContainEqual(expect.objectContaining({ kind: 'dns', type: 'TXT', name: DOMAIN }));
  });

  it('when SPF and DKIM are fine, then the fix starts with SMTP authentication and says they were checked', () => {
    const f = findingFor(withEvents(healthyInput(), [event({ message: GMAIL })]), 'gmail-unauthenticated');
    expect(f.fix!.steps.en[0]).toContain('SMTP authentication');
    expect(f.summary.en).toContain(`SPF and DKIM of ${DOMAIN} are fine`);
  });

  it('when the DMARC policy is reject, then dmarc-reject shows the live policy as evidence', () => {
    const input = withDns(withEvents(healthyInput(), [event({ message: DMARC })]), records('TXT', `_dmarc.${DOMAIN}`, [txt('v=DMARC1; p=reject; rua=mailto:d@bakkerij-jansen.nl')]));
    const f = findingFor(input, 'dmarc-reject');
    expect(f.summary.en).toContain(`The live DMARC record (_dmarc.${DOMAIN}) says p=reject.`);
    expect(f.evidence).toContainEqual(expect.objectContaining({ kind: 'dns', name: `_dmarc.${DOMAIN}`, records: ['v=DMARC1; p=reject; rua=mailto:d@bakkerij-jansen.nl'] }));
    expect(f.fix!.steps.en.some((s) => s.includes('SMTP authentication'))).toBe(true);
  });

  it('when the SPF look-up failed, then the summary says it could not be fully checked and no SPF record is proposed', () => {
    const input = withDns(withEvents(healthyInput(), [event({ message: GMAIL })]), observation('TXT', DOMAIN, { kind: 'error', reason: 'timeout', detail: 'x' }));
    const f = findingFor(input, 'gmail-unauthenticated');
    expect(f.summary.en).toContain('could not be fully checked');
    expect(f.fix!.record).toBeUndefined();
  });
});

describe('server-ptr-missing refiner', () => {
  it('when the live PTR is missing, then the evidence shows it and the hosting provider fixes it', () => {
    const input = withDns(withEvents(healthyInput(), [event({ message: PTR })]), observation('PTR', '10.113.0.203.in-addr.arpa', { kind: 'nxdomain' }));
    const f = findingFor(input, 'server-ptr-missing');
    expect(f.fix!.actor).toBe('hosting-provider');
    expect(f.fix!.record).toEqual({ name: '10.113.0.203.in-addr.arpa', type: 'PTR', value: 'server1.hosting.example' });
    expect(f.evidence).toContainEqual(expect.objectContaining({ kind: 'dns', type: 'PTR', outcome: 'nxdomain' }));
  });

  it('when the PTR is fine now, then it says so and lowers the severity', () => {
    const f = findingFor(withEvents(healthyInput(), [event({ message: PTR })]), 'server-ptr-missing');
    expect(f.severity).toBe('warning');
    expect(f.summary.en).toContain('does have valid reverse DNS');
    expect(f.fix!.actor).toBe('hosting-provider');
  });

  it('when the PTR look-up failed, then the cross-check says it could not be made', () => {
    const input = withDns(withEvents(healthyInput(), [event({ message: PTR })]), observation('PTR', '10.113.0.203.in-addr.arpa', { kind: 'error', reason: 'timeout', detail: 'x' }));
    const f = findingFor(input, 'server-ptr-missing');
    expect(notes(f).join(' ')).toContain('could not be made');
  });
});

describe('sender-domain-no-nameservers refiner', () => {
  it('when the sender domain has no nameservers, then fix it at the registrar', () => {
    const input = withDns(withEvents(healthyInput(), [event({ message: NO_NS })]), observation('NS', DOMAIN, { kind: 'nxdomain' }));
    const f = findingFor(input, 'sender-domain-no-nameservers');
    expect(f.severity).toBe('critical');
    expect(f.fix!.steps.en[0]).toContain(`registrar that ${DOMAIN} is active`);
  });

  it('when the nameservers are there now, then it was probably temporary at the receiver', () => {
    const f = findingFor(withEvents(healthyInput(), [event({ message: NO_NS })]), 'sender-domain-no-nameservers');
    expect(f.summary.en).toContain('ns1.hosting.example');
    expect(f.severity).toBe('warning');
  });

  it('when the NS look-up failed, then the cross-check says it could not be made', () => {
    const input = withDns(withEvents(healthyInput(), [event({ message: NO_NS })]), observation('NS', DOMAIN, { kind: 'error', reason: 'servfail', detail: 'x' }));
    expect(notes(findingFor(input, 'sender-domain-no-nameservers')).join(' ')).toContain('could not be made');
  });
});
