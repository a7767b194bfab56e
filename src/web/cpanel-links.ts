/**
 * Where in cPanel (Jupiter) the switch for each diagnosis is. Paths are
 * relative to the session prefix `cp_security_token` (/cpsessNNNNNNNNNN),
 * shared/reference/cpanel-api.md §4.5; page paths as cPanel's own menu links
 * them (mail/route.html is Track Delivery, §4.7).
 */
import type { DiagnosisId } from '../kb/catalogue';
import type { Lang, Localized } from '../kb/types';

type CpanelPage = 'zone-editor' | 'email-routing' | 'email-accounts' | 'forwarders' | 'email-deliverability' | 'track-delivery';

const PAGES: Readonly<Record<CpanelPage, { readonly path: string; readonly label: Localized<string> }>> = {
  'zone-editor': { path: '/frontend/jupiter/zone_editor/index.html', label: { nl: 'Zone-editor', en: 'Zone Editor' } },
  'email-routing': { path: '/frontend/jupiter/mail/email_routing.html', label: { nl: 'E-mailroutering', en: 'Email Routing' } },
  'email-accounts': { path: '/frontend/jupiter/email_accounts/index.html', label: { nl: 'E-mailaccounts', en: 'Email Accounts' } },
  forwarders: { path: '/frontend/jupiter/mail/fwds.html', label: { nl: 'Doorstuurders', en: 'Forwarders' } },
  'email-deliverability': {
    path: '/frontend/jupiter/email_deliverability/index.html',
    label: { nl: 'E-mailbezorgbaarheid', en: 'Email Deliverability' },
  },
  'track-delivery': { path: '/frontend/jupiter/mail/route.html', label: { nl: 'Track Delivery', en: 'Track Delivery' } },
};

/** The one table: diagnosis → the cPanel page where its fix is made. Unlisted: no page link. */
const PAGE_FOR: Partial<Record<DiagnosisId, CpanelPage>> = {
  'routing-local-mx-elsewhere': 'email-routing',
  'routing-remote-mx-here': 'email-routing',
  'sender-verify-failed': 'email-routing',
  'mx-missing': 'zone-editor',
  'mx-cname': 'zone-editor',
  'mx-not-propagated': 'email-routing',
  'mx-invalid-record': 'zone-editor',
  'cloudflare-mx': 'zone-editor',
  'outgoing-suspended': 'email-accounts',
  'outgoing-held': 'email-accounts',
  'incoming-suspended': 'email-accounts',
  'login-suspended': 'email-accounts',
  'mailbox-over-quota': 'email-accounts',
  'recipient-mailbox-full': 'email-accounts',
  'smtp-auth-required': 'email-accounts',
  'form-mail-nonexistent-sender': 'email-accounts',
  'forwarder-breaks-spf': 'forwarders',
  'pipe-forwarder-failed': 'forwarders',
  'spf-invalid': 'email-deliverability',
  'dkim-invalid': 'email-deliverability',
  'dmarc-missing': 'email-deliverability',
  // The records of these fixes are edited in the zone; a new DKIM key is the provider's to make (no cPanel page).
  'dmarc-invalid': 'zone-editor',
  'dmarc-no-reports': 'zone-editor',
  'dmarc-reject': 'email-deliverability',
  'gmail-unauthenticated': 'email-deliverability',
  'server-ptr-missing': 'email-deliverability',
};

interface PageLink {
  readonly href: string;
  readonly label: string;
}

/** A session token is `/cpsess` + digits; anything else is dropped so it cannot bend the link. */
export function safeSecurityToken(token: string | undefined): string {
  return token !== undefined && /^\/cpsess\d+$/.test(token) ? token : '';
}

export function cpanelPageLink(page: CpanelPage, securityToken: string, lang: Lang): PageLink {
  const p = PAGES[page];
  return { href: `${safeSecurityToken(securityToken)}${p.path}`, label: p.label[lang] };
}

export function cpanelLinkFor(id: DiagnosisId, securityToken: string, lang: Lang): PageLink | undefined {
  const page = PAGE_FOR[id];
  return page === undefined ? undefined : cpanelPageLink(page, securityToken, lang);
}
