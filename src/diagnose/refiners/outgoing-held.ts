/**
 * outgoing-held: names the mailbox (or the account) whose outgoing mail is on
 * hold and how to release it; held mail then goes out by itself. When the
 * flags are off now, the hold has been released since the log entries.
 */
import { loc, locSteps } from '../finding-helpers';
import { restrictionContext } from './outgoing-restriction';
import { fixWith, refine } from './refine-helpers';
import type { Refiner } from './refiner';

export const refineOutgoingHeld: Refiner = (group, input, base) => {
  const state = restrictionContext(group, input, 'hold');
  const { sender, support, evidence } = state;

  if (state.onAccount === true) {
    return refine(base, {
      evidence,
      summary: loc(
        `De hold staat op het hele hostingaccount ${input.account.user}, niet alleen op ${sender}.`,
        `The hold is on the whole hosting account ${input.account.user}, not only on ${sender}.`,
      ),
      fix: fixWith(
        base,
        'hosting-provider',
        locSteps(
          [
            'Ga na waarom de hold is gezet: verstuurde een van je e-mailaccounts veel meer dan normaal, wijzig dan het wachtwoord en controleer je apparaten op malware.',
            `Vraag ${support} om de hold op account ${input.account.user} op te heffen (en eventuele spam eerst uit de wachtrij te halen); dat kan alleen de hostingprovider.`,
            'De vastgehouden berichten gaan daarna vanzelf weg; kijk in Bezorging volgen of ze zijn afgeleverd.',
          ],
          [
            'Find out why the hold was set: if one of your email accounts sent far more than usual, change its password and check your devices for malware.',
            `Ask ${support} to release the hold on account ${input.account.user} (and to remove any spam from the queue first); only the hosting provider can do that.`,
            'The held messages then go out by themselves; check Track Delivery to see them delivered.',
          ],
        ),
      ),
    });
  }
  if (state.onMailbox === true) {
    return refine(base, {
      evidence,
      fix: fixWith(
        base,
        'account-owner',
        locSteps(
          [
            `Ga na waarom de hold op ${sender} is gezet. Verstuurde het veel meer dan normaal, wijzig dan eerst het wachtwoord en controleer je apparaten op malware.`,
            `Kies in cPanel > E-mailaccounts bij ${sender} Beheren (Manage) en zet onder Beperkingen (Restrictions) 'Uitgaande e-mail verzenden' van Vasthouden (Hold) op Toestaan.`,
            `De vastgehouden berichten van ${sender} gaan daarna vanzelf weg. Staat er spam tussen, vraag dan ${support} die eerst uit de wachtrij te halen.`,
          ],
          [
            `Find out why the hold on ${sender} was set. If it sent far more than usual, first change its password and check your devices for malware.`,
            `In cPanel > Email Accounts choose Manage for ${sender} and change 'Send Outgoing Email' under Restrictions from Hold to Allow.`,
            `The held messages of ${sender} then go out by themselves. If spam is among them, ask ${support} to remove it from the queue first.`,
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
        `Inmiddels is de hold op ${sender} opgeheven; de vastgehouden berichten zijn daarna vanzelf verstuurd.`,
        `The hold on ${sender} has been released since; the held messages were then sent by themselves.`,
      ),
      fix: fixWith(
        base,
        'account-owner',
        locSteps(
          [`Kijk in cPanel bij Bezorging volgen of de vastgehouden berichten van ${sender} zijn afgeleverd.`],
          [`In cPanel, check Track Delivery to see whether the held messages of ${sender} were delivered.`],
        ),
      ),
    });
  }
  return refine(base, { evidence });
};
