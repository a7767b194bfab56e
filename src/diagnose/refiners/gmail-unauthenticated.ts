/** gmail-unauthenticated: Gmail saw neither SPF nor DKIM pass; show the sender domain's state and the fix that fits. */
import { loc, locSteps } from '../finding-helpers';
import type { Refiner } from './refiner';
import { fixWith, refine } from './refine-helpers';
import { senderAuth } from './sender-authentication';

export const refineGmailUnauthenticated: Refiner = (group, input, base) => {
  const domain = group.subject.name;
  const auth = senderAuth(input, domain);
  const nl = [...auth.steps.nl, 'Verstuur het bericht daarna opnieuw; een geweigerde mail komt niet vanzelf alsnog aan.'];
  const en = [...auth.steps.en, 'Then send the message again; a refused message is not delivered later by itself.'];
  return refine(base, {
    evidence: auth.evidence,
    summary: auth.own ? auth.summary : loc(`${domain} is geen domein van dit account.`, `${domain} is not a domain of this account.`),
    fix: fixWith(base, 'account-owner', locSteps(nl, en), auth.record),
  });
};
