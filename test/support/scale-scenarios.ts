/**
 * Generated scenarios for the audit benchmarks: one large account (50
 * domains, 20,000 Track Delivery records) and a server of many small accounts.
 */
import type { ScenarioInput } from '../../src/sandbox/emulator';

const FAILURES = [
  'SMTP error from remote mail server after RCPT TO:<{r}>: 550 5.1.1 The email account that you tried to reach does not exist.',
  'SMTP error from remote mail server after RCPT TO:<{r}>: 451 4.7.1 Greylisted, please try again in 5 minutes',
  'SMTP error from remote mail server after end of data: 550 High probability of spam',
  'Unrouteable address',
  "Retry time not reached for any host for 'example.net'",
  'SMTP error from remote mail server after RCPT TO:<{r}>: 452 4.2.2 The email account that you tried to reach is over quota.',
];

function zoneRecords(domain: string, ip: string): NonNullable<ScenarioInput['dns']>['records'] {
  return [
    { name: domain, type: 'NS', data: 'ns1.hosting.example' },
    { name: domain, type: 'MX', data: { preference: 0, exchange: `mail.${domain}` } },
    { name: `mail.${domain}`, type: 'A', data: ip },
    { name: domain, type: 'A', data: ip },
    { name: domain, type: 'TXT', data: `v=spf1 ip4:${ip} include:spf.hosting.example ~all` },
    { name: `default._domainkey.${domain}`, type: 'TXT', data: ['v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAulqQinxTxF3gti5LWevNuvwIsJynit1DoRuYSFgfX9tZF/q+YusvwOeQYpxwzlMqnkJZPpzkf6sPvvDkyyAoy9Hc3aPQbKM4R5SpZvETsT50ArKGIw4lsHw1V8AcItdMzZE79YsqoMjlfBgy8v9A+zRBV4UEJJx1a3bodjPm666rT/XwIj+pk3rpLZ3u', 'S6jhDGJKvRR545Qlf6abwx9sO5/uCVMhegpwt41tf11nPGG/AFqGJHlevFY0MRr2cOg2xOf6KguUchrd7Ui5Oe62JFvRdh/0DCs9HxNR+h7uqZaUQR+9MHIn8A+zNoS5Ps7XN7qLSKI6Z5l44LlL/qDmFwIDAQAB'] },
    { name: `_dmarc.${domain}`, type: 'TXT', data: 'v=DMARC1; p=none' },
  ];
}

type AccountInput = NonNullable<ScenarioInput['accounts']>[number];

function account(user: string, domains: string[], records: number): AccountInput {
  const [main, ...addon] = domains as [string, ...string[]];
  const deliveries: NonNullable<AccountInput['deliveries']> = [];
  // Track Delivery entries repeat at most 500 times each.
  for (let made = 0, i = 0; made < records; i += 1) {
    const count = Math.min(500, records - made);
    const domain = domains[i % domains.length]!;
    const failing = i % 3 !== 0;
    const recipient = `klant${i}@example${i % 7}.net`;
    deliveries.push({
      ago: `${(i % 100) + 1}m`,
      type: failing ? (i % 2 === 0 ? 'failure' : 'defer') : 'success',
      sender: `info@${domain}`,
      recipient,
      ...(failing ? { message: FAILURES[i % FAILURES.length]!.replace('{r}', recipient) } : {}),
      repeat: { count, every: '1m' },
    });
    made += count;
  }
  return {
    user,
    domains: { main, addon },
    routing: domains.map((d) => ({ domain: d, mxcheck: 'local' as const })),
    mailboxes: domains.map((d) => ({ email: `info@${d}`, quotaMb: 1024, diskUsedMb: 10 })),
    limits: { maxEmailPerHour: 500, maxDeferFailPercentage: 'unlimited', minDeferFailToTriggerProtection: 5 },
    deliveries,
  };
}

function server(accounts: AccountInput[]): ScenarioInput {
  const ip = '203.0.113.10';
  return {
    name: 'bench',
    server: { hostname: 'cp01.hosting.example', ips: [ip], cpanelVersion: '11.124.0.21', hasDmarcValidation: true, spfInclude: 'spf.hosting.example' },
    whm: { users: [{ user: 'root', token: 'BENCHROOTTOKEN000000000000000000000' }] },
    accounts,
    dns: {
      zones: ['example', '113.0.203.in-addr.arpa'],
      records: [
        { name: 'cp01.hosting.example', type: 'A', data: ip },
        { name: '10.113.0.203.in-addr.arpa', type: 'PTR', data: 'cp01.hosting.example' },
        ...accounts.flatMap((a) => [a.domains.main, ...(a.domains.addon ?? [])].flatMap((d) => zoneRecords(d, ip))),
      ],
    },
  } as ScenarioInput;
}

export function largeAccountScenario(): ScenarioInput {
  const domains = Array.from({ length: 50 }, (_, i) => `winkel${i}.example`);
  return server([account('groot', domains, 20_000)]);
}

export function manyAccountsScenario(count: number): ScenarioInput {
  return server(Array.from({ length: count }, (_, i) => account(`klant${i}`, [`klant${i}.example`], 20)));
}
