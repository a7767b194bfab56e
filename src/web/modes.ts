/**
 * How each way in builds the app: which gateway a page's calls go through
 * and who the visitor is. Identity never comes from the request in CGI
 * mode: the cPanel user is the process's (REMOTE_USER as cpsrvd set it) and
 * the WHM user is REMOTE_USER; only the sandbox lets a path choose.
 */
import { readFile } from 'node:fs/promises';
import type { ChromeDom } from '../cpanel/account-info';
import type { CpanelGateway } from '../cpanel/gateway';
import { gatewayFor } from '../audit/connection';
import { getPrivileges, listAccounts, type WhmPrivileges } from '../cpanel/whm-accounts';
import { createUserSession } from '../cpanel/user-session';
import type { WireResolver } from '../dns/wire-resolver';
import type { RunningSandbox } from '../sandbox/start-sandbox';
import { createApp, type AppOptions, type WhmSession } from './app';
import { mailSetupSource, type MailSetupSourceOptions } from './mail-setup-view';
import { createCachingAuditService, type AuditService } from './audit-service';
import { auditorSettings, createAuditor } from './auditor';
import { createFixPages, memoryFixLog } from './fix-pages';
import { CsrfTokens } from './security';
import { createAccountAuditor } from '../jobs/account-auditor';
import { summarizeHistory } from '../jobs/history-export';
import { runAudits } from '../jobs/run-audits';
import { openStore } from '../store/open-store';
import type { HistoryStore } from '../store/history-store';
import { storeHistory } from './history-source';

export const DEFAULT_SINCE_SECONDS = 7 * 86_400;
/** The emulator answers on loopback; a call that takes longer than this has hung. */
const SANDBOX_TIMEOUT_MS = 15_000;

/**
 * A WHM session over a gateway that acts as `gatewayUser`. When the visitor
 * is that user, cPanel answers `myprivs` for them; when a root process
 * serves a reseller (WHM CGI), the reseller's ACLs come from
 * /var/cpanel/resellers (cpanel-api.md §5.3) and root's listaccts is
 * filtered by owner in the routes.
 */
export function whmSessionOver(options: {
  readonly user: string;
  readonly gatewayUser: string;
  readonly openGateway: () => CpanelGateway;
  readonly resellersFile?: string;
}): WhmSession {
  const { user, gatewayUser } = options;
  return {
    user,
    async privileges(): Promise<WhmPrivileges> {
      if (user === gatewayUser) {
        const gateway = options.openGateway();
        try {
          return await getPrivileges(gateway);
        } finally {
          await gateway.close();
        }
      }
      if (gatewayUser !== 'root') return { all: false, acls: {} };
      return resellerPrivileges(user, options.resellersFile ?? '/var/cpanel/resellers');
    },
    async listAccounts() {
      const gateway = options.openGateway();
      try {
        return await listAccounts(gateway);
      } finally {
        await gateway.close();
      }
    },
    async openCpanel(request) {
      const gateway = options.openGateway();
      try {
        return await createUserSession(gateway, request);
      } finally {
        await gateway.close();
      }
    },
  };
}

/** `/var/cpanel/resellers`: lines `user:acl1,acl2,…`. Root has every ACL; a user not listed has none. */
export async function resellerPrivileges(user: string, file: string): Promise<WhmPrivileges> {
  if (user === 'root') return { all: true, acls: { all: true } };
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return { all: false, acls: {} };
  }
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0 || line.slice(0, colon).trim() !== user) continue;
    const acls = Object.fromEntries(
      line
        .slice(colon + 1)
        .split(',')
        .map((a) => a.trim())
        .filter((a) => a !== '')
        .map((a) => [a, true]),
    ) as Record<string, boolean>;
    return { all: acls.all === true, acls };
  }
  return { all: false, acls: {} };
}

/** WHM's generated header/footer (cpanel-api.md §5.4, the PHP WHM::header model); undefined when the cache files are not there. */
export function whmChromeFromFiles(env: NodeJS.ProcessEnv, directory = '/var/cpanel/caches'): (title: string, user: string) => Promise<ChromeDom | undefined> {
  return async (title, user) => {
    try {
      const keys = JSON.parse(await readFile(`${directory}/_generated_header_files/cache_keys.json`, 'utf8')) as Record<string, unknown>;
      const key = keys[user];
      if (typeof key !== 'string' || !/^[\w.-]+$/.test(key)) return undefined;
      const header = await readFile(`${directory}/_generated_header_files/${key}_0_0.html`, 'utf8');
      const footer = await readFile(`${directory}/_generated_footer_files/footer.html`, 'utf8');
      const token = /^\/cpsess\d+$/.test(env.cp_security_token ?? '') ? (env.cp_security_token as string) : '';
      const safeTitle = title.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
      return {
        header: header.split('/cpsess0000000000').join(token).split('cpuser00000000000').join(user).split('Results of Your Request').join(safeTitle),
        footer: footer.split('/cpsess0000000000').join(token),
      };
    } catch {
      return undefined;
    }
  };
}

interface SandboxAppOptions {
  readonly sandbox: RunningSandbox;
  readonly resolver: WireResolver;
  readonly dnsTimeoutMs?: number;
  readonly ttlMs?: number;
  /**
   * A temporary SQLite store (in memory) filled with one run of every demo
   * account at start, through the daemon's own run code, so the sandbox shows
   * history. Default on; `false` for tests that do not need it.
   */
  readonly history?: boolean;
  /** The "Set up your mail program" card's probe: a CA to trust, the demo mail servers' view (sandbox-command), or the tests' own ports. */
  readonly mailProbe?: Partial<Pick<MailSetupSourceOptions, 'caFile' | 'stepTimeoutMs' | 'connection' | 'resolver'>>;
}

/** A store filled with one run of every sandbox account, and a way to run again (what the daemon would do on "audit now"). */
interface SandboxHistory {
  readonly store: HistoryStore;
  /** Takes the pending run requests and runs them now, as the daemon does; resolves when the run is stored. */
  runRequested(): Promise<void>;
}

/** One run of every sandbox account into a fresh in-memory store, the way the daemon does it. */
export async function fillSandboxHistory(sandbox: RunningSandbox, options: { readonly dnsTimeoutMs?: number; readonly log?: (m: string) => void } = {}): Promise<SandboxHistory> {
  const emulator = sandbox.emulator;
  const server = emulator.scenario.server.hostname;
  const opened = await openStore(':memory:', { server });
  if (!opened.ok) throw new Error(opened.error);
  const store = opened.store;
  const made = await createAccountAuditor({
    connection: { kind: 'whm', baseUrl: emulator.httpUrl, user: 'root', token: emulator.tokens.whm.root ?? '', insecure: false, timeoutMs: 30_000 },
    profile: sandbox.profile,
    dnsServers: [sandbox.dnsAddress],
    dnsTimeoutMs: options.dnsTimeoutMs ?? 1000,
    authoritativeVia: sandbox.authoritativeAddress,
    sinceSeconds: DEFAULT_SINCE_SECONDS,
    env: {},
    clock: Date.now,
  });
  if (!made.ok) throw new Error(made.error);
  const auditor = made.auditor;
  const run = (trigger: 'cli' | 'on-demand', users?: readonly string[]) =>
    runAudits(
      { store, auditor, log: options.log ?? (() => undefined), clock: Date.now },
      {
        trigger,
        ...(users === undefined ? {} : { users }),
        concurrency: 4,
        spreadMs: 0,
        signal: new AbortController().signal,
        owner: { host: 'sandbox', pid: process.pid },
        staleAfterMs: 3_600_000,
        holderAlive: () => true,
      },
    );
  await run('cli');
  return {
    store,
    async runRequested() {
      const requests = await store.takeRunRequests();
      if (requests.length === 0) return;
      const named = requests.every((r) => r.user !== null) ? [...new Set(requests.map((r) => r.user as string))] : undefined;
      await run('on-demand', named);
    },
  };
}

/** The history of the sandbox's pages, from the store filled at start. */
function sandboxHistoryOptions(filling: Promise<SandboxHistory | undefined>): Pick<AppOptions, 'history' | 'ownHistory'> {
  const filled = filling.then((h) => h?.store);
  return {
    // No daemon in the sandbox: "audit now" is stored like on a server, then run at once in the background.
    history: {
      ...storeHistory(filled),
      runsRequestsItself: true,
      async requestRun(request: { readonly requestedAt: number; readonly requestedBy: string; readonly user?: string }) {
        const h = await filling;
        if (h === undefined) throw new Error('no sandbox history');
        const id = await h.store.requestRun(request);
        setTimeout(() => {
          h.runRequested().catch((error: unknown) => process.stderr.write(`mail-doctor sandbox: run not made: ${(error as Error).message}\n`));
        }, 1000).unref();
        return id;
      },
    },
    // The switcher's account only: the store is asked for that one user's runs.
    ownHistory: async (user: string) => {
      const store = await filled;
      if (store === undefined) return undefined;
      const runs = await store.accountHistory(user, { limit: 30 });
      return runs.length === 0 ? undefined : summarizeHistory(user, runs, Date.now());
    },
  };
}

/** The sandbox's pages: every demo account's cPanel page, WHM as root and as each reseller. */
export function createSandboxApp(options: SandboxAppOptions): {
  app: ReturnType<typeof createApp>;
  audits: AuditService;
  /** The filled store (undefined when off or when filling failed); resolves when the first run is stored. */
  history: Promise<HistoryStore | undefined>;
} {
  const { sandbox } = options;
  const emulator = sandbox.emulator;
  const rootToken = emulator.tokens.whm.root ?? '';
  const accountGateway = (user: string): CpanelGateway => {
    // The account's own cPanel token when it has one: the page then sees what cPanel shows that user.
    const own = emulator.tokens.cpanel[user];
    return own !== undefined
      ? gatewayFor({ kind: 'cpanel', baseUrl: emulator.httpUrl, user, token: own, insecure: false, timeoutMs: SANDBOX_TIMEOUT_MS })
      : gatewayFor({ kind: 'whm', baseUrl: emulator.httpUrl, user: 'root', token: rootToken, insecure: false, timeoutMs: SANDBOX_TIMEOUT_MS }, user);
  };
  const auditorOptions = {
    openGateway: accountGateway,
    resolver: options.resolver,
    authoritativeVia: sandbox.authoritativeAddress,
    profile: sandbox.profile,
    serverHostname: emulator.scenario.server.hostname,
    since: DEFAULT_SINCE_SECONDS,
  };
  const audits = createCachingAuditService(createAuditor(auditorOptions), { ...(options.ttlMs === undefined ? {} : { ttlMs: options.ttlMs }) });
  const fixLog = memoryFixLog();
  const accounts = emulator.scenario.accounts.map((a) => ({ user: a.user, purpose: a.purpose ?? '' }));
  const whmUsers = emulator.scenario.whm.users.map((u) => u.user);
  const filling: Promise<SandboxHistory | undefined> | undefined =
    options.history === false
      ? undefined
      : fillSandboxHistory(sandbox, { ...(options.dnsTimeoutMs === undefined ? {} : { dnsTimeoutMs: options.dnsTimeoutMs }) }).catch((error: unknown) => {
          process.stderr.write(`mail-doctor sandbox: history not filled: ${(error as Error).message}\n`);
          return undefined;
        });
  const filled = filling?.then((h) => h?.store);
  const app = createApp({
    mode: 'sandbox',
    audits,
    profile: sandbox.profile,
    csrf: CsrfTokens.random(),
    sandbox: { accounts, whmUsers },
    ...(filling === undefined ? {} : sandboxHistoryOptions(filling)),
    // The sandbox's probe never leaves loopback; the demo's mail hosts resolve to documentation addresses.
    mailSetup: mailSetupSource({ resolver: options.resolver, profile: sandbox.profile, loopbackOnly: true, ...(options.mailProbe ?? {}) }),
    // The sandbox's fix log lives as long as the sandbox; the fixes change the emulator's state.
    fixes: createFixPages(auditorSettings(auditorOptions), fixLog),
    // In WHM the fixes act with the WHM user's own token: the emulator checks ownership as cPanel does.
    whmFixes: (whmUser) => {
      const token = emulator.tokens.whm[whmUser];
      if (token === undefined) return undefined;
      const openGateway = (account: string): CpanelGateway =>
        gatewayFor({ kind: 'whm', baseUrl: emulator.httpUrl, user: whmUser, token, insecure: false, timeoutMs: SANDBOX_TIMEOUT_MS }, account);
      return createFixPages(auditorSettings({ ...auditorOptions, openGateway }), fixLog);
    },
    cpanelSession: (req) => {
      const user = String(req.params.account ?? '');
      if (!accounts.some((a) => a.user === user)) return undefined;
      return { user, securityToken: '', openGateway: () => accountGateway(user) };
    },
    whmSession: (req) => {
      const user = typeof req.params.whmUser === 'string' ? req.params.whmUser : 'root';
      const token = emulator.tokens.whm[user];
      if (token === undefined) return undefined;
      return whmSessionOver({
        user,
        gatewayUser: user,
        openGateway: () => gatewayFor({ kind: 'whm', baseUrl: emulator.httpUrl, user, token, insecure: false, timeoutMs: SANDBOX_TIMEOUT_MS }),
      });
    },
  });
  return { app, audits, history: filled ?? Promise.resolve(undefined) };
}
