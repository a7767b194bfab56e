/** `mail-doctor bounce` as a person meets it: a real process, real files, stdin and stdout. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonLines, runCli } from './run-cli';

const EML = join(__dirname, '..', 'fixtures', 'samples', 'sisimai', 'eml');
const eml = (name: string): string => join(EML, name);

const FIELDS = ['file', 'index', 'kind', 'recipient', 'action', 'status', 'replyCode', 'remoteMta', 'reportingMta', 'diagnosticCode', 'arrivalDate', 'originalMessageId', 'originalFrom', 'originalTo', 'originalSubject', 'id', 'reason', 'temporary', 'who', 'tier', 'recognisedBy', 'title', 'explanation', 'fix'];

describe('mail-doctor bounce', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'md-bounce-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('when given a Postfix bounce in English, then it names the kind, the recipient, the status and what to do', async () => {
    const r = await runCli(['bounce', '--lang', 'en', eml('lhost-postfix-01.eml')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Delivery failure report \(bounce\)/m);
    expect(r.stdout).toMatch(/^\[1\] \S+@\S+/m);
    expect(r.stdout).toMatch(/^ {2}Status: failed · 5\.1\.1/m);
    expect(r.stdout).toMatch(/^ {2}The server's words: /m);
    expect(r.stdout).toMatch(/^ {2}What to do:\n {4}1\. /m);
  });

  it('when it explains a recipient, then who acts and how it was recognised are words, the id only a reference (as explain writes them)', async () => {
    for (const lang of ['en', 'nl'] as const) {
      const r = await runCli(['bounce', '--lang', lang, eml('lhost-postfix-01.eml')]);
      const json = jsonLines((await runCli(['bounce', '--json', '--lang', lang, eml('lhost-postfix-01.eml')])).stdout);
      const first = json[0]!;
      expect(r.stdout).toContain(`: ${String(first['who'])}\n`);
      expect(r.stdout).toContain(`(${String(first['recognisedBy'])} · `);
      expect(r.stdout).toContain(`${lang === 'nl' ? 'kenmerk' : 'ref.'} ${String(first['id'])})`);
      // No raw value where words belong: not the actor's value, not the Sisimai reason name.
      expect(r.stdout).not.toMatch(/: (?:account-owner|hosting-provider|other-side)$/m);
      expect(r.stdout).not.toContain(` · ${String(first['reason'])} · `);
    }
  });

  it('when asked for Dutch, then the labels are Dutch', async () => {
    const r = await runCli(['bounce', '--lang', 'nl', eml('lhost-exim-01.eml')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Onbestelbaar-melding/);
    expect(r.stdout).toMatch(/Woorden van de server: /);
    expect(r.stdout).toMatch(/Wat te doen:/);
  });

  it('with --json, then one object per bounced recipient, in order, with the documented fields', async () => {
    // lhost-postfix-02 reports two recipients.
    const r = await runCli(['bounce', '--json', '--lang', 'en', eml('lhost-postfix-01.eml'), eml('lhost-postfix-02.eml')]);
    expect(r.code).toBe(0);
    const records = jsonLines(r.stdout);
    expect(records.length).toBeGreaterThanOrEqual(3);
    for (const record of records) for (const field of FIELDS) expect(record).toHaveProperty(field);
    const second = records.filter((x) => String(x.file).endsWith('lhost-postfix-02.eml'));
    expect(second.map((x) => [x.index, x.recipient, x.status])).toEqual([
      [0, 'filtered@example.co.jp', '5.2.1'],
      [1, 'userunknown@example.co.jp', '5.1.1'],
    ]);
    expect(second[0]!.kind).toBe('bounce');
  });

  it('when a message is not a bounce, then one object says which kind and gives no diagnosis', async () => {
    const r = await runCli(['bounce', '--json', eml('arf-01.eml'), eml('rfc3834-01.eml')]);
    const records = jsonLines(r.stdout);
    expect(records.map((x) => x.kind)).toEqual(['feedback-report', 'auto-reply']);
    for (const x of records) {
      expect(x.id).toBeNull();
      expect(x.title).toBeNull();
    }
    // What the message is, in the reason vocabulary every record uses (Sisimai's names), not a diagnosis.
    expect(records.map((x) => [x.reason, x.reasonSource])).toEqual([
      ['feedback', 'message-kind'],
      ['vacation', 'message-kind'],
    ]);
    expect(records[0]!.recipient).toBe('redacted@example.net');
  });

  it('a feedback report says which kind of feedback it is: a complaint, an unsubscribe request, an authentication failure report', async () => {
    const r = await runCli(['bounce', '--json', eml('arf-01.eml'), eml('arf-12.eml'), eml('arf-26.eml'), eml('arf-18.eml')]);
    expect(jsonLines(r.stdout).map((x) => [x.kind, x.feedbackType])).toEqual([
      ['feedback-report', 'abuse'],
      ['feedback-report', 'opt-out'],
      ['feedback-report', 'opt-out'],
      ['feedback-report', 'auth-failure'],
    ]);
    const en = await runCli(['bounce', '--lang', 'en', eml('arf-26.eml')]);
    expect(en.stdout).toMatch(/^Unsubscribe request: a recipient's mail program asks to be taken off a mailing list, not a bounce$/m);
    expect(en.stdout).toMatch(/^About: example@icloud\.com$/m);
    const nl = await runCli(['bounce', '--lang', 'nl', eml('arf-18.eml')]);
    expect(nl.stdout).toMatch(/^Rapport over mislukte authenticatie \(RFC 6591\)/m);
  });

  it('when a file is missing or not a message, then it gets an error object and the others still run', async () => {
    const junk = join(dir, 'junk.eml');
    writeFileSync(junk, Buffer.from([0, 1, 2, 3, 255, 254]));
    const r = await runCli(['bounce', '--json', join(dir, 'missing.eml'), junk, eml('lhost-qmail-01.eml')]);
    expect(r.code).toBe(0);
    const records = jsonLines(r.stdout);
    expect(records[0]).toEqual({ file: join(dir, 'missing.eml'), error: 'no such file' });
    expect(records[1]).toHaveProperty('error');
    expect(records[2]!.recipient).toBe('kijitora@example.ne.jp');
    // Said in the language asked for, on the terminal and in JSON alike.
    const nl = await runCli(['bounce', '--json', '--lang', 'nl', join(dir, 'missing.eml')]);
    expect(jsonLines(nl.stdout)[0]).toEqual({ file: join(dir, 'missing.eml'), error: 'dit bestand bestaat niet' });
  });

  it('when no FILE is given, then standard input is one message', async () => {
    const r = await runCli(['bounce', '--json'], readFileSync(eml('lhost-qmail-01.eml')));
    const records = jsonLines(r.stdout);
    expect(records).toHaveLength(1);
    expect(records[0]!.file).toBe('(stdin)');
    expect(records[0]!.recipient).toBe('kijitora@example.ne.jp');
  });

  it('with --mbox, then every message of the mailbox is read', async () => {
    const parts = ['lhost-qmail-01.eml', 'lhost-exim-01.eml', 'arf-01.eml'].map((f) => `From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n${readFileSync(eml(f), 'latin1').replace(/^From /gm, '>From ')}\n`);
    const mbox = join(dir, 'bounces.mbox');
    writeFileSync(mbox, parts.join(''), 'latin1');
    const r = await runCli(['bounce', '--json', '--mbox', mbox]);
    expect(r.code).toBe(0);
    const records = jsonLines(r.stdout);
    expect(records.map((x) => [x.message, x.kind, x.recipient])).toEqual([
      [0, 'bounce', 'kijitora@example.ne.jp'],
      [1, 'bounce', 'kijitora@example.ed.jp'],
      [2, 'feedback-report', 'redacted@example.net'],
    ]);
  });

  it('terminal control characters in a message never reach the terminal', async () => {
    const evil = readFileSync(eml('lhost-qmail-01.eml'), 'latin1').replace('Remote host said: 550 Unknown user', 'Remote host said: 550 \u001b]0;pwned\u0007\u001b[2J Unknown user');
    const r = await runCli(['bounce', '--lang', 'en'], Buffer.from(evil, 'latin1'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Unknown user/);
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });

  it('a usage error exits 2', async () => {
    const r = await runCli(['bounce', '--lang', 'fr', eml('lhost-qmail-01.eml')]);
    expect(r.code).toBe(2);
  });
});
