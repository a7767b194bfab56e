/** The DNS questions the audit asks, in two rounds. */
import { firstRound, MAX_REMOTE_DOMAINS, secondRound } from '../../src/diagnose/dns-plan';
import { dnsKey, type AccountSnapshot } from '../../src/diagnose/model';
import type { DnsObservation } from '../../src/dns/types';
import { DOMAIN, SERVER_IP, event, failedPart, healthyInput, okPart, records, withEvents } from './input-builder';

const asText = (qs: { type: string; name: string }[]) => qs.map((q) => `${q.type} ${q.name}`);

describe('DNS plan, first round', () => {
  it('when the account has one domain, then it asks MX, A, NS, SPF, DMARC, DKIM, the mail host and the PTR of the server IP', () => {
    const input = healthyInput();
    expect(asText(firstRound(input.account, input.server))).toEqual([
      `MX ${DOMAIN}`,
      `A ${DOMAIN}`,
      `NS ${DOMAIN}`,
      `TXT ${DOMAIN}`,
      `TXT _dmarc.${DOMAIN}`,
      `TXT default._domainkey.${DOMAIN}`,
      `A mail.${DOMAIN}`,
      'PTR 10.113.0.203.in-addr.arpa',
      'A server1.hosting.example',
      'AAAA server1.hosting.example',
    ]);
  });

  it('when a sub-domain has no mail, then it is not asked; with a mailbox it is', () => {
    const input = healthyInput();
    const d = input.account.domains.ok ? input.account.domains.value : undefined;
    const shop = { domain: `shop.${DOMAIN}`, kind: 'sub' as const, documentRoot: null, ip: SERVER_IP };
    const blog = { domain: `blog.${DOMAIN}`, kind: 'sub' as const, documentRoot: null, ip: SERVER_IP };
    const account: AccountSnapshot = {
      ...input.account,
      domains: okPart({ ...d!, sub: [shop, blog], all: [...d!.all, shop, blog] }),
      mailboxes: okPart([{ email: `a@shop.${DOMAIN}`, user: 'a', domain: `shop.${DOMAIN}`, diskUsedBytes: 0, quotaBytes: 'unlimited', diskUsedPercent: null, suspendedLogin: false, suspendedIncoming: false, suspendedOutgoing: false, holdOutgoing: false }]),
    };
    const names = asText(firstRound(account, input.server));
    expect(names).toContain(`MX shop.${DOMAIN}`);
    expect(names).not.toContain(`MX blog.${DOMAIN}`);
  });

  it('when delivery failures name remote domains, then their MX/A (recipients) and NS (senders) are asked, most frequent first, once each', () => {
    const input = withEvents(healthyInput(), [
      event({ message: "DNS type 'mx' lookup of gmial.com responded with code NXDOMAIN Domain name not found: gmial.com", recipient: 'jan@gmial.com' }),
      event({ message: '550 unrouteable address', recipient: 'piet@klant.example' }),
      event({ message: '550 unrouteable address', recipient: 'kees@klant.example' }),
      event({ message: '553 Malformed (Missing-NameServer-Registration: ander.example)', sender: 'x@ander.example' }),
      event({ message: '550 5.1.1 user unknown', recipient: 'z@elders.example' }),
    ]);
    const names = asText(firstRound(input.account, input.server)).slice(10);
    expect(names).toEqual(['MX klant.example', 'A klant.example', 'MX gmial.com', 'A gmial.com', 'NS ander.example']);
  });

  it('when there are very many remote domains, then at most the cap is asked', () => {
    const events = Array.from({ length: MAX_REMOTE_DOMAINS + 20 }, (_, i) => event({ message: '550 unrouteable address', recipient: `a@d${i}.example` }));
    const input = withEvents(healthyInput(), events);
    const remote = firstRound(input.account, input.server).filter((q) => q.type === 'MX' && q.name !== DOMAIN);
    expect(remote).toHaveLength(MAX_REMOTE_DOMAINS);
  });

  it('when the domain list failed, then only the PTR is asked', () => {
    const input = healthyInput();
    const account = { ...input.account, domains: failedPart<never>('DomainInfo::domains_data', 'x') };
    expect(asText(firstRound(account, input.server))).toEqual(['PTR 10.113.0.203.in-addr.arpa', 'A server1.hosting.example', 'AAAA server1.hosting.example']);
  });
});

describe('DNS plan, second round', () => {
  it('when round one found MX hosts and PTR names, then it asks their addresses, without repeats or what is known', () => {
    const input = healthyInput();
    const answers = new Map<string, DnsObservation>();
    const add = (o: DnsObservation) => answers.set(dnsKey(o.type, o.name), o);
    add(records('MX', DOMAIN, [{ preference: 0, exchange: `mail.${DOMAIN}` }, { preference: 10, exchange: DOMAIN }]));
    add(records('MX', 'klant.example', [{ preference: 0, exchange: `mail.${DOMAIN}` }]));
    add(records('MX', 'nullmx.example', [{ preference: 0, exchange: '' }]));
    add(records('A', DOMAIN, [{ address: SERVER_IP }]));
    add(records('PTR', '10.113.0.203.in-addr.arpa', [{ name: 'server1.hosting.example' }]));
    add(records('PTR', '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa', [{ name: 'v6.hosting.example' }]));
    expect(asText(secondRound(input.account, answers))).toEqual([
      `A mail.${DOMAIN}`,
      `AAAA mail.${DOMAIN}`,
      `AAAA ${DOMAIN}`,
      'A server1.hosting.example',
      'AAAA v6.hosting.example',
    ]);
  });
});
