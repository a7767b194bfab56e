/**
 * A large account's page stays bounded: 20,000 records render, and only a
 * capped number of messages per group is listed (the rest are counted). The
 * render time itself is a figure of `npm run bench` (src/bench/page-bench.ts),
 * not an assertion here.
 */
import { generateReport, renderCpanelPage } from '../support/large-report';
import { parseHtml } from './html';

describe('cPanel page for a large account', () => {
  it('when an account has 20,000 failed records, then the page renders with a capped list per group', async () => {
    const report = generateReport(20_000);
    const html = await renderCpanelPage(report);
    const rows = parseHtml(html).elements.filter((e) => e.name === 'td' && e.attributes.some((a) => a.value === 'md-text')).length;
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThan(20_000);
    expect(html).toContain('Showing the newest 50 of');
  });
});
