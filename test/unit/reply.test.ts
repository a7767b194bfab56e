import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEximLogLine, readEximLogHead } from '../../src/smtp/exim-log';
import { parseReply, readReplyDetails, type ParsedReply, type ReplyDetails } from '../../src/smtp/reply';

/** A reply with its details read: what the tests below check together. */
function parsed(raw: string): ParsedReply & ReplyDetails {
  const reply = parseReply(raw);
  return { ...reply, ...readReplyDetails(reply) };
}
import { RULES } from '../../src/kb/rules';

describe('parseReply', () => {
  it('when a Gmail reply is wrapped with continuation prefixes, then they are folded away', () => {
    const r = parsed(
      '550-5.7.26 This message does not have authentication information or fails to 550-5.7.26 pass authentication checks. To best protect our users from spam, the 550-5.7.26 message has been blocked.',
    );
    expect(r.code).toBe(550);
    expect(r.enhanced).toBe('5.7.26');
    expect(r.text).toBe(
      'This message does not have authentication information or fails to pass authentication checks. To best protect our users from spam, the message has been blocked.',
    );
  });

  it('when the reply spans real lines, then they are joined with single spaces', () => {
    const r = parsed('550-5.7.1 The user or domain that you are sending to (or from) has a policy that\r\n550-5.7.1 prohibited the mail that you sent.\n550 5.7.1 https://support.google.com/a/answer/172179 - gsmtp');
    expect(r.code).toBe(550);
    expect(r.enhanced).toBe('5.7.1');
    expect(r.text).toBe('The user or domain that you are sending to (or from) has a policy that prohibited the mail that you sent. https://support.google.com/a/answer/172179 - gsmtp');
    expect(r.provider).toBe('google');
  });

  it("when qmail-send's log writes a reply with underscores for spaces, then the words and codes are read, the address kept", () => {
    const r = parsed('delivery 7: failure: 192.0.2.4_does_not_like_recipient./Remote_host_said:_550_5.1.1_<jan_de_vries@example.org>..._Mailbox_unknown/Giving_up_on_192.0.2.4./');
    expect(r.code).toBe(550);
    expect(r.enhanced).toBe('5.1.1');
    expect(r.text).toContain('<jan_de_vries@example.org>... Mailbox unknown');
    // Other text with underscores is left as it is.
    expect(parsed('550 5.1.1 <no_such_user@example.org>: user_unknown').text).toBe('<no_such_user@example.org>: user_unknown');
  });

  it('when the code is repeated as "550-550", then the text starts after both', () => {
    const r = parsed('550-550 relay through this server without authentication.');
    expect(r.code).toBe(550);
    expect(r.enhanced).toBeUndefined();
    expect(r.text).toBe('relay through this server without authentication.');
  });

  it('when a receiver writes "550.5.7.26", then code and enhanced code are both read', () => {
    const r = parsed("550.5.7.26 Unauthenticated email from voorbeeld.nl is not accepted due to domain's DMARC policy");
    expect([r.code, r.enhanced]).toEqual([550, '5.7.26']);
    expect(r.text.startsWith('Unauthenticated email')).toBe(true);
  });

  it('when webmail shows the code in brackets, then it is read', () => {
    const r = parsed('SMTP-fout: [550] This message was classified as SPAM and may not be delivered');
    expect(r.code).toBe(550);
    expect(r.text).toBe('SMTP-fout: This message was classified as SPAM and may not be delivered');
  });

  it('when only an enhanced code starts the text, then it is taken as the prefix', () => {
    const r = parsed('5.1.0 Address rejected');
    expect([r.code, r.enhanced, r.text]).toEqual([undefined, '5.1.0', 'Address rejected']);
  });

  it('when a qmail-style code sits in parentheses, then it is read and the text kept', () => {
    const r = parsed("Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)");
    expect([r.code, r.enhanced]).toEqual([undefined, '5.4.4']);
    expect(r.text).toContain('(#5.4.4)');
  });

  it('when an IP address stands in the text, then it is not mistaken for a code', () => {
    const r = parsed('messages from [203.0.113.25] weren\'t sent');
    expect(r.code).toBeUndefined();
    expect(r.enhanced).toBeUndefined();
  });

  it('when an enhanced code ends with a full stop, then it is still read, but not when more numbers follow', () => {
    const r = parsed('421 4.7.0. Too many connections, slow down');
    expect([r.code, r.enhanced, r.text]).toEqual([421, '4.7.0', 'Too many connections, slow down']);
    expect(parsed('Message refused (5.7.1.).').enhanced).toBe('5.7.1');
    expect(parsed('550-5.7.1. Refused, see 550 5.7.1. our policy page').text).toBe('Refused, see our policy page');
    const address = parsed('relay 4.2.1.7 did not answer');
    expect(address.enhanced).toBeUndefined();
  });

  it('when a Postfix or Sendmail log line gives no reply, then its dsn= field is the enhanced code', () => {
    expect(parsed('to=<a@example.org>, relay=local, delay=0.2, dsn=4.3.0, status=deferred (mail system offline)').enhanced).toBe('4.3.0');
    expect(parsed('to=<b@example.org>, mailer=esmtp, dsn=5.6.0, stat=Data format error').enhanced).toBe('5.6.0');
    expect(parsed('to=<c@example.org>, server=5.4.1.9 did not answer').enhanced).toBeUndefined();
  });

  it('when the basic code is written twice, then the enhanced code after the second is read', () => {
    const r = parsed('The other server said: 550 550 5.2.1 mailbox disabled');
    expect([r.code, r.enhanced, r.text]).toEqual([550, '5.2.1', 'The other server said: mailbox disabled']);
    expect(parsed('554 554-5.7.1 refused').enhanced).toBe('5.7.1');
    expect(parsed('550 551 5.1.6 moved').enhanced).toBeUndefined();
  });

  it(".NET's report is read as its code and the server's words", () => {
    const r = parsed('System.Net.Mail.SmtpException: Exceeded storage allocation. The server response was: 5.3.4 Message too big for system');
    expect([r.code, r.enhanced, r.text]).toEqual([552, '5.3.4', 'System.Net.Mail.SmtpException: 5.3.4 Message too big for system']);
    // 450 and 550 share "Mailbox unavailable."; the server's enhanced code says which.
    expect(parsed('Mailbox unavailable. The server response was: 4.2.1 Try later').code).toBe(450);
    expect(parsed('Mailbox unavailable. The server response was: 5.1.1 No such user').code).toBe(550);
    expect(parsed('Mailbox unavailable. The server response was: No such user').code).toBeUndefined();
    // The server's own code stands over .NET's words, and a code of another class is no reading of them.
    expect(parsed('Transaction failed. The server response was: 550 5.7.1 Refused').code).toBe(550);
    expect(parsed('Exceeded storage allocation. The server response was: 4.3.1 Out of memory').code).toBeUndefined();
    // Only .NET's own words before "The server response was:" are read as a code.
    const other = parsed('Upload refused. The server response was: quota reached');
    expect([other.code, other.text]).toEqual([undefined, 'Upload refused. The server response was: quota reached']);
  });

  it('when a quoted remote reply follows text, then its code is read', () => {
    const r = parsed("Remote Server returned '554 5.1.2 <_dc-mx.8bd5385daff6.domain.com #5.1.2>'");
    expect([r.code, r.enhanced]).toEqual([554, '5.1.2']);
    expect(r.provider).toBe('cloudflare');
  });

  it('when Track Delivery reports a remote reply, then stage and code are read', () => {
    const r = parsed('SMTP error from remote mail server after RCPT TO:<jan@voorbeeld.nl>: 451 Temporary local problem - please try later');
    expect([r.code, r.stage]).toEqual([451, 'rcpt-to']);
    expect(r.folded).toBe('smtp error from remote mail server after rcpt to:<jan@voorbeeld.nl>: temporary local problem - please try later');
  });

  it('when an Exim failure line is given, then the log fields and the reply are read', () => {
    const r = parsed(
      '2024-05-01 10:00:00 1s2ABC-000DEF-GH ** user@example.net R=dkim_lookuphost T=dkim_remote_smtp H=mx.example.net [203.0.113.5]: SMTP error from remote mail server after RCPT TO:<user@example.net>: 550 5.1.1 User unknown',
    );
    expect(r.log).toMatchObject({ messageId: '1s2ABC-000DEF-GH', flag: '**', event: 'failed', address: 'user@example.net', router: 'dkim_lookuphost', transport: 'dkim_remote_smtp', host: 'mx.example.net', hostIp: '203.0.113.5' });
    expect([r.code, r.enhanced, r.stage, r.remoteHost]).toEqual([550, '5.1.1', 'rcpt-to', 'mx.example.net']);
    expect(r.folded.endsWith('after rcpt to:<user@example.net>: user unknown')).toBe(true);
  });

  it('when a log line is read for classification only, then its event, message and body are those of the full parse', () => {
    const lines = [
      ...readFileSync(join(__dirname, '../fixtures/exim/exim_mainlog'), 'utf8').split('\n'),
      ...RULES.flatMap((r) => r.examples.map((e) => e.text)),
      '2024-05-01 10:00:00 1s2ABC-000DEF-GH => info <info@example.com> R=virtual_user T=virtual_userdelivery',
      '2024-05-01 10:00:00 H=(x) [192.0.2.1] temporarily rejected RCPT <a@b.nl>: greylisted',
      '2024-05-01 10:00:00 sender verify fail for <x@y.nl>: no such user',
      '2024-05-01 10:00:00 1s2ABC-000DEF-GH ** u@x.nl',
    ].filter((line) => parseEximLogLine(line) !== undefined);
    expect(lines.length).toBeGreaterThan(12);
    for (const line of lines) {
      const full = parseEximLogLine(line)!;
      expect([line, readEximLogHead(line)]).toEqual([line, { event: full.event, body: full.body, ...(full.message === undefined ? {} : { message: full.message }) }]);
    }
    expect(readEximLogHead('550 5.1.1 user unknown')).toBeUndefined();
  });

  it('when a reply is copied or turned into JSON, then nothing is lost, and the details are those of the full parse', () => {
    const line = '2024-05-01 10:00:00 1s2ABC-000DEF-GH ** user@example.net R=dkim_lookuphost T=dkim_remote_smtp H=mx.example.net [203.0.113.5]: SMTP error from remote mail server after RCPT TO:<user@example.net>: 550 5.1.1 User unknown';
    const reply = parseReply(line);
    expect({ ...reply }).toEqual(reply);
    expect(JSON.parse(JSON.stringify(reply))).toEqual(JSON.parse(JSON.stringify({ ...reply })));
    expect(readReplyDetails(reply)).toMatchObject({ remoteHost: 'mx.example.net', remoteIp: '203.0.113.5', log: parseEximLogLine(line) });
    expect(reply.logEvent).toBe('failed');
    expect(parseReply('550 5.1.1 user unknown').logEvent).toBeUndefined();
    const bounce = readReplyDetails(parseReply('host mx1.example.org [198.51.100.7]: 550 5.1.1 no such user'));
    expect(bounce).toMatchObject({ remoteHost: 'mx1.example.org', remoteIp: '198.51.100.7' });
    expect(bounce.log).toBeUndefined();
  });

  it('when an Exim log line writes the reply\'s line breaks as a literal \\n, then they are line breaks', () => {
    const r = parsed('2024-05-01 10:00:00 1s2ABC-000DEF-GH ** user@example.net R=dnslookup T=remote_smtp H=mx.example.net [203.0.113.5]: SMTP error from remote mail server after end of data: 550-5.7.1 Our system has detected that this message is\\n550 5.7.1 likely unsolicited mail.');
    expect([r.code, r.enhanced]).toEqual([550, '5.7.1']);
    expect(r.folded).toContain('this message is likely unsolicited mail.');
    // Outside a log line a "\\n" that is part of a word (a Windows path) stays as it is.
    expect(parseReply('550 file C:\\new\\x.exe refused').folded).toContain('c:\\new');
  });

  it('when the ids are Exim 4.97 style, then the 23-character id is read', () => {
    const r = parsed('2025-01-02 03:04:05.678 [991] 1tTXyZ-00000000AbC-0d1E == a@b.example R=dnslookup T=remote_smtp defer (-53): retry time not reached for any host');
    expect(r.log).toMatchObject({ messageId: '1tTXyZ-00000000AbC-0d1E', pid: 991, flag: '==', event: 'deferred' });
    expect(r.log?.message).toBe('retry time not reached for any host');
  });

  it('when an Exim rejection line is given, then sender, recipient and host are read', () => {
    const r = parsed('2024-05-01 10:00:00 H=(exim.test.ex) [192.0.2.97] F=<junkjunk@exim.test.ex> rejected RCPT <postmaster@exim.test.ex>: Sender verify failed');
    expect(r.log).toMatchObject({ event: 'rejected', sender: 'junkjunk@exim.test.ex', address: 'postmaster@exim.test.ex', helo: 'exim.test.ex', hostIp: '192.0.2.97', message: 'Sender verify failed' });
    expect(r.stage).toBe('rcpt-to');
  });

  it('when a cPanel mail_permissions defer is logged, then the stage is local', () => {
    const r = parsed('2024-05-01 10:00:00 1RDnjR-0005ho-Uu == f@kos.net R=check_mail_permissions defer (-1): Domain pigdog.org has exceeded the max emails per hour (12/10 (120%)) allowed.  Message will be reattempted later');
    expect(r.stage).toBe('local');
    expect(r.code).toBeUndefined();
  });

  it("when an Exim log line is parsed, then the reply's words start after the line's own fields", () => {
    const line = '2026-11-26 10:00:00 1abcDE-000001-AB ** jan@outlook.com R=dnslookup T=remote_smtp H=mx.example.nl [203.0.113.5]: 550 5.7.1 Message refused';
    const r = parseReply(line);
    expect(r.folded.slice(0, r.wordsFrom)).toBe('** jan@outlook.com r=dnslookup t=remote_smtp h=mx.example.nl [203.0.113.5]: ');
    expect(r.folded.slice(r.wordsFrom)).toBe('message refused');
    expect(parseReply('550 5.7.1 Message refused').wordsFrom).toBe(0);
  });

  it("when a log line's recipient is at a big provider, then that address does not make the reply that provider's", () => {
    const r = parsed('2026-11-26 10:00:00 1abcDE-000001-AB ** jan@outlook.com R=dnslookup T=remote_smtp H=mx.example.nl [203.0.113.5]: 550 5.7.1 Message refused');
    expect(r.provider).toBeUndefined();
    expect(parsed('2026-11-26 10:00:00 1abcDE-000001-AB ** jan@example.nl R=dnslookup T=remote_smtp H=mx.example.nl [203.0.113.5]: 550 5.7.1 Message refused by outlook.com').provider).toBe('microsoft');
  });

  it('when the text has control characters and bidi overrides, then they become spaces', () => {
    const r = parsed('550\u0000 5.1.1\u202e user\tunknown');
    expect(r.text).toBe('user unknown');
    expect(r.code).toBe(550);
  });

  it("when a mail library wraps the reply in the code it expected, then the server's code is read, not the expected one", () => {
    const r = parseReply('Swift_TransportException: Expected response code 354 but got code "503", with message "503 5.5.1 RCPT first"');
    expect([r.code, r.enhanced]).toEqual([503, '5.5.1']);
    expect(r.text).toContain('RCPT first');
    const quoted = parseReply('Expected response code "250" but got code "550", with message "550 Mailbox unavailable"');
    expect(quoted.code).toBe(550);
    // Without a library's wording, a first code is the reply as before.
    expect(parseReply('354 Start mail input; end with <CRLF>.<CRLF>').code).toBe(354);
  });

  it('when a port number stands before the reply, then the reply after it is read', () => {
    const r = parsed('connect to mx.voorbeeld.nl port 587 550 5.7.1 relaying denied');
    expect([r.code, r.enhanced, r.text]).toEqual([550, '5.7.1', 'connect to mx.voorbeeld.nl port 587 relaying denied']);
  });

  it('when a bracketed number is glued to a word, then it is not a code', () => {
    const r = parsed('queue id x[550] kept; 451 4.3.0 try later');
    expect([r.code, r.enhanced]).toEqual([451, '4.3.0']);
    expect(r.text).toBe('queue id x[550] kept; try later');
  });

  it('when the enhanced code is of another class than the reply code, then the next prefix is taken', () => {
    const r = parsed('error 203.5.1.1 then 550 5.1.1 user unknown');
    expect([r.code, r.enhanced, r.text]).toEqual([550, '5.1.1', 'error 203.5.1.1 then user unknown']);
  });

  it('when a Sendmail transcript marks each line of the reply with "<<< ", then the marks are folded away with the prefixes', () => {
    const r = parsed(['... while talking to mx.example.org.:', '<<< 550-Mail from dynamically assigned', '<<< 550-IP addresses is not taken here.', '<<< 550 Use your provider\'s relay.'].join('\n'));
    expect(r.code).toBe(550);
    expect(r.text).toBe("... while talking to mx.example.org.: Mail from dynamically assigned IP addresses is not taken here. Use your provider's relay.");
  });

  it('when the reply has a tab and doubled spaces around a continuation, then one space remains', () => {
    const r = parsed('550-5.1.1 user\t unknown 550-5.1.1  see  help');
    expect(r.text).toBe('user unknown see help');
  });

  it('when given nothing, then the result is empty but valid', () => {
    expect(parseReply('')).toMatchObject({ raw: '', text: '', folded: '' });
  });
});
