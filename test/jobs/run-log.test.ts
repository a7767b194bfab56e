/** The daemon's log lines as journald and a terminal see them. */
import { PassThrough } from 'node:stream';
import { createDaemonLog, priorityOf } from '../../src/jobs/run-log';

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (d: Buffer) => (text += d.toString()));
  return { stream, text: () => text };
}

describe('daemon log', () => {
  it('when lines are information, an account or alert trouble, or daemon trouble, then they get priority 6, 4 and 3', () => {
    expect(priorityOf('run 3 completed: 10 audited, 0 failed; 12.0 s')).toBe(6);
    expect(priorityOf('account groen: 1 critical, 0 warning, 0 info, 0 could-not-check; 1 new, 0 resolved; 1.2 s')).toBe(6);
    expect(priorityOf('account groen: failed after 1.0 s: cPanel refused')).toBe(4);
    expect(priorityOf('alert to admin not sent (attempt 1, next 2026-11-20T02:35:00.000Z): 451')).toBe(4);
    expect(priorityOf('run 4 failed: cannot list the accounts: timeout')).toBe(3);
    expect(priorityOf('history store unreachable (run requests not read): cannot connect')).toBe(3);
  });

  it('when running under journald, then lines carry <N> and no timestamp, problems go to stderr; on a terminal with one timestamp each', () => {
    const out = capture();
    const err = capture();
    const journal = createDaemonLog({ stdout: out.stream, stderr: err.stream }, true);
    journal('started (store /var/lib/mail-doctor/history.sqlite)');
    journal('run 4 failed: cannot list the accounts: timeout');
    expect(out.text()).toBe('<6>started (store /var/lib/mail-doctor/history.sqlite)\n');
    expect(err.text()).toBe('<3>run 4 failed: cannot list the accounts: timeout\n');
    const term = capture();
    createDaemonLog({ stdout: term.stream, stderr: term.stream }, false, () => new Date(Date.UTC(2026, 10, 20, 2, 30)))('stopped');
    expect(term.text()).toBe('2026-11-20T02:30:00.000Z stopped\n');
  });
});
