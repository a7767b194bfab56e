/**
 * The one gate between attacker-controlled text (cPanel fields and error
 * texts, mail, DNS, stored history) and a terminal. Control characters (C0,
 * DEL, C1) can move the cursor, rewrite earlier lines, set the window title
 * or answer back; bidi controls make a line read differently than it is.
 * Every path that prints to a terminal goes through here.
 */

const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_AND_BREAKS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
/** What JSON.stringify leaves as it is but a terminal still obeys: DEL, C1, bidi controls, line separators. */
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** Multi-line text for a terminal: new lines and tabs stay, every other control becomes a space. */
export function forTerminal(text: string): string {
  return text.replace(CONTROLS, ' ');
}

/** One line for a terminal (a name in a progress bar, an error message): line breaks become spaces too. */
export function lineForTerminal(text: string): string {
  return text.replace(CONTROLS_AND_BREAKS, ' ');
}

/** JSON.stringify, with the characters it leaves raw written as \u escapes: the same value, nothing a terminal obeys. */
export function jsonForTerminal(value: unknown): string {
  return JSON.stringify(value).replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** An error message for stderr: `mail-doctor: …` on one clean line. */
export function errorLine(message: string): string {
  return `mail-doctor: ${lineForTerminal(message)}\n`;
}
