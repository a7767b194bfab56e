/**
 * The provider-code tier for European mailbox providers and ISPs: each entry's
 * documented reply is recognised, and look-alikes are not.
 */
import { EUROPE_CODE_PHRASES } from '../../src/kb/tiers/provider-codes-europe';
import { describeTierTable, type TierCase } from './tier-table';

const EXAMPLES: readonly TierCase[] = [
  { text: '550 5.7.1 Refused by local policy. No SPAM please! (B-TEXT)', id: 'remote-spam-content', tier: 'provider-code', note: 'STRATO error messages: B-TEXT, suspicious text found' },
  { text: '550 5.7.1 Refused by local policy. No SPAM please! (B-SCORE)', id: 'remote-spam-content', tier: 'provider-code', note: 'STRATO error messages: B-SCORE, suspicious text found' },
  { text: '550 5.7.1 Refused by local policy. No SPAM please! (B-EX)', id: 'remote-spam-content', tier: 'provider-code', note: 'STRATO error messages: B-EX, suspicious text found' },
  { text: '550 5.7.1 Refused by local policy. No SPAM please! (Suspected phishing attempt)', id: 'remote-spam-content', tier: 'provider-code', note: 'STRATO error messages: content that suggests phishing' },
  { text: '550 5.7.1 Refused by local policy. No SPAM please! (B-ATTACH)', id: 'message-content-rejected', tier: 'provider-code', note: 'STRATO error messages: B-ATTACH, an attachment that may not be sent' },
  { text: "550 Forbidden domain 'strato.de' in Envelope-From (B-EFROM-STRATO)", id: 'sender-address-rejected', tier: 'provider-code', note: 'STRATO error messages: a Strato domain in the envelope sender' },
  { text: '421 web.de (mxweb113) Nemesis ESMTP Service not available Service unavailable Reject due to policy restrictions Please try again later. Too many messages have been received in a short period of time. Please try again in a few hours and reduce the sending rate.', id: 'sender-rate-limited', tier: 'provider-code', note: 'WEB.DE postmaster error messages: too many messages in a short time (not a block list)' },
  { text: '421 Too many messages have been received in a short period of time. Please try again in a few hours and reduce the sending rate.', id: 'sender-rate-limited', tier: 'provider-code', note: 'WEB.DE postmaster error messages: the rate limit without the server banner' },
  { text: '450 4.7.1 SFR_IN_101 Service refused due to bad behavior - Too many spam messages', id: 'ip-reputation-throttled', tier: 'provider-code', note: 'SFR_IN_101 (Postmastery SFR table): the sending IP blocked for too much spam' },
  { text: '450 4.7.1 SFR_IN_105 Service refused due to bad behavior', id: 'ip-reputation-throttled', tier: 'provider-code', note: 'SFR_IN_105 (Postmastery SFR table): the sending IP blocked for volume' },
  { text: '550 5.7.1 Recipient doesn\'t want your mail', id: 'recipient-filtered', tier: 'provider-code', note: 'Interia: the recipient has blocked the sender' },
  { text: '554 <jan@example.org>: Messaggio rifiutato dal sistema. Indirizzo destinatario sconosciuto o non abilitato alla ricezione di posta non certificata', id: 'recipient-filtered', tier: 'provider-code', note: 'Aruba PEC: a certified-mail box that takes no ordinary mail' },
  { text: '550 Relay Disabled', id: 'relay-denied', tier: 'provider-code', note: 'Libero / Virgilio error messages: RELAYING NOT ALLOWED (550 Relay Disabled)' },
  { text: '554 Access denied - Under investigation for spam abuse. Contact your email provider for more info', id: 'server-blocklisted', tier: 'provider-code', note: 'Proximus: the IP address is on its block list' },
  // Rules that know the same provider's codes stay more specific.
  { text: '550 5.7.1 Refused by local policy. No SPAM please! (B-URL)', id: 'strato-burl', tier: 'rule', note: 'STRATO B-URL is a rule of its own' },
];

const NEAR_MISSES: readonly TierCase[] = [
  { text: '550 5.7.1 Refused by local policy. No SPAM please!', id: 'receiver-policy', tier: 'reason-phrase', note: 'STRATO: the bare sentence also means a blocked server or sender, so it names no content verdict, only the policy' },
  { text: '550 sfr_in_101@example.org: rejected', id: 'unknown', tier: 'unknown', note: 'an SFR code inside an address is no code' },
  { text: '550 5.7.1 SFR_IN_109 Service refused', id: 'receiver-policy', tier: 'reason-phrase', note: 'an SFR_IN number outside the documented 01–05 reasons' },
  { text: '550 Message refused: see sfr_in_guide', id: 'receiver-policy', tier: 'reason-phrase', note: '"sfr_in_" without the three digits is no SFR code' },
  { text: '550 5.1.1 <b-text@example.org>: Recipient address rejected: User unknown', id: 'recipient-unknown', tier: 'rule', note: 'a Strato code word inside an address, without the brackets, is no Strato verdict' },
  { text: '550 5.7.1 Message rejected: the recipient does not want attachments', id: 'receiver-policy', tier: 'status-code', note: "another receiver's wording, not Interia's block-list reply" },
  { text: '421 Too many messages, slow down', id: 'sender-rate-limited', tier: 'reason-phrase', note: "without WEB.DE's full sentence this table does not read it; the reason words read a receiver asking the sending server to slow down" },
];

describeTierTable('the European provider-code tier', EUROPE_CODE_PHRASES, EXAMPLES, NEAR_MISSES);
