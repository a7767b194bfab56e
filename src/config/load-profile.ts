/** Reads the provider profile file (JSON or YAML) an administrator points Mail Doctor at. */
import { readFile } from 'node:fs/promises';
import { DEFAULT_PROFILE, type ProviderProfile } from './provider-profile';

export class ProfileError extends Error {
  constructor(
    readonly path: string,
    readonly problems: readonly string[],
  ) {
    super(`provider profile ${path}: ${problems.join('; ')}`);
    this.name = 'ProfileError';
  }
}

export async function loadProfile(path: string | undefined): Promise<ProviderProfile> {
  if (path === undefined || path === '') return DEFAULT_PROFILE;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ProfileError(path, [`cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`]);
  }
  // The YAML reader and the schema are loaded only for a profile file: a call without one does not pay for them.
  const [{ parse: parseYaml }, { resolveProfile }] = await Promise.all([import('yaml'), import('./profile-schema')]);
  let data: unknown;
  try {
    data = path.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new ProfileError(path, [`not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${(error as Error).message}`]);
  }
  const result = resolveProfile(data);
  if (!result.ok) throw new ProfileError(path, result.problems);
  return result.profile;
}
