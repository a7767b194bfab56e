/**
 * Tidies a delivery text for matching: control and bidi characters become
 * spaces, white space runs become one space, the ends are trimmed. Shared by
 * the reply parser and anything else that reads pasted or logged text.
 */
// Control characters other than tab/newline become spaces; a lone surrogate or
// replacement character is kept (it is text the person may want to see).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/**
 * White space that is not already a single space: a run, or one tab or
 * newline. Replacing only these leaves the ordinary spaces alone, which is
 * many times cheaper than rewriting every space of a long reply.
 */
const UNTIDY_SPACE = /\s{2,}|[^\S ]/g;
/** Anything other than printable text and single spaces: control characters, other white space, bidi controls. */
const UNTIDY_CHAR = /[\u0000-\u001f\u007f-\u00a0\u1680-\uffff]/;

/**
 * Decides whether the slow clean-up is needed: most lines are printable
 * ASCII, single-spaced and trimmed. Native searches (`includes`, one
 * character class) read a line several times faster than a loop over its
 * character codes.
 */
function isTidy(text: string): boolean {
  if (text.length === 0) return true;
  if (text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32) return false;
  return !text.includes('  ') && !UNTIDY_CHAR.test(text);
}

export function normaliseText(input: string): string {
  if (isTidy(input)) return input;
  return input.replace(CONTROL, ' ').replace(UNTIDY_SPACE, ' ').trim();
}


/** A literal backslash-n that an Exim log line writes for a line break of the quoted reply. */
const LOGGED_BREAK = /\\n/g;
/** Outside a log line, only a literal "\n" before a reply code or white space is a line break ("C:\new" is a path). */
const PASTED_BREAK = /\\n(?=[2-5]\d\d[- .]|\s|$)/g;

/**
 * Turns the literal "\n" of a logged or pasted reply into a space, so that a
 * phrase split over two reply lines is one phrase again. `inLogLine`: the
 * text is an Exim main-log line, which escapes every line break this way.
 */
export function unescapeLineBreaks(text: string, inLogLine: boolean): string {
  if (!text.includes('\\n')) return text;
  return text.replace(inLogLine ? LOGGED_BREAK : PASTED_BREAK, ' ');
}

/** Words of qmail-send's log lines, whose reply text writes each space as "_" and each line break as "/". */
const QMAIL_LOG = /_does_not_like_(?:recipient|sender)\.|_host_said:_/;

/**
 * qmail-send's log ("failure: 192.0.2.1_does_not_like_recipient./Remote_host_said:_550_…") in plain words: its
 * underscores as spaces (not inside an <address>, where "_" is the address's own) and "./" as a sentence end.
 */
export function unescapeQmailLog(text: string): string {
  // Every reply and log line passes here: two substring searches rule out almost all of them for a few nanoseconds,
  // where the pattern alone cost a tenth of parsing a reply.
  if (!(text.includes('_said:_') || text.includes('_does_not_like_')) || !QMAIL_LOG.test(text)) return text;
  return text.replace(/<[^<>\s]*>|[^<]+/g, (part) => (part.startsWith('<') ? part : part.replace(/_/g, ' ').replace(/\.\//g, '. ')));
}
