/** An auditor with scripted accounts, for the run and daemon tests that are about scheduling, not cPanel. */
import { sampleReport, type SampleProblem } from '../support/sample-reports';
import type { AccountAuditor, AuditedAccount } from '../../src/jobs/account-auditor';

export interface FakeAccount {
  readonly problems?: SampleProblem[];
  readonly fail?: string;
  readonly delayMs?: number;
  readonly contactEmail?: string | null;
  readonly locale?: string | null;
}

export interface FakeAuditor extends AccountAuditor {
  readonly audited: string[];
  maxInFlight: number;
  accounts: Record<string, FakeAccount>;
}

export function fakeAuditor(accounts: Record<string, FakeAccount>): FakeAuditor {
  let inFlight = 0;
  const self: FakeAuditor = {
    audited: [],
    maxInFlight: 0,
    accounts,
    async listUsers() {
      return Object.keys(self.accounts).sort();
    },
    async audit(user: string): Promise<AuditedAccount> {
      const a = self.accounts[user] ?? {};
      inFlight += 1;
      self.maxInFlight = Math.max(self.maxInFlight, inFlight);
      try {
        await new Promise((r) => setTimeout(r, a.delayMs ?? 5));
        self.audited.push(user);
        if (a.fail !== undefined) throw new Error(a.fail);
        return { report: sampleReport(user, a.problems ?? []), contactEmail: a.contactEmail ?? null, locale: a.locale ?? null };
      } finally {
        inFlight -= 1;
      }
    },
  };
  return self;
}
