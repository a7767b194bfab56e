/**
 * Reason phrases written by the sending program itself, not by a receiving
 * server: the errors that a website, an application or a device shows when
 * its mail library could not hand a message to its mail server. Each is a
 * library's own fixed text (Node.js and its OpenSSL error codes, Go's
 * crypto/x509 and net packages, .NET's SslStream, Java's JSSE and java.net,
 * Python's ssl and socket modules, PHPMailer) or a sending service's
 * documented API error, each entry naming where the text comes from.
 *
 * A program that does not trust its mail server's certificate is
 * `tls-identity-mismatch` (the person fixes the server name or the trust in
 * the program); a TLS session that could not be set up at all is
 * `tls-handshake-failed`; a mail server the program cannot reach is
 * `remote-server-unreachable`.
 */
import type { DiagnosisId, RuleMatch } from '../types';
import { reasonPhrase } from './phrase-entry';
import type { SpokenWords, TierEntry } from './tier-entry';

const says = reasonPhrase;

/**
 * The same ids as a mail server's failures, but the person who acts is the
 * one whose program failed: a mail server that cannot reach the recipient's
 * server is the receiving side's matter; a program that cannot reach its own
 * outgoing server is its owner's settings.
 */
const PROGRAM_CANNOT_CONNECT: SpokenWords = {
  actor: 'account-owner',
  title: { nl: 'Je programma kan de uitgaande mailserver niet bereiken', en: 'Your program cannot reach its outgoing mail server' },
  explanation: {
    nl: 'De website, app of het apparaat dat deze mail verstuurt, kreeg geen verbinding met de mailserver uit zijn SMTP-instellingen: de server weigerde de verbinding, antwoordde niet op tijd, of zijn naam kon niet worden opgezocht. Het bericht is niet verstuurd.',
    en: 'The website, app or device that sends this mail could not connect to the mail server in its SMTP settings: the server refused the connection, did not answer in time, or its name could not be looked up. The message was not sent.',
  },
  fix: {
    nl: [
      'Controleer de SMTP-instellingen van het programma: server {mailServer}, poort 465 (SSL/TLS) of 587 (STARTTLS), en de gebruikersnaam en het wachtwoord van de mailbox.',
      'Kloppen de instellingen, dan blokkeert het netwerk van het programma misschien uitgaande verbindingen naar die poorten (een firewall, of een hostingplatform dat mailpoorten dichtzet): sta ze toe of vraag het na bij dat platform.',
      'Probeer het daarna opnieuw; blijft het misgaan terwijl de instellingen kloppen, neem dan contact op met {support}.',
    ],
    en: [
      "Check the program's SMTP settings: server {mailServer}, port 465 (SSL/TLS) or 587 (STARTTLS), and the mailbox's user name and password.",
      "If the settings are right, the program's network may block outgoing connections to those ports (a firewall, or a hosting platform that closes mail ports): allow them, or ask that platform.",
      'Then try again; if it keeps failing while the settings are right, contact {support}.',
    ],
  },
  links: ['emailSettings'],
};

const PROGRAM_TLS_FAILED: SpokenWords = {
  actor: 'account-owner',
  title: { nl: 'Je programma kon geen beveiligde verbinding met de mailserver opzetten', en: 'Your program could not set up a secure connection with its mail server' },
  explanation: {
    nl: 'Het programma en zijn uitgaande mailserver kwamen niet tot een versleutelde verbinding (TLS). Meestal horen de poort en de versleuteling in de instellingen niet bij elkaar (SSL/TLS op poort 587, of STARTTLS op poort 465), of kent het programma alleen oude TLS-versies.',
    en: 'The program and its outgoing mail server could not agree on an encrypted (TLS) connection. Usually the port and the encryption setting do not belong together (SSL/TLS on port 587, or STARTTLS on port 465), or the program only knows old TLS versions.',
  },
  fix: {
    nl: [
      'Zet in de SMTP-instellingen van het programma poort 465 met SSL/TLS, of poort 587 met STARTTLS; server {mailServer}.',
      'Kent het programma alleen TLS 1.0 of 1.1, werk het dan (of zijn mailbibliotheek) bij.',
      'Stuur daarna een testbericht.',
    ],
    en: [
      "In the program's SMTP settings, use port 465 with SSL/TLS, or port 587 with STARTTLS; server {mailServer}.",
      'If the program only knows TLS 1.0 or 1.1, update it (or its mail library).',
      'Then send a test message.',
    ],
  },
  links: ['emailSettings'],
};

const PROGRAM_DOES_NOT_TRUST: SpokenWords = {
  actor: 'account-owner',
  title: { nl: 'Je programma vertrouwt het certificaat van de mailserver niet', en: "Your program does not trust its mail server's certificate" },
  explanation: {
    nl: 'De website, app of het apparaat dat deze mail verstuurt, controleerde het certificaat van zijn mailserver en weigerde het: de servernaam in de SMTP-instellingen staat niet in het certificaat, het certificaat is zelfondertekend of verlopen, of het komt van een uitgever die het programma niet kent (een verouderde lijst met vertrouwde uitgevers).',
    en: "The website, app or device that sends this mail checked its mail server's certificate and refused it: the server name in its SMTP settings is not in the certificate, the certificate is self-signed or expired, or it comes from an authority the program does not know (an outdated list of trusted authorities).",
  },
  fix: {
    nl: [
      'Vul in de SMTP-instellingen van het programma {mailServer} in als server: het certificaat is op die naam uitgegeven.',
      'Lukt het dan nog niet, werk het programma, zijn mailbibliotheek of de lijst met vertrouwde certificaten van het systeem (de CA-bundel) bij.',
      'Zet de certificaatcontrole niet uit: dan is de verbinding niet meer beschermd.',
    ],
    en: [
      "Enter {mailServer} as the server in the program's SMTP settings: the certificate is issued to that name.",
      "If it still fails, update the program, its mail library or the system's list of trusted certificates (the CA bundle).",
      'Do not switch the certificate check off: the connection would no longer be protected.',
    ],
  },
  links: ['emailSettings'],
};

/** An entry whose text is the sending program's own error, said with that side's words. */
function programSays(id: DiagnosisId, match: RuleMatch, source: string, words: SpokenWords): TierEntry {
  return { ...reasonPhrase(id, match, source), words };
}

const NODE_TLS = 'Node.js TLS errors (nodejs.org/api/errors.html: ERR_TLS_CERT_ALTNAME_INVALID) and the OpenSSL verify codes it reports (UNABLE_TO_VERIFY_LEAF_SIGNATURE, SELF_SIGNED_CERT_IN_CHAIN, DEPTH_ZERO_SELF_SIGNED_CERT, UNABLE_TO_GET_ISSUER_CERT_LOCALLY, CERT_HAS_EXPIRED)';
const GO_X509 = "Go's crypto/x509 verification errors (UnknownAuthorityError, HostnameError, CertificateInvalidError: \"x509: certificate signed by unknown authority\", \"x509: certificate is valid for …, not …\", \"x509: certificate has expired or is not yet valid\")";
const DOTNET_SSL = '.NET System.Net.Security.SslStream: "The remote certificate is invalid according to the validation procedure"';
const JAVA_JSSE = 'Java JSSE (sun.security.validator: "PKIX path building failed", "unable to find valid certification path to requested target"; sun.security.util.HostnameChecker: "No subject alternative names matching")';
const NODE_NET = 'Node.js system errors (nodejs.org/api/errors.html: ECONNREFUSED, ETIMEDOUT, EHOSTUNREACH, ENETUNREACH, ENOTFOUND, EAI_AGAIN, ECONNRESET) and Nodemailer\'s "Greeting never received"';
const GO_NET = 'Go net package dial errors ("dial tcp <address>: connect: connection refused", "i/o timeout", "lookup <host>: no such host")';
const JAVA_NET = 'Java java.net exceptions (UnknownHostException, ConnectException, SocketTimeoutException, NoRouteToHostException)';
const MAILKIT = 'MailKit SslHandshakeException ("An error occurred while attempting to establish an SSL or TLS connection", with its certificate or port explanation)';

export const CLIENT_LIBRARY_PHRASES: readonly TierEntry[] = [
  // The program's own check of its mail server's certificate failed: the name it connects to is not in the
  // certificate, or the certificate is self-signed, expired or from an authority it does not know.
  programSays(
    'tls-identity-mismatch',
    {
      // Short, distinctive parts of the texts: every phrase costs the scan's automaton states.
      phrases: [
        'verify the first certificate',
        'in certificate chain',
        "certificate's altnames",
        'cert_altname_invalid',
        'local issuer certificate',
        'depth_zero_self_signed',
        'self_signed_cert_in_chain',
        'unable_to_verify_leaf',
        'cert_has_expired',
        // Python's ssl module names the failed check by its exception class.
        'sslcertverificationerror',
      ],
      unless: ['client certificate'],
    },
    NODE_TLS,
    PROGRAM_DOES_NOT_TRUST,
  ),
  // Go 1.15 and later no longer take the host name from the certificate's legacy Common Name field ("x509: certificate
  // relies on legacy Common Name field, use SANs instead"): the certificate names no host the program accepts.
  programSays('tls-identity-mismatch', { phrases: ['x509: certificate', 'x509: cannot validate'], pattern: /\bx509: (?:certificate (?:signed by unknown authority|is valid for|is not valid for|has expired|relies on legacy common name field)|cannot validate certificate)/ }, GO_X509, PROGRAM_DOES_NOT_TRUST),
  programSays('tls-identity-mismatch', { phrases: ['remote certificate is invalid', 'remotecertificatevalidationcallback'] }, DOTNET_SSL, PROGRAM_DOES_NOT_TRUST),
  programSays('tls-identity-mismatch', { phrases: ['pkix path building failed', 'valid certification path', 'no subject alternative'] }, JAVA_JSSE, PROGRAM_DOES_NOT_TRUST),
  programSays(
    'tls-identity-mismatch',
    { phrases: ['ssl certificate could not be validated', 'does not match the server certificate', 'the certificate for this server is invalid'] },
    `${MAILKIT}; Ruby OpenSSL::SSL::SSLError ("hostname … does not match the server certificate"); Apple's URL loading and MailCore ("The certificate for this server is invalid")`,
    PROGRAM_DOES_NOT_TRUST,
  ),
  // Node.js writes a self-signed server certificate as only "self signed certificate" (DEPTH_ZERO_SELF_SIGNED_CERT);
  // its TLS socket's frame in the stack trace says the program, not a server, checked it.
  programSays('tls-identity-mismatch', { phrases: ['tlssocket.onconnectsecure'], pattern: /\b(?:self[\s-]signed certificate|certificate has expired|unable to verify)\b/ }, `${NODE_TLS}, thrown from TLSSocket.onConnectSecure`, PROGRAM_DOES_NOT_TRUST),

  // The TLS session itself could not be set up: the server closed the connection during the handshake, or the two
  // sides share no protocol version.
  programSays(
    'tls-handshake-failed',
    { phrases: ['client network socket disconnected'], pattern: /\bclient network socket disconnected before secure tls connection\b/ },
    'Node.js tls module (ECONNRESET during the handshake: "Client network socket disconnected before secure TLS connection was established")',
    PROGRAM_TLS_FAILED,
  ),
  // OpenSSL's "wrong version number": plain text where TLS was expected, the sign of a port and an encryption setting
  // that do not belong together (a sending server's own TLS error names the connection and stays with its rule).
  programSays(
    'tls-handshake-failed',
    { phrases: ['[ssl: unknown_protocol]', 'unsupported protocol', 'no protocols available', 'wrong version number', 'starttls extension not supported by server'], unless: ['certificate', 'tls error on connection to'] },
    "OpenSSL's handshake errors as Python's ssl module, Ruby's OpenSSL and other programs print them (SSL_R_UNKNOWN_PROTOCOL, SSL_R_UNSUPPORTED_PROTOCOL, SSL_R_NO_PROTOCOLS_AVAILABLE, SSL_R_WRONG_VERSION_NUMBER), and Python smtplib's \"STARTTLS extension not supported by server\" (a port that speaks TLS from the start, or none)",
    PROGRAM_TLS_FAILED,
  ),
  // A TLS session that did not start: JavaMail's STARTTLS upgrade, Go's crypto/tls meeting plain text (a port and an
  // encryption setting that do not belong together), MailKit's handshake error when the certificate is not the cause.
  programSays(
    'tls-handshake-failed',
    {
      phrases: ['could not convert socket to tls', 'javax.net.ssl.sslhandshakeexception', 'first record does not look like a tls handshake', 'attempting to establish an ssl or tls connection'],
      unless: ['pkix', 'certification path', 'subject alternative', 'certificate could not be validated', 'certificate is not trusted'],
    },
    `JavaMail ("Could not convert socket to TLS", javax.net.ssl.SSLHandshakeException); Go crypto/tls ("tls: first record does not look like a TLS handshake"); ${MAILKIT}`,
    PROGRAM_TLS_FAILED,
  ),
  // Go's net/smtp PlainAuth refuses to send a password over a connection that is not encrypted: TLS was needed first.
  programSays('tls-required', { phrases: ['auth: unencrypted connection'] }, 'Go net/smtp PlainAuth ("unencrypted connection"), as gomail prints it', PROGRAM_TLS_FAILED),
  programSays(
    'tls-handshake-failed',
    { phrases: ['closed the transport stream'], pattern: /\bremote party has closed the transport stream\b/ },
    '.NET System.Net.Security.SslStream (IOException during AuthenticateAsClient: "Authentication failed because the remote party has closed the transport stream")',
    PROGRAM_TLS_FAILED,
  ),

  // The program could not reach its mail server at all: refused, timed out, no route, or the name does not resolve.
  programSays(
    'remote-server-unreachable',
    { phrases: ['connect econnrefused', 'connect etimedout', 'connect ehostunreach', 'connect enetunreach', 'getaddrinfo enotfound', 'getaddrinfo eai_again', 'read econnreset', 'greeting never received'] },
    NODE_NET,
    PROGRAM_CANNOT_CONNECT,
  ),
  programSays('remote-server-unreachable', { phrases: ['dial tcp'], pattern: /\bdial tcp\b[^\n]{0,120}?(?:connection refused|i\/o timeout|connection timed out|no such host|network is unreachable|no route to host)\b/ }, GO_NET, PROGRAM_CANNOT_CONNECT),
  // Ruby's Net::SMTP: Net::OpenTimeout and Net::ReadTimeout are Timeout::Errors whose message is "execution expired".
  programSays(
    'remote-server-unreachable',
    { phrases: ['net::opentimeout', 'net::readtimeout', 'timeout::error'] },
    "Ruby net/protocol (Net::OpenTimeout, Net::ReadTimeout, subclasses of Timeout::Error, \"execution expired\")",
    PROGRAM_CANNOT_CONNECT,
  ),
  programSays('remote-server-unreachable', { phrases: ['java.net.unknownhostexception', 'java.net.connectexception', 'java.net.sockettimeoutexception', 'java.net.noroutetohostexception'] }, JAVA_NET, PROGRAM_CANNOT_CONNECT),
  programSays(
    'remote-server-unreachable',
    { phrases: ['smtpserverdisconnected', '[error 11001]', '[errno 11001]', '[winerror 10060]', '[errno 10060]', 'the connected party did not properly respond'] },
    'Python smtplib (SMTPServerDisconnected: "Connection unexpectedly closed") and the Windows socket errors it passes on (WSAHOST_NOT_FOUND 11001, WSAETIMEDOUT 10060, whose system text is "A connection attempt failed because the connected party did not properly respond after a period of time")',
    PROGRAM_CANNOT_CONNECT,
  ),
  programSays(
    'remote-server-unreachable',
    { phrases: ["couldn't connect to host, port", 'net_io_connectionclosed', 'unable to read data from the transport connection'] },
    'JavaMail\'s MailConnectException ("Couldn\'t connect to host, port: …; timeout …") and .NET System.Net.Mail ("Unable to read data from the transport connection: net_io_connectionclosed", the server closing the connection)',
    PROGRAM_CANNOT_CONNECT,
  ),
  // Thunderbird's own send errors (comm-central, messengercompose.ftl): an outgoing server whose name is unknown, that
  // refused the connection, timed out or broke off in the middle of the transaction.
  programSays(
    'remote-server-unreachable',
    {
      phrases: ['the server may be incorrectly configured', 'is refusing smtp connections', 'was lost in the middle of the transaction'],
      pattern: /\bis unknown\. the server may be incorrectly configured\b|\bthe server may be unavailable or is refusing smtp connections\b|\bwas lost in the middle of the transaction\b/,
    },
    'Thunderbird, messengercompose.ftl (send-error-smtp-unknown-server, send-error-smtp-request-refused, send-error-smtp-interrupted)',
    PROGRAM_CANNOT_CONNECT,
  ),
  // Outlook for Windows' own error numbers for a mail server it cannot reach or that stopped answering (Microsoft
  // support: 0x800CCC0E "cannot connect to server", 0x800CCC0F "the connection to the server was interrupted",
  // 0x80042108 and 0x80042109 "Outlook cannot connect to your outgoing (SMTP) e-mail server", 0x8004210A "the operation
  // timed out waiting for a response from the sending (SMTP) server").
  programSays(
    'remote-server-unreachable',
    { phrases: ['0x800ccc0e', '0x800ccc0f', '0x80042108', '0x80042109', '0x8004210a', 'cannot connect to your outgoing (smtp) e-mail server'] },
    "Outlook for Windows' send and receive error numbers, as Microsoft's support articles list them",
    PROGRAM_CANNOT_CONNECT,
  ),
  programSays(
    'remote-server-unreachable',
    {
      phrases: ['smtp connect() failed', 'php_network_getaddresses', '[errno -2]', '[errno -3]', '[errno 101]'],
      pattern: /smtp connect\(\) failed|php_network_getaddresses: getaddrinfo failed|\[errno -2\] name or service not known|\[errno -3\] temporary failure in name resolution|\[errno 101\] network is unreachable/,
    },
    'PHPMailer ("SMTP connect() failed"), PHP stream sockets ("php_network_getaddresses: getaddrinfo failed") and Python socket errors as printed with their errno',
    PROGRAM_CANNOT_CONNECT,
  ),

  // Mail libraries that say which command the server refused (OpenCart's "MAIL FROM not accepted from server!",
  // PHPMailer's "The following From address failed: … MAIL FROM command failed", "SMTP Error: Could not authenticate.").
  says('sender-address-rejected', { phrases: ['mail from not accepted from server', 'the following from address failed'] }, "OpenCart's system/library/mail/smtp.php and PHPMailer's SMTP error texts (language/phrases: from_failed)"),
  says('recipient-address-rejected', { phrases: ['rcpt to not accepted from server'] }, "OpenCart's system/library/mail/smtp.php"),
  says('helo-refused', { phrases: ['ehlo not accepted from server', 'helo not accepted from server'] }, "OpenCart's system/library/mail/smtp.php"),
  says('smtp-login-failed', { phrases: ['smtp error: could not authenticate'] }, 'PHPMailer language phrases (authenticate: "SMTP Error: Could not authenticate.")'),
  // Thunderbird's login errors: the password or the authentication method the server would not take.
  says(
    'smtp-login-failed',
    { phrases: ['unable to authenticate to outgoing server', 'does not seem to support encrypted passwords', 'does not allow plaintext passwords', 'does not support the selected authentication method'] },
    'Thunderbird, messengercompose.ftl (smtp-auth-failure, smtp-auth-hint-encrypt-to-plain-ssl, smtp-auth-hint-plain-to-encrypt, smtp-auth-mechanism-not-supported)',
  ),
  // Thunderbird set to STARTTLS against a server that does not offer it: the encryption it requires was not made.
  says('tls-required', { phrases: ['using starttls since it doesn', 'using starttls since it does not advertise'] }, 'Thunderbird, messengercompose.ftl (smtp-starttls-failed: "Unable to establish a secure link … using STARTTLS since it doesn’t advertise that feature")'),
  // AWS's API refusing the access key the program signs with (the SES API's "login").
  says('smtp-login-failed', { phrases: ['invalidclienttokenid', 'the request signature we calculated does not match'] }, 'AWS API common errors (InvalidClientTokenId, SignatureDoesNotMatch), as Amazon SES returns them'),

  // A sending service's API error for a From address the account has not verified (SendGrid's "does not match a
  // verified Sender Identity" is in its provider codes).
  says('sender-address-rejected', { phrases: ['not a sender signature', 'sender signature not defined'] }, 'Postmark API error codes 400 ("Sender signature not defined for From address") and its "not a Sender Signature on your account" reply'),
  // The same refusal in other sending services' words, and in a mail provider's outgoing server ("553 From address not
  // verified"): a From address the account has not verified.
  says('sender-address-rejected', { phrases: ['is not a verified sender', 'not a verified sender address', 'from address is not verified', 'sender address is not verified', 'from address not verified', 'sender address not verified'] }, 'sending services\' API errors for an unverified From address (the verified-sender requirement of SendGrid, Amazon SES, Postmark and Mailjet), and mail providers\' outgoing servers that send only from verified addresses'),
  // Sending services' account limits.
  says('sending-quota-exceeded', { phrases: ['maximum credits exceeded'] }, 'Twilio SendGrid SMTP reply when the account has no email credits left ("451 Authentication failed: Maximum credits exceeded")'),
];
