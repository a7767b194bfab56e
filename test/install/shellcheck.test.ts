/**
 * Every shell script of the installer and the plugin passes shellcheck. CI
 * installs shellcheck (.ci/run); a machine without it fails here on purpose,
 * so an unchecked script can never pass as checked.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './fake-server';

const scripts = [
  'install.sh',
  'plugin/cpanel/index.live.cgi',
  'plugin/whm/index.cgi',
  ...readdirSync(join(REPO, 'scripts'))
    .filter((name) => name.endsWith('.sh'))
    .map((name) => `scripts/${name}`),
];

test('when shellcheck reads every shell script, then it reports nothing', () => {
  const result = spawnSync('shellcheck', ['--severity=style', ...scripts], { cwd: REPO, encoding: 'utf8' });
  if (result.error !== undefined) {
    throw new Error(
      `shellcheck could not run (${result.error.message}). It is required: .ci/run installs it with \`apt-get install -y shellcheck\`; install it the same way here.`,
    );
  }
  expect(result.stdout + result.stderr).toBe('');
  expect(result.status).toBe(0);
});

test('when the scripts are checked out, then they are executable', () => {
  for (const script of scripts) expect({ script, executable: (statSync(join(REPO, script)).mode & 0o111) === 0o111 }).toEqual({ script, executable: true });
});
