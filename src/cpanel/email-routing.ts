/**
 * Email Routing per domain: UAPI `Email::list_mxs` (shared/reference/
 * cpanel-api.md §3.3, docs example). `mxcheck` is what the owner chose
 * (auto|local|remote|secondary), `detected` what auto-detection decided, and
 * the local/remote/secondary flags the mode in effect.
 */
import { z } from 'zod';
import type { EmailRouting } from '../diagnose/observations';
import type { CpanelGateway } from './gateway';
import { looseBool, looseList, looseNumber } from './loose';
import { uapiData } from './call-data';

const mode = z.preprocess((v) => (typeof v === 'string' ? v.toLowerCase() : v), z.enum(['local', 'remote', 'secondary']));

const listMxsEntry = z
  .object({
    domain: z.string(),
    mxcheck: z.preprocess((v) => (typeof v === 'string' ? v.toLowerCase() : v), z.enum(['auto', 'local', 'remote', 'secondary'])),
    detected: z.union([mode, z.literal(''), z.null()]).optional(),
    alwaysaccept: looseBool,
    local: looseBool,
    remote: looseBool,
    secondary: looseBool,
    entries: looseList(z.object({ mx: z.string(), priority: looseNumber }).loose()),
  })
  .loose();

export async function listEmailRouting(gateway: CpanelGateway, domain?: string): Promise<EmailRouting[]> {
  const rows = await uapiData(gateway, 'Email', 'list_mxs', { domain }, looseList(listMxsEntry));
  return rows.map((row) => ({
    domain: row.domain.toLowerCase(),
    configured: row.mxcheck,
    detected: row.detected === '' || row.detected === null || row.detected === undefined ? null : row.detected,
    effective: row.remote ? 'remote' : row.secondary ? 'secondary' : 'local',
    alwaysAccept: row.alwaysaccept,
    mxRecords: row.entries.map((e) => ({ exchange: e.mx.toLowerCase(), priority: e.priority })),
  }));
}
