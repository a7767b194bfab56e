/**
 * A failure notice marked "Auto-Submitted: auto-replied" (as Postfix and Exim
 * mark theirs) from a sender the reader does not know as the mail system's is
 * still a bounce when its subject says so; an automatic answer is not.
 */
import { readBounce } from '../../src/bounce/read-bounce';

const notice = (subject: string, body: readonly string[]): Buffer =>
  Buffer.from(['From: Mail System <mailsys@relay.example.org>', 'To: kees@example.org', `Subject: ${subject}`, 'Auto-Submitted: auto-replied', '', ...body].join('\n'));

describe('an auto-submitted notice', () => {
  it('whose subject says the mail was returned is a bounce, its failed address found', async () => {
    const report = await readBounce(notice('Undelivered Mail Returned to Sender', ['This is the mail system at host relay.example.org.', '', '<anke@example.net>: unknown user: "anke"']));
    expect([report.kind, report.recipients.map((r) => [r.recipient, r.classification.id])]).toEqual(['bounce', [['anke@example.net', 'recipient-unknown']]]);
  });

  it('whose subject is an answer stays an automatic answer', async () => {
    const report = await readBounce(notice('Automatic reply: offerte', ['I am away until Monday; your message to me will be read then.']));
    expect(report.kind).toBe('auto-reply');
  });
});
