/** The account-state checks: sending limits, spam box, mailbox restrictions and quota, website senders. */
import { diagnose } from '../../src/diagnose/diagnose';
import { checkFormMailSender } from '../../src/diagnose/checks/form-mail-sender';
import { checkMailboxQuota } from '../../src/diagnose/checks/mailbox-quota';
import { checkIncomingSuspended, checkLoginSuspended } from '../../src/diagnose/checks/mailbox-suspensions';
import { checkMaxDefersApproaching } from '../../src/diagnose/checks/max-defers-approaching';
import { checkSpamBox, spamScale } from '../../src/diagnose/checks/spam-box';
import type { Mailbox } from '../../src/diagnose/observations';
import type { AccountLimits, AuditInput, Evidence, Finding } from '../../src/diagnose/model';
import { DOMAIN, event, failedPart, healthyAccount, healthyInput, NOW, okPart, withAccount, withEvents, type EventSpec } from './input-builder';

const UNKNOWN_USER = 'SMTP error from remote mail server after RCPT TO:<oud@klant.nl>: 550 5.1.1 The email account that you tried to reach does not exist.';

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

function withMailboxes(input: AuditInput, ...boxes: Mailbox[]): AuditInput {
  return withAccount(input, { mailboxes: okPart(boxes) });
}

function withLimits(input: AuditInput, change: Partial<AccountLimits>): AuditInput {
  const limits = healthyAccount().limits;
  if (!limits.ok) throw new Error('healthy limits');
  return withAccount(input, { limits: okPart({ ...limits.value, ...change }) });
}

function failures(n: number, spec: Partial<EventSpec> = {}): ReturnType<typeof event>[] {
  return Array.from({ length: n }, (_, i) => event({ message: UNKNOWN_USER, recipient: `oud${i}@klant.nl`, ago: 600 + i * 60, ...spec }));
}

function delivered(n: number): ReturnType<typeof event>[] {
  return Array.from({ length: n }, (_, i) => event({ message: 'Accepted', outcome: 'delivered', recipient: `klant${i}@example.com`, ago: 300 + i }));
}

const problems = (findings: readonly Finding[]) => findings.filter((f) => f.status === 'problem');
const accountValues = (f: Finding) => f.evidence.filter((e): e is Extract<Evidence, { kind: 'account' }> => e.kind === 'account');
const allText = (f: Finding) => JSON.stringify(f);

describe('max-defers-approaching', () => {
  it('when 3 of 3 outgoing messages failed in the last hour (limit 100%, from 5), then it warns with the recipients and when the window frees', () => {
    const input = withEvents(healthyInput(), failures(3));
    const [f, ...rest] = problems(checkMaxDefersApproaching(input));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ id: 'max-defers-approaching', status: 'problem', severity: 'critical', subject: { kind: 'domain', name: DOMAIN }, count: 3 });
    expect(accountValues(f!)).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'min_defer_fail_to_trigger_protection', value: '5' })]),
    );
    expect(f!.evidence.filter((e) => e.kind === 'event')).toHaveLength(3);
    // Oldest failure 600+120 s ago leaves the hour 3600 s later.
    const frees = new Date((NOW - 720 + 3600) * 1000).toISOString().slice(11, 16);
    expect(f!.summary.en).toContain(frees);
    expect(f!.fix!.steps.en.join(' ')).toContain('oud0@klant.nl — failed (1×)');
    expect(f!.fix!.steps.nl.join(' ')).toContain(DOMAIN);
  });

  it('when 3 failures are among many delivered messages, then the percentage stays far below the limit and it is ok', () => {
    const input = withEvents(healthyInput(), [...failures(3), ...delivered(40)]);
    const findings = checkMaxDefersApproaching(input);
    expect(problems(findings)).toEqual([]);
    expect(findings).toEqual([expect.objectContaining({ status: 'ok', subject: { kind: 'domain', name: DOMAIN } })]);
  });

  it('when only 2 of 5 failed, then (below 60% of the minimum count) there is no warning', () => {
    expect(problems(checkMaxDefersApproaching(withEvents(healthyInput(), failures(2))))).toEqual([]);
  });

  it('when the failures are older than an hour, then they do not count', () => {
    expect(problems(checkMaxDefersApproaching(withEvents(healthyInput(), failures(4, { ago: 3700 }))))).toEqual([]);
  });

  it('when the domain is already blocked, then the check leaves it to the max-defers-failures finding', () => {
    const block = event({ message: `Domain ${DOMAIN} has exceeded the max defers and failures per hour (5/5 (100%)) allowed. Message discarded.`, ago: 60 });
    expect(block.classification?.id).toBe('max-defers-failures');
    const findings = diagnose(withEvents(healthyInput(), [...failures(5), block]));
    expect(findings.filter((f) => f.id === 'max-defers-approaching' && f.status === 'problem')).toEqual([]);
    expect(findings.filter((f) => f.id === 'max-defers-failures' && f.status === 'problem')).toHaveLength(1);
  });

  it('when the percentage limit is unlimited, then there is nothing to approach', () => {
    const findings = checkMaxDefersApproaching(withLimits(withEvents(healthyInput(), failures(5)), { maxDeferFailPercentage: 'unlimited' }));
    expect(findings).toEqual([expect.objectContaining({ status: 'ok' })]);
  });

  it('when Track Delivery failed, then it could not check and names the call', () => {
    const input = withAccount(healthyInput(), { events: failedPart('API2 EmailTrack::search', 'eximstatsadmin returned invalid data') });
    const [f] = checkMaxDefersApproaching(input);
    expect(f).toMatchObject({ status: 'could-not-check', id: 'max-defers-approaching' });
    expect(f!.summary.en).toContain('EmailTrack::search');
  });

  it('when the limits could not be read, then it could not check', () => {
    const input = withAccount(withEvents(healthyInput(), failures(4)), { limits: failedPart('WHM listaccts', 'access denied') });
    expect(checkMaxDefersApproaching(input)).toEqual([expect.objectContaining({ status: 'could-not-check' })]);
  });

  it('when the Track Delivery list overflowed, then it could not check instead of counting a partial list', () => {
    const input = withAccount(healthyInput(), { events: okPart({ events: failures(1), overflowed: true }) });
    expect(checkMaxDefersApproaching(input)).toEqual([expect.objectContaining({ status: 'could-not-check' })]);
  });
});

describe('spam-box-enabled', () => {
  const spamOn = (input: AuditInput) =>
    withAccount(input, { spam: okPart({ spamAssassinEnabled: true, spamBoxEnabled: true, autoDeleteEnabled: false, autoDeleteScore: null, rewritesSubjects: true, spamAsAcl: false }) });
  const incoming = (spamScore: number, sender = 'nieuwsbrief@winkel.example') =>
    event({ message: 'Accepted', outcome: 'delivered', direction: 'incoming', sender, recipient: `info@${DOMAIN}`, spamScore });

  it('when the spam box is on and incoming mail scored 7.3, then it says to look in the spam folder of that mailbox', () => {
    const input = spamOn(withEvents(healthyInput(), [incoming(7.3), incoming(0.4, 'klant@example.com')]));
    const [f, ...rest] = problems(checkSpamBox(input));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ id: 'spam-box-enabled', severity: 'info', subject: { kind: 'mailbox', name: `info@${DOMAIN}` }, count: 1 });
    expect(f!.fix!.steps.nl[0]).toContain(`info@${DOMAIN}`);
    expect(allText(f!)).toContain('nieuwsbrief@winkel.example: 7.3');
    expect(allText(f!)).not.toContain('klant@example.com');
  });

  it('when cPanel stored the scores ×10 as whole numbers, then 53 reads as 5.3 (spam) and 12 as 1.2 (not spam)', () => {
    expect(spamScale([53, 12, 0])).toBe(10);
    expect(spamScale([7.3, 60])).toBe(1);
    const input = spamOn(withEvents(healthyInput(), [incoming(53), incoming(12, 'klant@example.com')]));
    const [f] = problems(checkSpamBox(input));
    expect(f!.count).toBe(1);
    expect(allText(f!)).toContain('nieuwsbrief@winkel.example: 5.3');
  });

  it('when the spam box is off, then it is ok even with spam scores', () => {
    const findings = checkSpamBox(withEvents(healthyInput(), [incoming(9.9)]));
    expect(findings).toEqual([expect.objectContaining({ status: 'ok' })]);
  });

  it('when the spam settings could not be read, then it could not check', () => {
    const input = withAccount(healthyInput(), { spam: failedPart('UAPI Email::get_spam_settings', 'feature disabled') });
    expect(checkSpamBox(input)).toEqual([expect.objectContaining({ status: 'could-not-check' })]);
  });

  it('when the spam box is on but Track Delivery failed, then it could not check', () => {
    const input = spamOn(withAccount(healthyInput(), { events: failedPart('API2 EmailTrack::search', 'timeout') }));
    expect(checkSpamBox(input)).toEqual([expect.objectContaining({ status: 'could-not-check' })]);
  });
});

describe('incoming-suspended and login-suspended', () => {
  it('when a mailbox has incoming mail suspended, then it is critical and names the mailbox and the switch', () => {
    const input = withMailboxes(healthyInput(), mailbox({ email: `info@${DOMAIN}` }), mailbox({ email: `verkoop@${DOMAIN}`, suspendedIncoming: true }));
    const [f, ...rest] = problems(checkIncomingSuspended(input));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ id: 'incoming-suspended', severity: 'critical', subject: { kind: 'mailbox', name: `verkoop@${DOMAIN}` } });
    expect(accountValues(f!)[0]).toMatchObject({ field: `verkoop@${DOMAIN} suspended_incoming`, value: 'true' });
    expect(f!.fix!.steps.en[0]).toContain(`Manage for verkoop@${DOMAIN}`);
    expect(f!.fix!.steps.nl[0]).toContain('E-mailaccounts');
  });

  it('when a mailbox has its login suspended, then it is a warning naming the mailbox', () => {
    const input = withMailboxes(healthyInput(), mailbox({ email: `info@${DOMAIN}`, suspendedLogin: true }));
    const [f] = problems(checkLoginSuspended(input));
    expect(f).toMatchObject({ id: 'login-suspended', severity: 'warning', subject: { name: `info@${DOMAIN}` } });
    expect(f!.fix!.steps.en.join(' ')).toContain(`Manage for info@${DOMAIN}`);
    expect(problems(checkIncomingSuspended(input))).toEqual([]);
  });

  it('when no mailbox is suspended, then both are ok', () => {
    expect(checkIncomingSuspended(healthyInput())).toEqual([expect.objectContaining({ status: 'ok' })]);
    expect(checkLoginSuspended(healthyInput())).toEqual([expect.objectContaining({ status: 'ok' })]);
  });

  it('when one mailbox sent an unreadable incoming switch, then the ok says which, and the login check is unaffected', () => {
    const input = withAccount(healthyInput(), {
      mailboxes: {
        ok: true,
        value: [mailbox({ email: `info@${DOMAIN}` }), mailbox({ email: `raar@${DOMAIN}` })],
        gaps: [{ call: 'UAPI Email::list_pops_with_disk', kind: 'field-invalid', subject: `raar@${DOMAIN}`, fields: ['suspended_incoming'] }],
      },
    });
    const [incoming] = checkIncomingSuspended(input);
    expect(incoming!.summary.en).toBe('Every mailbox cPanel gave in full may receive mail.');
    expect(incoming!.evidence).toEqual([
      { kind: 'note', text: { nl: `1 van de 2 mailboxen had een onleesbare waarde voor suspended_incoming (raar@${DOMAIN}).`, en: `1 of 2 mailboxes had an unreadable suspended_incoming value (raar@${DOMAIN}).` } },
    ]);
    const [login] = checkLoginSuspended(input);
    expect(login!.summary.en).toBe('Every mailbox allows logging in.');
    expect(login!.evidence).toEqual([]);
  });

  it('when the mailbox list failed, then both could not check', () => {
    const input = withAccount(healthyInput(), { mailboxes: failedPart('UAPI Email::list_pops_with_disk', 'timeout') });
    expect(checkIncomingSuspended(input)).toEqual([expect.objectContaining({ status: 'could-not-check' })]);
    expect(checkLoginSuspended(input)).toEqual([expect.objectContaining({ status: 'could-not-check' })]);
  });
});

describe('mailbox-over-quota', () => {
  it('when a mailbox uses its whole quota, then it is critical with the sizes in MB', () => {
    const input = withMailboxes(healthyInput(), mailbox({ email: `info@${DOMAIN}`, diskUsedBytes: 1024 * 2 ** 20, quotaBytes: 1024 * 2 ** 20 }));
    const [f] = problems(checkMailboxQuota(input));
    expect(f).toMatchObject({ id: 'mailbox-over-quota', severity: 'critical', subject: { kind: 'mailbox', name: `info@${DOMAIN}` } });
    expect(accountValues(f!)[0]!.value).toBe('1024 MB / 1024 MB (100%)');
    expect(f!.fix!.steps.en[0]).toContain(`Manage for info@${DOMAIN}`);
  });

  it('when a mailbox is at 95% of its quota, then it is a warning', () => {
    const input = withMailboxes(healthyInput(), mailbox({ email: `info@${DOMAIN}`, diskUsedBytes: 950 * 2 ** 20, quotaBytes: 1000 * 2 ** 20 }));
    const [f] = problems(checkMailboxQuota(input));
    expect(f).toMatchObject({ severity: 'warning' });
    expect(f!.summary.en).toContain('95%');
  });

  it('when the quota is unlimited or the mailbox is at 80%, then it is ok', () => {
    const input = withMailboxes(
      healthyInput(),
      mailbox({ email: `info@${DOMAIN}`, diskUsedBytes: 5 * 2 ** 30, quotaBytes: 'unlimited' }),
      mailbox({ email: `verkoop@${DOMAIN}`, diskUsedBytes: 800, quotaBytes: 1000 }),
    );
    expect(checkMailboxQuota(input)).toEqual([expect.objectContaining({ status: 'ok' })]);
  });

  it('when the mailbox list failed, then it could not check', () => {
    const input = withAccount(healthyInput(), { mailboxes: failedPart('UAPI Email::list_pops_with_disk', 'timeout') });
    expect(checkMailboxQuota(input)).toEqual([expect.objectContaining({ status: 'could-not-check' })]);
  });

  it('when one of twelve mailboxes has no disk figures, then the others are judged and the note says "1 of 12 mailboxes had no disk figures"', () => {
    const boxes = Array.from({ length: 11 }, (_, i) => mailbox({ email: `m${i}@${DOMAIN}`, diskUsedBytes: 100, quotaBytes: 1000 }));
    const input = withMailboxes(healthyInput(), ...boxes, mailbox({ email: `leeg@${DOMAIN}`, diskUsedBytes: null, quotaBytes: null }));
    const findings = checkMailboxQuota(input);
    expect(findings.map((f) => [f.status, f.subject.name])).toEqual([
      ['ok', input.account.user],
      ['could-not-check', `leeg@${DOMAIN}`],
    ]);
    expect(findings[0]!.summary.en).toBe('No mailbox with disk figures is at its quota.');
    expect(findings[0]!.evidence).toEqual([{ kind: 'note', text: { nl: `1 van de 12 mailboxen had geen schijfcijfers (leeg@${DOMAIN}).`, en: `1 of 12 mailboxes had no disk figures (leeg@${DOMAIN}).` } }]);
  });

  it('when a full mailbox and one without disk figures are listed, then the full one is a problem and the other could-not-check', () => {
    const input = withMailboxes(
      healthyInput(),
      mailbox({ email: `vol@${DOMAIN}`, diskUsedBytes: 1000, quotaBytes: 1000 }),
      mailbox({ email: `leeg@${DOMAIN}`, diskUsedBytes: null, quotaBytes: 1000 }),
    );
    expect(checkMailboxQuota(input).map((f) => [f.status, f.subject.name])).toEqual([
      ['problem', `vol@${DOMAIN}`],
      ['could-not-check', `leeg@${DOMAIN}`],
    ]);
  });

  it('when mailbox rows were left out as unreadable, then the ok says so', () => {
    const input = withAccount(healthyInput(), {
      mailboxes: { ok: true, value: [mailbox({ email: `info@${DOMAIN}` })], gaps: [{ call: 'UAPI Email::list_pops_with_disk', kind: 'row-skipped', subject: null, fields: ['email'] }] },
    });
    const [f] = checkMailboxQuota(input);
    expect(f!.status).toBe('ok');
    expect(f!.evidence).toEqual([
      { kind: 'note', text: expect.objectContaining({ en: '1 of 2 mailboxes in the reply of UAPI Email::list_pops_with_disk could not be read and was left out.' }) },
    ]);
  });
});

describe('form-mail-nonexistent-sender', () => {
  const sent = (sender: string) => event({ message: 'Accepted', outcome: 'delivered', sender, recipient: 'klant@example.com' });

  it('when the website sends as the cPanel user at the server hostname, then it names that sender and the SMTP fix', () => {
    const input = withEvents(healthyInput(), [sent('jansen@server1.hosting.example'), sent('jansen@server1.hosting.example')]);
    const [f, ...rest] = problems(checkFormMailSender(input));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ id: 'form-mail-nonexistent-sender', severity: 'warning', subject: { name: 'jansen@server1.hosting.example' }, count: 2 });
    expect(f!.fix!.steps.en.join(' ')).toContain('WP Mail SMTP');
    expect(f!.fix!.steps.en.join(' ')).toContain(`website@${DOMAIN}`);
    expect(f!.fix!.steps.en.join(' ')).toContain('hostingsecure.email');
  });

  it('when mail goes out as nobody@… or as a non-existent address at an own domain, then both are named', () => {
    const input = withEvents(healthyInput(), [sent('nobody@server1.hosting.example'), sent(`noreply@${DOMAIN}`), sent(`info@${DOMAIN}`)]);
    const names = problems(checkFormMailSender(input)).map((f) => f.subject.name);
    expect(names).toEqual([`nobody@server1.hosting.example`, `noreply@${DOMAIN}`]);
  });

  it('when the sender is an existing mailbox, a forwarder or the main cPanel address, then it is ok', () => {
    const base = withAccount(healthyInput(), { forwarders: okPart([{ source: `bestel@${DOMAIN}`, destination: `info@${DOMAIN}`, kind: 'address' as const, destinationDomain: DOMAIN }]) });
    const input = withEvents(base, [sent(`info@${DOMAIN}`), sent(`bestel@${DOMAIN}`), sent(`jansen@${DOMAIN}`)]);
    expect(checkFormMailSender(input)).toEqual([expect.objectContaining({ status: 'ok' })]);
  });

  it('when the forwarder list failed and mail went out from an own-domain address, then it could not check that address', () => {
    const input = withAccount(withEvents(healthyInput(), [sent(`noreply@${DOMAIN}`)]), { forwarders: failedPart('UAPI Email::list_forwarders', 'timeout') });
    const findings = checkFormMailSender(input);
    expect(findings).toEqual([expect.objectContaining({ status: 'could-not-check' })]);
    expect(findings[0]!.summary.en).toContain('Email::list_forwarders');
  });

  it('when Track Delivery failed, then it could not check', () => {
    const input = withAccount(healthyInput(), { events: failedPart('API2 EmailTrack::search', 'timeout') });
    expect(checkFormMailSender(input)).toEqual([expect.objectContaining({ status: 'could-not-check' })]);
  });
});
