/**
 * The roots the probe trusts: the system's CA bundle (what the server's own
 * mail programs and OpenSSL trust; node's built-in list when there is none)
 * plus an administrator's --ca-file. Reads files: an edge.
 */
import { readFile } from 'node:fs/promises';
import tls from 'node:tls';

/** Debian/Ubuntu, then RHEL/AlmaLinux/CloudLinux (cPanel's systems). */
const SYSTEM_BUNDLES = ['/etc/ssl/certs/ca-certificates.crt', '/etc/pki/tls/certs/ca-bundle.crt'];

export async function systemRoots(): Promise<string[]> {
  for (const file of SYSTEM_BUNDLES) {
    try {
      const text = await readFile(file, 'utf8');
      if (text.includes('-----BEGIN CERTIFICATE-----')) return [text];
    } catch {
      // Not this system's layout; try the next.
    }
  }
  return [...tls.rootCertificates];
}

export async function trustedRoots(caFile: string | undefined): Promise<{ ok: true; roots: string[] } | { ok: false; error: string }> {
  const roots = await systemRoots();
  if (caFile === undefined) return { ok: true, roots };
  try {
    const text = await readFile(caFile, 'utf8');
    if (!text.includes('-----BEGIN CERTIFICATE-----')) return { ok: false, error: `--ca-file ${caFile} holds no PEM certificate` };
    return { ok: true, roots: [...roots, text] };
  } catch (error) {
    return { ok: false, error: `--ca-file ${caFile}: ${(error as Error).message}` };
  }
}
