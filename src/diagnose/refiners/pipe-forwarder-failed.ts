/** pipe-forwarder-failed: names the forwarder that pipes mail to a program, and the program. */
import { accountEvidence, callFailed, loc, locSteps } from '../finding-helpers';
import { FORWARDERS_SOURCE, forwarderText, pipeProgram } from '../checks/account-facts';
import type { Refiner } from './refiner';

export const refinePipeForwarderFailed: Refiner = (group, input, base) => {
  const recipient = group.subject.name;
  const { forwarders } = input.account;
  if (!forwarders.ok) return { ...base, evidence: [...base.evidence, { kind: 'note', text: callFailed(forwarders) }] };
  const pipes = forwarders.value.filter((f) => f.kind === 'pipe');
  // The failing address first; another pipe forwarder is only a candidate.
  const own = pipes.filter((f) => f.source.toLowerCase() === recipient);
  const chosen = own.length > 0 ? own : pipes;
  if (chosen.length === 0) {
    return {
      ...base,
      evidence: [
        ...base.evidence,
        { kind: 'note', text: loc('Er staat nu geen doorstuuradres naar een programma (pipe) op dit account.', 'There is no forwarder to a program (pipe) on this account now.') },
      ],
    };
  }
  const names = chosen.map(forwarderText).join('; ');
  const programs = [...new Set(chosen.map((f) => pipeProgram(f.destination)))].join(', ');
  return {
    ...base,
    summary: loc(
      `${base.summary.nl} Het gaat om ${names}.`,
      `${base.summary.en} It is ${names}.`,
    ),
    evidence: [...base.evidence, ...chosen.map((f) => accountEvidence(FORWARDERS_SOURCE, 'pipe forwarder', forwarderText(f)))],
    fix: {
      actor: 'account-owner',
      steps: locSteps(
        [
          `Het doorstuuradres ${names} geeft de mail aan het programma ${programs}.`,
          `Controleer of ${programs} nog bestaat, uitvoerbaar is (rechten 755) en bovenaan de juiste interpreter noemt (bijvoorbeeld #!/usr/bin/php -q); een exitcode 127 betekent meestal dat het programma of de interpreter niet gevonden wordt.`,
          `Gebruik je het script niet meer, verwijder dan in cPanel > Doorstuuradressen het doorstuuradres van ${chosen.map((f) => f.source).join(', ')} of laat het naar een gewone mailbox wijzen.`,
        ],
        [
          `The forwarder ${names} hands the mail to the program ${programs}.`,
          `Check that ${programs} still exists, is executable (permissions 755) and names the right interpreter on its first line (for example #!/usr/bin/php -q); exit code 127 usually means the program or its interpreter cannot be found.`,
          `If you no longer use the script, delete the forwarder of ${chosen.map((f) => f.source).join(', ')} in cPanel > Forwarders or point it to a normal mailbox.`,
        ],
      ),
      links: base.fix?.links ?? [],
    },
  };
};
