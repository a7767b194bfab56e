/**
 * A busy account's report, generated in memory: 20,000 delivery records
 * built from the knowledge base's real example texts (classified), and the
 * cPanel page rendered from it. For the page benchmark and the page tests.
 */
import { bounceWords } from '../../src/web/bounce-words';
import { DEFAULT_PROFILE } from '../../src/config/provider-profile';
import type { DeliveryEvent, Finding, Outcome } from '../../src/diagnose/model';
import { groupEvents } from '../../src/diagnose/event-groups';
import { defaultClassifier } from '../../src/kb/classify';
import { explain } from '../../src/kb/explain';
import { RULES } from '../../src/kb/rules';
import type { AuditReport } from '../../src/report/audit-report';
import { parseReply } from '../../src/smtp/reply';
import { loadAssets } from '../../src/web/assets';
import { UI } from '../../src/web/i18n';
import { renderPage } from '../../src/web/render';
import { buildReportView, DEFAULT_FILTER } from '../../src/web/report-view';
import { seededRandom } from './seeded-random';

export function generateReport(records: number, now = 1_764_000_000): AuditReport {
  const next = seededRandom(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const texts = RULES.flatMap((r) => r.examples.map((e) => e.text));
  const classifier = defaultClassifier();
  const byText = new Map(texts.map((t) => [t, classifier.classify(parseReply(t))]));
  const outcomes: readonly Outcome[] = ['failed', 'deferred', 'rejected'];
  const events: DeliveryEvent[] = [];
  for (let i = 0; i < records; i += 1) {
    const message = pick(texts);
    events.push({
      time: now - Math.floor(next() * 7 * 86_400),
      outcome: pick(outcomes),
      direction: next() < 0.8 ? 'outgoing' : 'incoming',
      sender: `${pick(['info', 'shop', 'noreply', 'jan', 'sales'])}@busy-shop.example`,
      recipient: `user${Math.floor(next() * 3000)}@${pick(['gmail.com', 'outlook.com', 'example.org', 'kpnmail.nl', 'ziggo.nl'])}`,
      message,
      router: 'dkim_lookuphost',
      transport: 'remote_smtp',
      remoteHost: 'mx.example.org',
      remoteIp: '198.51.100.7',
      messageId: `1${i.toString(36).padStart(5, '0')}-000ABC-XY`,
      senderAuth: null,
      senderHost: null,
      spamScore: null,
      accountDomain: 'busy-shop.example',
      classification: byText.get(message) ?? null,
    });
  }
  events.sort((a, b) => b.time - a.time);
  const findings: Finding[] = groupEvents(events).map((g) => {
    const c = g.events[0]!.classification!;
    const nl = explain(c, 'nl', DEFAULT_PROFILE);
    const en = explain(c, 'en', DEFAULT_PROFILE);
    return {
      id: g.id,
      reason: c.reason,
      status: 'problem',
      severity: c.temporary ? 'warning' : 'critical',
      subject: g.subject,
      title: { nl: nl.title, en: en.title },
      summary: { nl: nl.explanation, en: en.explanation },
      evidence: g.events.slice(0, 5).map((e) => ({ kind: 'event', time: e.time, outcome: e.outcome, sender: e.sender, recipient: e.recipient, message: e.message })),
      fix: { actor: c.actor ?? 'other-side', steps: { nl: nl.fix, en: en.fix }, links: [] },
      count: g.events.length,
      firstSeen: g.events[g.events.length - 1]!.time,
      lastSeen: g.events[0]!.time,
    };
  });
  return { user: 'busyshop', generatedAt: new Date(now * 1000).toISOString(), window: { since: now - 7 * 86_400, until: now }, findings, events, eventsIncomplete: false };
}

export async function renderCpanelPage(report: AuditReport): Promise<string> {
  const assets = loadAssets();
  const view = buildReportView(report, { lang: 'en', profile: DEFAULT_PROFILE, filter: DEFAULT_FILTER, selfHref: '/', cpanelToken: '/cpsess0000000001' });
  return renderPage('cpanel', {
    frame: {
      lang: 'en',
      t: UI.en,
      title: UI.en.appName,
      css: `/assets/${assets.css}`,
      js: `/assets/${assets.js}`,
      chrome: undefined,
      langLinks: [],
      sandbox: undefined,
      homeHref: '/',
    },
    report: view,
    explain: { action: '/explain', csrf: 'bench', text: '', result: undefined, words: bounceWords('en') },
  });
}

