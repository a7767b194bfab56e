/** The dense logic behind the pages: bounce extraction, the report cache, CSRF tokens, the CGI request. */
import { createCachingAuditService } from '../../src/web/audit-service';
import { bounceParts, MAX_PARTS } from '../../src/web/explain-bounce';
import { basePathFromCgi, formatCgiResponse, requestFromCgi } from '../../src/web/cgi-bridge';
import { resellerPrivileges } from '../../src/web/modes';
import { CsrfTokens, parseCookies } from '../../src/web/security';
import type { AuditReport } from '../../src/report/audit-report';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

describe('bounceParts', () => {
  it('when a DSN has a folded Diagnostic-Code, then only that field is taken, unfolded and without its type', () => {
    const text = 'Reporting-MTA: dns; mx.example\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does\r\n   not exist. Please try\r\n   double-checking the recipient\'s email address.\r\n\r\nthe rest';
    expect(bounceParts(text)).toEqual(["550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address."]);
  });

  it("when an Exim bounce says 'SMTP error from remote mail server', then that paragraph is the text", () => {
    const text = 'A message that you sent could not be delivered.\n\n  a@b.example\n    SMTP error from remote mail server after RCPT TO:<a@b.example>:\n    550 5.7.1 Rejected\n\n------ This is a copy of the message';
    expect(bounceParts(text)).toEqual(['SMTP error from remote mail server after RCPT TO:<a@b.example>: 550 5.7.1 Rejected']);
  });

  it('when there is only a Status field, then the status code is explained', () => {
    expect(bounceParts('Final-Recipient: rfc822; x@y\nAction: failed\nStatus: 5.2.2\n')).toEqual(['5.2.2']);
  });

  it('when the text is one reply, then it is explained whole; empty text gives nothing', () => {
    expect(bounceParts('  451 4.7.1 Greylisted, please try again later  ')).toEqual(['451 4.7.1 Greylisted, please try again later']);
    expect(bounceParts(' \n ')).toEqual([]);
  });

  it('when Exim log lines are pasted, then each is a part, duplicates once, and at most MAX_PARTS', () => {
    const line = (i: number): string => `2026-11-20 10:00:0${i % 10} 1tAbCd-000${i}-Zz ** x${i}@example.org R=dkim_lookuphost T=remote_smtp: SMTP error from remote mail server after RCPT TO:<x${i}@example.org>: 550 5.1.1 User unknown`;
    const lines = Array.from({ length: 15 }, (_, i) => line(i));
    const parts = bounceParts([...lines, lines[0]].join('\n'));
    expect(parts).toHaveLength(MAX_PARTS);
    expect(parts[0]).toBe(lines[0]);
  });
});

describe('caching audit service', () => {
  const report = (user: string): AuditReport => ({ user, generatedAt: '2026-01-01T00:00:00Z', window: { since: 0, until: 1 }, findings: [], events: [], eventsIncomplete: false });

  it('when the same account is asked for within the TTL, then one audit serves both; after it, a new audit runs', async () => {
    let now = 0;
    const calls: string[] = [];
    const service = createCachingAuditService(async (u) => (calls.push(u), report(u)), { ttlMs: 1000, clock: () => now });
    const [a, b] = await Promise.all([service.report('x'), service.report('x')]);
    expect(a).toBe(b);
    now = 999;
    await service.report('x');
    expect(calls).toEqual(['x']);
    now = 1000;
    expect((await service.report('x')).madeAt).toBe(1000);
    expect(calls).toEqual(['x', 'x']);
  });

  it('when many accounts are asked for at once, then no more than `concurrency` audits run together, and a failure is not cached', async () => {
    let running = 0;
    let peak = 0;
    let fail = true;
    const service = createCachingAuditService(
      async (u) => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 5));
        running -= 1;
        if (u === 'bad' && fail) throw new Error('cPanel down');
        return report(u);
      },
      { concurrency: 2 },
    );
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((u) => service.report(u)));
    expect(peak).toBe(2);
    await expect(service.report('bad')).rejects.toThrow('cPanel down');
    fail = false;
    expect((await service.report('bad')).report.user).toBe('bad');
  });
});

describe('CSRF tokens and cookies', () => {
  it('when a token is checked, then only the one made for the same identity and secret passes', () => {
    const a = CsrfTokens.fromSessionToken('/cpsess1');
    const token = a.tokenFor('cpanel:groen');
    expect(a.verify('cpanel:groen', token)).toBe(true);
    expect(a.verify('cpanel:bos', token)).toBe(false);
    expect(CsrfTokens.fromSessionToken('/cpsess2').verify('cpanel:groen', token)).toBe(false);
    expect(a.verify('cpanel:groen', undefined)).toBe(false);
    expect(a.verify('cpanel:groen', ['x'])).toBe(false);
    expect(a.verify('cpanel:groen', `${token}x`)).toBe(false);
  });

  it('when cookies are parsed, then odd encodings do not throw', () => {
    expect(parseCookies('a=1; mail_doctor_lang=nl; bad=%E0%A4%A; =x; novalue')).toEqual({ a: '1', mail_doctor_lang: 'nl', bad: '%E0%A4%A' });
  });
});

describe('CGI request and response', () => {
  it('when the environment describes a request, then method, path, query, headers and body come through', () => {
    const r = requestFromCgi(
      { REQUEST_METHOD: 'post', PATH_INFO: '//evil.example/explain', QUERY_STRING: 'lang=nl', CONTENT_TYPE: 'application/x-www-form-urlencoded', HTTP_COOKIE: 'a=b', HTTP_ACCEPT_LANGUAGE: 'nl' },
      Buffer.from('text=x'),
    );
    expect(r).toEqual({ method: 'POST', url: '/evil.example/explain?lang=nl', headers: { cookie: 'a=b', 'accept-language': 'nl', 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.from('text=x') });
    expect(requestFromCgi({ REQUEST_METHOD: 'DELETE' }, Buffer.alloc(0)).method).toBe('GET');
  });

  it('when the response is written, then it is a Status line, headers without hop-by-hop ones, a blank line and the body', () => {
    const out = formatCgiResponse({ statusCode: 403, statusMessage: 'Forbidden', headers: { 'content-type': 'text/html', 'set-cookie': ['a=1', 'b=2\r\nX-Evil: 1'], connection: 'keep-alive' }, rawPayload: Buffer.from('<p>no</p>') });
    expect(out.toString()).toBe('Status: 403 Forbidden\r\ncontent-type: text/html\r\nset-cookie: a=1\r\nset-cookie: b=2 X-Evil: 1\r\n\r\n<p>no</p>');
  });

  it('when the session token or script name look wrong, then they are left out of the URL prefix', () => {
    expect(basePathFromCgi({ cp_security_token: '/cpsess123', SCRIPT_NAME: '/frontend/jupiter/md/index.live.cgi' })).toBe('/cpsess123/frontend/jupiter/md/index.live.cgi');
    expect(basePathFromCgi({ cp_security_token: '/cpsess123', SCRIPT_NAME: '/cpsess123/cgi/md/index.cgi' })).toBe('/cpsess123/cgi/md/index.cgi');
    expect(basePathFromCgi({ cp_security_token: 'javascript:x', SCRIPT_NAME: '/a"><b' })).toBe('');
  });
});

describe('reseller privileges from /var/cpanel/resellers', () => {
  it('when a reseller is listed, then its ACLs are read; root has all; anyone else none', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'md-res-'));
    const file = path.join(dir, 'resellers');
    await writeFile(file, 'hoster:list-accts,mailcheck\nboss:all\n');
    try {
      expect(await resellerPrivileges('hoster', file)).toEqual({ all: false, acls: { 'list-accts': true, mailcheck: true } });
      expect((await resellerPrivileges('boss', file)).all).toBe(true);
      expect((await resellerPrivileges('root', file)).all).toBe(true);
      expect(await resellerPrivileges('other', file)).toEqual({ all: false, acls: {} });
      expect(await resellerPrivileges('hoster', path.join(dir, 'missing'))).toEqual({ all: false, acls: {} });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('colours', () => {
  it('when text colours sit on their backgrounds, then the contrast meets WCAG AA (4.5:1)', async () => {
    const { readFileSync } = await import('node:fs');
    const css = readFileSync(path.join(__dirname, '..', '..', 'templates', 'assets', 'mail-doctor.css'), 'utf8');
    const vars = Object.fromEntries([...css.matchAll(/--md-([a-z-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
    const luminance = (hex: string): number => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string): number => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const pairs: Array<[string, string]> = [
      ['text', 'bg-soft'], ['muted', 'bg-soft'], ['link', 'bg-soft'], ['link', 'critical-bg'],
      ['critical', 'critical-bg'], ['warning', 'warning-bg'], ['unchecked', 'unchecked-bg'], ['ok', 'ok-bg'],
    ];
    for (const [fg, bg] of pairs) {
      expect({ pair: `${fg} on ${bg}`, ok: contrast(vars[fg]!, vars[bg]!) >= 4.5 }).toEqual({ pair: `${fg} on ${bg}`, ok: true });
    }
    expect(contrast(vars.link!, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});

describe("WHM's generated header files", () => {
  it('when the cache files exist, then the header is the one for the user with the session token, user and title filled in', async () => {
    const { whmChromeFromFiles } = await import('../../src/web/modes');
    const { mkdir } = await import('node:fs/promises');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'md-whm-'));
    try {
      await mkdir(path.join(dir, '_generated_header_files'));
      await mkdir(path.join(dir, '_generated_footer_files'));
      await writeFile(path.join(dir, '_generated_header_files', 'cache_keys.json'), JSON.stringify({ hoster: 'abc123' }));
      await writeFile(
        path.join(dir, '_generated_header_files', 'abc123_0_0.html'),
        '<a href="/cpsess0000000000/scripts/home">cpuser00000000000</a><h1>Results of Your Request</h1><script nonce="00000000000"></script>',
      );
      await writeFile(path.join(dir, '_generated_footer_files', 'footer.html'), '<a href="/cpsess0000000000/x">f</a>');
      const chrome = whmChromeFromFiles({ cp_security_token: '/cpsess555' }, dir);
      expect(await chrome('Mail <Doctor>', 'hoster')).toEqual({
        header: '<a href="/cpsess555/scripts/home">hoster</a><h1>Mail &#60;Doctor&#62;</h1><script nonce="00000000000"></script>',
        footer: '<a href="/cpsess555/x">f</a>',
      });
      expect(await chrome('x', 'nobody')).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
