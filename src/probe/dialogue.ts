/**
 * The polite conversation on one connection, per protocol: read the
 * greeting, ask what the server offers, switch to TLS with STARTTLS where
 * the service uses it, ask again, and say goodbye. Commands used: SMTP EHLO,
 * STARTTLS, QUIT (RFC 5321, RFC 3207); IMAP CAPABILITY, STARTTLS, LOGOUT
 * (RFC 3501 §6.1, §6.2.1); POP3 CAPA, STLS, QUIT (RFC 2449, RFC 2595 §4).
 * Nothing that sends mail or logs in. The socket work is behind `Session`.
 */
import type { LineResult } from './line-reader';
import type { ProbeObservation, StepFailure, ProbeStep } from './observation';
import type { MailProtocol, TlsMode } from './services';

export interface Session {
  readonly protocol: MailProtocol;
  readonly stepTimeoutMs: number;
  /** Our own address, for the EHLO argument (an address literal, RFC 5321 §4.1.3). */
  readonly localAddress: string;
  read(timeoutMs: number): Promise<LineResult>;
  send(line: string): void;
  upgrade(): Promise<{ ok: true } | { ok: false; failure: StepFailure }>;
}

type Said = Pick<ProbeObservation, 'greeting' | 'capabilitiesBeforeTls' | 'starttls' | 'starttlsReply' | 'capabilitiesAfterTls' | 'failure'>;
type Reply = { ok: true; lines: string[] } | { ok: false; failure: StepFailure; lines: string[] };

/** More reply lines than any real server sends to these commands. */
const MAX_REPLY_LINES = 200;

async function readUntil(session: Session, step: ProbeStep, last: (line: string, index: number) => boolean): Promise<Reply> {
  const lines: string[] = [];
  while (lines.length < MAX_REPLY_LINES) {
    const r = await session.read(session.stepTimeoutMs);
    if (!r.ok) return { ok: false, failure: { step, kind: r.kind, detail: r.detail }, lines };
    lines.push(r.line);
    if (last(r.line, lines.length - 1)) return { ok: true, lines };
  }
  return { ok: false, failure: { step, kind: 'too-long', detail: `more than ${MAX_REPLY_LINES} reply lines` }, lines };
}

/** An SMTP reply ends at "ddd " (RFC 5321 §4.2.1); a line that is no reply line at all ends it too. */
const smtpReply = (session: Session, step: ProbeStep): Promise<Reply> => readUntil(session, step, (line) => !/^\d{3}-/.test(line));
const oneLine = (session: Session, step: ProbeStep): Promise<Reply> => readUntil(session, step, () => true);

function ehloName(address: string): string {
  const plain = address.replace(/^::ffff:/, '');
  return plain.includes(':') ? `[IPv6:${plain}]` : `[${plain}]`;
}

interface ProtocolSteps {
  greeting(session: Session): Promise<Reply>;
  /** The greeting is one this dialogue can go on from. */
  greetingAccepted(lines: readonly string[]): boolean;
  capabilities(session: Session, round: number, step: ProbeStep): Promise<Reply>;
  offersStarttls(capabilities: readonly string[]): boolean;
  starttls(session: Session): Promise<Reply>;
  starttlsAccepted(lines: readonly string[]): boolean;
  quit(session: Session): Promise<Reply>;
}

const SMTP: ProtocolSteps = {
  greeting: (s) => smtpReply(s, 'greeting'),
  greetingAccepted: (lines) => /^220[ -]/.test(lines[lines.length - 1] ?? ''),
  capabilities: (s, _round, step) => {
    s.send(`EHLO ${ehloName(s.localAddress)}`);
    return smtpReply(s, step);
  },
  offersStarttls: (caps) => caps.some((l) => /^250[ -]STARTTLS\s*$/i.test(l)),
  starttls: (s) => {
    s.send('STARTTLS');
    return smtpReply(s, 'starttls');
  },
  starttlsAccepted: (lines) => /^220 /.test(lines[lines.length - 1] ?? ''),
  quit: (s) => {
    s.send('QUIT');
    return smtpReply(s, 'quit');
  },
};

const IMAP: ProtocolSteps = {
  greeting: (s) => oneLine(s, 'greeting'),
  greetingAccepted: (lines) => /^\* (OK|PREAUTH)\b/i.test(lines[0] ?? ''),
  capabilities: (s, round, step) => {
    const tag = `c${round}`;
    s.send(`${tag} CAPABILITY`);
    return readUntil(s, step, (line) => line.startsWith(`${tag} `));
  },
  offersStarttls: (caps) => caps.some((l) => /^\* CAPABILITY .*\bSTARTTLS\b/i.test(l)),
  starttls: (s) => {
    s.send('t1 STARTTLS');
    return readUntil(s, 'starttls', (line) => line.startsWith('t1 '));
  },
  starttlsAccepted: (lines) => /^t1 OK\b/i.test(lines[lines.length - 1] ?? ''),
  quit: (s) => {
    s.send('q1 LOGOUT');
    return readUntil(s, 'quit', (line) => line.startsWith('q1 '));
  },
};

const POP3: ProtocolSteps = {
  greeting: (s) => oneLine(s, 'greeting'),
  greetingAccepted: (lines) => /^\+OK\b/.test(lines[0] ?? ''),
  // A multi-line CAPA answer ends with "." (RFC 2449 §5); "-ERR" is a one-line answer.
  capabilities: (s, _round, step) => {
    s.send('CAPA');
    return readUntil(s, step, (line, i) => (i === 0 && !line.startsWith('+OK')) || line === '.');
  },
  offersStarttls: (caps) => caps.some((l) => /^STLS\s*$/i.test(l)),
  starttls: (s) => {
    s.send('STLS');
    return oneLine(s, 'starttls');
  },
  starttlsAccepted: (lines) => /^\+OK\b/.test(lines[0] ?? ''),
  quit: (s) => {
    s.send('QUIT');
    return oneLine(s, 'quit');
  },
};

const STEPS: Record<MailProtocol, ProtocolSteps> = { smtp: SMTP, imap: IMAP, pop3: POP3 };

export async function runDialogue(session: Session, tls: TlsMode): Promise<Said> {
  const p = STEPS[session.protocol];
  const said: { -readonly [K in keyof Said]: Said[K] } = {
    greeting: null,
    capabilitiesBeforeTls: null,
    starttls: null,
    starttlsReply: null,
    capabilitiesAfterTls: null,
    failure: null,
  };
  const goodbye = async (): Promise<Said> => {
    // Politeness only: a server that does not answer QUIT changes nothing we judge.
    await p.quit({ ...session, stepTimeoutMs: Math.min(session.stepTimeoutMs, 2000) });
    return said;
  };

  const greeting = await p.greeting(session);
  said.greeting = greeting.lines.length > 0 ? greeting.lines : null;
  if (!greeting.ok) {
    said.failure = greeting.failure;
    return said;
  }
  if (!p.greetingAccepted(greeting.lines)) return goodbye();

  const first = await p.capabilities(session, 1, tls === 'implicit' ? 'capabilities-after-tls' : 'capabilities');
  if (tls === 'implicit') said.capabilitiesAfterTls = first.lines;
  else said.capabilitiesBeforeTls = first.lines;
  if (!first.ok) {
    said.failure = first.failure;
    return said;
  }
  if (tls === 'implicit') return goodbye();

  if (!p.offersStarttls(first.lines)) {
    said.starttls = 'not-offered';
    return goodbye();
  }
  const answer = await p.starttls(session);
  said.starttlsReply = answer.lines.join('\n') || null;
  if (!answer.ok) {
    said.failure = answer.failure;
    return said;
  }
  if (!p.starttlsAccepted(answer.lines)) {
    said.starttls = 'refused';
    return goodbye();
  }
  said.starttls = 'accepted';
  const upgraded = await session.upgrade();
  if (!upgraded.ok) {
    said.failure = upgraded.failure;
    return said;
  }
  const second = await p.capabilities(session, 2, 'capabilities-after-tls');
  said.capabilitiesAfterTls = second.lines;
  if (!second.ok) {
    said.failure = second.failure;
    return said;
  }
  return goodbye();
}
