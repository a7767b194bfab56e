/**
 * Errors the sending program's own libraries write: a certificate the
 * program does not trust, a TLS session that could not be set up, a mail
 * server it cannot reach, a sending service's API refusal; look-alikes that
 * a receiving server writes keep their own diagnosis.
 */
import { DEFAULT_PROFILE } from '../../src/config/provider-profile';
import { classify } from '../../src/kb/classify';
import { explain } from '../../src/kb/explain';
import { renderText } from '../../src/kb/render';
import { CLIENT_LIBRARY_PHRASES } from '../../src/kb/tiers/client-library-phrases';
import { describeTierTable, type TierCase } from './tier-table';

const EXAMPLES: readonly TierCase[] = [
  { text: 'Sending failed: Net::OpenTimeout (execution expired)', id: 'remote-server-unreachable', tier: 'reason-phrase', note: "Ruby's Net::SMTP could not open the connection in time" },
  { text: 'Error: Timeout::Error (execution expired) while talking to the SMTP server', id: 'remote-server-unreachable', tier: 'reason-phrase', note: "Ruby's timeout of the SMTP conversation" },
  { text: 'Error: unable to verify the first certificate', id: 'tls-identity-mismatch', tier: 'reason-phrase', note: "Node.js: the server's certificate chain is incomplete (UNABLE_TO_VERIFY_LEAF_SIGNATURE)" },
  { text: 'x509: certificate signed by unknown authority', id: 'tls-identity-mismatch', tier: 'reason-phrase', note: "Go: the certificate's authority is not trusted" },
  { text: 'dial tcp: x509: certificate relies on legacy Common Name field, use SANs instead', id: 'tls-identity-mismatch', tier: 'reason-phrase', note: 'Go 1.15 on: a host named only in the Common Name' },
  { text: 'Mailbox unavailable. The server response was: Sorry, you must authenticate first', id: 'smtp-auth-required', tier: 'reason-phrase', note: ".NET's words for the code are no unknown mailbox: the server's words decide" },
  { text: 'Exceeded storage allocation. The server response was: 4.3.1 Insufficient system resources', id: 'receiver-system-error', tier: 'provider-code', note: ".NET's name for a 552 is no full mailbox: the server's words decide" },
  { text: 'System.Security.Authentication.AuthenticationException: The remote certificate is invalid according to the validation procedure.', id: 'tls-identity-mismatch', tier: 'reason-phrase', note: ".NET: the server's certificate failed the check" },
  { text: 'javax.net.ssl.SSLHandshakeException: sun.security.validator.ValidatorException: PKIX path building failed', id: 'tls-identity-mismatch', tier: 'reason-phrase', note: 'Java: no trusted path to the certificate' },
  { text: 'Error: self-signed certificate\n    at TLSSocket.onConnectSecure (node:_tls_wrap:1659:34)', id: 'tls-identity-mismatch', tier: 'reason-phrase', note: "Node.js: a self-signed server certificate, checked by the program's TLS socket" },
  { text: 'Error: Client network socket disconnected before secure TLS connection was established', id: 'tls-handshake-failed', tier: 'reason-phrase', note: 'Node.js: the server closed the connection during the handshake' },
  { text: 'ssl.SSLError: [SSL: UNKNOWN_PROTOCOL] unknown protocol (_ssl.c:1056)', id: 'tls-handshake-failed', tier: 'reason-phrase', note: 'OpenSSL via Python: no TLS where TLS was expected' },
  { text: 'System.IO.IOException: Authentication failed because the remote party has closed the transport stream.', id: 'tls-handshake-failed', tier: 'reason-phrase', note: '.NET: the handshake broke off (not a login)' },
  { text: 'Error: connect ECONNREFUSED 192.0.2.10:587', id: 'remote-server-unreachable', tier: 'reason-phrase', note: 'Node.js: the mail server refused the connection' },
  { text: 'dial tcp 192.0.2.10:465: i/o timeout', id: 'remote-server-unreachable', tier: 'reason-phrase', note: 'Go: no answer in time' },
  { text: 'javax.mail.MessagingException: Unknown SMTP host: smtp.example.org; nested exception is: java.net.UnknownHostException: smtp.example.org', id: 'remote-server-unreachable', tier: 'reason-phrase', note: "Java: the mail server's name does not resolve" },
  { text: 'SMTP Error: Could not connect to SMTP host. SMTP connect() failed.', id: 'remote-server-unreachable', tier: 'reason-phrase', note: 'PHPMailer: no connection to the mail server' },
  { text: 'Postmark API error 400: Sender signature not defined for From address.', id: 'sender-address-rejected', tier: 'reason-phrase', note: 'Postmark: the From address is no confirmed sender signature' },
  { text: '451 Authentication failed: Maximum credits exceeded', id: 'sending-quota-exceeded', tier: 'reason-phrase', note: 'SendGrid: no credits left on the account, not a wrong password' },
  { text: 'PHP Notice: Error: MAIL FROM not accepted from server! in system/library/mail/smtp.php on line 193', id: 'sender-address-rejected', tier: 'reason-phrase', note: "OpenCart: the server refused the sender" },
  { text: 'Error: RCPT TO not accepted from server! in system/library/mail/smtp.php', id: 'recipient-address-rejected', tier: 'reason-phrase', note: 'OpenCart: the server refused the recipient' },
  { text: 'Error: EHLO not accepted from server!', id: 'helo-refused', tier: 'reason-phrase', note: "OpenCart: the server refused the greeting's name" },
  { text: 'Mailer Error: SMTP Error: Could not authenticate.', id: 'smtp-login-failed', tier: 'reason-phrase', note: 'PHPMailer: the login failed' },
  { text: 'An error occurred (InvalidClientTokenId) when calling the SendRawEmail operation', id: 'smtp-login-failed', tier: 'reason-phrase', note: "AWS: the program's access key is not valid" },
  { text: 'smtplib.SMTPNotSupportedError: STARTTLS extension not supported by server.', id: 'tls-handshake-failed', tier: 'reason-phrase', note: 'Python: no STARTTLS on this port (a port that speaks TLS from the start, or none)' },
  { text: 'OpenSSL::SSL::SSLError: hostname "mail.example.org" does not match the server certificate', id: 'tls-identity-mismatch', tier: 'reason-phrase', note: "Ruby: the server name is not in the certificate" },
  { text: 'javax.mail.MessagingException: Could not convert socket to TLS', id: 'tls-handshake-failed', tier: 'reason-phrase', note: "JavaMail: the STARTTLS upgrade failed" },
  { text: 'smtp: tls: first record does not look like a TLS handshake', id: 'tls-handshake-failed', tier: 'reason-phrase', note: 'Go: plain text where TLS was expected' },
  { text: 'net/smtp: Auth: unencrypted connection', id: 'tls-required', tier: 'reason-phrase', note: 'Go: a password is not sent without TLS' },
  { text: 'smtplib.SMTPServerDisconnected: Connection unexpectedly closed', id: 'remote-server-unreachable', tier: 'reason-phrase', note: 'Python: the server closed the connection' },
  { text: "com.sun.mail.util.MailConnectException: Couldn't connect to host, port: smtp.example.org, 587; timeout -1", id: 'remote-server-unreachable', tier: 'reason-phrase', note: 'JavaMail: no connection to the mail server' },
  { text: 'System.Net.Mail.SmtpException: Failure sending mail. ---> System.IO.IOException: Unable to read data from the transport connection: net_io_connectionclosed.', id: 'remote-server-unreachable', tier: 'reason-phrase', note: '.NET: the mail server closed the connection' },
  { text: "Task 'info@example.org - Sending' reported error (0x80042109) : 'Outlook cannot connect to your outgoing (SMTP) e-mail server.'", id: 'remote-server-unreachable', tier: 'reason-phrase', note: "Outlook's number for an outgoing server it cannot reach" },
  { text: 'The operation timed out waiting for a response from the receiving (POP) server. Error 0x800CCC0F', id: 'remote-server-unreachable', tier: 'reason-phrase', note: "Outlook's number for a connection broken off" },
  { text: 'HTTP 403: The from address is not a verified sender for this account', id: 'sender-address-rejected', tier: 'reason-phrase', note: "a sending service's API: the From address is not verified" },
  { text: 'Sending of the message failed. The message could not be sent because the connection to Outgoing server (SMTP) mail.example.org was lost in the middle of the transaction. Try again.', id: 'remote-server-unreachable', tier: 'reason-phrase', note: 'Thunderbird: the connection broke off' },
  { text: 'The message could not be sent because connecting to Outgoing server (SMTP) mail.example.org failed. The server may be unavailable or is refusing SMTP connections.', id: 'remote-server-unreachable', tier: 'reason-phrase', note: 'Thunderbird: the connection was refused' },
  { text: "Unable to authenticate to Outgoing server (SMTP) mail.example.org. Please check the password and verify the 'Authentication method' in 'Account Settings | Outgoing server (SMTP)'.", id: 'smtp-login-failed', tier: 'reason-phrase', note: 'Thunderbird: the login failed' },
  { text: 'An error occurred while sending mail: Unable to establish a secure link with Outgoing server (SMTP) mail.example.org using STARTTLS since it doesn’t advertise that feature.', id: 'tls-required', tier: 'reason-phrase', note: 'Thunderbird: STARTTLS required, not offered' },
];

const NEAR_MISSES: readonly TierCase[] = [
  { text: '250 OK, delivered before the timeout expired', id: 'unknown', tier: 'unknown', note: 'a timeout named where nothing failed' },
  { text: 'TLS error on connection to mx.example.com [192.0.2.1] (SSL_connect): error:1416F086:SSL routines:certificate verify failed', id: 'tls-handshake-failed', tier: 'rule', note: "a sending server's failed TLS session with a receiver stays the server-to-server diagnosis" },
  { text: 'relay=mx.example.org[192.0.2.1]:25, dsn=2.0.0, status=sent (250 ok)', id: 'unknown', tier: 'unknown', note: 'a delivered message: "relay=" is no relay refusal' },
  { text: 'dial tcp 192.0.2.1:25: connect: connection refused', id: 'remote-server-unreachable', tier: 'rule', note: "the refused-connection rule already decides Go's wording" },
  { text: '250 2.0.0 Client certificate accepted, x509: certificate chain ok', id: 'unknown', tier: 'unknown', note: 'a certificate accepted, no x509 error' },
  { text: '250 OK: info@example.org is a verified sender now', id: 'unknown', tier: 'unknown', note: 'a sender that is verified' },
];

describeTierTable('errors of the sending program', CLIENT_LIBRARY_PHRASES, EXAMPLES, NEAR_MISSES);

describe('the words for an error of the sending program', () => {
  it('when a program cannot reach its own mail server, then its owner is told to check its settings, in both languages', () => {
    const c = classify('Error: connect ECONNREFUSED 192.0.2.10:587');
    expect([c.id, c.actor]).toEqual(['remote-server-unreachable', 'account-owner']);
    const en = explain(c, 'en', DEFAULT_PROFILE);
    expect(en.title).toBe('Your program cannot reach its outgoing mail server');
    expect(en.fix.join(' ')).toContain(DEFAULT_PROFILE.mailServer);
    expect(en.crossCheck).toBeUndefined();
    expect(explain(c, 'nl', DEFAULT_PROFILE).title).toBe('Je programma kan de uitgaande mailserver niet bereiken');
  });

  it("when a mail server cannot reach the recipient's server, then the same id keeps the receiving side's words", () => {
    const c = classify('connect to mx.example.org[192.0.2.1]:25: Connection refused');
    expect([c.id, c.actor]).toEqual(['remote-server-unreachable', 'other-side']);
    expect(explain(c, 'en', DEFAULT_PROFILE).title).not.toContain('program');
  });

  it('when a program and its server share no TLS setting, then it is the program\'s settings, not the servers\' administrators', () => {
    const c = classify('SSL_connect returned=1 errno=0 state=error: wrong version number');
    expect([c.id, c.actor]).toEqual(['tls-handshake-failed', 'account-owner']);
    const server = classify('TLS error on connection to mx.example.org [192.0.2.1] (SSL_connect): error:0A00010B:SSL routines::wrong version number');
    expect([server.id, server.tier, server.actor]).toEqual(['tls-handshake-failed', 'rule', 'hosting-provider']);
  });
});

describe('the other side\'s words of the tier entries', () => {
  it('when an entry carries its own words, then they are whole in Dutch and English and every placeholder is known', () => {
    const spoken = CLIENT_LIBRARY_PHRASES.flatMap((entry) => (entry.words === undefined ? [] : [entry.words]));
    expect(spoken.length).toBeGreaterThan(0);
    for (const words of spoken) {
      for (const lang of ['nl', 'en'] as const) {
        for (const piece of [words.title[lang], words.explanation[lang], ...words.fix[lang]]) {
          expect(piece.trim()).not.toBe('');
          expect(renderText(piece, lang, DEFAULT_PROFILE, {})).not.toMatch(/\{[A-Za-z]+\}|undefined/);
        }
      }
    }
  });
});
