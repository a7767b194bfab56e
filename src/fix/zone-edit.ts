/**
 * Turns a TXT change into the `DNS::mass_edit_zone` arguments for the zone as
 * it is now. Refuses (with words) when the zone no longer holds what the
 * change starts from: someone edited it since the audit, and overwriting
 * their record would not be safe.
 */
import type { StoredZone } from '../diagnose/observations';
import type { Localized } from '../kb/types';
import type { ZoneTxtChange } from './fix-action';

type ZoneEditArgs = { readonly zone: string; readonly serial: string; readonly add?: string[]; readonly edit?: string[]; readonly remove?: number[] };

const FAMILY: Record<ZoneTxtChange['family'], RegExp> = { spf: /^v=spf1(\s|$)/i, dmarc: /^v=DMARC1(\s*;|\s*$)/i };

/** TXT character-strings are at most 255 octets (RFC 1035 §3.3.14): a longer record is split. */
function chunks(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += 255) out.push(text.slice(i, i + 255));
  return out.length > 0 ? out : [''];
}

export function zoneEditFor(zone: StoredZone, change: ZoneTxtChange): { ok: true; args: ZoneEditArgs } | { ok: false; reason: Localized<string> } {
  const name = change.name.toLowerCase();
  const here = zone.records.filter((r) => r.type === 'TXT' && r.name === name && FAMILY[change.family].test(r.data.join('')));
  const label = change.family === 'spf' ? 'SPF' : 'DMARC';
  const base = { zone: zone.zone, serial: zone.serial };
  const item = (extra: Record<string, unknown>) => JSON.stringify({ ...extra, dname: `${name}.`, ttl: 14400, record_type: 'TXT', data: chunks(change.to ?? '') });
  if (change.from === null) {
    if (here.length > 0) {
      return {
        ok: false,
        reason: {
          nl: `${name} heeft inmiddels al een ${label}-record (${here[0]?.data.join('')}); er wordt geen tweede toegevoegd.`,
          en: `${name} already has a ${label} record now (${here[0]?.data.join('')}); no second one is added.`,
        },
      };
    }
    return change.to === null ? { ok: true, args: base } : { ok: true, args: { ...base, add: [item({})] } };
  }
  const match = here.filter((r) => r.data.join('') === change.from);
  if (match.length !== 1 || here.length !== 1) {
    const now = here.map((r) => r.data.join('')).join(' | ') || '—';
    return {
      ok: false,
      reason: {
        nl: `Het ${label}-record van ${name} is sinds de wijziging aangepast (nu: ${now}); het wordt niet overschreven.`,
        en: `The ${label} record of ${name} has changed since the fix (now: ${now}); it is not overwritten.`,
      },
    };
  }
  const line = (match[0] as { lineIndex: number }).lineIndex;
  return change.to === null ? { ok: true, args: { ...base, remove: [line] } } : { ok: true, args: { ...base, edit: [item({ line_index: line })] } };
}
