/** Where in the SMTP dialogue a failure happened, in words for people (both languages). */
import type { Lang, Stage } from '../kb/types';

const STAGE_WORDS: Readonly<Partial<Record<Stage, Readonly<Record<Lang, string>>>>> = {
  connect: { nl: 'bij het verbinden', en: 'on connecting' },
  helo: { nl: 'bij de begroeting (HELO/EHLO)', en: 'at the greeting (HELO/EHLO)' },
  'mail-from': { nl: 'na MAIL FROM (de afzender)', en: 'after MAIL FROM (the sender)' },
  'rcpt-to': { nl: 'na RCPT TO (de ontvanger)', en: 'after RCPT TO (the recipient)' },
  data: { nl: 'na DATA', en: 'after DATA' },
  'end-of-data': { nl: 'na het einde van het bericht (de inhoud)', en: 'after the end of the message (its content)' },
  routing: { nl: 'bij het routeren', en: 'while routing' },
  local: { nl: 'op de eigen server', en: 'on the own server' },
  client: { nl: 'in het mailprogramma', en: 'in the mail program' },
};

export function stageWords(stage: string | null | undefined, lang: Lang): string | undefined {
  if (stage === null || stage === undefined) return undefined;
  return (STAGE_WORDS as Record<string, Readonly<Record<Lang, string>> | undefined>)[stage]?.[lang];
}
