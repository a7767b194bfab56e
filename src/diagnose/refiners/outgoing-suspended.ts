/**
 * outgoing-suspended: names the mailbox (or the account) whose sending is
 * suspended and the switch that lifts it — after the password change, since
 * a suspension usually follows spam sent with a leaked password. When the
 * flags are off now, the suspension has been lifted since the log entries.
 */
import { loc, locSteps } from '../finding-helpers';
import { restrictionContext } from './outgoing-restriction';
import { fixWith, refine } from './refine-helpers';
import type { Refiner } from './refiner';

export const refineOutgoingSuspended: Refiner = (group, input, base) => {
  const state = restrictionContext(group, input, 'suspend');
  const { sender, support, evidence } = state;

  if (state.onAccount === true) {
    return refine(base, {
      severity: 'critical',
      evidence,
      summary: loc(
        `De blokkade staat op het hele hostingaccount ${input.account.user}, niet alleen op ${sender}.`,
        `The block is on the whole hosting account ${input.account.user}, not only on ${sender}.`,
      ),
      fix: fixWith(
        base,
        'hosting-provider',
        locSteps(
          [
            'Wijzig de wachtwoorden van de e-mailaccounts die veel verstuurden en controleer je computers en telefoons op malware.',
            `Vraag daarna ${support} om het verzenden voor account ${input.account.user} weer toe te staan; dat kan alleen de hostingprovider.`,
            'Verstuur daarna de weggegooide berichten opnieuw.',
          ],
          [
            'Change the passwords of the email accounts that sent a lot and check your computers and phones for malware.',
            `Then ask ${support} to allow sending again for account ${input.account.user}; only the hosting provider can do that.`,
            'Then send the discarded messages again.',
          ],
        ),
      ),
    });
  }
  if (state.onMailbox === true) {
    return refine(base, {
      severity: 'critical',
      evidence,
      fix: fixWith(
        base,
        'account-owner',
        locSteps(
          [
            `Wijzig eerst het wachtwoord van ${sender} (cPanel > E-mailaccounts > Beheren) en controleer de apparaten die dit account gebruiken op malware.`,
            `Kies daarna in cPanel > E-mailaccounts bij ${sender} Beheren (Manage) en zet onder Beperkingen (Restrictions) 'Uitgaande e-mail verzenden' weer op Toestaan.`,
            'Verstuur de berichten die zijn weggegooid opnieuw.',
          ],
          [
            `First change the password of ${sender} (cPanel > Email Accounts > Manage) and check the devices that use this account for malware.`,
            `Then in cPanel > Email Accounts choose Manage for ${sender} and set 'Send Outgoing Email' under Restrictions back to Allow.`,
            'Send the discarded messages again.',
          ],
        ),
      ),
    });
  }
  if (state.onMailbox === false && state.onAccount === false) {
    return refine(base, {
      severity: 'info',
      evidence,
      summary: loc(
        `Inmiddels mag ${sender} weer versturen: de blokkade is sindsdien opgeheven.`,
        `${sender} may send again now: the suspension has been lifted since.`,
      ),
      fix: fixWith(
        base,
        'account-owner',
        locSteps(
          [
            `Verstuur de berichten die tijdens de blokkade zijn weggegooid opnieuw vanaf ${sender}.`,
            `Is het wachtwoord van ${sender} nog niet gewijzigd na de blokkade, doe dat dan nu.`,
          ],
          [
            `Send the messages discarded during the suspension again from ${sender}.`,
            `If the password of ${sender} has not been changed since the suspension, do it now.`,
          ],
        ),
      ),
    });
  }
  return refine(base, { evidence });
};
