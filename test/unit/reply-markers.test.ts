import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { generateLines } from '../support/line-generator';
import { defaultClassifier } from '../../src/kb/classify';
import { RULES } from '../../src/kb/rules';
import { parseReply, readRemoteHost } from '../../src/smtp/reply';
import { detectProvider, detectStage, findMarkers, REPLY_MARKERS } from '../../src/smtp/reply-markers';

/** Every marker "found": the prefilter then lets every text through to the patterns. */
const ALL_MARKERS = REPLY_MARKERS.map((_, i) => i);

const STAGE_TEXTS = [
  'SMTP error from remote mail server after RCPT TO:<a@b.nl>: 550 no such user',
  'SMTP error from remote mail server after pipelined RCPT TO:<a@b.nl>: 451 try later',
  'H=(x) [192.0.2.1] F=<a@b> rejected RCPT <c@d>: relay not permitted',
  'SMTP error from remote mail server after end of data: 550 5.7.1 spam',
  'SMTP error from remote mail server after sending data block: 451 timeout',
  'SMTP error from remote mail server after pipelined DATA: 554 rejected',
  'SMTP error from remote mail server after DATA: 554 5.7.1 message refused',
  'after data block: something else',
  'SMTP error from remote mail server after MAIL FROM:<a@b> SIZE=1234: 550 sender rejected',
  'SMTP error from remote mail server after pipelined MAIL FROM:<a@b>: 550',
  'sender verify fail for <a@b.nl>: all relevant MX records point to non-existent hosts',
  'SMTP error from remote mail server after EHLO server.example: 550 go away',
  'SMTP error from remote mail server after STARTTLS: 454 TLS unavailable',
  'rejected EHLO from [192.0.2.1]: syntactically invalid argument(s)',
  'SMTP error from remote mail server after initial connection: 554 no service',
  'connect to mx.b.nl[192.0.2.1]:25: Connection refused',
  'Connection timed out after connecting',
  'R=enforce_mail_permissions defer (-1): domain has exceeded the max defers and failures per hour',
  'R=check_mail_permissions T=x',
  'xr=check_mail_permissions no word start',
  'rejected rcpts are counted',
  'afterdata, reconnection refused',
];

const PROVIDER_TEXTS: Array<[string | undefined, string]> = [
  ['gmail-smtp-in.l.google.com', '550 5.1.1 the email account does not exist'],
  ['mx.olive.com', '550 rejected by olive.com, not hotmail'],
  [undefined, '550 5.7.1 service unavailable; blocked using spamhaus (outlook.com)'],
  [undefined, '554 mta1.mail.yahoodns.net rejected'],
  [undefined, 'relay via mx1.antispamcloud.com refused'],
  [undefined, 'bounced by route1.mx.cloudflare.net and _dc-mx.abc'],
  [undefined, 'nothing to see at example.com'],
];

async function corpus(): Promise<string[]> {
  const samples = readFileSync(join(__dirname, '..', 'fixtures', 'samples', 'bounces.public.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const generated = (await text(generateLines(3000, 11))).split('\n').filter((l) => l !== '');
  return [
    ...STAGE_TEXTS,
    ...PROVIDER_TEXTS.map(([, t]) => t),
    ...RULES.flatMap((rule) => [...rule.examples.map((e) => e.text), ...rule.nearMisses.map((n) => n.text)]),
    ...samples,
    ...generated,
  ];
}

describe('reply markers', () => {
  it('when only the found markers let texts through, then the stage equals what the patterns alone give', async () => {
    const stages = new Set<string>();
    for (const raw of await corpus()) {
      const folded = parseReply(raw).folded;
      const stage = detectStage(folded, findMarkers(folded));
      expect([raw, stage]).toEqual([raw, detectStage(folded, ALL_MARKERS)]);
      if (stage !== undefined) stages.add(stage);
    }
    // Every stage occurs in the corpus, or the comparison would not cover its markers.
    expect([...stages].sort()).toEqual(['connect', 'end-of-data', 'helo', 'local', 'mail-from', 'rcpt-to']);
  });

  it('when only the found markers are checked, then the provider equals checking every marker', async () => {
    for (const raw of await corpus()) {
      const reply = parseReply(raw);
      const host = readRemoteHost(reply).host;
      const provider = detectProvider(host, reply.folded, findMarkers(reply.folded));
      expect([raw, provider]).toEqual([raw, detectProvider(host, reply.folded, ALL_MARKERS)]);
    }
    const providers = PROVIDER_TEXTS.map(([host, t]) => detectProvider(host, t, findMarkers(t)));
    expect(providers).toEqual(['google', 'microsoft', 'microsoft', 'yahoo', 'spamexperts', 'cloudflare', undefined]);
  });

  it('when a reply is classified, then the reply is untouched and the same input gives the same result', async () => {
    const classifier = defaultClassifier();
    for (const raw of await corpus()) {
      const reply = parseReply(raw);
      const before = JSON.stringify(reply);
      const first = classifier.classify(reply);
      expect([raw, JSON.stringify(reply)]).toEqual([raw, before]);
      const second = classifier.classify({ ...reply });
      expect([raw, second.id, second.tier, second.match?.phrase, second.captures]).toEqual([raw, first.id, first.tier, first.match?.phrase, first.captures]);
    }
  });
});
