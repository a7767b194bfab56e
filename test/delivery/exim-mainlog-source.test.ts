/** The main-log reader: real files on disk, old and new message ids, rotated gzip files, garbage. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readMainlog, utcTime, type MainlogStats } from '../../src/delivery/exim-mainlog-source';
import type { DeliveryRecord } from '../../src/cpanel/track-delivery';

const LOG = join(__dirname, '..', 'fixtures', 'exim', 'exim_mainlog');
const query = {
  since: utcTime('2026-11-20 00:00:00'),
  until: utcTime('2026-11-21 00:00:00'),
  domains: ['tuincentrum-groen.example'],
  parseTime: utcTime,
};

async function all(paths: string[], q = query, stats?: MainlogStats): Promise<DeliveryRecord[]> {
  const out: DeliveryRecord[] = [];
  for await (const r of readMainlog(paths, q, stats)) out.push(r);
  return out;
}

describe('reading exim_mainlog', () => {
  it('when the log holds failures, deferrals, deliveries and rejections, then the account\'s records come out with their sender', async () => {
    const stats = { lines: 0, skipped: 0 };
    const records = await all([LOG], query, stats);
    expect(records.map((r) => [r.type, r.sender, r.recipient])).toEqual([
      ['failure', 'info@tuincentrum-groen.example', 'henk@oud-adres.example'],
      ['success', 'klant@example.com', 'info@tuincentrum-groen.example'],
      ['rejected', 'nobody@spammer.example', 'info@tuincentrum-groen.example'],
    ]);
    expect(records[0]).toMatchObject({ message: 'Unrouteable address', router: 'dkim_lookuphost', msgid: '1tAbCd-000AbC-12', domain: 'tuincentrum-groen.example' });
    expect(records[1]?.msgid).toBe('1tXyZa-00000001AbC-0d1E');
    expect(records[2]).toMatchObject({ user: '-remote-', message: 'Sender verify failed', ip: '192.0.2.66' });
    expect(stats.lines).toBe(10);
    expect(stats.skipped).toBe(2);
  });

  it('when a deferral is for a domain the account does not own and has no known sender, then it is left out', async () => {
    const records = await all([LOG], { ...query, domains: ['example.org'] });
    expect(records.map((r) => [r.type, r.recipient])).toEqual([['defer', 'offerte@example.org']]);
    expect(records[0]?.message).toMatch(/451 4\.7\.1 Greylisted/);
  });

  it('when older files are gzip-rotated, then they are read first and arrivals carry over', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'md-mainlog-'));
    try {
      const lines = readFileSync(LOG, 'utf8').split('\n');
      writeFileSync(join(dir, 'exim_mainlog-20261120.gz'), gzipSync(lines.slice(0, 1).join('\n') + '\n'));
      writeFileSync(join(dir, 'exim_mainlog'), lines.slice(1).join('\n'));
      const records = await all([join(dir, 'exim_mainlog-20261120.gz'), join(dir, 'exim_mainlog')]);
      expect(records[0]).toMatchObject({ type: 'failure', sender: 'info@tuincentrum-groen.example' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('when the window ends before the records, then none come out', async () => {
    expect(await all([LOG], { ...query, until: utcTime('2026-11-20 09:00:00') })).toEqual([]);
  });

  it('when a line is enormous, then it is skipped and reading goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'md-mainlog-'));
    try {
      const file = join(dir, 'exim_mainlog');
      writeFileSync(file, `2026-11-20 10:00:00 ${'x'.repeat(200_000)}\n${readFileSync(LOG, 'utf8')}`);
      const stats = { lines: 0, skipped: 0 };
      const records = await all([file], query, stats);
      expect(records).toHaveLength(3);
      expect(stats.skipped).toBe(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
