/**
 * The cPanel page's "Set up your mail program" card: the incoming and
 * outgoing server, port, SSL and user name from cPanel's
 * Email::get_client_settings, each line with a live ✓ or ✗ from the
 * connection probe ("we connected to port 465 just now and got 220 …").
 * The names probed are the account's own client settings: a visitor never
 * names a host. `loadMailSetup` is the edge (cPanel + probe); the view is pure.
 */
import type { ProviderProfile } from '../config/provider-profile';
import { getClientSettings } from '../cpanel/client-settings';
import type { ClientSettings } from '../diagnose/observations';
import type { CpanelGateway } from '../cpanel/gateway';
import { listMailboxes } from '../cpanel/mailboxes';
import type { DnsResolver } from '../dns/types';
import type { Lang, Localized } from '../kb/types';
import type { ConnectionProbe } from '../probe/connect';
import { cleanLine } from '../probe/judge';
import type { HostResult } from '../probe/model';
import { runProbeStep } from '../probe/probe-step';
import { serviceForPort, type ProbeService } from '../probe/services';

export interface MailSetupData {
  readonly settings: ClientSettings | null;
  /** Why there are no settings: the call that failed, or no mailbox yet. */
  readonly problem: Localized<string> | null;
  readonly incoming: HostResult | null;
  readonly outgoing: HostResult | null;
  readonly checkedAt: string;
}

export interface MailSetupSourceOptions {
  readonly resolver: DnsResolver;
  readonly profile: ProviderProfile;
  /** The sandbox and tests: connect to nothing outside loopback. */
  readonly loopbackOnly: boolean;
  readonly stepTimeoutMs?: number;
  /** Tests and the sandbox may bring their own connection port. */
  readonly connection?: ConnectionProbe;
  readonly caFile?: string;
}

function incomingService(settings: ClientSettings): ProbeService {
  const known = serviceForPort(settings.incoming.port);
  if (known === 'imaps' || known === 'imap' || known === 'pop3s' || known === 'pop3') return known;
  return /pop/i.test(settings.incoming.service) ? 'pop3s' : 'imaps';
}

function outgoingService(settings: ClientSettings): ProbeService {
  const known = serviceForPort(settings.outgoing.port);
  return known === 'smtps' || known === 'submission' || known === 'smtp' ? known : 'smtps';
}

async function probeOne(host: string, port: number, service: ProbeService, o: MailSetupSourceOptions): Promise<HostResult | null> {
  const run = await runProbeStep([{ host, source: 'account' }], {
    resolver: o.resolver,
    profile: o.profile,
    ports: [{ port, service }],
    loopbackOnly: o.loopbackOnly,
    stepTimeoutMs: o.stepTimeoutMs ?? 3000,
    ...(o.connection === undefined ? {} : { connection: o.connection }),
    ...(o.caFile === undefined ? {} : { caFile: o.caFile }),
  });
  return run.ok ? (run.results[0] ?? null) : null;
}

/** Reads the account's client settings (as the account) and probes the two servers they name. */
async function loadMailSetup(gateway: CpanelGateway, o: MailSetupSourceOptions): Promise<MailSetupData> {
  const checkedAt = new Date().toISOString();
  let settings: ClientSettings;
  try {
    const first = (await listMailboxes(gateway)).value[0]?.email;
    if (first === undefined) {
      return { settings: null, incoming: null, outgoing: null, checkedAt, problem: { nl: 'Dit account heeft nog geen e-mailadres.', en: 'This account has no e-mail address yet.' } };
    }
    settings = await getClientSettings(gateway, first);
  } catch (error) {
    const m = (error as Error).message;
    return { settings: null, incoming: null, outgoing: null, checkedAt, problem: { nl: `De instellingen konden niet worden gelezen: ${m}`, en: `The settings could not be read: ${m}` } };
  }
  const [incoming, outgoing] = await Promise.all([
    probeOne(settings.incoming.host, settings.incoming.port, incomingService(settings), o),
    probeOne(settings.outgoing.host, settings.outgoing.port, outgoingService(settings), o),
  ]);
  return { settings, incoming, outgoing, checkedAt, problem: null };
}

interface MailSetupLine {
  readonly label: string;
  readonly server: string;
  readonly port: number;
  readonly ssl: string;
  readonly status: 'ok' | 'problem' | 'could-not-check';
  readonly mark: string;
  readonly markLabel: string;
  /** What we saw just now, or what is wrong. */
  readonly proof: string;
}

interface MailSetupView {
  readonly heading: string;
  readonly intro: string;
  readonly columns: { readonly what: string; readonly server: string; readonly port: string; readonly ssl: string; readonly live: string };
  readonly lines: readonly MailSetupLine[];
  readonly userNameLabel: string;
  readonly userName: string | null;
  readonly password: string;
  readonly problem: string | null;
  readonly checkedAt: string;
}

const WORDS = {
  heading: { nl: 'Stel je mailprogramma in', en: 'Set up your mail program' },
  intro: {
    nl: 'Deze instellingen gebruik je in Outlook, Apple Mail, Thunderbird of op je telefoon. Achter elke regel staat of we er zojuist verbinding mee konden maken.',
    en: 'Use these settings in Outlook, Apple Mail, Thunderbird or on your phone. Each line says whether we could connect to it just now.',
  },
  what: { nl: 'Wat', en: 'What' },
  server: { nl: 'Server', en: 'Server' },
  port: { nl: 'Poort', en: 'Port' },
  ssl: { nl: 'SSL', en: 'SSL' },
  live: { nl: 'Nu getest', en: 'Tested now' },
  incoming: { nl: 'Inkomende mail', en: 'Incoming mail' },
  outgoing: { nl: 'Uitgaande mail (SMTP)', en: 'Outgoing mail (SMTP)' },
  sslOn: { nl: 'SSL/TLS aan', en: 'SSL/TLS on' },
  starttls: { nl: 'STARTTLS', en: 'STARTTLS' },
  userName: { nl: 'Gebruikersnaam', en: 'User name' },
  password: {
    nl: 'Gebruik voor inkomend én uitgaand dezelfde gebruikersnaam en hetzelfde wachtwoord; zet bij uitgaande mail "authenticatie vereist" aan.',
    en: 'Use the same user name and password for incoming and outgoing mail; turn on "authentication required" for outgoing mail.',
  },
  works: { nl: 'werkt', en: 'works' },
  problem: { nl: 'probleem', en: 'problem' },
  unknown: { nl: 'niet te controleren', en: 'could not check' },
  notProbed: { nl: 'Niet getest.', en: 'Not tested.' },
} as const;

function line(lang: Lang, label: Localized<string>, host: string, port: number, service: ProbeService, result: HostResult | null): MailSetupLine {
  const implicit = service === 'smtps' || service === 'imaps' || service === 'pop3s';
  const base = { label: label[lang], server: host, port, ssl: implicit ? WORDS.sslOn[lang] : WORDS.starttls[lang] };
  const p = result?.ports.find((x) => x.port === port);
  // Reverse DNS matters to receiving servers, not to whether a mail program can connect: it stays in the audit.
  const checks = [...(result?.checks ?? []), ...(p?.checks ?? [])].filter((c) => c.id !== 'mail-banner-ptr-mismatch');
  const problem = checks.find((c) => c.status === 'problem');
  if (problem !== undefined) return { ...base, status: 'problem', mark: '✗', markLabel: WORDS.problem[lang], proof: `${problem.title[lang]}. ${problem.summary[lang]}` };
  const unknown = checks.find((c) => c.status === 'could-not-check');
  if (unknown !== undefined || p?.observation == null) {
    return { ...base, status: 'could-not-check', mark: '?', markLabel: WORDS.unknown[lang], proof: unknown?.summary[lang] ?? WORDS.notProbed[lang] };
  }
  const o = p.observation;
  const greeting = cleanLine(o.greeting?.[0] ?? '');
  const proof = lang === 'nl' ? `We maakten zojuist verbinding met poort ${port} en kregen "${greeting}"${o.tls === null ? '' : ` via ${o.tls.version}`}.` : `We connected to port ${port} just now and got "${greeting}"${o.tls === null ? '' : ` over ${o.tls.version}`}.`;
  return { ...base, status: 'ok', mark: '✓', markLabel: WORDS.works[lang], proof };
}

export function buildMailSetupView(data: MailSetupData, lang: Lang): MailSetupView {
  const s = data.settings;
  const common = {
    heading: WORDS.heading[lang],
    intro: WORDS.intro[lang],
    columns: { what: WORDS.what[lang], server: WORDS.server[lang], port: WORDS.port[lang], ssl: WORDS.ssl[lang], live: WORDS.live[lang] },
    userNameLabel: WORDS.userName[lang],
    password: WORDS.password[lang],
    checkedAt: data.checkedAt,
  };
  if (s === null) return { ...common, lines: [], userName: null, problem: data.problem?.[lang] ?? null };
  const incomingLabel = { nl: `${WORDS.incoming.nl} (${incomingService(s).startsWith('pop') ? 'POP3' : 'IMAP'})`, en: `${WORDS.incoming.en} (${incomingService(s).startsWith('pop') ? 'POP3' : 'IMAP'})` };
  return {
    ...common,
    lines: [
      line(lang, incomingLabel, s.incoming.host, s.incoming.port, incomingService(s), data.incoming),
      line(lang, WORDS.outgoing, s.outgoing.host, s.outgoing.port, outgoingService(s), data.outgoing),
    ],
    userName: s.incoming.username ?? s.outgoing.username ?? s.account,
    problem: null,
  };
}

/** The app's `mailSetup` option: opens the session's own gateway, reads and probes, closes. */
export function mailSetupSource(o: MailSetupSourceOptions): (session: { openGateway(): CpanelGateway }) => Promise<MailSetupData> {
  return async (session) => {
    const gateway = session.openGateway();
    try {
      return await loadMailSetup(gateway, o);
    } finally {
      await gateway.close();
    }
  };
}
