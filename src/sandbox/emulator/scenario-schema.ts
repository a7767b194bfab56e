/**
 * The scenario file format: one server, its WHM users, its cPanel accounts
 * with everything Mail Doctor reads, Track Delivery records with times
 * relative to now, DNS data for the loopback DNS server, and injected faults.
 * Every object is strict, so a misspelt key is an error with its path rather
 * than a silently ignored setting.
 */
import { z } from 'zod';
import { zoneDataSchema, zoneRecordSchema } from '../../dns/zone-data';
import { durationSeconds } from '../../util/duration';

const duration = z.string().refine((text) => durationSeconds(text) !== undefined, { message: 'expected a duration such as "30m", "2h" or "1h30m"' });
const domainName = z
  .string()
  .min(1)
  .regex(/^[a-z0-9.-]+$/i, { message: 'expected a domain name' })
  .transform((d) => d.toLowerCase());
const emailAddress = z
  .string()
  .regex(/^[^@\s]+@[^@\s]+$/, { message: 'expected an e-mail address' })
  .transform((e) => e.toLowerCase());
const userName = z.string().regex(/^[a-z][a-z0-9_-]{0,31}$/, { message: 'expected a cPanel user name (lower case, starts with a letter)' });

const ROUTING_SETTINGS = ['auto', 'local', 'remote', 'secondary'] as const;
const SPF_STATES = ['VALID', 'INVALID', 'MISMATCHED', 'MULTIPLE', 'MISSING', 'ERROR'] as const;
const DKIM_STATES = ['VALID', 'MALFORMED', 'MISMATCH', 'MISSING', 'MULTIPLE', 'NOPUB', 'ERROR'] as const;
const PTR_STATES = ['VALID', 'MISSING_PTR', 'PTR_MISMATCH', 'IP_IS_PRIVATE', 'ERROR'] as const;
const DMARC_STATES = ['VALID', 'MALFORMED', 'DKIM_SPF_ERROR', 'DKIM_ERROR', 'SPF_ERROR', 'MISSING', 'DNS_ERROR'] as const;
const SCENARIO_DELIVERY_TYPES = ['success', 'filtered', 'archive', 'failure', 'rejected', 'defer', 'inprogress'] as const;
const FAULT_KINDS = ['fail', 'http500', 'slow', 'malformed'] as const;

const limit = z.union([z.number().int().min(0), z.literal('unlimited')]);

const mailboxSchema = z.strictObject({
  email: emailAddress,
  /** MiB, or "unlimited". */
  quotaMb: limit.default('unlimited'),
  diskUsedMb: z.number().min(0).default(0),
  suspendedLogin: z.boolean().default(false),
  suspendedIncoming: z.boolean().default(false),
  suspendedOutgoing: z.boolean().default(false),
  holdOutgoing: z.boolean().default(false),
});

const routingSchema = z.strictObject({
  domain: domainName,
  /** What the owner chose in Email Routing. */
  mxcheck: z.enum(ROUTING_SETTINGS).default('auto'),
  /** What auto-detection decided; defaults to the chosen mode, or local for auto. */
  detected: z.enum(['local', 'remote', 'secondary']).optional(),
});

const emailAuthSchema = z.strictObject({
  domain: domainName,
  spf: z.enum(SPF_STATES).optional(),
  dkim: z.enum(DKIM_STATES).optional(),
  ptr: z.enum(PTR_STATES).optional(),
  dmarc: z.enum(DMARC_STATES).optional(),
});

const deliverySchema = z.strictObject({
  /** How long before "now" the message arrived, e.g. "30m". */
  ago: duration,
  type: z.enum(SCENARIO_DELIVERY_TYPES),
  sender: emailAddress,
  recipient: emailAddress,
  /** Track Delivery's result text; "Accepted" for success when absent. */
  message: z.string().optional(),
  router: z.string().optional(),
  transport: z.string().optional(),
  host: z.string().optional(),
  ip: z.string().optional(),
  deliveredTo: emailAddress.optional(),
  senderHost: z.string().optional(),
  senderIp: z.string().optional(),
  senderAuth: z.string().optional(),
  size: z.number().int().min(0).optional(),
  spamScore: z.number().optional(),
  msgid: z.string().optional(),
  /** Delay between arrival and the delivery attempt. */
  actionAfter: duration.default('2s'),
  /** Generate several records, each `every` earlier than the previous. */
  repeat: z.strictObject({ count: z.number().int().min(1).max(500), every: duration }).optional(),
});

const accountSchema = z.strictObject({
  /** Which diagnoses this account is meant to show (documentation only). */
  purpose: z.string().optional(),
  /** Exactly the catalogue ids (shared/diagnoses.md) an audit of this account reports as problems; the demo tests check it. */
  shows: z.array(z.string()).default([]),
  user: userName,
  owner: userName.default('root'),
  /** cPanel API token for `Authorization: cpanel user:TOKEN`. */
  apiToken: z.string().min(8).optional(),
  contactEmail: emailAddress.optional(),
  /** Dedicated IP (one of server.ips); the server's first IP when absent. Mail leaves from it. */
  ip: z.union([z.ipv4(), z.ipv6()]).optional(),
  locale: z.string().default('en'),
  plan: z.string().default('default'),
  suspended: z.boolean().default(false),
  domains: z.strictObject({
    main: domainName,
    addon: z.array(domainName).default([]),
    parked: z.array(domainName).default([]),
    sub: z.array(domainName).default([]),
  }),
  routing: z.array(routingSchema).default([]),
  mailboxes: z.array(mailboxSchema).default([]),
  forwarders: z.array(z.strictObject({ from: emailAddress, to: z.string().min(1) })).default([]),
  domainForwarders: z.array(z.strictObject({ from: domainName, to: domainName })).default([]),
  spam: z
    .strictObject({
      enabled: z.boolean().default(true),
      spamBox: z.boolean().default(false),
      autoDelete: z.boolean().default(false),
      autoDeleteScore: z.number().default(5),
      rewritesSubjects: z.boolean().default(true),
    })
    .prefault({}),
  emailAuth: z.array(emailAuthSchema).default([]),
  limits: z
    .strictObject({
      maxEmailPerHour: limit.default('unlimited'),
      maxDeferFailPercentage: limit.default('unlimited'),
      minDeferFailToTriggerProtection: z.number().int().min(0).default(5),
    })
    .prefault({}),
  outgoing: z.strictObject({ hold: z.boolean().default(false), suspended: z.boolean().default(false) }).prefault({}),
  /** Feature Manager switches; features not listed are on. */
  features: z.record(z.string(), z.boolean()).default({}),
  deliveries: z.array(deliverySchema).default([]),
});

const whmUserSchema = z.strictObject({
  user: userName,
  token: z.string().min(8),
  /** "all" (root) or the reseller's ACL names. */
  privileges: z.union([z.literal('all'), z.array(z.string())]).default('all'),
});

export const faultSchema = z.strictObject({
  /** `Module::function` for UAPI / API 2, the bare function name for WHM API 1. */
  function: z.string().min(1),
  /** Only calls for this account (UAPI / API 2 user, or WHM `user=`). */
  account: userName.optional(),
  kind: z.enum(FAULT_KINDS),
  /** For `fail`: cPanel's error text. */
  message: z.string().optional(),
  /** For `slow`: delay before the reply. */
  delayMs: z.number().int().min(0).optional(),
});

/**
 * A recorded reply the emulator serves verbatim instead of computing one, so
 * a documented reply (or a documented variant of one) runs through every
 * transport's parser: `uapi` → the bare UAPI result (wrapped per transport
 * like any other: `/execute` body, `data.uapi`, LiveAPI and CLI `result`),
 * `api2` → the inside of `cpanelresult`, `whm` → the whole WHM API 1 body.
 */
export const recordedReplySchema = z.strictObject({
  api: z.enum(['uapi', 'api2', 'whm']),
  /** `Module::function` for UAPI / API 2, the bare function name for WHM API 1. */
  function: z.string().min(1),
  /** Only calls for this account (UAPI / API 2 user, or WHM `user=`); absent: every account. */
  account: userName.optional(),
  body: z.unknown(),
});

export const scenarioSchema = z
  .strictObject({
    name: z.string().default('scenario'),
    description: z.string().optional(),
    server: z.strictObject({
      hostname: domainName,
      ips: z.array(z.union([z.ipv4(), z.ipv6()])).min(1),
      cpanelVersion: z.string().default('11.118.0.15'),
      /** Whether UAPI EmailAuth::validate_current_dmarcs exists (cPanel 124+). */
      hasDmarcValidation: z.boolean().default(false),
      /** The provider's SPF include, counted as "this server" when checking SPF. */
      spfInclude: domainName.optional(),
    }),
    whm: z.strictObject({ users: z.array(whmUserSchema).default([]) }).prefault({}),
    accounts: z.array(accountSchema).default([]),
    faults: z.array(faultSchema).default([]),
    replies: z.array(recordedReplySchema).default([]),
    dns: zoneDataSchema.prefault({}),
    /**
     * Where the domains' own (authoritative) nameservers answer differently
     * from the recursive view in `dns` — a DNS change that has not propagated
     * yet. These records replace those of the same name and type in `dns`
     * for the authoritative view (see authoritative-dns.ts).
     */
    dnsAuthoritative: z.strictObject({ records: z.array(zoneRecordSchema).default([]) }).optional(),
  })
  .superRefine((scenario, ctx) => {
    const whmUsers = new Set(scenario.whm.users.map((u) => u.user));
    const seenUsers = new Set<string>();
    const seenDomains = new Map<string, string>();
    const tokens = new Set<string>();
    scenario.whm.users.forEach((u, i) => {
      if (tokens.has(u.token)) ctx.addIssue({ code: 'custom', path: ['whm', 'users', i, 'token'], message: 'this token is already used' });
      tokens.add(u.token);
    });
    scenario.accounts.forEach((account, i) => {
      const at = (...rest: (string | number)[]) => ['accounts', i, ...rest];
      if (seenUsers.has(account.user)) ctx.addIssue({ code: 'custom', path: at('user'), message: `account "${account.user}" is declared twice` });
      seenUsers.add(account.user);
      if (account.owner !== 'root' && !whmUsers.has(account.owner)) {
        ctx.addIssue({ code: 'custom', path: at('owner'), message: `owner "${account.owner}" is not one of whm.users` });
      }
      if (account.apiToken !== undefined) {
        if (tokens.has(account.apiToken)) ctx.addIssue({ code: 'custom', path: at('apiToken'), message: 'this token is already used' });
        tokens.add(account.apiToken);
      }
      if (account.ip !== undefined && !scenario.server.ips.includes(account.ip)) {
        ctx.addIssue({ code: 'custom', path: at('ip'), message: `${account.ip} is not one of server.ips` });
      }
      const own = [account.domains.main, ...account.domains.addon, ...account.domains.parked, ...account.domains.sub];
      for (const d of own) {
        const other = seenDomains.get(d);
        if (other !== undefined) ctx.addIssue({ code: 'custom', path: at('domains'), message: `domain "${d}" also belongs to account "${other}"` });
        seenDomains.set(d, account.user);
      }
      const ownSet = new Set(own);
      account.mailboxes.forEach((m, j) => {
        const domain = m.email.split('@')[1] ?? '';
        if (!ownSet.has(domain)) {
          ctx.addIssue({ code: 'custom', path: at('mailboxes', j, 'email'), message: `"${domain}" is not one of this account's domains` });
        }
      });
      account.routing.forEach((r, j) => {
        if (!ownSet.has(r.domain)) ctx.addIssue({ code: 'custom', path: at('routing', j, 'domain'), message: `"${r.domain}" is not one of this account's domains` });
      });
      account.emailAuth.forEach((r, j) => {
        if (!ownSet.has(r.domain)) ctx.addIssue({ code: 'custom', path: at('emailAuth', j, 'domain'), message: `"${r.domain}" is not one of this account's domains` });
      });
      account.forwarders.forEach((f, j) => {
        const domain = f.from.split('@')[1] ?? '';
        if (!ownSet.has(domain)) ctx.addIssue({ code: 'custom', path: at('forwarders', j, 'from'), message: `"${domain}" is not one of this account's domains` });
      });
    });
    scenario.faults.forEach((f, i) => {
      if (f.account !== undefined && !seenUsers.has(f.account)) {
        ctx.addIssue({ code: 'custom', path: ['faults', i, 'account'], message: `no account "${f.account}" in this scenario` });
      }
      if (f.kind === 'slow' && f.delayMs === undefined) {
        ctx.addIssue({ code: 'custom', path: ['faults', i, 'delayMs'], message: 'a slow fault needs delayMs' });
      }
    });
  });

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type ScenarioAccount = Scenario['accounts'][number];
export type ScenarioMailbox = ScenarioAccount['mailboxes'][number];
export type ScenarioDelivery = ScenarioAccount['deliveries'][number];
export type Fault = z.output<typeof faultSchema>;
export type FaultInput = z.input<typeof faultSchema>;
export type RecordedReply = z.output<typeof recordedReplySchema>;
export type WhmUser = Scenario['whm']['users'][number];
