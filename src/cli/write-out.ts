/** Writing to a stream that may be a slow pipe: waits for it to drain, so long reports are not held in memory. */
import type { Writable } from 'node:stream';

export function writeOut(out: Writable, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (out.write(text)) resolve();
    else out.once('drain', resolve);
  });
}
