/** The card's words that do not depend on what was found: each requirement's name, and dates in words. */
import type { MailboxProvider, RequirementId } from '../../config/sender-requirements';
import type { Localized } from '../../kb/types';
import { loc } from '../finding-helpers';

export const REQUIREMENT_TITLES: Record<RequirementId, Localized<string>> = {
  spf: loc('SPF staat deze server toe (hoogstens 10 DNS-opzoekingen)', 'SPF authorises this server (at most 10 DNS lookups)'),
  dkim: loc('DKIM aan, gepubliceerde sleutel klopt en is lang genoeg', 'DKIM on, published key matches and is long enough'),
  dmarc: loc('Geldig DMARC-record, minstens p=none, met rapportadres (rua)', 'Valid DMARC record, at least p=none, with a report address (rua)'),
  alignment: loc('Afzenderdomein gelijk aan het DKIM- of SPF-domein (alignment)', 'From domain aligned with the DKIM or SPF domain'),
  ptr: loc('Reverse DNS (PTR) van het verzendende IP, die terugwijst en geen standaardnaam is', 'Reverse DNS (PTR) of the sending IP, pointing back and not a generic name'),
  helo: loc('Servernaam (HELO/banner) gelijk aan de PTR-naam', 'Server name (HELO/banner) matches the PTR name'),
  tls: loc('TLS aangeboden op poort 25', 'TLS offered on port 25'),
  bulk: loc('Regels voor grote verzenders: uitschrijven met één klik, spampercentage', 'Bulk-sender rules: one-click unsubscribe, spam rate'),
};

export const PROVIDER_NAMES: Record<MailboxProvider, string> = { gmail: 'Gmail', outlook: 'Outlook.com', yahoo: 'Yahoo' };

const MONTHS_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "3 december" / "3 December" (UTC; the audit window is days, the year adds nothing). */
export function dayInWords(unixSeconds: number): Localized<string> {
  const d = new Date(unixSeconds * 1000);
  return loc(`${d.getUTCDate()} ${MONTHS_NL[d.getUTCMonth()]}`, `${d.getUTCDate()} ${MONTHS_EN[d.getUTCMonth()]}`);
}
