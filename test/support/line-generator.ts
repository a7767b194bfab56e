/**
 * A deterministic stream of realistic delivery lines for the benchmarks: the
 * knowledge base's own real examples, dressed up as the three shapes Mail
 * Doctor meets (Exim main-log lines, Track Delivery messages, bare replies)
 * with varying addresses, hosts, ids and times, plus lines no rule knows.
 */
import { Readable } from 'node:stream';
import { RULES } from '../../src/kb/rules';
import { seededRandom } from './seeded-random';

const UNMATCHED = [
  '451 Temporary local problem - please try later',
  '421 4.3.0 Service not available, closing transmission channel',
  '550 5.0.0 Message rejected for policy reasons',
  'Completed',
];


const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function generateLines(count: number, seed = 42): Readable {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const examples = [...RULES.flatMap((r) => r.examples.map((e) => e.text.replace(/\s*\n\s*/g, ' '))), ...UNMATCHED];
  const id = (n: number): string => Array.from({ length: n }, () => ALNUM[Math.floor(next() * 62)]).join('');
  const domains = ['voorbeeld.nl', 'example.com', 'bakkerij-jansen.nl', 'gmail.com', 'outlook.com', 'kpnmail.nl'];
  let produced = 0;
  return new Readable({
    read(): void {
      const batch: string[] = [];
      while (batch.length < 512 && produced < count) {
        produced += 1;
        const text = pick(examples);
        const user = `${pick(['info', 'jan', 'sales', 'noreply', 'marie.devries'])}${Math.floor(next() * 100)}`;
        const rcpt = `${user}@${pick(domains)}`;
        const shape = next();
        if (shape < 0.5) {
          const sec = String(Math.floor(next() * 60)).padStart(2, '0');
          const flag = next() < 0.6 ? '**' : '==';
          batch.push(
            `2026-11-26 10:${sec}:${sec} ${id(6)}-${id(11)}-${id(4)} ${flag} ${rcpt} R=dkim_lookuphost T=dkim_remote_smtp H=mx${Math.floor(next() * 9)}.${pick(domains)} [203.0.113.${Math.floor(next() * 255)}]: ${text}`,
          );
        } else if (shape < 0.8) {
          batch.push(`SMTP error from remote mail server after RCPT TO:<${rcpt}>: ${text}`);
        } else {
          batch.push(text);
        }
      }
      if (batch.length > 0) this.push(`${batch.join('\n')}\n`);
      if (produced >= count) this.push(null);
    },
  });
}
