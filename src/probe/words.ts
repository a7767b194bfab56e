/**
 * What the probe's findings say to a person, in Dutch and English, with the
 * fix. One place for these words: the CLI, the audit and the pages use them.
 */
import type { ProviderProfile } from '../config/provider-profile';
import type { Fix } from '../diagnose/model';
import type { Actor, Localized } from '../kb/types';
import { SERVICES, type ProbeService } from './services';

const l = (nl: string, en: string): Localized<string> => ({ nl, en });

function fix(actor: Actor, nl: string[], en: string[], profile: ProviderProfile): Fix {
  const link = profile.links.emailSettings;
  return { actor, steps: { nl, en }, links: link === undefined ? [] : [link] };
}

/** "poort 465 (SMTP met SSL)" / "port 465 (SMTP with SSL)". */
export function portName(port: number, service: ProbeService): Localized<string> {
  const s = SERVICES[service];
  const proto = s.protocol.toUpperCase();
  if (s.tls === 'implicit') return l(`poort ${port} (${proto} met SSL)`, `port ${port} (${proto} with SSL)`);
  return l(`poort ${port} (${proto} met STARTTLS)`, `port ${port} (${proto} with STARTTLS)`);
}

export interface Words {
  readonly title: Localized<string>;
  readonly summary: Localized<string>;
  readonly fix: Fix;
}

export function portClosedWords(host: string, port: number, service: ProbeService, how: 'refused' | 'filtered' | 'unreachable', p: ProviderProfile): Words {
  const pn = portName(port, service);
  const inbound = service === 'smtp';
  const what =
    how === 'refused'
      ? l('de verbinding werd geweigerd (de poort is dicht)', 'the connection was refused (the port is closed)')
      : how === 'filtered'
        ? l('er kwam geen antwoord (een firewall houdt de poort tegen)', 'no answer came (a firewall drops the port)')
        : l('de server is niet bereikbaar', 'the server cannot be reached');
  return {
    title: l(`${host}: ${pn.nl} is niet bereikbaar`, `${host}: ${pn.en} cannot be reached`),
    summary: inbound
      ? l(
          `We probeerden ${host} op ${pn.nl} te bereiken, maar ${what.nl}. Andere mailservers kunnen dan geen mail bij je afleveren.`,
          `We tried to reach ${host} on ${pn.en}, but ${what.en}. Other mail servers then cannot deliver mail to you.`,
        )
      : l(
          `We probeerden ${host} op ${pn.nl} te bereiken, maar ${what.nl}. Een mailprogramma dat deze instelling gebruikt, kan niet verbinden.`,
          `We tried to reach ${host} on ${pn.en}, but ${what.en}. A mail program set up this way cannot connect.`,
        ),
    fix: fix(
      'hosting-provider',
      [
        `Controleer in je mailprogramma de servernaam en poort; de juiste staan onder "Stel je mailprogramma in" (bij ${p.name}: ${p.mailServer}).`,
        `Klopt de instelling, vraag dan de support van ${p.name} om ${pn.nl} op ${host} open te zetten.`,
      ],
      [
        `Check the server name and port in your mail program; the right ones are under "Set up your mail program" (at ${p.name}: ${p.mailServer}).`,
        `If they are right, ask ${p.name} support to open ${pn.en} on ${host}.`,
      ],
      p,
    ),
  };
}

export function hostNotFoundWords(host: string, p: ProviderProfile): Words {
  return {
    title: l(`${host} bestaat niet in DNS`, `${host} does not exist in DNS`),
    summary: l(
      `De naam ${host} geeft geen IP-adres in DNS, dus een mailprogramma kan er niet mee verbinden.`,
      `The name ${host} gives no IP address in DNS, so a mail program cannot connect to it.`,
    ),
    fix: fix(
      'account-owner',
      [`Gebruik in je mailprogramma de servernaam ${p.mailServer}.`, `Of maak in cPanel » Zone Editor een A-record voor ${host} met het IP-adres van je server.`],
      [`Use the server name ${p.mailServer} in your mail program.`, `Or add an A record for ${host} with your server's IP address in cPanel » Zone Editor.`],
      p,
    ),
  };
}

export function hostUnroutableWords(host: string, address: string, range: string, p: ProviderProfile): Words {
  const rangeWords: Record<string, Localized<string>> = {
    private: l('een privé-adres', 'a private address'),
    documentation: l('een adres dat alleen voor voorbeelden bestaat', 'an address that exists only for examples'),
    loopback: l('een adres dat naar de eigen computer wijst', "an address that points at one's own computer"),
    'link-local': l('een adres dat alleen in het eigen netwerk bestaat', 'an address that exists only on the local network'),
  };
  const kind = rangeWords[range] ?? l('een adres dat op internet niet bestaat', 'an address that does not exist on the Internet');
  return {
    title: l(`${host} wijst naar een onbereikbaar adres`, `${host} points to an unreachable address`),
    summary: l(
      `${host} wijst naar ${address}, ${kind.nl}. Mailprogramma's en mailservers op internet kunnen daar niet heen; we hebben er daarom ook geen verbinding mee gemaakt.`,
      `${host} points to ${address}, ${kind.en}. Mail programs and mail servers on the Internet cannot go there, so we did not connect to it either.`,
    ),
    fix: fix(
      'account-owner',
      [`Zet in cPanel » Zone Editor het A-record van ${host} op het IP-adres van je server.`, `Of gebruik in je mailprogramma de servernaam ${p.mailServer}.`],
      [`In cPanel » Zone Editor, set the A record of ${host} to your server's IP address.`, `Or use the server name ${p.mailServer} in your mail program.`],
      p,
    ),
  };
}

export function bannerWords(host: string, port: number, service: ProbeService, got: string | null, p: ProviderProfile): Words {
  const pn = portName(port, service);
  const expected = { smtp: '220 … ESMTP', imap: '* OK', pop3: '+OK' }[SERVICES[service].protocol];
  return {
    title: got === null ? l(`${host}: geen begroeting op ${pn.nl}`, `${host}: no greeting on ${pn.en}`) : l(`${host}: vreemde begroeting op ${pn.nl}`, `${host}: wrong greeting on ${pn.en}`),
    summary:
      got === null
        ? l(`De server nam de verbinding aan maar zei niets (verwacht: ${expected}). Mailprogramma's wachten dan tot ze het opgeven.`, `The server took the connection but said nothing (expected: ${expected}). Mail programs wait until they give up.`)
        : l(`De server begroette met "${got}" in plaats van ${expected}. Een mailprogramma kan hier niet mee verder.`, `The server greeted with "${got}" instead of ${expected}. A mail program cannot go on from there.`),
    fix: fix(
      'hosting-provider',
      [`Vraag de support van ${p.name} om de maildienst op ${pn.nl} van ${host} na te kijken; geef deze begroeting mee.`],
      [`Ask ${p.name} support to check the mail service on ${pn.en} of ${host}; pass on this greeting.`],
      p,
    ),
  };
}

export function tlsMissingWords(host: string, port: number, service: ProbeService, detail: Localized<string>, p: ProviderProfile): Words {
  const pn = portName(port, service);
  const inbound = service === 'smtp';
  return {
    title: l(`${host}: geen versleuteling op ${pn.nl}`, `${host}: no encryption on ${pn.en}`),
    summary: inbound
      ? l(`${detail.nl} Andere mailservers leveren dan onversleuteld af, en sommige weigeren dat.`, `${detail.en} Other mail servers then deliver unencrypted, and some refuse to.`)
      : l(`${detail.nl} Een mailprogramma met SSL/TLS aan kan dan niet verbinden, en zonder gaat je wachtwoord leesbaar over het net.`, `${detail.en} A mail program with SSL/TLS on then cannot connect, and without it your password travels readable.`),
    fix: fix(
      'hosting-provider',
      inbound
        ? [`Vraag de support van ${p.name} om STARTTLS aan te zetten op ${pn.nl} van ${host}.`]
        : [`Gebruik tot het is opgelost poort 465 (uitgaand) en 993 of 995 (inkomend) met SSL aan.`, `Vraag de support van ${p.name} om TLS aan te zetten op ${pn.nl} van ${host}.`],
      inbound
        ? [`Ask ${p.name} support to turn on STARTTLS on ${pn.en} of ${host}.`]
        : [`Until it is fixed, use port 465 (outgoing) and 993 or 995 (incoming) with SSL on.`, `Ask ${p.name} support to turn on TLS on ${pn.en} of ${host}.`],
      p,
    ),
  };
}

export function tlsOutdatedWords(host: string, port: number, service: ProbeService, version: string, p: ProviderProfile): Words {
  const pn = portName(port, service);
  return {
    title: l(`${host}: verouderde TLS (${version}) op ${pn.nl}`, `${host}: outdated TLS (${version}) on ${pn.en}`),
    summary: l(
      `De server biedt ${version} aan. TLS 1.0 en 1.1 zijn uitgefaseerd (RFC 8996); actuele mailprogramma's weigeren te verbinden.`,
      `The server offers ${version}. TLS 1.0 and 1.1 are retired (RFC 8996); current mail programs refuse to connect.`,
    ),
    fix: fix('hosting-provider', [`Vraag de support van ${p.name} om TLS 1.2 en 1.3 aan te zetten op ${host}.`], [`Ask ${p.name} support to enable TLS 1.2 and 1.3 on ${host}.`], p),
  };
}

export function certExpiredWords(host: string, port: number, service: ProbeService, notAfter: string, daysLeft: number | null, p: ProviderProfile): Words {
  const pn = portName(port, service);
  const date = notAfter.slice(0, 10);
  const soon = daysLeft !== null;
  return {
    title: soon
      ? l(`${host}: certificaat verloopt over ${daysLeft} dagen`, `${host}: certificate expires in ${daysLeft} days`)
      : l(`${host}: certificaat verlopen op ${pn.nl}`, `${host}: expired certificate on ${pn.en}`),
    summary: soon
      ? l(`Het certificaat op ${pn.nl} is geldig tot ${date}. Daarna weigeren mailprogramma's de verbinding of tonen ze een waarschuwing.`, `The certificate on ${pn.en} is valid until ${date}. After that mail programs refuse the connection or show a warning.`)
      : l(`Het certificaat op ${pn.nl} is sinds ${date} verlopen. Mailprogramma's weigeren de verbinding of tonen een waarschuwing.`, `The certificate on ${pn.en} expired on ${date}. Mail programs refuse the connection or show a warning.`),
    fix: fix('hosting-provider', [`Vraag de support van ${p.name} om het certificaat van ${host} te vernieuwen (AutoSSL).`], [`Ask ${p.name} support to renew the certificate of ${host} (AutoSSL).`], p),
  };
}

export function certNotYetValidWords(host: string, port: number, service: ProbeService, notBefore: string, p: ProviderProfile): Words {
  const pn = portName(port, service);
  return {
    title: l(`${host}: certificaat nog niet geldig op ${pn.nl}`, `${host}: certificate not yet valid on ${pn.en}`),
    summary: l(
      `Het certificaat op ${pn.nl} is pas geldig vanaf ${notBefore.slice(0, 10)}. Mailprogramma's weigeren het tot dan (of de klok van de server staat verkeerd).`,
      `The certificate on ${pn.en} is valid only from ${notBefore.slice(0, 10)}. Mail programs refuse it until then (or the server's clock is wrong).`,
    ),
    fix: fix('hosting-provider', [`Vraag de support van ${p.name} om het certificaat en de klok van ${host} na te kijken.`], [`Ask ${p.name} support to check the certificate and the clock of ${host}.`], p),
  };
}

export function certUntrustedWords(host: string, port: number, service: ProbeService, reason: Localized<string>, p: ProviderProfile): Words {
  const pn = portName(port, service);
  return {
    title: l(`${host}: certificaat niet vertrouwd op ${pn.nl}`, `${host}: untrusted certificate on ${pn.en}`),
    summary: l(`Op ${pn.nl}: ${reason.nl}. Mailprogramma's tonen een waarschuwing of weigeren de verbinding.`, `On ${pn.en}: ${reason.en}. Mail programs show a warning or refuse the connection.`),
    fix: fix(
      'hosting-provider',
      [`Vraag de support van ${p.name} om op ${host} een certificaat van een erkende uitgever te installeren, met de volledige keten (AutoSSL).`],
      [`Ask ${p.name} support to install a certificate from a trusted authority on ${host}, with its full chain (AutoSSL).`],
      p,
    ),
  };
}

export function certNameWords(host: string, port: number, service: ProbeService, names: readonly string[], p: ProviderProfile): Words {
  const pn = portName(port, service);
  const use = names[0] ?? p.mailServer;
  const list = names.length > 0 ? names.join(', ') : '—';
  return {
    title: l(`${host}: het certificaat is voor een andere naam`, `${host}: the certificate is for another name`),
    summary: l(
      `Het certificaat op ${pn.nl} geldt voor ${list}, niet voor ${host}. Mailprogramma's melden dan dat de identiteit van ${host} niet gecontroleerd kan worden.`,
      `The certificate on ${pn.en} is for ${list}, not for ${host}. Mail programs then say the identity of ${host} cannot be verified.`,
    ),
    fix: fix(
      'account-owner',
      [`Zet in je mailprogramma ${use} als inkomende en uitgaande server (met dezelfde gebruikersnaam en hetzelfde wachtwoord).`],
      [`In your mail program, set ${use} as incoming and outgoing server (with the same user name and password).`],
      p,
    ),
  };
}

export function authWithoutTlsWords(host: string, port: number, service: ProbeService, offered: string, p: ProviderProfile): Words {
  const pn = portName(port, service);
  return {
    title: l(`${host}: inloggen kan zonder versleuteling op ${pn.nl}`, `${host}: logging in works without encryption on ${pn.en}`),
    summary: l(
      `Vóór STARTTLS biedt de server al inloggen aan (${offered}). Een mailprogramma zonder SSL/TLS stuurt dan je wachtwoord leesbaar over het net.`,
      `Before STARTTLS the server already offers to log in (${offered}). A mail program without SSL/TLS then sends your password readable over the network.`,
    ),
    fix: fix(
      'hosting-provider',
      [`Zet in je mailprogramma SSL/TLS aan.`, `Vraag de support van ${p.name} om inloggen op ${host} pas na STARTTLS aan te bieden.`],
      [`Turn SSL/TLS on in your mail program.`, `Ask ${p.name} support to offer logging in on ${host} only after STARTTLS.`],
      p,
    ),
  };
}

export function bannerPtrWords(host: string, address: string, bannerName: string, issue: Localized<string>, p: ProviderProfile): Words {
  return {
    title: l(`${host}: de naam in de begroeting klopt niet met de reverse DNS`, `${host}: the greeting's name does not match reverse DNS`),
    summary: l(
      `De server noemt zich "${bannerName}". ${issue.nl} Ontvangende mailservers vertrouwen een server minder als naam, PTR en A-record niet overeenkomen.`,
      `The server calls itself "${bannerName}". ${issue.en} Receiving mail servers trust a server less when name, PTR and A record disagree.`,
    ),
    fix: fix(
      'hosting-provider',
      [`Vraag de support van ${p.name} om de begroetingsnaam, het PTR-record van ${address} en het A-record van die naam gelijk te trekken.`],
      [`Ask ${p.name} support to make the greeting name, the PTR record of ${address} and that name's A record agree.`],
      p,
    ),
  };
}
