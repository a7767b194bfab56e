/**
 * The provider-code tier for e-mail security gateways and filtering
 * services: each entry's documented reply is recognised, and look-alikes
 * are not.
 */
import { SECURITY_GATEWAY_CODE_PHRASES } from '../../src/kb/tiers/provider-codes-security-gateways';
import { describeTierTable, type TierCase } from './tier-table';

const EXAMPLES: readonly TierCase[] = [
  // Barracuda Email Security Service, solution 00006386
  { text: '451 4.7.1 Possible Outbreak - try again later', id: 'greylisted', tier: 'provider-code', note: "Barracuda ESS: a 4xx deferral for 'Possible Outbreak', accepted on retry" },
  {
    text: 'SMTP error from remote mail server after end of data: 421 Possible Outbreak',
    id: 'greylisted',
    tier: 'provider-code',
    note: "Barracuda ESS: the 'Possible Outbreak' deferral after the message data",
  },
];

const NEAR_MISSES: readonly TierCase[] = [
  { text: '554 5.7.1 Message rejected: possible outbreak', id: 'receiver-policy', tier: 'status-code', note: "a permanent refusal naming an outbreak is no deferral that a retry clears" },
  { text: '451 4.7.1 Virus outbreak detected, try again later', id: 'virus-detected', tier: 'reason-phrase', note: "an outbreak of a virus is the virus scanner's verdict, not Barracuda's retry check" },
  { text: '451 4.7.1 Service temporarily unavailable, try again later', id: 'receiver-policy', tier: 'status-code', note: 'a deferral without the outbreak reason says nothing about a retry being accepted' },
];

describeTierTable('the security gateways provider-code tier', SECURITY_GATEWAY_CODE_PHRASES, EXAMPLES, NEAR_MISSES);
