/**
 * One audit run asks the same questions many times (every check wants the
 * domain's MX and TXT records). The cache keeps the first answer for the
 * whole run, failures included, so all checks of one report reason about the
 * same DNS and a flaky server cannot make two checks disagree. It holds
 * promises, so questions asked while the first is still in flight share it.
 * Make a new one per run: it never expires anything.
 */
import { normalizeDnsName, type DnsObservation, type DnsRecordType, type DnsResolver } from './types';

export class CachingResolver implements DnsResolver {
  private readonly answers = new Map<string, Promise<DnsObservation>>();

  constructor(private readonly inner: DnsResolver) {}

  query<T extends DnsRecordType>(name: string, type: T): Promise<DnsObservation<T>> {
    const key = `${normalizeDnsName(name)} ${type}`;
    let answer = this.answers.get(key);
    if (answer === undefined) {
      answer = this.inner.query(name, type);
      this.answers.set(key, answer);
      // A rejection is a bug in the inner resolver, not a DNS answer: do not keep it.
      answer.catch(() => this.answers.delete(key));
    }
    return answer as Promise<DnsObservation<T>>;
  }

  /** How many distinct questions were asked of the inner resolver. */
  get size(): number {
    return this.answers.size;
  }
}
