/**
 * The two CGI entries exactly as install.sh installs them (plugin/cpanel/
 * index.live.cgi and plugin/whm/index.cgi, with @NODE@ and @APP_DIR@ filled
 * in), run as cpsrvd runs them: an executable with a CGI environment.
 */
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cpanelEnv, runCgi, startCgiSandbox, whmEnv, type CgiSandbox } from './cgi-run';

const ROOT = path.join(__dirname, '..', '..');
let cgi: CgiSandbox;
let dir: string;

async function installed(template: string, name: string): Promise<string> {
  const text = (await readFile(path.join(ROOT, 'plugin', template), 'utf8')).replaceAll('@NODE@', process.execPath).replaceAll('@APP_DIR@', ROOT);
  const file = path.join(dir, name);
  await writeFile(file, text, 'utf8');
  await chmod(file, 0o755);
  return file;
}

beforeAll(async () => {
  cgi = await startCgiSandbox();
  dir = await mkdtemp(path.join(os.tmpdir(), 'md-cgi-entry-'));
});

afterAll(async () => {
  await cgi.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the installed CGI entries', () => {
  it('when cpsrvd runs index.live.cgi for a cPanel user, then it answers with that account\'s page', async () => {
    const entry = await installed('cpanel/index.live.cgi', 'index.live.cgi');
    const r = await runCgi(cgi, 'cpanel', { ...cpanelEnv(cgi, 'groen'), QUERY_STRING: 'lang=en' }, '', entry);
    expect(r.statusLine).toBe('Status: 200 OK');
    expect(r.headers['content-type']?.[0]).toMatch(/text\/html/);
    expect(r.body).toContain('tuincentrum-groen.example');
  });

  it('when cpsrvd runs the WHM index.cgi for root, then it answers with the overview', async () => {
    const entry = await installed('whm/index.cgi', 'index.cgi');
    const root = cgi.sandbox.emulator.tokens.whm.root ?? '';
    const r = await runCgi(cgi, 'whm', whmEnv(cgi, 'root', 'root', root, { QUERY_STRING: 'lang=en' }), '', entry);
    expect(r.statusLine).toBe('Status: 200 OK');
    expect(r.body).toContain('groen');
  });
});
