/**
 * A bounce's body copied out of a mail program, without its header block:
 * read as a bounce when its words or its fields say it is one, each failed
 * recipient found, and a note that says how it was read. Role addresses
 * (root@, abuse@, postmaster@) are failed recipients too, when a report names
 * no other address.
 */
import { readBounce } from '../../src/bounce/read-bounce';

async function read(lines: readonly string[]) {
  const report = await readBounce(Buffer.from(lines.join('\n')));
  return { kind: report.kind, notes: report.notes, rows: report.recipients.map((r) => [r.recipient, r.classification.id]) };
}

describe('a bounce body without header fields', () => {
  it('Exchange’s German report with its diagnostic heading', async () => {
    const r = await read([
      'Ihre Nachricht hat folgende Empfänger nicht erreicht:',
      '',
      'Diagnoseinformationen für Administratoren:',
      '',
      'Generierender Server: mx01.example.org',
      '',
      'anna@example.net',
      "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
    ]);
    expect(r.kind).toBe('bounce');
    expect(r.rows).toEqual([['anna@example.net', 'recipient-unknown']]);
    expect(r.notes).toEqual([{ code: 'body-only' }]);
  });

  it('a report whose only sign is its delivery-status fields', async () => {
    const r = await read([
      'Reporting-MTA: dns; relay.example.org',
      '',
      'Final-Recipient: rfc822; carla@example.net',
      'Action: failed',
      'Status: 5.2.2',
      'Diagnostic-Code: smtp; 552 5.2.2 Quota exceeded for this mailbox',
    ]);
    expect(r.rows).toEqual([['carla@example.net', 'recipient-mailbox-full']]);
  });

  it('a recipient’s delivery-status fields pasted alone, which look like a header block', async () => {
    const r = await read([
      'Final-Recipient: rfc822; dirk@example.net',
      'Action: failed',
      'Status: 5.0.0',
      'Remote-MTA: dns; mx.example.net. (192.0.2.44, the server for the',
      ' domain example.net.)',
      'Diagnostic-Code: smtp; 550 #5.1.1 No such mailbox here',
      'Last-Attempt-Date: Mon, 02 Mar 2026 09:12:40 +0100',
    ]);
    expect([r.kind, r.rows]).toEqual(['bounce', [['dirk@example.net', 'recipient-unknown']]]);
    expect(r.notes).toEqual([{ code: 'body-only' }]);
  });

  it('a real header block that has a Status field among others is still a message', async () => {
    const r = await read(['From: Eva <eva@example.org>', 'To: dirk@example.net', 'Subject: lunch', 'Status: RO', '', 'See you at noon.']);
    expect(r.kind).toBe('not-a-bounce');
  });

  it('Markdown’s "**" around the addresses of a report pasted into an issue is no part of them', async () => {
    const r = await read([
      '<**joris@example.net**>: host mx.example.net[192.0.2.71] said: 550 5.1.1',
      '    User unknown in virtual mailbox table (in reply to RCPT TO command)',
      '',
      '<**mila@example.org**>: host mx.example.org[192.0.2.72] said: 552 5.2.2',
      '    Mailbox full (in reply to RCPT TO command)',
    ]);
    expect(r.rows).toEqual([
      ['joris@example.net', 'recipient-unknown'],
      ['mila@example.org', 'recipient-mailbox-full'],
    ]);
  });

  it('an address a page hid behind stars keeps them', async () => {
    const r = await read(['<******@example.jp>: host mx.example.jp[192.0.2.73] said: 550 5.1.1 User unknown (in reply to RCPT TO command)']);
    expect(r.rows).toEqual([['******@example.jp', 'recipient-unknown']]);
  });

  it('a bounce body whose address was cut out when copied says so, not "no message"', async () => {
    await expect(
      read([
        'This is the mail system at host smtp.example.org.',
        '',
        "I'm sorry to have to inform you that your message could not",
        'be delivered to one or more recipients.',
        '',
        '<ja...ple.net>: host mx.example.net[192.0.2.8] said: 550 5.1.1 User unknown',
      ]),
    ).rejects.toMatchObject({ failure: { code: 'bounce-without-address' } });
  });

  it('a text that is neither a message nor a bounce stays an error', async () => {
    await expect(read(['Dear team,', '', 'the meeting moves to Friday.'])).rejects.toMatchObject({ failure: { code: 'no-header-fields' } });
  });
});

describe('recipient blocks quoted alone', () => {
  it('Postfix’s block: a line "<address>: host … said:" is no header field', async () => {
    const r = await read([
      '<lena@example.net>: host mx.example.net[192.0.2.8] said: 552 5.2.2 Mailbox',
      '    is over quota (in reply to RCPT TO command)',
    ]);
    expect(r.rows).toEqual([['lena@example.net', 'recipient-mailbox-full']]);
  });

  it('Exim’s block: the address, then "SMTP error from remote mail server after RCPT TO"', async () => {
    const r = await read(['  piet@example.net', '    SMTP error from remote mail server after RCPT TO:<piet@example.net>:', '    550 5.1.1 No such user here']);
    expect(r.rows).toEqual([['piet@example.net', 'recipient-unknown']]);
  });

  it('a failure sentence broken over two lines still says it is a bounce', async () => {
    const r = await read(['Your message could not', 'be delivered to the following recipients:', '', 'kim@example.net', '   Error: the mailbox is disabled']);
    expect(r.kind).toBe('bounce');
    expect(r.rows.map(([address]) => address)).toEqual(['kim@example.net']);
  });

  it('a report whose fields have only a status: the words of its readable part decide for its one recipient', async () => {
    const r = await read([
      'Your message to otto@example.net has been blocked.',
      '',
      'The response from the remote server was:',
      '550 5.7.1 Message rejected as spam by Content Filtering.',
      '',
      'Final-Recipient: rfc822; otto@example.net',
      'Action: failed',
      'Status: 5.7.1',
    ]);
    expect(r.rows).toEqual([['otto@example.net', 'remote-spam-content']]);
  });

  it('a server reply in the recipient’s own lines keeps its code’s verdict over the sender’s notice around it', async () => {
    const r = await read([
      'Your message could not be delivered for more than 4 hour(s).',
      'It will be retried until it is 5 day(s) old.',
      '',
      '<ria@example.net>: host mx.example.net[192.0.2.3] said: 451 4.3.0',
      '    <ria@example.net>: please try again (in reply to RCPT TO command)',
    ]);
    expect(r.rows).toEqual([['ria@example.net', 'receiver-system-error']]);
  });
});

describe('role addresses as failed recipients', () => {
  it('root@ is the failed recipient when the report names no other address', async () => {
    const r = await read([
      'This is the mail system at host gw.example.org.',
      '',
      "I'm sorry to have to inform you that your message could not",
      'be delivered to one or more recipients.',
      '',
      '<root@box.example.net> (expanded from <root>): host box.example.net[192.0.2.9]',
      '    said: 550 5.1.1 <root@box.example.net>: Recipient address rejected: User',
      '    unknown in local recipient table (in reply to RCPT TO command)',
    ]);
    expect(r.rows).toEqual([['root@box.example.net', 'recipient-unknown']]);
  });

  it('abuse@ named on the marker line itself, not on a line of its own', async () => {
    const r = await read(['----- The following addresses had permanent fatal errors ----- <abuse@example.net>', '', '----- Transcript of session follows ----- 550 5.1.1 <abuse@example.net>... User unknown']);
    expect(r.rows.map(([address]) => address)).toEqual(['abuse@example.net']);
  });

  it('a postmaster address beside a named failed address is not a recipient', async () => {
    const r = await read([
      'This is the mail system at host gw.example.org.',
      '',
      "I'm sorry to have to inform you that your message could not",
      'be delivered to one or more recipients.',
      '',
      '<postmaster@gw.example.org>',
      '',
      '<dirk@example.net>: host mx.example.net[192.0.2.7] said: 550 5.1.1 User unknown (in reply to RCPT TO command)',
    ]);
    expect(r.rows.map(([address]) => address)).toEqual(['dirk@example.net']);
  });
});

describe('a Diagnostic-Code that holds only the first line of a multiline reply', () => {
  const sendmailReport = (diagnostic: string, transcript: readonly string[]) => [
    'From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.org>',
    'To: <wim@example.org>',
    'Subject: Returned mail: see transcript for details',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain',
    '',
    '   ----- The following addresses had permanent fatal errors -----',
    'noor@example.net',
    `    (reason: ${diagnostic})`,
    '',
    '   ----- Transcript of session follows -----',
    '... while talking to mx.example.net.:',
    '>>> DATA',
    ...transcript,
    '554 5.0.0 Service unavailable',
    '',
    '--b1',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; relay.example.org',
    '',
    'Final-Recipient: RFC822; noor@example.net',
    'Action: failed',
    'Status: 5.7.1',
    `Diagnostic-Code: SMTP; ${diagnostic}`,
    '',
    '--b1--',
  ];

  it('is read from the transcript, where the whole reply stands (RFC 5321: "550-" means more lines follow)', async () => {
    const r = await read(
      sendmailReport('550-5.7.1 [192.0.2.7] Our filters have judged that this message is', [
        '<<< 550-5.7.1 [192.0.2.7] Our filters have judged that this message is',
        '<<< 550-5.7.1 likely spam, so it has been refused. See the',
        '<<< 550 5.7.1 postmaster pages for more information.',
      ]),
    );
    expect(r.rows).toEqual([['noor@example.net', 'remote-spam-content']]);
  });

  it('a whole one-line reply still decides on its own', async () => {
    const r = await read(sendmailReport('550 5.7.1 Relaying denied', ['<<< 550 5.7.1 Relaying denied']));
    expect(r.rows).toEqual([['noor@example.net', 'relay-denied']]);
  });
});
