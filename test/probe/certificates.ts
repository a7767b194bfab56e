/**
 * Certificates for the probe tests, made with Debian's openssl: a test CA,
 * and server certificates signed by it (good, expired, for another name) or
 * by themselves. EC keys: quick to make on a slow machine.
 */
import { execFile } from 'node:child_process';
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface KeyPair {
  readonly cert: string;
  readonly key: string;
}

export interface TestCertificates {
  readonly caFile: string;
  readonly good: KeyPair;
  readonly expired: KeyPair;
  readonly wrongName: KeyPair;
  readonly selfSigned: KeyPair;
}

const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

function utc(date: Date): string {
  return `${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
}

async function signed(dir: string, name: string, dnsName: string, from: Date, until: Date): Promise<KeyPair> {
  const key = path.join(dir, `${name}.key`);
  const csr = path.join(dir, `${name}.csr`);
  const cert = path.join(dir, `${name}.pem`);
  await run('openssl', ['req', '-new', ...EC, '-keyout', key, '-out', csr, '-subj', `/CN=${dnsName}`, '-addext', `subjectAltName=DNS:${dnsName}`]);
  await run('openssl', ['ca', '-batch', '-config', path.join(dir, 'ca.cnf'), '-in', csr, '-out', cert, '-notext', '-startdate', utc(from), '-enddate', utc(until)]);
  return { cert, key };
}

export async function makeCertificates(dir: string, hostName: string): Promise<TestCertificates> {
  await mkdir(path.join(dir, 'issued'), { recursive: true });
  await writeFile(path.join(dir, 'index.txt'), '');
  await writeFile(path.join(dir, 'serial'), '1000\n');
  await writeFile(
    path.join(dir, 'ca.cnf'),
    [
      '[ca]',
      'default_ca = test_ca',
      '[test_ca]',
      `database = ${path.join(dir, 'index.txt')}`,
      `new_certs_dir = ${path.join(dir, 'issued')}`,
      `serial = ${path.join(dir, 'serial')}`,
      `certificate = ${path.join(dir, 'ca.pem')}`,
      `private_key = ${path.join(dir, 'ca.key')}`,
      'default_md = sha256',
      'policy = any_name',
      'copy_extensions = copy',
      'unique_subject = no',
      '[any_name]',
      'commonName = supplied',
      '',
    ].join('\n'),
  );
  const caFile = path.join(dir, 'ca.pem');
  await run('openssl', ['req', '-x509', ...EC, '-keyout', path.join(dir, 'ca.key'), '-out', caFile, '-days', '30', '-subj', '/CN=Mail Doctor Test CA']);
  const day = 86_400_000;
  const now = Date.now();
  const good = await signed(dir, 'good', hostName, new Date(now - day), new Date(now + 60 * day));
  const expired = await signed(dir, 'expired', hostName, new Date(now - 60 * day), new Date(now - 2 * day));
  const wrongName = await signed(dir, 'wrong-name', 'server.other-name.test', new Date(now - day), new Date(now + 60 * day));
  const selfKey = path.join(dir, 'self.key');
  const selfCert = path.join(dir, 'self.pem');
  await run('openssl', ['req', '-x509', ...EC, '-keyout', selfKey, '-out', selfCert, '-days', '30', '-subj', `/CN=${hostName}`, '-addext', `subjectAltName=DNS:${hostName}`]);
  return { caFile, good, expired, wrongName, selfSigned: { cert: selfCert, key: selfKey } };
}
