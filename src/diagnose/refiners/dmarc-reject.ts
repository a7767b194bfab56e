/**
 * dmarc-reject: the sender domain's DMARC policy made the receiver refuse
 * the message. Shows the live policy, SPF and DKIM, and the fix that fits.
 */
import { loc, locSteps } from '../finding-helpers';
import type { Refiner } from './refiner';
import { fixWith, refine } from './refine-helpers';
import { senderAuth } from './sender-authentication';

export const refineDmarcReject: Refiner = (group, input, base) => {
  const domain = group.subject.name;
  const auth = senderAuth(input, domain);
  const policy = auth.dmarc.policy;
  const policyWords =
    policy !== undefined
      ? loc(`Het live DMARC-record (${auth.dmarc.recordName}) zegt p=${policy}.`, `The live DMARC record (${auth.dmarc.recordName}) says p=${policy}.`)
      : undefined;
  const nl = [...auth.steps.nl];
  const en = [...auth.steps.en];
  if (!auth.own) {
    nl.push(`${domain} is geen domein van dit account: gebruik je eigen adres als afzender en zet het andere adres bij Antwoorden-aan.`);
    en.push(`${domain} is not a domain of this account: use your own address as sender and put the other address in Reply-To.`);
  }
  nl.push('Verstuur het bericht daarna opnieuw.');
  en.push('Then send the message again.');
  const summaries = [policyWords, auth.own ? auth.summary : undefined].filter((s) => s !== undefined);
  return refine(base, {
    evidence: auth.evidence,
    ...(summaries.length > 0 ? { summary: loc(summaries.map((s) => s.nl).join(' '), summaries.map((s) => s.en).join(' ')) } : {}),
    fix: fixWith(base, 'account-owner', locSteps(nl, en), auth.record),
  });
};
