/**
 * Reads the Diagnostic-Code field of a delivery status notification
 * (RFC 3464 §2.3.6): the remote server's own reply, with the field's folded
 * continuation lines (RFC 5322 folding) joined and its type ("smtp;") cut off.
 */
const DIAGNOSTIC_CODE = /^Diagnostic-Code:[ \t]*(?:smtp;|X-[^;]*;)?[ \t]*(.*(?:\r?\n[ \t]+.*)*)/im;

export function diagnosticCodeField(message: string): string | undefined {
  const m = DIAGNOSTIC_CODE.exec(message);
  const value = m?.[1]?.replace(/\s+/g, ' ').trim();
  return value === '' ? undefined : value;
}
