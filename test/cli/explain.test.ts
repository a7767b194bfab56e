/** `mail-doctor explain` as a person meets it: a real process, real stdin and stdout. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonLines, runCli } from './run-cli';

const samples = readFileSync(join(__dirname, '..', 'fixtures', 'samples', 'bounces.public.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as { text: string; id: string });

describe('mail-doctor explain', () => {
  it('when given a text argument in English, then it prints title, why and what to do', async () => {
    const r = await runCli(['explain', '--lang', 'en', '550 5.7.1 Mail rejected after something odd 5.9.9']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\[1\] 550 5\.7\.1 Mail rejected/m);
    expect(r.stdout).toMatch(/^ {2}Why: /m);
    expect(r.stdout).toMatch(/^ {2}What to do:\n {4}1\. /m);
  });

  it('when asked for Dutch, then the labels and texts are Dutch', async () => {
    const r = await runCli(['explain', '--lang', 'nl', 'SMTP error from remote mail server after RCPT TO:<jan@voorbeeld.nl>: 451 Temporary local problem - please try later']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Waarom: /);
    expect(r.stdout).toMatch(/Wat te doen:/);
    expect(r.stdout).toMatch(/tijdelijk/);
  });

  it('when no --lang is given, then the locale of the environment decides', async () => {
    const r = await runCli(['explain', '--json', '451 please try later'], undefined, { LANG: 'nl_NL.UTF-8' });
    expect(jsonLines(r.stdout)[0]?.title).toBe('Tijdelijk bezorgprobleem (niet herkend)');
  });

  it('when reading stdin with --json, then every line gives one object with the documented fields', async () => {
    const input = samples.map((s) => s.text.replace(/\n/g, ' ')).join('\n');
    const r = await runCli(['explain', '--json', '--lang', 'en'], input);
    expect(r.code).toBe(0);
    const records = jsonLines(r.stdout);
    expect(records).toHaveLength(samples.length);
    for (const record of records) {
      for (const field of ['input', 'id', 'reason', 'temporary', 'code', 'enhanced', 'title', 'explanation', 'fix']) {
        expect(record).toHaveProperty(field);
      }
      expect(typeof record.temporary).toBe('boolean');
    }
    const got = records.map((rec) => rec.id);
    const expected = samples.map((s) => s.id);
    expect(got).toEqual(expected);
  });

  it('when stdin holds empty lines, binary garbage and invalid UTF-8, then each gets its own result and the run succeeds', async () => {
    const input = Buffer.concat([
      Buffer.from('\n'),
      Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff, 0xfe, 0x0a]),
      Buffer.from('550 5.1.1 Gebruiker onbekend: caf'),
      Buffer.from([0xe9, 0x0a]),
      Buffer.from('   \r\n'),
      Buffer.from('451 4.7.1 try again later\r\n'),
    ]);
    const r = await runCli(['explain', '--json'], input);
    expect(r.code).toBe(0);
    const records = jsonLines(r.stdout);
    expect(records.map((x) => x.line)).toEqual([1, 2, 3, 4, 5]);
    expect(records[0]).toMatchObject({ error: 'empty line: nothing to explain' });
    expect(records[1]?.error).toMatch(/binary data/);
    expect(records[2]).toMatchObject({ code: 550, enhanced: '5.1.1' });
    expect(records[2]?.notes).toEqual([expect.stringMatching(/not valid UTF-8/)]);
    expect(records[3]).toMatchObject({ error: 'empty line: nothing to explain' });
    expect(records[4]).toMatchObject({ code: 451, temporary: true });
  });

  it('when a line is 1 MB long, then it is analysed up to the cap and says so', async () => {
    const huge = `550 5.2.2 ${'x'.repeat(1024 * 1024)}`;
    const r = await runCli(['explain', '--json'], `${huge}\n421 bye\n`);
    expect(r.code).toBe(0);
    const records = jsonLines(r.stdout);
    expect(records).toHaveLength(2);
    expect(records[0]?.code).toBe(550);
    expect(String(records[0]?.notes)).toMatch(/very long/);
    expect(String(records[0]?.input).length).toBeLessThanOrEqual(16 * 1024);
    expect(records[1]).toMatchObject({ code: 421, temporary: true });
  });

  it('when the input carries terminal escape sequences, then the human output does not pass them on', async () => {
    const r = await runCli(['explain', '550 \u001b[2J\u001b]0;pwned\u0007 user unknown \u202e']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/\u001b|\u0007|\u202e/);
  });

  it('when the options are wrong, then it exits 2 with a message', async () => {
    const bad = await runCli(['explain', '--lang', 'fr', 'x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--lang/);
    const unknown = await runCli(['explain', '--nope']);
    expect(unknown.code).toBe(2);
    const command = await runCli(['frobnicate']);
    expect(command.code).toBe(2);
  });

  it('when the provider profile file is broken, then it exits 2 naming the file', async () => {
    const r = await runCli(['explain', '--profile', '/nonexistent/profile.yaml', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\/nonexistent\/profile\.yaml/);
  });
});
