/**
 * The sender-requirements card for every mail domain that sends: one row per
 * requirement of the provider profile, each with the refusals in the delivery
 * records that name it ("Gmail said 5.7.26 on 3 December; your DMARC record
 * is missing"). Pure: what the audit collected, plus what the connection
 * probe saw on port 25 when it ran.
 */
import { REQUIREMENT_IDS, type RequirementId } from '../../config/sender-requirements';
import { sendingDomains } from '../checks/dmarc';
import { domainOf } from '../event-groups';
import { loc } from '../finding-helpers';
import type { AuditInput } from '../model';
import { alignmentRow, dkimRow, dmarcRow, spfRow, type RowJudgement } from './auth-rows';
import type { DomainRequirements, Port25Observation, RequirementRejection, RequirementRow } from './model';
import { requirementRejection, type RejectionHit } from './rejections';
import { bulkRow, heloRow, ptrRow, tlsRow } from './server-rows';
import { dayInWords, PROVIDER_NAMES, REQUIREMENT_TITLES } from './words';

interface Refusal extends RejectionHit {
  readonly time: number;
  readonly domain: string | null;
}

function refusals(input: AuditInput): Refusal[] {
  if (!input.account.events.ok) return [];
  return input.account.events.value.events.flatMap((event) => {
    const hit = requirementRejection(event);
    return hit === undefined ? [] : [{ ...hit, time: event.time, domain: event.accountDomain ?? domainOf(event.sender) }];
  });
}

/** A refusal goes to the first row it names that is not met, else to the first row it names. */
function rowFor(hit: RejectionHit, judged: ReadonlyMap<RequirementId, RowJudgement>): RequirementId {
  return hit.rows.find((id) => judged.get(id)?.status === 'not-met') ?? hit.rows[0]!;
}

/** A sentence continued after a semicolon: "The SPF record …" becomes "the SPF record …" (a name at the start stays as it is). */
function continuing(sentence: string): string {
  return /^[A-Z][a-z]/.test(sentence) ? sentence[0]!.toLowerCase() + sentence.slice(1) : sentence;
}

function rejectionsOf(id: RequirementId, row: RowJudgement, list: readonly Refusal[], judged: ReadonlyMap<RequirementId, RowJudgement>): RequirementRejection[] {
  const groups = new Map<string, { hit: Refusal; count: number; lastSeen: number }>();
  for (const r of list) {
    if (rowFor(r, judged) !== id) continue;
    const key = `${r.provider} ${r.code}`;
    const g = groups.get(key);
    if (g === undefined) groups.set(key, { hit: r, count: 1, lastSeen: r.time });
    else {
      g.count++;
      g.lastSeen = Math.max(g.lastSeen, r.time);
    }
  }
  const first = row.evidence[0];
  const ours = first === undefined ? undefined : loc(continuing(first.nl), continuing(first.en));
  return [...groups.values()]
    .sort((a, b) => b.lastSeen - a.lastSeen)
    .map(({ hit, count, lastSeen }) => {
      const who = PROVIDER_NAMES[hit.provider];
      const day = dayInWords(lastSeen);
      const times = count > 1 ? loc(` (${count} keer)`, ` (${count} times)`) : loc('', '');
      const side =
        row.status === 'not-met' && ours !== undefined
          ? loc(`; ${ours.nl}`, `; ${ours.en}`)
          : row.status === 'met'
            ? loc('; nu is hier aan voldaan, dus het is waarschijnlijk al hersteld of het ligt aan iets dat hier niet te zien is.', '; this is met now, so it was probably fixed since or lies in something not visible from here.')
            : loc('; dit kon hier niet worden gecontroleerd.', '; this could not be checked from here.');
      return {
        provider: hit.provider,
        code: hit.code,
        lastSeen,
        count,
        text: loc(`${who} zei ${hit.code} op ${day.nl}${times.nl}${side.nl}`, `${who} said ${hit.code} on ${day.en}${times.en}${side.en}`),
      };
    });
}

export function evaluateRequirements(input: AuditInput, port25?: readonly Port25Observation[]): DomainRequirements[] {
  const req = input.profile.senderRequirements;
  const domains = sendingDomains(input);
  if (domains === undefined) return [];
  const ptr = ptrRow(input);
  const server = { ptr, helo: heloRow(input, port25, ptr), tls: tlsRow(port25), bulk: bulkRow(req) };
  const all = refusals(input);
  return domains.map((domain) => {
    const spf = spfRow(input, domain, req);
    const dkim = dkimRow(input, domain, req);
    const judged = new Map<RequirementId, RowJudgement>([
      ['spf', spf],
      ['dkim', dkim],
      ['dmarc', dmarcRow(input, domain)],
      ['alignment', alignmentRow(domain, spf, dkim)],
      ...Object.entries(server).map(([id, row]) => [id as RequirementId, row] as const),
    ]);
    // A refusal of mail from another domain of the account is that domain's; one without a domain is the server's (every domain's).
    const mine = all.filter((r) => r.domain === null || r.domain === domain);
    const rows: RequirementRow[] = REQUIREMENT_IDS.map((id) => {
      const row = judged.get(id)!;
      const definition = req.definitions[id];
      return {
        ...row,
        title: REQUIREMENT_TITLES[id],
        providers: definition.providers,
        sources: definition.sources,
        links: row.links ?? [],
        rejections: rejectionsOf(id, row, mine, judged),
      };
    });
    return { domain, rows };
  });
}
