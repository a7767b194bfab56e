/**
 * What `createApp` is given per mode (see app.ts): who the visitor is, where
 * reports and history come from, and the URL prefix the pages live under.
 */
import type { MailSetupData } from './mail-setup-view';
import type { Request } from 'express';
import type { ProviderProfile } from '../config/provider-profile';
import type { ChromeDom } from '../cpanel/account-info';
import type { CpanelGateway } from '../cpanel/gateway';
import type { WhmAccount, WhmPrivileges } from '../cpanel/whm-accounts';
import type { UserSession, UserSessionRequest } from '../cpanel/user-session';
import type { AccountHistoryFile } from '../jobs/history-export';
import type { HistoryStore } from '../store/history-store';
import type { AssetSet } from './assets';
import type { AuditService } from './audit-service';
import type { HistorySource } from './history-source';
import type { CsrfTokens } from './security';
import type { FixPages } from './fix-pages';

/** The cPanel account a cPanel page is for. */
export interface CpanelSession {
  readonly user: string;
  /** `/cpsessNNNNNNNNNN`, or '' outside cPanel. */
  readonly securityToken: string;
  /** A gateway bound to the account (the caller closes it). */
  openGateway(): CpanelGateway;
}

/** The WHM user a WHM page is for, and what that user may see. */
export interface WhmSession {
  readonly user: string;
  privileges(): Promise<WhmPrivileges>;
  /** Accounts as the process sees them (root sees all: the routes filter by owner). */
  listAccounts(): Promise<WhmAccount[]>;
  /**
   * A one-time login into an account's cPanel (WHM API 1 create_user_session),
   * when this WHM can make one. The routes check first that the user may see the account.
   */
  openCpanel?(request: UserSessionRequest): Promise<UserSession>;
}

interface SandboxDirectory {
  readonly accounts: readonly { readonly user: string; readonly purpose: string }[];
  readonly whmUsers: readonly string[];
}

type AppMode = 'cpanel' | 'whm' | 'serve' | 'sandbox';

export interface AppOptions {
  readonly mode: AppMode;
  readonly audits: AuditService;
  readonly profile: ProviderProfile;
  readonly csrf: CsrfTokens;
  /** The external URL prefix of the app (CGI: session token + script path); '' when served at the root. */
  readonly basePath?: string;
  /** cPanel mode: the process's own account, fixed. Sandbox: chosen by the switcher path. */
  readonly cpanelSession?: (req: Request) => CpanelSession | undefined;
  readonly whmSession?: (req: Request) => WhmSession | undefined;
  /** WHM header/footer (cPanel's generated header files), when there are any. */
  readonly whmChrome?: (title: string, user: string) => Promise<ChromeDom | undefined>;
  readonly sandbox?: SandboxDirectory;
  readonly assets?: AssetSet;
  /** Where errors are logged (CGI: stderr, which cpsrvd writes to its error log). */
  readonly log?: (message: string) => void;
  /**
   * The daemon's history (WHM pages): runs, trend, account history, "audit
   * now". Absent, or a store that cannot be opened: the sections say "no history yet".
   */
  readonly history?: HistoryStore | HistorySource;
  /** cPanel page: the account's own history (CGI: the file in its own home, fixed at start; sandbox: from the store). */
  readonly ownHistory?: (user: string) => Promise<AccountHistoryFile | undefined>;
  /** cPanel page: the account's mail program settings with a live probe of their servers (mail-setup-view.ts). */
  readonly mailSetup?: (session: CpanelSession) => Promise<MailSetupData>;
  /** The safe fixes (preview, apply, undo, fix log) where this mode can make them. */
  readonly fixes?: FixPages;
  /** WHM: the safe fixes acting with this WHM user's own rights (the routes check ownership first). */
  readonly whmFixes?: (whmUser: string) => FixPages | undefined;
  readonly clock?: () => number;
}
