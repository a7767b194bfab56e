/**
 * spam-box-enabled: with cPanel's spam box on, mail SpamAssassin scores as
 * spam does not land in the inbox but in the "spam" folder — the usual answer
 * to "some mail sent to me never arrives" (seed: "Indien in Email >
 * SpamAssassin de spambox actief is kijk dan ook daar").
 */
import { accountEvidence, callFailed, couldNotCheck, loc, locSteps, ok, problem } from '../finding-helpers';
import type { AuditInput, DeliveryEvent, Finding, Subject } from '../model';
import { EVENTS_SOURCE, recordEvidence, SPAM_SOURCE } from './account-facts';

const ID = 'spam-box-enabled';
/** SpamAssassin's default required score: mail at or above it is spam. */
const SPAM_THRESHOLD = 5.0;
const MAX_EXAMPLES = 5;

/**
 * Track Delivery's `spamscore` is SpamAssassin's score, but some set-ups store
 * it ×10 as a whole number (53 for 5.3; reference/cpanel-api.md §3.1,
 * UNCONFIRMED which). Real scores carry decimals (rule weights such as 1.2,
 * 0.001), so a log with any fractional score is read as is. A log of whole
 * numbers with one of 50 or more is read as ×10: an unscaled 50 is all but
 * unheard of, and either way such a message is spam. Whole numbers below 50
 * are read as is — cPanel only logs a score when SpamAssassin flagged the
 * message ("detected message as spam (5.3)", §6.3), so they are spam as well.
 */
export function spamScale(scores: readonly number[]): 1 | 10 {
  const nonZero = scores.filter((s) => s !== 0);
  if (nonZero.some((s) => !Number.isInteger(s))) return 1;
  return nonZero.some((s) => s >= 50) ? 10 : 1;
}

export function checkSpamBox(input: AuditInput): Finding[] {
  const account: Subject = { kind: 'account', name: input.account.user };
  const { spam, events } = input.account;
  if (!spam.ok) return [couldNotCheck(ID, account, callFailed(spam))];
  const settings = spam.value;
  if (!settings.spamBoxEnabled || !settings.spamAssassinEnabled) {
    return [
      ok(ID, account, loc('De spambox staat uit: er wordt geen mail naar een aparte spammap verplaatst.', 'The spam box is off: no mail is moved to a separate spam folder.'), [
        accountEvidence(SPAM_SOURCE, 'spam_box_enabled', settings.spamBoxEnabled),
      ]),
    ];
  }
  if (!events.ok) return [couldNotCheck(ID, account, callFailed(events))];
  const incoming = events.value.events.filter((e) => e.direction === 'incoming' && e.spamScore !== null);
  const scale = spamScale(incoming.map((e) => e.spamScore!));
  const spammed = incoming.filter((e) => e.spamScore! / scale >= SPAM_THRESHOLD && e.outcome !== 'rejected' && e.outcome !== 'failed');
  if (spammed.length === 0) {
    return [
      ok(ID, account, loc('De spambox staat aan, maar recent is er geen binnenkomende mail als spam gemarkeerd.', 'The spam box is on, but no recent incoming mail was marked as spam.'), [
        accountEvidence(SPAM_SOURCE, 'spam_box_enabled', true),
      ]),
    ];
  }
  const byRecipient = new Map<string, DeliveryEvent[]>();
  for (const e of spammed) {
    const key = e.recipient?.toLowerCase() ?? input.account.user;
    byRecipient.set(key, [...(byRecipient.get(key) ?? []), e]);
  }
  return [...byRecipient.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([recipient, list]) => {
    const sorted = [...list].sort((a, b) => b.time - a.time);
    const scores = sorted.map((e) => `${e.sender ?? '?'}: ${Math.round((e.spamScore! / scale) * 10) / 10}`);
    const deleted =
      settings.autoDeleteEnabled && settings.autoDeleteScore !== null ? sorted.filter((e) => e.spamScore! / scale >= settings.autoDeleteScore!) : [];
    return problem(ID, 'info', { kind: 'mailbox', name: recipient }, {
      title: loc(`Mail voor ${recipient} staat mogelijk in de spammap`, `Mail for ${recipient} may be in the spam folder`),
      summary: loc(
        `De spambox staat aan en ${sorted.length} binnenkomende bericht(en) voor ${recipient} kregen een spamscore van ${SPAM_THRESHOLD} of hoger. Die berichten staan niet in de inbox maar in de map "spam".`,
        `The spam box is on and ${sorted.length} incoming message(s) for ${recipient} scored ${SPAM_THRESHOLD} or more as spam. Those messages are not in the inbox but in the "spam" folder.`,
      ),
      evidence: [
        accountEvidence(SPAM_SOURCE, 'spam_box_enabled', true),
        accountEvidence(EVENTS_SOURCE, `spam scores (read ×${scale === 10 ? '1/10' : '1'})`, scores.slice(0, MAX_EXAMPLES).join('; ')),
        ...(deleted.length > 0
          ? [
              {
                kind: 'note' as const,
                text: loc(
                  `Automatisch verwijderen staat aan vanaf score ${settings.autoDeleteScore}: ${deleted.length} van deze berichten zijn verwijderd, niet naar de spammap verplaatst.`,
                  `Auto-delete is on from score ${settings.autoDeleteScore}: ${deleted.length} of these messages were deleted, not moved to the spam folder.`,
                ),
              },
            ]
          : []),
        ...sorted.slice(0, MAX_EXAMPLES).map(recordEvidence),
      ],
      fix: {
        actor: 'account-owner',
        steps: locSteps(
          [
            `Kijk in de map "spam" van ${recipient} (in de webmail of je mailprogramma) of de gemiste berichten daar staan.`,
            'Markeer goede berichten als "geen spam" en zet vaste afzenders op de toegestane lijst in cPanel > Spamfilters.',
            'Komt er te veel goede mail in de spammap, verhoog dan in cPanel > Spamfilters de drempelscore.',
          ],
          [
            `Look in the "spam" folder of ${recipient} (in webmail or your mail program) for the missing messages.`,
            'Mark good messages as "not spam" and add regular senders to the allow list in cPanel > Spam Filters.',
            'If too much good mail ends up in the spam folder, raise the threshold score in cPanel > Spam Filters.',
          ],
        ),
        links: [],
      },
      count: sorted.length,
      firstSeen: Math.min(...sorted.map((e) => e.time)),
      lastSeen: Math.max(...sorted.map((e) => e.time)),
    });
  });
}
