/**
 * The provider-code tier for e-mail security gateways and filtering services
 * that stand in front of a recipient's mailboxes: the replies they give a
 * sending server, from their published references, each entry naming its
 * source.
 *
 * Only replies whose wording the product itself documents are here. What other tables or rules already read right is not
 * repeated (Barracuda Reputation and "Message content rejected", Cisco's SPF, DMARC and poor-reputation texts, Sophos
 * Email's XGEMAIL codes, MailMarshal's SpamProfiler refusal).
 */
import { providerToken } from './provider-token';
import type { TierEntry } from './tier-entry';

const BARRACUDA_OUTBREAK = 'Barracuda Email Security Service (Email Gateway Defense), "Why are messages being Deferred for reason \'Possible Outbreak\' within the ESS or the Cloud Protection Layer?", solution 00006386 (campus.barracuda.com/solution/501600000013SbiAAE)';

const token = providerToken;

export const SECURITY_GATEWAY_CODE_PHRASES: readonly TierEntry[] = [
  // Barracuda's cloud service defers a message that one sender sends to very many of its customers at once ("Possible
  // Outbreak") with a 4xx, and accepts it when the sending server retries: a deliberate first refusal, as with greylisting.
  // Only a deferral counts; a 5xx with these words is some other refusal.
  token('greylisted', ['possible outbreak'], BARRACUDA_OUTBREAK, { codes: [421, 450, 451, 452] }),
];
