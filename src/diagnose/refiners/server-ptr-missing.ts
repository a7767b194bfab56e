/**
 * server-ptr-missing (text): a receiver refused the server for its reverse
 * DNS. Adds the live PTR (with its forward check) and cPanel's PTR state of
 * every sending IP; the hosting provider sets PTR records.
 */
import { callFailed, loc } from '../finding-helpers';
import { assessPtr, ptrFix } from '../checks/server-ptr';
import type { Refiner } from './refiner';
import { crossCheckFailed, refine } from './refine-helpers';

export const refineServerPtrMissing: Refiner = (_group, input, base) => {
  if (!input.server.ips.ok) return crossCheckFailed(base, callFailed(input.server.ips));
  const assessed = input.server.ips.value.map((ip) => ({ ip, a: assessPtr(input, ip) }));
  const evidence = assessed.flatMap(({ a }) => a.evidence);
  const broken = assessed.find(({ a }) => a.issues.length > 0);
  if (broken !== undefined) {
    return refine(base, {
      evidence,
      summary: loc(broken.a.issues.map((i) => i.nl).join(' '), broken.a.issues.map((i) => i.en).join(' ')),
      fix: { ...ptrFix(input, broken.ip, broken.a), links: base.fix?.links ?? [] },
    });
  }
  const unknown = assessed.find(({ a }) => a.unknowns.length > 0);
  if (unknown !== undefined) {
    return crossCheckFailed({ ...base, fix: base.fix !== undefined ? { ...base.fix, actor: 'hosting-provider' } : base.fix }, unknown.a.unknowns[0]!, evidence);
  }
  const ips = assessed.map(({ ip }) => ip).join(', ');
  return refine(base, {
    evidence,
    severity: 'warning',
    summary: loc(
      `Nu heeft ${ips} wel een geldige reverse DNS: die is inmiddels hersteld, of de ontvanger keek naar een ander IP-adres. Verstuur het bericht opnieuw; komt de melding terug, stuur de bounce dan naar ${input.profile.name}.`,
      `Now ${ips} does have valid reverse DNS: it has been fixed since, or the receiver looked at another IP address. Send the message again; if the refusal comes back, send the bounce to ${input.profile.name}.`,
    ),
    ...(base.fix !== undefined ? { fix: { ...base.fix, actor: 'hosting-provider' as const } } : {}),
  });
};
