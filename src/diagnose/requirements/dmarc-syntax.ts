/**
 * Whether a DMARC record is well formed (RFC 7489 §6.3, §6.4): the tags of
 * the standard with the values it allows. Tags the DMARCbis drafts
 * (draft-ietf-dmarc-dmarcbis) drop — pct, rf, ri — are a warning, not an
 * error: receivers still read the record. Tags neither knows are ignored by
 * receivers (RFC 7489 §6.3) and named as a warning. Pure.
 */
import type { Localized } from '../../kb/types';
import { loc } from '../finding-helpers';

interface DmarcSyntax {
  readonly errors: readonly Localized<string>[];
  readonly warnings: readonly Localized<string>[];
  /** p=, lower case, when it has an allowed value. */
  readonly policy?: 'none' | 'quarantine' | 'reject';
  /** The aggregate report addresses (rua=), as written. */
  readonly rua: readonly string[];
}

const POLICIES = new Set(['none', 'quarantine', 'reject']);
const DROPPED_BY_DMARCBIS = new Set(['pct', 'rf', 'ri']);
/** Tags DMARCbis adds; a record with them is not wrong. */
const ADDED_BY_DMARCBIS = new Set(['np', 'psd', 't']);
const KNOWN = new Set(['v', 'p', 'sp', 'rua', 'ruf', 'adkim', 'aspf', 'pct', 'fo', 'rf', 'ri']);

/** RFC 7489 §6.4: dmarc-uri = URI [ "!" 1*DIGIT [ "k" / "m" / "g" / "t" ] ]; in practice mailto: addresses. */
function validReportUri(uri: string): boolean {
  return /^mailto:[^\s@!,;]+@[a-z0-9.-]+\.[a-z0-9-]+(![0-9]+[kmgt]?)?$/i.test(uri) || /^https?:\/\/[^\s,;!]+(![0-9]+[kmgt]?)?$/i.test(uri);
}

/** The tags in order, values trimmed; a part without "=" is kept with value undefined so it can be named. */
function tagsInOrder(text: string): { name: string; value: string | undefined }[] {
  return text
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const eq = part.indexOf('=');
      return eq < 0 ? { name: part.toLowerCase(), value: undefined } : { name: part.slice(0, eq).trim().toLowerCase(), value: part.slice(eq + 1).trim() };
    });
}

export function checkDmarcSyntax(record: string): DmarcSyntax {
  const errors: Localized<string>[] = [];
  const warnings: Localized<string>[] = [];
  const tags = tagsInOrder(record);
  const wrong = (tag: string, value: string, allowed: string | Localized<string>): void => {
    const a = typeof allowed === 'string' ? loc(allowed, allowed) : allowed;
    errors.push(loc(`${tag}=${value} is geen geldige waarde (toegestaan: ${a.nl}).`, `${tag}=${value} is not a valid value (allowed: ${a.en}).`));
  };
  if (tags[0]?.name !== 'v' || tags[0].value !== 'DMARC1') {
    errors.push(loc('Het record moet beginnen met v=DMARC1 (hoofdletters zoals hier).', 'The record must start with v=DMARC1 (capitals as here).'));
  }
  const seen = new Set<string>();
  let policy: DmarcSyntax['policy'];
  let rua: string[] = [];
  for (const [index, { name, value }] of tags.entries()) {
    if (value === undefined) {
      errors.push(loc(`"${name}" is geen tag=waarde-paar.`, `"${name}" is not a tag=value pair.`));
      continue;
    }
    if (seen.has(name)) errors.push(loc(`De tag ${name} staat er twee keer in.`, `The tag ${name} appears twice.`));
    seen.add(name);
    if (name === 'v' && index !== 0) errors.push(loc('v=DMARC1 moet de eerste tag zijn.', 'v=DMARC1 must be the first tag.'));
    const lower = value.toLowerCase();
    switch (name) {
      case 'p':
      case 'sp':
        if (POLICIES.has(lower)) {
          if (name === 'p') policy = lower as DmarcSyntax['policy'];
        } else wrong(name, value, 'none, quarantine, reject');
        break;
      case 'adkim':
      case 'aspf':
        if (lower !== 'r' && lower !== 's') wrong(name, value, 'r, s');
        break;
      case 'pct':
        if (!/^\d{1,3}$/.test(value) || Number(value) > 100) wrong(name, value, '0-100');
        break;
      case 'ri':
        if (!/^\d{1,10}$/.test(value)) wrong(name, value, loc('een heel aantal seconden', 'a whole number of seconds'));
        break;
      case 'fo':
        if (!/^[01ds](\s*:\s*[01ds])*$/i.test(value)) wrong(name, value, '0, 1, d, s');
        break;
      case 'rf':
        if (!/^afrf(\s*:\s*afrf)*$/i.test(value)) wrong(name, value, 'afrf');
        break;
      case 'rua':
      case 'ruf': {
        const uris = value.split(',').map((u) => u.trim());
        for (const uri of uris) {
          if (!validReportUri(uri)) {
            errors.push(loc(`${name}=${uri} is geen geldig rapportadres (verwacht mailto:naam@domein).`, `${name}=${uri} is not a valid report address (expected mailto:name@domain).`));
          }
        }
        if (name === 'rua') rua = uris.filter(validReportUri);
        break;
      }
      default:
        break;
    }
    if (DROPPED_BY_DMARCBIS.has(name)) {
      warnings.push(loc(`De tag ${name} valt weg in de nieuwe DMARC-standaard (DMARCbis); ontvangers mogen hem negeren.`, `The tag ${name} is dropped by the new DMARC standard (DMARCbis); receivers may ignore it.`));
    } else if (!KNOWN.has(name) && !ADDED_BY_DMARCBIS.has(name)) {
      warnings.push(loc(`De tag ${name} bestaat niet in DMARC; ontvangers slaan hem over.`, `The tag ${name} does not exist in DMARC; receivers skip it.`));
    }
  }
  if (!seen.has('p')) errors.push(loc('De verplichte tag p= (het beleid) ontbreekt.', 'The required tag p= (the policy) is missing.'));
  return { errors, warnings, rua, ...(policy !== undefined ? { policy } : {}) };
}
