/**
 * The cheap MIME path (plain-parts.ts) against postal-mime: on every message
 * of the Sisimai corpus it takes, both give the same parsed message; a
 * message whose one text part needs decoding gives that part alone to
 * postal-mime, and everything else that needs decoding is left to it whole.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMime } from '../../src/bounce/mime';
import { plainParts } from '../../src/bounce/plain-parts';

const EML = join(__dirname, '..', 'fixtures', 'samples', 'sisimai', 'eml');

const REPORT = (partHead: string, partBody: string, top = 'Subject: Undelivered Mail Returned to Sender'): string =>
  [
    'From: MAILER-DAEMON@mx.example.org',
    'To: sender@example.com',
    top,
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"',
    '',
    '--B1',
    partHead,
    '',
    partBody,
    '',
    '--B1',
    'Content-Type: message/delivery-status',
    '',
    'Final-Recipient: rfc822; friend@example.net',
    'Action: failed',
    'Status: 5.1.1',
    '',
    '--B1--',
    '',
  ].join('\r\n');

describe('the plain MIME path', () => {
  it('when a corpus message needs no decoding, then it reads it exactly as postal-mime does', async () => {
    let taken = 0;
    for (const file of readdirSync(EML).filter((f) => f.endsWith('.eml')).sort()) {
      const bytes = readFileSync(join(EML, file));
      const text = new TextDecoder().decode(bytes);
      if (text.includes('\uFFFD') || plainParts(text) === undefined) continue;
      taken += 1;
      const plain = await parseMime(bytes);
      const postal = await parseMime(bytes, { plainPath: false });
      expect({ file, ...plain }).toEqual({ file, ...postal });
    }
    // Most standard reports are plain: the path is really taken.
    expect(taken).toBeGreaterThan(200);
  });

  it('when a corpus message has one text part to decode, then postal-mime on that part alone gives what it gives on the whole message', async () => {
    let taken = 0;
    for (const file of readdirSync(EML).filter((f) => f.endsWith('.eml')).sort()) {
      const bytes = readFileSync(join(EML, file));
      const text = new TextDecoder().decode(bytes);
      if (text.includes('\uFFFD') || plainParts(text, { oneTextPart: true })?.textPart === undefined) continue;
      taken += 1;
      const partwise = await parseMime(bytes);
      const postal = await parseMime(bytes, { plainPath: false });
      expect({ file, ...partwise }).toEqual({ file, ...postal });
    }
    // Exchange's, Gmail's and Office 365's reports (an HTML or quoted-printable text beside the report): the path is really taken.
    expect(taken).toBeGreaterThan(40);
  });

  it('when a plain report is given, then it finds the text and the delivery-status part', () => {
    const mail = plainParts(REPORT('Content-Type: text/plain; charset=us-ascii', '<friend@example.net>: User unknown'));
    expect(mail?.text).toBe('<friend@example.net>: User unknown\n');
    expect(mail?.attachments.map((a) => a.mimeType)).toEqual(['message/delivery-status']);
    expect(mail?.from?.address).toBe('MAILER-DAEMON@mx.example.org');
  });

  it.each([
    ['a base64 text part', 'Content-Type: text/plain\r\nContent-Transfer-Encoding: base64', 'PGZyaWVuZEBleGFtcGxlLm5ldD4='],
    ['a quoted-printable text part', 'Content-Type: text/plain\r\nContent-Transfer-Encoding: quoted-printable', 'caf=C3=A9'],
    ['an ISO-2022-JP text part that switches to another set', 'Content-Type: text/plain; charset=iso-2022-jp', 'text \x1b$B$3$s\x1b(B'],
    ['an ISO-8859-1 text part with a letter beyond US-ASCII', 'Content-Type: text/plain; charset=iso-8859-1', 'caf\u00e9'],
    ['a UTF-16 text part', 'Content-Type: text/plain; charset=utf-16', 'text'],
    ['a nested multipart', 'Content-Type: multipart/alternative; boundary="B2"', '--B2\r\n\r\ntext\r\n--B2--'],
    ['an HTML part', 'Content-Type: text/html', '<p>text</p>'],
    ['format=flowed text', 'Content-Type: text/plain; format=flowed', 'text '],
    ['a parameter in RFC 2231 form', "Content-Type: text/plain; charset*=us-ascii''x", 'text'],
  ])('when the message has %s, then it is left to postal-mime', (_name, head, body) => {
    expect(plainParts(REPORT(head, body))).toBeUndefined();
  });

  it('when the subject is encoded or the last part is never closed, then it reads them as postal-mime does', async () => {
    const encoded = REPORT('Content-Type: text/plain', 'x', 'Subject: =?utf-8?q?caf=C3=A9?=');
    expect(plainParts(encoded)?.subject).toBe('café');
    const unclosed = REPORT('Content-Type: text/plain', 'x').replace('--B1--', '--B9--');
    for (const message of [encoded, unclosed]) {
      const bytes = Buffer.from(message);
      expect(await parseMime(bytes)).toEqual(await parseMime(bytes, { plainPath: false }));
    }
  });

  it('when a part in an ASCII-compatible charset holds only US-ASCII, then it reads it as postal-mime does', async () => {
    for (const charset of ['iso-8859-1', 'windows-1252', 'iso-2022-jp', 'shift_jis']) {
      const message = REPORT(`Content-Type: text/plain; charset=${charset}`, 'The following address failed: jan@example.org');
      expect(plainParts(message)).toBeDefined();
      const bytes = Buffer.from(message);
      expect(await parseMime(bytes)).toEqual(await parseMime(bytes, { plainPath: false }));
    }
  });

  it('when the boundary is quoted with parentheses in it, then it reads the message as postal-mime does; a comment outside quotes is left to postal-mime', async () => {
    const quoted = REPORT('Content-Type: text/plain', '<friend@example.net>: User unknown').replace('boundary="B1"', 'boundary="Boundary_(ID_x+y)"').replace(/--B1/g, '--Boundary_(ID_x+y)');
    expect(plainParts(quoted)?.attachments.map((a) => a.mimeType)).toEqual(['message/delivery-status']);
    const bytes = Buffer.from(quoted);
    expect(await parseMime(bytes)).toEqual(await parseMime(bytes, { plainPath: false }));
    expect(plainParts(REPORT('Content-Type: text/plain (the report)', 'x'))).toBeUndefined();
  });

  it('when the text is an HTML part with its images in a multipart/related, then postal-mime reads that part alone and gives what it gives on the whole message', async () => {
    const related = [
      'Content-Type: multipart/related; boundary="R1"',
      '',
      '--R1',
      'Content-Type: text/html; charset=UTF-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '<p>Your message to <b>friend@example.net</b> couldn=E2=80=99t be delivered: the address was not found.</p><img src=3D"cid:icon">',
      '--R1',
      'Content-Type: image/png',
      'Content-Transfer-Encoding: base64',
      'Content-ID: <icon>',
      '',
      'iVBORw0KGgo=',
      '--R1--',
    ];
    const message = REPORT(related[0]!, related.slice(2).join('\r\n'));
    expect(plainParts(message, { oneTextPart: true })?.textPart).toBeDefined();
    const bytes = Buffer.from(message);
    const partwise = await parseMime(bytes);
    expect(partwise.text).toContain('couldn’t be delivered');
    expect(partwise).toEqual(await parseMime(bytes, { plainPath: false }));
  });

  it('when a part header is encoded, then it is left to postal-mime', () => {
    expect(plainParts(REPORT('Content-Type: text/plain; name="=?utf-8?q?caf=C3=A9?="', 'x'))).toBeUndefined();
  });

  it('when a report has more parts than the MIME limit, then it is left to postal-mime', () => {
    const many = Array.from({ length: 2100 }, () => '--B1\r\nContent-Type: application/octet-stream\r\n\r\nx\r\n').join('');
    expect(plainParts(REPORT('Content-Type: text/plain', 'x').replace('--B1--', `${many}--B1--`))).toBeUndefined();
  });
});
