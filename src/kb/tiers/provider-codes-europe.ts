/**
 * The provider-code tier for European mailbox providers and ISPs: codes and fixed
 * phrases from their published references, each entry naming its source.
 */
import { providerToken, standalone } from './provider-token';
import type { TierEntry } from './tier-entry';

const STRATO = 'STRATO, "Fehlermeldungen bei E-Mails" / "Why are my emails not being delivered?" (strato.de/faq/mail/fehlermeldungen-bei-e-mails, strato-hosting.co.uk/faq/product/why-are-my-emails-not-being-delivered)';
const WEBDE = 'WEB.DE postmaster, "Error messages" (postmaster.web.de/error-messages, postmaster.web.de/de/fehlermeldungen)';
const SFR = 'Postmastery, "All about ISP: SFR and SMTP error codes SFR_IN_XXX" (postmastery.com/all-about-isp-sfr-and-smtp-error-codes-sfr_in_xxx), the SFR Grand Public code table';
const INTERIA = 'Interia Poczta, "Dlaczego wiadomość nie została dostarczona?" (pomoc.poczta.interia.pl/news-dlaczego-wiadomosc-nie-zostala-dostarczona,nId,6589600)';
const ARUBA_PEC = 'Aruba PEC, "Risoluzione agli errori comuni nell\'invio e nella ricezione della PEC" (guide.pec.it/posta-pec/faq-errori-comuni/errori-comuni/errori-comuni-durante-invio-ricezione-pec.aspx)';
const ITALIAONLINE = 'Libero Mail and Virgilio Mail (Italiaonline), "Messaggi di errore più frequenti dopo invio email" (aiuto.libero.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email, aiuto.virgilio.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email)';
const PROXIMUS = 'Proximus, "Your IP address is in our blacklist" (proximus.be/support/en/id_sfaqs_mail_blacklist/…/your-ip-address-is-in-our-blacklist.html; proximus.com/en/ipremoval/form)';

const token = providerToken;

export const EUROPE_CODE_PHRASES: readonly TierEntry[] = [
  // STRATO: "Refused by local policy. No SPAM please!" names in brackets what the content filter found. B-TEXT,
  // B-SCORE and B-EX: suspicious text; a suspected phishing attempt: content that looks like phishing (B-URL, a link
  // on Strato's complaint list, is a rule of its own). The bare sentence is left out: Strato also uses it for a
  // blocked sending server or sender.
  token('remote-spam-content', ['(b-text)', '(b-score)', '(b-ex)', 'suspected phishing attempt'], STRATO),
  // B-ATTACH: an attachment that may not be sent.
  token('message-content-rejected', ['(b-attach)'], STRATO),
  // B-EFROM-STRATO: a Strato domain in the envelope sender (return address) of mail that does not come from Strato.
  token('sender-address-rejected', ['b-efrom-strato'], STRATO),

  // WEB.DE (and GMX, the same platform): too many messages from the sending server in a short time, a deferral that
  // outranks the generic "Nemesis ESMTP Service not available" on the same reply.
  token('sender-rate-limited', ['too many messages have been received in a short period of time'], WEBDE),

  // SFR (sfr.fr, neuf.fr, numericable.fr …): SFR_IN_ and three digits, the last two naming why the sending IP is
  // blocked for two hours: 01 too much spam, 02 viruses, 03 SMTP errors, 04 too many unknown users, 05 volume.
  token('ip-reputation-throttled', ['sfr_in_'], SFR, { pattern: standalone('sfr_in_\\d0[1-5]') }),

  // Interia: the recipient has put the sender on their block list.
  token('recipient-filtered', ["recipient doesn't want your mail", 'recipient does not want your mail'], INTERIA),

  // Aruba PEC: a certified-mail (PEC) box that does not take ordinary, uncertified mail.
  token('recipient-filtered', ['non abilitato alla ricezione di posta non certificata'], ARUBA_PEC),

  // Libero and Virgilio: "RELAYING NOT ALLOWED (550 Relay Disabled)", relaying through the wrong SMTP server.
  token('relay-denied', ['relay disabled'], ITALIAONLINE),

  // Proximus: the sending IP is on Proximus's own block list after spam, mass mailing or too many connections.
  token('server-blocklisted', ['under investigation for spam abuse'], PROXIMUS),
];
