/**
 * The safe fixes on the cPanel page, as a browser without JavaScript meets
 * them: the sandbox's app on 127.0.0.1 against the cPanel emulator. "Fix
 * this" → GET preview (changes nothing) → POST with the CSRF token and the
 * confirmation → the page shows the new result → the fix log's Undo.
 */
import { formField, request, startWebSandbox, type Reply, type WebSandbox } from './web-sandbox';
import { decodeEntities } from './html';
import { emulatorState } from '../support/emulator-state';

let web: WebSandbox;

beforeAll(async () => {
  web = await startWebSandbox();
});

afterAll(async () => {
  await web.close();
});

const base = (user: string): string => `${web.url}/sandbox/cpanel/${user}`;

const state = (): string => emulatorState(web.sandbox.emulator.scenario);

function account(user: string) {
  const a = web.sandbox.emulator.scenario.accounts.find((x) => x.user === user);
  if (a === undefined) throw new Error(`no account ${user}`);
  return a;
}

/** The "Fix this" links of a page, decoded. */
function fixLinks(body: string): string[] {
  return [...body.matchAll(/<p class="md-fix-this"><a class="md-button" href="([^"]+)">/g)].map((m) => decodeEntities(m[1]!));
}

async function preview(user: string, finding: string, subject: string): Promise<Reply> {
  return request(`${base(user)}/fix?${new URLSearchParams({ finding, subject, lang: 'en' }).toString()}`);
}

async function apply(user: string, finding: string, subject: string, extra: Record<string, string> = { confirm: 'yes' }): Promise<Reply> {
  const page = await preview(user, finding, subject);
  expect(page.status).toBe(200);
  const csrf = formField(page.body, 'csrf');
  expect(csrf).toBeDefined();
  return request(`${base(user)}/fix?lang=en`, { form: { csrf: csrf!, finding, subject, ...extra } });
}

async function undo(user: string, id: string): Promise<Reply> {
  const log = await request(`${base(user)}/fixes?lang=en`);
  expect(log.status).toBe(200);
  expect(log.body).toContain(id);
  const csrf = formField(log.body, 'csrf');
  return request(`${base(user)}/fixes/undo?lang=en`, { form: { csrf: csrf!, id, confirm: 'yes' } });
}

function logId(body: string): string {
  const m = /<code>(fx-[0-9a-f]{12})<\/code>/.exec(body);
  if (m === null) throw new Error('no log id on the page');
  return m[1]!;
}

describe('the safe fixes on the cPanel page', () => {
  it('when the account is healthy, then no card offers a fix', async () => {
    const page = await request(`${base('devries')}/?lang=en`);
    expect(page.status).toBe(200);
    expect(fixLinks(page.body)).toEqual([]);
  });

  it('when Email Routing is wrong, then "Fix this" previews without changing anything, the confirmed POST fixes it, and Undo restores it', async () => {
    const page = await request(`${base('groen')}/?lang=en`);
    const link = fixLinks(page.body).find((l) => l.includes('finding=routing-local-mx-elsewhere'));
    expect(link).toBeDefined();
    const before = state();
    const shown = await request(`${web.url}${link!}&lang=en`);
    expect(shown.status).toBe(200);
    expect(decodeEntities(shown.body)).toContain('UAPI Email::set_always_accept domain="tuincentrum-groen.example" mxcheck="remote"');
    expect(shown.body).toContain('Nothing has been changed yet.');
    expect(state()).toEqual(before);

    const unconfirmed = await apply('groen', 'routing-local-mx-elsewhere', 'tuincentrum-groen.example', {});
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.body).toContain('Tick the box to confirm. Nothing was changed.');
    expect(state()).toEqual(before);

    const forged = await request(`${base('groen')}/fix?lang=en`, { form: { csrf: 'not-the-token', finding: 'routing-local-mx-elsewhere', subject: 'tuincentrum-groen.example', confirm: 'yes' } });
    expect(forged.status).toBe(403);
    expect(state()).toEqual(before);

    const done = await apply('groen', 'routing-local-mx-elsewhere', 'tuincentrum-groen.example');
    expect(done.status).toBe(200);
    expect(done.body).toContain('Checked again: the problem is gone.');
    expect(account('groen').routing.find((r) => r.domain === 'tuincentrum-groen.example')?.mxcheck).toBe('remote');
    const after = await request(`${base('groen')}/?lang=en`);
    expect(fixLinks(after.body).some((l) => l.includes('routing-local-mx-elsewhere'))).toBe(false);

    const back = await undo('groen', logId(done.body));
    expect(back.status).toBe(200);
    expect(back.body).toContain('Checked again: the previous state is back.');
    expect(state()).toEqual(before);
  });

  it('when a mailbox holds its outgoing mail, then the page releases it and Undo holds it again', async () => {
    const box = () => account('jansen').mailboxes.find((m) => m.email === 'nieuwsbrief@webwinkel-jansen.example');
    expect(box()?.holdOutgoing).toBe(true);
    const done = await apply('jansen', 'outgoing-held', 'nieuwsbrief@webwinkel-jansen.example');
    expect(done.status).toBe(200);
    expect(decodeEntities(done.body)).toContain('UAPI Email::release_outgoing email="nieuwsbrief@webwinkel-jansen.example"');
    // As the cPanel user the account-wide hold cannot be read, so the card may stay; the mailbox's own hold is gone.
    expect(done.body).toMatch(/Checked again: the (problem is gone|change is in effect)\./);
    expect(box()?.holdOutgoing).toBe(false);
    const back = await undo('jansen', logId(done.body));
    expect(back.status).toBe(200);
    expect(box()?.holdOutgoing).toBe(true);
  });

  it.each([
    ['jansen', 'outgoing-suspended', 'verkoop@webwinkel-jansen.example', 'UAPI Email::unsuspend_outgoing'],
    ['lumiere', 'login-suspended', 'ancien@bistro-lumiere.example', 'UAPI Email::unsuspend_login'],
    ['lumiere', 'mailbox-over-quota', 'chef@bistro-lumiere.example', 'UAPI Email::edit_pop_quota'],
    ['stam', 'spf-invalid', 'stam-legal.example', 'UAPI EmailAuth::install_spf_records'],
    ['stam', 'dkim-invalid', 'stam-nieuw.example', 'UAPI EmailAuth::enable_dkim'],
    ['stam', 'dmarc-missing', 'advocatenkantoor-stam.example', 'UAPI DNS::mass_edit_zone'],
    ['bos', 'routing-remote-mx-here', 'bos-verhuur.example', 'UAPI Email::set_always_accept'],
  ])('when %s fixes %s for %s on the page, then the change is made and Undo puts the state back', async (user, finding, subject, call) => {
    const before = state();
    const done = await apply(user, finding, subject);
    expect(done.status).toBe(200);
    expect(decodeEntities(done.body)).toContain(call);
    expect(done.body).toMatch(/Checked again: the (problem is gone|change is in effect)\./);
    expect(state()).not.toEqual(before);
    const back = await undo(user, logId(done.body));
    expect(back.status).toBe(200);
    expect(state()).toEqual(before);
  });

  it('when cPanel refuses, then the page says why and nothing changes', async () => {
    web.sandbox.emulator.setFault({ function: 'Email::unsuspend_login', account: 'lumiere', kind: 'fail', message: 'The mailbox is being migrated.' });
    try {
      const before = state();
      const r = await apply('lumiere', 'login-suspended', 'ancien@bistro-lumiere.example');
      expect(r.status).toBe(409);
      expect(decodeEntities(r.body)).toContain('The mailbox is being migrated.');
      expect(r.body).toContain('cPanel refused the change; nothing was changed.');
      expect(state()).toEqual(before);
    } finally {
      web.sandbox.emulator.clearFaults();
    }
  });

  it("when a cPanel page names another account's mailbox or log entry, then nothing changes", async () => {
    const before = state();
    const page = await preview('groen', 'incoming-suspended', 'reservations@bistro-lumiere.example');
    expect(page.status).toBe(404);
    const csrf = formField((await request(`${base('groen')}/?lang=en`)).body, 'csrf');
    const post = await request(`${base('groen')}/fix?lang=en`, { form: { csrf: csrf!, finding: 'incoming-suspended', subject: 'reservations@bistro-lumiere.example', confirm: 'yes' } });
    expect(post.status).toBe(404);
    expect(state()).toEqual(before);

    const theirs = await apply('lumiere', 'incoming-suspended', 'reservations@bistro-lumiere.example');
    expect(theirs.status).toBe(200);
    const id = logId(theirs.body);
    const changed = state();
    const foreign = await request(`${base('groen')}/fixes/undo?lang=en`, { form: { csrf: csrf!, id, confirm: 'yes' } });
    expect(foreign.status).toBe(403);
    expect(state()).toEqual(changed);
    expect((await undo('lumiere', id)).status).toBe(200);
  });
});

describe('the safe fixes on the WHM account page', () => {
  const whm = (user: string): string => `${web.url}/sandbox/whm/hoster/accounts/${user}`;

  it("when a reseller fixes a finding of its own account, then the change is made with the reseller's rights and Undo restores it", async () => {
    const page = await request(`${whm('jansen')}?lang=en`);
    expect(page.status).toBe(200);
    const link = fixLinks(page.body).find((l) => l.includes('finding=outgoing-suspended'));
    expect(link).toBeDefined();
    const before = state();
    const shown = await request(`${web.url}${link!}&lang=en`);
    expect(shown.status).toBe(200);
    expect(state()).toEqual(before);
    const csrf = formField(shown.body, 'csrf')!;
    const done = await request(`${whm('jansen')}/fix?lang=en`, { form: { csrf, finding: 'outgoing-suspended', subject: 'verkoop@webwinkel-jansen.example', confirm: 'yes' } });
    expect(done.status).toBe(200);
    expect(done.body).toMatch(/Checked again: the (problem is gone|change is in effect)\./);
    expect(account('jansen').mailboxes.find((m) => m.email === 'verkoop@webwinkel-jansen.example')?.suspendedOutgoing).toBe(false);
    const id = logId(done.body);
    const log = await request(`${whm('jansen')}/fixes?lang=en`);
    expect(log.body).toContain(id);
    expect(log.body).toContain('hoster (WHM)');
    const back = await request(`${whm('jansen')}/fixes/undo?lang=en`, { form: { csrf: formField(log.body, 'csrf')!, id, confirm: 'yes' } });
    expect(back.status).toBe(200);
    expect(state()).toEqual(before);
  });

  it("when a reseller asks to fix another owner's account, then it is refused and nothing changes", async () => {
    const before = state();
    const shown = await request(`${whm('stam')}/fix?finding=dmarc-missing&subject=advocatenkantoor-stam.example&lang=en`);
    expect(shown.status).toBe(403);
    // The reseller's own form token, from a preview of its own account.
    const csrf = formField((await request(`${whm('jansen')}/fix?finding=outgoing-held&subject=nieuwsbrief%40webwinkel-jansen.example&lang=en`)).body, 'csrf');
    expect(csrf).toBeDefined();
    const post = await request(`${whm('stam')}/fix?lang=en`, { form: { csrf: csrf!, finding: 'dmarc-missing', subject: 'advocatenkantoor-stam.example', confirm: 'yes' } });
    expect(post.status).toBe(403);
    expect(state()).toEqual(before);
  });
});
