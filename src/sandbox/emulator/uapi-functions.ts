/**
 * The UAPI functions the emulator answers, as the cPanel user. Every shape
 * cites its source (sections of shared/reference/cpanel-api.md or a docs
 * page). Numbers are sent as strings where cPanel's Perl hands them over from
 * text files (cpuser data, quota files); the gateway must cope with both.
 */
import { EmulatorState, accountIp, mailDomains } from './emulator-state';
import type { ScenarioAccount, ScenarioMailbox } from './scenario-schema';
import { DnsView, isPrivateIpv4, reverseName } from './dns-view';
import { FIX_HANDLERS } from './fix-functions';
import { UapiResult, missingFunctionText, missingModuleText, uapiFail, uapiOk } from './responses';

interface UapiContext {
  readonly state: EmulatorState;
  readonly account: ScenarioAccount;
  readonly args: Record<string, string>;
}

type Handler = (ctx: UapiContext) => UapiResult;

const MIB = 1024 * 1024;

/** `domain`, `domain-1`, `domain-2`… (§1.1 repeated-parameter convention). */
function listArg(args: Record<string, string>, name: string): string[] {
  const out: string[] = [];
  if (args[name] !== undefined) out.push(args[name] as string);
  for (let i = 1; args[`${name}-${i}`] !== undefined; i += 1) out.push(args[`${name}-${i}`] as string);
  return out;
}

function human(bytes: number): string {
  if (bytes >= 1024 * MIB) return `${(bytes / (1024 * MIB)).toFixed(2)} GB`;
  if (bytes >= MIB) return `${(bytes / MIB).toFixed(2)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(2)} KB`;
  return `${bytes} bytes`;
}

function routingOf(account: ScenarioAccount, domain: string) {
  const found = account.routing.find((r) => r.domain === domain);
  const mxcheck = found?.mxcheck ?? 'auto';
  return { domain, mxcheck, detected: found?.detected ?? (mxcheck === 'auto' ? 'local' : mxcheck) };
}

/** Email::list_mxs row, shaped like the docs example (§3.3). */
function listMxsRow(state: EmulatorState, account: ScenarioAccount, domain: string): Record<string, unknown> {
  const routing = routingOf(account, domain);
  const effective = routing.mxcheck === 'auto' ? routing.detected : routing.mxcheck;
  const dns = new DnsView(state.scenario.dns);
  const mx = dns.mx(domain);
  const entries = (mx.length > 0 ? mx : [{ exchange: domain, preference: 0 }]).map((m, i) => ({
    domain,
    entrycount: mx.length > 0 ? mx.length : 1,
    mx: m.exchange,
    priority: m.preference,
    row: i % 2 === 0 ? 'odd' : 'even',
  }));
  return {
    alwaysaccept: effective === 'local' ? 1 : 0,
    detected: routing.detected,
    domain,
    entries,
    local: effective === 'local' ? 1 : 0,
    mx: entries[0]?.mx ?? domain,
    mxcheck: routing.mxcheck,
    remote: effective === 'remote' ? 1 : 0,
    secondary: effective === 'secondary' ? 1 : 0,
    status: 1,
    statusmsg: 'Fetched MX List',
  };
}

/** Email::list_pops_with_disk row; field names from Jupiter's emailAccountsService.js (§3.4). */
function popRow(mailbox: ScenarioMailbox, withRestrictions: boolean): Record<string, unknown> {
  const [user = '', domain = ''] = mailbox.email.split('@');
  const usedBytes = Math.round(mailbox.diskUsedMb * MIB);
  const unlimited = mailbox.quotaMb === 'unlimited';
  const quotaBytes = unlimited ? 0 : (mailbox.quotaMb as number) * MIB;
  const percent = unlimited || quotaBytes === 0 ? 0 : (usedBytes / quotaBytes) * 100;
  const row: Record<string, unknown> = {
    email: mailbox.email,
    login: mailbox.email,
    user,
    domain,
    diskused: String(Math.round(mailbox.diskUsedMb * 100) / 100),
    // Byte counts are integers, as a real server sends them (the string forms are covered by recorded replies).
    _diskused: usedBytes,
    diskquota: unlimited ? 'unlimited' : String(mailbox.quotaMb),
    _diskquota: quotaBytes,
    humandiskused: human(usedBytes),
    humandiskquota: unlimited ? 'None' : human(quotaBytes),
    diskusedpercent: Math.round(percent),
    diskusedpercent_float: Math.round(percent * 100) / 100,
    mtime: 1700000000,
  };
  if (withRestrictions) {
    row.suspended_login = mailbox.suspendedLogin ? 1 : 0;
    row.suspended_incoming = mailbox.suspendedIncoming ? 1 : 0;
    row.suspended_outgoing = mailbox.suspendedOutgoing ? 1 : 0;
    row.hold_outgoing = mailbox.holdOutgoing ? 1 : 0;
    row.has_suspended = mailbox.suspendedLogin || mailbox.suspendedIncoming || mailbox.suspendedOutgoing ? 1 : 0;
  }
  return row;
}

function requireDomains(ctx: UapiContext): string[] | UapiResult {
  const domains = listArg(ctx.args, 'domain').map((d) => d.toLowerCase());
  // Emulator wording: cPanel's exact text for a missing required argument is UNCONFIRMED.
  if (domains.length === 0) return uapiFail('You must specify at least one “domain”.');
  const own = new Set(mailDomains(ctx.account));
  const foreign = domains.find((d) => !own.has(d));
  if (foreign !== undefined) return uapiFail(`You do not control a DNS zone named “${foreign}”.`);
  return domains;
}

/** The rows of an EmailAuth validate_current_* call: one per asked domain, built from that domain's states. */
function perDomainAuth(ctx: UapiContext, row: (domain: string, s: ReturnType<typeof authStates>) => object): UapiResult {
  const domains = requireDomains(ctx);
  if (!Array.isArray(domains)) return domains;
  return uapiOk(domains.map((domain) => row(domain, authStates(ctx, domain))));
}

/** EmailAuth states: an explicit scenario state, else what the scenario's DNS shows, else ERROR when the DNS is not declared. */
function authStates(ctx: UapiContext, domain: string) {
  const { state, account } = ctx;
  const dns = new DnsView(state.scenario.dns);
  const override = account.emailAuth.find((e) => e.domain === domain);
  const server = state.scenario.server;
  const mainIp = accountIp(state, account);
  const covered = dns.covers(domain);

  const spfRecords = dns.txt(domain).filter((t) => /^v=spf1(\s|$)/i.test(t));
  const wanted = [`ip4:${mainIp}`, ...(server.spfInclude ? [`include:${server.spfInclude}`] : [])];
  const spfOk = spfRecords.length === 1 && wanted.some((m) => (spfRecords[0] ?? '').toLowerCase().includes(m.toLowerCase()));
  const spf = override?.spf ?? (!covered ? 'ERROR' : spfRecords.length === 0 ? 'MISSING' : spfRecords.length > 1 ? 'MULTIPLE' : spfOk ? 'VALID' : 'INVALID');

  const dkimRecords = dns.txt(`default._domainkey.${domain}`);
  const dkim = override?.dkim ?? (!covered ? 'ERROR' : dkimRecords.length === 0 ? 'MISSING' : dkimRecords.length > 1 ? 'MULTIPLE' : /p=[A-Za-z0-9+/]/.test(dkimRecords[0] ?? '') ? 'VALID' : 'MALFORMED');

  const dmarcRecords = dns.txt(`_dmarc.${domain}`).filter((t) => /^v=DMARC1/i.test(t));
  const dmarc = override?.dmarc ?? (!covered ? 'DNS_ERROR' : dmarcRecords.length === 0 ? 'MISSING' : /;\s*p=/i.test(dmarcRecords[0] ?? '') ? 'VALID' : 'MALFORMED');

  const arpa = reverseName(mainIp);
  const ptrNames = dns.ptr(arpa);
  const ptr =
    override?.ptr ??
    (isPrivateIpv4(mainIp) ? 'IP_IS_PRIVATE' : !dns.covers(arpa) ? 'ERROR' : ptrNames.length === 0 ? 'MISSING_PTR' : ptrNames.includes(server.hostname) ? 'VALID' : 'PTR_MISMATCH');

  return { spf, spfRecords, wanted, dkim, dkimRecords, dmarc, dmarcRecords, ptr, ptrNames, arpa, mainIp };
}

/**
 * One PTR name with its own state (§3.7: VALID | MISSING_FWD | FWD_MISMATCH):
 * whether the name resolves forward to the IP again. A name outside the
 * scenario's DNS resolves only when it is the server's own host name.
 */
function ptrRecordRow(state: EmulatorState, name: string, ip: string): Record<string, unknown> {
  const dns = new DnsView(state.scenario.dns);
  const server = state.scenario.server;
  const forward = dns.covers(name) ? dns.a(name) : name === server.hostname ? [...server.ips] : [];
  const rowState = forward.length === 0 ? 'MISSING_FWD' : forward.includes(ip) ? 'VALID' : 'FWD_MISMATCH';
  return { domain: name, forward_records: forward, state: rowState };
}

/**
 * The DKIM record cPanel would publish for the key it signs with. When the
 * live record is VALID it is by definition that record; otherwise the
 * emulator makes up a stable key per domain.
 */
export function expectedDkim(domain: string, state: string, live: string[]): string {
  if (state === 'VALID' && live[0] !== undefined) return live[0];
  const tag = Buffer.from(domain).toString('base64').replace(/[^A-Za-z0-9]/g, '');
  return `v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${tag}IDAQAB`;
}

/** Features that exist on every server (Jupiter dynamicui keys, §3). */
const KNOWN_FEATURES = new Set([
  'popaccts', 'forwarders', 'emaildomainfwd', 'changemx', 'emailtrace', 'emailauth', 'spamassassin', 'autoresponders',
  'defaultaddress', 'boxtrapper', 'greylist', 'blockers', 'email_disk_usage', 'zoneedit', 'simplezoneedit', 'mail_doctor',
]);

const HANDLERS: Record<string, Record<string, Handler>> = {
  DomainInfo: {
    /** `domains_data` (§3.8; §8: parked_domains are plain names). */
    domains_data: ({ state, account }) => {
      const ip = accountIp(state, account);
      const entry = (domain: string, type: string) => ({
        documentroot: type === 'main_domain' ? `/home/${account.user}/public_html` : `/home/${account.user}/${domain}`,
        domain,
        homedir: `/home/${account.user}`,
        ip,
        ipv6: null,
        owner: account.owner,
        serveralias: `www.${domain}`,
        servername: domain,
        type,
        user: account.user,
      });
      return uapiOk({
        main_domain: entry(account.domains.main, 'main_domain'),
        addon_domains: account.domains.addon.map((d) => entry(d, 'addon_domain')),
        sub_domains: account.domains.sub.map((d) => entry(d, 'sub_domain')),
        parked_domains: [...account.domains.parked],
      });
    },
    /** `list_domains` (§3.8). */
    list_domains: ({ account }) =>
      uapiOk({
        main_domain: account.domains.main,
        addon_domains: [...account.domains.addon],
        parked_domains: [...account.domains.parked],
        sub_domains: [...account.domains.sub],
      }),
  },
  Email: {
    list_mxs: (ctx) => {
      const wanted = ctx.args.domain?.toLowerCase();
      const domains = mailDomains(ctx.account).filter((d) => wanted === undefined || d === wanted);
      if (wanted !== undefined && domains.length === 0) return uapiFail(`You do not control a DNS zone named “${wanted}”.`);
      return uapiOk(domains.map((d) => listMxsRow(ctx.state, ctx.account, d)));
    },
    list_pops_with_disk: ({ account, args }) => {
      const withRestrictions = args.get_restrictions === '1';
      let boxes = account.mailboxes;
      if (args.domain !== undefined) boxes = boxes.filter((m) => m.email.endsWith(`@${args.domain?.toLowerCase()}`));
      if (args.email !== undefined) boxes = boxes.filter((m) => m.email.split('@')[0] === args.email?.toLowerCase());
      if (args.regex !== undefined) {
        const re = safeRegex(args.regex);
        boxes = boxes.filter((m) => re.test(m.email));
      }
      return uapiOk(boxes.map((m) => popRow(m, withRestrictions)));
    },
    /** `list_pops` docs example: `{email, login, suspended_incoming, suspended_login}` (§3.4). */
    list_pops: ({ account }) =>
      uapiOk(
        account.mailboxes.map((m) => ({
          email: m.email,
          login: m.email,
          suspended_incoming: m.suspendedIncoming ? 1 : 0,
          suspended_login: m.suspendedLogin ? 1 : 0,
        })),
      ),
    /** `list_forwarders` docs example (§1.2, §3.5). */
    list_forwarders: ({ account, args }) => {
      let rows = account.forwarders;
      if (args.domain !== undefined) rows = rows.filter((f) => f.from.endsWith(`@${args.domain?.toLowerCase()}`));
      if (args.regex !== undefined) {
        const re = safeRegex(args.regex);
        rows = rows.filter((f) => re.test(f.from) || re.test(f.to));
      }
      return uapiOk(
        rows.map((f) => ({
          dest: f.from,
          forward: f.to,
          html_dest: f.from,
          html_forward: f.to,
          uri_dest: encodeURIComponent(f.from),
          uri_forward: encodeURIComponent(f.to),
        })),
      );
    },
    /** `list_domain_forwarders` → `[{dest, forward}]` (§3.5). */
    list_domain_forwarders: ({ account, args }) => {
      const domain = args.domain?.toLowerCase();
      return uapiOk(account.domainForwarders.filter((f) => domain === undefined || f.from === domain).map((f) => ({ dest: f.from, forward: f.to })));
    },
    /** `get_spam_settings` real docs example (§3.6). */
    get_spam_settings: ({ account }) =>
      uapiOk({
        cpuser_spam_auto_delete: account.spam.autoDelete ? 1 : 0,
        cpuser_spam_auto_delete_score: account.spam.autoDeleteScore,
        rewrites_subjects: account.spam.rewritesSubjects ? 1 : 0,
        spam_as_acl: 1,
        spam_auto_delete: account.spam.autoDelete ? 1 : 0,
        spam_auto_delete_score: account.spam.autoDeleteScore,
        spam_box_enabled: account.spam.spamBox ? 1 : 0,
        spam_enabled: account.spam.enabled ? 1 : 0,
        spam_status_changeable: 1,
      }),
    /** Docs response sample: https://api.docs.cpanel.net/openapi/cpanel/operation/get_client_settings/ */
    get_client_settings: ({ state, account, args }) => {
      const address = (args.account ?? `${account.user}`).toLowerCase();
      const mailbox = account.mailboxes.find((m) => m.email === address);
      // Emulator wording (UNCONFIRMED): cPanel's text for an unknown mailbox.
      if (mailbox === undefined && address !== account.user) return uapiFail(`The account “${address}” does not exist.`);
      const domain = mailbox ? (address.split('@')[1] ?? account.domains.main) : account.domains.main;
      const host = state.scenario.server.hostname;
      return uapiOk({
        account: address,
        activesync_available: 0,
        display: address,
        domain,
        from_archiving: 0,
        has_plaintext_authentication: 1,
        inbox_host: host,
        inbox_insecure_port: 143,
        inbox_port: 993,
        inbox_service: 'imap',
        inbox_username: address,
        mail_domain: `mail.${domain}`,
        smtp_host: host,
        smtp_insecure_port: 587,
        smtp_port: 465,
        smtp_username: address,
      });
    },
    /** §3.4: an integer. The emulator counts the mailbox's queued "outgoing mail hold" defers. */
    get_held_message_count: ({ account, args }) => {
      const mailbox = account.mailboxes.find((m) => m.email === args.email?.toLowerCase());
      // Emulator wording (UNCONFIRMED).
      if (mailbox === undefined) return uapiFail(`The account “${args.email ?? ''}” does not exist.`);
      if (!mailbox.holdOutgoing) return uapiOk(0);
      const held = account.deliveries
        .filter((d) => d.sender === mailbox.email && d.type === 'defer' && /outgoing mail hold/i.test(d.message ?? ''))
        .reduce((sum, d) => sum + (d.repeat?.count ?? 1), 0);
      return uapiOk(held);
    },
  },
  EmailAuth: {
    /** `validate_current_spfs` (§3.7, §8: INVALID and mechanisms-only `expected`). */
    validate_current_spfs: (ctx) =>
      perDomainAuth(ctx, (domain, s) => ({
        domain,
        error: s.spf === 'ERROR' ? `The system failed to query the DNS for “${domain}”.` : null,
        expected: s.spf === 'VALID' ? (s.spfRecords[0] ?? '') : s.wanted.join(' '),
        ip_address: s.mainIp,
        ip_version: s.mainIp.includes(':') ? 6 : 4,
        records: s.spfRecords.map((current) => ({ current, reason: null, state: s.spf === 'VALID' ? 'PASS' : 'FAIL' })),
        state: s.spf,
      })),
    validate_current_dkims: (ctx) =>
      perDomainAuth(ctx, (domain, s) => ({
        domain: `default._domainkey.${domain}`,
        error: s.dkim === 'ERROR' ? `The system failed to query the DNS for “default._domainkey.${domain}”.` : null,
        expected: expectedDkim(domain, s.dkim, s.dkimRecords),
        records: s.dkimRecords.map((current) => ({ current, reason: null, state: s.dkim === 'VALID' ? 'VALID' : 'MISMATCH' })),
        state: s.dkim,
        validity_cache_update: 'none',
      })),
    validate_current_ptrs: (ctx) =>
      perDomainAuth(ctx, (domain, s) => ({
        arpa_domain: s.arpa,
        domain,
        error: s.ptr === 'ERROR' ? `The system failed to query the DNS for “${s.arpa}”.` : null,
        helo: ctx.state.scenario.server.hostname,
        ip_address: s.mainIp,
        ip_version: 4,
        nameservers: [],
        ptr_records: s.ptrNames.map((name) => ptrRecordRow(ctx.state, name, s.mainIp)),
        state: s.ptr,
      })),
    /** cPanel 124+ only; older servers answer with the missing-function text (§8). */
    validate_current_dmarcs: (ctx) => {
      if (!ctx.state.scenario.server.hasDmarcValidation) return uapiFail(missingFunctionText('EmailAuth', 'validate_current_dmarcs'));
      return perDomainAuth(ctx, (domain, s) => ({
        domain,
        error: s.dmarc === 'DNS_ERROR' ? `The system failed to query the DNS for “_dmarc.${domain}”.` : null,
        record: s.dmarcRecords[0] ?? null,
        state: s.dmarc,
        subdomain: `_dmarc.${domain}`,
        suggested: 'v=DMARC1; p=none;',
      }));
    },
  },
  Variables: {
    /** §3.8 / §8: keys transformed from the cpuser file, values are strings. */
    get_user_information: ({ account }) => {
      const limitText = (v: number | 'unlimited') => (v === 'unlimited' ? 'unlimited' : String(v));
      return uapiOk({
        contact_email: account.contactEmail ?? '',
        created: '1600000000',
        dkim_enabled: '1',
        domain: account.domains.main,
        lang: account.locale,
        locale: account.locale,
        maximum_defer_fail_percentage: limitText(account.limits.maxDeferFailPercentage),
        maximum_emails_per_hour: limitText(account.limits.maxEmailPerHour),
        maximum_mail_accounts: 'unlimited',
        owner: account.owner,
        spf_enabled: '1',
        theme: 'jupiter',
        user: account.user,
      });
    },
  },
  Locale: {
    /** §8: `locale`, `encoding`, `direction` by default. */
    get_attributes: ({ account }) => uapiOk({ direction: 'ltr', encoding: 'utf-8', locale: account.locale }),
  },
  Features: {
    /** §8 (`Cpanel/API/Features.pm`): 1 enabled, 0 + message disabled, null unknown; status 0 only without a name. */
    has_feature: ({ account, args }) => {
      const name = args.name;
      if (name === undefined || name === '') return uapiFail('You must specify a feature name.');
      const setting = account.features[name];
      if (setting === undefined && !KNOWN_FEATURES.has(name)) return uapiOk(null);
      if (setting === false) {
        const result = uapiOk(0);
        result.messages = [`The feature “${name}” is not enabled.`];
        return result;
      }
      return uapiOk(1);
    },
  },
  Chrome: {
    /**
     * §4.7: header and footer HTML from `_assets/empty.html.tt`, split at `<!--custom_framing-->`.
     * Shaped like Jupiter's: a viewport meta tag, the dark top bar with the cPanel logo and the
     * user, a side bar, the content area. Its look comes from the page's own stylesheet
     * (`.cp-*` classes): a page's CSP allows no inline style.
     */
    get_dom: ({ args, account, state }) => {
      const user = escapeHtml(account.user);
      const lang = escapeHtml(account.locale ?? 'en');
      return uapiOk({
        header:
          `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
          `<title>${escapeHtml(args.page_title ?? '')}</title></head>` +
          `<body class="cpanel-emulated cp-jupiter"><header class="cp-topbar"><span class="cp-logo">cPanel</span>` +
          `<span class="cp-emulated">emulated · ${escapeHtml(state.scenario.server.hostname)}</span><span class="cp-account">${user}</span></header>` +
          `<div class="cp-layout"><nav class="cp-sidebar" aria-label="cPanel"><ul><li>Tools</li><li>Email</li><li>Domains</li><li>Files</li></ul></nav><main class="cp-content">`,
        footer: '</main></div><footer class="cp-footer">cPanel (emulated)</footer></body></html>',
      });
    },
  },
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function safeRegex(pattern: string): RegExp {
  try {
    return new RegExp(pattern, 'i');
  } catch {
    return /$^/;
  }
}

/** Modules that exist on a real server even where the emulator implements few functions. */
const KNOWN_MODULES = new Set(['DomainInfo', 'Email', 'EmailAuth', 'Variables', 'Locale', 'Features', 'Chrome', 'DNS', 'Mailboxes', 'SpamAssassin', 'Tokens']);

export function runUapi(ctx: UapiContext, module: string, func: string): UapiResult {
  const handler = HANDLERS[module]?.[func] ?? FIX_HANDLERS[module]?.[func];
  if (handler === undefined) {
    return KNOWN_MODULES.has(module) ? uapiFail(missingFunctionText(module, func)) : uapiFail(missingModuleText(module));
  }
  return handler(ctx);
}
