/**
 * The diagnosis catalogue: every diagnosis Mail Doctor can give. The ids are a
 * contract with the pages, the store and the evaluation sets: add, never rename.
 * `reason` is the coarse bounce-reason vocabulary (Sisimai's names) so results can
 * be compared with public corpora; `kind` says what evidence decides it (`probe`:
 * a live connection to the mail server).
 */
export const DIAGNOSES = [
  { id: 'smtp-auth-required', kind: 'text+state', reason: 'securityerror' },
  { id: 'max-defers-failures', kind: 'text+state', reason: 'ratelimited' },
  { id: 'max-defers-approaching', kind: 'state', reason: 'ratelimited' },
  { id: 'max-emails-per-hour', kind: 'text+state', reason: 'ratelimited' },
  { id: 'outgoing-suspended', kind: 'text+state', reason: 'suspend' },
  { id: 'outgoing-held', kind: 'text+state', reason: 'onhold' },
  { id: 'outgoing-account-locked', kind: 'text', reason: 'policyviolation' },
  { id: 'remote-spam-content', kind: 'text', reason: 'spamdetected' },
  { id: 'spamexperts-spam-content', kind: 'text', reason: 'spamdetected' },
  { id: 'outgoing-spamassassin', kind: 'text', reason: 'spamdetected' },
  { id: 'url-blocklisted', kind: 'text', reason: 'spamdetected' },
  { id: 'strato-burl', kind: 'text', reason: 'spamdetected' },
  { id: 'known-spam-address', kind: 'text', reason: 'spamdetected' },
  { id: 'references-header-too-long', kind: 'text', reason: 'contenterror' },
  { id: 'header-illegal-bom', kind: 'text', reason: 'contenterror' },
  { id: 'executable-in-archive', kind: 'text', reason: 'contenterror' },
  { id: 'message-too-large', kind: 'text', reason: 'emailtoolarge' },
  { id: 'virus-detected', kind: 'text', reason: 'virusdetected' },
  { id: 'gmail-unauthenticated', kind: 'text+state', reason: 'authfailure' },
  { id: 'dmarc-reject', kind: 'text+state', reason: 'authfailure' },
  { id: 'microsoft-blocklist', kind: 'text', reason: 'blocked' },
  { id: 'ip-reputation-throttled', kind: 'text', reason: 'badreputation' },
  { id: 'domain-reputation-low', kind: 'text', reason: 'badreputation' },
  { id: 'server-ptr-missing', kind: 'text+state', reason: 'requireptr' },
  { id: 'exchange-distribution-list-auth', kind: 'text', reason: 'securityerror' },
  { id: 'google-policy-prohibited', kind: 'text', reason: 'policyviolation' },
  { id: 'kpn-mail-rejected', kind: 'text', reason: 'blocked' },
  { id: 'relay-denied', kind: 'text', reason: 'norelaying' },
  { id: 'tls-required', kind: 'text', reason: 'failedstarttls' },
  { id: 'recipient-unknown', kind: 'text', reason: 'userunknown' },
  { id: 'recipient-address-rejected', kind: 'text', reason: 'userunknown' },
  { id: 'recipient-disabled', kind: 'text', reason: 'suspend' },
  { id: 'recipient-mailbox-full', kind: 'text+state', reason: 'mailboxfull' },
  { id: 'recipient-rate-limited', kind: 'text', reason: 'ratelimited' },
  { id: 'greylisted', kind: 'text', reason: 'ratelimited' },
  { id: 'unrouteable-address', kind: 'text+state', reason: 'hostunknown' },
  { id: 'recipient-domain-not-found', kind: 'text+state', reason: 'hostunknown' },
  { id: 'recipient-null-mx', kind: 'text+state', reason: 'notaccept' },
  { id: 'no-mail-exchanger', kind: 'text', reason: 'hostunknown' },
  { id: 'remote-server-unreachable', kind: 'text', reason: 'networkerror' },
  { id: 'delivery-expired', kind: 'text', reason: 'expired' },
  { id: 'retry-time-not-reached', kind: 'text', reason: 'expired' },
  { id: 'cloudflare-mx', kind: 'text+state', reason: 'hostunknown' },
  { id: 'mx-invalid-record', kind: 'text+state', reason: 'networkerror' },
  { id: 'sender-verify-failed', kind: 'text+state', reason: 'rejected' },
  { id: 'sender-domain-no-nameservers', kind: 'text+state', reason: 'rejected' },
  { id: 'antispam-host-lookup', kind: 'text', reason: 'networkerror' },
  { id: 'tls-identity-mismatch', kind: 'text', reason: 'securityerror' },
  { id: 'forwarder-breaks-spf', kind: 'text+state', reason: 'authfailure' },
  { id: 'pipe-forwarder-failed', kind: 'text+state', reason: 'mailererror' },
  { id: 'routing-local-mx-elsewhere', kind: 'state', reason: 'undefined' },
  { id: 'routing-remote-mx-here', kind: 'state', reason: 'undefined' },
  { id: 'mx-missing', kind: 'state', reason: 'undefined' },
  { id: 'mx-cname', kind: 'state', reason: 'undefined' },
  { id: 'mx-not-propagated', kind: 'state', reason: 'undefined' },
  { id: 'spam-box-enabled', kind: 'state', reason: 'undefined' },
  { id: 'incoming-suspended', kind: 'state', reason: 'suspend' },
  { id: 'login-suspended', kind: 'state', reason: 'undefined' },
  { id: 'mailbox-over-quota', kind: 'state', reason: 'mailboxfull' },
  { id: 'spf-invalid', kind: 'state', reason: 'authfailure' },
  { id: 'dkim-invalid', kind: 'state', reason: 'authfailure' },
  { id: 'dmarc-missing', kind: 'state', reason: 'undefined' },
  // One root cause made of the ones above: SPF, DKIM and DMARC of one domain together (diagnose/root-causes.ts).
  { id: 'mail-authentication', kind: 'state', reason: 'authfailure' },
  // What the big mailbox providers' sender requirements ask beyond the checks above (diagnose/requirements).
  { id: 'dkim-key-weak', kind: 'state', reason: 'authfailure' },
  { id: 'dmarc-invalid', kind: 'state', reason: 'undefined' },
  { id: 'dmarc-no-reports', kind: 'state', reason: 'undefined' },
  { id: 'ptr-generic-name', kind: 'state', reason: 'requireptr' },
  { id: 'form-mail-nonexistent-sender', kind: 'state', reason: 'rejected' },
  { id: 'server-blocklisted', kind: 'state', reason: 'blocked' },
  { id: 'unknown', kind: 'text', reason: 'undefined' },
  { id: 'receiver-policy', kind: 'text', reason: 'policyviolation' },
  { id: 'sender-authentication-failed', kind: 'text', reason: 'authfailure' },
  { id: 'recipient-moved', kind: 'text', reason: 'hasmoved' },
  { id: 'recipient-filtered', kind: 'text', reason: 'filtered' },
  { id: 'sender-address-rejected', kind: 'text', reason: 'rejected' },
  { id: 'receiver-system-error', kind: 'text', reason: 'systemerror' },
  { id: 'message-content-rejected', kind: 'text', reason: 'contenterror' },
  { id: 'message-not-rfc-compliant', kind: 'text', reason: 'notcompliantrfc' },
  { id: 'helo-refused', kind: 'text', reason: 'blocked' },
  { id: 'sending-quota-exceeded', kind: 'text', reason: 'ratelimited' },
  { id: 'blocklist-query-refused', kind: 'text', reason: 'systemerror' },
  { id: 'group-post-refused', kind: 'text', reason: 'rejected' },
  { id: 'smtp-protocol-error', kind: 'text', reason: 'syntaxerror' },
  { id: 'tls-handshake-failed', kind: 'text', reason: 'failedstarttls' },
  { id: 'smtp-login-failed', kind: 'text', reason: 'securityerror' },
  { id: 'mail-loop', kind: 'text', reason: 'networkerror' },
  { id: 'mx-points-back-here', kind: 'text', reason: 'systemerror' },
  { id: 'sender-rate-limited', kind: 'text', reason: 'ratelimited' },
  // Decided by the connection probe (src/probe): what a mail program meets when it connects.
  { id: 'mail-port-closed', kind: 'probe', reason: 'networkerror' },
  { id: 'mail-host-not-found', kind: 'probe', reason: 'hostunknown' },
  { id: 'mail-host-unroutable', kind: 'probe', reason: 'networkerror' },
  { id: 'mail-banner-invalid', kind: 'probe', reason: 'networkerror' },
  { id: 'mail-tls-missing', kind: 'probe', reason: 'failedstarttls' },
  { id: 'mail-tls-outdated', kind: 'probe', reason: 'securityerror' },
  { id: 'mail-cert-expired', kind: 'probe', reason: 'securityerror' },
  { id: 'mail-cert-not-yet-valid', kind: 'probe', reason: 'securityerror' },
  { id: 'mail-cert-untrusted', kind: 'probe', reason: 'securityerror' },
  { id: 'mail-cert-name-mismatch', kind: 'probe', reason: 'securityerror' },
  { id: 'mail-auth-without-tls', kind: 'probe', reason: 'securityerror' },
  { id: 'mail-banner-ptr-mismatch', kind: 'probe', reason: 'requireptr' },
] as const;

export type DiagnosisEntry = (typeof DIAGNOSES)[number];
export type DiagnosisId = DiagnosisEntry['id'];
export type DiagnosisKind = DiagnosisEntry['kind'];
export type Reason = DiagnosisEntry['reason'];

const BY_ID: ReadonlyMap<string, DiagnosisEntry> = new Map(DIAGNOSES.map((d) => [d.id, d]));

export function isDiagnosisId(value: string): value is DiagnosisId {
  return BY_ID.has(value);
}

export function diagnosis(id: DiagnosisId): DiagnosisEntry {
  const entry = BY_ID.get(id);
  if (entry === undefined) throw new Error(`unknown diagnosis id ${id}`);
  return entry;
}
