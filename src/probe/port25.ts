/**
 * What the connection probe saw on port 25, in the shape the sender
 * requirements read (diagnose/requirements): the greeting's host name and
 * whether STARTTLS worked. A connection that ended before EHLO answered
 * tells nothing about STARTTLS.
 */
import type { Port25Observation } from '../diagnose/requirements/model';
import { bannerName } from './banner-ptr';
import type { HostResult } from './model';

export function port25Observations(results: readonly HostResult[]): Port25Observation[] {
  return results.flatMap((host) =>
    host.ports.flatMap((port) => {
      const o = port.observation;
      // The service receiving servers talk to (port 25 unless the probe was told another port for it).
      if (port.service !== 'smtp' || o === null || port.address === null) return [];
      // STARTTLS refused, or a handshake that fails after it, gives a sender no TLS either.
      const broken = o.starttls === 'not-offered' || o.starttls === 'refused' || (o.starttls === 'accepted' && o.failure?.kind === 'tls-failed');
      const starttls = broken ? 'not-offered' : o.starttls === 'accepted' ? 'offered' : 'unknown';
      return [{ host: host.host, address: port.address, port: port.port, greetingName: bannerName(o.greeting), starttls }];
    }),
  );
}
