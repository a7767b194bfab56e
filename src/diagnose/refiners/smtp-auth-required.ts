/**
 * smtp-auth-required: the server refused to relay because the mail program
 * did not log in. Whether the sender is a mailbox here decides the fix: a
 * mailbox only needs authentication switched on with the settings cPanel
 * gives for it (Email::get_client_settings); an address that is no mailbox
 * cannot log in at all.
 */
import { accountEvidence, callFailed, loc, locSteps } from '../finding-helpers';
import type { Evidence } from '../model';
import { CLIENT_SETTINGS_SOURCE, findMailbox, MAILBOXES_SOURCE } from '../checks/account-facts';
import { fixWith, refine } from './refine-helpers';
import type { Refiner } from './refiner';

export const refineSmtpAuthRequired: Refiner = (group, input, base) => {
  const sender = group.events[0]?.sender?.toLowerCase() ?? null;
  const { mailboxes, clientSettings } = input.account;
  const evidence: Evidence[] = [];

  let host = input.profile.mailServer;
  let port = input.profile.smtpPort;
  if (clientSettings.ok && clientSettings.value !== null) {
    host = clientSettings.value.outgoing.host;
    port = clientSettings.value.outgoing.port;
    evidence.push(accountEvidence(CLIENT_SETTINGS_SOURCE, 'smtp_host / smtp_port', `${host}:${port}`));
  } else if (!clientSettings.ok) {
    evidence.push({ kind: 'note', text: callFailed(clientSettings) });
  }

  if (!mailboxes.ok || sender === null) {
    if (!mailboxes.ok) evidence.push({ kind: 'note', text: callFailed(mailboxes) });
    return refine(base, { evidence });
  }
  const mailbox = findMailbox(mailboxes.value, sender);
  evidence.push(accountEvidence(MAILBOXES_SOURCE, `${sender} exists`, mailbox !== undefined));
  if (mailbox === undefined) {
    return refine(base, {
      evidence,
      summary: loc(
        `Het afzenderadres ${sender} bestaat niet als mailbox op dit account, dus er kan ook niet mee worden ingelogd.`,
        `The sender address ${sender} does not exist as a mailbox on this account, so it cannot log in either.`,
      ),
      fix: fixWith(
        base,
        'account-owner',
        locSteps(
          [
            `Maak ${sender} aan in cPanel > E-mailaccounts, of verstuur vanaf een mailbox die wel bestaat.`,
            `Zet in je mailprogramma bij de uitgaande server 'Uitgaande server vereist authenticatie' aan, met het volledige e-mailadres en het wachtwoord van die mailbox.`,
            `Gebruik als uitgaande server ${host}, poort ${port} met SSL/TLS.`,
          ],
          [
            `Create ${sender} in cPanel > Email Accounts, or send from a mailbox that does exist.`,
            `In your mail program, turn on 'My outgoing server requires authentication' for the outgoing server, with the full email address and password of that mailbox.`,
            `Use ${host} as the outgoing server, port ${port} with SSL/TLS.`,
          ],
        ),
      ),
    });
  }
  return refine(base, {
    evidence,
    fix: fixWith(
      base,
      'account-owner',
      locSteps(
        [
          `Open in je mailprogramma de instellingen van de uitgaande server (SMTP) van ${sender}.`,
          `Zet 'Uitgaande server vereist authenticatie' aan, met dezelfde gebruikersnaam (${sender}) en hetzelfde wachtwoord als voor de inkomende mail.`,
          `Gebruik als server ${host}, poort ${port} met SSL/TLS.`,
          'Test het versturen via de webmail: lukt dat wel, dan zit het probleem in de instellingen van je mailprogramma.',
        ],
        [
          `In your mail program, open the outgoing server (SMTP) settings of ${sender}.`,
          `Turn on 'My outgoing server requires authentication' with the same user name (${sender}) and password as for incoming mail.`,
          `Use server ${host}, port ${port} with SSL/TLS.`,
          'Try sending from webmail: if that works, the problem is in your mail program’s settings.',
        ],
      ),
    ),
  });
};
