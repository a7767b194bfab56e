/**
 * The provider-code tier for mailbox providers and ISPs not covered elsewhere: codes and fixed phrases from their published
 * references, each entry naming its source.
 */
import { providerToken } from './provider-token';
import type { TierEntry } from './tier-entry';

const SEZNAM = 'Seznam.cz Nápověda, "Uživatel neexistuje" (napoveda.seznam.cz/uzivatel-neexistuje)';
const FASTMAIL = 'Fastmail, "Why messages bounce back", section "Common Fastmail bounce errors" (fastmail.help/hc/en-us/articles/7010500320655-Why-messages-bounce-back)';
const VIRGIN_MEDIA = 'Virgin Media Community (staff announcement), "Email Spam Content Found error 550 - 554" (community.virginmedia.com/t5/Email/Email-Spam-Content-Found-error-550-554/td-p/3229831)';
const TELSTRA = 'Telstra CrowdSupport wiki, "Why is my email being blacklisted?" (crowdsupport.telstra.com.au/t5/broadband-nbn/why-is-my-email-being-blacklisted/ta-p/76234)';

const token = providerToken;

export const ISP_CODE_PHRASES: readonly TierEntry[] = [
  // Seznam.cz (seznam.cz, email.cz, post.cz): "szn; User hasn't got the service mapped" is its reply for an address
  // that has no mailbox there, also when the enhanced code is lost on the way.
  token('recipient-unknown', ["user hasn't got the service mapped"], SEZNAM),

  // Fastmail: its submission server refuses a message whose From header is not one of the account's own addresses
  // (or aliases), the same refusal as another provider's "not owned by user".
  token('sender-address-rejected', ['not authorised to send from this header address'], FASTMAIL),

  // Virgin Media Mail (virginmedia.com, ntlworld.com, blueyonder.co.uk): "550 / 554 5.2.0 Spam content found", its
  // spam filter's verdict on the message itself.
  token('remote-spam-content', ['spam content found'], VIRGIN_MEDIA),

  // Telstra BigPond: "BigPond Outbound [OB105. Connection refused. <ip> is listed on the Exploits Block List (XBL)",
  // the connecting IP is on Spamhaus's XBL (infected or exploited hosts), which Telstra checks.
  token('server-blocklisted', ['bigpond outbound [ob105', 'is listed on the exploits block list'], TELSTRA),
];
