/**
 * How the rows and fields a cPanel reply could not give become words in the
 * evidence: "1 of 12 mailboxes had no disk figures (info@…)". A check judges
 * every row that arrived whole and names the ones it could not judge, so one
 * odd row never turns a whole check into "could not check", and never into
 * a silent "all fine" either.
 */
import type { Localized } from '../kb/types';
import type { Evidence, Part } from './model';
import type { DataGap } from './observations';

/** The gaps an arrived part carries (none for a failed part). */
function gapsOf(part: Part<unknown>): readonly DataGap[] {
  return part.ok ? part.gaps ?? [] : [];
}

/** Gaps that concern one of the given fields of the reply. */
export function fieldGaps(part: Part<unknown>, fields: readonly string[]): readonly DataGap[] {
  return gapsOf(part).filter((g) => g.kind !== 'row-skipped' && g.fields.some((f) => fields.includes(f)));
}

export function skippedRows(part: Part<unknown>): readonly DataGap[] {
  return gapsOf(part).filter((g) => g.kind === 'row-skipped');
}

/** "a@x, b@x and 3 more": names of the rows concerned, short enough for a sentence. */
function subjectList(subjects: readonly (string | null)[], lang: 'nl' | 'en'): string {
  const named = [...new Set(subjects.filter((s): s is string => s !== null))];
  const shown = named.slice(0, 3).join(', ');
  const rest = named.length - 3;
  if (rest <= 0) return shown;
  return lang === 'nl' ? `${shown} en nog ${rest}` : `${shown} and ${rest} more`;
}

interface Nouns {
  /** Singular and plural, e.g. ["mailbox", "mailboxen"] / ["mailbox", "mailboxes"]. */
  readonly nl: readonly [string, string];
  readonly en: readonly [string, string];
}

/**
 * "1 of 12 mailboxes had no disk figures (info@x)": `count` of `total` rows,
 * what was wrong with them in both languages (the verb agrees with the count).
 */
export function gapNote(
  count: number,
  total: number,
  nouns: Nouns,
  what: { readonly nl: readonly [string, string]; readonly en: readonly [string, string] },
  subjects: readonly (string | null)[] = [],
): Evidence {
  const one = count === 1 ? 0 : 1;
  const names = (lang: 'nl' | 'en'): string => {
    const list = subjectList(subjects, lang);
    return list === '' ? '' : ` (${list})`;
  };
  const text: Localized<string> = {
    nl: `${count} van de ${total} ${nouns.nl[1]} ${what.nl[one]}${names('nl')}.`,
    en: `${count} of ${total} ${total === 1 ? nouns.en[0] : nouns.en[1]} ${what.en[one]}${names('en')}.`,
  };
  return { kind: 'note', text };
}

/** The note for rows a reply sent that named nothing usable and were left out. */
export function skippedRowsNote(part: Part<unknown>, kept: number, nouns: Nouns): Evidence[] {
  const skipped = skippedRows(part);
  if (skipped.length === 0) return [];
  const call = skipped[0]?.call ?? '';
  return [
    gapNote(skipped.length, kept + skipped.length, nouns, {
      nl: [`in het antwoord van ${call} kon niet worden gelezen en is overgeslagen`, `in het antwoord van ${call} konden niet worden gelezen en zijn overgeslagen`],
      en: [`in the reply of ${call} could not be read and was left out`, `in the reply of ${call} could not be read and were left out`],
    }),
  ];
}
