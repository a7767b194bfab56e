/**
 * Where in the SMTP dialogue a bounce says the failure happened, in the
 * wordings of the report formats: Postfix "(in reply to RCPT TO command)",
 * Exim "after RCPT TO", a Sendmail/Courier transcript ">>> RCPT TO:", qmail's
 * "does not like recipient", GMX's "after RCPT command" … A transcript's
 * ">>> DATA" is not taken as the stage: with pipelining, the RCPT TO refusals
 * are shown after it.
 */
import type { Stage } from '../kb/types';

const STAGE_WORDS: ReadonlyArray<readonly [RegExp, Stage]> = [
  // Exchange 2003's NDR ("The recipient name is not recognized", MSEXCH:IMS) is its directory's verdict on the address, before any delivery.
  [/in reply to (?:the )?rcpt to command|after (?:pipelined )?rcpt(?: to| command)|does not like recipient|smtp:rcpt host|the recipient name is not recognized|>>> ?rcpt to|\[rcpt_to\]|rcpt to response/i, 'rcpt-to'],
  [/in reply to (?:the )?end of data command|after end of data|after sending data block|\[end_of_data\]/i, 'end-of-data'],
  [/in reply to (?:the )?data command|after (?:pipelined )?data\b/i, 'data'],
  [/in reply to (?:the )?mail from command|after (?:pipelined )?mail from|>>> ?mail from|\[mail_from\]/i, 'mail-from'],
  [/in reply to (?:the )?(?:ehlo|helo|starttls) command|after (?:ehlo|helo|starttls)\b|>>> ?(?:ehlo|helo)\b/i, 'helo'],
  [/after initial connection|while connecting to|connection refused|connection timed out|in reply to initial greeting|conversation with [^\n]* timed out while receiving the initial server greeting/i, 'connect'],
];

/** One alternation: the earliest wording wins, found in a single scan. */
/** Postfix folds its "(in reply to RCPT TO command)" over lines: a space in a wording stands for any white space. */
const ANY_STAGE = new RegExp(STAGE_WORDS.map(([pattern]) => `(${pattern.source.replace(/ /g, '\\s+')})`).join('|'), 'i');

export function stageOf(text: string): Stage | undefined {
  const m = ANY_STAGE.exec(text);
  if (m === null) return undefined;
  for (let i = 0; i < STAGE_WORDS.length; i += 1) if (m[i + 1] !== undefined) return STAGE_WORDS[i]![1];
  return undefined;
}
