/**
 * One real bounce of every MTA and provider family in the Sisimai corpus:
 * the recipients the reader finds (the same addresses Sisimai 4.25 reports
 * for that file, see recipients-sisimai-4.25.jsonl), the status code and the
 * remote server's words it hands to the knowledge base, and a diagnosis from
 * the catalogue. Families the reader does not handle yet are listed in
 * ARCHITECTURE.md, not hidden here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBounce } from '../../src/bounce/read-bounce';
import { isValidReason } from '../../src/bounce/reasons';
import { isDiagnosisId } from '../../src/kb/catalogue';

const EML = join(__dirname, '..', 'fixtures', 'samples', 'sisimai', 'eml');

type Row = readonly [family: string, file: string, kind: string, recipients: readonly string[], status: string | null, words: string | null];

const FAMILIES: readonly Row[] = [
  ['arf', 'arf-01.eml', 'feedback-report', ["redacted@example.net"], null, null],
  ['lhost-activehunter', 'lhost-activehunter-01.eml', 'bounce', ["kijitora@example.org"], null, "550 sorry, no mailbox here by"],
  ['lhost-amavis', 'lhost-amavis-01.eml', 'bounce', ["neko@example.co.jp"], "5.1.1", "550 5.1.1"],
  ['lhost-amazonses', 'lhost-amazonses-01.eml', 'bounce', ["shironeko@example.co.jp"], "5.0.0", "550-'5.7.1"],
  ['lhost-amazonworkmail', 'lhost-amazonworkmail-01.eml', 'bounce', ["kijitora@example.jp"], "5.1.1", "550 5.1.1"],
  ['lhost-barracuda', 'lhost-barracuda-01.eml', 'bounce', ["kijitora@example.org"], "5.7.1", "550 5.7.1 Message content reje"],
  ['lhost-bigfoot', 'lhost-bigfoot-02.eml', 'bounce', ["kijitora@example.org"], "5.7.1", "553 Invalid recipient kijitora"],
  ['lhost-biglobe', 'lhost-biglobe-01.eml', 'bounce', ["postmaster@mxr.biglobe.ne.jp"], null, null],
  ['lhost-courier', 'lhost-courier-01.eml', 'bounce', ["kijitora@example.co.jp"], "5.1.1", "550 5.1.1"],
  ['lhost-domino', 'lhost-domino-01.eml', 'bounce', ["kijitora@example.jp"], null, "because: User some.name (kijit"],
  ['lhost-dragonfly', 'lhost-dragonfly-01.eml', 'bounce', ["pseudo-local-part@google.example.com"], "5.7.26", null],
  ['lhost-einsundeins', 'lhost-einsundeins-02.eml', 'bounce', ["kijitora@example.org"], null, "For the following reason: Mail"],
  ['lhost-exchange2003', 'lhost-exchange2003-01.eml', 'bounce', ["kijitora@example.jp"], null, null],
  ['lhost-exchange2007', 'lhost-exchange2007-01.eml', 'bounce', ["mikeneko@example.co.jp"], "5.1.1", "550 5.1.1 RESOLVER.ADR.RecipNo"],
  ['lhost-exim', 'lhost-exim-01.eml', 'bounce', ["kijitora@example.ed.jp"], "5.7.0", "550 5.7.0"],
  ['lhost-ezweb', 'lhost-ezweb-01.eml', 'bounce', ["this-message-rejected-by-the-domain-filter@ezweb.ne.jp"], null, "Each of the following recipien"],
  ['lhost-gmail', 'lhost-gmail-01.eml', 'bounce', ["userunknown@example.jp"], "5.1.1", "550 5.1.1"],
  ['lhost-gmx', 'lhost-gmx-01.eml', 'bounce', ["shironeko@example.jp"], "5.2.2", "SMTP error from remote server"],
  ['lhost-googlegroups', 'lhost-googlegroups-01.eml', 'bounce', ["libsisimai@googlegroups.com"], null, null],
  ['lhost-googleworkspace', 'lhost-googleworkspace-01.eml', 'bounce', ["neko-nyaan-cat-meeting@google-groups.example.com"], null, null],
  ['lhost-imailserver', 'lhost-imailserver-01.eml', 'bounce', ["kijitora@example.com"], null, "Unknown user: kijitora@example"],
  ['lhost-kddi', 'lhost-kddi-01.eml', 'bounce', ["kijitora@x0000000000000.dion.ne.jp"], null, "Could not be delivered to: <ki"],
  ['lhost-mailfoundry', 'lhost-mailfoundry-01.eml', 'bounce', ["kijitora@example.org"], null, null],
  ['lhost-mailmarshal', 'lhost-mailmarshal-02.eml', 'bounce', ["kijitora@nyaan.example.com"], "5.1.1", "Additional Information Origina"],
  ['lhost-mailru', 'lhost-mailru-01.eml', 'bounce', ["kijitora@example.jp"], "5.1.1", "550 5.1.1"],
  ['lhost-mcafee', 'lhost-mcafee-01.eml', 'bounce', ["kijitora@example.co.jp"], null, "550 Unknown user kijitora@exam"],
  ['lhost-messagingserver', 'lhost-messagingserver-01.eml', 'bounce', ["kijitora@example.jp"], "5.1.1", "550 5.1.1"],
  ['lhost-mfilter', 'lhost-mfilter-01.eml', 'bounce', ["kijitora@example.com"], null, "550 unknown user <kijitora@exa"],
  ['lhost-mimecast', 'lhost-mimecast-01.eml', 'bounce', ["sabineko@neko.ef.example.org"], "5.4.1", "Recipient address rejected"],
  ['lhost-mxlogic', 'lhost-mxlogic-01.eml', 'bounce', ["kijitora@example.co.jp"], "5.1.1", "550 5.1.1"],
  ['lhost-notes', 'lhost-notes-01.eml', 'bounce', ["kijitora@u1.example.co.jp"], null, null],
  ['lhost-office365', 'lhost-office365-01.eml', 'bounce', ["kijitora@example.com"], "5.1.10", null],
  ['lhost-opensmtpd', 'lhost-opensmtpd-01.eml', 'bounce', ["apdugoaidugoaidugoaeiudggadi@gmail.com"], "5.1.1", "550 5.1.1 http://support.googl"],
  ['lhost-outlook', 'lhost-outlook-01.eml', 'bounce', ["kijitora@example.jp"], "5.2.2", "550 5.2.2"],
  ['lhost-postfix', 'lhost-postfix-01.eml', 'bounce', ["r@p351355.pool.example.ne.jp"], "5.1.1", "procmail: Couldn't create \"/va"],
  ['lhost-powermta', 'lhost-powermta-01.eml', 'bounce', ["kijitora@example.jp"], "5.2.1", "550 5.2.1"],
  ['lhost-qmail', 'lhost-qmail-01.eml', 'bounce', ["kijitora@example.ne.jp"], null, "550 Unknown user kijitora@exam"],
  ['lhost-receivingses', 'lhost-receivingses-01.eml', 'bounce', ["userunknown@neko.example.jp"], "5.1.1", "550 5.1.1 Mailbox does not exi"],
  ['lhost-sendgrid', 'lhost-sendgrid-01.eml', 'bounce', ["kijitora@example.jp"], "5.1.1", "550 5.1.1"],
  ['lhost-sendmail', 'lhost-sendmail-01.eml', 'bounce', ["userunknown@bouncehammer.jp"], "5.1.1", "550 5.1.1"],
  ['lhost-surfcontrol', 'lhost-surfcontrol-01.eml', 'bounce', ["kijitora@example.com"], "5.0.0", "550 kijitora@example.com... No"],
  ['lhost-trendmicro', 'lhost-trendmicro-01.eml', 'bounce', ["kijitora@example.co.jp"], "5.1.1", "550 5.1.1"],
  ['lhost-v5sendmail', 'lhost-v5sendmail-01.eml', 'bounce', ["kijitora@example.com"], null, null],
  ['lhost-verizon', 'lhost-verizon-01.eml', 'bounce', ["0000000000@vzwpix.com"], null, null],
  ['lhost-x1', 'lhost-x1-01.eml', 'bounce', ["kijitora@example.co.jp"], null, "kijitora@example.co.jp [User u"],
  ['lhost-x2', 'lhost-x2-01.eml', 'bounce', ["kijitora@example.co.jp"], null, "This user doesn't have a examp"],
  ['lhost-x3', 'lhost-x3-01.eml', 'bounce', ["kijitora@example.com"], "5.3.0", "553 5.3.0"],
  ['lhost-x4', 'lhost-x4-01.eml', 'bounce', ["kijitora@example.com"], null, "child status 100...The e-mail"],
  ['lhost-x6', 'lhost-x6-01.eml', 'bounce', ["kijitora@nyaan.example.org"], "5.4.6", "554 5.4.6 Hop count exceeded -"],
  ['lhost-yahoo', 'lhost-yahoo-01.eml', 'bounce', ["kijitora@example.org"], "5.1.1", "550 5.1.1"],
  ['lhost-yandex', 'lhost-yandex-01.eml', 'bounce', ["kijitora@example.jp"], "5.1.1", "550 5.1.1"],
  ['lhost-zoho', 'lhost-zoho-01.eml', 'bounce', ["kijitora@example.co.jp"], "5.1.1", "kijitora@example.co.jp Invalid"],
  ['rfc3464', 'rfc3464-01.eml', 'bounce', ["userunknown@bouncehammer.jp"], "5.1.1", "550 5.1.1"],
  ['rfc3834', 'rfc3834-01.eml', 'auto-reply', ["kijitora@example.net"], null, null],
  ['rhost-aol', 'rhost-aol-01.eml', 'bounce', ["kijitora@example.jp"], "5.4.4", "X-Outbound-Mail-Relay; Host or"],
  ['rhost-apple', 'rhost-apple-01.eml', 'bounce', ["kijitora@example.jp"], "5.1.6", "550 5.1.6 recipient no longer"],
  ['rhost-cloudflare', 'rhost-cloudflare-01.eml', 'bounce', ["kijitora-neko@example.com"], "4.3.0", "421 4.3.0 Upstream error, plea"],
  ['rhost-facebook', 'rhost-facebook-03.eml', 'bounce', ["kijitora@facebook.com"], "5.1.1", "550 5.1.1 RCP-P2 http://postma"],
  ['rhost-franceptt', 'rhost-franceptt-01.eml', 'bounce', ["pseudo-local-part-kijitora-nyaaan@orange.fr"], "5.1.1", "550 5.1.1 Adresse d au moins u"],
  ['rhost-godaddy', 'rhost-godaddy-02.eml', 'bounce', ["kijitora@example.com"], "5.1.3", "553 http://www.spamhaus.org/qu"],
  ['rhost-google', 'rhost-google-01.eml', 'bounce', ["shironeko@example.ne.jp"], "5.2.1", "550 5.2.1 The email account th"],
  ['rhost-gsuite', 'rhost-gsuite-01.eml', 'bounce', ["kijitora@example.de"], "5.0.0", "550 #5.1.0 Address rejected."],
  ['rhost-iua', 'rhost-iua-01.eml', 'bounce', ["neko@email.example.ua"], "5.0.0", "550 Mailbox is frozen. See htt"],
  ['rhost-kddi', 'rhost-kddi-01.eml', 'bounce', ["otsu-sakaba-hunter-neko-nyaaaaaaan@ezweb.ne.jp"], "5.2.0", "550 : User unknown"],
  ['rhost-messagelabs', 'rhost-messagelabs-01.eml', 'bounce', ["kijitora@example.messagelabs.com"], "5.0.0", "550-Please turn on SMTP Authen"],
  ['rhost-microsoft', 'rhost-microsoft-01.eml', 'bounce', ["kijitora@example.com"], "5.7.606", "550 5.7.606 Access denied, ban"],
  ['rhost-mimecast', 'rhost-mimecast-01.eml', 'bounce', ["sabatora@example.com"], "5.0.0", "554 Host network not allowed -"],
  ['rhost-nttdocomo', 'rhost-nttdocomo-01.eml', 'bounce', ["azumakuniyuki@ntt.docomo.example.ne.jp"], "5.2.0", "550 Unknown user azumakuniyuki"],
  ['rhost-outlook', 'rhost-outlook-01.eml', 'bounce', ["kijitora@example.jp"], "5.2.2", "550 5.2.2"],
  ['rhost-spectrum', 'rhost-spectrum-01.eml', 'bounce', ["theusername@charter.net"], "5.1.0", "550 5.1.0"],
  ['rhost-tencent', 'rhost-tencent-01.eml', 'bounce', ["nekochan@qq.example.cn"], "5.0.0", "550 Ip frequency limited [V2Vk"],
  ['rhost-yahooinc', 'rhost-yahooinc-01.eml', 'bounce', ["kijitora@aol.example.jp"], "5.7.9", "554 5.7.9 Message not accepted"],
  ['rhost-zoho', 'rhost-zoho-01.eml', 'bounce', ["kijitora@zoho.example.com"], "5.1.1", "550 5.1.1 User does not exist"],
];

describe('bounce reader: one bounce of every MTA family in the Sisimai corpus', () => {
  it.each(FAMILIES)('%s (%s): kind, recipients, status and the server\'s words', async (_family, file, kind, recipients, status, words) => {
    const report = await readBounce(readFileSync(join(EML, file)));
    expect(report.kind).toBe(kind);
    if (report.recipients.length === 0) {
      // Not a failure report: the one address it is about.
      expect([report.about?.toLowerCase()]).toEqual(recipients);
      return;
    }
    expect(report.recipients.map((r) => r.recipient.toLowerCase())).toEqual(recipients);
    const first = report.recipients[0]!;
    if (status !== null) expect(first.status).toBe(status);
    if (words !== null) expect(first.diagnosticCode?.replace(/\s+/g, ' ')).toContain(words);
    for (const r of report.recipients) {
      expect(isDiagnosisId(r.classification.id)).toBe(true);
      expect(isValidReason(r.reason)).toBe(true);
      expect(r.index).toBe(report.recipients.indexOf(r));
    }
  });
});

/** Layouts that need more than the family's usual reading: each row is a format rule of its MTA, not of the one file. */
const LAYOUTS: ReadonlyArray<readonly [layout: string, file: string, recipients: readonly string[], words: string, reason: string]> = [
  ['a multipart/report without any boundary line (Messaging Server)', 'lhost-messagingserver-03.eml', ['sabineko@example.org', 'mikeneko@example.org'], '550 5.7.1 550 User Unknown', 'userunknown'],
  ['a source-routed Final-Recipient (Messaging Server)', 'lhost-messagingserver-02.eml', ['kijitora@example.net'], '522 5.2.0 Delivery failed: Over quota', 'mailboxfull'],
  ['a declared boundary that differs from the one used (Postfix)', 'rhost-google-02.eml', ['neko-nyaan@example.org'], 'The email account that you tried to reach does not exist', 'userunknown'],
  ['a multipart/report whose parts have no delimiters (Sendmail)', 'rfc3464-06.eml', ['kijitora@example.net'], 'unknown user: kijitora', 'userunknown'],
  ['a text part whose Content-Type lost its ";" (X1)', 'lhost-x1-02.eml', ['kijitora@example.org'], 'User unknown', 'filtered'],
  ['a bounce sent to the failed address itself (qmail)', 'lhost-qmail-08.eml', ['shironeko@example.ad.jp'], '552 Error: disk quota exceeded', 'mailboxfull'],
  ['X-Failed-Recipients that disagrees with the report (Exim)', 'lhost-exim-03.eml', ['kijitora@example.or.jp'], '554 5.7.0 Header error', 'policyviolation'],
  ['a "Message details" notice with the RCPT TO line (Verizon)', 'lhost-verizon-02.eml', ['may-be-straycat-nyaaaaaan@vtext.com'], 'RCPT TO: may-be-straycat-nyaaaaaan@vtext.com', 'filtered'],
  ['"user unknown" with an X.2.0 mailbox status (Sendmail)', 'lhost-sendmail-19.eml', ['kijitora@ntt.example.ne.jp'], '550 Unknown user', 'filtered'],
  ['a local delivery program\'s error (Diagnostic-Code "x-unix", Postfix)', 'lhost-postfix-43.eml', ['kijitora@example.net'], 'temporary failure', 'mailererror'],
  ['a "|program" recipient that failed (X-Actual-Recipient "X-Unix", Sendmail)', 'lhost-sendmail-18.eml', ['kijitora@example.jp'], '255', 'mailererror'],
  ['a qmail/vpopmail "(#5.1.1)" status inside the words', 'lhost-activehunter-01.eml', ['kijitora@example.org'], 'no mailbox here by that name', 'userunknown'],
];

describe('bounce reader: layouts beyond a family\'s usual one', () => {
  it.each(LAYOUTS)('%s (%s): the recipients, their words and reason', async (_layout, file, recipients, words, reason) => {
    const report = await readBounce(readFileSync(join(EML, file)));
    expect(report.kind).toBe('bounce');
    expect(report.recipients.map((r) => r.recipient.toLowerCase())).toEqual(recipients);
    expect(report.recipients[0]!.diagnosticCode?.replace(/\s+/g, ' ')).toContain(words);
    expect(report.recipients[0]!.reason).toBe(reason);
  });

  it('a Sendmail transcript gives each recipient its own SMTP session ("While talking to …" before its result line)', async () => {
    const report = await readBounce(readFileSync(join(EML, 'lhost-v5sendmail-07.eml')));
    expect(report.recipients.map((r) => [r.recipient, r.stage ?? null, r.reason])).toEqual([
      ['kijitora@example.org', 'mail-from', 'blocked'],
      ['mikeneko@example.org', null, 'hostunknown'],
      ['hachiware@example.edu', 'rcpt-to', 'userunknown'],
    ]);
  });

  it('a Final-Recipient that is no valid address is still the recipient (a malformed address is often why it bounced)', async () => {
    const message = [
      'From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>',
      'To: jan@example.org',
      'Subject: Returned mail: see transcript for details',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain',
      '',
      'The following addresses had permanent fatal errors',
      '',
      '--b1',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.example.org',
      '',
      'Final-Recipient: RFC822; piet@#example.net',
      'Action: failed',
      'Status: 5.1.2',
      'Diagnostic-Code: SMTP; 550 Host unknown',
      '',
      '--b1--',
      '',
    ].join('\r\n');
    const report = await readBounce(Buffer.from(message));
    expect(report.recipients.map((r) => [r.recipient, r.status, r.classification.id])).toEqual([['piet@#example.net', '5.1.2', 'recipient-domain-not-found']]);
  });

  it("a Sendmail bounce's (reason: …) line is the receiver's reply, read before Sendmail's own status line in the transcript", async () => {
    const message = [
      'From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>',
      'To: jan@example.org',
      'Subject: Returned mail: see transcript for details',
      '',
      'The original message was received at Tue, 1 Dec 2026 10:00:00 GMT',
      'from client.example.org [192.0.2.7]',
      '',
      '   ----- The following addresses had permanent fatal errors -----',
      'piet@example.net',
      '    (reason: 553 Sender Policy Framework (SPF) fail)',
      '',
      '   ----- Transcript of session follows -----',
      '... while talking to mx.example.net.:',
      '>>> DATA',
      '<<< 553 Sender Policy Framework (SPF) fail',
      '550 5.1.1 piet@example.net... User unknown',
      '<<< 503 RCPT first (#5.5.1)',
      '',
    ].join('\r\n');
    const report = await readBounce(Buffer.from(message));
    expect(report.recipients.map((r) => [r.recipient, r.classification.id])).toEqual([['piet@example.net', 'sender-authentication-failed']]);
  });

  it.each([
    ['[Automatyczna odpowiedź] Spotkanie', 'Polish, in brackets'],
    ['Respuesta automática: Reunión', 'Spanish'],
    ['Automatiskt svar: Möte', 'Swedish'],
    ['Автоматический ответ: Встреча', 'Russian'],
  ])('an automatic reply with the subject "%s" (%s) is an auto-reply, not a bounce', async (subject) => {
    const message = [`From: Jan <jan@example.org>`, 'To: piet@example.net', `Subject: ${subject}`, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', 'I am away until Monday.', ''].join('\r\n');
    const report = await readBounce(Buffer.from(message));
    expect([report.kind, report.recipients.length]).toEqual(['auto-reply', 0]);
  });

  /** A refusal in the form of Dovecot Pigeonhole's sieve "reject" (src/lib-sieve/sieve-actions.c) and RFC 5429. */
  function dispositionReport(from: string, subject: string, disposition: string, autoSubmitted: string, lines: readonly string[]): Buffer {
    return Buffer.from(
      [
        `From: ${from}`,
        'To: <jan@example.org>',
        `Subject: ${subject}`,
        `Auto-Submitted: ${autoSubmitted}`,
        'Precedence: bulk',
        'MIME-Version: 1.0',
        'Content-Type: multipart/report; report-type=disposition-notification;',
        '\tboundary="4711/mx.example.net"',
        '',
        'This is a MIME-encapsulated message',
        '',
        '--4711/mx.example.net',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Disposition: inline',
        'Content-Transfer-Encoding: 8bit',
        '',
        ...lines,
        '--4711/mx.example.net',
        'Content-Type: message/disposition-notification',
        '',
        'Reporting-UA: mx.example.net; Dovecot Mail Delivery Agent',
        'Final-Recipient: rfc822; piet@example.net',
        'Original-Message-ID: <abc@example.org>',
        `Disposition: ${disposition}`,
        '',
        '--4711/mx.example.net',
        'Content-Type: message/rfc822',
        '',
        'From: Jan <jan@example.org>',
        'To: piet@example.net',
        'Subject: Offerte',
        'Message-ID: <abc@example.org>',
        '',
        '',
        '--4711/mx.example.net--',
        '',
      ].join('\r\n'),
    );
  }

  it("a Sieve reject (RFC 5429: an automatic 'deleted' disposition notification) is a bounce for the refused recipient, with the store's reason", async () => {
    const report = await readBounce(
      dispositionReport('Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>', 'Automatically rejected mail', 'automatic-action/MDN-sent-automatically; deleted', 'auto-replied (rejected)', [
        'Your message to <piet@example.net> was automatically rejected:',
        'Quota exceeded (mailbox for user is full)',
      ]),
    );
    expect(report.kind).toBe('bounce');
    expect(report.recipients.map((r) => [r.recipient, r.classification.id, r.reason])).toEqual([['piet@example.net', 'recipient-mailbox-full', 'mailboxfull']]);
  });

  it('a receipt or an automatic answer in the same report format (displayed, or a plain auto-reply) is no refusal', async () => {
    const receipt = await readBounce(dispositionReport('Piet <piet@example.net>', 'Read: Offerte', 'manual-action/MDN-sent-manually; displayed', 'auto-replied', ['Your message to piet@example.net was displayed.']));
    expect([receipt.kind, receipt.recipients.length]).toEqual(['auto-reply', 0]);
    const answered = await readBounce(
      dispositionReport('Piet <piet@example.net>', 'Automatic reply: Offerte', 'automatic-action/MDN-sent-automatically; displayed', 'auto-replied', ['I am away until Monday.']),
    );
    expect([answered.kind, answered.recipients.length]).toEqual(['auto-reply', 0]);
  });

  it("a recipient listed after a '> ' mark, with the session transcript below it, is the one that failed — not the sender its 250 reply accepted", async () => {
    const message = [
      'From: MDaemon@mx.example.net',
      'To: jan@example.org',
      'Subject: Permanent Delivery Failure',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=US-ASCII',
      '',
      'The attached message had PERMANENT fatal delivery errors!',
      '',
      'YOUR MESSAGE WAS NOT DELIVERED!',
      '',
      'The following addresses did NOT receive a copy of your message:',
      '',
      '> piet@example.net',
      '',
      '--- Session Transcript ---',
      ' MAIL From:<jan@example.org> SIZE=1861',
      ' 250 <jan@example.org>, Sender ok',
      ' RCPT To:<piet@example.net>',
      ' 552 Message for <piet@example.net> would exceed mailbox quota',
      ' QUIT',
      '--- End Transcript ---',
      '',
    ].join('\r\n');
    const report = await readBounce(Buffer.from(message));
    expect(report.recipients.map((r) => [r.recipient, r.reason])).toEqual([['piet@example.net', 'mailboxfull']]);
  });

  it('a "Mail Delivery Warning" whose delivery "has been postponed" is a delay notice about that recipient, still being retried', async () => {
    const message = [
      'From: <postmaster@mx.example.net>',
      'To: <jan@example.org>',
      'Subject: Mail Delivery Warning',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'This is an advisory-only email.  Please do not reply to it.',
      '',
      'Delivery of email to this address',
      '',
      '"piet@example.net"',
      '',
      'has been postponed due to a full mailbox.',
      '',
      'We will continue to try to deliver your message over the next few days.',
      '',
    ].join('\r\n');
    const report = await readBounce(Buffer.from(message));
    expect(report.kind).toBe('delayed');
    expect(report.recipients.map((r) => [r.recipient, r.classification.id, r.temporary])).toEqual([['piet@example.net', 'recipient-mailbox-full', true]]);
  });

  it("a mail program's unsubscribe request (Apple Mail's, to a List-Unsubscribe address) is feedback from that recipient, not an auto-reply; a person asking to unsubscribe in their own words is not", async () => {
    const apple = await readBounce(readFileSync(join(EML, 'arf-26.eml')));
    expect([apple.kind, apple.feedbackType, apple.about]).toEqual(['feedback-report', 'opt-out', 'example@icloud.com']);
    const message = (body: string): Buffer =>
      Buffer.from(['From: <lid@example.net>', 'To: <unsubscribe-42@lists.example.org>', 'Subject: ', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', body, ''].join('\r\n'));
    const ios = await readBounce(message('iOS Mail sent this email to unsubscribe from the message "Nieuwsbrief december".'));
    expect([ios.kind, ios.feedbackType, ios.about]).toEqual(['feedback-report', 'opt-out', 'lid@example.net']);
    const person = await readBounce(message('Hello, please unsubscribe me from this list. Mail sent this week was too much.'));
    expect(person.kind).toBe('not-a-bounce');
    expect(person.feedbackType).toBeUndefined();
  });

  it('a feedback report with several Original-Rcpt-To fields (RFC 5965 §3.2) is about each of them, in order', async () => {
    const report = await readBounce(readFileSync(join(EML, 'arf-16.eml')));
    expect(report.kind).toBe('feedback-report');
    expect(report.aboutAll).toEqual(['kijitora@example.com', 'sironeko@example.com', 'mikeneko@example.com', 'sabatora@example.com', 'sirokiji@example.org', 'kuroneko@example.com', 'sabineko@example.com']);
    expect(report.about).toBe('kijitora@example.com');
  });
});
