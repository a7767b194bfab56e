/**
 * What the connection probe saw on port 25, in the shape the sender
 * requirements read (diagnose/requirements): the greeting's host name and
 * whether STARTTLS was offered. A connection that ended before EHLO answered
 * tells nothing about STARTTLS.
 */
import type { Port25Observation } from '../diagnose/requirements/model';
import { bannerName } from './banner-ptr';
import type { HostResult } from './model';

export function port25Observations(results: readonly HostResult[]): Port25Observation[] {
  return results.flatMap((host) =>
    host.ports.flatMap((port) => {
      const o = port.observation;
      if (port.port !== 25 || o === null || port.address === null) return [];
      const starttls = o.starttls === 'accepted' || o.starttls === 'refused' ? 'offered' : o.starttls === 'not-offered' ? 'not-offered' : 'unknown';
      return [{ host: host.host, address: port.address, greetingName: bannerName(o.greeting), starttls }];
    }),
  );
}
