/**
 * Hostile and broken input: every case gives a report or a BounceError, in
 * bounded time (generous limits: the machine may run at a quarter of its speed).
 */
import { randomBytes } from 'node:crypto';
import { splitMbox } from '../../src/bounce/mbox';
import { MAX_MESSAGE_BYTES } from '../../src/bounce/mime';
import { BounceError, readBounce, type BounceReport } from '../../src/bounce/read-bounce';

const DSN_HEAD = [
  'From: MAILER-DAEMON@mx.example.org',
  'To: sender@example.com',
  'Subject: Undelivered Mail Returned to Sender',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"',
  '',
  '--B1',
  'Content-Type: text/plain; charset=us-ascii',
  '',
  '<friend@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 <friend@example.net>: Recipient address rejected: User unknown (in reply to RCPT TO command)',
  '',
  '--B1',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; mx.example.org',
  '',
  'Final-Recipient: rfc822; friend@example.net',
  'Action: failed',
  'Status: 5.1.1',
  'Diagnostic-Code: smtp; 550 5.1.1 <friend@example.net>: Recipient address',
  '    rejected: User unknown',
  '',
].join('\r\n');

async function settle(bytes: Uint8Array): Promise<BounceReport | BounceError> {
  try {
    return await readBounce(bytes);
  } catch (error) {
    if (error instanceof BounceError) return error;
    throw error;
  }
}

describe('bounce reader on hostile input', () => {
  it('reads a well-formed RFC 3464 report with a folded Diagnostic-Code', async () => {
    const report = await readBounce(Buffer.from(`${DSN_HEAD}--B1--\r\n`));
    expect(report.kind).toBe('bounce');
    expect(report.recipients.map((r) => r.recipient)).toEqual(['friend@example.net']);
    expect(report.recipients[0]!.diagnosticCode).toBe('550 5.1.1 <friend@example.net>: Recipient address rejected: User unknown');
    expect(report.recipients[0]!.stage).toBe('rcpt-to');
    expect(report.reportingMta).toBe('mx.example.org');
  });

  it('a recipient at a domain with an underscore is the whole address the report names, not the part before the underscore', async () => {
    const report = await readBounce(Buffer.from(`${DSN_HEAD.replace(/friend@example\.net/g, 'allborg@dgh_allborg.example')}--B1--\r\n`));
    expect(report.recipients.map((r) => r.recipient)).toEqual(['allborg@dgh_allborg.example']);
  });

  it('a recipient with an empty quoted local part is the address the report lists, not the role address it names for replies', async () => {
    const body = [
      'From: Mail Administrator <postmaster@isp.example>',
      'To: jan@isp.example',
      'Subject: Mail System Error - Returned Mail',
      '',
      'This Message was undeliverable due to the following reason:',
      '',
      'Your message was not delivered because the destination computer was',
      'not found.',
      '',
      '     Host nowhere.example not found',
      '',
      'The following recipients did not receive this message:',
      '',
      '     <""@nowhere.example>',
      '',
      'Please reply to postmaster@isp.example',
      'if you feel this message to be in error.',
      '',
    ].join('\r\n');
    const report = await readBounce(Buffer.from(body));
    expect(report.recipients.map((r) => r.recipient)).toEqual(['""@nowhere.example']);
  });

  it('a message pasted with blank lines (and a line of spaces) before its header fields is read as the message', async () => {
    const report = await readBounce(Buffer.from(`\r\n   \t \r\n\n${DSN_HEAD}--B1--\r\n`));
    expect([report.kind, report.recipients.map((r) => r.recipient)]).toEqual(['bounce', ['friend@example.net']]);
  });

  it('a file of blank lines only is no message', async () => {
    await expect(readBounce(Buffer.from('\r\n  \r\n\n'))).rejects.toMatchObject({ failure: { code: 'no-header-fields' } });
  });

  it('a 50 MB message: read up to the limit, with a note, in bounded time', async () => {
    const filler = Buffer.alloc(50 * 1024 * 1024, 'A');
    const message = Buffer.concat([Buffer.from(DSN_HEAD), Buffer.from('--B1\r\nContent-Type: application/octet-stream\r\n\r\n'), filler]);
    const report = await readBounce(message);
    expect(report.recipients.map((r) => r.recipient)).toEqual(['friend@example.net']);
    expect(report.notes).toContainEqual({ code: 'large-message', size: message.length, read: MAX_MESSAGE_BYTES });
  }, 120_000);

  it('100-deep nested multiparts: a result or a clear error, no crash', async () => {
    let body = 'innermost';
    for (let depth = 100; depth > 0; depth -= 1) {
      body = `Content-Type: multipart/mixed; boundary="d${depth}"\r\n\r\n--d${depth}\r\n${body}\r\n--d${depth}--\r\n`;
    }
    const outcome = await settle(Buffer.from(`From: MAILER-DAEMON@example.org\r\nSubject: Undeliverable\r\nMIME-Version: 1.0\r\n${body}`));
    if (outcome instanceof BounceError) expect(outcome.failure.code).toBe('not-mime');
    else expect(['bounce', 'not-a-bounce']).toContain(outcome.kind);
  }, 60_000);

  it('a boundary that never comes and one that is never closed', async () => {
    const never = await readBounce(Buffer.from(DSN_HEAD.replace('boundary="B1"', 'boundary="XX"')));
    expect(never.kind).toBe('bounce');
    const open = await readBounce(Buffer.from(DSN_HEAD));
    expect(open.recipients.map((r) => r.recipient)).toEqual(['friend@example.net']);
  });

  it('NUL bytes and a lying charset do not stop the report from being read', async () => {
    const dirty = DSN_HEAD.replace('charset=us-ascii', 'charset=iso-2022-jp').replace('Reporting-MTA', '\u0000\u0000Reporting-MTA').replace('Action: failed', 'Action: failed\u0000');
    const report = await readBounce(Buffer.concat([Buffer.from(dirty), Buffer.from([0xff, 0xfe, 0x00, 0x1b, 0x24, 0x42]), Buffer.from('\r\n--B1--\r\n')]));
    expect(report.recipients.map((r) => r.recipient)).toEqual(['friend@example.net']);
    const unknownCharset = await readBounce(Buffer.from(DSN_HEAD.replace('charset=us-ascii', 'charset=x-no-such-charset')));
    expect(unknownCharset.recipients).toHaveLength(1);
  });

  it('binary attachments and random bytes', async () => {
    const withBinary = Buffer.concat([Buffer.from(DSN_HEAD), Buffer.from('--B1\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n'), Buffer.from(randomBytes(300_000).toString('base64').replace(/.{76}/g, '$&\r\n')), Buffer.from('\r\n--B1--\r\n')]);
    expect((await readBounce(withBinary)).recipients).toHaveLength(1);
    const noise = await settle(randomBytes(1_000_000));
    if (!(noise instanceof BounceError)) expect(noise.recipients.length).toBeLessThanOrEqual(500);
  }, 60_000);

  it('an empty file and a text without header fields that is no bounce are clear errors', async () => {
    await expect(readBounce(new Uint8Array(0))).rejects.toMatchObject({ failure: { code: 'empty-file' } });
    await expect(readBounce(Buffer.from('\r\n\r\njust words, no header\r\n'))).rejects.toMatchObject({ failure: { code: 'no-header-fields' } });
  });

  it('a bounce’s body copied without its header fields is read as a bounce, with a note', async () => {
    const body = [
      '',
      'This is the mail system at host mx.example.org.',
      '',
      "I'm sorry to have to inform you that your message could not",
      "be delivered to one or more recipients. It's attached below.",
      '',
      '<bob@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1',
      '    <bob@example.net>: Recipient address rejected: User unknown in virtual',
      '    mailbox table (in reply to RCPT TO command)',
      '',
    ].join('\n');
    const report = await readBounce(Buffer.from(body));
    expect(report.kind).toBe('bounce');
    expect(report.recipients.map((r) => [r.recipient, r.classification.id, r.stage])).toEqual([['bob@example.net', 'recipient-unknown', 'rcpt-to']]);
    expect(report.notes).toEqual([{ code: 'body-only' }]);
  });

  it('a message that reports nothing is not a bounce', async () => {
    const report = await readBounce(Buffer.from('From: anna@example.com\r\nTo: bob@example.org\r\nSubject: lunch?\r\n\r\nShall we meet at noon?\r\n'));
    expect(report.kind).toBe('not-a-bounce');
    expect(report.recipients).toEqual([]);
  });
});

describe('mbox splitting', () => {
  async function* chunked(text: string, size: number): AsyncGenerator<Buffer> {
    const bytes = Buffer.from(text);
    for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
  }

  it('splits at "From " lines wherever the chunks break, and caps each message', async () => {
    const mbox = ['From a@b Mon Jan 1 00:00:00 2024', 'Subject: one', '', 'body one', 'From here on it is the body', '', 'From c@d Mon Jan 1 00:00:00 2024', 'Subject: two', '', 'body two', '', 'From e@f Mon Jan 1 00:00:00 2024', 'Subject: three', '', 'x'.repeat(5000), ''].join('\n');
    for (const size of [1, 7, 64, 100_000]) {
      const messages = [];
      for await (const m of splitMbox(chunked(mbox, size), 1000)) messages.push(m);
      expect(messages.map((m) => m.bytes.toString().split('\n')[0])).toEqual(['Subject: one', 'Subject: two', 'Subject: three']);
      expect(messages[0]!.bytes.toString()).toContain('From here on it is the body');
      expect(messages[2]!.bytes.length).toBe(1000);
      expect(messages[2]!.truncatedFrom).toBeGreaterThan(5000);
    }
  });
});
