/**
 * The daemon's configuration file (/etc/mail-doctor/config.yaml, written by
 * install.sh from plugin/config/config.yaml): schema, defaults and loading.
 * Every key is optional and has the default shown in the shipped file; a bad
 * value is reported with the file and the key, e.g.
 * `config /etc/mail-doctor/config.yaml: schedule.cron: not a valid cron expression`.
 */
import { readFile } from 'node:fs/promises';
import { validate as validCron } from 'node-cron';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { parseDuration } from '../util/duration';
import { DEFAULT_STORE } from '../store/default-location';
import { resolveProfile } from '../config/profile-schema';
import type { ProviderProfile } from '../config/provider-profile';

const email = z.string().email('must be an e-mail address');
const optionalEmail = z.union([z.literal(''), email]).default('');

const configSchema = z
  .object({
    provider: z.unknown().optional(),
    dns: z
      .object({
        servers: z.array(z.string()).default([]),
        timeoutMs: z.number().int().positive().default(2500),
        /** Sandbox and tests only: ask this "IP:PORT" instead of the domains' own nameservers. */
        authoritativeVia: z.string().optional(),
      })
      .strict()
      .default({ servers: [], timeoutMs: 2500 }),
    /**
     * How the daemon reaches cPanel. Absent: cPanel's own command-line tools
     * as root (the way the systemd unit runs). A WHM URL and token are for
     * testing against another server or the emulator.
     */
    connection: z
      .object({
        whmUrl: z.string().url().optional(),
        whmUser: z.string().min(1).default('root'),
        whmToken: z.string().min(1).optional(),
        insecure: z.boolean().default(false),
        timeoutSeconds: z.number().positive().default(30),
      })
      .strict()
      .refine((c) => (c.whmUrl === undefined) === (c.whmToken === undefined), { message: 'give whmUrl and whmToken together, or neither' })
      .default({ whmUser: 'root', insecure: false, timeoutSeconds: 30 }),
    schedule: z
      .object({
        cron: z.string().refine((s) => validCron(s), 'not a valid cron expression').default('30 2 * * *'),
        spreadMinutes: z.number().min(0).max(24 * 60).default(120),
        concurrency: z.number().int().min(1).max(32).default(2),
        /** How far back each audit reads delivery records: 7d, 24h, 90m. */
        since: z.string().refine((s) => parseDuration(s) !== undefined, 'must be a duration such as 7d, 24h or 90m').default('7d'),
        /** How often the daemon looks for an "audit now" request from the WHM page. */
        requestPollSeconds: z.number().positive().default(15),
      })
      .strict()
      .default({ cron: '30 2 * * *', spreadMinutes: 120, concurrency: 2, since: '7d', requestPollSeconds: 15 }),
    history: z
      .object({
        store: z.string().min(1).default(DEFAULT_STORE),
        retentionDays: z.number().int().min(1).default(90),
      })
      .strict()
      .default({ store: DEFAULT_STORE, retentionDays: 90 }),
    alerts: z
      .object({
        enabled: z.boolean().default(false),
        adminEmail: optionalEmail,
        adminLanguage: z.enum(['nl', 'en']).default('en'),
        notifyAccountContacts: z.boolean().default(false),
        /** Accounts whose contact address never gets a digest. */
        optOut: z.array(z.string()).default([]),
        from: optionalEmail,
        transport: z.enum(['sendmail', 'smtp']).default('sendmail'),
        sendmailPath: z.string().default('/usr/sbin/sendmail'),
        /** At most one digest per recipient in this many hours; what comes meanwhile waits and goes with the next one. */
        minHoursBetween: z.number().min(0).default(24),
        /** Problems below this severity are not alerted (info never is by default). */
        minSeverity: z.enum(['critical', 'warning', 'info']).default('warning'),
        /** A queued alert that could not be delivered for this many hours is given up (and logged). */
        expireHours: z.number().positive().default(72),
        /** The first run on a server only records (no mail): a new installation does not mail every old problem. */
        baselineFirstRun: z.boolean().default(true),
        /** The WHM report linked from the administrator's digest; default https://SERVER:2087/cgi/mail_doctor/index.cgi. */
        reportUrl: z.string().url().optional(),
        smtp: z
          .object({
            host: z.string().min(1).default('localhost'),
            port: z.number().int().min(1).max(65535).default(587),
            security: z.enum(['starttls', 'tls', 'none']).default('starttls'),
            username: z.string().default(''),
            password: z.string().default(''),
          })
          .strict()
          .default({ host: 'localhost', port: 587, security: 'starttls', username: '', password: '' }),
      })
      .strict()
      .refine((a) => !a.enabled || a.from !== '', { message: 'alerts.from is needed when alerts are enabled', path: ['from'] })
      .refine((a) => !a.enabled || a.adminEmail !== '' || a.notifyAccountContacts, {
        message: 'alerts are enabled but nobody receives them: set adminEmail or notifyAccountContacts',
        path: ['enabled'],
      })
      .optional(),
    // An empty `server:` section (only comments, as shipped) reads as null: the same as leaving it out.
    server: z.object({ hostname: z.string().min(1).optional() }).strict().nullish(),
  })
  .strict();

type Parsed = z.infer<typeof configSchema>;

export interface DaemonConfig extends Omit<Parsed, 'provider' | 'alerts'> {
  readonly provider: ProviderProfile;
  readonly alerts: NonNullable<Parsed['alerts']>;
  readonly path: string;
}

type LoadedConfig = { readonly ok: true; readonly config: DaemonConfig } | { readonly ok: false; readonly error: string };

const ALERT_DEFAULTS = configSchema.shape.alerts.unwrap().parse({ enabled: false });

/** Validates parsed YAML (pure); `path` only names the file in messages. */
function resolveDaemonConfig(data: unknown, path: string): LoadedConfig {
  const fail = (problems: readonly string[]): LoadedConfig => ({ ok: false, error: `config ${path}: ${problems.join('; ')}` });
  const parsed = configSchema.safeParse(data ?? {});
  if (!parsed.success) {
    return fail(parsed.error.issues.map((i) => `${i.path.length === 0 ? '(file)' : i.path.join('.')}: ${i.message}`));
  }
  const profile = resolveProfile(parsed.data.provider);
  if (!profile.ok) return fail(profile.problems.map((p) => `provider.${p}`));
  return { ok: true, config: { ...parsed.data, provider: profile.profile, alerts: parsed.data.alerts ?? ALERT_DEFAULTS, path } };
}

export async function loadDaemonConfig(path: string): Promise<LoadedConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return { ok: false, error: `config ${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    return { ok: false, error: `config ${path}: not valid YAML: ${(error as Error).message.split('\n')[0] ?? ''}` };
  }
  return resolveDaemonConfig(data, path);
}

/** Every key of the configuration, dotted ("alerts.smtp.host"), for the check that the shipped file documents each (provider keys are the profile's own). */
export function configKeys(): string[] {
  const keys: string[] = [];
  const walk = (schema: z.ZodType, prefix: string): void => {
    let s: z.ZodType = schema;
    // Defaults, optionals and nullables wrap the object; their inner type is `def.innerType`.
    while ('innerType' in (s as unknown as { def: object }).def) s = (s as unknown as { def: { innerType: z.ZodType } }).def.innerType;
    if (s instanceof z.ZodObject) {
      for (const [key, inner] of Object.entries(s.shape as Record<string, z.ZodType>)) {
        if (prefix === '' && key === 'provider') continue;
        const dotted = prefix === '' ? key : `${prefix}.${key}`;
        keys.push(dotted);
        walk(inner, dotted);
      }
    }
  };
  walk(configSchema, '');
  return keys;
}
