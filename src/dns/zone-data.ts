/**
 * The DNS data a scenario declares: the records the loopback DNS server
 * answers with, and the names it must misbehave for. Shared by the scenario
 * schema (emulator) and the DNS server.
 */
import { z } from 'zod';

const name = z.string().min(1).max(253);

const mxData = z.object({ preference: z.number().int().min(0).max(65535), exchange: z.string().max(253) });

export const zoneRecordSchema = z.discriminatedUnion('type', [
  z.object({ name, type: z.literal('A'), ttl: z.number().int().min(0).optional(), data: z.ipv4() }),
  z.object({ name, type: z.literal('AAAA'), ttl: z.number().int().min(0).optional(), data: z.ipv6() }),
  z.object({ name, type: z.literal('MX'), ttl: z.number().int().min(0).optional(), data: mxData }),
  z.object({ name, type: z.literal('CNAME'), ttl: z.number().int().min(0).optional(), data: name }),
  z.object({ name, type: z.literal('NS'), ttl: z.number().int().min(0).optional(), data: name }),
  z.object({ name, type: z.literal('PTR'), ttl: z.number().int().min(0).optional(), data: name }),
  // A TXT record is one or more character-strings (RFC 1035 §3.3.14); long SPF records are split in chunks of ≤255.
  z.object({
    name,
    type: z.literal('TXT'),
    ttl: z.number().int().min(0).optional(),
    data: z.union([z.string(), z.array(z.string()).min(1)]),
  }),
]);

const DNS_FAULT_BEHAVIOURS = ['timeout', 'servfail', 'refused'] as const;

const zoneFaultSchema = z.object({
  name,
  /** Only this record type misbehaves; all types when absent. */
  type: z.enum(['A', 'AAAA', 'MX', 'CNAME', 'NS', 'PTR', 'TXT', 'SOA']).optional(),
  behaviour: z.enum(DNS_FAULT_BEHAVIOURS),
});

export const zoneDataSchema = z.object({
  /** Names (FQDN, no trailing dot needed) for which the server is authoritative; other names get REFUSED. */
  zones: z.array(name).default([]),
  records: z.array(zoneRecordSchema).default([]),
  faults: z.array(zoneFaultSchema).default([]),
});

export type ZoneRecord = z.infer<typeof zoneRecordSchema>;
export type ZoneFault = z.infer<typeof zoneFaultSchema>;
export type ZoneData = z.infer<typeof zoneDataSchema>;
