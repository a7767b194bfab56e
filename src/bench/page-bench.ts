/**
 * How long the cPanel page takes to render for a busy account: a report of
 * 20,000 delivery records (built in memory from the knowledge base's real
 * example texts, classified before timing), then the view model and the EJS
 * render only — no cPanel, no DNS. Target: under 1 s.
 *
 *   node dist/bench/page-bench.js [records]
 */
import { DEFAULT_PROFILE } from '../config/provider-profile';
import type { DeliveryEvent, Finding, Outcome } from '../diagnose/model';
import { groupEvents } from '../diagnose/event-groups';
import { defaultClassifier } from '../kb/classify';
import { explain } from '../kb/explain';
import { bounceWords } from '../web/bounce-words';
import { RULES } from '../kb/rules';
import type { AuditReport } from '../report/audit-report';
import { parseReply } from '../smtp/reply';
import { loadAssets } from '../web/assets';
import { UI } from '../web/i18n';
import { renderPage } from '../web/render';
import { buildReportView, DEFAULT_FILTER } from '../web/report-view';

const TARGET_MS = 1000;

/** Same sequence every run, so runs compare. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

export function generateReport(records: number, now = 1_764_000_000): AuditReport {
  const next = random(7);
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

async function main(): Promise<void> {
  const records = Number(process.argv[2] ?? '20000');
  const report = generateReport(records);
  const times: number[] = [];
  let bytes = 0;
  for (let run = 0; run < 6; run += 1) {
    const started = process.hrtime.bigint();
    bytes = (await renderCpanelPage(report)).length;
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const [first, ...warm] = times;
  warm.sort((a, b) => a - b);
  const median = warm[Math.floor(warm.length / 2)]!;
  console.log(`page-bench: cPanel page for ${records} delivery records (${report.findings.length} findings)`);
  console.log(`  first render (templates compiled): ${first!.toFixed(1)} ms`);
  console.log(`  warm render, median of ${warm.length}: ${median.toFixed(1)} ms  (target < ${TARGET_MS} ms: ${median < TARGET_MS ? 'met' : 'MISSED'})`);
  console.log(`  page size: ${(bytes / 1024).toFixed(0)} KiB`);
}

if (require.main === module) {
  void main();
}
