/**
 * Google Groups' refusal notice has no server words and is written in the
 * sender's language; its form (Google's mail system, the link to the Groups
 * help centre) tells what it means. The notice's own text is not replaced by
 * words it does not hold.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBounce } from '../../src/bounce/read-bounce';

const EML = join(__dirname, '..', 'fixtures', 'samples', 'sisimai', 'eml');

function notice(from: string, body: string): Buffer {
  return Buffer.from(
    [
      `From: Mail Delivery Subsystem <${from}>`,
      'To: sender@example.org',
      'Subject: Delivery Status Notification (Failure)',
      'X-Failed-Recipients: team@googlegroups.com',
      'Content-Type: text/plain; charset="UTF-8"',
      '',
      body,
      '',
      '----- Original message -----',
      '',
      'From: sender@example.org',
      'To: team@googlegroups.com',
      'Subject: hello',
      '',
    ].join('\r\n'),
  );
}

describe('a Google Groups refusal notice', () => {
  it.each([
    ['Japanese', 'lhost-googlegroups-01.eml'],
    ['German', 'lhost-googlegroups-05.eml'],
    ['English', 'lhost-googlegroups-02.eml'],
  ])('when the notice is in %s (%s), then the group is named and the diagnosis is that the group does not take the post', async (_language, file) => {
    const report = await readBounce(readFileSync(join(EML, file)));
    expect(report.kind).toBe('bounce');
    expect(report.recipients.map((r) => [r.recipient, r.classification.id, r.reason])).toEqual([['libsisimai@googlegroups.com', 'group-post-refused', 'rejected']]);
    expect(report.recipients[0]!.diagnosticCode ?? '').not.toContain('Google Groups: the group you tried to contact');
  });

  it('when a notice in another language comes from Google with the help link, then it is read the same way', async () => {
    const report = await readBounce(notice('mailer-daemon@googlemail.com', 'Bonjour,\r\nLe groupe que vous avez essayé de contacter (team) n\'existe peut-être pas.\r\nhttps://groups.google.com/support/\r\nGoogle Groups'));
    expect(report.recipients.map((r) => r.classification.id)).toEqual(['group-post-refused']);
  });

  it('when the same text comes from another mail system, then the help link alone does not make it a group refusal', async () => {
    const report = await readBounce(notice('mailer-daemon@mail.example.net', 'Bonjour,\r\nVotre message n\'a pas pu être remis.\r\nhttps://groups.google.com/support/'));
    expect(report.recipients.map((r) => r.classification.id)).not.toContain('group-post-refused');
  });
});
