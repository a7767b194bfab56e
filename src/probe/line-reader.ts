/**
 * Reads CRLF-terminated lines from a socket with a deadline per read and a
 * cap on what one connection may send us: a server that talks forever, or
 * never ends a line, cannot make the probe wait or grow without bound.
 * Part of the connection edge.
 */
import type { Duplex } from 'node:stream';

export type LineResult =
  | { readonly ok: true; readonly line: string }
  | { readonly ok: false; readonly kind: 'timeout' | 'closed' | 'too-long' | 'error'; readonly detail: string };

export interface ReadLimits {
  /** Longest line accepted (RFC 5321 §4.5.3.1.5 allows 512 for a reply line; IMAP lines run longer). */
  readonly maxLineBytes: number;
  /** All bytes read from one connection. */
  readonly maxTotalBytes: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { maxLineBytes: 8192, maxTotalBytes: 65536 };

export class LineReader {
  private buffer = Buffer.alloc(0);
  private readonly lines: string[] = [];
  private total = 0;
  private ended: { kind: 'closed' | 'too-long' | 'error'; detail: string } | undefined;
  private waiter: (() => void) | undefined;
  private stream: Duplex | undefined;
  private readonly onData = (chunk: Buffer): void => this.take(chunk);
  private readonly onEnd = (): void => this.finish('closed', 'the server closed the connection');
  private readonly onError = (error: Error): void => this.finish('error', error.message);

  constructor(private readonly limits: ReadLimits = DEFAULT_READ_LIMITS) {}

  attach(stream: Duplex): void {
    this.stream = stream;
    stream.on('data', this.onData);
    stream.on('end', this.onEnd);
    stream.on('close', this.onEnd);
    stream.on('error', this.onError);
  }

  /**
   * Stops reading and forgets anything not yet read: after STARTTLS nothing
   * the server sent in plain text may count as said over TLS (RFC 3207 §4.2,
   * the command-injection flaw of CVE-2011-0411).
   */
  detach(): void {
    const s = this.stream;
    if (s !== undefined) {
      s.off('data', this.onData);
      s.off('end', this.onEnd);
      s.off('close', this.onEnd);
      s.off('error', this.onError);
    }
    this.stream = undefined;
    this.buffer = Buffer.alloc(0);
    this.lines.length = 0;
    this.ended = undefined;
  }

  private take(chunk: Buffer): void {
    this.total += chunk.length;
    if (this.total > this.limits.maxTotalBytes) {
      this.finish('too-long', `the server sent more than ${this.limits.maxTotalBytes} bytes`);
      return;
    }
    this.buffer = Buffer.concat([this.buffer, chunk]);
    let at: number;
    while ((at = this.buffer.indexOf(0x0a)) >= 0) {
      const raw = this.buffer.subarray(0, at);
      this.buffer = this.buffer.subarray(at + 1);
      this.lines.push(raw.toString('utf8').replace(/\r$/, ''));
    }
    if (this.buffer.length > this.limits.maxLineBytes) this.finish('too-long', `a line longer than ${this.limits.maxLineBytes} bytes`);
    this.wake();
  }

  private finish(kind: 'closed' | 'too-long' | 'error', detail: string): void {
    this.ended ??= { kind, detail };
    this.wake();
  }

  private wake(): void {
    const w = this.waiter;
    this.waiter = undefined;
    w?.();
  }

  async next(timeoutMs: number): Promise<LineResult> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const line = this.lines.shift();
      if (line !== undefined) return { ok: true, line };
      if (this.ended !== undefined) return { ok: false, ...this.ended };
      const left = deadline - Date.now();
      if (left <= 0) return { ok: false, kind: 'timeout', detail: `no answer within ${timeoutMs} ms` };
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiter = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }
}
