/** The refiners that cross-check a delivery record with the account: mailboxes, forwarders, limits, client settings. */
import { diagnose } from '../../src/diagnose/diagnose';
import type { DiagnosisId } from '../../src/kb/catalogue';
import type { Forwarder, Mailbox } from '../../src/diagnose/observations';
import type { AccountLimits, AuditInput, DeliveryEvent, Evidence, Finding } from '../../src/diagnose/model';
import { DOMAIN, event, failedPart, healthyAccount, healthyInput, NOW, okPart, withAccount, withEvents } from './input-builder';

const INFO = `info@${DOMAIN}`;

function mailbox(change: Partial<Mailbox> & { email: string }): Mailbox {
  const [user, domain] = change.email.split('@') as [string, string];
  return {
    user,
    domain,
    diskUsedBytes: 10 * 2 ** 20,
    quotaBytes: 2 ** 30,
    diskUsedPercent: 1,
    suspendedLogin: false,
    suspendedIncoming: false,
    suspendedOutgoing: false,
    holdOutgoing: false,
    ...change,
  };
}

function forwarder(source: string, destination: string): Forwarder {
  const pipe = destination.startsWith('|');
  const at = destination.lastIndexOf('@');
  return { source, destination, kind: pipe ? 'pipe' : 'address', destinationDomain: pipe || at < 0 ? null : destination.slice(at + 1).toLowerCase() };
}

function withLimits(input: AuditInput, change: Partial<AccountLimits>): AuditInput {
  const limits = healthyAccount().limits;
  if (!limits.ok) throw new Error('healthy limits');
  return withAccount(input, { limits: okPart({ ...limits.value, ...change }) });
}

/** Runs the whole diagnosis and returns the one problem finding for `id` (and checks the classifier really gave that id). */
function refined(input: AuditInput, id: DiagnosisId, events: DeliveryEvent[]): Finding {
  // A delivery finding explained by a set-up problem is nested under it (`explains`).
  const findings = diagnose(withEvents(input, events)).flatMap((f) => [f, ...(f.explains ?? [])]).filter((f) => f.id === id && f.status === 'problem' && f.evidence.some((e) => e.kind === 'event'));
  expect(findings).toHaveLength(1);
  return findings[0]!;
}

const accountValues = (f: Finding) => f.evidence.filter((e): e is Extract<Evidence, { kind: 'account' }> => e.kind === 'account');
const notes = (f: Finding) => f.evidence.filter((e): e is Extract<Evidence, { kind: 'note' }> => e.kind === 'note').map((n) => n.text.en);
const steps = (f: Finding) => f.fix!.steps.en.join(' ');

describe('smtp-auth-required', () => {
  const relay = (sender = INFO) => event({ message: '550-550 relay through this server without authentication.', sender });

  it('when the sender is a mailbox here, then the steps name it and the server and port from the client settings', () => {
    const e = relay();
    expect(e.classification?.id).toBe('smtp-auth-required');
    const f = refined(healthyInput(), 'smtp-auth-required', [e]);
    expect(accountValues(f)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ source: 'UAPI Email::get_client_settings', value: 'hostingsecure.email:465' }),
        expect.objectContaining({ field: `${INFO} exists`, value: 'true' }),
      ]),
    );
    expect(steps(f)).toContain(`same user name (${INFO})`);
    expect(steps(f)).toContain('server hostingsecure.email, port 465');
    expect(f.fix!.steps.nl.join(' ')).toContain('465');
  });

  it('when the sender is no mailbox here, then the fix says to create it or use an existing one', () => {
    const f = refined(healthyInput(), 'smtp-auth-required', [relay(`kassa@${DOMAIN}`)]);
    expect(accountValues(f)).toEqual(expect.arrayContaining([expect.objectContaining({ field: `kassa@${DOMAIN} exists`, value: 'false' })]));
    expect(f.fix!.steps.en[0]).toContain(`Create kassa@${DOMAIN}`);
  });

  it('when the mailbox list failed, then the finding keeps the general fix and says what could not be checked', () => {
    const input = withAccount(healthyInput(), { mailboxes: failedPart('UAPI Email::list_pops_with_disk', 'timeout') });
    const f = refined(input, 'smtp-auth-required', [relay()]);
    expect(notes(f).join(' ')).toContain('Email::list_pops_with_disk failed');
    expect(steps(f)).not.toContain(INFO);
  });
});

describe('max-defers-failures', () => {
  const block = (ago: number) =>
    event({ message: `Domain ${DOMAIN} has exceeded the max defers and failures per hour (5/5 (100%)) allowed. Message discarded.`, ago, recipient: 'klant@example.com' });
  const unknown = (recipient: string, ago: number, sender = INFO) =>
    event({ message: `SMTP error from remote mail server after RCPT TO:<${recipient}>: 550 5.1.1 The email account that you tried to reach does not exist.`, recipient, ago, sender });

  it('when the domain is blocked, then it counts the failures of the hour, lists them, names the limits and the time it frees', () => {
    const events = [block(60), unknown('oud@klant.nl', 900), unknown('oud@klant.nl', 1200), unknown('weg@firma.nl', 1500), unknown('x@y.nl', 3000), unknown('z@y.nl', 2400)];
    const f = refined(healthyInput(), 'max-defers-failures', events);
    expect(f.subject).toEqual({ kind: 'domain', name: DOMAIN });
    expect(accountValues(f)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'max_defer_fail_percentage', value: '100' }),
        expect.objectContaining({ field: 'min_defer_fail_to_trigger_protection', value: '5' }),
        expect.objectContaining({ field: `defers+failures of ${DOMAIN} in the last hour`, value: '5 of 5 (100%)' }),
      ]),
    );
    expect(notes(f).join(' ')).toContain('oud@klant.nl — failed (2×)');
    const frees = new Date((NOW - 900 + 3600) * 1000).toISOString().slice(0, 16).replace('T', ' ');
    expect(f.summary.en).toContain(frees);
    expect(f.fix!.steps.en[0]).toBe(`Send nothing from ${DOMAIN} until ${frees} UTC: every message discarded in that time can extend the block.`);
    expect(steps(f)).toContain('weg@firma.nl');
  });

  it('when a forwarder sends to an address that keeps failing, then the fix names that forwarder', () => {
    const input = withAccount(healthyInput(), { forwarders: okPart([forwarder(`oud-medewerker@${DOMAIN}`, 'piet@vertrokken.example')]) });
    const forwarded = unknown('piet@vertrokken.example', 600, 'nieuwsbrief@winkel.example');
    const f = refined(input, 'max-defers-failures', [block(60), forwarded, unknown('a@b.nl', 700), unknown('c@d.nl', 800), unknown('e@f.nl', 900), unknown('g@h.nl', 1000)]);
    expect(steps(f)).toContain(`oud-medewerker@${DOMAIN} → piet@vertrokken.example`);
    expect(accountValues(f)).toEqual(expect.arrayContaining([expect.objectContaining({ source: 'UAPI Email::list_forwarders' })]));
  });

  it('when the discarded message was forwarded mail with an outside sender, then the domain named in the text is the one counted', () => {
    const forwardedBlock = event({
      message: `Domain ${DOMAIN} has exceeded the max defers and failures per hour (5/5 (100%)) allowed. Message discarded.`,
      sender: 'nieuwsbrief@winkel.example',
      ago: 60,
    });
    const f = refined(healthyInput(), 'max-defers-failures', [forwardedBlock, unknown('oud@klant.nl', 900), unknown('weg@firma.nl', 1000)]);
    expect(accountValues(f)).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: `defers+failures of ${DOMAIN} in the last hour`, value: '2 of 2 (100%)' })]),
    );
  });

  it('when nothing failed in the last hour any more, then the block is over and the finding is no longer critical', () => {
    const f = refined(healthyInput(), 'max-defers-failures', [block(5000), unknown('oud@klant.nl', 5200)]);
    expect(f.severity).toBe('warning');
    expect(f.summary.en).toContain('the block is over by now');
  });

  it('when the limits could not be read, then it still counts and says the limits were not checked', () => {
    const input = withAccount(healthyInput(), { limits: failedPart('WHM listaccts', 'access denied') });
    const f = refined(input, 'max-defers-failures', [block(60), unknown('oud@klant.nl', 900)]);
    expect(notes(f).join(' ')).toContain('WHM listaccts failed');
    expect(accountValues(f).some((e) => e.field === 'max_defer_fail_percentage')).toBe(false);
  });
});

describe('max-emails-per-hour', () => {
  const limited = (fate: 'queued' | 'discarded', recipient: string) =>
    event({
      message:
        fate === 'queued'
          ? `Domain ${DOMAIN} has exceeded the max emails per hour (500/500 (100%)) allowed.  Message will be reattempted later`
          : `Domain ${DOMAIN} has exceeded the max emails per hour (500/500 (100%)) allowed.  Message discarded.`,
      outcome: fate === 'queued' ? 'deferred' : 'failed',
      recipient,
      ago: 120,
    });
  const sent = (n: number) => Array.from({ length: n }, (_, i) => event({ message: 'Accepted', outcome: 'delivered', recipient: `lid${i}@example.com`, ago: 1000 + i }));

  it('when copies were discarded, then it is critical, names the limit and the count sent, and says which to send again', () => {
    const e = limited('discarded', 'klant@example.com');
    expect(e.classification?.id).toBe('max-emails-per-hour');
    const f = refined(healthyInput(), 'max-emails-per-hour', [e, limited('queued', 'ander@example.com'), ...sent(12)]);
    expect(f.severity).toBe('critical');
    expect(accountValues(f)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'max_email_per_hour', value: '500' }),
        expect.objectContaining({ field: `messages sent for ${DOMAIN} in the last hour`, value: '12' }),
        expect.objectContaining({ field: 'refused copies queued / discarded', value: '1 / 1' }),
      ]),
    );
    expect(f.summary.en).toContain('The limit is 500 messages per hour');
    expect(steps(f)).toContain('recipients: klant@example.com');
    expect(steps(f)).toContain('1 message(s) are queued');
  });

  it('when every copy was queued, then it is a warning and nothing has to be sent again', () => {
    const f = refined(healthyInput(), 'max-emails-per-hour', [limited('queued', 'klant@example.com')]);
    expect(f.severity).toBe('warning');
    expect(steps(f)).not.toContain('discarded');
  });

  it('when the limits could not be read, then it says so instead of naming a limit', () => {
    const input = withAccount(healthyInput(), { limits: failedPart('WHM listaccts', 'access denied') });
    const f = refined(input, 'max-emails-per-hour', [limited('discarded', 'klant@example.com')]);
    expect(notes(f).join(' ')).toContain('WHM listaccts failed');
    expect(f.summary.en).not.toContain('The limit is');
  });
});

describe('outgoing-suspended and outgoing-held', () => {
  const suspension = event({ message: `Sender ${INFO} has an outgoing mail suspension. Message discarded.` });
  const hold = event({ message: `Sender ${INFO} has an outgoing mail hold. Message will be reattempted later`, outcome: 'deferred' });

  it('when the mailbox is suspended now, then the fix names it and the Restrictions switch after a password change', () => {
    expect(suspension.classification?.id).toBe('outgoing-suspended');
    const input = withAccount(healthyInput(), { mailboxes: okPart([mailbox({ email: INFO, suspendedOutgoing: true })]) });
    const f = refined(input, 'outgoing-suspended', [suspension]);
    expect(f.severity).toBe('critical');
    expect(accountValues(f)).toEqual(expect.arrayContaining([expect.objectContaining({ field: `${INFO} suspended_outgoing`, value: 'true' })]));
    expect(f.fix!.steps.en[0]).toContain(`change the password of ${INFO}`);
    expect(f.fix!.steps.en[1]).toContain(`Manage for ${INFO}`);
    expect(f.fix!.steps.nl[1]).toContain('Beperkingen (Restrictions)');
  });

  it('when the whole account is suspended, then only the hosting provider can lift it', () => {
    const input = withLimits(healthyInput(), { outgoingMailSuspended: true });
    const f = refined(input, 'outgoing-suspended', [suspension]);
    expect(f.fix!.actor).toBe('hosting-provider');
    expect(steps(f)).toContain('account jansen');
  });

  it('when neither flag is on any more, then it says the suspension has been lifted since', () => {
    const f = refined(healthyInput(), 'outgoing-suspended', [suspension]);
    expect(f.severity).toBe('info');
    expect(f.summary.en).toContain('has been lifted since');
  });

  it('when the mailbox list failed, then it keeps the general fix and notes the failed call', () => {
    const input = withAccount(healthyInput(), { mailboxes: failedPart('UAPI Email::list_pops_with_disk', 'timeout') });
    const f = refined(input, 'outgoing-suspended', [suspension]);
    expect(notes(f).join(' ')).toContain('Email::list_pops_with_disk failed');
    expect(f.summary.en).not.toContain('lifted');
  });

  it('when the mailbox has a hold, then the fix names it and says the held mail then goes out', () => {
    expect(hold.classification?.id).toBe('outgoing-held');
    const input = withAccount(healthyInput(), { mailboxes: okPart([mailbox({ email: INFO, holdOutgoing: true })]) });
    const f = refined(input, 'outgoing-held', [hold]);
    expect(accountValues(f)).toEqual(expect.arrayContaining([expect.objectContaining({ field: `${INFO} hold_outgoing`, value: 'true' })]));
    expect(f.fix!.steps.en[1]).toContain(`Manage for ${INFO}`);
    expect(f.fix!.steps.en[2]).toContain('go out by themselves');
  });

  it('when the account has a hold, then the provider releases it', () => {
    const f = refined(withLimits(healthyInput(), { outgoingMailHold: true }), 'outgoing-held', [hold]);
    expect(f.fix!.actor).toBe('hosting-provider');
  });

  it('when the hold is off now, then it says it was released since', () => {
    const f = refined(healthyInput(), 'outgoing-held', [hold]);
    expect(f.summary.en).toContain('released since');
  });
});

describe('recipient-mailbox-full', () => {
  const full = (recipient: string) =>
    event({ message: `SMTP error from remote mail server after RCPT TO:<${recipient}>: 552 5.2.2 Mailbox full`, recipient });

  it('when the full mailbox is a local one, then it shows used/quota and says to raise the quota or clean up', () => {
    const e = full(INFO);
    expect(e.classification?.id).toBe('recipient-mailbox-full');
    const input = withAccount(healthyInput(), { mailboxes: okPart([mailbox({ email: INFO, diskUsedBytes: 2 ** 30, quotaBytes: 2 ** 30 })]) });
    const f = refined(input, 'recipient-mailbox-full', [e]);
    expect(accountValues(f)).toEqual(expect.arrayContaining([expect.objectContaining({ value: '1024 MB / 1024 MB (100%)' })]));
    expect(f.fix!.actor).toBe('account-owner');
    expect(f.fix!.steps.en[0]).toContain(`Manage for ${INFO} and raise the quota`);
    // The state check says the same from the mailbox list.
    expect(diagnose(withEvents(input, [e])).some((x) => x.id === 'mailbox-over-quota' && x.status === 'problem')).toBe(true);
  });

  it('when the recipient is elsewhere, then only the recipient can make room', () => {
    const f = refined(healthyInput(), 'recipient-mailbox-full', [full('jan@elders.example')]);
    expect(f.fix!.actor).toBe('other-side');
    expect(f.fix!.steps.en[0]).toContain('Tell jan@elders.example');
    expect(accountValues(f)).toEqual(expect.arrayContaining([expect.objectContaining({ value: 'false' })]));
  });

  it('when the mailbox list failed, then it keeps the general fix and notes the failed call', () => {
    const input = withAccount(healthyInput(), { mailboxes: failedPart('UAPI Email::list_pops_with_disk', 'timeout') });
    const f = refined(input, 'recipient-mailbox-full', [full(INFO)]);
    expect(notes(f).join(' ')).toContain('failed');
    expect(f.fix!.steps.en[0]).not.toContain(`Manage for ${INFO}`);
  });
});

describe('forwarder-breaks-spf', () => {
  const spf = (recipient: string) =>
    event({ message: '550 5.7.23 SPF sender 2a01:4f8:120:7310::2 is not allowed to send mail from <domein.nl>', sender: 'klant@domein.nl', recipient });

  it('when a forwarder sends to the refusing Gmail address, then it is named with the fetch-by-POP/IMAP fix', () => {
    const e = spf('jan.jansen@gmail.com');
    expect(e.classification?.id).toBe('forwarder-breaks-spf');
    const input = withAccount(healthyInput(), {
      forwarders: okPart([forwarder(INFO, 'jan.jansen@gmail.com'), forwarder(`verkoop@${DOMAIN}`, INFO), forwarder(`shop@${DOMAIN}`, 'shop@outlook.com')]),
    });
    const f = refined(input, 'forwarder-breaks-spf', [e]);
    expect(accountValues(f).map((x) => x.value)).toEqual([`${INFO} → jan.jansen@gmail.com`]);
    expect(f.fix!.steps.en[0]).toBe(`In cPanel > Email > Forwarders, delete: ${INFO} → jan.jansen@gmail.com.`);
    expect(steps(f)).toContain('Check mail from other accounts');
    expect(steps(f)).toContain('hostingsecure.email');
  });

  it('when the forwarded address has no mailbox of its own, then the fix first creates one so there is something to fetch', () => {
    const input = withAccount(healthyInput(), { forwarders: okPart([forwarder(`shop@${DOMAIN}`, 'shop@hotmail.com')]) });
    const f = refined(input, 'forwarder-breaks-spf', [spf('eigenaar@outlook.com')]);
    expect(f.fix!.steps.en[0]).toContain(`shop@${DOMAIN} → shop@hotmail.com`);
    expect(f.fix!.steps.en[1]).toContain(`create a mailbox for shop@${DOMAIN}`);
  });

  it('when a whole domain is forwarded to an outside domain, then that domain forwarder is named', () => {
    const input = withAccount(healthyInput(), { domainForwarders: okPart([{ domain: DOMAIN, destinationDomain: 'gmail.com' }]) });
    const f = refined(input, 'forwarder-breaks-spf', [spf('jan.jansen@gmail.com')]);
    expect(f.fix!.steps.en[0]).toContain(`${DOMAIN} → gmail.com`);
  });

  it('when no forwarder goes to an outside provider, then it says so and keeps the general fix', () => {
    const input = withAccount(healthyInput(), { forwarders: okPart([forwarder(`verkoop@${DOMAIN}`, INFO)]) });
    const f = refined(input, 'forwarder-breaks-spf', [spf('jan.jansen@gmail.com')]);
    expect(notes(f).join(' ')).toContain('no forwarder to an outside provider');
    expect(steps(f)).not.toContain('delete: ');
  });

  it('when both forwarder lists failed, then it notes both calls', () => {
    const input = withAccount(healthyInput(), {
      forwarders: failedPart('UAPI Email::list_forwarders', 'timeout'),
      domainForwarders: failedPart('UAPI Email::list_domain_forwarders', 'timeout'),
    });
    const f = refined(input, 'forwarder-breaks-spf', [spf('jan.jansen@gmail.com')]);
    expect(notes(f)).toEqual(expect.arrayContaining([expect.stringContaining('list_forwarders failed'), expect.stringContaining('list_domain_forwarders failed')]));
  });
});

describe('pipe-forwarder-failed', () => {
  const pipeFail = event({
    message: `pipe to |/home/jansen/tickets/inbound.php support@${DOMAIN} generated by support@${DOMAIN}`,
    direction: 'incoming',
    sender: 'klant@example.com',
    recipient: `support@${DOMAIN}`,
  });

  it('when the address pipes to a program, then the forwarder and the program are named', () => {
    expect(pipeFail.classification?.id).toBe('pipe-forwarder-failed');
    const input = withAccount(healthyInput(), { forwarders: okPart([forwarder(`support@${DOMAIN}`, '|/home/jansen/tickets/inbound.php')]) });
    const f = refined(input, 'pipe-forwarder-failed', [pipeFail]);
    expect(accountValues(f)).toEqual([expect.objectContaining({ source: 'UAPI Email::list_forwarders', value: `support@${DOMAIN} → |/home/jansen/tickets/inbound.php` })]);
    expect(f.fix!.steps.en[0]).toContain('the program /home/jansen/tickets/inbound.php');
    expect(f.fix!.steps.nl[2]).toContain(`support@${DOMAIN}`);
  });

  it('when there is no pipe forwarder, then it says so', () => {
    const f = refined(healthyInput(), 'pipe-forwarder-failed', [pipeFail]);
    expect(notes(f).join(' ')).toContain('no forwarder to a program');
  });

  it('when the forwarder list failed, then it notes the call', () => {
    const input = withAccount(healthyInput(), { forwarders: failedPart('UAPI Email::list_forwarders', 'timeout') });
    expect(notes(refined(input, 'pipe-forwarder-failed', [pipeFail])).join(' ')).toContain('list_forwarders failed');
  });
});

describe('incoming-suspended (from a delivery record)', () => {
  const refused = event({ message: `Mail to ${INFO} has been suspended`, direction: 'incoming', sender: 'klant@example.com', recipient: INFO });

  it('when the mailbox still has incoming suspended, then the flag is evidence and the fix names the mailbox', () => {
    expect(refused.classification?.id).toBe('incoming-suspended');
    const input = withAccount(healthyInput(), { mailboxes: okPart([mailbox({ email: INFO, suspendedIncoming: true })]) });
    const f = refined(input, 'incoming-suspended', [refused]);
    expect(f.severity).toBe('critical');
    expect(accountValues(f)).toEqual([expect.objectContaining({ field: `${INFO} suspended_incoming`, value: 'true' })]);
    expect(f.fix!.steps.en[0]).toContain(`Manage for ${INFO}`);
  });

  it('when receiving is switched on again, then it says so', () => {
    const f = refined(healthyInput(), 'incoming-suspended', [refused]);
    expect(f.severity).toBe('info');
    expect(f.summary.en).toContain('switched on since');
  });

  it('when the mailbox list failed, then it notes the call', () => {
    const input = withAccount(healthyInput(), { mailboxes: failedPart('UAPI Email::list_pops_with_disk', 'timeout') });
    expect(notes(refined(input, 'incoming-suspended', [refused])).join(' ')).toContain('list_pops_with_disk failed');
  });
});
