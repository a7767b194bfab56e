/**
 * Bounces that reached the reader damaged the way pastes and archives damage
 * them: every empty line lost (so a header block never ends and the folded
 * lines lost their indentation), a stray boundary above the message, a
 * header laid out with each value under its field name; and bounces that a
 * person forwarded, whose forwarded header names the person, not the failed
 * address.
 */
import { readBounce } from '../../src/bounce/read-bounce';
import { restoreBlankLines, restoreBlankLinesIn } from '../../src/bounce/lost-blank-lines';

async function rows(lines: readonly string[]): Promise<Array<[string, string]>> {
  const report = await readBounce(Buffer.from(lines.join('\n')));
  return report.recipients.map((r) => [r.recipient, r.classification.id]);
}

/** A Postfix report as a paste site keeps it: no empty line anywhere, folded lines flush left. */
const POSTFIX_WITHOUT_EMPTY_LINES = [
  '--OLD.1302352430/mx.example.org--',
  'Return-Path: <>',
  'Received: by mx.example.org (Postfix)',
  'id 2F1325BA0405; Sat, 9 Apr 2011 12:38:08 +0000 (UTC)',
  'Date: Sat, 9 Apr 2011 12:38:08 +0000 (UTC)',
  'From: MAILER-DAEMON@example.org (Mail Delivery System)',
  'Subject: Undelivered Mail Returned to Sender',
  'To: sender@example.org',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status;',
  'boundary="B1.1302352688/mx.example.org"',
  'Message-Id: <20110409123808.2F1325BA0405@mx.example.org>',
  'This is a MIME-encapsulated message.',
  '--B1.1302352688/mx.example.org',
  'Content-Description: Notification',
  'Content-Type: text/plain; charset=us-ascii',
  'This is the mail system at host mx.example.org.',
  "I'm sorry to have to inform you that your message could not",
  'be delivered to one or more recipients.',
  '<gone@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 <gone@example.net>:',
  'Recipient address rejected: User unknown (in reply to RCPT TO command)',
  '--B1.1302352688/mx.example.org',
  'Content-Description: Delivery report',
  'Content-Type: message/delivery-status',
  'Reporting-MTA: dns; mx.example.org',
  'Final-Recipient: rfc822; gone@example.net',
  'Action: failed',
  'Status: 5.1.1',
  'Diagnostic-Code: smtp; 550 5.1.1 <gone@example.net>: Recipient address rejected: User unknown',
  '--B1.1302352688/mx.example.org--',
];

describe('a bounce that lost its empty lines', () => {
  it('gets them back where its header blocks end, and its recipient is found', async () => {
    expect(await rows(POSTFIX_WITHOUT_EMPTY_LINES)).toEqual([['gone@example.net', 'recipient-unknown']]);
    const restored = restoreBlankLines(POSTFIX_WITHOUT_EMPTY_LINES.join('\n'))!.split('\n');
    // The folded lines are indented again, the stray boundary above the message is gone, and each block ends.
    expect(restored[0]).toBe('Return-Path: <>');
    expect(restored).toContain(' id 2F1325BA0405; Sat, 9 Apr 2011 12:38:08 +0000 (UTC)');
    expect(restored).toContain(' boundary="B1.1302352688/mx.example.org"');
    expect(restored[restored.indexOf('This is a MIME-encapsulated message.') - 1]).toBe('');
    expect(restored[restored.indexOf('This is the mail system at host mx.example.org.') - 1]).toBe('');
    expect(restored[restored.indexOf('Reporting-MTA: dns; mx.example.org') - 1]).toBe('');
  });

  it('leaves a message with any empty line exactly as it is', () => {
    const whole = ['From: a@example.org', 'Subject: hello', '', 'Body line', 'Second: not a field'].join('\n');
    expect(restoreBlankLines(whole)).toBeUndefined();
    expect(restoreBlankLines('no header at all\njust text')).toBeUndefined();
  });

  it('reads a field whose value stands on the next line as that field', () => {
    const restored = restoreBlankLines(['Subject:', 'Fwd: returned mail', 'To:', '"Jan" <jan@example.org>', 'see below', 'thanks'].join('\n'))!.split('\n');
    expect(restored.slice(0, 5)).toEqual(['Subject:', ' Fwd: returned mail', 'To:', ' "Jan" <jan@example.org>', '']);
  });

  it('ends the header block before a report whose wrapped sentence leaves a word and a colon on a line of its own', async () => {
    const pasted = [
      'De: Mail Delivery System [mailto:mailer-daemon@relay.example.net]',
      'Enviado el: lunes, 8 de abril de 2019 13:30',
      'Para: ana@example.org',
      'Asunto: Mail delivery failed: returning message to sender',
      'This message was created automatically by mail delivery software.',
      'A message that you sent could not be delivered to one or more of its recipients. This is a permanent error. The following address(es)',
      'failed:',
      'luis@example.net:',
      'SMTP error from remote server for TEXT command, host: mx.example.net (192.0.2.8) reason: 550 5.1.1 No such user here',
    ].join('\n');
    const restored = restoreBlankLines(pasted)!.split('\n');
    expect(restored[restored.indexOf('This message was created automatically by mail delivery software.') - 1]).toBe('');
    const report = await readBounce(Buffer.from(pasted));
    expect(report.recipients.map((r) => [r.recipient, r.classification.id])).toEqual([['luis@example.net', 'recipient-unknown']]);
  });
});

describe('a bounce that a person forwarded', () => {
  it("is read from the forwarded bounce on, and the forwarded header's To is no failed address", async () => {
    const r = await rows([
      'From: Piet <piet@example.org>',
      'To: Helpdesk <help@example.org>',
      'Subject: Fwd: Delivery Status Notification (Failure)',
      '',
      'Can you look at this?',
      '',
      '---------- Forwarded message ---------',
      'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      'Date: Wed, Nov 4, 2015 at 11:29 AM',
      'Subject: Delivery Status Notification (Failure)',
      'To: piet@example.org',
      '',
      'Delivery to the following recipient failed permanently:',
      '',
      '     klant@example.net',
      '',
      'Technical details of permanent failure:',
      'The error that the other server returned was:',
      '550 5.1.1 <klant@example.net> Recipient not found.',
    ]);
    expect(r).toEqual([['klant@example.net', 'recipient-unknown']]);
  });

  it("Outlook's forward of a failure notice, too", async () => {
    const r = await rows([
      'From: Piet <piet@example.org>',
      'To: help@example.org',
      'Subject: FW: Mail delivery failed',
      '',
      'See below.',
      '',
      '-----Original Message-----',
      'From: Mail Delivery System [mailto:Mailer-Daemon@mx.example.org]',
      'Sent: Friday, November 30, 2018 6:19 PM',
      'To: piet@example.org',
      'Subject: Mail delivery failed: returning message to sender',
      '',
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  klant@example.net',
      '    host mx.example.net [192.0.2.7]',
      '    SMTP error from remote mail server after RCPT TO:<klant@example.net>:',
      '    550 5.1.1 <klant@example.net>: Recipient address rejected: User unknown',
    ]);
    expect(r).toEqual([['klant@example.net', 'recipient-unknown']]);
  });
});

describe("a report whose returned headers lost their folded lines' indentation", () => {
  it('ends where those headers start, so their words are no part of the failure', async () => {
    const r = await rows([
      'Delivery has failed to these recipients or groups:',
      'jan@example.net',
      'Diagnostic information for administrators:',
      'Generating server: mx.example.org',
      'jan@example.net',
      '#550 5.2.1 Mailbox disabled - delivery refused ##',
      'Received: from mx1.example.org (192.0.2.15) by',
      'mx2.example.org (192.0.2.16) with Microsoft SMTP Server id',
      '14.3.361.1; Tue, 30 Jan 2018 08:11:59 +0100',
      'Received-SPF: None (no sender authenticity information available) identity=pra;',
      'Authentication-Results: mx.example.org; spf=none smtp.pra=piet@example.org',
    ]);
    expect(r).toEqual([['jan@example.net', 'recipient-disabled']]);
  });
});

describe('a report whose Diagnostic-Code lost the indentation of its folded lines', () => {
  it("reads the whole reply from the readable block, where it stands unbroken", async () => {
    const r = await rows([
      'This is the mail system at host mx.example.org.',
      "I'm sorry to have to inform you that your message could not",
      'be delivered to one or more recipients.',
      'The mail system',
      '<klant@example.net>: host mx.example.net[192.0.2.9] said: 450 4.7.1',
      'Client host rejected: cannot find your reverse hostname, [192.0.2.4]',
      '(in reply to RCPT TO command)',
      'Reporting-MTA: dns; mx.example.org',
      'Final-Recipient: rfc822; klant@example.net',
      'Action: failed',
      'Status: 4.7.1',
      'Diagnostic-Code: smtp; 450 4.7.1 Client host rejected: cannot find your reverse',
      'hostname, [192.0.2.4]',
    ]);
    expect(r).toEqual([['klant@example.net', 'server-ptr-missing']]);
  });
});

describe('a large message without empty lines', () => {
  it('is left whole: only a paste of ordinary size is repaired, never cut', () => {
    const big = Buffer.from(['From: a@example.org', 'Subject: big', ...Array.from({ length: 60_000 }, (_, i) => `line ${i} of a long text without any empty line`)].join('\n'));
    expect(big.length).toBeGreaterThan(2_000_000);
    expect(restoreBlankLinesIn(big)).toBeUndefined();
    const small = Buffer.from(['From: a@example.org', 'Subject: small', 'text'].join('\n'));
    expect(Buffer.from(restoreBlankLinesIn(small)!).toString()).toBe(['From: a@example.org', 'Subject: small', '', 'text'].join('\n'));
  });
});
